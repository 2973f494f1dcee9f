package classify

import (
	"regexp"
	"strings"
)

// What a request to confirm, agree or reply YES is for. A consent request
// asks for agreement to the merge itself: a YES to a survey, to closing the
// case or to what the reader can see, a confirmation of a detail, or words
// that take a consent back are not one, whatever merge the sentence names.

// agreementElsewhere reports a sentence whose words of agreement ask for
// no agreement of the reader's to this merge: accepting the badge the
// badge platform offers ("please accept your new badge when its email
// arrives"), taking a consent back ("should you wish to cancel the merge,
// reply"), a consent word that names a thing, someone else's or a policy
// ([asksNoConsent]), a reply of quoted words for another purpose, or
// agreement to another thing.
func (p *Phrases) agreementElsewhere(s string) bool {
	// Leave asked to move the badges alone (a@… のバッジを b@… へ移行してよろしい
	// でしょうか) is not for the merge, as their move alone is no completion.
	return hasAnyWord(s, badgeWords) && !p.has(s, p.Merge) && (!transferSaid(s) ||
		!hasAnyWord(s, certNouns) && jaLeaveAsked.MatchString(s)) ||
		withdrawal.MatchString(s) ||
		asksNoConsent(s) || p.repliesForAnotherThing(s) || p.agreesToAnotherThing(s) || p.yesForAnotherThing(s) ||
		mergesAnotherThing(s) || p.approvesAnotherThing(s) || isQuestion(s) && choiceOfTime.MatchString(s) ||
		changesTheMerge.MatchString(s) || otherWay.MatchString(s) || wishesAnotherAct(s) && !p.has(s, p.Consent) ||
		movesExtras.MatchString(s) || wantsMergeThing.MatchString(s) || agreesWithStatement(s) ||
		directionChoice.MatchString(s)
}

// directionChoice offers the merge either way round ("… a@… into b@…, or
// b@… into a@…?", "or the other way round"): a yes answers neither.
// The accounts may be named by their labels ("or account B into account A"),
// and the choice may be the merge or none ("merged into b@… or kept
// separate", "merged or not").
var directionChoice = regexp.MustCompile(`\bor\s+(?:the\s+other\s+way\s+(?:round|around)|vice\s+versa|` +
	`\S+@\S+\s+(?:into|to|with)\s+\S+@|(?:account|profile)\s+#?[0-9a-z]{1,2}\s+(?:into|to|with)\s+` +
	`(?:account|profile)\b)|\b(?:merged|merging|merge|combined|consolidated)\b(?:[^.?;!]|\.\S){0,80}?\bor\s+` +
	`(?:not\b|(?:be\s+|to\s+be\s+)?(?:kept|left|keep|leave|stay|remain)\b|split|cancel|separate)`)

// jaLeaveAsked asks leave to do a thing (…てよろしいでしょうか, …ても差し支えない
// でしょうか, …て問題ございませんでしょうか).
var jaLeaveAsked = regexp.MustCompile(`(?:て|ても)(?:よろしい|宜しい|差し支え|差支え|問題)`)

// wantsMergeThing: what is wished is a thing the merge only names ("Do you
// want the merge confirmation sent to b@…?", "… a merge summary"), not the
// merge.
var wantsMergeThing = regexp.MustCompile(`\b(?:want|like|wish|prefer)\s+(?:the|a|an|your|our)\s+(?:merge|merger|` +
	`consolidation)\s+(?:confirmation|notice|notification|summary|receipt|report|e-?mail|letter|certificate|` +
	`details|reference|number|date)s?\b`)

// putsOff: the agreement asked is to wait, to put the merge off or to merge
// only later ("agree that we should wait until next month", "OK with us
// postponing the merge", "… only after your exam", 統合を来月まで延期): not to
// merge now; nor to merge at a later time named ("after your exam on 12th").
var putsOff = regexp.MustCompile(`\b(?:postpon\w*|defer\w*|delay(?:ing)?\s+the\s+merge|hold(?:ing)? off|` +
	`on hold|reschedul\w*|wait(?:ing)?\s+(?:until|till|for|before))\b|\bonly\s+(?:after|once|when)\b|` +
	`\bnot\s+(?:before|until)\b|延期|見合わせ|先送り|延ば|遅らせ|後ろ倒し|繰り延べ|` +
	// A later time named for the merge: "… can be done after your exam on
	// 12th", "merge the accounts after 15th December".
	`\bafter\s+(?:your|the)\s+(?:[a-z-]+\s+)?(?:exam|test|appointment|booking|results?)\b|` +
	// "… once your exam is over", "… when the appointment has passed".
	`\b(?:once|when)\s+(?:your|the)\s+(?:[a-z-]+\s+)?(?:exam|test|appointment|booking)s?\s+(?:is|are|has|have)\b|` +
	`\bafter\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\bafter\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*` +
	`\s+\d|(?:試験|受験)(?:日)?(?:の)?(?:後|以降|終了後)`)

// movesExtras: leave asked to move what the merge does not (an exam
// booking, vouchers: 受験予約を…へ移してもよろしいでしょうか; the badges move with
// the merge), or to go ahead with closing an account ("proceed with closing
// a@… after the merge").
var movesExtras = regexp.MustCompile(`\b(?:move|transfer|carry over|migrate)\s+(?:your\s+|the\s+|all\s+)?` +
	`(?:[a-z-]+\s+){0,2}?(?:bookings?|appointments?|vouchers?|discounts?|coupons?|benefits?|reservations?)\b|` +
	`\bproceed(?:ing)?\s+with\s+(?:closing|deleting|deactivating|cancell?ing|removing)\b|` +
	`(?:受験予約|予約|バウチャー|クーポン|特典|割引)を[^。]{0,40}?(?:移し|移行|移管|引き継|付け替え)`)

// wishesAnotherAct reports a wish that governs another act than the merge
// ("happy for us to close the merge request", "would like us to send the
// summary"): what is confirmed is that wish.
func wishesAnotherAct(s string) bool {
	for _, m := range wishTo.FindAllStringSubmatchIndex(s, -1) {
		// "we would like to kindly ask you to confirm …": the desk's wish is
		// to ask the reader; what it asks is weighed on its own.
		if !mergeActs[s[m[2]:m[3]]] && !deskAsksYou.MatchString(s[m[2]:]) {
			return true
		}
	}
	return false
}

// deskAsksYou: the desk would ask the reader to confirm their agreement
// ("… kindly ask you to confirm that you are happy for us to merge …", "…
// ask you to reply confirming the merge of your two profiles"); not to
// confirm whether, what they see, another's, or later.
var deskAsksYou = regexp.MustCompile(`^(?:(?:kindly|politely|please|also)\s+)?(?:ask|request|invite)\s+you\s+to\s+` +
	`(?:confirm|reply\s+confirming)\s+(?:that\s+)?(?:you\s+(?:agree|consent|approve|authori[sz]e|are happy for us|` +
	`would like us|want us)\b|(?:the|your)\s+(?:agreement|consent|approval)\b|the merge(?:\s+of\s+(?:your|the)\s+` +
	`(?:two\s+)?(?:accounts|profiles))?\s*[.!]?$)`)

var (
	// choiceOfTime: a question that offers when to merge ("now or after
	// your exam?"): a yes answers neither.
	choiceOfTime = regexp.MustCompile(`\bnow\s+or\s+|\bor\s+(?:after|later|wait|next|tomorrow|on|in|once|when)\b`)
	// changesTheMerge: leave asked to change the accounts of the merge
	// (統合先のアカウントを…に変更してもよろしいでしょうか).
	changesTheMerge = regexp.MustCompile(`(?:統合先|統合元|残すアカウント|統合するアカウント)[^。]{0,40}変更|` +
		`\b(?:change|switch|swap)\s+(?:the\s+)?(?:target|destination|primary|surviving|source)\s+account\b`)
)

// mergesAnotherThing reports a merge asked for of another thing than the
// accounts: "combine the two exam bookings", "merge your support cases",
// バウチャーの統合, 重複したケースの統合 (not "combine the two accounts", "merge
// a@… into b@…", "combine them", アカウントの統合).
func mergesAnotherThing(s string) bool {
	if mergeOfAnotherThing(s) || mergedIntoThing.MatchString(s) {
		return true
	}
	for _, re := range []*regexp.Regexp{mergeVerbObject, wantedMerged} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			ws := strings.Fields(m[1])
			if len(ws) > 0 && !accountHead(ws[len(ws)-1]) && !mergeHeads[ws[len(ws)-1]] && !labelledAccount(ws) {
				return true
			}
		}
	}
	return false
}

// mergedIntoThing: a merge into another thing than an account ("merge
// a@… into b@…'s ticket", "your history being merged into the new case"):
// whatever goes, what it goes into is no account.
var mergedIntoThing = regexp.MustCompile(`\b(?:merg|combin|consolidat|fold)\w*\b(?:[^.;?!]|\.\S){0,80}?\binto\s+` +
	`(?:(?:the|your|this|that|a|one|our)\s+|\S+'s\s+)?(?:[a-z0-9'-]+\s+){0,2}?(?:tickets?|cases?|threads?|` +
	`conversations?|files?|folders?|bookings?|requests?|inquir(?:y|ies)|enquir(?:y|ies)|directory|directories)\b`)

// labelledAccount reports an account named by the label the desk gave it
// in a list ("account 1", "Account B", "account #2"): the account itself.
func labelledAccount(ws []string) bool {
	n := len(ws)
	return n >= 2 && (ws[n-2] == "account" || ws[n-2] == "profile") && accountLabel.MatchString(ws[n-1])
}

var accountLabel = regexp.MustCompile(`^(?:#?[0-9]{1,2}|[a-z])$`)

// mergeVerbObject: the object of combining, consolidating or folding, or of
// "to merge", up to its preposition or the clause's end.
var mergeVerbObject = regexp.MustCompile(`(?:\b(?:combine|consolidate|fold)|\b(?:to|us|we|you|please)\s+merge)\s+` +
	`((?:the|your|both|all|these|those|two|2|duplicate|[a-z0-9'@.-]+)(?:\s+[a-z0-9'@.-]+){0,4}?)` +
	`(?:\s+(?:into|with|under|to|and|so|before|after|for|in|on|or|as|now|today|` + postModifiers +
	`)\b|\s*[.,;:!?]|\s*$)`)

// wantedMerged: what the reader is asked to want merged ("you want this
// case merged into case 123", "… your two tickets folded into one"), its head
// before the participle.
var wantedMerged = regexp.MustCompile(`\b(?:want|like|wish)\s+((?:[a-z0-9'@.-]+\s+){0,4}?[a-z0-9'@.-]+)\s+` +
	`(?:to\s+be\s+|to\s+get\s+)?(?:merged|folded|combined|consolidated)\b`)

// approvesAnotherThing reports approval asked of an object that is not the
// merge: "approve the new display name for the merged account", "… the
// closure of this case", "approve of how we handled the merge", 統合後の
// 表示名をご承諾, 統合日程をご承諾 (not "approve the merge", "… the proposed
// merge of your accounts", "… the merging of your two accounts", 統合を
// ご承諾).
func (p *Phrases) approvesAnotherThing(s string) bool {
	for _, m := range approveObject.FindAllStringSubmatch(s, -1) {
		o := m[1]
		if whObject.MatchString(o) {
			return true // "approve of how we handled the merge"
		}
		if h := objectHead(o); h != "" && !mergeHeads[h] && !p.has(h, p.Merge) && !pointerObject.MatchString(o) {
			return true
		}
	}
	for _, m := range jaApproveObject.FindAllStringSubmatch(s, -1) {
		if !jaMergeHeadEnd.MatchString(jaHead(jaAside.ReplaceAllString(m[1], ""))) {
			return true
		}
	}
	return false
}

// objectHead is the last word of a noun phrase's first part, before a
// preposition or a relative word ("the new display name for …" → name).
func objectHead(o string) string {
	ws := strings.Fields(o)
	head := ""
	for _, w := range ws {
		if headEnds[w] || strings.HasPrefix(w, "(") {
			break // "the merge (or forward this email …)": the aside is no part of it
		}
		head = strings.Trim(w, ".,;:!?\"'")
	}
	return head
}

var (
	approveObject = regexp.MustCompile(`\b(?:approve|authori[sz]e)\s+(?:of\s+)?` +
		`((?:the|this|these|our|your|a|an|how|what|why|when|where|the way)\b[^,;:.?!]*)`)
	whObject = regexp.MustCompile(`^(?:how|what|why|when|where|the way)\b`)
	headEnds = map[string]bool{"for": true, "of": true, "on": true, "in": true, "to": true, "with": true, "from": true,
		"that": true, "which": true, "before": true, "after": true, "so": true, "by": true, "at": true, "as": true,
		"or": true, "and": true, "if": true, "when": true, "once": true, "-": true, "–": true, "—": true}
	// jaApproveObject: what is approved, as the object of を(ご)承諾/承認.
	jaApproveObject = regexp.MustCompile(`([^、。「」\s]{1,25}?)を(?:ご)?(?:承諾|承認|了承)`)
	jaAside         = regexp.MustCompile(`[(（][^)）]*[)）]`)
	// Also what points to the list ("以下の点をご了承"): 点, 事項, 条件.
	jaMergeHeadEnd = regexp.MustCompile(`(?:統合|マージ|一本化|名寄せ|上記|以下|下記|内容|本件|こちら|実施|作業|手続き|` +
		`お手続き|処理|旨|こと|点|事項|条件|項目)$`)
)

// yesForAnotherThing reports an unquoted YES asked for a purpose that is
// not the merge ("reply YES to have the merge confirmation sent to your
// manager", "… to confirm the name that should appear on the merged
// account").
func (p *Phrases) yesForAnotherThing(s string) bool {
	m := replyYes.FindStringIndex(s)
	return m != nil && p.forAnotherThing(s[m[1]:])
}

// asksNoConsent reports a sentence whose consent word asks for no consent of
// the reader's: a thing named so ("your authorization code"), someone
// else's ("confirmation from the owner of a@…"), or a policy that asks
// nothing ("we need your approval only once, so no further action is
// needed").
func asksNoConsent(s string) bool {
	return noActionNeeded.MatchString(s) || consentThing.MatchString(s) || othersConsent.MatchString(s) ||
		jaOthersConsent.MatchString(s) || othersPossessive.MatchString(s) ||
		consentFromAnother(s) || seenConfirmed.MatchString(s) || consentLater.MatchString(s) ||
		whetherYouAsked.MatchString(s) || agreedBefore(s) || confirmWhenDone.MatchString(s) ||
		othersHappyFor.MatchString(s) || othersWishAsked.MatchString(s) || jaConsentMailSeen.MatchString(s) ||
		othersTooAgree.MatchString(s)
}

// othersTooAgree asks the reader's agreement and another's together ("confirm
// that both you and your manager agree"): the reader's answer alone is not it.
var othersTooAgree = regexp.MustCompile(`\byou\s+and\s+(?:your|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:manager|` +
	`supervisor|boss|colleague|employer|company|administrator|admin|team|hr|owner|coordinator)s?\s+(?:both\s+)?` +
	`(?:agree|consent|approve|accept|authori[sz]e)\b`)

// jaConsentMailSeen asks whether the reader saw or got the mail that asks
// the consent (先日お送りした統合の同意依頼メールはご覧いただけましたでしょうか): a
// fact, not the consent.
var jaConsentMailSeen = regexp.MustCompile(`(?:同意|承認|承諾)(?:依頼|確認|のお願い)?の?(?:メール|ご案内|ご連絡|書類)` +
	`(?:は|を)?[^。]{0,10}(?:ご覧|ご確認|届い|受信|お受け取り)`)

// othersWishAsked: whether someone else wants it ("let us know if your
// manager would like us to go ahead with the merge"): that one's consent.
var othersWishAsked = regexp.MustCompile(`\b(?:if|whether)\s+(?:your|the|his|her|their)\s+(?:[a-z-]+\s+)?` +
	`(?:manager|supervisor|boss|colleague|employer|company|administrator|admin|team|hr|owner|coordinator|` +
	`organi[sz]ation)\s+(?:would like|wants|wishes|is happy|agrees|approves)\b`)

// othersHappyFor: the reader content that someone else acts ("confirm that
// you are happy for your manager to approve the merge"): that one's consent.
var othersHappyFor = regexp.MustCompile(`\b(?:happy|fine|ok|okay|content)\s+for\s+(?:your|the|his|her|their)\s+` +
	`(?:[a-z-]+\s+)?(?:manager|supervisor|boss|colleague|employer|company|administrator|admin|team|hr|owner|` +
	`coordinator|organi[sz]ation)\s+to\b`)

// confirmWhenDone asks to be told when something has happened ("please
// confirm once the merge has been completed on your side"): a report to
// come, no agreement.
var confirmWhenDone = regexp.MustCompile(`\b(?:confirm|let us know|tell us|verify|check)\s+(?:once|when|after|` +
	`as soon as)\b`)

// agreedBefore reports an agreement told as past ("do you know if your
// manager agreed to the merge?", "confirm that you agreed to it in your
// earlier email", "was it you who approved it?", 統合に同意されたのはいつ
// でしょうか): whoever answers tells a fact, no consent now. Not one to
// come ("once you have agreed, …", "if you've approved it, reply"), nor
// the word itself asked for ('reply "agreed"').
func agreedBefore(s string) bool {
	if jaAgreedBefore.MatchString(s) {
		return true
	}
	for _, m := range pastAgreement.FindAllStringSubmatchIndex(s, -1) {
		if notDoers[s[m[2]:m[3]]] {
			continue
		}
		if perfect := m[4] >= 0; !perfect || !agreementToCome.MatchString(s[:m[0]]) {
			return true
		}
	}
	return false
}

var (
	// pastAgreement: a word of its doer, then the agreement in the past.
	pastAgreement = regexp.MustCompile(`\b([a-z]+)(\s+(?:had|has|have)|'ve|'d)?\s+(?:already\s+|previously\s+|` +
		`actually\s+|really\s+|ever\s+|once\s+)?(?:agreed|consented|approved|authori[sz]ed)\s+` +
		`(?:to|on|with|the|this|that|it|them)\b`)
	// notDoers are the words before an agreement in the past that make it
	// no one's act told ("reply agreed to …", "is approved to …").
	notDoers = map[string]bool{"reply": true, "with": true, "word": true, "say": true, "type": true, "is": true,
		"are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "not": true, "answer": true,
		"as": true}
	// agreementToCome opens a time or a condition the agreement is in
	// ("once you have agreed").
	agreementToCome = regexp.MustCompile(`\b(?:once|when|after|if|as soon as|until|unless|provided|before)\b`)
	// The Japanese past of agreeing, named as a thing or asked (同意されたのは,
	// 承認されましたか, ご同意いただいた日), not one received first
	// (ご同意いただいた後に, removed before) nor one to come.
	jaAgreedBefore = regexp.MustCompile(`(?:同意|承認|承諾)(?:され|し|なさっ)(?:た(?:の|こと|か|際|とき|時|日)|ましたか)`)
)

var (
	// seenConfirmed asks the reader to confirm what they see or got, not
	// to agree ("please confirm you can see all certifications after the
	// merge").
	seenConfirmed = regexp.MustCompile(`\b(?:confirm|verify|check|let us know)\s+(?:that\s+|whether\s+|if\s+)?` +
		`you\s+(?:can\s+(?:now\s+)?see|are able to see|see|have received|received|got)\b`)
	// whetherYouAsked asks whether the reader asked for the merge ("confirm
	// whether you asked us to merge …", "… if it was you who requested it"):
	// a question of fact, whatever the answer.
	whetherYouAsked = regexp.MustCompile(`\b(?:confirm|verify|check|let us know|tell us)\s+(?:whether|if)\s+` +
		`(?:or not\s+)?(?:it was\s+)?you\s+(?:who\s+)?(?:really\s+|actually\s+)?(?:asked|requested|submitted|` +
		`made|sent|applied|initiated|raised|filed)\b`)
	// consentLater tells of a consent request still to be sent ("we will
	// send a separate consent request", 同意をお願いするメールをお送りします).
	consentLater = regexp.MustCompile(`\bseparate\s+(?:consent|approval|confirmation|authori[sz]ation)\s+` +
		`(?:request|e-?mail|message)\b|\b(?:will|shall)\s+(?:send|email|e-mail)\s+(?:you\s+)?(?:a\s+|an\s+)?` +
		`(?:[a-z]+\s+)?(?:consent|approval|confirmation|authori[sz]ation)\b|` +
		// The desk's plan to ask ("we will ask you to confirm the merge once
		// …", "the merge team will write to you for your agreement").
		`\b(?:will|'ll|shall|are going to|plan to|intend to)\s+(?:then\s+|also\s+|next\s+|later\s+|soon\s+|be\s+)?` +
		`(?:ask|asking|request|requesting|write to you|contact you|email you|e-mail you|reach out)\b[^.;]{0,40}?` +
		`\b(?:confirm|consent|agree|approv|agreement|authori[sz]|go-ahead|permission)|` +
		`(?:同意|承諾|承認)[^。]*(?:メール|ご案内|ご連絡)を?[^。]*(?:お送り|送信|差し上げ)(?:いたします|します|致します)`)
)

// consentForAnotherAct reports what follows a consent word (rest) as an act
// or a fact that is not the merge: "your consent to store a copy of your
// ID", "… to us contacting your manager about the merge", "a thumbs-up
// from you that the details below are correct" (not "… to merge the
// accounts", "… to us merging them", "… that we can go ahead").
func consentForAnotherAct(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimSpace(rest), "from you ")
	if m := consentThat.FindStringSubmatch(rest); m != nil {
		// "your confirmation that you agree (to it)": the reader's own
		// agreement, to what the sentence names, is the consent asked.
		return !namesMergeAct(withoutMergeTopic(m[1])) && !readerAgrees.MatchString(m[1])
	}
	m := consentToAct.FindStringSubmatch(rest)
	if m == nil || actDeterminers[m[1]] {
		return false // "consent to the merge": a noun, read by what names it
	}
	return !namesMergeAct(m[1]) && !mergeActs[m[1]]
}

var (
	consentThat  = regexp.MustCompile(`^that\s+((?:[^,;:.?!]|\.\S)*)`)
	readerAgrees = regexp.MustCompile(`^you\s+(?:still\s+)?(?:agree|consent|approve|authori[sz]e)` +
		`(?:\s+to\s+(?:it|this|that|the\s+merge|the\s+merger|merging\s+them|the\s+merging))?\s*$`)
	consentToAct = regexp.MustCompile(`^to\s+(?:us\s+|our\s+|me\s+)?([a-z-]+)`)
	// actDeterminers open a noun after "to", not a verb.
	actDeterminers = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true,
		"your": true, "both": true, "all": true, "a": true, "an": true, "it": true, "them": true, "above": true}
	// mergeTopic is the merge named as what another thing is about or for
	// ("… about the merge", "… for the merge", "… before the merge").
	mergeTopic = regexp.MustCompile(`\b(?:about|regarding|concerning|for|before|after|during|on|related to|` +
		`ahead of|prior to)\s+(?:the\s+|your\s+|this\s+|our\s+)?(?:account\s+)?(?:merge|merger|merging|` +
		`consolidation)\b.*$`)
	mergeActWords = regexp.MustCompile(`\b(?:merg\w*|combin\w*|consolidat\w*|proceed\w*|go(?:ing)? ahead|continu\w*|` +
		`mov\w*|transfer\w*)\b`)
)

// withoutMergeTopic is o without a merge named only as its topic.
func withoutMergeTopic(o string) string { return mergeTopic.ReplaceAllString(o, "") }

// namesMergeAct reports words that name the merge as an act or the going
// ahead with it.
func namesMergeAct(o string) bool { return mergeActWords.MatchString(o) }

// consentFromAnother reports a consent asked from anyone but the reader
// ("approval from your manager", "authorization from your company's
// administrator"); "from you" is the reader's.
func consentFromAnother(s string) bool {
	for _, m := range consentFrom.FindAllStringSubmatch(s, -1) {
		if m[1] != "you" {
			return true
		}
	}
	return false
}

// thingNamedConsent are the things a consent word only names ("your
// authorization code", "confirmation number", "the approval form").
const thingNamedConsent = `(?:code|number|id|letter|form|email|e-mail|link|token|key|pin)s?\b`

var (
	consentThing = regexp.MustCompile(`\b(?:authori[sz]ation|approval|confirmation|consent)\s+` + thingNamedConsent)
	// othersPossessive: "your manager's authorization", "the company's approval".
	othersPossessive = regexp.MustCompile(`\b(?:manager|supervisor|boss|administrator|admin|employer|colleague|` +
		`company|organi[sz]ation|hr|team lead|lead)'s\s+(?:[a-z-]+\s+)?(?:consent|authori[sz]ation|approval|` +
		`confirmation|permission|go-ahead|sign-off|agreement)\b`)
	consentFrom = regexp.MustCompile(`\b(?:consent|authori[sz]ation|approval|confirmation|permission|go-ahead|` +
		`thumbs[- ]up|green light|sign-off)\s+from\s+([a-z']+)`)
	// othersConsent: a consent the owner of another address is to give,
	// whatever word asks for it ("we need to hear from the owner of a@…",
	// "the consent of the holder of a@…").
	// Or the merge told fine with someone in a role ("confirm the merge is OK
	// with your manager").
	othersConsent = regexp.MustCompile(`\b(?:from|of) the (?:owner|holder) of\b|` +
		`\b(?:ok|okay|fine|alright|all right|acceptable|agreeable)\s+(?:with|to|for)\s+(?:you\s+(?:and|or)\s+)?` +
		`(?:your|the|their|his|her)\s+` +
		`(?:[a-z-]+\s+)?(?:manager|supervisor|boss|employer|company|organi[sz]ation|admin|administrator|team|` +
		`colleague|hr|lead)\b`)
	// jaOthersConsent: the consent of the reader's superior, company or the
	// other account's owner (上長様のご承認, 所有者様から…ご同意).
	// The account's owner alone (アカウント所有者様の承認) is the reader.
	jaOthersConsent = regexp.MustCompile(`(?:上長|上司|管理者|ご担当者|担当者|(?:もう一方|他方|別)の(?:アカウントの)?` +
		`(?:所有者|オーナー)|会社|企業|所属先|貴社|御社|人事|マネージャー|責任者|ご家族)(?:の方|様|さま)?(?:の|から|より|が|は|として|による|によって)[^。]{0,12}` +
		`(?:同意|承認|承諾|許可)|` +
		// The desk asking another for it (上長様に統合へのご同意をお願いしております).
		`(?:上長|上司|管理者|ご担当者|担当者|会社|企業|所属先|人事|マネージャー|責任者|所有者)(?:の方|様|さま)?に` +
		`[^。]{0,12}(?:同意|承認|承諾|許可)[^。]{0,4}(?:をお願い|を依頼|をお求め|を求め)`)
)

// askedWhetherDone is a question whether the merge happened, with the
// merge as its subject ("Did your merge go ahead?", "Has the merge gone
// through?"): a fact asked, not agreement.
// So is a question whether the reader's consent was already given or came
// ("Did you send your confirmation …?", "Have you given your consent …?",
// "Has your confirmation … reached us?"), and one of the accounts told
// merged, as a check of what was done ("Accounts merged into b@… per your
// confirmation?", "Were the accounts merged …?"): a yes tells the past.
var askedWhetherDone = regexp.MustCompile(`^(?:did|has|have|was|were|is)\s+(?:the|your|this)\s+(?:account\s+)?` +
	`(?:merge|merger|consolidation)\b|` +
	`^(?:did|have|had)\s+you\s+(?:already\s+|ever\s+|previously\s+)?(?:send|sent|give|given|provide|provided|` +
	`submit|submitted|grant|granted)\s+(?:us\s+)?(?:your|the|a|an)\s+(?:written\s+)?(?:consent|confirmation|` +
	`approval|agreement|authori[sz]ation)\b|` +
	`^has\s+(?:your|the)\s+(?:written\s+)?(?:consent|confirmation|approval|agreement|reply)\b[^?]*\b(?:reached|` +
	`arrived|come through|been sent|gone through)\b|` +
	`^(?:(?:resolution|status|outcome|so|ok|okay)[,:]?\s+)?(?:(?:were|was|are|is|have|has)\s+)?` +
	`(?:the\s+|your\s+|both\s+)?(?:duplicate\s+)?(?:candidate\s+)?(?:accounts?|profiles?|\S+@\S+)\s+` +
	`(?:been\s+|now\s+)?(?:merged|combined|consolidated)\b[^?]*\?\s*$`)

// notCancelled is a clause that reassures or warns that something will not
// or cannot be cancelled ("any exam you have booked will not be cancelled",
// "which cannot be cancelled once it has started", キャンセルされることは
// ございません): it tells how the merge goes, and takes nothing back.
var notCancelled = regexp.MustCompile(`\b(?:cannot|can't|can not|will not|won't|not)\s+(?:be\s+)?` +
	`(?:cancel\w*|stopp?\w*|withdrawn|revoked)\b|` +
	`(?:キャンセル|取り消し|取消)(?:され|すること|は)[^、。]*(?:ません|ございません|できかねます)`)

// requestText is a sentence as read for what it asks: without the clauses
// that only say what will not be cancelled, nor the desk's own "I can
// confirm that …" ("I can confirm that, once you reply, the merge is
// complete" vouches; it asks no one to confirm).
func requestText(s string) string {
	s = deskConfirms.ReplaceAllString(s, " ")
	if !notCancelled.MatchString(s) {
		return s
	}
	var b strings.Builder
	for _, part := range requestParts.Split(s, -1) {
		if !notCancelled.MatchString(part) {
			b.WriteString(part + " ")
		}
	}
	return strings.TrimSpace(b.String())
}

var deskConfirms = regexp.MustCompile(`\b(?:i|we)\s+(?:can|am happy to|are happy to|would like to)\s+` +
	`(?:now\s+|also\s+)?confirm\b`)

// requestParts cut a sentence where a reassurance may stand on its own.
var requestParts = regexp.MustCompile(`[,;、]|\s+which\s+`)

// takesBack reports words to reply with, or what they are for, that take a
// consent or the merge back ("Yes, stop it", 「同意を撤回します」, "to
// stop the merge, reply …").
func takesBack(s string) bool {
	return withdrawal.MatchString(s) || stopping.MatchString(s)
}

var stopping = regexp.MustCompile(`\b(?:stop|halt|pause|hold off)\b|停止|止め`)

// forAnotherThing reports what follows the words to reply with (after)
// as a purpose, a condition or a time that is not the merge: 'reply "OK" to
// acknowledge this notice', '… to our satisfaction survey', '… to let us know
// you received this email', '… so we can close the case', '… once you have
// signed in', '… if the merged account shows all your badges' ("to this
// email" only says where).
func (p *Phrases) forAnotherThing(after string) bool {
	after = strings.TrimLeft(after, " .,!\"'")
	if w := replyWhere.FindString(after); w != "" {
		after = strings.TrimLeft(after[len(w):], " ,")
	}
	switch {
	case strings.HasPrefix(after, "to "):
		return !p.mergePurpose(after[len("to "):])
	case strings.HasPrefix(after, "that "): // 'confirm by replying "Yes" that both accounts belong to you'
		return !p.mergePurpose("confirm " + after)
	case soThat.MatchString(after):
		return !mergeActNext.MatchString(soThat.ReplaceAllString(after, ""))
	}
	if m := yesCondition.FindStringSubmatch(after); m != nil {
		return !p.agreementCondition(m[1])
	}
	return false
}

// mergePurpose reports a purpose that is agreeing to the merge: "confirm
// (the merge)", "confirm you want the accounts merged", "have the accounts
// merged", "proceed", "give your consent"; not "acknowledge this notice",
// "confirm you have read this", "the updated terms", "subscribe to merge
// status updates".
func (p *Phrases) mergePurpose(purpose string) bool {
	m := purposeVerb.FindStringSubmatch(purpose)
	if m == nil {
		return false
	}
	rest := purpose[len(m[0]):]
	if k := strings.IndexAny(rest, ",;"); k >= 0 {
		rest = rest[:k] // the purpose's own clause: not "…, and we will merge them"
	}
	// "… that we may keep your voucher after the merge": the merge is only
	// when; another way of merging ("merge into a@… instead") is another act.
	rest = strings.Trim(withoutMergeTopic(rest), " .!")
	if otherWay.MatchString(rest) {
		return false
	}
	switch m[1] {
	case "proceed", "go ahead", "continue", "merge", "combine", "consolidate", "move forward", "move ahead":
		return true
	case "have", "get": // not "have the merge confirmation sent to …"
		return theMerge.MatchString(mergeAsNoun.ReplaceAllString(rest, " "))
	}
	if m[1] == "confirm" && detailObject.MatchString(rest) {
		return false // "confirm the name that should appear on the merged account"
	}
	rest = strings.TrimSpace(mergeAsNoun.ReplaceAllString(object(rest), " "))
	if document.MatchString(rest) {
		return false // "to accept the AWS Certification Program Agreement"
	}
	if factOfReader.MatchString(rest) && !p.has(rest, p.Consent) {
		return false // "to confirm that you have updated your exam booking before the merge"
	}
	return rest == "" || rest == "it" || rest == "this" || p.has(rest, p.Merge) || p.has(rest, p.Consent) ||
		hasAnyWord(rest, []string{"want", "wish", "would like", "intent"})
}

// document is a document agreed to or accepted ("the updated terms", "the
// Candidate Agreement", "our privacy policy"); "your agreement" is consent.
var document = regexp.MustCompile(`\b(?:terms|policy|policies|conditions|contract|notice|eula)\b|` +
	`\b(?:the|our|this|an?|new|updated|revised)\s+(?:[a-z-]+\s+){0,4}agreements?\b`)

var (
	// otherWay is another way of merging than the one asked: later, the
	// other way round, into another account (後日, 延期, 逆).
	otherWay = regexp.MustCompile(`\b(?:instead|rather|other way (?:round|around)|opposite direction|reverse\w*|` +
		`later|postpone\w*|delay\w*)\b|後日|延期|逆|反対|見送`)
	// detailObject: a detail confirmed ("the name that …", "your email
	// address for …").
	detailObject = regexp.MustCompile(`^(?:the|your|this|which)?\s*(?:[a-z-]+\s+){0,2}?(?:name|address|id|number|` +
		`date|spelling|details?|time|login|username)\b`)
)

// factOfReader is what the reader did or is ("that you have updated …").
var factOfReader = regexp.MustCompile(`^(?:that\s+)?you\s+(?:have|had|are|were|did|own|hold)\b`)

var (
	purposeVerb = regexp.MustCompile(`^(confirm|agree|consent|approve|authori[sz]e|accept|proceed|go ahead|` +
		`continue|merge|combine|consolidate|have|get|give|move forward|move ahead)\b`)
	// mergeAsNoun: "merge" naming another thing ("merge status updates",
	// "the merge date", "your merge experience").
	mergeAsNoun = regexp.MustCompile(`\bmerge\s+(?:date|time|number|request number|reference|notice|` +
		`confirmation|summary|status|experience|details?|form|ticket|id|case|schedule|email|updates?|report|receipt)s?\b`)
	soThat       = regexp.MustCompile(`^(?:\S+\s+){0,3}?so\s+(?:that\s+)?`)
	mergeActNext = regexp.MustCompile(`^(?:we|i)\s+(?:can|may|will|could)\s+(?:merge|combine|consolidate|proceed|` +
		`go ahead|start the merge|begin the merge|carry out the merge)\b`)
)

// agreementCondition reports a condition that is the reader's agreement
// to the merge or wish for it ("if you agree", "if you would like us to
// proceed with the merge"), not what they can see or do ("if you can see
// all your certifications", "once you have signed in"), nor another wish
// ("if you would like us to close this case").
// contentToGoOn is the reader content to go on: "you are happy to proceed
// (on that basis)", "you're fine to go ahead with the merge". Not with
// another thing ("happy to proceed with the refund"), nor someone else
// content.
var contentToGoOn = regexp.MustCompile(`^\s*you\s+(?:are|would be|feel)\s+(?:happy|fine|ok|okay|comfortable|` +
	`content|willing|ready|glad)\s+(?:for\s+us\s+)?to\s+(?:proceed|go ahead|continue|move forward)(?:\s+(?:with\s+` +
	`(?:the\s+)?(?:merge|merging|it|this|that)|on\s+(?:that|this)\s+basis))?\s*$`)

// contentWithAbove is the reader content with what the desk set out ("if
// you are happy with all of the above"): an agreement to the merge only
// where the sentence names the merge as what follows the reply ('… reply
// "I agree" and I will submit the merge'); the above, or "it", may be
// another thing ("We updated your display name. If you're happy with it, …").
var contentWithAbove = regexp.MustCompile(`\b(?:if|should)\s+you\s+(?:are|would be|feel)\s+(?:happy|fine|ok|` +
	`okay|comfortable|content)\s+with\s+(?:all\s+(?:of\s+)?)?(?:the above|everything(?:\s+above)?|this|that|it|` +
	`these)\s*[,;]?\s*$`)

// aboveThenMerge reports a reply asked under [contentWithAbove], with the
// merge named after the words to reply with.
func (p *Phrases) aboveThenMerge(before, after string) bool {
	parts := requestParts.Split(before, -1)
	for k := len(parts) - 1; k >= 0; k-- {
		if part := strings.TrimSpace(parts[k]); part != "" && enConditionWord.MatchString(part) {
			return contentWithAbove.MatchString(part+",") && p.has(after, p.Merge) && !p.has(after, p.Negation)
		}
	}
	return false
}

// detailsRightThenMerge reports a reply asked under the condition that the
// details shown are right (内容にお間違いがなければ, 上記の内容でよろしければ, "if
// the details above are correct"), of quoted words that name the merge
// themselves and agree to it (「統合に同意します」): the details are the
// merge's, and the words say what is agreed to.
func (p *Phrases) detailsRightThenMerge(before, quoted string) bool {
	parts := requestParts.Split(before, -1)
	for k := len(parts) - 1; k >= 0; k-- {
		part := strings.TrimSpace(parts[k])
		if part != "" && (enConditionWord.MatchString(part) || jaConditionWord.MatchString(part)) {
			return detailsRight.MatchString(part) && quotedMergeConsent.MatchString(quoted) && !p.has(quoted, p.Negation)
		}
	}
	return false
}

// quotedMergeConsent: quoted words whose agreement is to the merge itself
// (「統合に同意します」, "I agree to the merge of …"), not to a thing the merge
// only names (「統合後のご案内の受け取りに同意します」, "… the merge survey").
var quotedMergeConsent = regexp.MustCompile(`(?:統合|マージ)(?:すること|の実施)?(?:に|を|へ)(?:同意|承諾|承認|了承)|` +
	`\b(?:agree|consent)\s+to\s+(?:(?:the\s+)?(?:merge|merger|merging)(?:\s+of\b[^"”]*)?|` +
	`merg(?:e|ing)\s+(?:my|the|both|these)\b[^"”]*)\s*[.!]?["”]?$`)

var detailsRight = regexp.MustCompile(`(?:内容|上記|以上|記載|下記|詳細|情報)[^、。]{0,12}?(?:お?間違い|誤り|` +
	`相違|問題|不備|差し?支え)(?:が|は)?(?:なければ|無ければ|ございませんでしたら|ございませんければ|ない場合|ございません場合)|` +
	`^(?:お?間違い|誤り|相違)(?:が|は)?(?:なければ|無ければ|ございませんでしたら|ない場合)|` +
	`(?:上記|以上|下記|この|こちらの?)(?:の)?(?:内容|とおり|通り)?で(?:よろし|宜し|問題な|差し?支えな)(?:ければ|い場合)|` +
	`\b(?:if|provided)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:above|details|information|everything)` +
	`(?:\s+(?:above|below|shown|listed))?\s+(?:is|are|looks?)\s+(?:correct|right|accurate)\b`)

func (p *Phrases) agreementCondition(cond string) bool {
	cond = withoutOtherWishes(cond)
	// "if you would like to merge later instead": another way of merging.
	if p.has(cond, p.Negation) || p.agreesToAnotherThing(cond) || otherWay.MatchString(cond) {
		return false
	}
	if hasAnyWord(cond, []string{"see", "able to", "signed", "sign in", "handled", "shows", "show"}) {
		return false
	}
	if contentToGoOn.MatchString(cond) {
		return true // "if you are happy to proceed (on that basis)"
	}
	if agreesWithStatement(cond) {
		return false // "if you agree that we resolved your merge case": a rating, no consent
	}
	// "if you agree", "if you consent to the above", "if you agree to proceed"
	short := len(strings.Fields(cond)) <= 3 || pointsBack.MatchString(cond) ||
		hasAnyWord(cond, []string{"proceed", "go ahead", "continue"})
	return p.has(cond, p.Consent) && (p.has(cond, p.Merge) || short) ||
		wishTo.MatchString(cond) || hasWord(cond, "want") && p.has(cond, p.Merge)
}

// agreesWithStatement reports agreeing with what a clause says ("you agree
// that we resolved your merge case", "you agree our agent was helpful
// during the merge"), a clause that names no merge to be done: agreement
// with a statement, as a survey asks it, not to the merge.
func agreesWithStatement(cond string) bool {
	m := agreedStatement.FindStringSubmatch(cond)
	if m == nil {
		return false
	}
	said := mergeNamesCase.ReplaceAllString(mergeAsNoun.ReplaceAllString(m[1], " "), " ")
	return !namesMergeAct(withoutMergeTopic(said))
}

var (
	agreedStatement = regexp.MustCompile(`\bagrees?\s+(?:that\s+)?((?:we|our|the|it|this|your|they|he|she|i|` +
		`everything|all)\s.*)$`)
	// mergeNamesCase: the merge naming the case or the request ("your merge case").
	mergeNamesCase = regexp.MustCompile(`\b(?:merge|merger)\s+(?:case|request|ticket|inquiry|enquiry|query|` +
		`experience|team)s?\b`)
)

// conditionBefore reports a condition before the words to reply with that
// is not the reader's agreement to the merge ("if you are happy with the
// merged account, reply "Yes"", 統合後のアカウントにサインインできましたら「はい」と,
// アンケートにご協力いただける場合は「同意します」と, 進捗をお知らせしますので、ご希望の
// 場合は「はい」と).
func (p *Phrases) conditionBefore(before string) bool {
	parts := requestParts.Split(before, -1)
	for k := len(parts) - 1; k >= 0; k-- {
		part := strings.TrimSpace(parts[k])
		if m := enConditionWord.FindStringIndex(part); m != nil {
			// "We will merge the accounts once you reply "I agree"": the
			// condition is the reply asked for, and the merge what follows it.
			if replyItself.MatchString(part[m[1]:]) {
				return !mergeActNext.MatchString(strings.TrimSpace(part[:m[0]]))
			}
			return !p.agreementCondition(part[m[1]:])
		}
		if jaConditionWord.MatchString(part) { // not 統合に関するご案内の配信に同意される場合は, 統合を後日に
			return !jaAgreement.MatchString(part) || p.agreesToAnotherThing(part) || otherWay.MatchString(part)
		}
	}
	return false
}

// replyItself is a condition that is only the reply ("once you reply",
// "as soon as you respond to this email with").
var replyItself = regexp.MustCompile(`^\s*you\s+(?:reply|respond|answer|write back)(?:\s+to\s+(?:this|our)\s+` +
	`(?:email|e-mail|message|mail))?(?:\s+with)?\s*$`)

var pointsBack = regexp.MustCompile(`\b(?:to|with)\s+(?:the above|this|it|that|these|the following|` +
	`what is (?:written|described) above)\s*$`)

var (
	enConditionWord = regexp.MustCompile(`\b(?:if|once|when|as soon as|should)\s+`)
	jaConditionWord = regexp.MustCompile(`場合|たら|れば|なら|際は|際に`)
	// The condition is the consent itself: 同意いただける場合, 統合をご希望の場合, and
	// "if we may merge" with the merge the verb (統合してよろしければ, not
	// 統合後のご案内をお送りしてよろしければ).
	jaAgreement = regexp.MustCompile(`同意|承諾|承認|(?:統合|マージ)[^、。]*(?:希望|進め)|` +
		`(?:統合|マージ)を?(?:して|させて|させていただいて|いたして|実施して|行って)(?:も)?(?:よろし|問題な|差し支えな|差支えな)`)
)

// repliesForAnotherThing reports a sentence that asks for a reply of quoted
// words for a purpose, or under a condition, that is not the merge ('if
// you agree with how we handled the merge, reply "I agree" to our
// satisfaction survey', アンケートにご協力いただける場合は、「同意します」と
// ご返信ください): what it agrees with is not the merge either.
func (p *Phrases) repliesForAnotherThing(s string) bool {
	for _, m := range quoted.FindAllStringIndex(s, -1) {
		before, after := s[:m[0]], s[m[1]:]
		asked := p.has(before, p.Reply) || replyAfterQuote.MatchString(after)
		held := p.conditionBefore(before) && !p.aboveThenMerge(before, after) &&
			!p.detailsRightThenMerge(before, s[m[0]:m[1]])
		if asked && (p.forAnotherThing(after) || held || p.purposeBefore(before, s[m[0]:m[1]]) ||
			jaLeadsElsewhere(after)) {
			return true
		}
	}
	return false
}

// jaLeadsElsewhere reports a Japanese reply of quoted words that leads to
// another thing than the merge (「同意します」とご返信いただければ、アンケートを
// お送りします; not …、統合を進めます).
func jaLeadsElsewhere(after string) bool {
	m := jaReplyLeadsTo.FindStringSubmatch(after)
	return m != nil && !jaMergeVerb.MatchString(m[1]) && !jaMergeObject.MatchString(m[1])
}

var jaReplyLeadsTo = regexp.MustCompile(`^\s*と\s*(?:ご|お)?(?:返信|回答|返事)[^、。]*(?:いただければ|いただけましたら|` +
	`頂ければ|頂けましたら|くだされば|いただき次第)、([^。]*)`)

// quotedForTheMerge reports whether the words quoted at s[i:j] are asked
// as a reply to the merge: the reply asked outside the quotation (not
// words a message shown will say), for no other purpose, under no
// condition but agreement.
func (p *Phrases) quotedForTheMerge(s string, i, j int) bool {
	before, after := s[:i], s[j:]
	if k := strings.Index(after, " or "); k >= 0 {
		after = after[:k] // 'reply "I consent" or tell us if you never asked': another choice
	}
	// Not the desk's own reply ('we will reply "I agree" on your behalf').
	asked := p.has(before, p.Reply) && !deskReplies.MatchString(before) || replyAfterQuote.MatchString(after)
	held := p.conditionBefore(before) && !p.aboveThenMerge(before, after) && !p.detailsRightThenMerge(before, s[i:j])
	// Nor a reply told received (「…」とご返信いただいております), nor words
	// that agree to the merge of another thing ("… to the merge of my exam
	// bookings", 「受験予約の統合に同意します」).
	told := replyReceivedAfter.MatchString(after) || mergesAnotherThing(strings.Trim(s[i:j], `"“”「」『』`))
	return asked && !told && !p.forAnotherThing(after) && !held && !p.purposeBefore(before, s[i:j]) &&
		!jaLeadsElsewhere(after)
}

var replyReceivedAfter = regexp.MustCompile(`^\s*と(?:の)?\s*(?:ご|お)?(?:返信|回答|返事|連絡)(?:を)?\s*` +
	`(?:いただいて|頂いて|頂戴して|いただきました|頂きました|頂戴しました|いただいた|頂いた)`)

// deskReplies: the desk as the one who replies ("we will reply …", "I'll
// respond …"), just before the words quoted.
var deskReplies = regexp.MustCompile(`\b(?:we|i)\s+(?:will\s+|shall\s+|can\s+|would\s+|'ll\s+)?(?:then\s+)?` +
	`(?:reply|respond|answer|write back)\b[^"“']{0,20}$`)

// purposeBefore reports a purpose that opens the sentence before the words
// to reply with and is not the merge ('To help us with our survey about the
// merge, please reply "Yes"'; "To proceed, …" is), unless the words
// themselves name the merge ('To verify it is you, reply "I agree to the
// merge"').
func (p *Phrases) purposeBefore(before, words string) bool {
	m := openingPurpose.FindStringSubmatch(before)
	return m != nil && !p.mergePurpose(m[1]) && !p.has(words, p.Merge)
}

var openingPurpose = regexp.MustCompile(`^\s*to\s+([^,]+),`)

// replyAfterQuote: 「同意します」とご返信ください, the reply asked after the words;
// in English, the reply named after them as all the desk needs ('a short
// "yes" in reply is all we need', '… reply is enough'): not a reply that
// came ('your "yes" reply reached us'), nor one to another thing ('… reply to
// our survey is enough').
var replyAfterQuote = regexp.MustCompile(`^\s*と\s*(?:ご|お)?(?:返信|回答|返事|連絡|お知らせ)|` +
	`^\s*(?:(?:in|as|by)\s+)?(?:(?:a|your)\s+)?(?:reply|response|answer|return)\s+` +
	`(?:(?:to|from)\s+(?:this|my|our)\s+(?:e-?mail|message|note)\s+)?(?:is|will\s+be)\s+` +
	`(?:all\s+(?:we|i)\s+need|enough|sufficient|all\s+it\s+takes)\b`)

var replyWhere = regexp.MustCompile(`^to\s+(?:this|our|the|my)\s+(?:email|e-mail|message|mail|note)\b`)

// yesFor reports whether the reply a [replyYes] asks for, and what follows
// it (after), is for the merge ([Phrases.forAnotherThing]); what the desk
// will do on it must be the merge ("reply YES and we will merge them", not
// "… and we will open a new case").
func (p *Phrases) yesFor(after string) bool {
	after = strings.TrimLeft(after, " .,!\"'")
	if p.forAnotherThing(after) {
		return false
	}
	if m := yesThen.FindStringSubmatch(after); m != nil {
		return mergeActs[m[1]] && m[1] != "have" && m[1] != "move" || m[1] == "go" && hasWord(after, "go ahead") ||
			restOfIt.MatchString(after)
	}
	return true
}

// restOfIt: what the desk will do after the YES is the rest of what it set
// out ("… and we'll take care of the rest", "… and I will handle it").
var restOfIt = regexp.MustCompile(`^\s*(?:\S+\s+){0,4}?and\s+(?:we|i)\s+(?:will|can|shall)\s+(?:take care of|handle|` +
	`do|sort out)\s+(?:the rest|everything else|everything|it|that)\s*[.!]?$`)

var (
	yesCondition = regexp.MustCompile(`^(?:\S+\s+){0,4}?(?:if|once|when|as soon as|after)\s+(.*)$`)
	yesThen      = regexp.MustCompile(`^(?:\S+\s+){0,4}?and\s+(?:we|i)\s+(?:will|can|shall)\s+([a-z]+)`)
)

// awaitedParts cut a sentence that [enAwaitsAgreement] matched ("once you
// confirm …, we will merge …") into what is confirmed, what the desk will
// then do, and the rest.
var awaitedParts = regexp.MustCompile(`(?:^|[:;]\s+)(?:once|when|as soon as|after)\s+you\s+` +
	`(?:confirm|agree|approve|consent)\b(.*?),?\s+\b(?:we|i)\s+(?:will|can|'ll)\s+(merge|combine|consolidate|` +
	`proceed|go ahead|start|begin|continue)\b(.*)$`)

// awaitsTheMerge reports whether what a sentence waits for is agreement to
// the merge, and what follows is the merge: what is confirmed must be the
// merge or the reader's wish (not "once you confirm your Candidate ID",
// "… receipt of this email", "when you agree to the updated Candidate
// Agreement"), and the act the merge ("we will merge them", "we will go
// ahead"; not "we will proceed to the next step", nor "start" without the
// merge after it).
func awaitsTheMerge(s string) bool {
	m := awaitedParts.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	object, act, rest := strings.TrimSpace(m[1]), m[2], strings.Trim(m[3], " .!")
	if object != "" && !theMergeOrWish.MatchString(object) {
		return false
	}
	switch act {
	case "merge", "combine", "consolidate":
		return true
	case "proceed", "go ahead", "continue":
		return rest == "" || theMerge.MatchString(rest) && !strings.HasPrefix(rest, "to ")
	}
	return theMerge.MatchString(rest)
}

// jaQuotative is a sentence that quotes a notice (…開始いたします、とのご案内は
// …改めてお送りいたします): what it quotes is mentioned, not asked.
var jaQuotative = regexp.MustCompile(`(?:ます|です|ください)\s*[、,]?\s*と(?:の|お伝え|ご案内|ご連絡|申し上げ|記載|書かれ)`)

var (
	theMerge       = regexp.MustCompile(`\b(?:merg\w*|combin\w*|consolidat\w*)\b`)
	theMergeOrWish = regexp.MustCompile(`\b(?:merg\w*|combin\w*|consolidat\w*|it|them|this|so|want|wish|` +
		`would like|like|are happy|agree)\b`)
)

// nothingAsked is the desk saying the reader need do nothing ("no further
// action is needed from you", ご返信は不要です): a mail that says so, under
// a condition or not, asks for no consent a person has not read. So is the
// desk telling it has merged already ("We have already merged them", すでに
// 統合いたしました), whatever it merged: a consent asked beside it is moot.
var nothingAsked = regexp.MustCompile(`\b(?:we|i)\s*(?:have|'ve|had|'d)\s+already\s+(?:merged|combined|` +
	`consolidated)\b|(?:既に|すでに)(?:統合|マージ)(?:いたし|致し|し|させていただき)(?:ました|ております)|` +
	`\bno\s+(?:further\s+|more\s+)?(?:action|reply|response|answer)\s+` +
	`(?:is\s+|will be\s+)?(?:needed|required|necessary)\b|` +
	`\b(?:do not|don't|will not|won't)\s+need\s+to\s+(?:do anything|reply|respond|take any action)\b|` +
	// Not to reply to confirm ("please do not reply to confirm; the merge
	// has begun"), not the footer's "do not reply to this email".
	`\b(?:do not|don't|no need to|need not)\s+(?:reply|respond)\s+(?:to\s+|in order to\s+)?` +
	`(?:confirm|consent|approve|agree)\b|\bno need to (?:confirm|consent|approve|agree)\b|` +
	`(?:ご返信|ご返答|ご回答|ご対応|ご連絡)(?:は|の必要は)?(?:不要|必要ありません|必要ございません)|のみ[、,]?\s*ご返信`)

// consentReceived is the reader's consent told as given: thanked for
// ("thank you for agreeing", ご同意いただきありがとうございます), received or
// on file ("your consent has been recorded", "we have your consent on
// file", ご承認は、前回のご返信で頂戴しております); not …承諾をいただいて
// おります alone, which may tell the desk's practice (実施前にご本人様の承諾を
// いただいております).
// Also in everyday words: "thanks for your quick thumbs-up", "we have your
// go-ahead".
var consentReceived = regexp.MustCompile(`\bthank(?:s| you)\s+(?:you\s+)?for\s+(?:your\s+|the\s+)?` +
	`(?:quick\s+)?(?:agreeing|consenting|approving|authori[sz]ing|confirming|consent|agreement|approval|` +
	`authori[sz]ation|confirmation|go-ahead|thumbs[- ]up|green light|sign-off)\b|` +
	`\b(?:your|the)\s+(?:consent|agreement|approval|authori[sz]ation|go-ahead|thumbs[- ]up|green light|sign-off)\s+` +
	`(?:has|have|was|were|is)\s+(?:now\s+)?(?:been\s+)?(?:received|recorded|noted|logged|given|on file)\b|` +
	`\b(?:we|i)\s+(?:have\s+)?(?:already\s+|now\s+)?(?:received|recorded|noted|logged|got|have)\s+(?:your|the)\s+` +
	`(?:consent|agreement|approval|authori[sz]ation|go-ahead|thumbs[- ]up|green light|sign-off)\b|` +
	`(?:同意|承認|承諾)(?:を|は)?[^。]{0,20}?(?:(?:いただき|頂き)(?:ありがとう|まして|ました)|頂戴|受領)|` +
	`(?:既に|すでに)[^。]{0,10}(?:同意|承認|承諾)[^。]{0,10}(?:いただいて|頂いて)(?:おります|います)|` +
	// The consent named first, then told received already (ご承認はすでにいただいております;
	// not the habit of 実施前にご本人様の承諾をいただいております).
	`(?:同意|承認|承諾)(?:は|を|も)?(?:既に|すでに)(?:いただいて|頂いて|頂戴して|受領して)(?:おります|います|おりました)`)

// tellsConsentGiven reports a sentence that tells the reader's consent was
// given, not under a negation or a time to come ("once we have received
// your consent", "we have not received your approval"): a request beside
// it in the mail may be for something else, or for another account.
func (p *Phrases) tellsConsentGiven(s string) bool {
	// "May we have your go-ahead …?" asks for it, and so does "Do we have
	// your approval to go ahead?": the desk asks whether it has it now.
	s = withoutReceiptHoped(s)
	return consentReceived.MatchString(askToHave.ReplaceAllString(s, " ")) && !p.has(s, p.Negation) &&
		!awaitsReceipt.MatchString(s) &&
		!opensTimeToCome(s) && !opensCondition(s)
}

// withoutReceiptHoped removes a receipt the desk only hopes for or could
// go on with (ご同意を頂戴できれば, ご承認を頂戴できましたら, いただけましたら):
// no consent is told received by it.
func withoutReceiptHoped(s string) string {
	return receiptHoped.ReplaceAllString(s, " ")
}

var receiptHoped = regexp.MustCompile(`(?:頂戴|受領|いただ|頂)(?:でき|出来|け)(?:れば|ましたら|たら|次第)|` +
	`(?:頂戴|受領)(?:いたし|致し|し)?(?:次第|たく|たい)`)

var askToHave = regexp.MustCompile(`\b(?:may|can|could|might)\s+(?:we|i)\s+(?:please\s+)?have\b|` +
	`^(?:so,?\s+)?do\s+(?:we|i)\s+have\b`)

// confirmsNoMerge reports a sentence that asks to confirm what names the
// merge only as a modifier ("confirm the merge date that suits you",
// "confirm the merge request number") or a receipt ("confirm receipt of
// this merge notice", "confirm that you received our merge confirmation"):
// a detail, not consent.
func (p *Phrases) confirmsNoMerge(s string) bool {
	// A receipt confirmed (not "… have read this and agree"), or whether it was done.
	if confirmReceipt.MatchString(s) && !p.has(s, p.Consent) || whetherItHappened.MatchString(s) ||
		pastConsentAsked.MatchString(s) {
		return true
	}
	for _, m := range confirmObject.FindAllStringSubmatch(s, -1) {
		o := object(m[1])
		if mergeState.MatchString(o) {
			return true
		}
		if mergeAsNoun.MatchString(o) {
			o = mergeAsNoun.ReplaceAllString(o, " ")
			if !p.has(o, p.Merge) && !p.has(o, p.Consent) && !p.has(o, p.Intent) {
				return true
			}
		}
	}
	return false
}

// mergeState: the merge's outcome as what is confirmed ("confirm the merge
// completed on your side", "confirm whether the merge went through"): a
// fact to report, not consent.
var mergeState = regexp.MustCompile(`\bmerg\w*\s+(?:has\s+|have\s+|was\s+|is\s+)?(?:now\s+)?(?:completed|finished|` +
	`went through|gone through|worked|succeeded|done|successful|complete)\b`)

// pastConsentAsked: whether the reader already agreed, or a fact of the
// merge in the past, is what is asked ("can you confirm you have already
// consented …", "Did you agree to … in your last reply?", "confirm the merge
// was what your colleague asked for", 既に…ご同意いただいているかどうか): no
// agreement asked now ("Do you agree …?" is one).
var pastConsentAsked = regexp.MustCompile(`\b(?:confirm\w*|let us know|tell us|check)\s+(?:to\s+us\s+)?` +
	`(?:that\s+|whether\s+|if\s+)?you(?:'ve|\s+have|\s+had|\s+did)\s+(?:already\s+|previously\s+|earlier\s+|ever\s+)?` +
	`(?:consent|agree|approve|authori[sz]e|accept|confirm|give|given|gave)\w*|` +
	`^(?:did|have|had)\s+you\s+(?:already\s+|previously\s+|ever\s+)?` +
	`(?:consent|agree|approve|authori[sz]e|accept|confirm)\w*|` +
	`\bconfirm\w*\s+(?:to\s+us\s+)?(?:that\s+)?(?:the|this|your)\s+(?:account\s+)?merg\w*\b(?:[^.;:?]|\.\S){0,60}?` +
	`\b(?:was|were|had been)\b|` +
	// In Japanese the past or perfect of the consent asked about (…ご同意
	// いただいたか, …いただいているかどうか), not its potential (いただけるか).
	`(?:同意|承認|承諾)[^。]{0,6}?(?:いただいている|いただいた|頂いている|頂いた|されている|された|済み)` +
	`(?:の)?(?:かどうか|か[、,]|か(?:を)?(?:ご確認|お知らせ|教えて))`)

// whetherItHappened: what is confirmed is whether something was done ("confirm
// whether a@… was already merged into b@…", "… if the accounts have been
// combined"): a fact asked for, whatever words of agreement come after it.
var whetherItHappened = regexp.MustCompile(`\bconfirm\w*\s+(?:to\s+us\s+)?(?:whether|if)\s+[^;:]*?\b` +
	`(?:was|were|has|have|had|did)\b|` +
	// Or that it was done: "please confirm that your accounts have been
	// merged on your side", "… that the merge has completed".
	`\bconfirm\w*\s+(?:to\s+us\s+)?(?:that\s+)?(?:your|the|both|these)\s+(?:[a-z-]+\s+){0,3}?` +
	`(?:has|have|was|were)\s+(?:now\s+|already\s+|successfully\s+)?(?:been\s+)?(?:merged|combined|` +
	`consolidated|completed|finished|moved|transferred|done|complete)\b|` +
	`\bconfirm\w*\s+(?:to\s+us\s+)?(?:that\s+)?(?:your|the|this)\s+(?:account\s+)?(?:merge|merger|consolidation)\s+` +
	`(?:went through|succeeded|worked|is (?:now\s+)?(?:complete|done|finished))\b`)

var confirmReceipt = regexp.MustCompile(`\bconfirm(?:ing)?\s+(?:the\s+)?receipt\b|` +
	`\bconfirm\s+(?:that\s+)?you\s+(?:have\s+)?(?:received|got|read|seen|opened)\b`)

// agreesToAnotherThing reports a sentence whose agreement has an object
// that is not the merge ("confirm that you agree to the new Candidate
// Agreement", "please agree to the updated privacy policy so that we can
// proceed with the merge", 利用規約に同意いただけますでしょうか): what it asks
// the reader to agree to is another thing, whatever merge it names.
func (p *Phrases) agreesToAnotherThing(s string) bool {
	if p.agreesToAnotherNamed(s) || otherAct.MatchString(s) {
		return true
	}
	// A permission asked for another act (統合の日程を変更してもよろしいでしょうか,
	// 通知メールの送付先を変更してもよろしいでしょうか): not for the merge.
	for _, m := range jaPermission.FindAllStringSubmatch(s, -1) {
		if !jaMergeObject.MatchString(jaHead(jaTopic.ReplaceAllString(m[1], "の"))) && !jaMergeVerb.MatchString(m[2]) {
			return true
		}
	}
	return jaOtherActPermission.MatchString(s)
}

var (
	// jaTopic: the merge named as what the act is about (統合について
	// アンケートを…): the act's object is what follows it.
	jaTopic = regexp.MustCompile(`について|に関して|に関する|につき|の件で`)
	// jaOtherActPermission: leave asked to call, write or send (統合の件で、
	// お電話差し上げてもよろしいでしょうか, …にご連絡してもよろしいでしょうか).
	jaOtherActPermission = regexp.MustCompile(`(?:お電話|電話|ご連絡|連絡|お送り|送付|送信|お伺い|ご案内)` +
		`[^、。]{0,10}?て(?:も)?(?:よろしい|よい|良い|かまいません|構いません|差し支え)`)
)

// otherAct is an act other than the merge asked for, or the merge
// changed: "delete the old account rather than merge it", "merge b@ into
// a@ instead", "split the merged account", 削除, 分割.
var otherAct = regexp.MustCompile(`\b(?:instead|rather than|unmerg\w*|split\w*|delet(?:e|ing|ion))\b|削除|分割|代わりに`)

// agreesToAnotherNamed reports agreement whose object, named after "agree
// to", "agree that" or before に同意, is not the merge.
func (p *Phrases) agreesToAnotherNamed(s string) bool {
	for _, m := range agreeTo.FindAllStringSubmatch(s, -1) {
		// Each thing agreed to: "to the merge and to receiving our newsletter".
		for _, o := range strings.Split(object(m[1]), " and to ") {
			if !p.mergeObject(strings.TrimSpace(o)) {
				return true
			}
		}
	}
	// "confirm you agree that we may delete the voucher": a fact agreed to
	// that is not the merge.
	for _, m := range agreeThat.FindAllStringSubmatch(s, -1) {
		if !namesMergeAct(withoutMergeTopic(m[1])) {
			return true
		}
	}
	for _, m := range jaAgreeTo.FindAllStringSubmatch(s, -1) {
		if !jaMergeObject.MatchString(jaHead(m[1])) {
			return true
		}
	}
	return false
}

// jaHead is the head noun of a Japanese noun phrase: what follows its last
// の (統合の進め方 → 進め方, アカウントの統合 → 統合).
func jaHead(np string) string {
	if i := strings.LastIndex(np, "の"); i >= 0 && i+len("の") < len(np) {
		return np[i+len("の"):]
	}
	return np
}

// mergeObject: what is agreed to is the merge, a pointer back to it ("the
// above", "this", "the following") or the act ("to proceed", "to us
// merging them").
func (p *Phrases) mergeObject(o string) bool {
	o = withoutMergeTopic(o) // "to us contacting your manager about the merge"
	// "approval to go ahead with the refund": the going ahead has its own object.
	if m := proceedWith.FindStringSubmatch(o); m != nil && !hasAnyWord(m[1], proceedsWithMerge) {
		return false
	}
	if told, account := accountBeingMerged(o); told {
		return account
	}
	// "the merge fee of USD 0", "the merge timeline described below": a thing
	// the merge only names; its head is not the merge.
	if h := objectHead(o); h != "" && !mergeHeads[h] && !p.has(h, p.Merge) && !pointerObject.MatchString(o) &&
		!hasAnyWord(o, []string{"proceed", "go ahead"}) && strings.HasPrefix(o, "the ") {
		return false
	}
	return p.has(o, p.Merge) || pointerObject.MatchString(o) || hasAnyWord(o, []string{"proceed", "go ahead"})
}

// accountBeingMerged reports agreement told as a thing being merged (told)
// and whether that thing is an account ("to the account registered under
// a@… being merged into b@…", "… to account 1 being merged into account
// 2"): the merge itself, told of the account that goes; not "to your two
// support cases being merged", another thing.
func accountBeingMerged(o string) (told, account bool) {
	m := beingMerged.FindStringSubmatch(o)
	if m == nil {
		return false, false
	}
	ws := strings.Fields(m[1])
	return true, accountHead(ws[len(ws)-1]) || labelledAccount(ws)
}

var beingMerged = regexp.MustCompile(`^((?:\S+\s+){0,8}?\S+)\s+(?:being|to be|getting)\s+` +
	`(?:merged|combined|consolidated|folded)\b`)

var (
	// The nouns too: "your agreement to our updated terms", "approval to".
	agreeTo = regexp.MustCompile(`\b(?:agree|agreed|agreeing|consent|consenting|approve|accept|authori[sz]e|` +
		`agreement|approval|acceptance|permission|authori[sz]ation)\s+(?:to|with)\s+((?:[^,;:.?!]|\.\S)*)`)
	pointerObject = regexp.MustCompile(`^(?:the above|above|this|it|that|these|those|the following|what|all|` +
		`the (?:details|points|terms|changes|steps) (?:above|below|listed))\b`)
	agreeThat = regexp.MustCompile(`\b(?:agree|agreed|consent|accept)\s+that\s+((?:[^,;:.?!]|\.\S)*)`)
	jaAgreeTo = regexp.MustCompile(`([^、。「」\s]{1,20}?)(?:について|に関して|につき|に対する|への|に)(?:ご)?` +
		`(?:同意|承諾)`)
	// jaPermission: 「X を Y てもよろしいでしょうか」, what is done (Y) to what (X).
	jaMergeVerb  = regexp.MustCompile(`統合|マージ|一本化|名寄せ|集約|まとめ`)
	jaPermission = regexp.MustCompile(`([^、。「」\s]{1,25}?)を([^、。「」\s]{0,8}?)て(?:も)?` +
		`(?:よろしい|よい|良い|かまいません|構いません|差し支え)`)
	jaMergeObject = regexp.MustCompile(`統合|マージ|一本化|上記|以下|下記|本件|こちら|内容|その旨|本メール|実施|作業|` +
		`手続|処理|お手続き`)
)

// listConsent tracks a consent asked by a sentence that points to a list
// ('please confirm the following by replying "I agree":'): what is agreed
// to is the list, so it is consent only if an item of the list names the
// merge or agreement ("- You have cancelled any exam booked on a@…" is a
// fact to confirm).
type listConsent struct {
	fromPointer, itemNamesMerge, elsewhere bool
	// itemFact: an item states a fact of the reader's doing ("- You have
	// cancelled any exam booked on a@…"), which an "I agree" would affirm.
	itemFact bool
}

// readRequest reads a sentence's request (listed: it is an item of the list
// a pointer reaches) and notes where a consent request came from.
func (l *listConsent) readRequest(p *Phrases, r *awsRead, s string, listed bool) {
	before, required := r.consent, r.consentRequired
	r.consent = false
	p.readRequest(r, s, listed)
	// Agreement asked to merge another system's accounts ("merge your two
	// Pearson VUE profiles", Credly アカウントの統合に同意…) is not to this merge:
	// the mail is for a person.
	if (r.consent || r.consentRequired && !required) && otherSystems.MatchString(s) {
		r.consent, r.consentRequired, r.consentElsewhere = false, required, true
	}
	// An ask for a time to come, the desk's own agreement, or one to put the
	// merge off asks nothing now, by whatever words it asks.
	if askToCome.MatchString(s) || desksOwnAgreement(s) || putsOff.MatchString(s) || asksBeside(s) ||
		mergeOutcomeAsked.MatchString(s) || inDoubt.MatchString(s) || surveyAsked.MatchString(s) {
		r.consent, r.consentRequired = false, required
	}
	asked := r.consent
	r.consent = before || asked
	if listed && asked && othersItem.MatchString(s) {
		r.consent, r.forAnother = before, true // a list the reader cannot affirm alone
		asked = false
	}
	switch {
	case listed:
		l.itemNamesMerge = l.itemNamesMerge || asked || p.has(s, p.Merge) || p.has(s, p.Consent)
		l.itemFact = l.itemFact || readersDoing.MatchString(s)
	case asked && p.pointsToList(s) && !p.has(s, p.Merge): // not "approve the merging of below accounts"
		l.fromPointer = true
	case confirmsWhatFollows.MatchString(s) && !p.has(s, p.Merge): // "confirm by reply that:", the list asks
		l.fromPointer = true
	case asked:
		l.elsewhere = true
	}
}

// inDoubt: the reader asked to write only if unsure (統合してよろしいかどうか
// 迷われている場合は、ご連絡ください, "if you are unsure whether …"): no consent
// is asked.
var inDoubt = regexp.MustCompile(`(?:迷われ|迷って|お迷い|お悩み|悩まれ|悩んで|ご不明|不明|わからない|分からない|` +
	`ご判断(?:が|に)(?:難しい|迷う))[^。]{0,12}(?:場合|とき|際)|\bif\s+you\s+are\s+(?:unsure|not sure|in doubt)\b`)

// desksOwnAgreement reports an agreement or confirmation that is the
// desk's own or its teams' ("before I confirm it to you", "Our back office
// has to agree to the merge", "confirm the merge internally", 社内で承認を得る,
// 弊社担当部署の承認): not the desk confirming the reader's ("We need to
// confirm that you agree", "… confirm your consent").
func desksOwnAgreement(s string) bool {
	s = quotedWords.ReplaceAllString(s, " ") // 'reply "I agree"' is the reader's words
	if internalOnly.MatchString(s) {
		return true
	}
	for _, m := range deskAgrees.FindAllStringIndex(s, -1) {
		if !readersAgreement.MatchString(s[m[1]:]) {
			return true
		}
	}
	return false
}

var (
	deskAgrees = regexp.MustCompile(`\b(?:(?:i|we)|(?:our|the)\s+(?:[a-z-]+\s+){0,2}?(?:team|office|engineers?|` +
		`department|supervisor|specialists?|compliance|legal|back-end))\s+(?:(?:will|shall|can|must|should|need to|` +
		`needs to|have to|has to|would|first|still|also|then|just|to)\s+)*(?:confirm|approve|agree|authori[sz]e|` +
		`sign off)\b`)
	readersAgreement = regexp.MustCompile(`^\s*(?:that\s+|whether\s+|if\s+)?(?:you\b|your\s+` +
		`(?:consent|agreement|approval|authori[sz]ation|wish|choice|decision|request)|with\s+you\b|from\s+you\b)`)
	quotedWords = regexp.MustCompile(`["“][^"“”]{0,200}["”]|(?:^|\s)['‘][^'‘’]{1,60}['’](?:[\s.,;:!?]|$)|` +
		`「[^「」]{0,200}」|『[^『』]{0,200}』`)
	// The desk checking with its own people, in its humble words (上長に
	// 確認させてください, 責任者と相談いたします; the reader asked is ご確認).
	internalOnly = regexp.MustCompile(`\binternally\b|\binternal\s+(?:approval|review|confirmation|sign-off|check)\b|` +
		`(?:上長|上司|責任者|管理者|マネージャー|チーム|担当部署|専門部署|関係部署)(?:に|へ|と)\s*(?:確認|相談|照会)` +
		`(?:させて|いたし|致し|します|して|する)|` +
		`(?:社内|弊社|当社|内部|担当部署|関係部署)[^。]{0,8}?(?:の|で|にて|より)?` +
		`[^。]{0,6}?(?:承認|確認|同意|決裁)`)
)

// asksBeside reports a sentence that names the agreement only as a time or
// a need and asks for something else now: what to do before agreeing
// ("Before you agree to the merge, please read the notes below", 統合に同意
// される前に…), another thing first ("… your consent, but first please send
// us your photo ID", 同意が必要ですが、まずは…), or that the reader understands
// the merge cannot be undone, with no agreement asked beside it, or a fact
// of the reader's doing or another's approval to affirm with it.
func asksBeside(s string) bool {
	return beforeAgreeing.MatchString(s) || firstAnother.MatchString(s) ||
		understandOnly.MatchString(s) && !agreementWords.MatchString(s) || conditionOfAFact(s) ||
		readersDoing.MatchString(s) || factConfirmed(s)
}

// factConfirmed reports a fact of who someone is, what they may do or can
// receive, asked to be confirmed ("Can you confirm you are the person who
// requested the merge?", "… they are authorised to request this?", "…
// you can receive email at a@…"), with no agreement or wish beside it
// ("confirm you are happy for us to merge" is one).
func factConfirmed(s string) bool {
	m := factOfPerson.FindStringIndex(s)
	return m != nil && !agreementWords.MatchString(s) && !wishOrReady.MatchString(s[m[0]:])
}

var factOfPerson = regexp.MustCompile(`\bconfirm\w*\s+(?:to\s+us\s+)?(?:that\s+)?(?:(?:you|they|he|she)\s+` +
	`(?:are|is|were|was|can|could|will be able to)\b|the\s+(?:person|requester|one)\s+who\b)`)

// jaDetailChecked: whether a detail is right is what is asked (統合先の
// メールアドレスに誤りがないか…「はい」と…): not 相違がなければ「同意します」と…,
// the agreement under the details being right.
var jaDetailChecked = regexp.MustCompile(`(?:誤り|間違い|相違|不備)(?:が|は)?(?:ない|ございません)か|` +
	`(?:正しい|正確|合っている|間違っていない)か`)

// conditionOfAFact reports a sentence that opens with a condition of a fact
// about the reader ("Provided you have already downloaded your
// certificates, please reply …"): the agreement asked holds only if it is
// so, which no reply of certflow's can say. Not a condition that is the
// agreement or the wish itself ("If you agree, …", "If this is what you
// want, …", "When you are ready, …"), nor one that the details are right.
func conditionOfAFact(s string) bool {
	m := factCondition.FindStringSubmatch(s)
	return m != nil && !agreementWords.MatchString(m[1]) && !wishOrReady.MatchString(m[1])
}

var (
	factCondition = regexp.MustCompile(`^\s*(?:if|provided(?:\s+that)?|assuming(?:\s+that)?|as long as|so long as|` +
		`on condition that)\s+([^,;]{1,120}),`)
	wishOrReady = regexp.MustCompile(`\b(?:like|happy|ok|okay|fine|ready|prefer|correct|right|accurate|still)\b`)
)

var (
	beforeAgreeing = regexp.MustCompile(`\bbefore\s+(?:you\s+)?(?:agree|agreeing|consent|consenting|approve|` +
		`approving|giving\s+(?:us\s+)?your\s+(?:consent|approval))\b|同意(?:される|いただく|する|なさる)前に|ご同意の前に`)
	firstAnother   = regexp.MustCompile(`\bbut\s+(?:first|before\s+that)\b|(?:が|けれども|ものの)、\s*(?:まずは|まず|先に)`)
	understandOnly = regexp.MustCompile(`\b(?:confirm|acknowledge)\w*\s+(?:that\s+)?you\s+(?:fully\s+)?` +
		`(?:understand|acknowledge|are aware|have understood|have read|accept that)\b`)
	agreementWords = regexp.MustCompile(`\b(?:agree\w*|consent\w*|wish|want|would like|proceed|go ahead|authori[sz]e)\b`)
)

// mergeOutcomeAsked: whether the merge went well or shows right is asked
// ("confirm the merge went OK", "… is reflecting on your end", "agree the
// merge was completed correctly", "OK with the merged account", "everything
// looks fine after the merge", 統合が正しく反映されているか): a check after it.
var mergeOutcomeAsked = regexp.MustCompile(`\b(?:confirm|agree|check|verify|tell us|let us know)\w*\s+` +
	`(?:that\s+|whether\s+|if\s+)?(?:the|your)\s+(?:account\s+)?merg\w*\b(?:[^.;:?]|\.\S){0,40}?\b(?:was|were|` +
	`has been|have been|had been|went|worked|is reflect\w*|reflects|is showing|shows|is visible|looks|is complete|` +
	`is done|succeeded)\b|\b(?:ok|okay|happy|satisfied|fine)\s+with\s+(?:the|your)\s+(?:merged\s+(?:account|profile)|` +
	`merge\s+result|result\s+of\s+the\s+merge|outcome)\b|\b(?:everything|it|all)\s+(?:looks?|is|seems?)\s+` +
	`(?:fine|good|right|correct|ok|okay)\s+(?:after|since|following)\s+the\s+merge\b|` +
	`(?:統合|移行)[^。]{0,10}?(?:正しく)?(?:反映|完了)(?:されている|されていない|している|した)か|統合結果|` +
	`統合後の(?:状態|表示|アカウント)を(?:ご)?確認`)

// askToCome: an ask for a time to come, or under a hypothesis: the reader
// will be asked ("you may be asked later to reply YES"), the ask is for a
// point still to come ("At that point, we will need your consent", "… in
// the future, … at that time"), or would be needed if the reader chose so
// ("Should you decide to go ahead, we would need …"; not "We would need your
// consent", a polite ask now), or a notice that asks will be sent
// (「…ご返信ください」とのご案内を明日お送りいたします, …ご返信いただくよう後日改めて
// ご案内いたします).
var askToCome = regexp.MustCompile(`\b(?:may|will|might|would)\s+(?:later\s+|then\s+|also\s+)?be\s+asked\b|` +
	`\b(?:at that (?:point|time|stage)|at a later (?:date|stage|time|point)|in the future|later on|` +
	`when the time comes)\b|` +
	`^(?:should you|if you (?:decide|choose|wish|want|would like)|in case you)\b[^;]*?\bwould\s+(?:then\s+|also\s+)?` +
	`(?:need|require)\b|` +
	// Or the answer asked after the merge (統合後にご確認ください).
	`(?:統合|マージ)(?:完了)?後に[^。]{0,6}?(?:ご確認|ご返信|ご回答|ご連絡|お知らせ)|` +
	`(?:よう|ように|とのご案内を|とのご連絡を|とのメールを)、?[^。]{0,12}?(?:後日|改めて|追って|明日|来週|後ほど|別途|次回)` +
	`[^。]{0,12}?(?:ご案内|ご連絡|お送り|送信|お知らせ)(?:いたします|します|致します|させていただきます|する予定)`)

// settle withdraws a consent that only a pointer to a list of other things
// asked for.
// A list that also has the reader affirm a fact of their doing is for a
// person: certflow's "I agree" cannot say it is so.
func (l *listConsent) settle(r *awsRead) {
	if l.fromPointer && (!l.itemNamesMerge || l.itemFact) && !l.elsewhere {
		r.consent = false
	}
}

// itemMark is what opens a list item: a dash or bullet, "1.", "(a)", "b)".
const itemMark = `^[\s\-*•・\d.)(]*(?:[a-z][.)]\s*)?`

// othersItem: a list item whose subject is someone else ("(b) your manager
// authorizes AWS to merge them", "- the account owner agrees"): what it
// affirms is theirs to say, not the reader's.
var othersItem = regexp.MustCompile(itemMark + `(?:your|the|their|his|her)\s+(?:[a-z-]+\s+)?(?:manager|supervisor|` +
	`boss|administrator|admin|employer|colleague|company|organi[sz]ation|hr|lead|owner|holder|team)\b`)

// readersDoing: a fact of the reader's own doing to affirm ("You have
// cancelled any exam booked on a@…", "you have downloaded your
// certificates", "You do not have any exam scheduled"); and another's
// approval told done ("that your employer has approved it").
// The reader as the subject of what is affirmed: an item's start, or after
// "that" or "and" ("any exam you have booked will not be cancelled" is no
// fact to affirm).
var readersDoing = regexp.MustCompile(`(?:` + itemMark + `|\bthat\s+|\band\s+(?:that\s+)?)you\s+` +
	`(?:(?:have|'ve|had)\s+` +
	`(?:already\s+)?(?:cancel\w*|download\w*|deleted|removed|moved|transferred|saved|backed up|informed|told|` +
	`checked|verified|used|rescheduled)\b|(?:do not|don't|no longer)\s+have\b|have\s+no\s+(?:exams?|bookings?|` +
	`appointments?)\b)|` +
	`\b(?:your|the)\s+(?:manager|supervisor|employer|company|organi[sz]ation|administrator|admin|boss|lead|team)\s+` +
	`(?:has|have|had)\s+(?:already\s+)?(?:approved|agreed|consented|signed off|authori[sz]ed)\b`)
