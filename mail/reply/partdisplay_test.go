package reply

import "testing"

// TestPartialDisplayLeansNowhere: a verify reply telling that only a part
// of the certifications shows, or that some do and some do not, is neither
// a yes nor a no, strictly or as a lean: the operator settles it. With a
// whole No of the writer's own beside it the No is theirs. Near misses: a
// "some" of time, a part only in the quoted mail, all shown with a delay.
// Lean is asked only of what Read leaves Unclear, as triage asks it.
func TestPartialDisplayLeansNowhere(t *testing.T) {
	for _, c := range []struct {
		text       string
		read, lean Answer
	}{
		// A part shows: for the operator.
		{"Partly. The Developer one is listed, but my SysOps is not there yet.", Unclear, Unclear},
		{"Two of my three are on the page; the networking one is missing. Is that normal?", Unclear, Unclear},
		{"Some of them show, the newest one doesn't.", Unclear, Unclear},
		{"Not all of them are listed.", Unclear, Unclear},
		{"They don't all show up: the machine learning one is absent.", Unclear, Unclear},
		{"Only my Cloud Practitioner appears. The Architect one does not.", Unclear, Unclear},
		{"Only a part of them appears. The Security one isn't there.", Unclear, Unclear},
		{"一部しか出ていません。DVAが見当たりません。", Unclear, Unclear},
		{"CLFだけ表示されていて、SAPはまだ出ていません。", Unclear, Unclear},
		{"3つのうち2つだけ載っています。反映を待つべきでしょうか。", Unclear, Unclear},
		{"全部は表示されていません。", Unclear, Unclear},
		{"Yes and no: the old one is there, the new one isn't.", Unclear, Unclear},
		// The writer's own whole No beside the part: their No.
		{"No. Only my Developer Associate is listed.", No, No},
		{"いいえ、まだ一部だけです。", No, No},
		{"Nope, only the Practitioner one shows.", No, No},
		{"Only one of my two is listed. So the answer is no.", No, No},
		// Near misses: no part told.
		{"Some days ago I linked it, and nothing shows yet.", No, No},
		{"I linked it some weeks ago, but nothing is listed yet.", Unclear, No},
		{"Still nothing on my profile. I linked it last week.", Unclear, No},
		{"Not yet.\n\nOn Tue, Ana wrote:\n> Partly: only the SAA shows, the DVA is missing.\n", No, No},
		{"All three show, one took longer than the others.", Yes, Unclear},
		{"Yes, all of them are listed now.\n\nOn Mon, Ana wrote:\n> Only two of mine are there, one is missing.\n",
			Yes, Unclear},
	} {
		if got := Read(c.text); got != c.read {
			t.Errorf("Read(%q) = %q, want %q", c.text, got, c.read)
		}
		if got, _ := ReadAsking(c.text); got != c.read {
			t.Errorf("ReadAsking(%q) = %q, want %q", c.text, got, c.read)
		}
		if got := Lean(c.text); c.read == Unclear && got != c.lean { // Lean reads only what Read leaves
			t.Errorf("Lean(%q) = %q, want %q", c.text, got, c.lean)
		}
	}
}
