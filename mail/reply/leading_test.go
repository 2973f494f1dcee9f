package reply

import (
	"slices"
	"testing"
)

// A Done or Submitted that opens the reply stands when what follows it is
// news of something else, which the operator is told: a leave, a move, a
// reference number with a word around it, a thanks at length.
func TestLeadingAnswerStandsBesideOtherNews(t *testing.T) {
	for _, tc := range []struct {
		text  string
		want  Answer
		aside string // one of the sentences carried to the operator
	}{
		{"Submitted this afternoon.\n\nI'll be on parental leave from 14 Dec to 8 Jan; Priya covers my projects " +
			"meanwhile.\n\nTom", Submitted, "I'll be on parental leave from 14 Dec to 8 Jan; Priya covers my projects meanwhile."},
		{"Hi,\nForm sent.\nBy the way, our team moves to the 12th floor next month, and the new desk phone will be " +
			"ext 4471.\nBest, Aiko", Submitted,
			"By the way, our team moves to the 12th floor next month, and the new desk phone will be ext 4471."},
		{"Done - linked it this morning.\nOur office will be closed from the 28th for the holidays, reopening on the 5th.",
			Done, "Our office will be closed from the 28th for the holidays, reopening on the 5th."},
		{"Form submitted. The confirmation page gave me a reference number, 44-1093 - not sure if you need it, " +
			"but here it is.", Submitted, "The confirmation page gave me a reference number, 44-1093 - not sure if you need it, " +
			"but here it is."},
		{"Submitted this morning.\nFYI I'm away from the 20th, so if AWS needs anything from me after that, Ken can answer.",
			Submitted, "FYI I'm away from the 20th, so if AWS needs anything from me after that, Ken can answer."},
		{"完了しました。\nちなみに来月から部署が変わりますが、メールアドレスは変わりません。", Done,
			"ちなみに来月から部署が変わりますが、メールアドレスは変わりません。"},
		{"提出しました。\nちなみに年明けから福岡の拠点に移ります。メールアドレスはそのままです。\n山本", Submitted,
			"ちなみに年明けから福岡の拠点に移ります。"},
		{"連携完了しました。\n来週は社外研修のため、ご連絡はチャットでお願いします。", Done,
			"来週は社外研修のため、ご連絡はチャットでお願いします。"},
	} {
		a, aside := ReadAsking(tc.text)
		if a != tc.want || !slices.Contains(aside, tc.aside) {
			t.Errorf("ReadAsking(%q) = %q, %q; want %q with %q beside it", tc.text, a, aside, tc.want, tc.aside)
		}
	}
}

// What follows the answer stays unread (Unclear, for a person) when it may
// take the answer back or doubt it, says it went wrong, is partly done, is
// still to come, was done by mistake, or is a joke; whether or not it
// names the form or the link.
func TestLeadingAnswerFallsWhenTheRestWeighsOnIt(t *testing.T) {
	for _, text := range []string{
		"Submitted. Not sure it went through though.",
		"Submitted. Or at least I think so.",
		"Done. Well, almost.",
		"Done. Only the first of my two accounts, the other one tomorrow.",
		"Submitted! Just kidding, will do it tonight.",
		"Submitted. Please cancel it, I made a mistake with the address.",
		"Form submitted. The page showed an error at the end.",
		"Done. I may have picked the wrong profile.",
		"Submitted. My colleague will do hers next week.",
		"Submitted it. Hold off on anything until I confirm with my manager.",
		"Done.\nIf that counts, I clicked connect but never saw a confirmation.",
		"提出しました。ただ、送信後にエラーが出たかもしれません。",
		"完了しました。でもまだ反映されていないようです。",
		"提出しました。間違えて古いアドレスを書いてしまいました。",
		"連携しました。明日もう一度確認します。",
		"Submitted. Spam? Who sent this.",
		"Submitted.\nP.S. not 100% sure I pressed the last button.",
		"Done. BTW the page crashed right after.",
		"Submitted. I'm still working on the other one.",
		"提出しました。ちなみにエラーが一度出ました。",
		"提出しました。\nちなみに、押せたか自信がないです。",
	} {
		if a, aside := ReadAsking(text); a != Unclear {
			t.Errorf("ReadAsking(%q) = %q beside %q; want it left for a person", text, a, aside)
		}
	}
}

// A Yes or No is not taken so: a consent cannot be taken back, and a No
// beside other news is read as it was.
func TestLeadingYesIsNotTakenBesideNews(t *testing.T) {
	for _, text := range []string{
		"Yes.\nHeads-up: I'm on parental leave from 14 Dec to 8 Jan, so reach Priya for anything urgent.",
		"はい。\nちなみに年明けから福岡の拠点に移ります。",
	} {
		if a, aside := ReadAsking(text); a == Yes {
			t.Errorf("ReadAsking(%q) = %q beside %q; want no Yes", text, a, aside)
		}
	}
}
