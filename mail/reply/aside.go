package reply

import (
	"regexp"
	"slices"
	"strings"
)

// The sentences here stand beside an answer without being one of their
// own: a call to stop before a No, a question that a note that no reply is
// needed makes rhetorical, another person's word that agrees with the
// writer's, a plan for after the merge, and how it was before a Yes. nameTheOld reads the old
// account the writer needs no more.

// aside reads a sentence of those kinds; handled: it was read here, and ok
// false makes the reply unclear.
func (rd *reading) aside(c sentence) (handled, ok bool) {
	low := strings.TrimSpace(asciiLower(c.text))
	if rd.openQuestion != 0 && rd.sentenceNo != rd.openQuestion {
		if rd.sentenceNo == rd.openQuestion+1 && !c.continued && noReplyNeeded.MatchString(low) {
			rd.openQuestion = 0 // "…, right? No need to answer that.": the question asks nothing
			return true, true
		}
		return true, false // a question left standing is for a person
	}
	switch {
	case c.question && rd.answered && rd.worded && asksNothingElse(c):
		rd.openQuestion = rd.sentenceNo // rhetorical only if a "no need to answer" follows
		rd.countPlain()
		return true, true
	case c.question && rd.wordedNo && !rd.tally.yes && asksToResume.MatchString(low) && !afterAll.MatchString(low):
		rd.doubted = true // "Please hold off. Can we pick this up after the exam?": a No's plan, for answer to weigh
		return true, true
	case c.question:
		return false, true
	case halts.MatchString(low):
		rd.doubted = true // "Hold on - please don't consent": agrees with a No in words only
		return true, true
	case rd.answered && rd.worded && rd.tally.yes && !rd.tally.no && afterTheMerge(c):
		rd.countPlain() // "After the merge I'll only use the work address": the merge taken for granted
		return true, true
	case rd.shown && rd.tally.yes && !rd.tally.no && earlierNo(c):
		rd.countPlain() // "They show now. They weren't there yesterday.": how it was, the story of the Yes
		return true, true
	case rd.answered && rd.worded && rd.tally.yes && !rd.tally.no && agreeingHearsay(c):
		rd.countPlain() // "(my manager can see them too, she says)": the writer's own Yes is the answer
		return true, true
	}
	return false, true
}

var afterAll = regexp.MustCompile(`\bafter\s+all\b`)

// asksToResume asks only to come back to the matter at a later time
// ("can we pick this up again after the exam?", "could we revisit it next
// month?", "can you ask me again in January?"): after a No in words, its
// plan. It names no act but the coming back, and a time to come.
var asksToResume = regexp.MustCompile(`^(?:(?:and|so|but|maybe|perhaps)\s+)?(?:can|could|shall|may)\s+(?:we|you|i)\s+` +
	`(?:please\s+|maybe\s+|perhaps\s+)?(?:pick\s+(?:this|it)\s+(?:back\s+)?up|revisit\s+(?:this|it)|` +
	`come\s+back\s+to\s+(?:this|it)|return\s+to\s+(?:this|it)|look\s+at\s+(?:this|it)\s+again|` +
	`ask\s+me\s+again|check\s+(?:back\s+)?with\s+me\s+again|follow\s+up(?:\s+with\s+me)?|` +
	// The act itself put off to a time to come ("can we do it after the
	// exam?", "could we do the merge in January?"): after a No in words,
	// the same plan. Not "after all" (anyway), which asks for it now.
	`do\s+(?:it|this|that|the merge))(?:\s+again)?\s+` +
	`(?:after|once|when|in|next|later|around|towards|at the end of)\b[^?]*$`)

// noReplyNeeded says the mail needs no reply: "no need to reply", "no
// answer needed", 特に回答は不要です, ご返信には及びません.
var noReplyNeeded = regexp.MustCompile(`^(?:(?:there's|there is|but|and)\s+)?no\s+(?:need\s+(?:to|for)\s+(?:a\s+)?` +
	`(?:reply|respond|response|answer|get back(?:\s+to\s+(?:me|us))?)(?:\s+(?:to\s+)?(?:this|that|it|me|us))?|` +
	`(?:reply|response|answer)\s+(?:is\s+)?(?:needed|necessary|required))$|` +
	`^(?:you\s+)?(?:don't|do not|needn't)\s+(?:need\s+to\s+|have\s+to\s+)?(?:reply|respond|answer)` +
	`(?:\s+(?:to\s+)?(?:this|that|it|me))?$|` +
	`^(?:特に|とくに|なお|尚)?\s*(?:ご|お)?(?:返信|回答|返事)(?:は|も)?(?:不要|必要ありません|いりません|要りません|結構|` +
	`には及びません|なくて(?:大丈夫|結構|構いません))(?:です|でございます)?$`)

// halts call for a stop, alone: "Hold on", "Wait a moment", "Hang on".
var halts = regexp.MustCompile(`^(?:oh\s+|ok\s+|okay\s+)?(?:wait|hold on|hang on|hold it|one moment|` +
	`one sec(?:ond)?|just a (?:moment|minute|sec(?:ond)?)|not so fast)(?:\s+(?:a (?:moment|minute|sec(?:ond)?|bit)|` +
	`please|there))?$`)

// asksNothingElse reports a question that, asked as a statement, holds
// no answer, no doubt and no other or wrong thing: one that "no need to
// answer" after it may make rhetorical ("…という理解でよいですよね？").
func asksNothingElse(c sentence) bool {
	r := readSentence(sentence{text: c.text})
	low := asciiLower(c.text)
	return len(r.answers) == 0 && !r.doubt && !strayWords.MatchString(low) && !towardOld.MatchString(low) &&
		!asksJapanese(c.text) && !questionOpener.MatchString(low) &&
		!reversals.MatchString(c.text) && !undoes.MatchString(low) // 後から取り消せますよね？: the merge is not undone
}

// questionOpener opens a question that asks what, why or how, which a
// person must answer whatever follows.
var questionOpener = regexp.MustCompile(`^(?:what|why|how|which|who|where|when)\b`)

// agreeingHearsay reports what another person says that agrees with the
// writer's Yes and says so ("my manager can see them too", "she sees them
// as well"): no doubt, no negation, and a Yes of its own once the words of
// saying are taken out.
func agreeingHearsay(c sentence) bool {
	low := strings.Trim(asciiLower(c.text), " ()")
	if !corroborates.MatchString(low) {
		return false
	}
	var rest string
	if loc := hearsay.FindStringIndex(low); loc != nil {
		rest = strings.TrimPrefix(strings.TrimSpace(low[:loc[0]]+" "+low[loc[1]:]), "that ")
	} else if loc := otherSubject.FindStringIndex(low); loc != nil {
		rest = "i " + low[loc[1]:] // "my manager can see them too": read as the writer's own seeing
	} else {
		return false
	}
	r := readSentence(sentence{text: rest})
	if r.doubt || r.prose || len(r.answers) == 0 {
		return false
	}
	for _, a := range r.answers {
		if a.answer != Yes || a.interjection || a.other {
			return false
		}
	}
	return true
}

// corroborates says the other person's word is the same as the writer's.
var corroborates = regexp.MustCompile(`\b(?:too|as well|also)\b`)

// oldNamed names the old account or address ("the old address is one I
// used at university"); itNotNeeded says the writer needs or uses "it" no
// more, as oldAccountReasons say of the old account.
var (
	oldNamed = regexp.MustCompile(`\b(?:old|previous|former|university|school|personal|gmail)\b(?:\s+\S+){0,2}?\s+` +
		`(?:account|address|email|login|one)\b`)
	itNotNeeded = regexp.MustCompile(`^((?:and\s+|so\s+)?(?:i|we)\s+(?:really\s+|honestly\s+|certainly\s+)?` +
		`(?:(?:don't|do not|no longer|won't|will not|never)\s+(?:need|use|want|check|access|log into)|` +
		`(?:can't|cannot|can no longer)\s+(?:even\s+)?(?:log in to|log into|access|get into)|` +
		`(?:no longer|don't|do not)\s+have\s+access\s+to)\s+)(?:it|that one|that address|that account)\b`)
)

// nameTheOld reads "it" in "I don't need it" as the old account when a
// piece before it in the line names that ("The old address is from
// university, I don't need it at all"), so oldAccountReasons read it.
func nameTheOld(ps []sentence) {
	named := false
	for i := range ps {
		low := asciiLower(ps[i].text)
		if loc := itNotNeeded.FindStringSubmatchIndex(low); named && loc != nil {
			ps[i].text = ps[i].text[:loc[3]] + "the old one" + ps[i].text[loc[1]:]
		}
		named = named || oldNamed.MatchString(low)
	}
}

// listBothAccounts reads the "only" of what the second account holds as
// no part missing when the pieces before it, in its sentence, told what
// the old one holds: "the old one has my SAA and DVA, the work one only
// has the SAP" lists what the merge brings together. Not beside words of
// showing, whose "only" tells what a page shows.
func listBothAccounts(ps []sentence) {
	listed := false
	for i := range ps {
		if !ps[i].continued {
			listed = false
		}
		low := asciiLower(ps[i].text)
		if showWords.MatchString(low) {
			continue
		}
		if loc := secondHoldsOnly.FindStringSubmatchIndex(low); listed && loc != nil {
			ps[i].text = ps[i].text[:loc[2]] + ps[i].text[loc[3]:]
		}
		listed = listed || oldHolds.MatchString(low)
	}
}

var (
	// oldHolds tells what the old account holds: "the old one has my SAA".
	oldHolds = regexp.MustCompile(`\b(?:the|my)\s+(?:old|older|previous|former|personal|private|other|gmail)\s+` +
		`(?:[a-z]+\s+)?(?:one|account)\s+(?:has|holds|contains|had)\b`)
	// secondHoldsOnly tells what another account only holds: "the
	// partner.example one only has the SAP".
	secondHoldsOnly = regexp.MustCompile(`^(?:(?:and|while|whereas|but)\s+)?(?:the|my)\s+(?:[a-z0-9.+-]+\s+){0,2}?` +
		`(?:one|account)\s+(only\s+)(?:has|holds|contains|had)\b`)
)

// afterMerge opens what the writer will do once the accounts are merged.
var afterMerge = regexp.MustCompile(`^(?:after the merge|after merging|once (?:the accounts are|they are|they're|` +
	`it is|it's|everything is) merged|once merged|after (?:they are|they're|it is|it's) merged)\b|` +
	`^(?:統合後|統合した後|統合された後|マージ後)`)

// undoes are the words that undo or split what was merged.
var undoes = regexp.MustCompile(`\b(?:undo|reverse|revert|split|separate|unmerge|roll back|rollback|delete|close)\b`)

// requests ask the other side to do something.
var requests = regexp.MustCompile(`\bplease\b|\bkindly\b|ください|下さい|お願い|ほしい|欲しい`)

// afterTheMerge reports a plan for after the merge ("after the merge I'll
// only use the work address", 統合後は会社アドレスの方だけ使うようにします):
// it takes the merge for granted, as a consent does. Not a request, a
// negation, a question, a hold or a reversal, another or a wrong thing, or
// an answer of its own.
func afterTheMerge(c sentence) bool {
	low := asciiLower(strings.TrimSpace(c.text))
	work := []byte(low)
	if c.question || !afterMerge.MatchString(low) || !isPlan(work) {
		return false
	}
	for _, h := range hedges {
		if hasHedge(work, h) && !slices.Contains(partialWords, h) {
			return false // "… I'll decide whether to keep it": a doubt, not only which address
		}
	}
	l := sizeUp(work)
	return !l.negator && !l.jaNegated && !reversals.MatchString(low) && !strayWords.MatchString(low) &&
		!requests.MatchString(low) && !contrary.MatchString(low) && !towardOld.MatchString(low) && !undoes.MatchString(low) &&
		!keepsOld.MatchString(low) && // "… I'll keep using the old account": the merge closes it
		len(readSentence(sentence{text: c.text}).answers) == 0
}

// jaUntilEarlier is an earlier time up to which it was so (昨日までは,
// 先週の時点では), which earlierTime lacks.
var jaUntilEarlier = regexp.MustCompile(`(?:昨日|先週|先日|今朝|最初|当初|以前|前回|この前)(?:まで|の時点で|の段階で)(?:は)?`)

// earlierNo reports a sentence that only tells that it was not so at an
// earlier time ("They weren't there yesterday", 昨日までは表示されていません
// でした): with the time taken out a No and nothing else, of no other or
// wrong thing. Beside a Yes in words it is that Yes's story.
func earlierNo(c sentence) bool {
	low := asciiLower(c.text)
	if c.question || !earlierTime.MatchString(low) && !jaUntilEarlier.MatchString(low) || strayWords.MatchString(low) {
		return false
	}
	t := strings.TrimSpace(earlierTime.ReplaceAllString(jaUntilEarlier.ReplaceAllString(low, " "), " "))
	return t != "" && onlyNo(readSentence(sentence{text: t, continued: c.continued}))
}
