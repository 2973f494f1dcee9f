package reply

import (
	"bytes"
	"regexp"
	"strings"
)

// What detail may follow a bare "Yes" or "No" (an answer that is only the
// interjection) without changing it. The costs are not even: a false Yes
// to the consent question sends a consent that cannot be taken back, a
// false No only waits for a person, so a bare "No" takes any plain detail
// and a bare "Yes" one sentence that only describes how things stand.

// bareDetailAgrees reports whether the plain detail after a bare answer a
// leaves it standing.
func (rd *reading) bareDetailAgrees(a Answer) bool {
	switch a {
	case No:
		return !rd.present // "No, the page looks the same as last week."; not "No. They all show up now."
	case Yes:
		// "Yes, all four are on the page now."; not "Yes, the accounts are
		// both mine": what that answers is for a person.
		return rd.plain+rd.quiet == 1 && rd.present && !rd.spoilt
	}
	return false
}

// describesOnly reports whether a sentence of plain detail only describes
// how things stand: no question, no answer phrase of its own (a sentence
// too long to read as an answer may still hold one), no word of the
// writer's own doing, of the mail, of a contrast, a doubt, a plan or a
// request ("Yes, I got your message" may answer whether it arrived), and
// in Japanese a stative or copula ending (…ています, …です), not a verb of
// what the writer did or will do (確認します, 受け取りました).
func describesOnly(c sentence) bool {
	low := asciiLower(strings.TrimSpace(c.text))
	if c.question || detailSpoilers.MatchString(low) || jaDetailSpoilers.MatchString(low) || holdsAnswer(low) {
		return false
	}
	if cjkCount([]byte(low)) == 0 {
		return describingOpener.MatchString(low) // "all three show up", not "cancel it"
	}
	return jaStative.MatchString(strings.TrimRight(low, "。.!！ )）"))
}

var (
	detailSpoilers = regexp.MustCompile(`(?:^|[^a-z'])(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'd|` +
		`us|our|mail|email|e-mail|emails|message|messages|reply|replied|note|letter|but|however|though|` +
		`although|except|only|yet|will|would|should|might|may|must|shall|going|gonna|need|needs|tomorrow|` +
		`later|soon|first|wait|check|please|let|maybe|perhaps|probably|think|guess|hope|if|unless|until|` +
		`when|not|no|never|nothing|none|without|missing|gone|0|zero|wrong|incorrect|error|errors|problem|` +
		`problems|issue|issues|broken|failed|failing|different|mistake|empty|blank|lost|old|other|another|` +
		`instead|personal)(?:$|[^a-z'])|n't|'ll`)
	jaDetailSpoilers = regexp.MustCompile(`メール|連絡|返信|受け取|受信|が、|けど|けれど|でも|ただ|しかし|` +
		`ません|ない|待|確認|予定|明日|後で|あとで|かも|たぶん|多分|思|足り|一部|だけ|のみ|エラー|失敗|違|` +
		`別|旧|古い|問題|0件|ゼロ|個人`)
	// presence: the detail after a bare "Yes" must tell that what was
	// asked about is there (shown, listed, on the page), the one thing a
	// bare "Yes" can be trusted to confirm.
	presence = regexp.MustCompile(`(?:^|[^a-z])(?:show|shows|showing|shown|show up|shows up|listed|there|` +
		`visible|appear|appears|appearing|lists|on the (?:profile|page|list|apn))(?:$|[^a-z])|` +
		`載って|表示されて|並んで|出て|反映されて`)
	// describingOpener: a sentence that describes things opens with
	// them (a determiner, a pronoun, a number, a product's initials); one
	// that opens with a verb is a request.
	describingOpener = regexp.MustCompile(`^(?:the|all|every|each|both|everything|they|they're|they are|it|` +
		`it's|its|these|those|there|[0-9]+|one|two|three|four|five|[a-z]{2,4} and|(?:aws|apn|saa|sap|dva|soa|` +
		`ccp|clf|ans|scs|mls|dop|das|sysops|cloud|solutions|developer|security)\b)`)
	// Spoken Japanese drops the い of ている (出てます, 載ってました).
	jaStative = regexp.MustCompile(`(?:て|で)(?:います|おります|いる|ある|あります|ございます|ます|ました|る)$|です$|でした$`)
)

// holdsAnswer reports whether low holds an answer phrase other than a
// neutral one, negated or not.
func holdsAnswer(low string) bool {
	return answers(choose(candidates([]byte(low))))
}

// holdsOtherThanNo reports whether a doubtful sentence holds an answer
// phrase other than No, negated or not: "Or should I say go ahead?" after
// a No takes it back, and is no reason for it.
func holdsOtherThanNo(c sentence) bool {
	work := []byte(asciiLower(c.text))
	ms := choose(candidates(work))
	inTimeClause(work, ms)
	cond := len(work)
	if loc := untilClause.FindIndex(work); loc != nil {
		cond = loc[1] // "… not moved until my review is finished": what the No waits for
	}
	for _, m := range ms {
		waitedFor := m.start >= cond && (m.answer == Done || m.answer == Submitted) // "until it is finished"
		if m.flags&seen != 0 && bytes.HasSuffix(bytes.TrimRight(work[:m.start], " "), []byte(" to")) {
			continue // "their auditors want to see it there": a wish to see, no showing
		}
		if m.answer != Unclear && m.answer != No && !conditionOfPlan(work, m) && !waitedFor {
			return true
		}
	}
	return false
}

// untilClause opens what a No waits for ("hold off until the review is
// finished", "not before I have approved it"): a Done or Submitted after
// it is that condition, no other answer; a consent after it ("…, then go
// ahead") is one.
var untilClause = regexp.MustCompile(`\b(?:until|till|before|as soon as)\b`)

// conditionOfPlan reports a Japanese answer phrase that is only the
// condition of a plan (確認できたら、…連絡します, 表示されたら: "once I have
// checked", "once it shows"), not a consent given under one (進めてもらえたら).
func conditionOfPlan(work []byte, m match) bool {
	return m.japanese && strings.HasPrefix(strings.TrimLeft(string(work[m.end:]), " "), "ら") &&
		!consentWords.Match(work[m.start:m.end])
}

var consentWords = regexp.MustCompile(`同意|承諾|承認|了承|進め|統合`)

// noteQuiet notes a sentence that the reading takes for nothing (all its
// words light, or a courtesy) but that still holds words of its own: after
// the answer it counts as detail for a bare "Yes"; before or after, it
// spoils one when it tells of the mail ("your email arrived", "I got your
// mail"; not "thanks for your email", ご連絡ありがとうございます).
func (rd *reading) noteQuiet(c sentence) {
	if isMailerLine(strings.TrimSpace(asciiLower(c.text))) {
		return // the mail program's words, not the writer's
	}
	work := []byte(asciiLower(c.text))
	blankCourtesies(work)
	n, heavy := 0, 0
	for _, t := range tokens(work) {
		w := string(work[t[0]:t[1]])
		if !isNumber(w) {
			n++
		}
		if !isNumber(w) && !light[w] {
			heavy++
		}
	}
	if rd.answered && (n >= 3 || cjkCount(work) >= 6) {
		rd.quiet++
	}
	rd.present = rd.present || rd.answered && presence.MatchString(asciiLower(c.text))
	low := asciiLower(c.text)
	if (heavy > 0 || cjkCount(work) > 0) && mailWords.MatchString(low) && !thanks.MatchString(low) {
		rd.spoilt = true
	}
	// "Yes. Both accounts are mine." may answer whether they are: a bare
	// "Yes" beside it is for a person; a Yes in words is not spoilt.
	rd.spoilt = rd.spoilt || tellsOwnership(low)
}

// tellsOwnership reports a sentence that holds an [ownership] phrase.
func tellsOwnership(low string) bool {
	for _, p := range ownership {
		if strings.Contains(low, p.text) {
			return true
		}
	}
	return false
}

// thanks make a sentence about the mail a courtesy: "thank you for the
// message", ご連絡ありがとうございます.
var thanks = regexp.MustCompile(`thank|ありがと|感謝|お礼`)

var mailWords = regexp.MustCompile(`(?:^|[^a-z])(?:mail|email|e-mail|message|reply|note|letter)s?(?:$|[^a-z])|` +
	`メール|ご連絡|返信`)

// astray reports an answer of something there or done (not a No) beside
// words that it is somewhere else, counts nothing, leaves one out or is
// still under review: "0 certifications are listed", "linked to the wrong
// account", "all there apart from the DVA", 別のアカウントに表示されています,
// 審査中と表示されています. What shows is not what was asked about.
func astray(left []byte, ms []match) bool {
	for _, m := range ms {
		if m.answer != No && m.answer != Unclear && !m.negated {
			return strayWords.Match(left)
		}
	}
	return false
}

var strayWords = regexp.MustCompile(`(?:^|[^a-z0-9'])(?:0|zero|wrong|incorrect|other|another|different|` +
	`apart from|besides|other than|colleague's|coworker's|co-worker's|someone else's|[a-z]+-san's|` +
	`for (?:my |a |our )?(?:colleague|coworker|co-worker|manager|boss|friend|teammate|team|teammates|staff|` +
	`employees?|wife|husband|son|daughter|clients?|customers?|students?)|for [a-z]+-san|` +
	// An account kept for trying things or a second one: not the one asked about.
	`(?:test|testing|sandbox|dummy|demo|spare|secondary|backup|duplicate|second|third|sub)[ -]` +
	`(?:aws |apn |partner )?(?:accounts?|profiles?|logins?|ids?|addresses|address|emails?)|` +
	// An account said to be another's: "it belongs to my wife", "the old one is my brother's"
	// ("is my wife's", "my dad's account": any of the other people, as "colleague's"; not "my wife's laptop").
	`belong(?:s|ed|ing)?\s+to\s+(?:my|our|a|his|her|their)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `|` +
	`(?:is|are|was|were|'s)\s+(?:my|our|his|her|their)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `'s|` +
	`(?:my|our|his|her|their)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `'s\s+(?:[a-z-]+\s+)?` +
	`(?:accounts?|ones?|profiles?|logins?|ids?|address|addresses|emails?|certifications?|certs?|requests?|` +
	`forms?|submissions?|applications?)|` +
	// The same opening the sentence, with the answer's noun taken out of the words left ("My manager's
	// [request is in]"); not a line that only ends in it ("the browser had my wife's").
	`^\s*(?:my|our|his|her|their)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `'s\s*$)` +
	`(?:$|[^a-z0-9'])|` +
	// A request raised inside the company, not with AWS ("raised the request internally", "with HR").
	`(?:^|[^a-z])(?:internally|in-house|with (?:hr|legal|procurement|finance|(?:the|our) (?:it|internal) ` +
	`(?:team|department|dept|desk|helpdesk)|(?:the|our) helpdesk))(?:$|[^a-z0-9'])|` +
	`テスト用|検証用|テストアカウント|サブアカウント|予備の|ダミー|(?:2|２|二)つ目の|(?:2|２|二)番目の|` +
	`別の|別アカウント|違う|間違|0件|ゼロ|一つも|ひとつも|他の|保留|審査中|処理中|申請中|以外|同僚の|他人の|代理で`)

// namingWords are words between a determiner and a form or request that
// only say which one it is: "sent the AWS merge form" is read as "sent the
// form". A word that makes it another one ("the cancellation form", "the
// wrong form") is not among them, so that phrase stays unread.
var namingWords = regexp.MustCompile(`(?i)\b(the|my|our|your|a|an|this|that)\s+` +
	`(?:(?:merge|merging|account|accounts|aws|certification|certifications|support|online|web|contact|` +
	`training|consolidation|request|partner|apn)[ -]+){1,3}(form|request|application)\b`)

// reasonForFine is a Japanese sentence that gives a reason and says that,
// so, all is fine: 旧アドレスは使っていないので大丈夫です. Its negation is the
// reason's, not the answer's.
var reasonForFine = regexp.MustCompile(`^(.+)(?:ので|から|ため)、?\s*(?:大丈夫です|問題ありません|問題ございません|` +
	`構いません|かまいません|差し支えありません|差し支えございません)$`)

// isReasonForFine reports such a sentence whose reason holds no answer of
// its own (統合しないので大丈夫です refuses) and no doubt.
func isReasonForFine(trimmed string) bool {
	m := reasonForFine.FindStringSubmatch(trimmed)
	if m == nil {
		return false
	}
	work := []byte(m[1])
	if holdsAnswer(m[1]) || isHedged(work) || jaOpened(work) {
		return false
	}
	return !caseActions.MatchString(m[1]) // 統合しないので…: the merge itself is no mere reason
}

// caseActions name what the cases ask about (merging, linking, sending,
// showing) in any form: a reason that speaks of one may be the answer.
var caseActions = regexp.MustCompile(`統合|マージ|一本化|連携|紐付|紐づ|リンク|提出|送信|申請|共有|進め|中止|` +
	`やめ|止め|取り消|キャンセル|表示|反映|同意|承諾`)

// startsSignature reports a closing line after which a name follows:
// from there on the lines are a signature, no detail (answers and doubts
// there, a PS, are still read). A closing followed by prose ("Thanks,"
// over "I got your mail") is no signature.
func startsSignature(lines []string, i int) bool {
	if !isClosing(lines[i]) {
		return false
	}
	for _, l := range lines[i+1:] {
		if l = strings.TrimSpace(l); l != "" {
			return nameLike(l)
		}
	}
	return false
}

// isClosing reports a line that only closes the letter ("Regards,",
// "Best wishes", 以上です, よろしくお願いいたします).
func isClosing(line string) bool {
	return closing.MatchString(strings.ToLower(strings.TrimSpace(line)))
}

var closing = regexp.MustCompile(`^(?:best regards|kind regards|warm regards|regards|best wishes|best|cheers|` +
	`thanks|thank you|many thanks|sincerely|yours sincerely|br|以上|以上です|よろしくお願いします|` +
	`よろしくお願いいたします|よろしくお願い致します|引き続きよろしくお願いいたします)[,.!、。]*$`)

// shownWords are the Japanese of something shown on the screen: a Yes in
// them after a Done is its evidence (連携済みと表示されています), as "it
// shows" is in English.
var shownWords = regexp.MustCompile(`表示|出て|載って|反映`)

// heldBack reports a Yes that the rest of its sentence holds back. Of what
// is seen: told of a time before now ("they showed up before the merge",
// "until yesterday", 昨日は表示されていました), so it may be gone; what
// showed since ("they showed up yesterday") is seen now. Of a consent:
// given for later or under a condition ("go ahead next week", "once I've
// checked with HR", "subject to HR approval", 確認してから同意します), for
// the opposite act ("go ahead and cancel"), or a bare "yes" to the mail
// received ("Yes I got your email"). A consent is sent at once, and
// cannot be taken back. Of a Done or Submitted: for an act that undoes
// ("the cancellation form"), undone after ("linked, then unlinked"), or a
// form sent to a person, not AWS, or long ago.
func heldBack(low string, work []byte, ms []match) bool {
	for _, m := range ms {
		switch {
		case m.negated:
		case m.answer == Yes && yesHeldBack(low, work, m):
			return true
		case m.answer == Done || m.answer == Submitted:
			if reversal.Match(work) || undone.MatchString(low) || otherDeed.MatchString(low) || forAWhile.Match(work) {
				return true // "I submitted the cancellation form", "linked, then unlinked", "finished the exam"
			}
			if m.answer == Submitted && (sentToPerson.MatchString(low) || longAgo.MatchString(low)) {
				return true // "sent the form to my manager", "a form last year"
			}
		}
	}
	return false
}

// showingOther marks as evidence only the "show"/"appeared" answers
// whose thing shown is named and is not the certifications ("a popup
// appeared", "both show my old name"): a detail that tells what a page
// shows, evidence beside a Done ("it accepted the ID and shows the company
// name"), and no Yes alone.
func showingOther(work []byte, ms []match) {
	for i, m := range ms {
		if m.answer == Yes && m.flags&seen != 0 &&
			(uiThing.Match(work[:m.start]) || showsOther(work[m.start:m.end], work[m.end:])) {
			ms[i].other = true
		}
	}
}

// showsOther reports a "show" whose object is named and is not the
// certifications ("both show my old name"): what shows is that thing.
func showsOther(answer, tail []byte) bool {
	if othersShown.Match(tail) {
		return true // "I can see my colleagues' certifications": theirs, not the writer's
	}
	if bytes.HasSuffix(answer, []byte("see")) {
		// "I can see my name in the list": only a thing named that no
		// certification is called ("I can see the SAA" is one).
		return seenOther.Match(tail) && !certNamed.Match(tail) // not "my name and all three certifications"
	}
	if !bytes.HasSuffix(answer, []byte("show")) && !bytes.HasSuffix(answer, []byte("shows")) {
		return false
	}
	m := shownObject.FindSubmatch(tail)
	return m != nil && !certWords[string(m[1])]
}

// othersShown opens what is shown or seen with other people's: "my
// colleagues' certifications", "the rest of the team's", "everyone
// else's", "other people's".
var othersShown = regexp.MustCompile(`^\s+(?:(?:all|both)\s+(?:of\s+)?)?(?:(?:my|our|the)\s+)?(?:(?:other\s+)?` +
	`(?:colleagues|teammates|coworkers|co-workers|team members|peers)'|(?:colleague|teammate|coworker|co-worker|` +
	`manager|boss)'s|rest of (?:the|my|our) team's|(?:everyone|everybody|someone|somebody) else's|other people's|` +
	`others')(?:\s|$)`)

var (
	certNamed = regexp.MustCompile(`\b(?:certifications?|certs?|certificates?|credentials?|badges?)\b`)
	seenOther = regexp.MustCompile(`^\s+(?:my|the|a|an|our|this|that)\s+(?:(?:own|full|company|user)\s+)?` +
		`(?:name|names|company|logo|photo|picture|avatar|address|email|button|message|menu|banner|header|title)\b`)
	shownObject = regexp.MustCompile(`^\s+(?:my|the|a|an|your|their|his|her|this|that|no|some)\s+([a-z]+)`)
	certWords   = words("certifications", "certification", "certs", "cert", "certificates", "certificate",
		"credentials", "credential", "aws", "three", "two", "four", "five", "same")
)

// moreAccounts counts more accounts than the two a merge joins, in a piece
// that names the merge ("please merge all three", "merge the four
// accounts"): a consent to another merge. ("Yes, all three are there"
// counts certifications.)
var moreAccounts = regexp.MustCompile(`\b(?:all|the|these|those)\s+(?:three|four|five|six|[3-9])\b|` +
	`\b(?:three|four|five|six|[3-9])\s+(?:accounts|profiles|logins|addresses)\b|(?:3|三|4|四)つ(?:の|とも)?アカウント`)

// yesHeldBack is heldBack for one Yes.
func yesHeldBack(low string, work []byte, m match) bool {
	if m.flags&seen != 0 || m.japanese && shownWords.Match(work[m.start:m.end]) {
		return seenThen.Match(work) || seenElsewhere.MatchString(low) || seenWished.Match(work) ||
			certSide.MatchString(low) && !sharedThere.MatchString(low)
	}
	return consentHeld.Match(notConditions.ReplaceAll(work, []byte(" "))) || checksFirst.MatchString(low) ||
		reversal.Match(work) || moreAccounts.Match(work) && namesTheMerge.Match(work) ||
		intoTheOld.Match(work) ||
		othersConsent.MatchString(low) || agreesWithStatement.MatchString(low) || factCorrect.MatchString(low) ||
		m.flags&interjection != 0 && (receipt.MatchString(low) && mailWords.MatchString(low) || noted.MatchString(low)) ||
		m.japanese && hasSuffix(string(work[m.start:m.end]), presentEndings) && jaAfterStep.Match(work[:m.start])
}

var (
	seenThen = regexp.MustCompile(`\b(?:before|until|till|once|at first|initially|last (?:week|month|year)|` +
		`(?:a|an|one|two|three|a few|few|several|[0-9]+) (?:minutes?|hours?|days?|weeks?|months?) ago)\b|` +
		`(?:先ほど|先程|さきほど|さっき|少し前|今朝|午前中|昨晩|昨夜)(?:まで)?は|(?:昨日|先週|先月|最初)(?:まで)?は|(?:^|[^名午手以])前(?:まで)?は`)
	// seenElsewhere names a place other than the APN profile asked about,
	// or another person's certifications: what is seen there tells nothing
	// of it.
	seenElsewhere = regexp.MustCompile(`\b(?:both|the two|two|all)\s+(?:accounts|profiles|e-?mails|addresses)\b|` +
		`\b(?:accounts|profiles)\s+(?:both\s+|all\s+)?(?:show|showed|appeared)\b|` +
		`\b(?:personal|private|old|previous|former|gmail|home|individual)\s+` +
		`(?:aws\s+)?(?:account|profile|address|email|page|one)s?\b|` + formerOrgAccount + `|` +
		`\b(?:credly|inbox|preview|search results|badges?|` +
		`emails?|colleague's|coworker's|co-worker's|manager's|boss's|friend's|someone's|someone else's|` +
		`san's|his|her)\b|同僚|上司の|他の人|個人の?アカウント|個人アカウント|旧アカウント|古いアカウント|` +
		`以前のアカウント|前のアカウント|プライベート|credly|受信箱|プレビュー|` +
		// Another site, not the partner profile.
		`\b(?:linkedin|certmetrics|training (?:portal|account|site)|test environment|staging|mobile app)\b|` +
		`トレーニング(?:サイト|ポータル|アカウント)|linkedin|テスト環境|検証環境|ステージング|スマホ|アプリ`)
	// formerOrgAccount is an account, login or address of the writer's
	// old company or job ("my previous employer's login", "the old firm's
	// profile", 前の会社のアカウント, 前職のアドレス): not the case's, as "my
	// old account" is not. The company's name alone ("my previous
	// company's certifications") names no account.
	formerOrgAccount = `\b(?:old|previous|former|prior|last|ex-?)\s*(?:company|employer|job|firm|workplace|` +
		`organi[sz]ation|org)(?:'s)?\s+(?:aws\s+|apn\s+)?(?:accounts?|profiles?|logins?|e-?mails?|address(?:es)?|` +
		`ids?|pages?|ones?)\b|(?:(?:以前|前|昔|旧|元)の?会社|前職|前社)の?(?:AWS\s*|aws\s*)?` +
		`(?:アカウント|アドレス|メールアドレス|メール|ログイン|ID|ＩＤ|プロフィール)`
	// certSide is the certification side's own portal or account, where
	// the certifications always show; what shows there is the partner
	// profile only when the partner or the link is what is seen
	// (sharedThere): "the partner now shows as …", 紐付けたと表示.
	certSide    = regexp.MustCompile(`\bcertification (?:portal|account|site|page)\b|認定アカウント|認定サイト|認定ポータル`)
	sharedThere = regexp.MustCompile(`\b(?:partner|company|shared|sharing|linked|apn)\b|連携|紐付|紐づ|パートナー|共有|apn`)
	// seenWished wishes or needs it shown ("I'd love to see them show up",
	// "they need to show up", "make them show"): not shown.
	seenWished = regexp.MustCompile(`\b(?:love to|like to|want to|wants to|want them to|need|needs|needed|` +
		`have to|has to|make them|make it|wish|expect|supposed to|meant to|ought to)\b`)
	// uiThing is what a page shows besides the certifications, named
	// before "appeared"/"showed up": "a popup appeared", "the page appeared blank".
	uiThing = regexp.MustCompile(`\b(?:a|an|the|new|some)\s+(?:[a-z]+\s+)?(?:popup|pop-up|section|message|` +
		`window|page|banner|notice|notification|prompt|dialog|box|button|field|tab|screen|list|option|warning|` +
		`alert|text|e-?mail|mail|error|name|field|form|link)s?\b`)
	// othersConsent is a consent or approval given by another person
	// ("approved by my manager", "my boss agreed", "HR already approved
	// it"): not the owner's.
	othersConsent = regexp.MustCompile(`\b(?:by|from)\s+(?:my\s+|our\s+|the\s+)?(?:manager|boss|supervisor|hr|` +
		`team lead|lead|colleague|admin|administrator|it team|legal)\b|\b` + otherPeople + `\s+(?:(?:has|have|had|` +
		`already|also|just|now|finally|since|kindly)\s+){0,3}(?:approved|agreed|consented|agrees|approves|consents|` +
		`is ok|is fine|signed off|okayed)\b`)
	// agreesWithStatement agrees with what is said, not to the act.
	agreesWithStatement = regexp.MustCompile(`\bagreed?\s+(?:that|it's|it is|this is|there's|there is|it can|it will|` +
		`it would|it may|with you|with that|to disagree)\b|\bagreed?\s+(?:to|with)\s+(?:the\s+|your\s+|my\s+|his\s+|` +
		`her\s+|their\s+|our\s+)?(?:terms|privacy|policy|policies|conditions|point|points|opinion|assessment|survey|` +
		`view|comment|comments|feedback)\b`)
	// consentHeld sets a time or a condition on a consent.
	consentHeld = regexp.MustCompile(`\b(?:once|after|until|till|as soon as|subject to|in principle|on condition|` +
		`for now|for the time being|` +
		`conditionally|when (?:i|i'm|i've|i have|my|we|we've|hr|the|it)|` +
		`(?:next|on|from|this|after) (?:week|month|year|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|` +
		`(?:on|after|from|by) the [0-9]+(?:st|nd|rd|th)?|` +
		// A while or a time later: "in a bit", "at the end of the month", "later this week".
		`in a (?:bit|while|moment|little while)|(?:at|by|after|before|towards) the end of|` +
		`end of (?:the |this |next )?(?:week|month|quarter|year)|later (?:this|next) (?:week|month)|` +
		// Before a step of the writer's or another's: "I want to be sure before I agree".
		`before (?:i|we|my|our|you|they|aws|it|the|hr)|want to (?:be sure|make sure|double-check|check|think))\b|` +
		// For a while only (一旦お願いします, ひとまず同意します): not for good.
		`一旦|いったん|ひとまず|とりあえず`)
	// checksFirst asks for a word with someone first ("please check with
	// my manager", "talk to HR"), which a consent beside it waits for; told
	// as done ("I checked with my manager") it is none. Read on the
	// sentence as written: "please check" alone is a courtesy, blanked.
	checksFirst = regexp.MustCompile(`\b(?:check|confirm|clear|discuss|consult|verify)(?:ing)?\s+(?:it\s+|this\s+|` +
		`that\s+|first\s+)?with\b|\b(?:talk|speak)(?:ing)?\s+to\s+(?:my|our|the)\b|\bask(?:ing)?\s+(?:my|our|the)\s+` +
		`(?:manager|boss|supervisor|hr|team lead|lead|colleague|admin|administrator|legal|it team)\b`)
	// intoTheOld names the old or personal account as where the merge
	// goes ("merge them into the personal one"): the other way round from
	// the case's.
	intoTheOld = regexp.MustCompile(`\b(?:into|to|under|onto)\s+(?:the\s+|my\s+)?(?:personal|private|old|gmail|` +
		`previous|former|home|original)\b`)
	// notConditions are "once" and "after" that set no condition: "at
	// once", "once again", "after all".
	notConditions = regexp.MustCompile(`\b(?:all at once|at once|once again|once more|after all)\b`)
	// reversal is an act that undoes or harms what is asked: "go ahead and
	// cancel", "proceed with the cancellation", "go ahead and lose my certs".
	reversal = regexp.MustCompile(`\b(?:cancel\w*|withdr[ae]w\w*|reject\w*|declin\w*|abort\w*|revok\w*|undo|` +
		`revert\w*|call (?:it|this|that|the merge) off|back out|pull out|destroy\w*|lose|ruin\w*|wipe\w*|` +
		`scrap\w*|un-?merge\w*|de-?merge\w*)\b|取り消|取消|キャンセル|撤回|中止|見送|統合解除`)
	// undoneAfter tells, in a piece after the answer, that it was undone: "Done, and undone".
	undoneAfter = regexp.MustCompile(`^(?:and|then|but)\s+(?:it was\s+|i\s+|then\s+)?(?:undone|undid it|reverted it|` +
		`unlinked it|removed it)\b`)
	// undone tells that what was done was undone or given up.
	undone = regexp.MustCompile(`\b(?:unlink\w*|removed|disconnected|done trying|done with (?:this|it|that))\b|解除`)
	// otherDeed names another thing done than the case's (an exam, a
	// survey, a timesheet, a link to LinkedIn or Credly; 試験, アンケート,
	// 経費精算) or some steps only ("step 1 and 2", 手順3まで).
	// Not "the AWS Training and Certification contact form", nor an "exam
	// registration number" the form asked for (the eval and ninth sets).
	otherDeed = regexp.MustCompile(`\b(?:the|my|an|that|this)\s+(?:exam|survey|training|course|timesheet)s?\b|` +
		`\b(?:expense\w*|linkedin|github|google|facebook|twitter|credly|steps?\s*[0-9]+|by mistake|by accident)\b|` +
		`試験|アンケート|研修|経費|精算|(?:手順|ステップ)\s*[0-9０-９一二三四五]|` +
		// Feedback, a question or a test sent instead of the form, or a link to it (a support case
		// or ticket is how some send it; お問い合わせ the contact form's own name).
		`\b(?:a|an|the|my|our|this|that)\s+(?:feedback|question|query|inquiry|enquiry|` +
		`complaint|test|test submission)\b|\bfeedback\b|\bform link\b|\blink to the form\b|\bas a test\b|` +
		`\bfor testing\b|\btemporarily\b|\bundone\b|\bundid\b|` +
		`質問を|質問の|テスト送信|テストで|お試し|一時的|とりあえず`)
	// sentToPerson is a form sent to a person, not to AWS.
	sentToPerson = regexp.MustCompile(`\b(?:to|with)\s+(?:my\s+|our\s+|the\s+)?(?:manager|boss|supervisor|hr|` +
		`colleague|team lead|admin|administrator|legal|it team)\b|(?:上司|人事|同僚|管理者)(?:に|へ)|` +
		`\bto\s+(?:my|our|the)\s+(?:company'?s?\s+|own\s+)?(?:internal|intranet)\b|社内の?(?:システム|ポータル|窓口)(?:に|へ)`)
	// longAgo is a time long before the case: another submission.
	longAgo = regexp.MustCompile(`\blast (?:year|month)\b|\b(?:a year|years|months) ago\b|去年|昨年`)
	// noted acknowledges what was told, beside a bare "yes": "Yes,
	// understood", "Yes, noted", "Yes, I'm here" answer no question asked.
	// (承知しました is a courtesy before the answer: 承知しました。YESです。)
	noted = regexp.MustCompile(`\b(?:understood|noted|acknowledged|i'm here|i am here|heads[ -]up|` +
		`for letting me know|for the (?:notice|info|information|update|notification))\b|` +
		// "Yes I got it", "got that": the mail or the news received, which a bare "yes" may answer.
		`\bgot (?:it|that|this|them|your (?:note|mail|email|message))\s*[.!]*$`)
	// factCorrect confirms a fact of the mail (the addresses, the names),
	// not the act asked about: "the addresses are correct".
	factCorrect = regexp.MustCompile(`\b(?:address|addresses|e-?mails?|details|info|information|names?|` +
		`spelling|ids?)\s+(?:are|is|look|looks|seem|seems)\s+(?:all\s+)?(?:correct|right|fine|ok|okay)\b`)
	// receipt tells that the mail was got or read.
	receipt = regexp.MustCompile(`\b(?:got|received|receive|read|saw|seen)\b|届|受け取|拝見|読み`)
	// presentEndings give a consent now (同意します), which a step before it
	// (確認してから, "after checking") puts off.
	presentEndings = []string{"します", "いたします", "致します"}
	jaAfterStep    = regexp.MustCompile(`(?:て|で)から|た後|たあと|次第|の後|後に`)
)
