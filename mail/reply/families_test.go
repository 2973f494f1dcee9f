package reply

import "testing"

// TestAnswerFamilies: more ways people answer, each with the near miss it
// must not take.
func TestAnswerFamilies(t *testing.T) {
	for text, want := range map[string]Answer{
		// No: cancelling, not wanting the accounts merged, putting it off.
		"Please cancel this, I no longer want the accounts merged.": No,
		"I don't want my accounts merged.":                          No,
		"I want my accounts merged.":                                Yes,
		"やはり今回は統合を見送ります。":                                           No,
		"統合しなくて大丈夫です。":                                              No,
		"Hold off please, no merging for now.":                      No,
		// No: nothing shows, still zero, not listed.
		"まだ0件のままです。":                                 No,
		"プロフィールには何も出ていません。":                          No,
		"No, the certifications are not listed yet.": No,
		"Yes, the certifications are listed now.":    Yes,
		"Still nothing on my profile.":               No,
		"Not sure, has nothing changed?":             Unclear,
		// Yes: no objection, a bare "please", all there, and an
		// acknowledgement that the merge is final.
		"異存ございません。":                                      Yes,
		"統合の件、異議ありません。":                                  Yes,
		"お願いします！":                                        Yes,
		"確認しました。よろしくお願いします。":                             Unclear,
		"完了しました。よろしくお願いいたします。":                           Done,
		"They're all there now, thanks!":                 Yes,
		"Not all there yet.":                             No,
		"Yes, I agree. I understand it can't be undone.": Yes,
		"I don't understand, can it be undone?":          Unclear,
		// Done: a topic before the comma, and agreeing to share as a step.
		"リンク、完了しました。":                                      Done,
		"APNとの連携、完了いたしました。":                                Done,
		"I linked my account and agreed to share my data.": Done,
		// Submitted: a bare "done" that says what was done, and an offer of
		// more help after the answer.
		"Done - I submitted the form this morning.":          Submitted,
		"Done, I linked the account.":                        Done,
		"Form's in. Let me know if they need anything else.": Submitted,
		"Let me know if I should submit the form.":           Unclear,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}
