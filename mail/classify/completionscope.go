package classify

import (
	"regexp"
	"strings"
)

// What keeps a report of the merge done from standing for the whole merge,
// whatever shape the report has (the merge as subject or object, a move of
// the certifications, a headline, 統合…完了): a narrowing to a part or to one
// or another's accounts, a move for now or for a test, certifications told
// still on the old account, a merge still to be carried out, or a sample of
// a mail to come. When unsure, the mail is left for a person.

// partly is how a report says it covers a part only.
const partly = `partly|partially|in part`

var (
	// partMarkers narrow what was done to a part: "only", "partially",
	// "except the Specialty", "with warnings", "two certifications were
	// skipped", "one of your two profiles", 一部, のみ, 一件目, 残りの一件,
	// a@… 分の統合.
	// "Only" narrows what was done when it opens the sentence or goes
	// with the verb ("only covered", "was only partly moved"), not as "your
	// only account" or "available in b@… only".
	partMarkers = regexp.MustCompile(`^only\b|\bonly\s+(?:covered|applied|included|affected|moved|merged|` +
		`transferred|partially|partly|some|part|one|the first|for|been)\b|` +
		`\b(?:` + partly + `|except|excepting|apart from|with the exception|with (?:some )?warnings?|` +
		`skipped|left out|one of (?:your|the|its)|for some|(?:most|some|several|part|a few|many) of|not all|` +
		`(?:the )?(?:first|second) ` +
		`(?:account|profile)s?)\b|` +
		`一部|のみ|[^た]だけ|を除|除いて|除き|一件目|1件目|一つ目|1つ目|残り|のうち|@\S+\s*分|件分`)
	// onlyPart: what follows a report of the merge as subject ("the merge
	// completed only for …", "… partly") narrows it to a part; the words
	// of a part are partMarkers' own.
	onlyPart = regexp.MustCompile(`^\s*(?:only|` + partly + `|for (?:some|part|one|the first))\b`)
	// scopedTo narrows a report to a thing or an address: "the merge
	// completed for your Associate certifications", "… went through for
	// your exam history", "completed for a@example.com".
	// The merge itself done on one address only: "the merge was completed
	// on a@… only" (not "your certifications are now in b@… only").
	scopedTo = regexp.MustCompile(`\b(?:merge|merger|merging|consolidation)\b[^.;]*\b(?:on|for|in|to)\s+\S+@\S+\s+` +
		`(?:(?:side|end|account)\s+)?only\b|\b(?:side|end)\s+only\b|` +
		`\b(?:for|merge of|merging of)\s+(?:(?:your|the|all)\s+)?(?:[a-z0-9-]+\s+){0,3}` +
		`(?:certifications?|certificates?|exams?|badges?|exam history|history|records?|transcripts?)\b|` +
		`\bfor\s+\S+@\S+|\bfor\s+(?:the|one|this|that|your)\s+account\b|` +
		// A level of the certifications: "your Associate certifications now appear under b@…".
		`\b(?:associate|professional|specialty|foundational|practitioner)(?:-level)?\s+(?:level\s+)?` +
		`(?:certifications?|certificates?|exams?|badges?)\b`)
	// notForReal: a move made for now or for a test ("temporarily", "in
	// our staging system", "in the preview", 一時的に, 暫定的に).
	notForReal = regexp.MustCompile(`\b(?:temporar\w*|for now|for testing|staging|test environment|test system|` +
		`test accounts?|testing accounts?|dummy accounts?|` +
		`sandbox|preview|trial run|dry run|trial basis|trial period|on a trial|for a trial)\b|一時的|暫定|仮に|仮の|テスト環境|検証環境|テスト用|検証用|` +
		`[(（]\s*仮\s*[)）]`)
	// othersAccounts: the accounts of someone else ("your colleague's
	// accounts", 他のお客様).
	// habitual: how long a merge usually takes ("normally the merge is
	// complete within 48 hours", 通常、…以内に完了いたします), no report.
	// "We have merged accounts like yours many times" tells of the desk's
	// practice too.
	habitual = regexp.MustCompile(`\b(?:normally|usually|typically|generally|in most cases|as a rule|often|` +
		`many times|several times|countless|routinely|regularly|every day|all the time|like yours)\b|` +
		`\b(?:complete|completed|done|finished)\s+within\b|通常|一般的に|多くの場合|以内に完了`)
	othersAccounts = regexp.MustCompile(`\b(?:colleague\w*|another (?:customer|user|person|candidate)|` +
		`(?:other|different) (?:customer|user|person|candidate)s?|someone else)\b|他のお客様|別のお客様|他の方|同僚|ご家族`)
	// otherSystems: the accounts of another system than AWS Certification
	// (the exam provider's, the badge platform's): "your Pearson VUE
	// accounts have been merged", "the duplicate Credly accounts".
	// Also the other AWS systems (Builder ID, Partner Central, APN, AWS
	// Training) and the desk's own records (its CRM, contact records).
	// Amazon's shop too ("your Amazon.com retail accounts"), not "Amazon
	// account" alone, which may be the sign-in of the certification account.
	otherSystems = regexp.MustCompile(`\b(?:pearson(?:\s+vue)?|vue|psi|credly|acclaim|skill\s?builder|` +
		`amazon(?:\.com)?\s+(?:retail|shopping|prime|seller|kindle|audible)|` +
		// AWS's other learning sites and other course platforms.
		`(?:aws\s+)?(?:educate|academy|re:?\s?post|emerging talent community)|coursera|udemy|linkedin(?:\s+learning)?|` +
		`builder\s+id|partner\s+central|apn|partner\s+network|(?:aws\s+)?training)\s+` +
		`(?:[a-z]+\s+)?(?:accounts?|profiles?|ids?|wallets?)\b|\b(?:crm|contact\s+records?|contact\s+details|` +
		`mailing\s+lists?|support\s+system|ticketing\s+system)\b|` +
		// In Japanese: Pearson VUE の受験者ID, AWS Builder ID, APN のアカウント.
		`(?:pearson\s*vue|ピアソン|credly|psi|builder\s*id|apn|skill\s*builder|partner\s*central)\s*` +
		`(?:の|上の|上での|側の)?\s*[^。、\s]{0,8}?(?:アカウント|id|ＩＤ|サブスクリプション|プロフィール|バッジ|を)|(?:pearson\s*vue|ピアソン|credly|psi)\s*の?\s*アカウント|` +
		// The system's own merge: Builder ID の統合が完了いたしました.
		`(?:pearson\s*vue|ピアソン|credly|psi|builder\s*id|apn|skill\s*builder|partner\s*central)\s*の?\s*(?:統合|マージ|移行)`)
	// requestDone: the request or application, not the merge, is what is
	// complete (統合のお申し込みが完了したことを確認いたしました).
	// handedOnward: what was done is handed on to a team ("… has been
	// completed and forwarded to the team that performs the merge").
	handedOnward = regexp.MustCompile(`\b(?:passed|handed|forwarded|referred|escalated|routed)\s+` +
		`(?:(?:it|this|them|your request|the request)\s+)?(?:over\s+|on\s+)?to\s+`)
	requestDone = regexp.MustCompile(`(?:ご依頼|お申し込み|お申込み|申請|申し込み|受付)(?:が|は)[^。]{0,6}(?:完了|終了)`)
	// certNouns are what a move of more than the badges names.
	certNouns = []string{"credential", "certification", "certificate", "exam history", "exam record", "exams",
		"record", "transcript", "history",
		"資格", "履歴"}
)

// scopedToPart reports a [scopedTo] narrowing, not one whose noun names
// the accounts ("the merge of the two certification accounts").
func scopedToPart(s string) bool {
	for _, m := range scopedTo.FindAllStringIndex(s, -1) {
		if !namesAccounts.MatchString(s[m[1]:]) && !keptFor.MatchString(s[m[0]:m[1]]) {
			return true
		}
	}
	return false
}

var namesAccounts = regexp.MustCompile(`^\s+(?:accounts?|profiles?|ids?)\b`)

// keptFor is what a copy is sent to be kept for ("… attached for your
// records"), no part the merge was held to.
var keptFor = regexp.MustCompile(`^for\s+your\s+(?:own\s+)?(?:records?|reference|files)$`)

// completionHeld reports a sentence whose report of the merge done, in any
// shape, does not stand for the whole merge: narrowed to a part, a thing or
// an address; a move for now or a test; someone else's accounts; the
// request complete; the badges alone moved; or a condition after it ("…,
// unless the exam provider reports a conflict").
func (p *Phrases) completionHeld(s string) bool {
	s = p.withoutListOfAll(s)
	if partNamed(s) || scopedToPart(s) || notForReal.MatchString(s) ||
		othersAccounts.MatchString(s) || requestDone.MatchString(s) || handedOnward.MatchString(s) ||
		habitual.MatchString(s) || otherSystems.MatchString(s) || handedToTeam.MatchString(s) || hedged.MatchString(s) ||
		movedToPlace(s) || mergeOfAnotherThing(s) || toldByAnother.MatchString(s) || mergedIntoACase.MatchString(s) {
		return true
	}
	if oneAddressMerged.MatchString(s) && strings.Count(s, "@") == 1 {
		return true // a@… の統合は完了いたしました: that account's, and the other's?
	}
	for i, c := range clauses(s) {
		if i > 0 && opensCondition(c) || deskThingsMerged(c) {
			return true
		}
		if _, done := transfer(c); done && hasAnyWord(c, badgeWords) && !hasAnyWord(c, certNouns) {
			return true // the badges alone were moved
		}
	}
	return false
}

// withoutListOfAll removes the aside that lists what "everything" held
// ("everything that was under a@… (your Developer - Associate and Security -
// Specialty certifications) has been moved"): it names the whole, and
// narrows nothing; an aside that narrows ("(except the Specialty)") stays.
func (p *Phrases) withoutListOfAll(s string) string {
	return listOfAll.ReplaceAllStringFunc(s, func(m string) string {
		sub := listOfAll.FindStringSubmatch(m)
		if partMarkers.MatchString(sub[2]) || p.has(sub[2], p.Negation) || p.has(sub[2], p.Pending) {
			return m
		}
		return sub[1]
	})
}

// partNamed reports [partMarkers] in s; what "is now part of b@…" belongs to
// it, and what was moved "as part of the merge" went with it: "part of"
// there is no part.
func partNamed(s string) bool {
	return partMarkers.MatchString(withMerge.ReplaceAllString(nowPartOf.ReplaceAllString(s, " are now in "),
		" with the merge"))
}

var (
	nowPartOf = regexp.MustCompile(`\s(?:is|are)\s+now\s+(?:a\s+)?part\s+of\s`)
	withMerge = regexp.MustCompile(`\s(?:as|in)\s+(?:a\s+)?part\s+of\s+(?:the|this|your)\s+(?:account\s+)?` +
		`(?:merge|merger|merging|consolidation|process)\b`)
)

var listOfAll = regexp.MustCompile(`(\beverything\b[^()]{0,60}?)\s*\(([^()]{1,200})\)`)

// mergeOfAnotherThing reports the merge named as of another thing than the
// accounts: "the merge of your support tickets", "the consolidation of your
// exam bookings", 受験予約の統合 (not "the merge of your two accounts", "… of
// a@… and b@…", "… of both", アカウントの統合, ご依頼の統合).
func mergeOfAnotherThing(s string) bool {
	for _, m := range mergeOf.FindAllStringSubmatch(s, -1) {
		if head := strings.Fields(m[1]); len(head) > 0 && !accountHead(head[len(head)-1]) {
			return true
		}
	}
	if jaOtherThingMerged.MatchString(s) {
		return true
	}
	for _, m := range jaMergeOf.FindAllStringSubmatch(s, -1) {
		if !jaAccountHead.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// jaOtherThingMerged: a thing the desk also merges, not an account, as the
// object of the merge (2件のお問い合わせを統合, チケット2件をマージ): its own merge.
var jaOtherThingMerged = regexp.MustCompile(`(?:お問い合わせ|問い合わせ|チケット|ケース|受験予約|ご予約|予約|` +
	`バウチャー|ご請求|請求|ご注文|注文|スレッド)(?:[0-9０-９一二三四五]+件)?を[^。、]{0,6}?(?:統合|マージ|一本化)`)

// accountHead reports the head noun of what a merge is of, when it is the
// accounts or what they hold.
func accountHead(w string) bool {
	w = strings.TrimRight(w, ".,;:!?'")
	return strings.Contains(w, "@") || accountHeads[w] || candidateID.MatchString(w)
}

// candidateID is an account's candidate ID ("aws01928374"), which names the
// account as its address does.
var candidateID = regexp.MustCompile(`^aws[0-9]{6,}$`)

// postModifiers are the words that close a noun phrase and open what is
// said of it after its head: "the accounts listed above", "the account
// registered to a@…", "the records associated with it". The head is the
// word before them.
const postModifiers = `listed|named|shown|mentioned|described|detailed|registered|associated|linked|held|` +
	`belonging|referenced|identified|specified|above|below`

var (
	// mergeOf: the noun phrase a merge is of, up to its verb or preposition.
	mergeOf = regexp.MustCompile(`\b(?:merge|merger|merging|consolidation|combination)\s+of\s+` +
		`((?:[^\s]+\s+){0,5}?[^\s]+?)(?:\s+(?:is|are|was|were|has|have|had|into|with|under|to|in|on|for|from|` +
		`now|completed|complete|done|went|finished|by|at|as|so|and|or|if|when|once|before|after|because|which|` +
		`that|will|can|may|` + postModifiers + `)\b|[,;:!?]|\.(?:\s|$)|$)`)
	accountHeads = map[string]bool{"account": true, "accounts": true, "profile": true, "profiles": true, "ids": true,
		"id": true, "records": true, "record": true, "certifications": true, "certification": true,
		"credentials": true, "transcripts": true, "history": true, "histories": true, "both": true, "them": true,
		"these": true, "those": true, "addresses": true, "logins": true, "two": true}
	// Not a direction (b@… への統合, a@… からの統合).
	jaMergeOf     = regexp.MustCompile(`([^\s、。をはがのと「」へにら]{1,16})の(?:統合|マージ|一本化)`)
	jaAccountHead = regexp.MustCompile(`(?:アカウント|資格|履歴|認定|ID|ＩＤ|プロフィール|プロファイル|@\S*|依頼|申し込み|申込み|` +
		`今回|本件|件|両方|双方|お客様|様|以下|上記|下記|次|こちら)$`)
)

// movedToPlace reports a move to a place that is no account: "carried over
// to the new certification portal", "transferred … to our archive", "moved
// … to a new region", 新しいシステムへ移行 (not "to your work account in the
// certification system").
func movedToPlace(s string) bool {
	if jaToPlace.MatchString(s) {
		return true
	}
	for _, m := range toPlace.FindAllStringSubmatch(s, -1) {
		if !strings.Contains(m[1], "account") && !strings.Contains(m[1], "profile") {
			return true
		}
	}
	return false
}

var (
	toPlace = regexp.MustCompile(`\b(?:moved|transferred|migrated|carried over|copied|sent)\b[^.;]*?\b(?:to|into|onto)\s+` +
		`((?:the\s+|our\s+|a\s+|an\s+|your\s+)?(?:[a-z0-9-]+\s+){0,3}?)(?:portal|platform|system|archive|region|` +
		`database|server|site|website|tool|environment|data\s?cent(?:er|re)|storage|back-?end)s?\b`)
	jaToPlace = regexp.MustCompile(`(?:システム|ポータル|プラットフォーム|サーバー|サーバ|データベース|アーカイブ|` +
		`リージョン|環境|サイト)(?:へ|に)[^。]{0,6}(?:移行|移管|移し|移され|引き継|付け替え)`)
)

// toldByAnother: what the desk only reports someone else told it ("your
// company admin tells us …", "you wrote that …", "as you said", お客様の
// ご認識のとおり, …とのことです); not "as requested".
var toldByAnother = regexp.MustCompile(`\b(?:you|he|she|they|(?:your|the)\s+(?:[a-z-]+\s+){0,2}?(?:admin|administrator|` +
	`manager|colleague|company|employer|customer|owner|team))\s+(?:tells?|told|says?|said|informs?|informed|` +
	`mentioned|reports?|reported|claims?|claimed|wrote|writes|stated|noted)\b|` +
	`\bas\s+you\s+(?:said|mentioned|wrote|noted|stated|pointed out)\b|\baccording to (?:you|your)\b|` +
	`ご認識のとおり|ご認識の通り|おっしゃるとおり|おっしゃる通り|によると|とのことです|とのことでした|と伺って`)

// hedged: the desk is not sure of what it reports ("I believe …", "…, we
// think", "probably", "or at least we tried").
var hedged = regexp.MustCompile(`\b(?:i|we)\s+(?:believe|think|assume|guess|suppose|reckon)\b|` +
	`\b(?:if i am not mistaken|probably|presumably|apparently|as far as (?:i|we) (?:know|can tell))\b|` +
	`\b(?:i|we)\s+(?:have\s+)?tried\b|` +
	// Or qualifies it: "well, almost", "save for one last check", "in principle".
	`\b(?:almost|nearly|practically|virtually|in principle|on paper|or will be|save for|barring|bar one|` +
	`all but)\b|` +
	// Or tells how it looks, not what it is: "appear to have been merged",
	// おそらく統合は完了しております.
	`\b(?:appears?|seems?)\s+to\s+(?:have\s+)?(?:been|be)\b|おそらく|恐らく|たぶん|多分|` +
	// "kind of", "bar the final check", a status told false ("Merge
	// complete: false"), a trailing "— not".
	`\b(?:kind of|sort of|more or less|bar the|but for the|said no one)\b|[:：]\s*(?:false|no|none|not yet)\s*[.!]?$|` +
	`[-–—,]\s*not\s*[.!]*$`)

// mergedIntoACase: what was merged went into a case or a request ("your
// request to merge the accounts has been merged with case 7654321"): the
// desk's cases tidied, whatever the request was for.
var mergedIntoACase = regexp.MustCompile(`\bmerged\s+(?:with|into)\s+(?:the\s+|your\s+|an?\s+)?(?:existing\s+|` +
	`other\s+|older\s+|original\s+|earlier\s+|open\s+)?(?:case|ticket|request|thread|inquiry|enquiry)\b`)

// deskThingsMerged reports a clause in which what was merged or combined is
// the desk's own things (duplicate cases, tickets, inquiries, emails:
// "I have merged your duplicate case into this one", お問い合わせを1件に
// 統合いたしました), and no account, profile or certification is named: the
// desk tidied its cases, it merged no accounts. A merge request or case
// ("your merge request has been completed") names the merge, not a thing
// merged.
func deskThingsMerged(c string) bool {
	if jaContactsMerged.MatchString(c) {
		return true // ご連絡先を b@… に一本化, お客様情報の名寄せ, 両方のご依頼を1つにまとめました
	}
	c = mergeNamedThing.ReplaceAllString(c, "")
	return (deskMergedEn.MatchString(c) || deskMergedJa.MatchString(c)) && !namesWhatMergeMoves.MatchString(c) ||
		mergedIntoDocument.MatchString(c)
}

// mergedIntoDocument: what was merged went into a document, not one account
// ("merged into a single PDF certificate", "… into one score report",
// 1つのPDFにまとめました).
var mergedIntoDocument = regexp.MustCompile(`\b(?:merged|combined|consolidated|compiled)\s+(?:[a-z-]+\s+){0,3}?` +
	`(?:into|in)\s+(?:a|one|the|a single|one single)\s+(?:[a-z-]+\s+){0,2}?(?:pdf|document|file|report|` +
	`certificate|transcript|spreadsheet|list|summary|letter|attachment)s?\b|(?:pdf|ファイル|書類|資料|レポート|証明書)` +
	`[^。]{0,6}(?:に|へ)(?:統合|まとめ|集約)`)

const deskThing = `(?:cases?|tickets?|requests?|inquir(?:y|ies)|enquir(?:y|ies)|e-?mails?|threads?|conversations?|` +
	`messages?|replies|submissions?|chats?)`

var (
	// mergeNamedThing: the merge's own request or case, which names the merge.
	mergeNamedThing = regexp.MustCompile(`\b(?:merge|merger|merging|consolidation)\s+(?:request|case|ticket)s?\b|` +
		`統合(?:の)?(?:ご依頼|依頼|お問い合わせ|ケース|案件)`)
	deskMergedEn = regexp.MustCompile(`\b(?:merged|combined|consolidated)\s+(?:[a-z0-9-]+\s+){0,3}?` + deskThing +
		`\b|\b` + deskThing + `\s+(?:[a-z0-9-]+\s+){0,2}?(?:have|has|were|was|are|is)\s+(?:now\s+|been\s+|` +
		`successfully\s+|all\s+)*(?:merged|combined|consolidated)\b`)
	// jaContactsMerged: contact details, notification addresses, customer
	// information or requests merged (ご連絡先を…に一本化, 通知先を…に統合,
	// お客様情報の名寄せ, 両方のご依頼を1つにまとめました), whatever address is named.
	jaContactsMerged = regexp.MustCompile(`(?:ご連絡先|連絡先|通知先|送付先|お客様情報|連絡先情報|受験者情報|` +
		`(?:両方|二つ|2つ|複数)の(?:ご依頼|依頼|お問い合わせ))(?:の|を|は|が)[^。、]{0,24}?` +
		`(?:統合|一本化|名寄せ|マージ|まとめ)`)
	deskMergedJa = regexp.MustCompile(`(?:お問い合わせ|問い合わせ|ケース|チケット|スレッド)[^。、]{0,12}` +
		`(?:統合|一本化|マージ|まとめ)`)
	// namesWhatMergeMoves: an account, an address, a profile or what the
	// merge moves, named in the clause.
	namesWhatMergeMoves = regexp.MustCompile(`\b(?:accounts?|profiles?|certifications?|certificates?|certs?|` +
		`credentials?|exam|exams|records?|transcripts?|badges?|address(?:es)?|logins?)\b|@|アカウント|資格|履歴|` +
		`認定|バッジ|プロファイル|アドレス`)
	// handedToTeam: a case, a request or records moved or handed to a
	// team, a queue or a department ("moved to our merge team for review",
	// "transferred … to tier 2", 専門チームへ移管いたしました): handed on, not
	// the certifications moved to the other account.
	handedToTeam = regexp.MustCompile(`\b(?:moved|transferred|sent|assigned|passed|handed|forwarded|escalated)\b` +
		`[^.;]*?\b(?:to|into)\s+(?:the\s+|our\s+|a\s+|an\s+|another\s+)?(?:[a-z0-9-]+\s+){0,3}?` +
		`(?:team|queue|department|specialists?|engineers?|colleagues?|back-?office|tier\s*\d|level\s*\d|` +
		`group|unit|desk|escalations?)\b|` +
		`(?:チーム|部署|部門|担当者|担当窓口|窓口|専門家|専任)(?:へ|に)[^。]{0,8}(?:移管|引き継|引継|エスカレーション|転送|回付)`)
)

// oneAddressMerged: the merge of one address named (a@… の統合, a@… 分の移行).
var oneAddressMerged = regexp.MustCompile(`\S+@\S+\s*(?:の|分の?)(?:アカウント)?(?:の)?(?:統合|移行|マージ)`)

// narrowsScope reports a sentence, anywhere in the mail, that narrows what
// the merge or a move covered ("the merge only covered your Associate
// certifications", ※b@… の資格のみ対象となります, "Only a@…'s records were
// moved"), or says certifications or badges are still on the old or both
// accounts: no completion in the mail stands alone.
func (p *Phrases) narrowsScope(s string) bool {
	if testMail.MatchString(s) {
		return true // "(This is an automated test, please ignore.)": nothing it reports was done
	}
	if leftForLater.MatchString(s) && !p.has(s, p.Negation) || partStatus.MatchString(s) || restToCome.MatchString(s) {
		return true
	}
	about := p.has(s, p.Merge) || transferSaid(s) || hasAnyWord(s, certNouns) || hasAnyWord(s, badgeWords)
	if !about || p.has(s, p.Negation) && !stillOnOld.MatchString(s) {
		return false
	}
	return partNamed(s) || stillOnOld.MatchString(s)
}

// testMail: the mail says it is a test.
var testMail = regexp.MustCompile(`\bthis is (?:an?\s+|only an?\s+)?(?:automated\s+|system\s+)?test\b|` +
	`\btest (?:message|e-?mail|notification)\b|テスト(?:メール|送信)|テストです`)

// leftForLater: a part or the other account left for a separate request
// or still being looked into ("the other profile needs a separate ticket",
// もう一方のアカウントについては、別途ご依頼ください, Professional 認定につきましては、
// 引き続き調査中です).
var leftForLater = regexp.MustCompile(`\bseparate\s+(?:request|ticket|case|merge)\b|` +
	`もう一方|他方の|別途(?:ご依頼|お手続き|手続き|ご申請|申請|対応)|` +
	`(?:資格|認定|履歴|バッジ)[^。]*(?:調査中|確認中|対応中|調査しております|調査いたしております)|` +
	// Another account or this request still in hand: b@… については引き続き
	// 対応中です, 今回のご依頼については現在確認中です.
	`(?:については|につきましては|に関しては)[^。]*(?:調査中|確認中|対応中|処理中)`)

// partStatus: the work said done in part, in a sentence that needs no
// merge words to say so ("Partly done.", "Half done so far.", 一部完了).
// restToCome: what is left still to be done, or the old account kept open
// until it is ("we will write when the rest is through", "a@… stays open
// until that is finished").
var (
	partStatus = regexp.MustCompile(`\b(?:` + partly + `|half(?:way)?)\s+(?:done|complete|completed|finished|through|` +
		`successful|processed|there)\b|\b(?:done|complete|completed|finished|successful|processed)\s+(?:only\s+)?` +
		`(?:` + partly + `|halfway)\b|一部(?:のみ)?(?:が|を|の)?(?:完了|終了|処理済)`)
	restToCome = regexp.MustCompile(`\b(?:when|once|after|as soon as|until)\s+(?:the\s+)?(?:rest|remainder|` +
		`remaining\s+\w+)\s+(?:is|are|has|have|comes?|goes)\b|` +
		`(?:\S+@\S+|\baccount)\s+(?:stays?|remains?|will stay|will remain|is kept|will be kept)\s+(?:open|active)\s+` +
		`until\b`)
)

// stillOnOld: what the merge moves told still where it was ("the
// Professional certification is still on your old account", "still listed
// under both accounts", Credly のバッジは引き続き旧アカウントに紐づいております).
var stillOnOld = regexp.MustCompile(`\b(?:still|remain|remains|stay|stays|will stay|will remain|are kept|is kept)\s+` +
	`(?:separate|unmerged|distinct|apart)\b|` +
	`\b(?:still|remains?|remaining|left)\b[^.;]*\b(?:on|under|in|with|at)\s+` +
	`(?:your\s+|the\s+)?(?:old|other|previous|former|both|original|first|second|separate)\b|` +
	`(?:引き続き|まだ|依然|いまだ)[^。]*(?:旧|元の|もう一方|他方|両方|別の)[^。]*アカウント`)

// mergeToCome: the merge, or a move, still to be carried out ("our
// back-office team will carry out the merge", "may need to run the merge
// again", "the production merge will follow", "before we finalise the
// merge", 正式な統合は…行います, 受験履歴につきましては、来週移行いたします,
// 作業が遅延しております), or its outcome still being checked (現在、結果を
// 確認しております).
var mergeToCome = regexp.MustCompile(`\b(?:will|may|might|shall|can|could|need to|needs to|going to)\s+(?:\w+\s+){0,3}?` +
	`(?:carry out|perform|run|process|complete|finali[sz]e|execute|redo|re-?run|do|schedule|arrange|start|begin|` +
	`initiate|book)\s+(?:the\s+|your\s+|a\s+)?(?:[a-z-]+\s+)?(?:merge|merger|transfer|move)\b|` +
	// The merge handed on: "… went through and is now with the merge team"
	// (not "your case is now with the closing team").
	`\b(?:and|merge|request|it)\s+(?:is|are)\s+now\s+with\s+(?:the|our)\s+(?:[a-z-]+\s+){0,2}?team\b|` +
	// The desk's own merge still to do: "We will merge the accounts shortly".
	`\b(?:we|i)\s*(?:will|'ll|shall|are going to|am going to)\s+(?:now\s+|then\s+|soon\s+|next\s+|shortly\s+)?` +
	`(?:merge|combine|consolidate)\b|` +
	`\bwill\s+be\s+(?:merged|combined|consolidated|moved|transferred|migrated)\b|` +
	`\bstill\s+(?:need|needs|have|has)\s+to\s+(?:merge|combine|consolidate|move|transfer|migrate|do|run|process|` +
	`complete|finish|handle)\b|` +
	// "we'll now start on your certification accounts": what the merge moves still to start on.
	`\b(?:will|shall)\s+(?:now\s+|next\s+)?(?:start|begin|work|move on)\s+(?:on|with)\s+(?:the\s+|your\s+)?` +
	`(?:[a-z-]+\s+){0,2}?(?:accounts?|merge|certifications?|profiles?)\b|` +
	`\b(?:merge|merger|transfer|move)\s+(?:itself\s+|(?:for|of|on)\s+\S+\s+)?(?:runs|will run|will follow|follows|` +
	`starts|begins|will start|will begin|` +
	`will take place|` +
	`takes place|is scheduled|will be (?:carried out|run|done|performed|finali[sz]ed|completed|processed|executed|` +
	`finished))\b|` +
	// A part still to follow, or still worked on: "the Specialty will follow
	// tomorrow", "the rest of your exam history is to follow", "we are still
	// working on the Specialty" (not the badges, which follow by themselves).
	`\b(?:certifications?|certificates?|credentials?|exam history|history|records?|specialty|associate|` +
	`professional|practitioner|foundational|rest|remainder|remaining\s+\w+|others?)\s+(?:\w+\s+){0,5}?` +
	`(?:will follow|(?:is|are) to follow|will be (?:moved|transferred|migrated|added|merged)|will (?:move|transfer|` +
	`migrate|carry over|come over|come across))\b|` +
	// What was done handed on to be processed ("the data team will now
	// process it"), the rest to handle, or a phase of several ("Phase 1 of
	// 2 complete", "Phase 2 will run next week").
	`\b(?:will|shall)\s+(?:now\s+|then\s+|next\s+)?(?:process|handle|action|complete|carry out|execute|` +
	`finali[sz]e|perform)\s+(?:it|this|that|them|the rest|the remainder)\b|` +
	`\b(?:phase|stage)\s+(?:\d+|one|two)\b|\b\d\s+of\s+\d\s+(?:complete|completed|done|finished)\b|` +
	// Another account still to do: "a@… is next", "… will be done separately",
	// a@… については追ってご連絡します.
	`\S+@\S+\s+(?:is|are)\s+next\b|\S+@\S+\s*(?:については|に関しては|につきましては|の件は)[^。]*` +
	`(?:追って|別途|改めて|後日|引き続き)|\bnext\s+in\s+line\b|\bwill\s+be\s+(?:done|handled|processed|merged|` +
	`dealt with)\s+separately\b|` +
	`\b(?:still|currently)\s+(?:working on|looking into|processing|moving|transferring|migrating)\b|` +
	// Held to a check still to come: "*Subject to a final check by our
	// team.", 最終確認後に確定いたします.
	`\bsubject\s+to\s+(?:a\s+|the\s+|our\s+|your\s+|final\s+)*(?:[a-z-]+\s+){0,2}?(?:check|review|` +
	`verification|approval|confirmation|validation)s?\b|(?:確認|審査|検証)(?:後|の後|次第)に?(?:確定|正式)|` +
	// A last step that remains: "One final step remains on our side".
	`\b(?:one|a|the)\s+(?:last|final|remaining|more)\s+(?:step|check|task)s?\s+(?:remains?|is left|still|to go)\b|` +
	// A final step still pending: "final verification is still pending".
	`\b(?:verification|review|checks?|final step|finali[sz]ation|approval|validation)\s+(?:is|are|remains?)\s+` +
	`(?:still\s+)?(?:pending|in progress|under way|underway|outstanding|ongoing)\b|` +
	`\bbefore\s+(?:we|i)\s+(?:finali[sz]e|complete|carry out|run|start|do)\b|` +
	`(?:統合|移行|移管)[^。]*別途(?:ご案内|ご連絡|お知らせ)|` +
	// Under review or being prepared: 統合につきましては、現在審査中です.
	// Not a quoted label (先ほどお送りした「統合処理中」のご連絡).
	`(?:統合|移行|移管)[^。「」]*(?:審査中|確認中|対応中|処理中|調査中|検討中|手配中|準備中)` +
	`(?:です|でございます|となっております|となります)|` +
	`(?:統合|移行|移管)(?:[^。]*(?:行います|行いたします|実施します|実施いたします|実施致します)|` +
	`いたします|します|致します)(?:。|$)|(?:作業|処理|統合|移行)[^。]{0,6}遅延|` +
	// The work as the topic, told in the passive to be done: 実際の統合作業は…
	// 行われます, 資格の移行は…実施されます (not 統合後のアカウントへの反映は…).
	`(?:統合|移行|移管)(?:作業|処理)?(?:は|が|も)[^。]*(?:行われます|実施されます|処理されます|進められます|` +
	`行われる予定)|` +
	// The outcome still being checked: 現在、結果を確認しております.
	`(?:結果|状況)を?(?:確認|検証)(?:しております|いたしております|中)|` +
	`\b(?:we|i)\s+are\s+(?:now\s+|still\s+)?(?:checking|verifying|reviewing|confirming)\s+the\s+(?:results?|outcome)\b`)

// notDoneAfterAll: what a mail reports done is not the merge after all: it
// is called a preview or a test in a sentence of its own ("This is a preview
// of what your account will look like"), it was done by mistake or into the
// wrong account and is being put right ("merged … by mistake", "into the
// wrong address", "we are undoing that now"), or it moved nothing ("0 of 3
// certifications moved"). Not "a@…, which was created in error": the
// duplicate, not the merge.
var notDoneAfterAll = regexp.MustCompile(`\b(?:this|that|it|these|what you see)\s+(?:is|are|was)\s+(?:only\s+|just\s+)?` +
	`(?:a\s+|an\s+)?(?:preview|simulation|test|mock-?up|draft|projection|forecast|dry run)\b|` +
	`\b(?:merged|moved|transferred|combined)\b[^.;]{0,60}?\b(?:by mistake|mistakenly|accidentally|in error)\b|` +
	`\b(?:by mistake|mistakenly|accidentally)\s+(?:merged|moved|transferred|combined)\b|` +
	`\b(?:into|to|under|onto)\s+the\s+wrong\s+(?:account|address|profile|e-?mail)\b|` +
	`\b(?:we are|we're|we will|we'll|i am|i'm|i will|i'll)\s+(?:now\s+)?(?:undoing|reversing|rolling back|fixing|` +
	`correcting|undo|reverse|roll back|fix|correct)\s+(?:it|this|that|the merge|the mistake|our mistake|the error)\b|` +
	`\b(?:0|zero|none)\s+(?:of|out of)\s+(?:the\s+|your\s+)?\d+\b|` +
	`誤って(?:統合|移行|移管)|(?:統合|移行|移管)[^。]{0,20}誤り|間違った(?:アカウント|メールアドレス)`)

// mergeStillToCome reports a sentence that tells the merge or a move is
// still to be carried out, not under a negation ("we will not need to run
// the merge again").
//
// Under a condition too ("the merge for b@… will follow once its owner
// agrees"): a merge that may still come is not one done.
func (p *Phrases) mergeStillToCome(s string) bool {
	return mergeToCome.MatchString(s) && !p.has(s, p.Negation)
}

// mergeUnderWay reports a sentence that says the merge is under way or has
// only started ("the merge is underway", "we are working on the merge",
// "we have started merging your accounts", 統合の手続きを進めております,
// 統合作業中です, 統合を開始いたしました): beside a report of it done (the
// other half of a bilingual mail), the mail is for a person. Not one that
// says it finished too ("we started the merge yesterday, and it is now
// complete", 昨日開始した統合処理が、本日完了いたしました).
func (p *Phrases) mergeUnderWay(s string) bool {
	return underWay.MatchString(s) && !finishedToo.MatchString(s) && !p.has(s, p.Negation) && !isQuestion(s) &&
		!p.has(s, p.Conditional)
}

var (
	underWay = regexp.MustCompile(`\b(?:merge|merging|consolidation)\s+(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?` +
		`(?:underway|under way|ongoing|being (?:carried out|performed|processed|run|done))\b|` +
		`\b(?:we|i)\s+(?:are|am)\s+(?:now\s+|currently\s+|still\s+)?(?:working on|carrying out|performing|running)\s+` +
		`(?:the|your)\s+(?:account\s+)?merge\b|` +
		`\b(?:started|begun|began|initiated|kicked off)\s+(?:the\s+|your\s+)?(?:account\s+)?(?:merge|merging)\b|` +
		`\bmerge\s+has\s+(?:now\s+)?(?:started|begun)\b|` +
		`(?:統合|移行)[^。]{0,12}(?:を|は|が)?(?:進めて|実施して|行って)(?:おります|います)|` +
		`(?:統合|移行)(?:作業|処理)?中(?:です|でございます)|(?:統合|移行)[^。]{0,8}開始(?:いたしました|しました|致しました)`)
	finishedToo = regexp.MustCompile(`\b(?:complete|completed|done|finished)\b|完了|終了`)
)

// sampleIntro: a sentence that shows a mail to come ("you will receive an
// email like this:", "a confirmation that reads as follows:", "Here is
// what you will receive after the merge:", 以下の文面でご連絡いたします,
// 以下のメールをお送りいたします); sampleNote: one that says the mail is
// an example (※本メールは統合完了時にお送りする文面の例です).
var (
	sampleIntro = regexp.MustCompile(`\b(?:e-?mail|message|confirmation|notice|notification|letter)\s+` +
		`(?:like\s+(?:this|the one below)|(?:that\s+|which\s+)?reads?\s+(?:as follows|like this)|as follows|` +
		`similar to (?:this|the one below)|(?:will|would)\s+(?:read|say|look like)\b|` +
		`(?:[a-z']+\s+){0,3}(?:will|would)\s+(?:receive|get|see)\b)|\bhere is what you will\b|` +
		`\bhere is the (?:e-?mail|message|text|notice|confirmation)\b|` +
		// "the standard wording of our consent request is: …".
		`\b(?:wording|text|content|template)\s+of\s+(?:the|our|a|this|your)\s+(?:[a-z-]+\s+){0,2}?(?:e-?mail|` +
		`message|request|notice|notification|confirmation|letter)\b|` +
		`\b(?:will|would)\s+(?:receive|get)\s+(?:this|the following)\s+(?:e-?mail|message|notice|text)\b|` +
		// "the consent request looks like this:", "Our template reads:", "the
		// wording we use is:", "Here is what the back office will ask you:".
		`\b(?:request|template|wording|text)\s+(?:will\s+|would\s+)?looks?\s+(?:something\s+|roughly\s+)?like\b|` +
		`\b(?:template|wording|text)\s+(?:(?:we|i)\s+use\s+)?(?:reads|says|is|goes)\s*:|` +
		`\bhere is what\s+(?:[a-z-]+\s+){1,3}?(?:will|would)\s+(?:ask|send|say|write)\b|` +
		`\b(?:copy|sample|example|draft|preview|template) of (?:the|a|an|our|this) (?:[a-z-]+\s+){0,2}?(?:e-?mail|` +
		`message|confirmation|notice|notification|letter)\b|^(?:template|sample|example)\s*:|` +
		// 完了時のメール例：, 次のような通知が表示されます.
		`(?:文面|メール|通知|ご連絡)(?:の)?(?:例|サンプル|見本|ひな形|テンプレート)\s*:|` +
		`(?:次|以下|下記)のような(?:メール|通知|文面|メッセージ|ご連絡)|` +
		`以下の(?:文面|メール|通知)[^。]*(?:お送り|送信|ご連絡|お知らせ|通知)(?:いたします|致します|します|されます)|` +
		`以下の(?:文面|メール|通知)[^。]*届きます`)
	sampleNote = regexp.MustCompile(`\b(?:this|the following|below) is (?:a|an) (?:sample|example|template)\b|` +
		`\b(?:sample|example|template|copy|draft) of (?:the|a|an|our|this|your)\s+(?:[a-z-]+\s+){0,2}` +
		`(?:e-?mail|message|notice|confirmation|notification|letter)\b|` +
		`(?:次の|以下の|下記の)[^。]{0,10}(?:文面|メール|通知)[^。]*(?:届きます|お送りいたします|お送りします|` +
		`送信いたします|送信されます|ご連絡いたします|お知らせいたします)|` +
		`(?:文面|メール|通知)の(?:例|サンプル|見本|ひな形|テンプレート)|(?:例文|サンプル|見本)です|` +
		// A line that marks the mail a draft not to be sent ("(draft - do not
		// send until approved)", "[DRAFT]", 下書き): nothing in it is told yet.
		`^[(\[（【]?\s*(?:draft|unsent draft|internal draft|下書き|草稿)\s*(?:[-–—:)\]）】]|$)`)
	// planIntro: a list of the steps to come follows ("What happens next:",
	// 今後の流れは以下のとおりです).
	// So does a heading that names what is only planned ("Planned:", "Proposed:").
	planIntro = regexp.MustCompile(`\b(?:what happens next|next steps?|the steps (?:are|will be)|` +
		`what will happen|process|procedure|timeline|schedule|plan|steps|planned|proposed|intended|to do|to-do)\b|` +
		`今後の(?:流れ|手順|予定|進め方)|` +
		`手順|流れ|スケジュール|ステップ|工程`)
)

// opensSample reports whether a sentence shows or names a sample of a mail
// to come: what follows it (or, for a note, the whole mail) reports nothing.
func opensSample(s string) bool {
	return sampleIntro.MatchString(s) || sampleNote.MatchString(s)
}

// opensPlan reports a sentence that a list of steps to come follows.
func opensPlan(s string) bool {
	return planIntro.MatchString(s) && (strings.HasSuffix(strings.TrimSpace(s), ":") ||
		strings.Contains(s, "以下") || hasWord(s, "below") || hasWord(s, "following"))
}
