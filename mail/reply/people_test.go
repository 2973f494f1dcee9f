package reply

import "testing"

// TestIssueAnswers holds the issue's own examples of how people answer,
// and the shapes around them (plain detail after the answer, a legal
// notice, a plan next to a No).
func TestIssueAnswers(t *testing.T) {
	for text, want := range map[string]Answer{
		"Sure, go ahead":              Yes,
		"OK to merge, thanks":         Yes,
		"Yes — proceed":               Yes,
		"Please don't":                No,
		"Stop, I changed my mind":     No,
		"I don't want to merge them.": No,
		"Please cancel the request.":  No,
		"統合をお願いします。":                  Yes,
		"はい、お願いします":                   Yes,
		"進めてください":                     Yes,
		"やめてください":                     No,
		"まだ見当たりません":                   No,
		"同意します。\nよろしくお願いいたします。":                                                                           Yes,
		"Please stop the merge. I've changed my mind, I'll keep both accounts.":                           No,
		"I've linked it just now. It asked me to verify via an email code which I did.":                   Done,
		"I agree to the merge.\n\nCONFIDENTIALITY NOTICE: this e-mail may be privileged. If you are not…": Yes,
		"ご案内いただいたフォームから依頼を出しました。":                                                                         Submitted, // いただいた holds no ただ ("but")
		"完了しました。ただ、一部しか表示されません。":                                                                          Unclear,
		"確認しましたが、まだ表示されていません。":                                                                            No,
		// Still unclear: a plan is no answer yet, nor is a question.
		"Done, I'll check the profile tomorrow.":       Unclear,
		"Which account will I be able to log in with?": Unclear,
		"Will do this tomorrow.":                       Unclear,
		"Yes, I received your mail on Monday evening.": Unclear,
		"Doesn't look like it, sorry.":                 No,
		"I'd like to keep them separate.":              No,
		"別々のままにしてください。":                                No,
		"I've updated my profile with the account.":    Done,
		"Thanks!": Unclear,
		"Yes as long as my badges aren't lost - can you check that first?": Unclear,
		"It asked me for a code. Done.":                                    Unclear, // the answer must come first
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestOwnWordsHelpdesk(t *testing.T) {
	for in, want := range map[string]string{
		"##- Please type your reply above this line -##\n\nWe merged them.\n\n--------------------------------\nRahul S., Nov 30, 2026, 19:30 UTC\n\nPlease confirm.": "We merged them.",
		"Yes, go ahead.\n\n##- Please type your reply above this line -##\nPlease confirm the merge.":                                                                 "Yes, go ahead.",
		"Done.\n----------\nKeep this line, it is no divider":                                                                                                         "Done.\n----------\nKeep this line, it is no divider",
	} {
		if got := OwnWords(in); got != want {
			t.Errorf("OwnWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOwnWordsLabelledDivider: a rule with a label between its dashes
// ("--- 以前のやり取り ---", "=== Previous messages ===") heads the quoted
// thread when the label names the thread; another label is the writer's own.
func TestOwnWordsLabelledDivider(t *testing.T) {
	for in, want := range map[string]string{
		"統合処理が失敗しておりました。\n\n--- 以前のやり取り ---\n統合が完了いたしました。":                                "統合処理が失敗しておりました。",
		"The merge failed.\n\n=== Previous messages ===\nYour accounts have been merged.": "The merge failed.",
		"We merged them.\n\n---- Earlier correspondence ----\nPlease confirm the merge.":  "We merged them.",
		// A labelled rule that does not name the thread is kept.
		"Please read this first.\n\n--- Important ---\nThe merge cannot be undone.": "Please read this first.\n\n--- Important ---\nThe merge cannot be undone.",
		"--- 注意事項 ---\n統合は取り消せません。":                                                 "--- 注意事項 ---\n統合は取り消せません。",
	} {
		if got := OwnWords(in); got != want {
			t.Errorf("OwnWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOwnWordsDashRules: rules drawn with em dashes and box lines head the
// thread too when their label names it.
func TestOwnWordsDashRules(t *testing.T) {
	for in, want := range map[string]string{
		"Yes.\n\n—— Original message ——\nMay we merge?": "Yes.",
		"はい。\n\n━━ 以前のメッセージ ━━\n統合してよろしいですか？":           "はい。",
		"Yes.\n\n—— Note ——\nThanks":                    "Yes.\n\n—— Note ——\nThanks",
	} {
		if got := OwnWords(in); got != want {
			t.Errorf("OwnWords(%q) = %q, want %q", in, got, want)
		}
	}
}
