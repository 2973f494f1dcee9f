package reply

import "testing"

// TestOwnWordsThreadNewestFirst: a helpdesk that lists a request's messages
// newest first (Zendesk's "Your request (#n) has been updated" over a head
// per message: a rule, the writer, the date) sends its own words in the
// first message; every later head starts the earlier thread, whose
// consent request or completion is not this mail's.
func TestOwnWordsThreadNewestFirst(t *testing.T) {
	const rule = "\n\n------------------------------\n\n"
	for _, c := range []struct{ name, in, want string }{
		{"two-line heads under the notice",
			"##- Please type your reply above this line -##\n\nYour request (#51234) has been updated. " +
				"To add additional comments, reply to this email." + rule +
				"Tomas (AWS Support)\n\nDec 4, 2026, 09:12 UTC\n\nHi Ana,\n\nAfter the merge your badges move over." + rule +
				"Tomas\n\nDec 3, 2026, 16:40 UTC\n\nCould you confirm that we may merge the two accounts?",
			"Your request (#51234) has been updated. To add additional comments, reply to this email." + rule +
				"Tomas (AWS Support)\n\nDec 4, 2026, 09:12 UTC\n\nHi Ana,\n\nAfter the merge your badges move over."},
		{"one-line heads under the notice",
			"Your request (#7781) has been updated. Reply to this email to add a comment." + rule +
				"Mei, Dec 5, 2026, 10:00 UTC\n\nThe accounts are merged now." + rule +
				"Mei, Dec 2, 2026, 08:00 UTC\n\nWe cannot merge these accounts.",
			"Your request (#7781) has been updated. Reply to this email to add a comment." + rule +
				"Mei, Dec 5, 2026, 10:00 UTC\n\nThe accounts are merged now."},
		{"a head first of all",
			"------------------------------\nOmar K.\nDec 6, 2026, 11:30 UTC\n\nAll done on our side." + rule +
				"Omar K.\nDec 1, 2026, 11:30 UTC\n\nPlease reply to agree to the merge.",
			"------------------------------\nOmar K.\nDec 6, 2026, 11:30 UTC\n\nAll done on our side."},
		{"words above the first two-line head are this mail's",
			"We merged them." + rule + "Rahul S.\n\nNov 30, 2026, 19:30 UTC\n\nMay we merge them?",
			"We merged them."},
		{"a notice with words after it is no longer only a notice",
			"Your request (#7781) has been updated.\n\nThe merge is finished." + rule +
				"Mei\nDec 2, 2026, 08:00 UTC\n\nMay we merge them?",
			"Your request (#7781) has been updated.\n\nThe merge is finished."},
		{"a rule over a name and no date is no head",
			"We merged them." + rule + "AWS Training and Certification\nhttps://aws.amazon.com/training",
			"We merged them." + rule + "AWS Training and Certification\nhttps://aws.amazon.com/training"},
	} {
		if got := OwnWords(c.in); got != c.want {
			t.Errorf("%s:\nOwnWords = %q\nwant      %q", c.name, got, c.want)
		}
	}
}
