package reply

import (
	"regexp"
	"slices"
)

// A reply to the verify question ("Do your AWS Certifications show in the
// APN profile?") that tells only a part shows ("Partly: the SAA is there,
// the DVA is missing", "not all of them", 一部のみ表示されています) answers
// neither yes nor no: the writer leaves it to us whether a part counts.
// Read as a No (strictly or as a lean) the case checks again and closes
// on the next "yes", with the part still missing; so it stays Unclear for
// the operator, who settles it with `starter resolve`. Only when the
// writer also gives the whole answer as a No of its own ("No. Only the
// SAA shows.", いいえ、一部だけです, "Not yet, just one of three") is it
// their No, read as before: what is missing is then why.

// display is what the pieces of a reply told of a partial display.
type display struct {
	part bool // a piece told that only a part shows ("only the SAA is listed", 一部だけ表示)
	// missing: a piece told only that one is missing ("the DVA is
	// missing"); only: a part word without what shows ("only two of
	// them"); seen: a piece told in words what shows ("the SAA is
	// there"). Alone each may be the whole answer; together, a part.
	missing, only, seen bool
	wholeNo             bool // a piece is a No of the whole answer, naming nothing ("No.", "Not yet", いいえ)
}

// note weighs one piece c, read as r.
func (d *display) note(c sentence, r result) {
	t := someOfTime.ReplaceAllString(c.text, " ") // "some days ago" tells when
	low := asciiLower(t)
	shows := presence.MatchString(low) || shownWords.MatchString(low)
	if r.doubt && r.partial && saysOnly(t) {
		onlyMissing := hasHedge([]byte(low), "missing") && !shows
		d.part = d.part || speaksOfPart(t) && !onlyMissing
		d.missing = d.missing || onlyMissing
		d.only = d.only || !onlyMissing && !speaksOfPart(t)
	}
	d.part = d.part || hasNo(r) && notAll.MatchString(low)
	for _, a := range r.answers {
		d.seen = d.seen || a.answer == Yes && a.seen && !a.interjection && !a.other
	}
	d.seen = d.seen || len(r.answers) == 0 && !r.doubt && !c.question && shows
	d.wholeNo = d.wholeNo || !c.question && wholeNo(c, r)
}

// undecided reports a partial display with no whole No beside it.
func (d display) undecided() bool {
	return !d.wholeNo && (d.part || d.missing && (d.seen || d.only) || d.only && d.seen)
}

// hasNo reports a No among r's answers.
func hasNo(r result) bool {
	for _, a := range r.answers {
		if a.answer == No {
			return true
		}
	}
	return false
}

// wholeNo reports a piece that is a No of the answer itself, not of what
// is missing: a bare "no" ("No.", "Nope", いいえ) read so, or words that
// are only a No ("not yet", まだです, "so the answer is no"), however
// the piece is read (a conclusion is read with its reasons).
func wholeNo(c sentence, r result) bool {
	if onlyNo(r) && slices.ContainsFunc(r.answers, func(a found) bool { return a.interjection }) {
		return true
	}
	return bareNoWords.MatchString(remarkText(c.text))
}

var (
	// bareNoWords is a No that names nothing: "not yet", "sadly not",
	// "so the answer is no", まだです, なので答えとしては no です.
	bareNoWords = regexp.MustCompile(`^(?:(?:hmm|sadly|unfortunately|so|well|afraid|i'm afraid)\s+)?` +
		`(?:(?:so )?(?:the|my) answer is no|no|nope|nah|not yet|no not yet|still no|sadly not|not really|` +
		`(?:なので|ですので|だから)?(?:答えとしては|答えは|回答としては|回答は)?\s*(?:no|いいえ)\s*(?:です|ですね)?|` +
		`いいえ|まだです|まだ|まだでした)$`)
	// notAll tells that not all show, which is that a part does: "not
	// all of them", "they don't all show", 全部は出ていません.
	notAll = regexp.MustCompile(`\bnot all\b|\b(?:don't|do not|aren't|are not|didn't|did not|haven't)\s+all\b|` +
		`\bnot every\w*\b|(?:全部|すべて|全て)(?:は|が)?(?:まだ)?(?:表示|出て|載っ)[^。]*(?:ません|ない)`)
)

// someOfTime is the "some" of a time ("some days ago", "for some time"),
// no part of the certifications.
var someOfTime = regexp.MustCompile(`(?i)\bsome\s+(?:days?|weeks?|months?|hours?|minutes?|time|while)\b`)
