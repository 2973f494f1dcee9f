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
		"Not all there yet.":                             Unclear, // a part shows: for the operator (display)
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

// TestAnswerAfterTheFacts: what a person did to find out, a "but" whose
// second half is the answer, and waiting for AWS's reply next to an
// answer, each with the near miss that stays unclear.
func TestAnswerAfterTheFacts(t *testing.T) {
	for text, want := range map[string]Answer{
		// "I looked, but …": 見ましたが、 is how one found out.
		"プロフィールを見ましたが、まだ0件のままです。": No,
		"プロフィールを見ましたが、表示されていました。": Yes,
		// "… but it's done": the "but" is about the effort, the answer
		// follows it.
		"Linked - it took me a while to find the page but it's done.": Done,
		"Linked, but it's not showing yet.":                           Unclear,
		"It took me a while but it's done.":                           Unclear, // the answer must come first
		"Done, but check with my manager first.":                      Unclear,
		// Waiting for AWS to answer does not undo a submission.
		"先ほどフォームを提出済みです。\nAWSからの返信を待ちます。":                      Submitted,
		"Submitted the form. I'll wait to hear back from AWS.": Submitted,
		"Done, I'll check the profile tomorrow.":               Unclear,
		"I'll wait to hear back from AWS before I submit it.":  Unclear,
		// Acknowledging what the merge does, and asking whether the way
		// it was done is all right, are no doubt on the answer.
		"Yes. I understand the old account will be closed, I don't use it anymore.":           Yes,
		"Yes. I understand the old account will be closed, but is that wise?":                 Unclear,
		"Go ahead. I understand it will be closed and please don't merge the badges.":         Unclear,
		"Done, I used my personal address since my certifications are there, hope that's ok.": Done,
		"Done, I linked my personal address instead, hope that's ok.":                         Unclear,
		"Done, I hope it worked.": Unclear,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestMoreAnswerWords: common ways to say yes, no, done and submitted that
// the corpora hint at (their siblings), each with a near miss.
func TestMoreAnswerWords(t *testing.T) {
	for text, want := range map[string]Answer{
		"Let's do it.":          Yes,
		"Works for me, thanks.": Yes,
		"I'll do it tomorrow.":  Unclear,
		"I decline.":            No,
		"I'd prefer not to.":    No,
		"Cancel.":               No,
		"Please cancel.":        No,
		"統合は希望しません。":            No,
		"今回はお断りします。":            No,
		"やっぱりやめておきます。":          No,
		"統合しても構いません。":           Yes,
		"統合しても大丈夫です。":           Yes,
		"承諾します。":                Yes,
		"承諾しません。":               No,
		"終わりました。":               Done,
		"連携はまだ終わっていません。":        No,
		"Sent!":                       Submitted,
		"Sent from my iPhone":         Unclear,
		"I've contacted AWS support.": Submitted,
		"Request sent to AWS.":        Submitted,
		"Request sent?":               Unclear,
		"AWSに問い合わせしました。":              Submitted,
		"まだ問い合わせしていません。":              No,
		// "…しましたら" is "once I have …": a plan, not an answer.
		"完了しましたら連絡します。":  Unclear,
		"提出しましたらご連絡します。": Unclear,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestConsistentDoubts: some doubts only agree with the answer before
// them: part of it showing agrees with a No, an expectation that it shows
// agrees with Done; next to any other answer they leave the reply unclear.
func TestConsistentDoubts(t *testing.T) {
	for text, want := range map[string]Answer{
		"Hmm, no - only one of the three certifications shows.": No,
		"No, only the old one is listed.":                       No,
		"Yes, only one is missing.":                             Unclear,
		"Only one shows.":                                       Unclear,
		"Done, it should be there now.":                         Done,
		"I did it yesterday actually, it should show by now.":   Done,
		"Yes, it should be there.":                              Unclear,
		"It should be there now.":                               Unclear,
		"Done, I think.":                                        Unclear,
		"No, only one shows, not the two new ones.":             No,
		"Go ahead, not the gmail one.":                          Unclear,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}
