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

// TestListReachesItsOwnParagraph: a list that goes on in the paragraph of
// the sentence that introduces it ends with that paragraph; the request in
// the paragraph after it is read. A list after a blank line is the next
// paragraph, and is not read as the desk's report.
func TestListReachesItsOwnParagraph(t *testing.T) {
	checkAWS(t, []awsCase{
		{"What will happen when we merge the accounts:\n * all certifications move to b@example.com\n" +
			" * a@example.com is closed\n\nTo authorise it, please reply to this email with \"I agree\".",
			"aws_consent_request", ""},
		{"What happens next:\n\n- we merge the accounts\n- your accounts have been merged, the notice says\n\n" +
			"We will write again then.", "aws_other", ""},
	})
}
