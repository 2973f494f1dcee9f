package reply

import "testing"

// Tests for the families found among the thirteenth and fourteenth sets'
// misread replies (not Yes), in words of our own, with the near misses
// each rule must not take.

// TestNegatorWithItsVerbContracted: a word that negates a thing (nothing,
// nobody, none) with its "is" or "has" glued on ("nothing's", "nobody's")
// still negates what follows: "nothing's showing" is a No, never the Yes
// that "showing" alone would be; "nobody's linked it" no Done.
func TestNegatorWithItsVerbContracted(t *testing.T) {
	leansNot(t, []string{
		"Nothing's showing.",
		"Nothing's showing yet, just looked.",
		"nothing's listed on my profile",
		"Nothing's appeared so far.",
		"Nobody's linked it yet.",
		"No one's submitted the form.",
		"Nothing's been sent.",
		"Nothing'll show until next week, they said.",
		"None's showing.",
		// The same negators spelt without the apostrophe, or said casually.
		"It ain't showing.",
		"They werent showing this morning.",
		"I hadnt linked it when you asked.",
		"It wouldnt submit.",
	}, Yes, Done, Submitted)
	readAll(t, map[string]Answer{
		"Nothing's showing.":             No,
		"Nothing's listed on my profile": No,
		// Near miss: what is missing negated is all there, which says no No.
		"Nothing's missing.": Unclear,
	})
	leansNot(t, []string{"Nothing's missing, they all show.", "Nobody's said it isn't there."}, No)
}
