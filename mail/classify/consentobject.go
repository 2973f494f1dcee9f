package classify

import (
	"regexp"
	"strings"
)

// What a request to confirm, agree or reply YES is for. A consent request
// asks for agreement to the merge itself: a YES to a survey, to closing the
// case or to what the reader can see, a confirmation of a detail, or words
// that take a consent back are not one, whatever merge the sentence names.

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

// forAnotherThing reports what follows the words to reply with as a purpose
// that is not the merge: 'reply "OK" to acknowledge this notice', 'reply
// "I agree" to our satisfaction survey' ("to this email" only says where).
func (p *Phrases) forAnotherThing(after string) bool {
	after = strings.TrimLeft(after, " .,!")
	if !strings.HasPrefix(after, "to ") || replyWhere.MatchString(after) {
		return false
	}
	return !p.has(after, p.Merge) && !p.has(after, p.Consent) && !hasAnyWord(after, forTheMerge)
}

// repliesForAnotherThing reports a sentence that asks for a reply of quoted
// words for a purpose that is not the merge ('if you agree with how we
// handled the merge, reply "I agree" to our satisfaction survey'): what it
// agrees with is not the merge either.
func (p *Phrases) repliesForAnotherThing(s string) bool {
	for _, m := range quoted.FindAllStringIndex(s, -1) {
		if p.has(s[:m[0]], p.Reply) && p.forAnotherThing(s[m[1]:]) {
			return true
		}
	}
	return false
}

var replyWhere = regexp.MustCompile(`^to\s+(?:this|our|the|my)\s+(?:email|e-mail|message|mail|note)\b`)

// forTheMerge are the acts a YES may be for without naming the merge: "to
// proceed", "and we will go ahead".
var forTheMerge = []string{"proceed", "go ahead", "continue", "merge", "combine", "consolidate"}

// yesFor reports whether the reply a [replyYes] asks for, and what follows
// it (after), is for the merge: a condition after it must be the reader's
// agreement or wish for the merge ("reply YES if you agree", "… if you
// would like us to proceed"), not what they see ("reply YES if you can see
// all your certifications") or another wish ("if you would like us to close
// this case"); what the desk will do on it must be the merge ("reply YES
// and we will merge them", not "… and we will open a new case").
func (p *Phrases) yesFor(after string) bool {
	after = strings.TrimLeft(after, " .,!\"'")
	if p.forAnotherThing(after) {
		return false
	}
	if m := yesCondition.FindStringSubmatch(after); m != nil {
		cond := withoutOtherWishes(m[1])
		return p.has(cond, p.Consent) && !hasAnyWord(cond, []string{"see", "can see", "able to"}) ||
			wishTo.MatchString(cond) || hasWord(cond, "want") && p.has(cond, p.Merge)
	}
	if m := yesThen.FindStringSubmatch(after); m != nil {
		return mergeActs[m[1]] && m[1] != "have" && m[1] != "move" || m[1] == "go" && hasWord(after, "go ahead")
	}
	return true
}

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
// a condition or not, asks for no consent a person has not read.
var nothingAsked = regexp.MustCompile(`\bno\s+(?:further\s+|more\s+)?(?:action|reply|response|answer)\s+` +
	`(?:is\s+|will be\s+)?(?:needed|required|necessary)\b|` +
	`\b(?:do not|don't|will not|won't)\s+need\s+to\s+(?:do anything|reply|respond|take any action)\b|` +
	`(?:ご返信|ご返答|ご回答|ご対応|ご連絡)(?:は|の必要は)?(?:不要|必要ありません|必要ございません)|のみ[、,]?\s*ご返信`)

// consentReceived is the reader's consent told as given: thanked for
// ("thank you for agreeing", ご同意いただきありがとうございます), received or
// on file ("your consent has been recorded", "we have your consent on
// file", ご承認は、前回のご返信で頂戴しております); not …承諾をいただいて
// おります alone, which may tell the desk's practice (実施前にご本人様の承諾を
// いただいております).
var consentReceived = regexp.MustCompile(`\bthank(?:s| you)\s+(?:you\s+)?for\s+(?:your\s+)?` +
	`(?:agreeing|consenting|approving|authori[sz]ing|confirming|consent|agreement|approval|authori[sz]ation|` +
	`confirmation)\b|` +
	`\b(?:your|the)\s+(?:consent|agreement|approval|authori[sz]ation)\s+(?:has|have|was|were|is)\s+(?:now\s+)?` +
	`(?:been\s+)?(?:received|recorded|noted|logged|given|on file)\b|` +
	`\b(?:we|i)\s+(?:have\s+)?(?:received|recorded|noted|logged|got|have)\s+(?:your|the)\s+` +
	`(?:consent|agreement|approval|authori[sz]ation)\b|` +
	`(?:同意|承認|承諾)(?:を|は)?[^。]{0,20}?(?:(?:いただき|頂き)(?:ありがとう|まして|ました)|頂戴|受領)`)

// tellsConsentGiven reports a sentence that tells the reader's consent was
// given, not under a negation or a time to come ("once we have received
// your consent", "we have not received your approval"): a request beside
// it in the mail may be for something else, or for another account.
func (p *Phrases) tellsConsentGiven(s string) bool {
	return consentReceived.MatchString(s) && !p.has(s, p.Negation) && !awaitsReceipt.MatchString(s) &&
		!opensTimeToCome(s) && !opensCondition(s)
}
