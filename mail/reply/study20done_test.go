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
	for _, tc := range []struct {
		text string
		want Answer
	}{
		{"連携しました。\n特に問題なかったです。", Done},
		{"フォームを送信しました。\n問題はなかったです。\nよろしくお願いします。", Submitted},
		{"問題なかったです。", Unclear},
		{"いいえ。\n問題なかったです。", Unclear},
		{"完了しました。\n前回は問題なかったですが、今回はエラーが出ました。", Unclear},
		{"完了しました。\n問題なかったですが、まだ表示されていません。", Unclear},
	} {
		if got := Read(tc.text); got != tc.want {
			t.Errorf("Read(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
