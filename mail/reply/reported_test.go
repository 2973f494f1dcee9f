package reply

import "testing"

// TestReportedPleaseConsentIsNoYes: 同意してください that the writer
// reports (what a manager said, what a screen showed) or answers against
// (…が、私は反対です) is no Yes of theirs. A share case ends on a Yes, and
// keeps one that comes early for its question.
func TestReportedPleaseConsentIsNoYes(t *testing.T) {
	for _, s := range []string{
		"マネージャーは同意してくださいと言っていますが、私は反対です。",
		"上司から同意してくださいと言われました。",
		"画面に「同意してください」と出ました。",
		"上司に\n表示されていると言われました", // a line ending in に goes on (isWrapped): reported speech
		"連携の画面に「規約に同意してください」と表示されました。",
	} {
		if got := Read(s); got == Yes {
			t.Errorf("Read(%q) = %v, want no Yes", s, got)
		}
	}
}
