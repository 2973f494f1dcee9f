package classify

import (
	"regexp"
	"strings"
)

// confirmObject is "confirm" and what is to be confirmed, to the end of its
// clause, when that opens with a determiner: "confirm the full name on your
// ID", "confirm which account to keep", "confirm your request to merge".
// "confirm that you …", "confirm you'd like …" and "confirm this" are not
// taken: they confirm the reader's wish or point back to the merge.
var confirmObject = regexp.MustCompile(`\bconfirm(?:ing|s)?\s+` +
	`((?:the|your|his|her|their|which|what|each|both|all|a|an|one|how|when|where|who|whether)\b[^,;:]*)`)

// confirmFact is "confirm (that) you have/are …": a fact about the reader
// or the accounts ("confirm you have cancelled the exam", "confirm that
// you are the owner of both accounts"), not their wish, unless what follows
// names agreement ("confirm that you have read this and agree").
var confirmFact = regexp.MustCompile(
	`\bconfirm(?:ing|s)?\s+(?:that\s+)?(?:you|they|(?:both|the|these|those|the two|your two|both of the)\s+` +
		`(?:accounts|profiles))\s+` +
		`(?:still\s+|also\s+|really\s+|currently\s+)?((?:have|has|had|are|were|did|own|hold|belong)\b[^,;:]*)`)

// wishBeside is the reader's wish confirmed beside a fact ("that you own
// both accounts and that you want the history moved into b@…"): the
// confirmation asks for their agreement too.
var wishBeside = regexp.MustCompile(`\band\s+(?:that\s+)?you\s+(?:also\s+|still\s+|really\s+)?` +
	`(?:want|wish|would like|agree|consent|approve)\b`)

// wishForMergeBeside reports the reader's wish beside a fact, for the
// merge or the move ("… and that you want the history moved into b@…"),
// not for another thing ("… and that you want us to close the case").
func (p *Phrases) wishForMergeBeside(o string) bool {
	m := wishBeside.FindStringIndex(o)
	if m == nil {
		return false
	}
	wish := mergeAsNoun.ReplaceAllString(o[m[1]:], " ") // not "… the merge receipt emailed"
	return p.has(wish, p.Merge) || hasAnyWord(wish, transferVerbs) || hasAnyWord(wish, []string{"proceed", "go ahead"})
}

// purpose cuts what is confirmed before a clause of purpose or time,
// which says why, not what: "confirm the spelling of your name so that we
// can merge the accounts".
var purpose = regexp.MustCompile(`\s(so|so that|before|in order|because|to allow|to let|and then)\s`)

// object is what a confirm asks for, without a clause of purpose.
func object(rest string) string {
	if loc := purpose.FindStringIndex(rest); loc != nil {
		return rest[:loc[0]]
	}
	return rest
}

// confirmsDetail reports a sentence that asks to confirm a detail (a name,
// an address, a date) rather than the merge: what is confirmed names
// neither the merge, nor agreement, nor what the reader wants [intent].
// Such a sentence asks for information, even when another clause names the
// merge ("before I merge them, could you confirm the spelling of your name?").
func (p *Phrases) confirmsDetail(s string) bool {
	for _, m := range confirmObject.FindAllStringSubmatch(s, -1) {
		if o := object(m[1]); !p.has(o, p.Merge) && !p.has(o, p.Consent) && !p.has(o, p.WeakConsent) && !p.has(o, p.Intent) {
			return true
		}
	}
	// A fact to confirm next to words of agreement ("to confirm that you
	// own both accounts, reply stating that you agree to the merge") is
	// how the consent is to be given, not a request for details instead.
	if p.has(s, p.Consent) {
		return false
	}
	for _, m := range confirmFact.FindAllStringSubmatch(s, -1) {
		if o := object(m[1]); !p.has(o, p.WeakConsent) && !p.has(o, p.Intent) && !p.wishForMergeBeside(o) {
			return true
		}
	}
	return false
}

// quoted finds the words a sentence asks the reader to write: "…", “…”,
// 「…」, 『…』.
var quoted = regexp.MustCompile(`["“「『]([^"”」』]{1,80})["”」』]`)

// asksForConsentWords reports a sentence that tells the reader to reply
// with words of agreement ('please reply "I agree"', 'by replying "I
// consent"', 「同意します」とご返信ください): a consent request whatever
// else the sentence names (the addresses to reply from, an identity
// check). Not when the words are negated ('reply "I do not agree"'), the
// sentence is ('if you do not want the merge, reply "No"'), or it thanks
// for a reply already given or tells of one [replied].
func (p *Phrases) asksForConsentWords(s string) bool {
	if !p.has(s, p.Reply) || p.has(s, p.Thanks) || p.has(s, p.Replied) {
		return false
	}
	for _, m := range quoted.FindAllStringSubmatchIndex(s, -1) {
		// An alternative or a condition after the words asked for ('reply
		// "I agree" or let us know if you did not request it') does not
		// negate them; a negation before them does. Words that take the
		// consent back, or are for another thing, are no consent.
		words, outside := s[m[2]:m[3]], s[:m[0]]+" "+alternativeCut(s[m[1]:])
		agreeing := (p.has(words, p.Consent) || p.has(words, p.Yes) || goOnWord.MatchString(normalize(words))) &&
			!p.has(words, p.Negation)
		if agreeing && !p.has(outside, p.Negation) && !takesBack(words) && !takesBack(outside) &&
			p.quotedForTheMerge(s, m[0], m[1]) {
			return true
		}
	}
	return false
}

// goOnWord is a keyword alone to reply with that says go on ('reply
// "CONFIRM"', 'reply "PROCEED"'); not words that go on to say more
// ('"Confirm my address"').
var goOnWord = regexp.MustCompile(`^\s*(?:confirm|confirmed|proceed|go ahead)\s*[.!]?\s*$`)

// pointsToList reports a sentence that asks to confirm or agree to a list
// that follows ("please confirm the following by replying:", 以下の内容に
// ご同意いただけますか): the list's items are then read as asked for.
// A line that says what the desk needs from the reader, ending in a colon
// ("we need two things from you:"), points to the list of them, whatever
// it asks; not one of what it needs from someone else ("… from your
// manager:").
// So does a request to confirm what follows its colon ("We ask that you
// confirm by reply that:", "Please confirm:").
// Not one negated ("Please do not confirm the following:").
func (p *Phrases) pointsToList(s string) bool {
	if p.has(s, p.Negation) {
		return false
	}
	return p.has(s, p.Pointer) && (p.has(s, p.Ask) || isQuestion(s)) &&
		(p.has(s, p.Consent) || p.has(s, p.WeakConsent) || asksAnswers(s)) || needsFromYou.MatchString(s) ||
		confirmsWhatFollows.MatchString(s) && p.has(s, p.Ask)
}

// jaReplyOnPoints: a reply asked on the points that follow (以下2点について
// ご返信ください, 下記の点につきご返信をお願いします).
var jaReplyOnPoints = regexp.MustCompile(`(?:以下|下記)[^。]{0,8}?(?:点|項目|事項)?(?:について|につき|に関して)[、,]?\s*` +
	`(?:ご)?返信`)

var confirmsWhatFollows = regexp.MustCompile(`\b(?:confirm|affirm)\w*(?:\s+to\s+us)?(?:\s+by\s+(?:reply|replying|` +
	`e-?mail|return(?:ing)?\s+e-?mail))?(?:\s+(?:that|the\s+following))?\s*:$`)

// So does one told with a modal, or of what it needs ("I'll need a few more
// details from you:", "we would need the following:").
// Also with the things told small ("I need two quick things from you:"),
// what they are for after them ("… from you before we can continue:"), or
// in the passive ("Two things are needed from you:").
var needsFromYou = regexp.MustCompile(`(?:\b(?:we|i)(?:'ll|'d)?\s+(?:just\s+|still\s+|only\s+|will\s+|would\s+|` +
	`also\s+)*(?:need|require)\s+(?:(?:two|three|four|a few|a couple of|some|these)\s+|the following\s*)?` +
	`(?:(?:more|further|additional|other|quick|small|short|final)\s+)?(?:(?:things?|items?|details?|information)` +
	`\s*(?:from\s+you)?|from\s+you)?|` +
	`\b(?:two|three|four|a few|a couple of|some|these)\s+(?:(?:more|further|additional|other|quick|small|short|` +
	`final)\s+)?(?:things|items|details)\s+(?:are|will be)\s+(?:needed|required)\s+from\s+you)` +
	`(?:\s+(?:before|so that|so|to)\b[^:;.]{0,40})?\s*:\s*$`)

// asksAnswers: a sentence that asks the reader to answer what follows
// (以下の2点についてご回答をお願いいたします, "please answer the points
// below", 以下2点についてご返信をお願いいたします): an item there that names
// consent is asked for.
func asksAnswers(s string) bool {
	return hasWord(s, "answer") || strings.Contains(s, "ご回答") || strings.Contains(s, "回答を") ||
		jaReplyOnPoints.MatchString(s)
}

// withoutWhat is what a sentence says the merge cannot go on without (the
// desk's inability only: "your accounts were not merged without your
// consent" reassures, and asks for nothing): "we are unable to merge the accounts without it", "we cannot
// start the merge without this confirmation", ご同意がない限り統合できません.
var (
	withoutWhat = regexp.MustCompile(
		`\b(?:cannot|can't|can not|unable to|not able to|not in a position to)\b.*\bwithout\s+` +
			`(?:(?:your|this|the|his|her|their|such|a|an|written|explicit|that)\s+)*(it|this|that|[a-z-]+)\b(\s+of\b)?`)
	jaWithout = regexp.MustCompile(`(同意|承認|承諾|了承|ご回答|ご返信)(が|を)?(いただけない|頂けない|いただかない|得られない|ない|なし|無し)` +
		`(と|限り|場合|では|には|に)[^。]*(できません|できかねます|いたしかねます|進められません|行えません)`)
	// consentNoun: what is required is the reader's agreement (or their
	// answer), not a document or a detail.
	consentNoun = regexp.MustCompile(`^(?:confirmation|consent|approval|authori[sz]ation|agreement|permission|go-ahead|` +
		`reply|response|同意|承認|承諾|了承|ご回答|ご返信)$`)
)

// requiresConsent returns what a sentence says the merge cannot be done
// without ("confirmation", "it", 同意), or "". A "without confirmation
// of your identity" is a detail, and is not returned as "confirmation".
func requiresConsent(s string) string {
	if m := jaWithout.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	m := withoutWhat.FindStringSubmatch(s)
	if m == nil || m[2] != "" {
		return ""
	}
	if w := m[1]; w == "it" || w == "this" || w == "that" || consentNoun.MatchString(w) {
		return w
	}
	return ""
}

// extrasWords are what a merge may leave behind without its being in
// trouble: vouchers, discounts, benefits (バウチャー, 割引, 特典), and exam
// bookings, which are held on the account they were made on ("appointments
// can't be carried over in a merge", 受験予約は引き継がれません).
var extrasWords = []string{"voucher", "discount", "benefit", "coupon", "promo", "バウチャー", "割引", "特典", "クーポン",
	"appointment", "booking", "reservation", "scheduled exam", "exam slot", "予約"}

func extras(clause string) bool { return hasAnyWord(clause, extrasWords) }

func transferSaid(clause string) bool { said, _ := transfer(clause); return said }

// alternativeCut is what follows the words to reply with, up to an " or "
// or " if " that opens another choice or a condition.
func alternativeCut(after string) string {
	for _, w := range []string{" or ", " if ", " unless "} {
		if i := strings.Index(after, w); i >= 0 {
			after = after[:i]
		}
	}
	return after
}

// replyYes is a reply asked for with a word of agreement, unquoted: "please
// reply YES to have the accounts merged", "reply with confirm and we will
// merge them", "reply PROCEED".
var replyYes = regexp.MustCompile(`\b(?:reply|replying|respond|responding|answer|write back)\s+` +
	`(?:to\s+this\s+(?:email|e-mail|message)\s+)?(?:with\s+)?(?:(?:the\s+)?word\s+)?['"]?` +
	`(?:yes|ok|okay|i agree|agreed|i consent|confirm|confirmed|approve|approved|proceed|go ahead)\b`)

// asksForYesUnquoted reports a sentence about the merge that asks for a
// reply of agreement without quoting it; not a negated one ("reply yes if
// you do not want it"), one that thanks for or tells of a reply, one of
// another time ("to merge more accounts in the future, reply yes"), nor a
// yes to a condition of fact ("reply yes if the names are the same"). The
// YES must be for the merge ([Phrases.yesFor]), and take nothing back.
// A NO offered beside the YES ("reply YES to proceed or NO to cancel") is
// another choice: the YES is read with what precedes it and its own
// purpose only, so the NO's negation and its cancelling do not hold it back.
func (p *Phrases) asksForYesUnquoted(s string) bool {
	m := replyYes.FindStringIndex(s)
	if m == nil {
		return false
	}
	after := s[m[1]:]
	if k := strings.Index(after, " or "); k >= 0 {
		// The comma that sets the NO apart ("… to confirm the merge, or NO to
		// cancel") belongs to neither choice.
		after = strings.TrimRight(after[:k], " ,;")
	}
	yes := s[:m[1]] + after
	if !(yesForTheMerge.MatchString(after) || p.goesOnAgreed(s[:m[1]], after) || p.mergeDoneAfter(after)) {
		return false
	}
	if c := agreedFirst.FindStringSubmatch(yes); c != nil && p.agreementCondition(c[1]) {
		yes = yes[len(c[0]):] // the condition agreed to ("if you are happy to proceed, …") is the YES itself
	}
	if restOfIt.MatchString(after) {
		yes = strings.TrimSuffix(yes, after) // "… and we'll take care of the rest": the desk's part, no condition
	}
	if p.mergeDoneAfter(after) {
		yes = strings.TrimSuffix(yes, after) // "… and I'll merge a@… into b@…": the desk's part, no condition
	}
	return !p.has(yes, p.Negation) && !p.has(s, p.Thanks) && !p.has(s, p.Replied) && !p.has(s, p.Temporary) &&
		!p.has(yes, p.Conditional) && !takesBack(yes) && p.yesFor(after)
}

// goesOnAgreed reports a YES asked under a condition of agreeing to go on
// with the merge ("if you are happy to proceed, reply YES", "if you agree to
// the merge, reply OK"), after which nothing names another purpose: the YES
// is that agreement, whatever the sentence names after it.
func (p *Phrases) goesOnAgreed(head, after string) bool {
	c := agreedFirst.FindStringSubmatch(head)
	if c == nil || !p.agreementCondition(c[1]) {
		return false
	}
	goOn := contentToGoOn.MatchString(c[1]) || p.has(c[1], p.Merge) ||
		hasAnyWord(c[1], []string{"proceed", "go ahead", "continue"})
	return goOn && (strings.Trim(after, " .!") == "" || restOfIt.MatchString(after) || toThisMail.MatchString(after))
}

// mergeDoneAfter reports what follows the YES asked as the desk's merge of
// the accounts, named ("… and I'll merge a@… into b@…", "… your accounts"),
// with no condition or negation of its own (not "… and we will merge your
// accounts once your ID is verified", nor "… and we will proceed with the
// survey"); "them" may be the support cases the mail told of.
func (p *Phrases) mergeDoneAfter(after string) bool {
	after = strings.TrimLeft(after, " .,!\"'")
	m := mergeThen.FindStringIndex(after)
	return m != nil && !p.has(after[m[1]:], p.Conditional) && !p.has(after[m[1]:], p.Negation) &&
		!p.forAnotherThing(after)
}

var mergeThen = regexp.MustCompile(`^and\s+(?:we|i)\s+(?:will|can|shall)\s+(?:merge|combine|consolidate|fold)` +
	`(?:\s+` + namedOne + `|` + theAccounts + `)`)

// toThisMail: the YES is to be sent as a reply to this mail ("… reply
// CONFIRM to this email"), nothing more said after it.
var toThisMail = regexp.MustCompile(`^\s*(?:to|on)\s+(?:this|our|the)\s+(?:e-?mail|message|thread)\s*[.!]?\s*$`)

// agreedFirst is a condition that opens the sentence, up to its comma.
var agreedFirst = regexp.MustCompile(`^(?:if|should)\s+([^,;]+)[,;]\s*`)

// yesForTheMerge: what the yes is for is the merge itself ("… to have the
// profiles merged", "… and we will combine them"), not a thing named after
// it ("… to get a copy of the merge report").
var yesForTheMerge = regexp.MustCompile(`\b(?:merge|merged|combine|combined|consolidate|consolidated)\b` +
	`(?:\s*[.!]?$|\s+(?:them|it|both|these|those|now|today)\b|` + theAccounts + `)|` + goesAhead)

// theAccounts are the accounts of this merge as an object ("the two
// profiles", "your accounts"); goesAhead is going ahead with the merge, or
// alone at the end ("… and we will proceed."), not with something else.
const (
	theAccounts = `\s+(?:the|your)\s+(?:two\s+|2\s+)?(?:certification\s+|aws\s+)?(?:accounts|profiles)\b`
	goesAhead   = `\b(?:proceed|go ahead|start)` +
		`(?:\s+(?:with\s+)?(?:the|your)\s+(?:merge|merging|consolidation)\b|\s*[.!]?$)`
)

// The merge waiting for the reader's agreement, told as what will happen
// when it comes: "once you confirm, we will merge them", "as soon as you
// agree, we will go ahead", 同意いただけましたら統合いたします. Agreement
// only: "once you send your candidate ID, we will merge" asks for a detail.
var (
	// What is agreed to is the merge or nothing named ("once you confirm,
	// …"), not a detail ("as soon as you approve the new spelling, …").
	enAwaitsAgreement = regexp.MustCompile(`(?:^|[:;]\s+)(?:once|when|as soon as|after)\s+you\s+` +
		`(?:confirm|agree|approve|consent)(?:\s+(?:it|this|that|to (?:it|this|that|the merge)|the merge))?\s*,` +
		`.*\b(?:we|i)\s+(?:will|can|'ll)\s+(?:(?:merge|combine|consolidate)(?:\s*[.!]?$|\s+(?:them|it|both)\b|` +
		theAccounts + `)|` + goesAhead + `)`)
	// The merge itself is what then is done (統合を開始いたします, 統合作業を
	// 進めます), not something about it (統合の手順をご案内いたします).
	jaAwaitsAgreement = regexp.MustCompile(`(?:同意|承諾|承認|了承)(?:を)?(?:いただけ|頂け|いただき|頂き)(?:ましたら|次第|れば)` +
		`[^。]*(?:統合|マージ)(?:の|を)?(?:処理|作業|手続き)?(?:を)?(?:開始|実施|実行|進め|いたし|致し|させていただ)`)
)

func mergeAwaitsAgreement(s string) bool {
	if hasAnyWord(s, badgeWords) { // "once you approve the badge, we will start …"
		return false
	}
	return enAwaitsAgreement.MatchString(s) && awaitsTheMerge(s) ||
		jaAwaitsAgreement.MatchString(s) && !jaQuotative.MatchString(s) ||
		(mergeOnceConsent.MatchString(s) || consentThenMerge.MatchString(s)) && !consentFromAnother(s)
}

// The merge waiting for the reader's consent named as a thing they give or
// the desk receives: "we will merge the accounts once we have your
// go-ahead", "we're ready to merge … as soon as you give us your approval",
// "once we receive your consent, we will merge them".
const (
	consentGiven = `(?:you\s+(?:give|send)\s+(?:us|me)|(?:we|i)\s+(?:have|receive|get))\s+(?:your\s+)?` +
		`(?:approval|consent|go-ahead|confirmation|ok|okay|green light|authori[sz]ation|agreement)\b`
	deskMerges = `(?:we|i)\s+(?:will|can|are ready to|am ready to|are able to)\s+(?:merge|combine|consolidate|` +
		`proceed with the merge|go ahead with the merge)\b`
)

var (
	mergeOnceConsent = regexp.MustCompile(`\b` + deskMerges + `[^;?]*?\b(?:once|when|as soon as|after)\s+` + consentGiven)
	consentThenMerge = regexp.MustCompile(`^(?:once|when|as soon as|after)\s+` + consentGiven + `[^;?]*?,\s*` + deskMerges)
)

// agreesToTheOffer reports a sentence that asks for the reader's agreement by
// a pronoun ("let us know you're OK with it", "tell us if that's fine") right
// after one, in its paragraph, in which the desk offers to go ahead with the
// merge now (prev: "We're ready to go ahead on our side", "We can merge them
// today"): the pronoun is that going ahead. Not a negated one, one for later
// or under a condition, one that thanks or tells of a reply, another's, nor
// an offer of another thing ("We're ready to go ahead with the refund").
func (p *Phrases) agreesToTheOffer(prev, s string) bool {
	if jaDeskWillMerge.MatchString(prev) && jaAgreedFirst.MatchString(s) {
		// 統合いたします。よろしければ「はい」とご返信ください: the condition is the
		// agreement to the merge just told.
		return !p.has(jaAgreedFirst.ReplaceAllString(s, ""), p.Negation) && !p.has(s, p.Temporary) &&
			!asksAnotherToAnswer(s)
	}
	// "If that's OK, reply YES": the condition is the agreement itself.
	rest := agreedIfFirst.ReplaceAllString(s, "")
	agreed := pronounAgreement.MatchString(s)
	if m := replyYes.FindStringIndex(rest); m != nil && rest != s {
		agreed = agreed || p.yesFor(rest[m[1]:])
	}
	// "… reply YES and we'll send you our survey": the YES is for that.
	if m := replyYes.FindStringIndex(s); m != nil && yesForAnotherAct(s[m[1]:]) {
		return false
	}
	return deskReady.MatchString(prev) && agreed && p.has(s, p.Reply) &&
		!p.has(s, p.Negation) && !p.has(s, p.Temporary) && !p.has(s, p.Thanks) && !p.has(s, p.Replied) &&
		!laterOrIf.MatchString(rest) && !asksAnotherToAnswer(s) && !p.agreementElsewhere(rest)
}

// yesForAnotherAct reports what the desk will do after the YES as an act
// that is not the merge ("… and we'll send you our survey").
func yesForAnotherAct(after string) bool {
	m := yesThen.FindStringSubmatch(strings.TrimLeft(after, " .,!\"'"))
	return m != nil && !mergeActs[m[1]] && !restOfIt.MatchString(strings.TrimLeft(after, " .,!\"'"))
}

// noReplyNeeded: the reader told no reply is needed ("there's no need to
// reply", "you don't need to reply", ご返信は不要です), read before the
// reading strips "no need to" as saying nothing of the merge.
var noReplyNeeded = regexp.MustCompile(`\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:reply|respond|answer|write)\b|` +
	`\b(?:don't|do not|won't|will not)\s+need\s+to\s+(?:reply|respond|answer)\b|\bno\s+(?:reply|response)\s+` +
	`(?:is\s+)?(?:needed|required|necessary)\b|ご返信(?:は|の必要は)?(?:不要|必要ございません|いりません)`)

var (
	// agreedIfFirst: a sentence that opens with the agreement as its
	// condition ("If that's OK with you, …", "If this is fine, …").
	agreedIfFirst = regexp.MustCompile(`^(?:if|should)\s+(?:it|this|that)\s*(?:is|'s|sounds|looks)\s+` +
		`(?:ok|okay|fine|alright|all right|good)(?:\s+(?:with|to)\s+you)?\s*[,;]\s*`)
	// jaDeskWillMerge: the desk tells the merge it will do (a@… を b@… に統合
	// いたします), the whole sentence; jaAgreedFirst: a reply asked under a bare
	// condition of agreement (よろしければ, 問題なければ, 差し支えなければ), with
	// the yes to write or "to that effect".
	jaDeskWillMerge = regexp.MustCompile(`(?:統合|マージ)(?:処理|作業)?(?:を)?(?:いたします|致します|します|` +
		`させていただきます|進めます|進めさせていただきます|実施いたします|実施します)。?$`)
	jaAgreedFirst = regexp.MustCompile(`^(?:よろしければ|宜しければ|問題(?:が)?なければ|差し?支えなければ|` +
		`ご異存がなければ)[、,]?\s*(?:「(?:はい|同意します|承諾します|了承します|お願いします)」と|その旨)?\s*` +
		`(?:ご返信|ご連絡|ご回答|お知らせ)(?:ください|下さい|いただけますか|いただけますでしょうか|をお願いいたします|` +
		`をお願いします)`)
)

var (
	// The desk ready to merge, or telling the merge it will do, whole: "We can
	// merge them today.", "We will merge a@… into b@…" (not "… once they are
	// verified").
	deskReady = regexp.MustCompile(`^(?:good news[,:!]?\s+)?` +
		`(?:(?:we|i)\s+(?:are|am)\s+(?:now\s+|all\s+)?(?:ready|set)\s+to|(?:we|i)\s+can\s+(?:now\s+)?|` +
		`(?:we|i)\s+(?:will|'ll|would like to|'d like to)\s+(?:now\s+)?)\s*` +
		`(?:go ahead|proceed|merge|combine|consolidate)` +
		`(?:\s+(?:on|at)\s+our\s+(?:side|end)|\s+(?:them|both|with the merge|(?:your|the|both)\s+(?:two\s+)?` +
		`(?:certification\s+|aws\s+)?(?:accounts|profiles)|\S+@\S+\s+(?:into|with)\s+\S+@\S+?))?` +
		`(?:\s+(?:now|today))?\s*[.!]?$`)
	// The agreement ends its clause: not "that's OK to send the summary",
	// "… OK with your manager".
	pronounAgreement = regexp.MustCompile(`(?:\byou\s+are\s+(?:ok|okay|happy|fine|alright|all right|good)\s+with\s+` +
		`(?:it|this|that)|\b(?:it|this|that)\s*(?:is|'s)\s+(?:ok|okay|fine|alright|all right)(?:\s+with\s+you)?)` +
		`\s*(?:[.,;!?]|$|\s+and\b)`)
	laterOrIf = regexp.MustCompile(`^\s*if\b|,\s*if\b|\b(?:once|after|when|until|unless|before|later|next)\b`)
)

// wishTagged reports the reader's wish for the merge told back to them and
// made a question by a tag ("Just to double-check: you'd like everything on
// a@… moved across to b@…, correct?"): a yes to it agrees to the merge. Not
// another's wish, a negated one, a wish of another act or another way
// ("… merged later, right?"), nor a statement without the tag.
func (p *Phrases) wishTagged(s string) bool {
	m := tagWish.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	wish := m[1]
	return (p.has(wish, p.Merge) || transferSaid(wish)) && !p.has(wish, p.Negation) && !p.agreementElsewhere(s) &&
		!putsOff.MatchString(wish) && !laterTime.MatchString(wish)
}

// laterTime names a time to come for the wish ("… moved across next month",
// "… tomorrow", "… in two weeks"): a merge for later, no yes to it now.
var laterTime = regexp.MustCompile(`\b(?:next|later this|later in the|the following)\s+(?:week|month|year|quarter)\b|` +
	`\b(?:later|tomorrow)\b|\bin\s+(?:a|an|one|two|three|a few|\d+)\s+(?:days?|weeks?|months?)\b`)

// tagWish is the reader's wish, after a preface of the desk's check ("Just
// to double-check before I action this:"), ended by a tag question.
var tagWish = regexp.MustCompile(`^(?:[^:?]{0,80}:\s*)?` +
	`you(?:'d\s+like|\s+would\s+like|\s+want|\s+wish|\s+still\s+want)\s+` +
	`([^?]+?),?\s+(?:correct|right|is that (?:right|correct)|yes|am i right)\s*\?$`)
