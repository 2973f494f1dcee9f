package reply

import "testing"

// TestStudy20NoNeedBesideTheDeed: "no need to …" after a Done or Submitted
// tells the reader what they need not do (trim a text, resend, change a
// setting); it is no No to the question, and a reply that has both leans
// nowhere rather than to the opposite of its answer. A "no need" alone, or
// beside a No in words, is read as before.
func TestStudy20NoNeedBesideTheDeed(t *testing.T) {
	for _, tc := range []struct {
		text       string
		read, lean Answer
	}{
		{"Submitted! The description field counts characters but mine was short, so no need to cut it down.", Unclear, Unclear},
		{"Sent the form. No need to reword anything for the others, it took the text as it was.", Unclear, Unclear},
		// Of certflow's own mail (no more reminders): the Done stands as before.
		{"Linked it. No need to send me the steps again.", Unclear, Done},
		{"Done, no need to chase the admin any more.", Unclear, Unclear},
		// Near misses that keep their reading: a No with nothing done beside it.
		{"No need, I only have the one account.", No, No},
		{"Nothing shows yet. No need to hurry though.", No, No},
	} {
		if got := Read(tc.text); got != tc.read {
			t.Errorf("Read(%q) = %q, want %q", tc.text, got, tc.read)
		}
		if got := Lean(tc.text); got != tc.lean {
			t.Errorf("Lean(%q) = %q, want %q", tc.text, got, tc.lean)
		}
	}
}

// TestStudy20CheckMarkBeforeSubjectAnswer: a phone's writer may set the
// answer after certflow's subject with a check mark where others type a dash
// ("… APN account ✅ done"): what follows the mark is read as the answer, as
// after a dash. A mark alone, one that opens the subject, or one inside a
// word, gives nothing; a cross mark is no separator.
func TestStudy20CheckMarkBeforeSubjectAnswer(t *testing.T) {
	for _, c := range []struct{ subject, tail string }{
		{"Re: Please link your certification account \u2705 linked", "linked"},
		{"RE: Please submit the merge form \u2714\ufe0f sent it", "sent it"},
		{"Re: Please link your certification account \u2713 not yet", "not yet"},
		{"Re: Please link your certification account \u2705", ""},
		{"Re: \u2705 Please link your certification account", ""},
		{"Re: Please link your certification account \u274c done", ""},
		{"Re: Please link your certification\u2705account", ""},
	} {
		if got := SubjectAnswer(c.subject); got != c.tail {
			t.Errorf("SubjectAnswer(%q) = %q, want %q", c.subject, got, c.tail)
		}
	}
	if got := Read(SubjectAnswer("Re: Please link your certification account \u2713 not yet")); got != No {
		t.Errorf("a No after the mark reads %q, want no", got)
	}
}

// TestStudy20NoTroubleInThePlainPast: "there was no trouble" said in the
// plain past (問題なかったです, 問題はなかったです) after a Done or
// Submitted is the courtesy its polite form (問題ありませんでした) already
// is. It answers nothing alone, a bare いいえ beside it may answer it rather
// than the question, and a trouble told after it still leaves the reply
// for a person.
func TestStudy20NoTroubleInThePlainPast(t *testing.T) {
	readsAs(t, []readCase{
		{"連携しました。\n特に問題なかったです。", Done},
		{"フォームを送信しました。\n問題はなかったです。\nよろしくお願いします。", Submitted},
		{"問題なかったです。", Unclear},
		{"いいえ。\n問題なかったです。", Unclear},
		{"完了しました。\n前回は問題なかったですが、今回はエラーが出ました。", Unclear},
		{"完了しました。\n問題なかったですが、まだ表示されていません。", Unclear},
	})
}

// TestStudy20SaveIsTheLinksLastStep: the steps mail ends with "agree to
// share and save", so pressing save is how a link is finished, not a form
// kept as a draft: beside a Done it undercuts nothing, and a story of a
// first save that failed before one that went through is read as any such
// story, where the reply says it is of the link. Beside a Submitted, or a
// Done that does not say so, a pressed save is still a draft, and a save
// that is all the writer did, a draft, or a save that never went through
// still leaves the Done for a person.
func TestStudy20SaveIsTheLinksLastStep(t *testing.T) {
	readsAs(t, []readCase{
		{"Linked. The first time I clicked save the page timed out, but the second attempt went through.", Done},
		{"Done, I hit save and it shows as linked now.", Done},
		{"Submitted. I clicked save on the form.", Unclear},
		// A Done answers the form wait too: a save not said to be of the link may be a draft.
		{"Done, I pressed save.", Unclear},
		{"Done. I hit save on the form.", Unclear},
		{"Done, I only pressed save.", Unclear},
		{"Done. I pressed save but it kept spinning.", Unclear},
		{"Done, it is saved as a draft.", Unclear},
		{"Done. I pressed save, but it didn't go through.", Unclear},
	})
}

// readCase is a reply and what Read must make of it.
type readCase struct {
	text string
	want Answer
}

// readsAs checks Read on each case.
func readsAs(t *testing.T, cases []readCase) {
	t.Helper()
	for _, tc := range cases {
		if got := Read(tc.text); got != tc.want {
			t.Errorf("Read(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStudy20CaseWithAnotherDesk: a case or ticket opened with APN or
// Partner Central support is help asked of another desk, not AWS's merge
// form: it is no Submitted, and a Done beside it ("Done. I raised a case
// with APN support.") was read as one before. A case raised with AWS is
// the form's request still, and a Done of the link beside a trouble taken to
// the APN desk is read as any Done.
func TestStudy20CaseWithAnotherDesk(t *testing.T) {
	readsAs(t, []readCase{
		{"Done. I opened a case with APN support.", Unclear},
		{"Submitted: I logged a ticket with the Partner Central team.", Unclear},
		{"I raised an APN support case this morning.", Unclear},
		{"I raised a case with AWS support.", Submitted},
		{"I opened a support case with AWS yesterday.", Submitted},
		{"Linked it. The APN support people fixed the button for me.", Done},
	})
}

// TestStudy20MailLandedInAnotherFolder: Outlook sorts mail into "Focused"
// and "Other", and writers tell where certflow's mail had gone ("it had
// landed in my Other folder"): that "other" is a mail folder, no other
// account or thing after the answer. Another account, form or inbox to
// send from still leaves the reply for a person.
func TestStudy20MailLandedInAnotherFolder(t *testing.T) {
	readsAs(t, []readCase{
		{"Submitted this morning. Your mail had ended up in my Other folder.", Submitted},
		{"Linked. Sorry, it went to the Other tab in Outlook.", Done},
		{"Submitted this morning from my other account.", Unclear},
		{"Submitted. I used the other form.", Unclear},
		{"Submitted. I sent it from the other inbox.", Unclear},
		// An "other inbox" may be another mailbox of the writer's, and so another account.
		{"Submitted. It went to my other inbox.", Unclear},
		{"Linked, but in the other folder of the portal.", Unclear},
	})
}

// TestStudy20FollowedTheStepsThenDone: 「手順どおりに進めたところ、…」 tells
// that the writer went through the steps as the mail gave them, and the
// answer after it is what came of that. Its 進め is following the steps,
// not a case's act to go ahead with (統合を進めて), which still may not lead
// an answer; a lead that goes against the steps, or an answer after it that
// fails or is negated, is read as before.
func TestStudy20FollowedTheStepsThenDone(t *testing.T) {
	readsAs(t, []readCase{
		{"ご案内のとおりに進めたところ、連携が完了しました。", Done},
		{"説明どおりに操作して、フォームを送信しました。", Submitted},
		{"手順通りに進めてみたら、無事リンクできました。", Done},
		{"手順どおりに進めたところ、連携できませんでした。", No},
		{"手順どおりに進めたところ、エラーになりました。", Unclear},
		{"統合を進めて、完了しました。", Unclear},
		// たら alone may be a condition told, not what the writer did: "if you follow the steps, it is done".
		{"手順どおりに進めたら、完了です。", Unclear},
		{"手順どおりに進めず、別のアカウントで連携しました。", Unclear},
	})
}
