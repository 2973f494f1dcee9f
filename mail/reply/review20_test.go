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
	// the merge's two accounts named the other way round by their roles
	"reversed by the roles": {
		"Submitted, but I used my work email as the account to close.",
		"Submitted with my work address as the account to close.",
		"Submitted, with my personal address as the account to keep.",
		"提出しました。会社のアドレスを統合元にしてしまいました。",
		"提出しました。個人のメールを統合先にしました。",
	},
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
	checkLeftForAPerson(t, review20NotTheAct)
}

// checkLeftForAPerson checks that no reply of families is read as other
// than No or Unclear (ReadAsking), nor leans to the act (Lean).
func checkLeftForAPerson(t *testing.T, families map[string][]string) {
	t.Helper()
	for family, texts := range families {
		for _, s := range texts {
			if a, asks := ReadAsking(s); a != Unclear && a != No {
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

// review20NotYes holds, by family, replies to "do they show?" that must not
// be read as Yes: a false Yes ends the share case with nothing shared.
var review20NotYes = map[string][]string{
	// a part told as a fraction: "Yes 2/3", はい、2/3です
	"a part as a fraction": {
		"Yes 2/3.",
		"Yes 1/2",
		"はい、2/3です。",
		"はい、2/3表示されています。",
		"Yes, 3/4 of them.",
		"はい、１／３です。",
	},
	// a time before now in brackets beside what was seen: はい、表示されていました（先週）
	"seen then, in brackets": {
		"はい、表示されていました（先週）。",
		"はい、表示されていました(昨日まで)。",
		"Yes, they were there (last week).",
		"はい、表示されていました（以前は）。",
	},
	// the Yes called a lie or a joke after it: 表示されています、というのは嘘です
	"taken back as a joke": {
		"表示されています、というのは嘘です。",
		"表示されています。嘘です。",
		"はい、表示されています…なんちゃって。",
		"表示されています（嘘）",
		"はい、表示されています。というのは冗談で、まだです。",
	},
}

// review20StillYes: near misses that must stay Yes: every one of a
// fraction, a time since, a bracket that says again that they show.
var review20StillYes = []string{
	"Yes 3/3.",
	"はい、表示されていました。",
	"確認したところ、表示されていました。",
	"はい、すべて表示されています。",
	"Yes, all three are listed now.",
}

// TestReview20NotYes: no reply of a family reads Yes.
func TestReview20NotYes(t *testing.T) {
	for family, texts := range review20NotYes {
		for _, s := range texts {
			if a := Read(s); a == Yes {
				t.Errorf("%s: Read(%q) = %q; want it left for a person", family, s, a)
			}
		}
	}
	for _, s := range review20StillYes {
		if a := Read(s); a != Yes {
			t.Errorf("Read(%q) = %q; want yes", s, a)
		}
	}
}

// review20TakenBack holds, by family, replies whose Yes, Done or Submitted
// words outside the sentences Read weighs take back (takenBack).
var review20TakenBack = map[string][]string{
	"a part as a count": {"Done 2/3.", "Done, 2 out of 3 steps.", "Submitted (1/2)", "完了（3つ中2つ）"},
	"a mark of failure": {"Yes ✗", "Done ❌", "Submitted ×", "完了 ✘"},
	"knowledge hedged": {
		"Done as far as I know.", "Submitted, as far as I can tell.", "Yes, AFAIK.", "Yes, as far as I can see.",
	},
	"another's word in brackets": {
		"表示されています（と聞いています）", "表示されています（そうです）", "Yes (so I'm told).", "完了（とのことです）",
	},
}

// review20NotTakenBack: near misses, a whole count, a date written as a
// fraction, a mark that says yes.
var review20NotTakenBack = []struct {
	text string
	want Answer
}{
	{"Done 3/3.", Done},
	{"Submitted on 3/12.", Submitted},
	{"3/12に提出しました。", Submitted},
	{"Yes ✓", Yes},
	{"Done ✔", Done},
}

// TestReview20TakenBack: each family's replies are left for a person; the
// near misses read as they say.
func TestReview20TakenBack(t *testing.T) {
	checkLeftForAPerson(t, review20TakenBack)
	for _, p := range review20NotTakenBack {
		if a, _ := ReadAsking(p.text); a != p.want {
			t.Errorf("ReadAsking(%q) = %q; want %q", p.text, a, p.want)
		}
	}
}
