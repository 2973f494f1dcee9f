package reply

import "testing"

// The twentieth review of how an answer is read (the whole-path probes are
// in mail/triage/answerreview_test.go): the Done and Submitted that the
// families below undercut were read as the act, or leaned to it, which the
// link and form waits take. Each family's replies are in the review's own
// words; the near misses after them must still read as they say.

// review20NotTheAct holds, by family, replies that must not be read as, or
// lean to, a Done or Submitted.
var review20NotTheAct = map[string][]string{
	// the act said for when something else happens: "Done once I get my password reset"
	"later": {
		"Done once I get my password reset.",
		"Done once the page stops loading.",
		"Done when IT unlocks my account.",
		"Done the moment the portal is back.",
		"Submitted as soon as my manager approves.",
		"Linked once I've found the right login.",
		"Submitted when they reopen the form.",
	},
	// a negation after a pause in Japanese: 完了…ではないです
	"negated after a pause": {
		"完了…ではないです。",
		"完了…していません。",
		"完了……じゃないです。",
		"完了、、、ではありません。",
		"提出…はしておりません。",
		"連携・・・できていません。",
	},
	// the answer goes on, past its end, to whom or for whom it was done
	"continued to another": {
		"Submitted!... to my manager for review.",
		"Submitted!... for my colleague's account.",
		"Done... for my teammate.",
		"Done! To my manager.",
		"Submitted. To HR first, they will pass it on.",
		"Sent — to my boss, for sign-off.",
	},
	// the answer hedged after it: "well, sort of", "kinda", "tried to, anyway"
	"hedged": {
		"Done. Well, sort of.",
		"Submitted, well, tried to.",
		"Submitted, kinda.",
		"Done. Tried to, anyway.",
		"Done, sorta.",
		"Linked. More or less.",
		"Submitted... in a way.",
	},
	// the act less a part: "Done, minus the sharing consent", 保存を除いて完了
	"all but a part": {
		"Done, minus the sharing consent.",
		"Done, aside from agreeing to share.",
		"Done, bar the final save.",
		"Done, but not the consent.",
		"Done, excluding the last step.",
		"最後の保存を除いて完了です。",
		"同意のチェックを除き、完了しました。",
		"共有の同意以外、完了しました。",
	},
}

// review20StillTheAct are near misses: a time that has passed, a pause
// before the answer's own end, a thanks or a plain note after it, a
// "without" of no trouble, words of the families in another sense.
var review20StillTheAct = []struct {
	text string
	want Answer
}{
	{"Done once I got the reset link.", Done},
	{"Done once I had the reset link.", Done},
	{"Submitted when I got your mail.", Submitted},
	{"完了…しました！", Done},
	{"完了…です。", Done},
	{"完了、問題ありません。", Done},
	{"提出しました。問題なく送信できました。", Submitted},
	{"Done. Well, that was easy.", Done},
	{"Done, well done me.", Done},
	{"Done! For the record it took five minutes.", Done},
	{"Submitted. Thanks for sending the text to copy.", Submitted},
	{"Done, no problem.", Done},
}

// TestReview20NotTheAct: no reply of a family reads as, or leans to, the act.
func TestReview20NotTheAct(t *testing.T) {
	for family, texts := range review20NotTheAct {
		for _, s := range texts {
			if a, asks := ReadAsking(s); a == Done || a == Submitted {
				t.Errorf("%s: ReadAsking(%q) = %q beside %q; want it left for a person", family, s, a, asks)
			}
			if l := Lean(s); l == Done || l == Submitted {
				t.Errorf("%s: Lean(%q) = %q; want no lean to the act", family, s, l)
			}
		}
	}
}

// TestReview20StillTheAct: the near misses read as they say.
func TestReview20StillTheAct(t *testing.T) {
	for _, p := range review20StillTheAct {
		if a, _ := ReadAsking(p.text); a != p.want {
			t.Errorf("ReadAsking(%q) = %q; want %q", p.text, a, p.want)
		}
	}
}
