package reply

import "testing"

// What may stand beside a Yes, bare or in words, and what may not: the
// Yes answers the thirteenth and fourteenth sets left for the operator,
// studied by family. Every sentence is written here, in words of its own,
// none copied from a set; the near misses were written before the rules
// were run against them.

// TestConsentForLaterOrAfterAWord: a consent set for a time to come, or
// after a word with someone, in its own sentence or beside it, is no
// consent now; a consent is sent at once. Nor is a bare "yes" that the
// news was received. What showed after something
// happened, or a word had before, does not put anything off.
func TestConsentForLaterOrAfterAWord(t *testing.T) {
	readsNot(t, []string{
		"Go ahead, after the 15th.",
		"Consent, next week.",
		"Go ahead, next week please.",
		"Next week, go ahead.",
		"After the 15th, please consent.",
		"Go ahead - tomorrow.",
		"Please consent. Not before Friday though.",
		"Yes please, once my exam is over.",
		"Please do, after Monday.",
		"Go ahead. Once HR has signed off.",
		"I want to be sure before I agree.",
		"Yes. I want to make sure before we go ahead.",
		"Yes please check with my manager.",
		"Go ahead and ask my manager.",
		"Sure, go ahead, but talk to HR first.",
		"OK to merge, please check with legal.",
		"来週以降で、統合をお願いします。",
		"明日から同意してください。",
		"Yes please, after the 15th.",
		// Nor is a bare "yes" beside news received.
		"Yes I got it. Thanks!",
		"Yes, got that.",
	}, Yes)
	readAll(t, map[string]Answer{
		"Yes, they show. They appeared after I relinked.":    Yes,
		"They all show now, after a couple of days.":         Yes,
		"Go ahead, I checked with my manager and it's fine.": Yes,
		"Go ahead before Friday.":                            Yes,
		"Please consent. I left that company in 2021.":       Yes,
		"Done. I submitted it after lunch.":                  Submitted,
		"Not yet. Next week, probably.":                      No,
	})
}
