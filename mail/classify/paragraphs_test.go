package classify

import "testing"

// TestSentencesNumberTheirOwnParagraph: each sentence carries the number of
// the paragraph it stands in, the last one of a paragraph too (not the next
// paragraph's number), whether or not its line ends the sentence.
func TestSentencesNumberTheirOwnParagraph(t *testing.T) {
	own := "Hello Sam,\n\nWe looked at both profiles. They match\n\n- first item\n- second item\n\nRegards"
	want := []sentence{{"hello sam,", 0}, {"we looked at both profiles.", 1}, {"they match", 1},
		{"- first item", 2}, {"- second item", 2}, {"regards", 3}}
	got := sentences(own)
	if len(got) != len(want) {
		t.Fatalf("sentences: %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %q in paragraph %d, want %q in %d", i, got[i].text, got[i].para, want[i].text,
				want[i].para)
		}
	}
}
