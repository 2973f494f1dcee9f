// Package reply reads what a person answered to one of certflow's mails:
// yes, no, done or submitted, in Japanese or English.
//
// Only the reply's own words count (OwnWords): the quoted original often
// asks the very question ("表示されていますか？ はい/いいえでご返信ください")
// and must not answer it. Read never guesses. It gives an answer only when
// every sentence of the own words is an answer, a courtesy (greeting,
// thanks, sign-off), or a name or signature line, and the answers agree;
// anything else is Unclear, for a person to read.
package reply

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Answer is what a person's reply says.
type Answer string

const (
	// Yes: "yes", "I can see them", "はい", "表示されています".
	Yes Answer = "yes"
	// No: "no", "not yet", "it does not show", "まだです", and any of the
	// other answers negated ("not done", "提出していません").
	No Answer = "no"
	// Done: "I have done it" (linked the accounts, etc.), "完了しました".
	Done Answer = "done"
	// Submitted: "I have submitted the form", "提出しました".
	Submitted Answer = "submitted"
	// Unclear: nothing recognisable, or contradictory: a person must look.
	Unclear Answer = ""
)

// maxOwnBytes bounds the own words Read looks at. A real answer is a few
// lines; anything this long is prose for a person to read.
const maxOwnBytes = 16 << 10

// maxPlainAfterAnswer is how many sentences of plain detail may follow an
// answer ("Done. I used my personal address."); more is a letter for a
// person to read.
const maxPlainAfterAnswer = 3

// Read returns the answer in text (a reply's plain-text body; HTML has
// already been turned into text by the caller), looking only at
// OwnWords(text).
//
// The own words are split into sentences (at line ends and at . ! ? 。 、
// and the like). Each sentence must be an answer, possibly with a few other
// words around it ("Yes, I can see both certifications now"), a courtesy,
// or a name or signature line; one sentence of anything else (a question, a
// "but", doubt, a plan, prose) makes the reply Unclear. A negated answer is
// No ("not done", "未完了", "提出していません", "I can't see them"). All
// sentences must give the same answer, except that a bare "yes"/"はい" only
// affirms a Done or Submitted next to it ("Yes, done" is Done). A signature
// after a rule line ("-----", "━━━━") is not read.
func Read(text string) Answer {
	own := OwnWords(text)
	if len(own) > maxOwnBytes {
		return Unclear
	}
	var tally tally
	plain, answered := 0, false
	var planned, partial, expected bool // doubts that agree with some answers only
	worded := false                     // an answer in words, not only "Yes"/"No"
	for _, line := range strings.Split(normalize(own), "\n") {
		if isRule(line) || isDisclaimer(line) {
			break // a signature block or a legal notice follows
		}
		line = addressRE.ReplaceAllString(line, " ")
		for _, c := range sentencesOf(line) {
			r := readSentence(c)
			switch {
			case r.doubt && r.plan && answered:
				planned = true
				continue
			case r.doubt && r.partial && answered:
				partial = true
				continue
			case r.doubt && r.expect && answered:
				expected = true
				continue
			case r.doubt:
				return Unclear
			case r.prose && !answered:
				return Unclear // the answer must come first: "I tried, it asked for a code" is no answer
			case r.prose:
				plain++
			}
			tally.add(r)
			answered = answered || len(r.answers) > 0
			for _, a := range r.answers {
				worded = worded || !a.interjection
			}
		}
	}
	if plain > maxPlainAfterAnswer || plain > 0 && !worded {
		return Unclear // "Yes, I got your mail. …" may answer another question
	}
	a := tally.answer()
	if (planned || partial) && a != No || expected && a != Done && a != Submitted {
		return Unclear // "Done, I'll check tomorrow": not yet an answer; "Yes, only one shows"
	}
	return a
}

// sentencesOf is the sentences of a line, a "but" that only leads to the
// answer cut (splitBut), and two answers joined by "and" cut (splitAnd).
func sentencesOf(line string) []sentence {
	var out []sentence
	for _, s := range sentences(line) {
		for _, b := range splitBut(s) {
			out = append(out, splitAnd(b)...)
		}
	}
	return out
}

// tally collects the answers of a reply's sentences.
type tally struct {
	yes, interjectedYes, seenYes, no, done, affirmedDone, submitted bool
}

func (t *tally) add(r result) {
	for _, a := range r.answers {
		switch {
		case a.answer == Yes && a.interjection:
			t.interjectedYes = true
		case a.answer == Yes && a.seen && (t.done || t.affirmedDone) && !t.interjectedYes:
			// "I've linked it. It shows 3 certifications": after a Done,
			// and with no bare "yes" (which answers a yes/no question:
			// "Yes, it shows. Done." is for a person), the evidence for it.
			t.seenYes = true
		case a.answer == Yes:
			t.yes = true
		case a.answer == No:
			t.no = true
		case a.answer == Done && a.affirms:
			t.affirmedDone = true
		case a.answer == Done:
			t.done = true
		case a.answer == Submitted:
			t.submitted = true
		}
	}
}

// answer is the one answer all sentences agree on, or Unclear.
func (t tally) answer() Answer {
	done := t.done || t.affirmedDone && !t.submitted
	// "It shows" after a Done is the evidence for it, not another answer.
	yes := t.yes || (t.interjectedYes || t.seenYes) && !done && !t.submitted
	var got []Answer
	for _, c := range []struct {
		on bool
		a  Answer
	}{{yes, Yes}, {t.no, No}, {done, Done}, {t.submitted, Submitted}} {
		if c.on {
			got = append(got, c.a)
		}
	}
	if len(got) != 1 {
		return Unclear
	}
	return got[0]
}

// normalize makes full-width and half-width forms ordinary (ＹＥＳ, ﾊｲ,
// ？), and typographic apostrophes straight, so the phrase lists need one
// spelling only. Letters keep their case: a capital marks a name.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	return apostrophes.Replace(s)
}

var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "`", "'", "\u00b4", "'")

// isDisclaimer reports whether line starts a legal notice, which ends
// what the person wrote.
func isDisclaimer(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	return hasPrefix(l, disclaimers)
}

// isRule reports whether line is a decorative rule ("-----", "＿＿＿＿",
// "━━━━━"), which in a reply starts a signature block.
func isRule(line string) bool {
	line = strings.TrimSpace(line)
	n := 0
	for _, r := range line {
		if !strings.ContainsRune("-_=*~#+━─═―ー・〜/", r) {
			return false
		}
		n++
	}
	return n >= 4
}
