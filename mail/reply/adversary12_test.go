package reply

import "testing"

// readsNot checks that Read gives none of the answers in not for each
// text (an answer it did not give would be acted on), and Lean no Yes.
func readsNot(t *testing.T, texts []string, not ...Answer) {
	t.Helper()
	for _, text := range texts {
		got := Read(text)
		for _, a := range not {
			if got == a {
				t.Errorf("Read(%q) = %q: an answer it does not give", text, got)
			}
		}
		if l := Lean(text); l == Yes {
			t.Errorf("Lean(%q) = yes", text)
		}
	}
}

// reads checks that Read gives want for each text.
func reads(t *testing.T, want Answer, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSeenOnceIsNoYes: what showed and went away, showed only at some
// time before or now and then, is told by someone else, or is doubted or
// asked about is no Yes to "does it show now?" (a false Yes closes a share
// case as verified).
func TestSeenOnceIsNoYes(t *testing.T) {
	readsNot(t, []string{
		"They showed up and then disappeared.",
		"They all appeared, then went away.",
		"They showed up for a moment, then vanished.",
		"They used to show up.",
		"They showed up before the merge.",
		"They showed up until yesterday.",
		"It showed up once.",
		"They show up sometimes.",
		"They occasionally show up.",
		"They show up on and off.",
		"Do they all show",
		"Are they all showing now",
		"I doubt they all show.",
		"Apparently they all show.",
		"Supposedly they show up now.",
		"My manager says they all show.",
		"Someone told me they show up now.",
		"They all show as expired.",
		"以前は表示されてました。",
		"表示されたり消えたりしています。",
		"全部表示されてるっぽいです。",
		"表示されるようになりました、と同僚が言っていました。",
	}, Yes)
	reads(t, Yes, "They all show.", "They showed up yesterday.", "Both show now.", "Yes, all three show up now.",
		"They appeared this morning.", "They weren't there on Monday but they show up now.", "表示されてました。",
		"全部表示されています。", "はい、3つとも表示されています。")
}
