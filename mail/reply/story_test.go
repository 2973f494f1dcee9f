package reply

import "testing"

// TestStepStillToTake: an answer beside a step the writer still has to
// take ("I still need to attach the screenshot", メール認証をする必要が
// あります) is not yet the answer; beside a No it is the plan of it, and a
// need negated ("no need to") is none.
func TestStepStillToTake(t *testing.T) {
	for text, want := range map[string]Answer{
		"Done. I still have to confirm the verification email.":   Unclear,
		"Submitted, though I still need to upload my transcript.": Unclear,
		"Submitted, I need to send the screenshot separately.":    Unclear,
		"Linked it. I have yet to accept the sharing terms.":      Unclear,
		"Done - my manager has to approve it on his side too.":    Unclear,
		"連携しました。ただしメールアドレスの確認をする必要があります。":                         Unclear,
		"連携しました。あとは確認メールのリンクを押す必要があります。":                          Unclear,
		"提出しました。添付は別途送らなければなりません。":                                Unclear,
		"リンクしました。まだメール認証をしないといけません。":                              Unclear,
		// The same beside a No is the plan of it.
		"Not yet, I need to reset my password first.": No,
		"まだです。先にパスワードを再設定する必要があります。":                  No,
		// A need negated is no step left.
		"No need to merge them.":       No,
		"I don't need to merge them.":  No,
		"Done. Nothing else to do.":    Unclear,
		"連携しました。":                      Done,
		"Submitted the form just now.": Submitted,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{
		"Done. I still have to confirm the verification email.",
		"Submitted, I need to send the screenshot separately.",
		"連携しました。あとは確認メールのリンクを押す必要があります。",
		"提出しました。添付は別途送らなければなりません。",
		"Linked it, but I have yet to confirm the email.",
	} {
		if got := Lean(text); got == Done || got == Submitted {
			t.Errorf("Lean(%q) = %q, want no completion", text, got)
		}
	}
}
