package reply

import "strings"

// maxLeanSentences bounds the sentences Lean reads: a letter longer than
// this is for a person, however plain.
const maxLeanSentences = 16

// Lean returns the answer a reply that Read finds Unclear leans to, read
// with tolerance for detail: any number of plain sentences (what the person
// did, where, why) may stand around the answer, before it as after it, so
// long as none is a doubt (a question, a hedge, a plan, a problem, a
// "but"), and a part showing counts as No. It is Unclear when Read gives an
// answer (use that), when a bare "yes"/"no" is all the answer there is, on
// any doubt, and for a Yes: a lean is Done, Submitted or No.
//
// A lean is not an answer: the case takes it only where a wrong one is
// cheap, where it asked the question whose answer it is (see workflows).
func Lean(text string) Answer {
	if Read(text) != Unclear {
		return Unclear
	}
	own := OwnWords(text)
	if len(own) > maxOwnBytes {
		return Unclear
	}
	var t tally
	partial, worded, n := false, false, 0
	lines := joinClauses(strings.Split(normalize(own), "\n"))
	for i, line := range lines {
		if isRule(line) || isDisclaimer(lines, i) {
			break
		}
		for _, c := range sentencesOf(addressRE.ReplaceAllString(line, " ")) {
			if n++; n > maxLeanSentences {
				return Unclear
			}
			if c.reason {
				continue
			}
			r := readSentence(c)
			switch {
			case r.doubt && r.partial:
				partial = true
				continue
			case r.doubt:
				return Unclear
			}
			t.add(r)
			for _, a := range r.answers {
				worded = worded || !a.interjection
			}
		}
	}
	a := t.answer()
	switch {
	case partial && (a == No || a == Unclear && !t.any()):
		return No
	case partial, !worded, a == Yes:
		return Unclear // a Yes is never cheap to get wrong
	}
	return a
}

// any reports whether any answer was found.
func (t tally) any() bool {
	return t.yes || t.interjectedYes || t.seenYes || t.no || t.done || t.affirmedDone || t.submitted
}
