package reply

import "testing"

// TestLeanOnlyWhereReadFindsNoAnswer: a lean is for replies Read leaves
// Unclear, and it is never Yes.
func TestLeanOnlyWhereReadFindsNoAnswer(t *testing.T) {
	for _, c := range []struct {
		text string
		want Answer
	}{
		{"Done.", Unclear},                        // Read answers it: Done
		{"Yes", Unclear},                          // Read answers it: Yes
		{"Hmm, which menu do you mean?", Unclear}, // a question
		{"Only the Developer one is listed, the SysOps one is missing.", No},
	} {
		if got := Lean(c.text); got != c.want {
			t.Errorf("Lean(%q) = %q, want %q (Read: %q)", c.text, got, c.want, Read(c.text))
		}
	}
}
