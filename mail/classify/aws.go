package classify

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Sub-kinds of AWSOther: what else AWS wrote, for the operator and for the
// case (a refusal needs a person at once).
const (
	SubAcknowledgement = "acknowledgement"
	SubMoreInfo        = "more_info"
	SubRefusal         = "refusal"
)

// awsReading is what AWS's own words say.
type awsReading struct {
	kind Kind
	sub  string
}

// awsRead is what the sentences of AWS's own words have said so far.
type awsRead struct {
	topic, completed, consent, refusal, moreInfo, ack, troubled bool
	// pending: a clause says the merge is still to happen (scheduled,
	// queued, pending), so no sentence of the mail reports it done.
	pending bool
	// closing: AWS closes the case; with trouble reported, that is a
	// refusal (closed without a merge), not the end of a merge.
	closing bool
	// extrasLost: a clause says vouchers, discounts or other benefits are
	// not moved: a caveat, but no completion stands next to it.
	extrasLost bool
	// required: a sentence says the merge cannot go on without the
	// reader's answer; with the case closed, that is a refusal.
	required bool
	// consentRequired: a sentence says the merge cannot go on without the
	// reader's agreement; consentGiven: one tells that it was given.
	consentRequired, consentGiven bool
	// nothingAsked: a sentence says the reader need do nothing ("no
	// further action is needed", ご返信は不要です); consentTold: one says
	// in so many words that the reader's consent was given ("thank you
	// for agreeing", ご承認は…頂戴しております).
	nothingAsked, consentTold bool
	// unable: a clause says the desk cannot do something (not for now
	// only); with the case closed and no merge done, that is a refusal.
	unable bool
	// turnedAway: a clause says the desk will not act on the request, or
	// does not take it the way it came.
	turnedAway bool
	// setAgainst: a sentence opens with a contrast ("However, the old
	// account is still active"): set against what the mail said before, so
	// no completion stands alone.
	setAgainst bool
	// unanswered: a clause says the answer the desk waited for never came;
	// with the case closed and no merge done, that is a refusal.
	unanswered bool
	// shownUnderOne: a clause says the certifications now show under the
	// one account; in a mail about the merge, that reports it done.
	shownUnderOne bool
	// partial: a sentence narrows what the merge covered, or tells
	// certifications still on the old account ([Phrases.narrowsScope]).
	partial bool
	// sample: the mail shows a mail to come, or says it is an example; what
	// follows the sample's introduction is not read. sampleNote: the mail
	// says it is an example, so even what came before asks for nothing.
	sample, sampleNote bool
	// earlier: a report of the merge done is dated well before the mail, or
	// names an earlier merge ([aboutEarlierMerge]): another merge's.
	earlier bool
	// forAnother: the desk asks the reader to have someone else answer
	// ("please have the candidate reply from both addresses"): the consent
	// is not the reader's to give, so certflow's own reply would not be it.
	forAnother bool
	// consentElsewhere: a sentence says the desk needs the reader's consent
	// to another act ("we need your consent to store a copy of your ID"):
	// a bare 'reply "I agree"' beside it may answer that, not the merge.
	consentElsewhere bool
	// bareDone: the verb alone told done ("Merged - all set."), which may be
	// the merge of othersMergeable, other things a desk merges named in the
	// mail ("two duplicate tickets"): with both, no completion stands.
	bareDone, othersMergeable bool
	// troubledBefore: trouble told of an earlier attempt ("our first attempt
	// to merge did not go through"): it asks for no consent, and a merge
	// reported done after it stands.
	troubledBefore bool
}

// readScope reads what holds any completion in the mail back: a narrowing,
// a merge still to come, a sample.
func (p *Phrases) readScope(r *awsRead, s string) {
	r.partial = r.partial || p.narrowsScope(s)
	r.pending = r.pending || p.mergeStillToCome(s) || p.mergeUnderWay(s) || p.quotedStatusOpen(s) ||
		notDoneAfterAll.MatchString(s) || reportWished.MatchString(s)
	r.sample = r.sample || opensSample(s)
	r.sampleNote = r.sampleNote || sampleNote.MatchString(s)
}

// quotedStatusOpen reports a short quoted status that is still open ('…
// now show under b@… as "pending"'): the quotation is removed before the
// clauses are read, so what it says is weighed here.
func (p *Phrases) quotedStatusOpen(s string) bool {
	for _, m := range shortQuote.FindAllStringSubmatch(s, -1) {
		if p.has(m[1], p.Pending) || notDoneStatus.MatchString(strings.TrimSpace(m[1])) {
			return true
		}
	}
	return false
}

// reportWished: the report only wished for ("I wish I could say that your
// accounts have been merged", "we'd love to tell you the merge is done"):
// not "we would like to let you know", the desk's polite report.
var reportWished = regexp.MustCompile(`\b(?:i|we)\s+wish\s+(?:i|we)\s+(?:could|were able to)\s+` +
	`(?:say|tell|report|confirm|let you know)\b|\b(?:i|we)(?:\s+would|'d)\s+love\s+to\s+(?:be able to\s+)?` +
	`(?:say|tell you|report|confirm)\b|と(?:言い|お伝えし|申し上げ|ご報告し)たいところ`)

var shortQuote = regexp.MustCompile(`["“]([^"“”]{1,30})["”]`)

// readAWS reads AWS's own words (the quoted thread already removed), one
// sentence and clause at a time. It never guesses: a mail that both reports
// the merge done and asks for consent, or refuses, is AWSOther.
func (p *Phrases) readAWS(subject, own string, sent time.Time) awsReading {
	r := awsRead{topic: p.has(normalize(subject), p.Merge)}
	own = withoutEarlierMail(withoutSampleLines(own))
	l := reaches{-1, -1, -1, -1, -1, -1}
	var lists listConsent
	notShown := false // the certifications told not to show or move (certsNotShown)
	sns := sentences(own)
	for i, sn := range sns {
		s := asToldNow(afterCorrection(withoutWarnings(p.strip(asPermission(withoutGloss(withoutNotice(sn.text)))))))
		if i > 0 && sns[i-1].para >= sn.para-1 {
			s = p.asThePresentCase(sns[i-1].text, p.goAheadOnTheMerge(sns[i-1].text, s))
		}
		if r.sample || sn.para <= l.plan {
			continue // a mail to come, or the steps to come, report nothing
		}
		before := r
		p.readScope(&r, s)
		r.topic = r.topic || p.has(s, p.Merge)
		p.readClauses(&r, s)
		if mergedOnArrow(sns, i, s) || mergedThenTold(sns, i, s) {
			r.completed, r.bareDone = true, true
		}
		lists.readRequest(p, &r, s, sn.para <= l.list)
		r.consent = r.consent || i > 0 && sns[i-1].para == sn.para && p.agreesToTheOffer(sns[i-1].text, s) &&
			!noReplyNeeded.MatchString(normalize(sn.text)) ||
			sn.para <= l.statement && p.statementOfConsent(s)
		p.settleOffer(&r, before, sns, i, s)
		settleSentence(&r, before, s, sn.text, sn.para <= l.ahead || sn.para <= l.list, sn.para <= l.past, sent)
		r.pending = r.pending || (r.completed || r.shownUnderOne) && (takesBackDone.MatchString(readersOwnCopy(s)) ||
			askTakenBack.MatchString(normalize(sn.text)) || wrongCase.MatchString(s)) ||
			r.completed && !before.completed && otherCaseNamed(s, subject) || stillAwaitsConsent.MatchString(s)
		notShown = notShown || certsNotShown.MatchString(s) && !ifNotShown.MatchString(s) && !delayOnly.MatchString(s)
		// "We will then close your case without merging": what going on does.
		// Read before [benign] strips it.
		r.nothingAsked = r.nothingAsked || nothingAsked.MatchString(asideNoAction(sn.text)) ||
			noReplyWithWords(normalize(sn.text)) ||
			closesWithoutMerge.MatchString(s) ||
			withdrawsEarlierAsk.MatchString(s) || askTakenBack.MatchString(normalize(sn.text))
		r.consentTold = r.consentTold || p.tellsConsentGiven(s)
		// Details in a list that a request points to are asked for
		// (以下をお知らせいただけますでしょうか。・受験日 ・検証番号), and so are its
		// questions (以下の2点をご確認させてください。・…でお間違いないでしょうか).
		r.moreInfo = r.moreInfo || sn.para <= l.info && (p.has(s, p.MoreInfo) || isQuestion(s))
		p.openLists(&l, s, sns, i)
	}
	lists.settle(&r)
	// A merge told done beside certifications that will not show on, or
	// move to, the account kept, in any order, is partial at best.
	r.pending = r.pending || r.completed && notShown
	return r.verdict()
}

// certsNotShown: the certifications, badges or history told not to show or
// move ("your certifications will not show on the new account", 統合しても、
// Credly 側の認定は表示されません); beside a merge told done, a partial.
var certsNotShown = regexp.MustCompile(`\b(?:certifications?|certificates?|badges?|credentials?|exam\s+history|` +
	`transcripts?|exam\s+records?)\b[^.;]{0,60}?\b(?:will\s+not|won't|do\s+not|don't|does\s+not|doesn't|did\s+not|` +
	`didn't|are\s+not|aren't|is\s+not|isn't|were\s+not|weren't|cannot|can't|could\s+not|couldn't)\s+(?:yet\s+)?` +
	`(?:be\s+)?(?:show|appear|display|visible|listed|moved|transferred|carried|migrated|come\s+across)|` +
	`(?:認定|資格|バッジ|履歴|記録)[^。]{0,40}?(?:表示|反映|移行|移管|引き継|引継)(?:され|し|でき)?(?:ません|ない|ず)`)

// ifNotShown: the not showing put as an if ("if your badges do not appear in
// Credly within two days, tell us", 表示されない場合は): what to do then, no partial.
var ifNotShown = regexp.MustCompile(`\b(?:if|in\s+case|should)\b|場合|たら|なければ`)

// delayOnly: what does not show at once only ("if the badges don't show
// right away, give it a day", すぐには表示されない場合): a wait, no partial.
var delayOnly = regexp.MustCompile(`\b(?:right\s+away|immediately|straight\s+away|at\s+once|instantly)\b|すぐ|直ちに|即時`)

// stillAwaitsConsent: the desk still waiting for the reader's consent or
// reply: whatever it told done beside it is not this merge done.
var stillAwaitsConsent = regexp.MustCompile(`\bstill\s+(?:waiting|awaiting)\s+(?:on\s+|for\s+)?your\s+` +
	`(?:consent|approval|confirmation|reply|response|go-ahead)\b|(?:ご同意|ご返信|ご承認)を(?:まだ|引き続き)?お待ちして`)

// otherCaseNamed reports a sentence whose accounts are named as a case's by
// a number the subject does not hold ("The accounts for case 17799999 have
// been merged"): a merge told done of another case's accounts is no report
// on this one. The case the request came by ("as you asked in case …") is
// no owner of the accounts, and is read as before.
func otherCaseNamed(s, subject string) bool {
	for _, m := range accountsOfCase.FindAllStringSubmatch(s, -1) {
		if !strings.Contains(subject, m[1]) {
			return true
		}
	}
	return false
}

var accountsOfCase = regexp.MustCompile(`(?i)\b(?:accounts?|profiles?)\s+` +
	`(?:for|on|of|in|from|under|belonging\s+to)\s+(?:the\s+)?(?:case|ticket|request)\s*(?:number|no\.?|id)?\s*[:#]?\s*(\d{5,20})\b`)

// mergedOnArrow reports a bare "Merged." (s, sentence i of sns) that the
// next sentence of its paragraph names the accounts of, by an arrow from the
// one that goes to the one kept and nothing else ("Merged. AWS123456 ->
// AWS654321."): the verb alone, told of the two accounts.
func mergedOnArrow(sns []sentence, i int, s string) bool {
	if !bareMerged.MatchString(strings.TrimSpace(s)) || i+1 >= len(sns) || sns[i+1].para != sns[i].para {
		return false
	}
	return accountsArrow.MatchString(strings.TrimSpace(sns[i+1].text))
}

// mergedThenTold reports a bare "Merged." or "Merged!" (s, sentence i of
// sns) that opens its paragraph and that the next sentence of it follows
// with the case closed ("Merged. Closing the case.") or the certifications
// told under one account now ("Merged! Your certs all sit under b@… now"):
// the terse agent's report, told of the merge by what follows it.
func mergedThenTold(sns []sentence, i int, s string) bool {
	bare := strings.TrimRight(strings.TrimSpace(s), "!.")
	if !bareMerged.MatchString(bare) || i > 0 && sns[i-1].para == sns[i].para || i+1 >= len(sns) ||
		sns[i+1].para != sns[i].para {
		return false
	}
	next := strings.ToLower(normalize(sns[i+1].text))
	if strings.Contains(next, "?") {
		return false
	}
	// What follows "now" may add the old account closed, not a time to come
	// or a condition ("… now - or they will after tonight's job").
	if m := certsNowUnder.FindStringIndex(next); m != nil {
		return !laterOrCondition.MatchString(next[m[1]:])
	}
	return caseClosedNow.MatchString(next)
}

var (
	// caseClosedNow: the agent closing the case, and nothing more ("Closing
	// the case.", "I'm resolving this ticket now.").
	caseClosedNow = regexp.MustCompile(`^(?:(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:now\s+)?)?(?:closing|resolving)\s+` +
		`(?:the|this|your)\s+(?:case|ticket|request)(?:\s+now)?\s*[.!]?$`)
	laterOrCondition = regexp.MustCompile(`\b(?:will|would|should|or|if|once|until|after|when|unless|tonight|` +
		`tomorrow|pending|yet)\b`)
	// certsNowUnder: the reader's certifications told under one address now.
	certsNowUnder = regexp.MustCompile(`^your\s+(?:[a-z0-9-]+\s+){0,4}?(?:certs|certifications|certificates|` +
		`credentials)\s+(?:both\s+|all\s+)?(?:now\s+)?(?:sit|are|show|appear|live)\s+(?:all\s+)?(?:now\s+)?` +
		`(?:under|on)\s+[a-z0-9._%+-]+@[a-z0-9.-]+[a-z]\s+now\b`)
)

var accountsArrow = regexp.MustCompile(`^(?:aws[0-9]{6,}|[a-z0-9._%+-]+@[a-z0-9.-]+[a-z])\s*(?:->|→|=>|⇒)\s*` +
	`(?:aws[0-9]{6,}|[a-z0-9._%+-]+@[a-z0-9.-]+[a-z])\s*\.?$`)

// withoutNotice removes "Please note" before a condition or a time
// ("Please note: once you agree to the merge, it cannot be undone"): the
// sentence tells what follows the agreement, its "please" asks for none.
func withoutNotice(s string) string {
	return noticeBeforeCondition.ReplaceAllString(s, "$1")
}

var noticeBeforeCondition = regexp.MustCompile(`(?i)^\s*please\s+(?:note|be aware|keep in mind|bear in mind|` +
	`remember)(?:\s+that)?\s*[:,-]?\s*((?:once|if|when|after|as soon as)\b)`)

// noReplyWithWords reports the reader told there is no need to reply with
// the words quoted after it ('There is no need to reply "I agree to the
// merge" again'): [benign] strips "no need to", which would leave the ask.
// Not "Reply "YES" if you agree; otherwise there is no need to reply".
func noReplyWithWords(s string) bool {
	m := noReplyNeeded.FindStringIndex(s)
	return m != nil && quoted.MatchString(s[m[1]:])
}

// asPermission writes a Japanese question of leave whose "no problem" is
// negative in form (統合を進めて問題ございませんでしょうか, …ても差し支えない
// でしょうか) as the plain one it means (…てよろしいでしょうか): its ません or
// ない negates nothing. Only as the sentence's own end: a question held
// inside a request (上長様に…問題ないか、ご確認いただけますか) is another's.
func asPermission(s string) string {
	return jaNoProblem.ReplaceAllString(s, "てよろしいでしょうか")
}

// withoutGloss writes a merge word glossed by another in parentheses
// (マージ（統合）, 統合（マージ）, after NFKC マージ(統合)) as the one word, so that
// what the sentence says of the merge reads as it would without the gloss.
func withoutGloss(s string) string {
	return mergeGloss.ReplaceAllString(s, "$1")
}

var mergeGloss = regexp.MustCompile(`(統合|マージ|一本化|名寄せ)\s*\(\s*(?:統合|マージ|一本化|名寄せ|merge)\s*\)`)

var jaNoProblem = regexp.MustCompile(`て(?:も)?(?:問題|差し?支え)(?:は|が)?(?:ございません|ありません|ない)` +
	`(?:でしょうか|ですか)[。?？]?\s*$`)

// takesBackDone: words that take a completion back or put it off without
// naming the merge again: an elliptic "or they will be", a "not yet" or a
// joke undone, the writer's "I meant …" or "Correction:", a sentence that
// opens with "it" or "they" told scheduled, queued or still to be done
// ("It is scheduled for Monday", "Well, they will be by Friday"), a
// footnote of a condition ("* once the overnight job runs"), a hedge or an
// undoing. Not "It will be visible within a day": how the done merge shows.
var takesBackDone = regexp.MustCompile(`\bor\s+(?:rather\s+)?(?:they|it)\s+(?:will|would|should|may|might)\s+be\b` +
	`\s*(?:[,.;!]|$)|(?:^|[-–—(,:]\s*)not\s+(?:yet|quite)\b|\b(?:just kidding|scratch that|i meant|we meant|` +
	`my mistake|i was wrong|that was wrong)\b|^correction\b|` +
	`^(?:(?:well|actually|sorry|oops|but|however|correction)[,:!]?\s+)*(?:it|they|this|that)\s+` +
	`(?:(?:is|are)\s+(?:only\s+|now\s+)?(?:scheduled|planned|queued|pending|due|booked)\b|` +
	`(?:will|would|should)\s+(?:only\s+)?(?:be\s+(?:done|complete|completed|finished|merged|processed|carried out|` +
	`by|on|tomorrow|tonight|next)\b|happen|run|take place|go through))|` +
	`^[*※]+\s*(?:once|when|after|if|until|pending|subject to|provided|as soon as)\b|` +
	// The report hedged as maybe wrong or still to be confirmed ("this
	// status is automated and may be inaccurate", "An agent will confirm
	// within 2 days", 実際の統合状況とは異なる場合がございます), or "it" undone
	// ("our logs show it was rolled back").
	`\b(?:may|might|could)\s+(?:be\s+)?(?:inaccurate|incorrect|wrong|out of date|outdated|premature|` +
	`not\s+(?:be\s+)?(?:accurate|correct|final|reflect\w*|up to date))\b|` +
	`\b(?:will|to)\s+(?:be\s+)?confirm(?:ed)?\s+(?:it\s+|this\s+)?(?:within|by|shortly|later|soon)\b|` +
	// An elliptic "They have not." or a "Kidding." after it.
	`^(?:(?:no|sorry|actually|but|well)[,!]?\s+)*(?:it|they|this|that)\s+(?:has|have|is|are|was|were|did)` +
	`(?:n't|\s+not)(?:\s+(?:yet|really))?\s*[.!]*$|^kidding\b|` +
	`\b(?:it|this|that|they)\s+(?:was|were|has been|have been|got)\s+(?:automatically\s+|then\s+)?` +
	`(?:rolled back|reverted|undone|reversed|cancell?ed)\b|` +
	`(?:異なる|正確でない|誤っている|古い)(?:場合|可能性)|取り消され|元に戻され|` +
	// A notice sent to every case alike ("sent automatically to every case that is closed").
	`\b(?:sent|generated)\s+automatically\s+(?:to|for)\s+(?:every|all|each)\b|` +
	// The writer's second thought ("Actually no, …", "Wait, that is
	// backwards"), the run told failed ("the job errored out"), or a hold.
	`^(?:(?:actually|wait|hmm|hang on|sorry)[,!.]?\s+)+(?:no|not)\b|` +
	`\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:backwards|the wrong way round|the wrong way around)\b|` +
	`\b(?:job|run|merge|process|migration|script|task|batch)\s+(?:errored|failed|crashed|timed out|` +
	`did not (?:finish|complete|run|go through))\b|\berrored out\b|^please hold\s*(?:off|on)?\s*[.!]?$`)

// settleOffer withdraws a bare "reply YES to proceed" (no merge words in it)
// that comes right after the desk offers another thing ("We can send you a
// printed transcript", "We can close this case now"): it proceeds with that; and a yes to whether a
// detail is right ([jaDetailChecked], read as written: reading strips
// がないかご確認), or to who the requester is (統合をご依頼されたのがご本人様で
// あることを、「はい」と…), with no agreement named beside it. A reply the desk asks to
// hold off ("wait until your exam is over before you reply", ご返信は来週
// 以降に) cannot be sent now: the mail is for a person.
func (p *Phrases) settleOffer(r *awsRead, before awsRead, sns []sentence, i int, s string) {
	if r.consent && !before.consent && (i > 0 && sns[i-1].para == sns[i].para && !p.has(s, p.Merge) &&
		offersAnother.MatchString(p.strip(sns[i-1].text)) || jaDetailChecked.MatchString(normalize(sns[i].text)) ||
		jaIdentityFact.MatchString(s) && !jaAgreementWord.MatchString(s)) {
		r.consent = false
	}
	// A bare agreement right after an ask of another thing agrees to that
	// thing ("Please take our survey. If you agree, reply はい", 個人情報の
	// 取り扱いに同意いただける場合は…。同意をいただけましたら、統合作業を進めます).
	if i > 0 && sns[i-1].para == sns[i].para && (!p.has(s, p.Merge) || bareAgreement.MatchString(s)) &&
		p.asksAnotherThing(p.strip(sns[i-1].text)) {
		r.consent = r.consent && before.consent
		r.consentRequired = r.consentRequired && before.consentRequired
	}
	r.consentElsewhere = r.consentElsewhere || replyHeld.MatchString(s) || replyAskedLater(s)
}

// replyAskedLater reports a reply asked for a later time named ('reply "I
// agree" next week', 来週以降に「統合に同意します」とご返信ください): certflow's
// reply now is not it. Only when the time goes with the reply itself, not
// with what the desk will do after it ('reply "I agree" and we will merge
// next week').
func replyAskedLater(s string) bool {
	if jaReplyLater.MatchString(s) {
		return true
	}
	m := enReplyLater.FindStringSubmatch(s)
	return m != nil && !clauseBetween.MatchString(quoted.ReplaceAllString(m[1], " "))
}

var (
	jaReplyLater = regexp.MustCompile(`(?:来週|来月|明日|明後日|後日|週明け|[0-9]+日)(?:以降|以後|の後|後)に?、?` +
		`[^。]{0,40}?(?:ご返信|ご回答)`)
	enReplyLater = regexp.MustCompile(`\b(?:reply|respond|write back)\b([^.;?]{0,60}?)\s(?:next\s+(?:week|month)|` +
		`tomorrow|in\s+(?:a\s+few|a\s+couple\s+of|a|two|three|[0-9]+)\s+(?:days?|weeks?))\s*[.!]?$`)
	// clauseBetween: a clause of its own between the reply and the time
	// ("… and we will merge them", "… so that …").
	clauseBetween = regexp.MustCompile(`\b(?:and|so|then|once|when|after|we|i|it|they|which)\b`)
)

// asksAnotherThing reports a sentence that asks for a survey or a rating,
// or agreement to another thing than the merge.
func (p *Phrases) asksAnotherThing(s string) bool {
	return surveyAsked.MatchString(s) || agreementNamed.MatchString(s) && p.agreesToAnotherThing(s)
}

var (
	agreementNamed = regexp.MustCompile(`\b(?:agree|consent|approv|authori[sz])|同意|承諾|承認|了承`)
	surveyAsked    = regexp.MustCompile(`\b(?:survey|questionnaire|feedback|rate us|rating)\b|アンケート|ご意見|評価`)
	// bareAgreement is an agreement named with no object of its own
	// (同意をいただけましたら, "if you agree,").
	bareAgreement = regexp.MustCompile(`(?:^|、)\s*(?:ご)?(?:同意|承認|承諾|了承)(?:を|が)?(?:いただけ|頂け|いただい|頂い)|` +
		`^(?:if|once|when)\s+you\s+(?:agree|consent|approve|accept)\s*(?:,|$)`)
)

var (
	jaIdentityFact  = regexp.MustCompile(`(?:ご本人|本人)(?:様|さま)?(?:である|であるか|であること|ご自身)`)
	jaAgreementWord = regexp.MustCompile(`同意|承諾|承認|了承`)
	offersAnother   = regexp.MustCompile(`\b(?:we|i)\s+(?:can|could|would like to|will|'d like to|are happy to|` +
		`am happy to|want to|wish to|may|are able to)\s+(?:also\s+)?(?:send|email|e-mail|post|mail|issue|provide|` +
		`share|schedule|arrange|call|contact|print|forward|refund|reschedule|` +
		`(?:close|resolve)\s+(?:this|the|your)\s+(?:case|ticket|request))\b`)
	// In Japanese also the reply asked only after something is over
	// (受験が終わってから、…ご返信ください; not ご同意いただいてから, a receipt).
	replyHeld = regexp.MustCompile(`(?:終わって|終了して|済んで|終えて|完了して)から[、,]?\s*[^。]{0,80}?` +
		`(?:ご返信|ご回答|ご連絡)|` +
		`\b(?:wait|hold off)\b[^.;]{0,60}?\bbefore\s+(?:you\s+)?(?:reply|replying|` +
		`respond|responding|answer)\b|\b(?:reply|respond|answer)\b[^.;]{0,60}?,?\s+(?:only\s+)?(?:after|once)\s+` +
		`you\s+(?:have|'ve|had)\b|ご返信は[^。]{0,20}(?:以降|後|終了後)に|(?:後|以降)に(?:ご返信|ご回答)(?:ください|を)`)
)

// wrongCase: the writer says what they told was of another case or person
// ("I was looking at the wrong case", 別のケースと取り違えておりました), or
// still to be checked ("I should double-check that first").
var wrongCase = regexp.MustCompile(`\bwrong (?:case|ticket|customer|candidate|person|file)\b|取り違え|別のケース|` +
	`別のお客様|\bdouble-?check (?:that|this|it) first\b`)

// reaches are the last paragraphs that the lists a sentence introduces
// reach: after "please confirm the following:" (list), "please tell us
// the following:" (info), "What happens next:" (plan), and a line that
// looks ahead ("After the merge:", "If you confirm, the result will be:")
// or restates the request ("Your request:"): ahead; and the statement to be
// written back ("reply with the following statement:"): statement.
type reaches struct{ list, info, plan, ahead, past, statement int }

// openLists notes the lists that sentence i of sns introduces.
func (p *Phrases) openLists(l *reaches, s string, sns []sentence, i int) {
	reach := listReach(sns, i)
	if opensPlan(s) {
		l.plan = reach
	}
	if p.pointsToList(s) {
		l.list = reach
	}
	// A request that ends in a colon points to what follows as surely as
	// "the following" does ("could you please send:").
	// So does one that counts the things it asks ("Could you help me with two
	// things?"), with the numbered list after it.
	// "To find it I'll need a bit more information:" asks as surely.
	asking := p.has(s, requestForms) || isQuestion(s) || infoNeeded.MatchString(s)
	if asking && (p.has(s, p.Pointer) || strings.HasSuffix(s, ":") || countedThings.MatchString(s)) {
		l.info = reach
	}
	if p.looksAhead(s) || p.echoesRequest(s) {
		l.ahead = reach
	}
	if p.has(s, p.Reply) && p.has(s, p.Ask) && !p.has(s, p.Replied) && !p.has(s, p.Thanks) &&
		!p.has(s, p.Negation) && statementAhead.MatchString(s) && !statementElsewhere.MatchString(s) &&
		!otherChannel.MatchString(s) { // not "please do not include …"
		l.statement = reach
	}
	if p.looksAhead(s) && pastTheMerge.MatchString(s) {
		l.past = reach // "After the merge:", 統合後は、以下の手続きをお願いいたします。
	}
}

// statementAhead: the reader asked to reply with a statement that follows
// ("please reply with the following statement:", "… using the wording
// below", "… and include the following statement", "add this statement to
// your reply:").
var statementAhead = regexp.MustCompile(`\b(?:with|using|containing|including|include|add)\s+` +
	`(?:the\s+)?` +
	`(?:following|below|this)\s+` +
	`(?:statement|text|wording|words|sentence|declaration)\b|\b(?:statement|wording|text|declaration)\s+below\b`)

// statementOfConsent reports the statement to be written back as the
// reader's own agreement to the merge ('"I, [your full name], authorize AWS
// to merge a@… into b@…"'); not one negated, of another thing or another
// system's accounts, or another's.
func (p *Phrases) statementOfConsent(s string) bool {
	return firstPersonConsent.MatchString(s) && p.has(s, p.Merge) && !p.has(s, p.Negation) &&
		!p.agreementElsewhere(s) && !mergesAnotherThing(s) && !otherSystems.MatchString(s)
}

// firstPersonConsent: a statement that opens with "I" (and the name to fill
// in) and agrees to the merge as an act: "… authorize AWS to merge …", "…
// agree to the merge of …", "… consent that my profile be merged …"; not "…
// authorize AWS to keep a copy of my ID". The agreement may come after the
// writer affirms owning the accounts ("… confirm that I am the owner of a@…
// and b@…, and I authorize …"), and only after that.
var firstPersonConsent = regexp.MustCompile(`^["“']?\s*i\b(?:,?\s*\[[^\]]{0,40}\],?)?` +
	`(?:[^.;]{0,60}?|\s*(?:(?:confirm|declare|state|certify)\s+that\s+i\s+|i\s+)?` +
	`(?:am\s+the\s+(?:sole\s+|rightful\s+)?(?:owner|holder)\s+of|own)\b(?:[^.;]|\.\S){0,160}?,?\s+and\s+(?:that\s+)?i\s+)\b(?:hereby\s+)?` +
	`(?:(?:authori[sz]e|allow|permit|ask)\s+(?:[a-z&]+\s+){0,4}?to\s+(?:merge|combine|consolidate|move|transfer)\b|` +
	`(?:agree|consent|give\s+(?:my\s+)?(?:consent|permission|approval))\s+(?:to\s+(?:the\s+)?(?:merge|merging|` +
	`consolidation)\b|that\b[^.;]*\b(?:merged|combined|consolidated|moved|transferred)\b))`)

// statementElsewhere: the statement to go on a form, on paper or signed
// ("… into the web form", "… sign it and reply with a scan"): not
// certflow's reply.
var statementElsewhere = regexp.MustCompile(`\bform\b|\bsign(?:ed|ing)?\b|\bscan\w*|\bon paper\b|\bprint\w*|` +
	`\bupload\w*`)

var countedThings = regexp.MustCompile(`\b(?:two|three|four|2|3|4|a few|a couple of)\s+(?:things|questions|` +
	`details|points|items|pieces of information)\b`)

// echoesRequest reports a line that introduces the request restated ("Your
// request:", "You asked for the following:", ご依頼内容は以下のとおりです): what
// the list says was asked for, not done. A line of its status ("Status of
// your request:", 処理状況) introduces a report.
func (p *Phrases) echoesRequest(s string) bool {
	introduces := strings.HasSuffix(strings.TrimSpace(s), ":") || p.has(s, p.Pointer)
	return introduces && requestEchoed.MatchString(s) && !statusTold.MatchString(s)
}

var (
	requestEchoed = regexp.MustCompile(`\brequest(?:s|ed)?\b|\b(?:you|they)\s+(?:asked|requested|wrote|applied)\b|` +
		`依頼|申し込み|申込|申請`)
	statusTold = regexp.MustCompile(`\b(?:status|result|outcome|update|progress|done|complete|completed|` +
		`what we (?:did|have done|changed)|changes? made)\b|` +
		`状況|結果|進捗|完了`)
)

// looksAhead reports a line that introduces what will be, under a time to
// come, a condition or a "will": "After the merge:", "Once you agree, this
// is what happens:", "If you confirm, the result will be:", 統合後は以下の
// とおりとなります。
func (p *Phrases) looksAhead(s string) bool {
	introduces := strings.HasSuffix(strings.TrimSpace(s), ":") || p.has(s, p.Pointer) // 統合後は以下のとおりとなります。
	return introduces && (opensTimeToCome(s) || p.has(s, p.Conditional) || hasWord(s, "will") || hasWord(s, "would"))
}

// settleSentence weighs what the sentence s just added to r (before: r
// before it): a report of the merge done in a list of what will be
// (ahead) reports nothing; one dated well before the mail, or about an
// earlier merge, is another merge's ("our records show the merge was
// completed on 3 March 2024"); the sentence that shows a sample ('… will
// read: "Please reply …"') asks nothing, nor does a list that looks past the
// merge (past). The earlier merge is looked for in the sentence as written
// (raw) too: reading strips 以前 (以前の統合は完了しております).
func settleSentence(r *awsRead, before awsRead, s, raw string, ahead, past bool, sent time.Time) {
	if !before.completed && !before.shownUnderOne && (r.completed || r.shownUnderOne) {
		if ahead {
			r.completed, r.shownUnderOne = false, false
		} else if aboutEarlierMerge(s, sent) || earlierMerge.MatchString(normalize(raw)) || earlierLabel.MatchString(s) {
			r.earlier = true
		}
	}
	if (r.sample || reportedAsk.MatchString(s) || jaReportedAsk.MatchString(s) || earlierLabel.MatchString(s)) &&
		!before.consent &&
		!before.consentRequired {
		r.consent, r.consentRequired = false, false // "In our last email we asked: …"
	}
	// Agreement asked in a list of what will be after the merge (統合後は、
	// 以下の手続きをお願いいたします。): for what comes after it, not the merge;
	// the mail is for a person.
	if past && (r.consent && !before.consent || r.consentRequired && !before.consentRequired) {
		r.consent, r.consentRequired = before.consent, before.consentRequired
		r.consentElsewhere = true
	}
}

var (
	// earlierLabel: a sentence that opens with a label naming an earlier
	// message ("Previous message: …", "Our last email said: …", 前回のメール：…):
	// what follows it was reported or asked then.
	earlierLabel = regexp.MustCompile(`^(?:(?:our|my|the)\s+)?(?:previous|earlier|last|prior|original)\s+` +
		`(?:message|e-?mail|update|note|reply|notice|response)(?:\s+(?:said|read|stated))?\s*[:：]|` +
		`^(?:前回|以前|先日)の(?:メール|ご連絡|ご案内|ご返信)\s*[:：]`)
	// jaReportedAsk: a request quoted with と and a verb of telling (…とご返信
	// ください、と前回ご案内いたしました, …ください、とのことです, …ください、とお伝え
	// ください): told, or to be told, not asked of the reader now.
	jaReportedAsk = regexp.MustCompile(`(?:ください|下さい|くださいませ|お願い(?:いたします|します|申し上げます))、?と` +
		`(?:の)?[^。]{0,16}?(?:ご案内|案内|お伝え|伝え|お願い|ご連絡|連絡|申し上げ|記載|こと)`)
	// reportedAsk: the desk tells what it asked or wrote before ("In our
	// last email we asked: …", "Earlier in this case we wrote: …"): what it
	// asked then is not asked by this sentence.
	reportedAsk = regexp.MustCompile(`^(?:in\s+(?:my|our)\s+(?:last|previous|earlier|first)\s+(?:e-?mail|message|` +
		`reply|mail|note),?\s+|earlier(?:\s+(?:in|on)\s+this\s+(?:case|thread|ticket))?,?\s+|previously,?\s+|` +
		`last\s+time,?\s+)(?:i|we)\s+(?:asked|wrote|said|requested|mentioned)\b|` +
		// "Our earlier email asked: …", "My last message asked you to …".
		`^(?:my|our|the)\s+(?:last|previous|earlier|first|prior)\s+(?:e-?mail|message|reply|mail|note)\s+` +
		`(?:asked|said|read|requested|was asking)\b`)
	// askTakenBack: a later sentence takes the ask back ("Actually, scratch
	// that", "Correction: we don't need your consent after all", "Wait —
	// don't reply yet", "On second thought, please hold off", "Never mind",
	// まだご返信はお控えください, 上記は別のお客様へのご案内でした).
	// A bare "No need." after the ask takes it back as "never mind" does.
	askTakenBack = regexp.MustCompile(`\b(?:scratch that|never mind|nevermind|on second thought)\b|` +
		`^no need\s*(?:[-–—,.!:;]|$)|` +
		`\bhold off\s*(?:for now|on (?:replying|answering|responding|that|this))?\s*[.!]?$|` +
		`\b(?:do not|don't)\s+(?:reply|respond|answer|confirm)\s+(?:yet|for now|until)\b|` +
		`\b(?:do not|don't|no longer)\s+need\s+your\s+(?:consent|approval|confirmation|agreement)\b|` +
		`\bmeant for (?:another|a different) (?:customer|candidate|person)\b|` +
		`ご返信(?:は|を)?(?:お控え|控えて|いただかない)|別のお客様(?:へ|宛)|誤って(?:記載|送信|お送り)|上記は誤り|` +
		// The consent said not needed: "No consent is needed from you", 統合に関するご同意は不要です.
		`\bno\s+(?:further\s+)?(?:consent|approval|confirmation|authori[sz]ation)\s+(?:is\s+|will be\s+)?(?:needed|` +
		`required|necessary)\b|\b(?:consent|approval|confirmation|authori[sz]ation)\s+(?:is|will be)\s+not\s+` +
		`(?:needed|required|necessary)\b|(?:同意|承認|承諾)(?:は|も)?(?:不要|必要(?:ありません|ございません|ない))`)
	// withdrawsEarlierAsk: the desk takes back what it asked before
	// ("please ignore my previous email", 前回のメールで…ご同意をお願いいたしましたが、
	// …): a request in the mail is for a person to weigh.
	withdrawsEarlierAsk = regexp.MustCompile(`\b(?:ignore|disregard)\s+(?:my|our|the|this)\s+(?:previous|earlier|` +
		`last|prior|former)\s+(?:e-?mail|message|request|mail|note|reply)s?\b|` +
		`(?:前回|先日|先ほど|以前)[^。]*(?:お願い|ご依頼|ご案内)(?:いたしました|致しました|しました|申し上げました)が`)
)

// pastTheMerge: a line that looks past the merge ("After the merge:",
// "Once merged:", 統合後は, 統合完了後).
var pastTheMerge = regexp.MustCompile(`\b(?:after|once|when|following)\s+(?:the\s+|your\s+)?(?:account\s+)?` +
	`(?:merge|merging|accounts are merged|merged)\b|統合後|統合完了後|統合が完了(?:しましたら|した後|後)`)

// afterCorrection is a sentence without what it says the desk told before
// and now calls wrong ("In my last email I said the merge was still
// pending, but that was wrong - …"): what was told then reports nothing
// now; what follows the correction is read.
func afterCorrection(s string) string {
	if m := jaCorrection.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	// "Following up on my earlier note that the merge was still pending: it
	// has now gone through": what the note said is not said now; the "it"
	// after it is the merge the note named.
	if m := followUpOn.FindStringIndex(s); m != nil {
		rest := s[m[1]:]
		if strings.HasPrefix(rest, "it ") && mergeNamed.MatchString(s[:m[1]]) {
			rest = "the merge " + rest[len("it "):]
		}
		return rest
	}
	if !toldBefore.MatchString(s) {
		return s
	}
	if m := calledWrong.FindStringIndex(s); m != nil {
		return strings.TrimLeft(s[m[1]:], " ,;:-–—.")
	}
	return s
}

var (
	followUpOn = regexp.MustCompile(`^(?:following up on|further to|to follow up on|as a follow-up to)\s+` +
		`(?:my|our)\s+(?:earlier|last|previous|first)\s+(?:note|e-?mail|message|update|reply|mail)\b[^:;]*[:;]\s*`)
	mergeNamed = regexp.MustCompile(`\b(?:merge|merger|merging|consolidation)\b`)
	// 前回のメールで…とお伝えしましたが、誤りでした: what was told, then called wrong.
	// Or told, then checked again (先日…旨のご連絡を差し上げましたが、再度確認いたしましたところ、…):
	// what the check found is read.
	jaCorrection = regexp.MustCompile(`^[^。]*(?:前回|先日|以前|先ほど)[^。]*(?:お伝え|ご案内|ご連絡|申し上げ|記載)[^。]*` +
		`(?:(?:誤り|間違い|誤って|正しくありません|不正確)[^。]*。?|が、[^。]*?(?:再度|改めて|あらためて|再び)` +
		`(?:確認|調査|お調べ)(?:いたしました|致しました|しました|させていただきました)ところ、)`)
	toldBefore = regexp.MustCompile(`^(?:in\s+my\s+(?:last|previous|earlier)\s+` +
		`(?:email|e-mail|message|mail|reply),?\s+)?` +
		`(?:i|we)\s+(?:told you|said|mentioned|wrote|informed you|stated|let you know)\b`)
	calledWrong = regexp.MustCompile(`\b(?:that|this|it)\s+(?:was|is)\s+(?:wrong|incorrect|not correct|not right|` +
		`inaccurate|mistaken|a mistake|an error|my mistake)\b(?:\s+on\s+my\s+part)?`)
)

// listReach is the last paragraph the list that sentence i points to
// reaches: the rest of its own paragraph when the list goes on there (a
// list right under "Here is what will happen:"), else the next paragraph
// (the list after a blank line).
func listReach(sns []sentence, i int) int {
	if i+1 < len(sns) && sns[i+1].para == sns[i].para {
		return sns[i].para
	}
	return sns[i].para + 1
}

// obtained: what the merge could not go on without has been received
// ("… without your consent, which we received yesterday").
var obtained = []string{"receiv*", "obtained", "got", "given", "recorded", "on file", "いただきました", "頂きました", "受領",
	"頂戴"}

// receiptTold reports what the merge waits for told as received
// ([obtained]); not what the reader will get ("you will receive a
// confirmation from us"), a receipt still to come ("we will receive"), nor
// what the desk must have ("we must have your authorisation on file").
func (p *Phrases) receiptTold(s string) bool {
	return p.has(notReceived.ReplaceAllString(withoutReceiptHoped(s), " "), obtained)
}

var notReceived = regexp.MustCompile(`\byou\s+(?:will\s+|should\s+|may\s+|would\s+)?(?:also\s+|then\s+)?` +
	`(?:receive|get)\b|\b(?:we|i)\s+(?:will|shall|should|would|may)\s+(?:also\s+|then\s+)?(?:receive|get)\b|` +
	`\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)\s+(?:have|keep|hold)\b[^.;]*?\bon\s+(?:file|record)\b`)

// infoNeeded: the desk telling the details it will need ("I'll need a bit more
// information:"), over the list of them.
var infoNeeded = regexp.MustCompile(`\b(?:i|we)\s+(?:will|would|'ll|'d)\s+need\s+(?:a\s+(?:bit|little)\s+(?:of\s+)?` +
	`(?:more|further|additional)\s+|a\s+few\s+(?:more\s+|further\s+|additional\s+)?|some\s+(?:more\s+|further\s+|` +
	`additional\s+)?|(?:more|further|additional|the following)\s+)(?:information|details)\b`)

// requestForms are the words that make a sentence a request (not お知らせ
// alone: 以下をお知らせいたします is "we inform you of the following").
var requestForms = []string{"please", "kindly", "could you", "can you", "would you", "ください", "いただけ", "お願い"}

// readClauses reads what a sentence reports, clause by clause: the merge
// done, trouble with it, a refusal.
func (p *Phrases) readClauses(r *awsRead, s string) {
	s = withoutReportedNotice(withoutQuotedSpeech(p.withoutStatusLabels(s)))
	question := isQuestion(s) || asksReaderToConfirm.MatchString(s)
	plain := p.withoutPlainAsides(s) // the clauses are cut without a list in parentheses
	// A contrast, a pending step, or a report held to a part, a test or
	// another's accounts ([Phrases.completionHeld]): no completion stands.
	contrast := p.has(withoutSubjectGa(s), p.Contrast) || p.has(s, p.Pending) || p.completionHeld(s)
	p.readWhole(r, s, question, contrast)
	// The accounts told left as they were ("your accounts a@… and b@… are
	// unchanged"): nothing merged, whatever else was.
	p.readTrouble(r, s, accountsUnchanged.MatchString(s) && !question && !p.has(s, p.Conditional))
	// "However, please allow a day for the badges", "ただし、…場合があります": a
	// caveat of later, not set against the report.
	r.setAgainst = r.setAgainst || contrastOpener.MatchString(s) && !caveatOfLater.MatchString(s)
	// "We cannot merge without your confirmation": a condition of the
	// merge, not trouble with it nor a refusal. In English only the clause
	// that says so; in Japanese the sentence (ご同意がない限り、…できません).
	jaRequires := jaWithout.MatchString(s)
	var governed, timed bool // a condition, or a time to come, opened the sentence: what follows is hypothetical
	mergeTopic := false      // the merge is the sentence's topic (統合は、…): what it refuses is the merge
	extrasTopic := false     // the clause before names extras as its topic (クーポンは、…)
	for _, c := range clauses(plain) {
		c = reportFrame.ReplaceAllString(c, "")
		if warnsIrreversible(c) {
			continue // "the merged account cannot be restored": a warning before consent, no trouble
		}
		onMerge := p.has(c, p.Merge)
		calm := reassurance.ReplaceAllString(c, " ") // what the merge will not harm negates nothing
		if replyYes.MatchString(s) {
			calm = offeredNo.ReplaceAllString(calm, " or ") // "reply YES to merge or NO to cancel": a word to send
		}
		negated := p.has(calm, p.Negation)
		conditional := governed || p.has(pastTime.ReplaceAllString(c, " "), p.Conditional)
		// Under a condition, only what is said of now or later is
		// hypothetical: "if you look, the badges were not moved" is trouble.
		troubleHypothetical := p.has(c, p.Conditional) || governed && !statesPast.MatchString(c) ||
			jaEvenIfMerged(c) && !statesPast.MatchString(c)
		requires := jaRequires || requiresConsent(c) != ""
		// 割引クーポンは、統合先へは移行されません: the extras are the topic of
		// the clause before, what is not moved is them.
		// Not when the clause names the certifications too (認定資格と同じく…).
		if negated && (extrasNotMoved(c, onMerge) || extrasTopic && hasAnyWord(c, transferVerbs) &&
			!jaCertWords.MatchString(c)) {
			r.extrasLost, extrasTopic = true, false // the topic reaches the one clause after it
			governed, timed = governed || opensCondition(c), timed || opensTimeToCome(c)
			continue
		}
		extrasTopic = extras(c) && jaTopicEnd.MatchString(c)
		moved, movedDone := transfer(c)
		done := onMerge && (p.statesCompleted(c) || completionGrammar(c)) || movedDone
		promised := timed && !toldInPast.MatchString(c) // "once you reply, the merge is complete"
		if done && !question && !negated && !conditional && !promised && !requires && !contrast {
			r.completed = true
		}
		// Trouble with the merge anywhere ("nothing was merged", "the
		// merge failed", "the certifications could not be moved") means a
		// completion elsewhere is not the whole story, and no consent is
		// asked for. A merge or move still pending ("the badge transfer is
		// on hold", "scheduled for Tuesday") keeps completions from standing;
		// an answer not yet received is what the merge waits for, no trouble.
		p.readTrouble(r, s, (onMerge || moved) && negated && !troubleHypothetical && !requires && !noAnswer.MatchString(c))
		r.pending = r.pending || (onMerge || moved) && !negated && p.has(c, p.Pending)
		p.readRefusal(r, calm, onMerge || mergeTopic, conditional, governed, requires)
		governed, timed = governed || opensCondition(c), timed || opensTimeToCome(c)
		// The request as the topic (今回のご依頼は、…) is refused as the merge is,
		// unless the sentence holds it back for now (…確認が取れるまで、…).
		mergeTopic = mergeTopic || (p.has(c, p.Merge) || requestTopic.MatchString(c) && !p.has(s, p.Temporary)) &&
			jaTopicEnd.MatchString(c)
	}
}

// accountsUnchanged tells the accounts left as they were ("your accounts
// a@… and b@… are unchanged", "both profiles remain separate").
var accountsUnchanged = regexp.MustCompile(`\b(?:accounts|profiles|both)\b(?:[^.;]|\.\S){0,80}?\b(?:are|remain|` +
	`were|stay|have been left|have remained)\s+(?:unchanged|untouched|separate|as they were)\b`)

// closesWithoutMerge: the desk will close or end the case without a merge
// (統合を行わずにクローズいたします), so no reply beside it agrees to one.
var closesWithoutMerge = regexp.MustCompile(`\b(?:will|shall)\s+(?:then\s+)?(?:close|resolve|end)\b` +
	`(?:[^.;]|\.\S){0,60}?\bwithout\s+(?:a\s+|the\s+|any\s+)?(?:merge|merging)\b|` +
	`統合(?:を行わず|を実施せず|せず)(?:に)?[^。]{0,20}(?:クローズ|終了)(?:いたします|します|させていただきます)`)

// reassurance is what the merge will not harm ("merging won't cancel your
// exam booking", "your badges will not be affected", "it doesn't change
// your candidate ID"): said of later or of any merge, it negates no merge
// and tells of no trouble (not "the merge did not change anything", told of
// what happened).
// In Japanese: 統合によって受験予約がキャンセルされることはございません, 影響はございません.
var reassurance = regexp.MustCompile(`\b(?:won't|will not|wouldn't|would not|does not|doesn't|should not|` +
	`shouldn't)\s+(?:be\s+)?(?:cancel|affect|chang|reset|los|eras|expir|invalidat|impact|alter)\w*|` +
	`(?:キャンセル|取り消|削除|失効|無効に|リセット|変更|消失)(?:され|に(?:なる|なり))?(?:る)?ことは(?:ございません|ありません)|` +
	// 有効期限が変わることはございません: what the merge leaves as it is.
	`変わることは(?:ございません|ありません)|` +
	`影響(?:は|が出ることは|を与えることは|を受けることは)(?:ございません|ありません)|` +
	// What expires is not extended or renewed by it ("merging does not
	// extend the expiry dates", 有効期限は統合によって延長されません): a
	// fact of any merge.
	`\b(?:won't|will not|does not|doesn't|do not|don't|is not|isn't|are not|aren't)\s+(?:be\s+)?` +
	`(?:extend|renew|prolong)\w*|延長(?:され|いたし|致し|し)?(?:ません|ない|ず)`)

// extrasNotMoved reports a negated clause of extras not moved ("Vouchers
// will not be carried over to the merged account"): a caveat about what is
// not moved; it does not keep a consent request from standing, but, as
// before, a completion is left for a person.
func extrasNotMoved(c string, onMerge bool) bool {
	return extras(c) && hasAnyWord(c, transferVerbs) && (onMerge || transferSaid(c))
}

// pastTime is a time clause told in the past ("… after we moved your
// certifications over to b@…", "when we merged the accounts"): what
// happened then, no condition ("after we move them", "once we have moved
// them" are still to come).
var pastTime = regexp.MustCompile(`\b(?:after|once|when|before)\s+(?:we|i|you|they|our\s+[a-z-]+(?:\s+team)?)\s+` +
	`(?:had\s+)?(?:moved|merged|transferred|migrated|combined|consolidated|carried over|completed|finished)\b`)

// aside is a part of a sentence in parentheses.
var aside = regexp.MustCompile(`\s*[(（][^()（）]{1,200}[)）]`)

// withoutPlainAsides removes the asides in parentheses that only name or
// list things ("your certifications (Developer - Associate and Security -
// Specialty) have been transferred"): their dashes and "and" would cut the
// clause around them. An aside that negates, narrows, sets a condition or
// tells of trouble or of a step to come ("(except the Specialty)", "(once
// you confirm)") stays, and is read.
func (p *Phrases) withoutPlainAsides(s string) string {
	return aside.ReplaceAllStringFunc(s, func(a string) string {
		// "your" and "our" before a noun only name it ("(your Developer -
		// Associate certification)"); "(once you confirm)" still says more.
		if !isASCII(a) || asideSays.MatchString(possessive.ReplaceAllString(a, " ")) || p.has(a, p.Negation) ||
			p.has(a, p.Conditional) || p.has(a, p.Pending) || p.has(a, p.Contrast) || p.has(a, p.Temporary) ||
			partMarkers.MatchString(a) || mishap.MatchString(a) || strings.Contains(a, "?") {
			return a
		}
		return ""
	})
}

// jaEvenIfMerged reports a clause told of any merge, "even if merged", about
// another system (統合しても APN 側のプロフィールには反映されません): what a
// merge never does there, no trouble with this one. Not leave asked
// (統合してもよろしいでしょうか), nor what a merge does not move of the
// certification account (統合しても認定資格は移行されません): that is trouble.
func jaEvenIfMerged(c string) bool {
	m := jaEvenIf.FindStringIndex(c)
	return m != nil && !jaLeaveAfter.MatchString(c[m[1]:]) && otherSystems.MatchString(c) && !jaCertWords.MatchString(c)
}

var (
	jaEvenIf     = regexp.MustCompile(`(?:統合|マージ)(?:を)?(?:しても|されても|いたしましても|されましても)`)
	jaCertWords  = regexp.MustCompile(`資格|履歴|バッジ`)
	jaLeaveAfter = regexp.MustCompile(`^\s*(?:よろし|宜し|構いま|かまいま|問題|大丈夫|差し?支え|いい|良い|OK|ok)`)
)

// readersOwnCopy removes the asterisk of a note on what the reader had kept
// ("* If you had bookmarked your old transcript link, it will no longer
// work"): the condition is the reader's own doing, no footnote that holds
// the report back as "* once the job has run" does.
func readersOwnCopy(s string) string {
	if ownCopyNote.MatchString(s) {
		return strings.TrimLeft(s, "*※ ")
	}
	return s
}

var ownCopyNote = regexp.MustCompile(`^[*※]+\s*if\s+you\s+(?:had|have|'ve|'d)\s+(?:bookmarked|saved|printed|` +
	`downloaded|copied|stored)\b`)

// offeredNo is the NO offered beside a reply YES ("… or NO to cancel"), the
// other word the reader may send: no negation of what the sentence says.
var offeredNo = regexp.MustCompile(`(?:^|\s)or\s+(?:reply\s+(?:with\s+)?)?["'“]?no["'”]?\s+to\s`)

// readTrouble records trouble with the merge that sentence s tells, as
// trouble with an earlier attempt when s says so.
func (p *Phrases) readTrouble(r *awsRead, s string, trouble bool) {
	if earlierAttempt.MatchString(s) {
		r.troubledBefore = r.troubledBefore || trouble
		return
	}
	r.troubled = r.troubled || trouble
}

// earlierAttempt: what a sentence tells is of an earlier try ("our first
// attempt", "the previous attempt", "initially", 初回の統合処理).
// Also a time past told beside a re-run in the same sentence ("the error
// that stopped the merge last week has been fixed, and I re-ran it"): the
// trouble was the first run's.
var earlierAttempt = regexp.MustCompile(`\b(?:first|earlier|previous|initial|original)\s+(?:merge\s+)?` +
	`(?:attempt|try|run)\b|\binitially\b|\bat first\b|初回|前回の(?:処理|作業|試行)|` +
	`\b(?:last\s+(?:week|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday)\b` +
	`[^.]{0,100}?\b(?:re-?ran|ran (?:it|the merge) again|retried)\b`)

// reRunWorked: after trouble with an earlier attempt, the merge run again
// and told to have worked ("I re-ran it this morning and this time it
// worked"): the merge done, as the earlier trouble makes "it" the merge.
// What is re-run is "it" or the merge, not another job ("re-ran the badge
// sync and it worked"); only times and "and" may come before "it worked".
var reRunWorked = regexp.MustCompile(`\b(?:re-?ran|retried|(?:ran|tried)\s+(?:it|the merge)\s+again)` +
	`(?:\s+(?:it|the merge))?(?:[\s,]+(?:this|today|tonight|yesterday|earlier|again|now|morning|afternoon|` +
	`evening|night|time|and|then|so|far))*\s+(?:it|this)\s+(?:worked|went through|succeeded|was successful)` +
	`\s*[.!]?$`)

var possessive = regexp.MustCompile(`\b(?:your|our)\s`)

// asideSays: an aside that speaks of the reader, the desk or a time, or of
// what the merge waits for ("(awaiting your approval)", "(subject to a
// final check)", "(due tomorrow)"), says more than names, and is read.
var asideSays = regexp.MustCompile(`\b(?:i|you|your|we|our|us|once|when|until|after|before|unless|await\w*|` +
	`wait\w*|subject|requir\w*|need\w*|consent\w*|approv\w*|agree\w*|confirm\w*|reply|respond\w*|expect\w*|` +
	`due|soon|later|tomorrow|today|next|yet|still|will|would|may|might|check\w*|review\w*|verif\w*)\b`)

// contrastOpener is a sentence that opens by setting itself against the
// one before: "However, …", "But …", "Unfortunately, …", ただし、, しかし、.
// Also in brackets after the report (統合完了です。（ただし、バッジの移行は明日になります）).
var contrastOpener = regexp.MustCompile(`^[(（]?\s*(?:(?:however|but|unfortunately|that said|sadly)\b|` +
	`(?:ただし|但し|しかし|ただ、|残念ながら))`)

// caveatOfLater: what may take time to show ("it can take a day", "please
// allow 24 hours", 反映には…かかる場合があります); not "we will need to run
// the merge again".
var caveatOfLater = regexp.MustCompile(`\b(?:please|may|might|can take|could take|allow|up to)\b|` +
	`場合があります|場合がございます|かかります|お待ちください`)

// readWhole reads what only the whole sentence tells: the merge undone,
// required, in trouble, reported in a form that needs the whole sentence,
// or planned.
func (p *Phrases) readWhole(r *awsRead, s string, question, contrast bool) {
	// "We merged them by mistake and have reverted it": undone.
	moved, _ := transfer(s)
	r.troubled = r.troubled || p.has(s, p.Undone) && (p.has(s, p.Merge) || moved)
	r.required = r.required || requiresConsent(s) != ""
	p.readTrouble(r, s, !question && p.toldMishap(s))
	r.troubled = r.troubled || !question && (p.certsMissing(s) || p.retracts(s))
	if (p.jaSentenceDone(s) || p.sentenceDone(s)) && !question && !contrast {
		r.completed = true
	}
	if r.troubledBefore && reRunWorked.MatchString(s) && !p.has(s, p.Negation) && !p.has(s, p.Conditional) &&
		!question && !contrast {
		r.completed = true
	}
	if p.bareVerbDone(s) && !question && !contrast {
		r.completed, r.bareDone = true, true
	}
	r.othersMergeable = r.othersMergeable || otherMergeables.MatchString(s)
	// "- Exam history transferred: yes" reports a move done; "…: pending"
	// or any other status holds every completion back.
	if done, told := p.statusOfMove(s); told && !question {
		r.completed = r.completed || done && !contrast
		r.pending = r.pending || !done
	} else if p.statusNotDone(s) {
		r.pending = true // "- Badges transferred: pending", ・旧アカウントの削除：未了
	}
	r.shownUnderOne = r.shownUnderOne || !question && !contrast && p.showsUnderOne(s)
	// "ご依頼のアカウント統合は、12月21日に実施する予定です": the merge is only
	// planned, whichever clause of the sentence names it.
	r.pending = r.pending || p.has(s, p.Merge) && !question && !p.has(s, p.Negation) && planned.MatchString(s)
}

// reportFrame is the desk vouching for what it reports ("I can confirm that
// …", "we can see that …"), or announcing it in a courtesy ("We would like
// to inform you that …"): its "can" or "would" makes the report no
// hypothesis, so it is read without it.
var reportFrame = regexp.MustCompile(`^\s*(?:and\s+)?(?:i|we)\s+(?:can\s+(?:now\s+|also\s+)?(?:confirm|see)|` +
	`(?:would|'d)\s+like\s+to\s+(?:inform|notify|advise|tell)\s+you|(?:would|'d)\s+like\s+to\s+let\s+you\s+know)` +
	`\s+(?:that\s+)?`)

// withoutSubjectGa drops the 、 after a が that marks a subject
// (統合処理が、本日完了しました), so that only the conjunctive が、 ("but",
// after a predicate: 完了しましたが、…) reads as a [contrast]. A predicate
// ends in a verb's, an adjective's or the copula's own form (す, た, だ, ん,
// い, る, …), never in a kanji, a katakana, a Latin letter or a bracket, nor
// in the i- or e-row kana that end a noun made of a verb (手続き, 問い合わせ).
func withoutSubjectGa(s string) string {
	var b strings.Builder
	rest := s
	for {
		i := strings.Index(rest, "が、")
		if i < 0 {
			b.WriteString(rest)
			return b.String()
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:i])
		b.WriteString(rest[:i+len("が")])
		if !endsNoun(before) {
			b.WriteString("、")
		}
		rest = rest[i+len("が、"):]
	}
}

// nounEndingKana are the i- and e-row kana (not い itself, an adjective's
// ending) that end a noun made of a verb's stem.
const nounEndingKana = "きぎしじちぢにひびぴみりけげせぜてでねへべぺめれ"

func endsNoun(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Katakana) || r == 'ー' || r < utf8.RuneSelf && unicode.IsLetter(r) ||
		unicode.IsDigit(r) || strings.ContainsRune("」』)）]", r) || strings.ContainsRune(nounEndingKana, r)
}

// readRefusal reads whether a clause closes the case, says what the desk
// cannot do, or refuses the request. governed: a condition opened the
// sentence before this clause.
func (p *Phrases) readRefusal(r *awsRead, c string, onMerge, conditional, governed, requires bool) {
	// "I will now close this case", "I'll resolve this case now" close it
	// now, for all their "will"; "we will not take further action" decides.
	// Not "otherwise" nor "without …": what the desk needs first.
	decided := !governed && !p.has(deskWillNot.ReplaceAllString(c, " "), p.Conditional) &&
		!hasWord(c, "otherwise") && !hasWord(c, "without")
	closes := (p.has(c, p.Closing) || caseClosed.MatchString(c) || jaCaseEnded.MatchString(c)) &&
		!notClosing.MatchString(c)
	r.closing = r.closing || (!conditional || p.actsNow(c) && !governed) && closes ||
		decided && endsAction.MatchString(c)
	// "ご返信をいただけなかったため" tells of the past, whatever its までに.
	told := !governed && !opensCondition(c) && (!conditional || statesPast.MatchString(c))
	r.unanswered = r.unanswered || told && noAnswer.MatchString(c)
	// "… which isn't something our team can help with": its "can" is the
	// desk's inability, no condition.
	notOurs := notOursToDo.MatchString(c) && !governed && !opensCondition(c)
	temporary := p.has(c, p.Temporary)
	cannot := notOurs || p.has(c, p.Refusal) && !temporary && !conditional && !requires
	// The desk deciding not to act ("we will not proceed with the merge")
	// or not taking the request the way it came ("merge requests are not
	// accepted by email") turns it away, unless the mail also asks for
	// consent or reports the merge done (then a person reads it).
	declines := decided && deskWillNot.MatchString(c) && !temporary && !requires
	declines = declines || notAccepted.MatchString(c) && !temporary && !conditional && !requires
	// "We cannot change partner records … closing this case": what the
	// desk cannot do, with the case closed, is a refusal.
	r.unable = r.unable || cannot || declines || withoutMerging.MatchString(c) && !conditional
	aboutRequest := onMerge || hasWord(c, "request*") || strings.Contains(c, "依頼") || strings.Contains(c, "要望")
	r.refusal = r.refusal || aboutRequest && cannot
	r.turnedAway = r.turnedAway || aboutRequest && declines
}

// warnsIrreversible reports a clause that says what cannot be done to a
// merge once it is done (undone, reversed, restored, split again: 元に戻す,
// 分離, 復元): the warning a consent request carries, in whatever words,
// which tells of no trouble and refuses nothing.
func warnsIrreversible(c string) bool {
	return cannotDo.MatchString(c) && undoing.MatchString(separateKinds.ReplaceAllString(c, " "))
}

// separateKinds: "separate" told of what things are ("they are separate
// systems", "two separate products"), not of separating them again.
var separateKinds = regexp.MustCompile(`\bseparate\s+(?:systems?|products?|services?|platforms?|databases?|logins?)\b`)

// withoutWarnings removes from a sentence the comma-separated parts that
// warn a merge cannot be undone, so that their negation does not hold back
// the request beside them (統合は取り消しができない操作となりますので、実施に
// 同意いただけるかご返信をお願いいたします).
func withoutWarnings(s string) string {
	var b strings.Builder
	for rest := s; rest != ""; {
		part, sep := rest, ""
		if i := strings.IndexAny(rest, ",、"); i >= 0 {
			_, n := utf8.DecodeRuneInString(rest[i:])
			part, sep, rest = rest[:i], rest[i:i+n], rest[i+n:]
		} else {
			rest = ""
		}
		if !warnsIrreversible(part) {
			b.WriteString(part + sep)
		}
	}
	return strings.TrimSpace(b.String())
}

var (
	// Also "it isn't something we can undo", "we won't be able to reverse
	// it", "there is no undoing it".
	cannotDo = regexp.MustCompile(`\b(?:cannot|can't|can not|unable to|not able to|not possible|impossible|` +
		`no way (?:for (?:us|you|anyone) )?to)\b|\b(?:isn't|is not|wasn't|was not|aren't|are not)\s+(?:something|` +
		`anything)\s+(?:that\s+)?(?:we|you|anyone|i)\s+(?:can|could|are able to|am able to)\b|` +
		`\b(?:won't|will not|wouldn't|would not)\s+be\s+able\s+to\b|\bthere(?:'s| is) no\s+(?:undoing|reversing)\b|できません|できかねます|出来ません|できない|出来ない|不可能|不可|(?:戻|取り消|離)せ(?:ない|ません)`)
	undoing = regexp.MustCompile(`\b(?:undo|undoing|undone|revers\w*|restor\w*|revert\w*|separat\w*|split|unmerg\w*|` +
		`un-merg\w*|roll(?:ed)? back|recover\w*|go back|` +
		`(?:moved?|put|transferred|brought|taken) back)\b|元に戻|もとに戻|分離|分割|分け(?:る|ら)|復元|取り消|取消|切り離|戻すこと|戻せ`)
)

// planned says a sentence's action is planned for later: 予定です, "is
// scheduled for", "will be merged on", "will be done on Monday", "we will
// run it on Monday".
var planned = regexp.MustCompile(`予定です|予定となっております|予定となります|予定でございます|予定しております|` +
	`\bscheduled (?:for|on)\b|\bwill be (?:merged|combined|processed|completed|carried out|done|finished|run) ` +
	`(?:on|by)\b|\b(?:we|i)\s+will\s+(?:run|do|process|complete|carry out|perform|execute)\s+(?:it|them|the merge)\s+` +
	`(?:on|by|tomorrow|tonight|next|later)\b`)

// withoutSampleLines removes the lines of own words from the first that is
// a field of a mail shown as a sample ("件名：アカウント統合が完了しました",
// "Subject: Your accounts have been merged") on, with the sample's body after
// it: the desk shows what it will send, it reports nothing by them.
func withoutSampleLines(own string) string {
	// The sample's body follows its field lines: nothing from the first
	// field on is the desk's report. A subject among the fields of a case's
	// record ("Case Number: … / Subject: … / Status: Resolved") is the case's
	// own, no sample; what it says is the case's title, not read either.
	for from := 0; from < len(own); {
		loc := sampleField.FindStringIndex(own[from:])
		if loc == nil {
			return own
		}
		at := from + loc[0]
		at += len(own[at:]) - len(strings.TrimLeft(own[at:], " \t\r\n\u3000")) // the field's own line
		if !caseRecordAround(own, at) {
			return own[:at]
		}
		end := len(own)
		if k := strings.IndexByte(own[at:], '\n'); k >= 0 {
			end = at + k
		}
		own = own[:at] + own[end:]
		from = at + 1
	}
	return own
}

// caseRecordAround reports a field line at i with a field of a case's
// record on the line just before it or just after it.
func caseRecordAround(own string, i int) bool {
	start := strings.LastIndexByte(own[:i], '\n') + 1
	end := len(own)
	if k := strings.IndexByte(own[i:], '\n'); k >= 0 {
		end = i + k
	}
	prevStart := 0
	if start > 1 {
		prevStart = strings.LastIndexByte(own[:start-1], '\n') + 1
	}
	next := own[min(end+1, len(own)):]
	if k := strings.IndexByte(next, '\n'); k >= 0 {
		next = next[:k]
	}
	return start > 0 && caseField.MatchString(own[prevStart:start]) || caseField.MatchString(next)
}

// caseField is a line of a case's record: "Case Number: …", "Status: …".
var caseField = regexp.MustCompile(`(?i)^[\s\x{3000}]*(?:case\s+(?:number|id|no\.?|#)|status|resolution|priority|` +
	`severity|category|opened|created|last\s+updated|ケース番号|ステータス|状況)\s*[:：]`)

// withoutEarlierMail removes the lines of own words from a line that only
// names an earlier mail of the desk, or the reader's request, on: the copy
// of it below ("My last update (Nov 30):", 【前回のご案内】, "… wrote on
// Monday:") reports and asks what it did then, not now.
func withoutEarlierMail(own string) string {
	if loc := earlierMailHead.FindStringIndex(own); loc != nil {
		return own[:loc[0]]
	}
	return own
}

// earlierMailHead is a line that only names an earlier mail or the
// reader's request, as a heading: not one that says something of it
// (前回のご案内に誤りがございました).
var earlierMailHead = regexp.MustCompile(`(?im)^[\s>*#-]*(?:for reference[,:]?\s+)?(?:here is\s+)?` +
	`(?:(?:our|my|the)\s+(?:previous|last|earlier|prior|first|original)\s+(?:e-?mail|message|update|reply|note|` +
	`mail|notice|response)|what\s+(?:we|i)\s+(?:sent|wrote|said)(?:\s+[^:\n]{0,30})?|(?:your\s+)?original\s+` +
	`(?:request|message|inquiry|enquiry|e-?mail))(?:\s*\([^)\n]{0,30}\))?\s*[:：]\s*$|` +
	`^[\s\x{3000}]*[【＜<■□◆●［\[（(]?\s*(?:前回|以前|先日|過去|元|前)の?(?:ご案内|ご連絡|メール|ご返信|回答|ご回答|` +
	`やり取り|やりとり|お知らせ)(?:内容)?\s*[】＞>］\]）)]?\s*[:：]?\s*$|` +
	`^[\s\x{3000}]*[【＜<■□◆●［\[]\s*(?:お客様からの)?(?:お問い合わせ|お問合せ|ご依頼)(?:内容)?\s*[】＞>］\]]\s*$|` +
	// An attribution left over a thread pasted without quote marks ("AWS
	// Support wrote on Monday:").
	`^[^\n]{0,100}\b(?:wrote|writes)(?:\s+on\s+[^:\n]{0,40})?\s*[:：]\s*$`)

// sampleField is a line that starts with a mail's field name and a colon.
var sampleField = regexp.MustCompile(`(?im)^[\s\x{3000}]*(?:件名|本文|タイトル|題名|subject|body|title)\s*[:：]`)

// statesPast marks a clause that tells what happened (past tense), which no
// condition before it makes hypothetical.
var statesPast = regexp.MustCompile(`\b(?:was|were|did|didn't|has been|have been|had|could not|couldn't|failed|` +
	`wasn't|weren't|hasn't|haven't)\b|ませんでした|なかった|ました|でした`)

// A condition that opens a sentence governs the clauses after it: "if we
// do not hear from you, we cannot merge the accounts", ご返信がない場合、
// 本ケースはクローズいたします warn of what would happen; they report no
// closing and no failed merge. Only a true condition (if, unless, 場合,
// …たら, …れば, なら, 限り), not a time ("when we tried, the merge failed").
var (
	enCondition = regexp.MustCompile(`^\s*(?:if|unless|in case|in the event|should you|provided|assuming|` +
		`as long as|so long as|on condition)\b`)
	jaCondition = regexp.MustCompile(`(?:場合|場合は|場合には|たら|たらば|れば|なら|ならば|限り|のであれば)\s*$`)
)

// notOursToDo is the desk saying a request is not its to handle: "isn't
// something our team can help with", "falls outside what we handle", "not
// the right team"; with the case closed, a refusal.
var notOursToDo = regexp.MustCompile(`\b(?:isn't|is not)\s+something\s+(?:that\s+)?(?:we|i|our|this|the)\b|` +
	`\bfalls?\s+outside\b|\boutside\s+(?:the|our)\s+scope\b|\boutside\s+(?:of\s+)?what\b|` +
	`\bnot\s+(?:the\s+)?(?:right|correct)\s+team\b|\bwrong\s+team\b|担当外|対応範囲外`)

// willNow is a "will" done now: "I will now close", "I'll resolve this
// case now".
var willNow = regexp.MustCompile(`\bwill\s+now\b|\bwill\s+[a-z]+(?:\s+[a-z]+){0,3}\s+now\b`)

// actsNow reports a clause whose only condition marker is a "will" done now.
func (p *Phrases) actsNow(c string) bool {
	return willNow.MatchString(c) && !p.has(willNow.ReplaceAllString(c, " "), p.Conditional)
}

func opensCondition(clause string) bool {
	return enCondition.MatchString(clause) || jaCondition.MatchString(clause)
}

// readRequest reads what a sentence asks for: consent, details, or a
// receipt. listed: the sentence is in the list a "please confirm the
// following:" points to, so it is asked for.
func (p *Phrases) readRequest(r *awsRead, s string, listed bool) {
	s = requestText(s)
	question := isQuestion(s)
	// …ご返信をいただいております tells what the desk gets (通常、…), or got: no ask.
	asks := (p.has(patienceAsked.ReplaceAllString(deskWillReply.ReplaceAllString(s, " "), " "), p.Ask) ||
		question || listed ||
		imperativeItem.MatchString(s) || bareConfirm.MatchString(s)) &&
		!jaReceives.MatchString(s)
	info := p.detailsAsked(s) || jaWhichAsked.MatchString(s) || p.confirmsDetail(s) || p.confirmsNoMerge(s)
	// A consent the desk will act only after receiving (ご同意をいただいてから
	// 開始いたします) tells when, it asks for nothing.
	w := jaReceiptFirst.ReplaceAllString(s, "")
	// The move of the certifications is the merge ("a@… の資格情報を b@… へ
	// 移行してよろしいでしょうか", "OK to move your certifications to b@…?").
	agrees := p.has(w, p.Consent) || p.has(withoutOtherWishes(w), p.WeakConsent) &&
		(p.has(s, p.Merge) || transferSaid(s)) && (p.has(s, p.Reply) || question || asksPermission(s)) &&
		!p.has(deskPromise.ReplaceAllString(s, ""), p.Temporary)
	agrees = (agrees || p.confirmsGoingOn(s)) && !p.agreementElsewhere(s) && !askedWhetherDone.MatchString(s)
	// "If you did not authorise this merge, please contact us" asks for
	// nothing: a negated sentence is no consent request, nor is one that
	// thanks for or tells of a reply already given.
	given := p.has(s, p.Thanks) || p.has(s, p.Replied)
	if asks && agrees && !info && !given && !p.has(s, p.Negation) || p.asksForConsentWords(s) ||
		p.replyConsents(s) || p.leaveToMerge(s) && !info ||
		p.asksForYesUnquoted(s) && !info || p.wishTagged(s) && !given {
		r.consent = true
	}
	// "We cannot merge without your consent" asks for it, unless the mail
	// tells elsewhere that it was given (ご同意いただきましたので…).
	if p.has(s, p.Merge) && !given && !p.receiptTold(s) && consentNoun.MatchString(requiresConsent(s)) {
		r.consentRequired = true
	}
	// "We require your authorization", 所有者様からの承認が必要となります: the
	// desk says it needs the reader's agreement, on a merge the mail is about.
	// "Once you confirm, we will merge them", ご了承いただけましたら統合を開始
	// いたします: the merge waits for the reader's agreement, as "we need
	// your consent" says.
	// Not when what the merge waits for is agreement to another thing or
	// someone else's (新しい利用規約に同意いただけましたら、統合を進めます).
	needs := (needsYourConsent(s) || mergeAwaitsAgreement(s) && !info) && !p.agreementElsewhere(s)
	received := p.receiptTold(s) && !awaitsReceipt.MatchString(s) // not "once we receive your consent, …"
	if needs && !given && !received && !p.has(s, p.Negation) && !question {
		r.consentRequired = true
	}
	// "Once we receive your approval, …" looks forward to a consent; it
	// tells of none given.
	// Not "we have not yet received your confirmation": none given.
	r.consentGiven = r.consentGiven || (given || p.receiptTold(s)) && !awaitsReceipt.MatchString(s) &&
		(p.has(s, p.Consent) || p.has(s, p.WeakConsent)) && !p.has(s, p.Negation)
	r.moreInfo = r.moreInfo || asks && info && !asksNothingSent(s)
	r.ack = r.ack || p.acknowledges(s)
	r.forAnother = r.forAnother || asksAnotherToAnswer(s)
	// 新しい利用規約に同意いただく必要があります: agreement needed to another thing.
	// "Your colleague asked us to hold it": another wants the merge held.
	// A consent by another channel, or only from one address: not certflow's reply.
	r.consentElsewhere = r.consentElsewhere || needsConsentElsewhere(s) || othersHold.MatchString(s) ||
		otherChannel.MatchString(jaAskedVia.ReplaceAllString(s, "")) ||
		(jaNeedsConsent.MatchString(s) || needsConsent.MatchString(s)) && p.agreesToAnotherNamed(s)
}

// bareConfirm: the short agent's imperative, without a please ("Confirm you
// want a@… merged into b@…", "Just confirm that you agree"): asked as
// "please confirm" asks, and read by the same rules.
var bareConfirm = regexp.MustCompile(`^(?:(?:just|simply|also|so)\s+)?confirm\s+(?:(?:to\s+(?:me|us)|by\s+` +
	`(?:reply|replying|return e-?mail))\s+)?(?:that\s+)?you\b`)

// deskPromise is what the desk will do once the reader answers, after the
// request ("… and I will take care of it today", "… and we'll process it
// right away"): its time is the desk's, it puts no ask off.
var deskPromise = regexp.MustCompile(`,?\s+(?:and|then)\s+(?:i|we)(?:'ll|\s+will|\s+shall|\s+can)\s+` +
	`(?:then\s+)?(?:take care of|process|handle|merge|do|complete|finish|get|action|sort)\b[^,;]*$`)

// confirmsGoingOn reports the reader asked to confirm by reply what the
// condition opening the sentence names, being content to go on ("If you are
// happy to proceed, please confirm by replying to this email").
func (p *Phrases) confirmsGoingOn(s string) bool {
	c := agreedFirst.FindStringSubmatchIndex(s)
	return c != nil && contentToGoOn.MatchString(s[c[2]:c[3]]) && p.agreementCondition(s[c[2]:c[3]]) &&
		confirmByReply.MatchString(s[c[1]:])
}

var confirmByReply = regexp.MustCompile(`^(?:please\s+|kindly\s+|just\s+|simply\s+)?(?:confirm|let us know)` +
	`(?:\s+(?:this|so|that))?\s+by\s+(?:replying|reply|responding)(?:\s+to\s+(?:this|our)\s+(?:e-?mail|message))?` +
	`\s*[.!]?$`)

// jaReceiptFirst is a clause of what the desk receives before it acts
// (ご本人様のご同意を頂戴してから, ご承認をいただいた後に).
var jaReceiptFirst = regexp.MustCompile(`[^、。]*(?:(?:いただいて|頂いて|頂戴して|いただけて|頂けて|受領して)から|` +
	`(?:いただいた|頂いた|頂戴した|受領した)(?:後|のち))(?:に|で|は)?`)

// otherChannel: the answer is to be given another way than a reply to the
// desk's mail, or only from one address ("click the link below", "replies
// to this email cannot be processed", 下記フォームより, ポータルから,
// からのご返信に限ります).
var otherChannel = regexp.MustCompile(`\b(?:replies|responses|answers)\s+(?:to|by)\s+(?:this\s+)?e-?mail\s+` +
	`(?:cannot|can't|will not|won't|are not|is not)\s+(?:be\s+)?(?:processed|accepted|read|monitored)\b|` +
	`\bclick\s+(?:on\s+)?the\s+(?:link|button)\b|` +
	// The consent given by signing in or by a button ("… by signing in to
	// the portal and pressing Approve").
	// Or by telephone ("please call us to confirm", "confirm by phone").
	`\b(?:confirm|agree|consent|answer|reply|respond|let us know)\w*\b[^.;]{0,40}?\b(?:by|over\s+the)\s+` +
	`(?:phone|telephone)\b|\b(?:call|phone|ring)\s+(?:us|me)\s+(?:to|and)\b|` +
	`\bby\s+(?:signing|logging)\s+(?:in|on)(?:to)?\s+(?:to\s+)?(?:the|your|our)\s+(?:portal|console|dashboard|` +
	`website|app)\b|\b(?:press|click|tap|select|hit)(?:ing)?\s+(?:the\s+)?["'“]?(?:approve|accept|confirm|agree|` +
	`i agree)\b|` +
	`\bfrom\s+(?:your\s+)?\S+@\S+\s+(?:address\s+)?only\b|` +
	`\breplies\s+from\s+other\s+addresses\b|(?:フォーム|ポータル|リンク|サイト)(?:より|から|で|にて)|` +
	`メールでの(?:ご返信|ご回答|ご同意)は(?:受け付けておりません|受付しておりません|お受けできません)|` +
	`からのご返信に限ります|からのご返信のみ|` +
	// This mailbox unread, or the reply to go to another mail ("This mailbox
	// is not monitored", "reply "I agree" to the email from your case agent",
	// "… to that email, not this one").
	`\b(?:mailbox|inbox|e-?mail address)\s+is\s+not\s+(?:monitored|read|checked)\b|` +
	`\breply\b[^.;]{0,40}?\bto\s+(?:the|that|your|our)\s+(?:original\s+|other\s+|earlier\s+|previous\s+|first\s+)?` +
	`(?:consent\s+)?(?:e-?mail|message)\s+(?:from|sent by)\b|\bnot\s+(?:to\s+)?this\s+one\b|` +
	// A signed form, not a reply (統合の同意書にご署名のうえ、ご返送ください).
	`同意書|承諾書|ご署名|\b(?:consent|authori[sz]ation|approval)\s+form\b|\bsign(?:ed)?\s+(?:and\s+return|the\s+` +
	`(?:attached|enclosed))\b`)

// noActionThere: no action needed on the thing just told of ("you have no exam
// booked, so no action is needed there"), not on the mail: it takes no ask back.
var noActionThere = regexp.MustCompile(`(?i)\bno\s+(?:further\s+)?action\s+(?:is\s+)?(?:needed|required|necessary)\s+` +
	`(?:there|on\s+that\s+front|for\s+that\s+part)\b`)

// asideNoAction removes [noActionThere] from s unless s tells the consent or
// confirmation already had ("your colleague already confirmed, so no action
// is needed there"): then "there" is the ask itself, taken back.
func asideNoAction(s string) string {
	if consentHad.MatchString(s) {
		return s
	}
	return noActionThere.ReplaceAllString(s, "")
}

var consentHad = regexp.MustCompile(`(?i)\b(?:already|on\s+your\s+behalf|on\s+file|confirmed|consented|agreed|` +
	`approved|authori[sz]ed|received|(?:have|got|had)\s+your)\b`)

// replyConsents reports a sentence that tells the reader a reply gives the
// consent to the merge ("By replying to confirm, you confirm that both
// accounts are yours and that you consent to us merging a@… into b@…"): it
// asks for it as 'by replying "I approve", you authorise the merge' does,
// whatever else the reply confirms with it. Not negated, conditional, nor of
// another system's merge or a reply already given.
func (p *Phrases) replyConsents(s string) bool {
	m := byReplyYou.FindStringIndex(s)
	if m == nil || !consentToMerge.MatchString(s[m[1]:]) {
		return false
	}
	// Nor what it affirms of the reader's own doing ("… that you have
	// cancelled your exam"), which certflow cannot know.
	return !p.has(s, p.Negation) && !p.has(s, p.Conditional) && !p.has(s, p.Thanks) && !p.has(s, p.Replied) &&
		!otherSystems.MatchString(s) && !mergesAnotherThing(s) && !isQuestion(s) && !readersDoing.MatchString(s)
}

var (
	byReplyYou = regexp.MustCompile(`^by\s+(?:replying|responding)(?:\s+to\s+(?:this\s+(?:e-?mail|message)|confirm))?` +
		`\s*,?\s+you(?:\s+are|'re)?\s+`)
	// What is merged is named as the accounts: an address, "the two
	// accounts", "them", or "the merge" alone or of them. Nothing but the
	// account they go into may follow to the sentence's end: "the accounts
	// of your team", "…, which we did", "…, subject to a check" are not the
	// consent asked.
	consentToMerge = regexp.MustCompile(`(?:^|\byou\s+)(?:(?:consent|agree)\s+to\s+(?:us\s+merging|the\s+merge\s+of)|` +
		`(?:authori[sz]e|approve)\s+(?:us\s+to\s+merge|the\s+merge\s+of))\s+(?:\S+@\S+|them|` +
		`(?:the|your|both|these)\s+(?:two\s+)?(?:aws\s+)?(?:certification\s+)?(?:accounts|profiles))` +
		`(?:\s+(?:into|with)\s+(?:\S+@[^\s,;]+|one|a\s+single\s+(?:account|profile)))?\s*[.!]?$|` +
		`(?:^|\byou\s+)(?:consent|agree)\s+to\s+the\s+merge\s*[.!]?$|` +
		`(?:^|\byou\s+)(?:authori[sz]e|approve)\s+the\s+merge\s*[.!]?$`)
)

// leaveToMerge reports the desk asking leave to merge the accounts, named
// ("May we merge the account registered to a@… into the one registered to
// b@…?", "Can we combine your two profiles?"): the question is the consent
// asked. Not of another thing or system, negated, under a condition or a
// time to come ("… once your exam is over?"), nor a choice ("… or the other
// way round?").
func (p *Phrases) leaveToMerge(s string) bool {
	m := leaveAsked.FindStringIndex(s)
	if m == nil || !strings.HasSuffix(strings.TrimSpace(s), "?") {
		return false
	}
	rest := s[m[1]:]
	return !p.has(rest, p.Negation) && !p.has(rest, p.Conditional) && !hasWord(rest, "or") &&
		!timeNamedLater.MatchString(rest) && !otherSystems.MatchString(s) && !mergesAnotherThing(s) &&
		!otherThingsNamed.MatchString(s)
}

var (
	// The accounts named: an address or "your two profiles", not "them",
	// which may be the support cases the mail told of.
	leaveAsked = regexp.MustCompile(`^(?:may|can|could|shall)\s+(?:we|i)\s+(?:please\s+|now\s+)?` +
		`(?:merge|combine|consolidate)\s+(?:\S+@\S+|(?:the|your)\s+(?:two\s+|2\s+)?(?:aws\s+)?` +
		`(?:certification\s+)?(?:accounts?|profiles?)\b)`)
	timeNamedLater = regexp.MustCompile(`\b(?:next|tomorrow|tonight|later|week|month|monday|tuesday|wednesday|` +
		`thursday|friday|saturday|sunday)\b`)
)

// deskWillReply: the desk telling that it will reply ("a member of our team
// will review your request and reply to this email address"): its own
// answer to come, no reply asked of the reader.
var deskWillReply = regexp.MustCompile(`\b(?:we|i|team|member|agent|specialist|someone|staff)\s+(?:will|'ll|shall)\s+` +
	`(?:(?:review|check|look into|look at|read|investigate)\s+(?:your|the|this)\s+(?:request|case|message|e-?mail)\s+` +
	`and\s+)?(?:reply|respond|get back)\b`)

// patienceAsked: the reader asked only to wait ("please bear with me while
// we verify everything", "please be patient"): no detail asked for.
var patienceAsked = regexp.MustCompile(`\b(?:please|kindly)\s+(?:bear\s+with\s+(?:me|us)|be\s+patient)` +
	`(?:\s*(?:[-–—,.;!]|$)|\s+(?:while|as|until)\b)`)

// jaAskedVia is the way the reader's request came (フォームからのお問い合わせ,
// ポータルよりのご依頼), thanked for or read: how they asked, not how the desk
// wants its answer. Told as the way to give the consent (ご同意は…フォームからの
// お申し込みでお願いいたします) it is another channel still.
var jaAskedVia = regexp.MustCompile(`(?:フォーム|ポータル|サイト)(?:より|から|にて)の(?:お問い合わせ|お問合せ|` +
	`ご依頼|お申し込み|お申込み|ご相談)(?:を|、)?\s*(?:ありがと|いただ|頂|拝見|拝読|確認いたし|受け付け|受付|承り|につき|について|の件)`)

// othersHold: someone told the desk to hold, stop or cancel the merge
// ("your colleague asked us to hold it").
var othersHold = regexp.MustCompile(`\b(?:asked|requested|told|instructed)\s+us\s+(?:to\s+)?(?:hold|stop|pause|` +
	`cancel|wait|halt|not to)\b|(?:保留|停止|中止|待つ)よう(?:に)?(?:ご依頼|依頼|ご連絡|連絡)`)

// jaReceives: a sentence that ends telling what the desk receives or has
// received (いただいております, 頂いています).
var jaReceives = regexp.MustCompile(`(?:いただいて|頂いて|頂戴して)(?:おります|います)[。.]?\s*$`)

// needsConsentElsewhere reports the desk saying it needs the reader's
// consent to another act than the merge ([consentForAnotherAct]).
func needsConsentElsewhere(s string) bool {
	for _, m := range needsConsent.FindAllStringSubmatchIndex(s, -1) {
		if rest := s[m[1]:]; consentForAnotherAct(rest) || consentOnAnother(rest) {
			return true
		}
	}
	return false
}

// badgeWords name the digital badge (and its platform) a merged account is
// issued again.
var badgeWords = []string{"badge", "credly", "バッジ"}

// awaitsReceipt is a receipt still to come: "once we receive", "as soon
// as we have", ご返信をいただき次第, and the receipt that what the desk will do
// comes after (ご同意を頂戴してから作業を開始いたします, ご承認をいただいた後に).
var awaitsReceipt = regexp.MustCompile(`\b(?:once|when|after|as soon as|upon|if)\s+(?:we|i)\s+(?:receive|get|have)\b|` +
	`\bupon receipt\b|次第|(?:いただいて|頂いて|頂戴して|いただけて|頂けて|受領して)から|` +
	`(?:いただいた|頂いた|頂戴した|受領した)(?:後|のち|うえ|上)`)

// needsYourConsent reports the desk saying it needs the reader's own
// consent to the merge, in the present: "we require your authorization",
// "we must have written authorisation from you", 承認が必要となります. Not a
// confirmation of a detail ("your confirmation of the email address"), a
// thing named so ("your authorization code"), someone else's ("confirmation
// from the owner of a@…"), nor a policy that asks nothing ("we need your
// approval only once, so no further action is needed").
func needsYourConsent(s string) bool {
	if noActionNeeded.MatchString(s) {
		return false
	}
	if jaNeedsConsent.MatchString(s) {
		return true
	}
	for _, m := range needsConsent.FindAllStringSubmatchIndex(s, -1) {
		// "… but need your OK first on the new name": what it is for follows
		// the "first"; "… if you also want the history moved": for that wish.
		rest := needFirst.ReplaceAllString(s[m[1]:], "")
		if needForAWish.MatchString(rest) {
			continue
		}
		fromYou := fromYouOnly.MatchString(rest) // not "from your manager"
		if m[2] < 0 && !fromYou {                // no "your", no "from you": whose consent?
			continue
		}
		if consentOfDetail.MatchString(rest) || consentNamesThing.MatchString(rest) || consentOnAnother(rest) ||
			consentForAnotherAct(rest) {
			continue
		}
		return true
	}
	return false
}

var (
	// needFirst is when the consent is needed, before what it is for.
	needFirst = regexp.MustCompile(`^\s*(?:first|beforehand|in advance|before\s+(?:we|i)\s+(?:do|start|go ahead)` +
		`(?:\s+(?:that|it))?)\b,?`)
	// needForAWish: the consent is needed for a wish of the reader's that
	// the mail only supposes ("… if you also want your exam history moved").
	needForAWish = regexp.MustCompile(`^\s*(?:if|should|in case)\s+you\s+(?:also\s+|still\s+|ever\s+)?` +
		`(?:want|would like|wish|need|prefer)\b`)
)

// consentOnAnother reports what follows a consent word as its object when
// that is not the merge: "your thumbs-up on our survey about the merge",
// "your green light on the new terms" (not "your approval of the merge",
// "… for it", "… to merge them").
// "… authorisation on file" says where the desk keeps it, not what it is for.
func consentOnAnother(rest string) bool {
	m := consentOn.FindStringSubmatch(rest)
	return m != nil && !mergeHeads[m[1]] && !keptOnFile.MatchString(rest)
}

var keptOnFile = regexp.MustCompile(`^\s*on\s+(?:file|record)\b`)

var consentOn = regexp.MustCompile(`^\s*(?:on|of|for|regarding|about|with)\s+` +
	`(?:(?:the|this|your|our|these|those|a|an)\s+)?([a-z-]+)`)

// mergeHeads are the heads of an object that is the merge or points to it.
var mergeHeads = map[string]bool{"merge": true, "merging": true, "merger": true, "consolidation": true,
	"it": true, "this": true, "that": true, "above": true, "two": true, "both": true, "accounts": true,
	"profiles": true, "request": true, "proposed": true, "following": true}

var (
	// Also in everyday words: "I need a quick thumbs-up from you", "we just
	// need your green light / OK / sign-off".
	// Its subject may be left out after "but" or "and" ("I can merge them but
	// need your OK first").
	// or after a comma ("Can merge them today, just need your OK first").
	needsConsent = regexp.MustCompile(`(?:\b(?:we|i|but|and)|,)\s+(?:just\s+|only\s+|still\s+)?` +
		`(?:must\s+have|must\s+receive|` +
		`need|require|will\s+need|would\s+need)\s+(?:to\s+(?:have|receive|get)\s+)?(your\s+|the\s+account\s+owner'?s\s+)?` +
		`(?:a\s+)?(?:quick\s+|short\s+|final\s+)?(?:written\s+|explicit\s+|formal\s+)?` +
		`(?:consent|authori[sz]ation|approval|confirmation|permission|go-ahead|thumbs[- ]up|green light|ok|okay|` +
		`sign-off)\b`)
	jaNeedsConsent = regexp.MustCompile(`(?:同意|承認|承諾)(?:が|を)?(?:必要|いただく必要|頂く必要)`)
	// consentOfDetail: "confirmation of the email address", not "of the merge".
	consentOfDetail = regexp.MustCompile(`^\s*(?:of|for|on|regarding|about)\s+` +
		`(?:(?:the|this|your)\s+)?(?:[a-z-]+\s+){0,2}(?:address|id|name|number|detail|details|date|account|email|exam|identity)`)
	// consentNamesThing: "your authorization code", "confirmation number".
	consentNamesThing = regexp.MustCompile(`^\s*` + thingNamedConsent)
	fromYouOnly       = regexp.MustCompile(`^\s*from you\b`)
	noActionNeeded    = regexp.MustCompile(`\bno (?:further |more )?action\b|\bnothing (?:further|more|else)\b|\bonly once\b|不要`)
)

// permissionQuestions are Japanese questions of permission held inside a
// sentence (統合を進めてよろしいか、ご確認をお願いいたします): with a request
// around them they ask as a question does.
var permissionQuestions = []string{"てよろしいか", "てもよろしいか", "てよいか", "てもよいか", "て良いか", "ても良いか",
	"てもいいか", "ていいか", "の可否"}

func asksPermission(s string) bool {
	for _, q := range permissionQuestions {
		if strings.Contains(s, q) {
			return true
		}
	}
	return false
}

// verdict is the mail's kind from what its sentences said.
func (r awsRead) verdict() awsReading {
	// A mail that says the merge did not happen ("the accounts have not
	// been merged and I am closing this case") is no consent request, even
	// where it says how to ask again: a person reads it.
	// A consent the mail tells was given, or a mail that says nothing is
	// needed from the reader, leaves any request in it for a person.
	asked := (r.consent || r.consentRequired && !r.consentGiven) && !r.consentTold && !r.nothingAsked
	consent := asked && r.topic && !r.troubled && !r.troubledBefore && !r.closing && !r.forAnother &&
		!r.consentElsewhere
	// Certifications told shown under one account, in a mail that asks for
	// details, may describe the accounts as they are: no report of the merge.
	completed := (r.completed || r.shownUnderOne && r.topic && !r.moreInfo) && !(r.bareDone && r.othersMergeable) &&
		!r.troubled && !r.pending &&
		!r.extrasLost && !r.setAgainst && !r.partial && !r.sample && !r.earlier
	// A consent asked before the mail shows what will follow the merge
	// stands; one in a mail that says it is an example does not.
	consent = consent && !r.sampleNote
	switch {
	case r.refusal,
		r.closing && (r.troubled || r.required || (r.unable || r.unanswered || r.troubledBefore) && !r.completed):
		return awsReading{AWSOther, SubRefusal}
	case r.turnedAway && !asked && !completed:
		return awsReading{AWSOther, SubRefusal}
	case r.turnedAway: // and a consent asked for or a completion: a person reads it
		return awsReading{AWSOther, ""}
	case completed && !consent:
		return awsReading{AWSCompleted, ""}
	case consent && !completed:
		return awsReading{AWSConsentRequest, ""}
	case completed: // and consent: a person must read it
		return awsReading{AWSOther, ""}
	case asked && r.forAnother: // a consent asked of someone else: neither details nor a receipt
		return awsReading{AWSOther, ""}
	case r.moreInfo:
		return awsReading{AWSOther, SubMoreInfo}
	case r.ack:
		return awsReading{AWSOther, SubAcknowledgement}
	}
	return awsReading{AWSOther, ""}
}

// strip removes the benign phrases from a sentence.
func (p *Phrases) strip(s string) string {
	for _, b := range p.Benign {
		for {
			i := find(s, b)
			if i < 0 {
				break
			}
			s = s[:i] + " " + s[i+len(strings.TrimSuffix(b, "*")):]
		}
	}
	return s
}

func (p *Phrases) has(s string, phrases []string) bool {
	for _, ph := range phrases {
		if find(s, ph) >= 0 {
			return true
		}
	}
	return false
}

// find returns where phrase occurs in s, or -1. An English phrase matches
// whole words (a trailing "*" allows more letters after it); any other is
// matched anywhere.
func find(s, phrase string) int {
	prefix := strings.HasSuffix(phrase, "*")
	phrase = strings.TrimSuffix(phrase, "*")
	if phrase == "" {
		return -1
	}
	ascii := isASCII(phrase)
	wordStart := ascii && isWordByte(phrase[0])
	wordEnd := ascii && isWordByte(phrase[len(phrase)-1]) && !prefix
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(phrase)
		if (!wordStart || i == 0 || !isWordByte(s[i-1])) && (!wordEnd || j == len(s) || !isWordByte(s[j])) {
			return i
		}
		from = i + 1
	}
	return -1
}

func hasWord(s, w string) bool { return find(s, w) >= 0 }

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\''
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalize makes text comparable with the phrase lists: NFKC (full-width
// letters, "？" and half-width kana become ordinary), ASCII lower case,
// typographic apostrophes straight, runs of white space one space.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	s = apostrophes.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case space:
			b.WriteByte(' ')
			space = false
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return contractions.Replace(b.String())
}

var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "`", "'")

// asksReaderToConfirm opens a sentence that asks the reader to confirm
// or check what follows ("Please confirm the merge has completed on your
// side", 統合が完了したかどうかご確認ください): it reports nothing.
var asksReaderToConfirm = regexp.MustCompile(`^(?:please\s+|kindly\s+|(?:could|can|would)\s+you\s+(?:please\s+)?)` +
	`(?:confirm|verify|check|let us know|tell us|advise us)\b|(?:かどうか|か否か)[^。]*(?:ご確認|お知らせ|ご連絡)`)

// isQuestion reports whether a sentence asks: "?" (also "？" after NFKC), or
// a Japanese one ending in か.
func isQuestion(s string) bool {
	t := strings.TrimRight(s, " .。!")
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "か")
}

// sentence is one normalised sentence of own words and the number of its
// paragraph (paragraphs are separated by blank lines).
type sentence struct {
	text string
	para int
}

// numberAbbrev is "No." before a number ("into account no. 2"): an
// abbreviation, whose "no" negates nothing and whose dot ends no sentence.
var numberAbbrev = regexp.MustCompile(`\bno\.\s?([0-9])`)

// sentences splits own words into normalised sentences. A line that ends
// without a sentence's end is joined to the next line of its paragraph when
// that one goes on with the sentence (a wrapped line); list items and lines
// after a blank line start anew.
func sentences(own string) []sentence {
	var out []sentence
	var cur strings.Builder
	para := 0
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			for _, s := range splitSentences(numberAbbrev.ReplaceAllString(normalize(t), "number $1")) {
				out = append(out, sentence{s, para})
			}
		}
		cur.Reset()
	}
	prev := ""
	for line := range strings.Lines(own) {
		line = strings.TrimSpace(line)
		if line == "" || !continues(prev, line) {
			flush() // before a blank line counts: the paragraph's last sentence is still its own
		} else if isASCIIEnd(prev) {
			cur.WriteByte(' ')
		}
		if line == "" && prev != "" {
			para++
		}
		cur.WriteString(line)
		prev = line
	}
	flush()
	return out
}

// continues reports whether line goes on with the sentence prev began.
func continues(prev, line string) bool {
	if prev == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(line)
	if strings.ContainsRune(".!?。！？:：」』)）]", last) {
		return false
	}
	// An aside in parentheses that the sentence goes on after goes on with
	// the sentence before it (…受験日\n（おおよそで結構です）をお知らせください);
	// a numbered item, "(1)", or a note alone in parentheses starts anew.
	if strings.ContainsRune("(（", first) && !enumerator.MatchString(line) && textAfterAside(line) {
		return true
	}
	if strings.ContainsRune("・*-•●■※【「(（0123456789>", first) {
		return false
	}
	// A line that ends inside an aside goes on with it ("… (your Developer -
	// Associate and Security -\nSpecialty certifications) has been moved …").
	if strings.Count(prev, "(")+strings.Count(prev, "（") > strings.Count(prev, ")")+strings.Count(prev, "）") {
		return true
	}
	if strings.ContainsRune(",、，", last) {
		return true
	}
	if unicode.IsLower(first) || unicode.IsUpper(first) && endsInFunctionWord(prev) {
		return true // "… please have\nMegumi reply …": a name after a word that needs one
	}
	return isJapanese(last) && isJapanese(first) && utf8.RuneCountInString(prev) >= 20
}

// functionWords are words a sentence never ends on: what follows a line
// that ends on one goes on with the sentence, even when it opens with a
// capital (a name, "I").
var functionWords = map[string]bool{"a": true, "an": true, "the": true, "to": true, "of": true, "for": true,
	"with": true, "from": true, "by": true, "in": true, "on": true, "at": true, "and": true, "or": true,
	"but": true, "please": true, "kindly": true, "have": true, "ask": true, "let": true, "your": true,
	"our": true, "their": true, "is": true, "are": true, "was": true, "were": true, "be": true, "will": true,
	"would": true, "can": true, "could": true, "should": true, "must": true, "into": true, "than": true,
	"if": true, "that": true, "both": true, "via": true, "under": true}

func endsInFunctionWord(line string) bool {
	fields := strings.Fields(line)
	return len(fields) > 0 && functionWords[strings.ToLower(fields[len(fields)-1])]
}

// textAfterAside reports a line that opens with an aside in parentheses
// and goes on after it.
func textAfterAside(line string) bool {
	i := strings.IndexAny(line, ")）")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(line[i:])
	return strings.TrimSpace(line[i+n:]) != ""
}

// enumerator is the number or letter in parentheses that opens a list item:
// (1), （２）, (a), (iv), (一), ①.
var enumerator = regexp.MustCompile(`^[(（]\s*(?:[0-9０-９]{1,2}|[a-zA-Z]|[ivxIVX]{1,4}|[一二三四五六七八九十]{1,2})\s*[)）]`)

func isASCIIEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < utf8.RuneSelf
}

func isJapanese(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// splitSentences cuts normalised text after ". ", "!", "?" and "。".
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		end := c == '!' || c == '?' || c == '.' && (i+1 == len(s) || s[i+1] == ' ') &&
			!itemNumber.MatchString(s[start:i]) // "1. Confirm …" is one sentence
		if !end && strings.HasPrefix(s[i:], "。") {
			i += len("。") - 1
			end = true
		}
		if end {
			if t := strings.TrimSpace(s[start : i+1]); t != "" {
				out = append(out, t)
			}
			start = i + 1
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// itemNumber is the number that opens a list item ("1", "2", "a"), cut
// before its ".".
var itemNumber = regexp.MustCompile(`^\s*(?:[0-9]{1,2}|[a-z])$`)

// clauseBreaks separate the clauses of a normalised sentence.
var clauseBreaks = []string{", ", "; ", ": ", " - ", " – ", " — ", "、",
	" but ", " and ", " however ", " because ", " so "}

// clauses cuts a sentence at commas and conjunctions, so "the merge is
// complete, and you will see …" has "the merge is complete" on its own,
// and "once the accounts are merged, …" keeps its "once".
func clauses(s string) []string {
	parts := []string{s}
	for _, b := range clauseBreaks {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, b)...)
		}
		parts = next
	}
	// "… completed, with an error on one badge": a part that opens with
	// "with" tells how the clause before it went, and is read with it.
	out := parts[:1]
	for _, p := range parts[1:] {
		if strings.HasPrefix(strings.TrimSpace(p), "with ") {
			out[len(out)-1] += ", " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// withoutReportedNotice removes what a Japanese sentence gives as the
// content of a mail or notice (統合が完了しましたとのご連絡は、誤りでございました;
// …という通知): the notice is named, what it said is not reported.
func withoutReportedNotice(s string) string {
	if m := reportedNotice.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}

var reportedNotice = regexp.MustCompile(`^[^。]*(?:との|という|といった)(?:旨の)?(?:ご連絡|ご案内|メール|通知|お知らせ|` +
	`ご報告|報告|連絡|内容|文面|メッセージ)`)

// withoutQuotedSpeech removes what a sentence quotes: words in quotation
// marks ("…", “…”, and 「…」 long enough to be a sentence rather than a
// label such as 「統合」) are mentioned, not said. A quotation the sentence
// opens and does not close runs to its end; a ” before any “ closes one
// that began before the sentence. Requests to reply with quoted words are
// read elsewhere, on the whole sentence.
func withoutQuotedSpeech(s string) string {
	if i, j := strings.Index(s, "\u201d"), strings.Index(s, "\u201c"); i >= 0 && (j < 0 || i < j) {
		s = s[i+len("\u201d"):]
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		closer, ok := quoteClosers[rs[i]]
		if !ok {
			b.WriteRune(rs[i])
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != closer {
			j++
		}
		// 「統合が完了しました」とご連絡いたします: what a notice will say.
		said := j+1 < len(rs) && rs[j+1] == 'と'
		if rs[i] == '\u300c' && j-i <= 12 && j < len(rs) && !said {
			b.WriteString(string(rs[i : j+1])) // a label, not a sentence
		}
		b.WriteByte(' ')
		i = j
	}
	return b.String()
}

// label is a short quotation in 「」, the title of a notice or a button.
var label = regexp.MustCompile(`「[^」]{1,12}」`)

// withoutStatusLabels removes the short quoted titles that name a status
// (先日の「処理中」のご連絡の件): the title of an earlier notice says
// nothing of where the merge is now. Other labels (「統合」ボタン) stay.
func (p *Phrases) withoutStatusLabels(s string) string {
	return label.ReplaceAllStringFunc(s, func(l string) string {
		if p.has(l, p.Pending) || p.has(l, p.Contrast) || p.has(l, p.Negation) {
			return " "
		}
		return l
	})
}

var quoteClosers = map[rune]rune{'"': '"', '\u201c': '\u201d', '\u300c': '\u300d'}
