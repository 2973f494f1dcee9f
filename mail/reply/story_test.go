package reply

import "testing"

// TestStepStillToTake: an answer beside a step the writer still has to
// take ("I still need to attach the screenshot", メール認証をする必要が
// あります) is not yet the answer; beside a No it is the plan of it, and a
// need negated ("no need to") is none.
func TestStepStillToTake(t *testing.T) {
	wantReads(t, map[string]Answer{
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
	})
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

// TestStepDoneFirst: a step the writer had to take before the answer
// ("had to sign out first"), told after a Done or Submitted, is the story
// of it; a step still to take, or one told with a doubt, is not.
func TestStepDoneFirst(t *testing.T) {
	wantReads(t, map[string]Answer{
		"Submitted - I had to sign out of my work account first.":      Submitted,
		"Linked. I had to update my recovery email first.":             Done,
		"Done (had to clear my browser cookies first)":                 Done,
		"done (had to log in again first, my session had expired)":     Unclear,
		"I have to sign out of my work account first.":                 Unclear,
		"Linked? I had to update my recovery email first.":             Unclear,
		"Had to update my recovery email first.":                       Unclear,
		"Done. I'll have to update my recovery email first, though.":   Unclear,
		"Done (I still need to confirm my email first)":                Unclear,
		"Done, but I had to stop at the first step.":                   Unclear,
		"Submitted - had to sign out first, but it still shows blank.": Unclear,
		"Not done, I had to reset my password first and it's locked.":  No,
		"Submitted - I had to use my other account first.":             Unclear,
		"Done. I had to reset my password first; it still fails.":      Unclear,
		"Done, I will have to reset my password first.":                Unclear,
	})
}

// TestFailureBesideAnswer: a failure told after a Done or Submitted, in
// any tense or as a crash, a freeze or a thing stuck, takes the answer
// back for a person to read.
func TestFailureBesideAnswer(t *testing.T) {
	wantReads(t, map[string]Answer{
		"Done. It keeps failing though.":                 Unclear,
		"Linked, but the page crashed afterwards.":       Unclear,
		"Submitted. I got a failure notice right after.": Unclear,
		"Done. The site froze on the last step.":         Unclear,
		"Submitted - the upload is stuck at 90%.":        Unclear,
		"Linked it. The sharing toggle looks broken.":    Unclear,
		"連携しました。最後の画面でフリーズしました。":                         Unclear,
		"提出しました。送信後に画面が固まりました。":                          Unclear,
		"Done, it went through.":                         Done,
	})
}

// TestEarlierAttemptFailed: after a Done or Submitted, the story of an
// earlier attempt that failed is detail when it ends in one that went
// through; a failure not told as earlier, not overcome, or told beside
// another doubt, a question, a wrong thing or another answer is not.
func TestEarlierAttemptFailed(t *testing.T) {
	wantReads(t, map[string]Answer{
		"Submitted. The first attempt timed out, but the second one went through.":                           Submitted,
		"Done. It failed the first time, so I tried again and it worked.":                                    Done,
		"Linked. The first try gave me an error; the second try worked fine.":                                Done,
		"Submitted. At first the page kept timing out. It went through on the third try.":                    Submitted,
		"Done - the first time it said \"session expired\", so I logged in again. Linked now.":               Done,
		"提出しました。1回目はエラーになりましたが、2回目で送信できました。":                                                                 Submitted,
		"done - had to change my password first, the old one had stopped working. linked now.":               Done,
		"Done. The first attempt failed with \"Something went wrong, please retry\", but the second worked.": Done,
		"Done. The first attempt failed with \"Something went wrong, please retry\".":                        Unclear,
		"done - had to change my password first, the old one had stopped working.":                           Unclear,
		"Done. At first it didn't work. It still doesn't.":                                                   Unclear,
		"Submitted. The page keeps timing out.":                                                              Unclear,
		"Submitted. The first attempt timed out.":                                                            Unclear,
		"Done. The first time it failed, and I haven't tried again.":                                         Unclear,
		"Submitted. The first attempt failed; I'll try again tomorrow.":                                      Unclear,
		"Done. The first try failed, then it worked with the wrong account.":                                 Unclear,
		"Done. The first attempt failed and the second one too.":                                             Unclear,
		"Submitted. It timed out the first time; the second time it worked, I think.":                        Unclear,
		"Submitted? The first attempt timed out but the second went through.":                                Unclear,
		"The first attempt timed out but the second went through.":                                           Unclear,
		"Yes. The first attempt timed out but the second went through.":                                      Unclear,
		"Done. At first it failed, then it went through, but now it says rejected.":                          Unclear,
		"提出しました。1回目はエラーになりました。":                                                                              Unclear,
		"提出しました。1回目はエラーになりましたが、2回目は別のフォームで送信できました。":                                                          Unclear,
	})
}

// TestLapseLater: the "later" of a lapse after the answer ("a confirmation
// came a minute later") tells when, no plan; a later still to come is one.
func TestLapseLater(t *testing.T) {
	wantReads(t, map[string]Answer{
		"Linked. A confirmation email from AWS arrived a few minutes later.": Done,
		"Submitted; the confirmation page came up two seconds later.":        Submitted,
		"Linked. I'll check the profile a few days later.":                   Unclear,
		"Submitted. I will add the screenshot a few days later.":             Unclear,
		"Done, but I'll confirm later.":                                      Unclear,
		"I'll do it a few days later.":                                       Unclear,
	})
}

// TestButtonLabelBeforeAnswer: the label of the button or menu the answer
// was given from (「アカウントを連携」ボタンから、…) names the action without
// doing it, and counts no more than a name does; a label that undoes, or
// the answer beside a failure, another account or a question, does not.
func TestButtonLabelBeforeAnswer(t *testing.T) {
	wantReads(t, map[string]Answer{
		"ポータルの「アカウントを連携」ボタンから、いつも使っている個人のアカウントでログインして連携しました。": Done,
		"設定の「認定情報を共有」メニューより、共有の手続きを完了しました。":                   Done,
		"「連携を解除」ボタンから、手続きを完了しました。":                            Unclear,
		"「アカウントを連携」ボタンから、連携しようとしましたがエラーになりました。":               Unclear,
		"「アカウントを連携」ボタンから、別のアカウントで連携しました。":                     Unclear,
		"「アカウントを連携」ボタンから連携しましたか？":                             Unclear,
	})
	if got := Read("「アカウントを連携」ボタンを押しましたが、まだ連携できていません。"); got == Done {
		t.Errorf("a press of the button beside 'not linked yet' read as Done")
	}
}

// TestEarlierAttemptOpenedByBut: the story of an earlier failed attempt
// opened by a bare "but" (ただ、最初は…; "However, the first time …") and
// the failure words of a page that would not open or sent the writer
// elsewhere (開かず, 別のページに飛ばされ, "redirected to a different
// page"); still only when the story ends in success.
func TestEarlierAttemptOpenedByBut(t *testing.T) {
	wantReads(t, map[string]Answer{
		"提出しました。ただ、最初は送信後にエラーが表示されたので、もう一度送ったところ、今度は受付の画面が出ました。":                                                    Submitted,
		"連携しました。最初はログイン画面が開かず、別のページに飛ばされました。ログインし直したら問題なく連携できました。":                                                  Done,
		"Submitted. However, the first time I was redirected to a different page; the second time it went through.": Submitted,
		"提出しました。ただ、最初はエラーが表示されました。":                                                                                 Unclear,
		"提出しました。ただ、最初はエラーが出たので、明日また送り直します。":                                                                         Unclear,
		"提出しました。ただ、1回目は別のフォームで送ってしまいました。":                                                                           Unclear,
		"提出しました。ただ、まだ受付メールが届いていません。":                                                                                Unclear,
		"連携しました。最初はログイン画面が開かず、別のページに飛ばされました。":                                                                       Unclear,
		"連携しました。ログイン画面が開かず、別のページに飛ばされました。":                                                                          Unclear,
		"Submitted. However, I was redirected to a different page.":                                                 Unclear,
		"Submitted. However, the first time I was redirected to a different page.":                                  Unclear,
		"はい。ただ、最初はエラーが出ましたが、今度は受付の画面が出ました。":                                                                         Unclear,
	})
}

// TestLinkStepSent: beside a Done, a Submitted of the link's own step (the
// partner's ID entered, the consent screen sent) is how it was done; alone
// it is a Submitted as before, and a form beside a Done is not part of it.
func TestLinkStepSent(t *testing.T) {
	wantReads(t, map[string]Answer{
		"Linked. I entered our APN ID and submitted it.": Done,
		"リンクしました。同意画面でチェックを入れて送信しました。":                   Done,
		"連携完了です。パートナーIDを入れて提出済みです。":                      Done,
		"APN ID を入力して提出しました。":                            Submitted,
		"Linked. Submitted.":                             Unclear,
		"Linked. I submitted the form as well.":          Unclear,
		"Linked? I submitted my APN ID.":                 Unclear,
		"I submitted my APN ID but it isn't linked yet.": Unclear,
		"リンクしました。同意画面で送信しましたが、エラーになりました。": Unclear,
	})
}

// TestEarlierAttemptMoreWays: more ways of telling a failure overcome, and
// the near misses: a failure after the success, a later attempt named with
// no success ("the second time too"), a failure in other words.
func TestEarlierAttemptMoreWays(t *testing.T) {
	wantReads(t, map[string]Answer{
		"Submitted. It errored out the first time but went through on the retry.":                          Submitted,
		"Done! Took a couple of tries because the page kept erroring, but it's linked now.":                Done,
		"Submitted - first attempt bounced with a validation error, resubmitted and got the confirmation.": Submitted,
		"Done. At first it failed, then it worked, then it failed again.":                                  Unclear,
		"Submitted. The first time it timed out. The second time too.":                                     Unclear,
		"Done. First try failed; second try also failed.":                                                  Unclear,
		"Submitted. The first attempt failed, the second is still loading.":                                Unclear,
		"Done. The first attempt failed, but it's not linked.":                                             Unclear,
		"Done. The first attempt failed, but whatever.":                                                    Unclear,
		"提出しました。1回目はエラーで、2回目もエラーでした。":                                                                      Unclear,
		"Submitted. It errored out.":                                                                       Unclear,
		"Submitted. The page kept crashing yesterday, but it went through this afternoon.":                 Submitted,
		"Submitted. The page kept crashing yesterday.":                                                     Unclear,
		"提出しました。昨日はエラーでしたが、今日は無事に送れました。":                                                                   Submitted,
		"Submitted. It was rejected.":                                                                      Unclear,
		"Linked. It says access denied.":                                                                   Unclear,
	})
	for _, text := range []string{"Submitted. It errored out.", "Done. It keeps erroring.", "Done. The page crashed.",
		"Submitted. It's stuck."} {
		if got := Lean(text); got != Unclear {
			t.Errorf("Lean(%q) = %q, want no lean", text, got)
		}
	}
}

// TestEarlierAttemptJapaneseAndFixes: はじめは and 一度 open the story too,
// a time-out in Japanese (タイムアウト) is a failure, "a refresh fixed it"
// is a success, and "needed to … first" is a step met as "had to" is.
func TestEarlierAttemptJapaneseAndFixes(t *testing.T) {
	wantReads(t, map[string]Answer{
		"連携完了しました。はじめはエラーが出ましたが、ログインし直したらできました。":                         Done,
		"Linked. Got an error at first but clearing the cache fixed it.": Done,
		"Done. I needed to update my email first.":                       Done,
		"Done. Had to try twice.":                               Done,
		"提出しました。タイムアウトしました。":                                    Unclear,
		"連携しました。途中でタイムアウトになりました。":                               Unclear,
		"連携完了しました。はじめはエラーが出ました。":                                Unclear,
		"Submitted. Had to try twice, the first one timed out.": Unclear,
		"Done. I need to update my email first.":                Unclear,
	})
	if got := Lean("Done. Needed to reset my password first, it still won't let me in."); got != Unclear {
		t.Errorf("Lean of a Done beside 'won't let me in' = %q, want no lean", got)
	}
}

// TestStepLeft: a Done or Submitted beside a step or part still left, to
// come or next, or of its first part only, is not yet the answer.
func TestStepLeft(t *testing.T) {
	wantReads(t, map[string]Answer{
		"Submitted, the transcript to follow.":                   Unclear,
		"Submitted. The supporting documents are still to come.": Unclear,
		"Linked. Confirming the email is next.":                  Unclear,
		"Done with part one.":                                    Unclear,
		"I've submitted the first part.":                         Unclear,
		"Linked. Two more steps left.":                           Unclear,
		"Done. Just the sharing consent left to do.":             Unclear,
		"Submitted. Still have the transcript to upload.":        Unclear,
		"連携しました。残りはメールの確認です。":                                    Unclear,
		"連携しました。あと一歩です。":                                         Unclear,
		"提出しました。次は添付ファイルを送ります。":                                  Unclear,
		"Not yet, one more step left.":                           No,
		"共有の手続きを完了しました。":                                         Done,
		"Submitted the form this morning.":                       Submitted,
	})
	for _, text := range []string{"Linked, but not yet accepted the terms.", "Done. Just the consent left to do.",
		"Submitted, the transcript to follow."} {
		if got := Lean(text); got == Done || got == Submitted {
			t.Errorf("Lean(%q) = %q, want no completion", text, got)
		}
	}
}

// TestDoneByAnother: a Done or Submitted that another person did for the
// writer is for a person to read (the case asks the account's owner, and
// another may have used another account); a step another took before the
// writer's own doing is not.
func TestDoneByAnother(t *testing.T) {
	wantReads(t, map[string]Answer{
		"My teammate linked it for me.":                     Unclear,
		"Done - my boss submitted it for me.":               Unclear,
		"Submitted by our administrator.":                   Unclear,
		"Our IT department has done it.":                    Unclear,
		"Linked by my assistant on my behalf.":              Unclear,
		"My secretary sent the form.":                       Unclear,
		"Sato-san submitted it yesterday.":                  Unclear,
		"He linked it this morning.":                        Unclear,
		"部下が提出してくれました。":                                     Unclear,
		"人事が代わりに連携しました。":                                    Unclear,
		"先輩に統合フォームを提出してもらいました。":                             Unclear,
		"管理者に権限を付けてもらってから、自分で連携しました。":                       Done,
		"Linked it myself. Thanks for your help.":           Done,
		"Submitted from my wife's laptop, signed in as me.": Submitted,
	})
	if got := Lean("Done - my boss submitted it for me."); got != Unclear {
		t.Errorf("Lean of a Done another did = %q, want no lean", got)
	}
}

// wantReads checks that Read gives each text the answer it maps to.
func wantReads(t *testing.T, cases map[string]Answer) {
	t.Helper()
	for text, want := range cases {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestLeanStepNotYet: in Lean, a step the writer has not yet taken beside
// a Done or Submitted leans nowhere; what does not show yet after it only
// waits for its result.
func TestLeanStepNotYet(t *testing.T) {
	for _, text := range []string{"Linked. Haven't accepted the sharing terms yet.",
		"Submitted. The transcript hasn't been attached yet.", "Done. Confirmation link not clicked yet.",
		"Linked, sharing terms not accepted yet."} {
		if got := Lean(text); got == Done || got == Submitted {
			t.Errorf("Lean(%q) = %q, want no completion", text, got)
		}
	}
	text := "I have linked my account. The page says it takes a few days, so the certifications may not show up yet."
	if got := Lean(text); got != Done {
		t.Errorf("Lean(%q) = %q, want %q", text, got, Done)
	}
}
