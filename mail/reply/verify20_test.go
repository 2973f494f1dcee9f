package reply

import "testing"

// The twentieth set's study of answers to "Do your AWS Certifications show
// in the APN profile? Reply yes or no" (with the sixteenth and eighteenth
// sets' misses of the same question). Each probe is written for this study
// in its own words; the near misses beside each family say what must stay
// for a person.

// checkLean reads each text with Lean.
func checkLean(t *testing.T, family string, cases []struct {
	text string
	want Answer
}) {
	t.Helper()
	for _, c := range cases {
		if a := Lean(c.text); a != c.want {
			t.Errorf("%s: Lean(%q) = %q; want %q (ReadAsking: %q)", family, c.text, a, c.want, Read(c.text))
		}
	}
}

// Test20ShowsNothingUnderTheCertifications: "it shows nothing under AWS
// Certifications" tells the place of the certifications empty, as "it shows
// none under certs" does: a No beside another No. Nothing said of another
// place, or nothing of something else, is no such No.
func Test20ShowsNothingUnderTheCertifications(t *testing.T) {
	checkReadAsking(t, "shows nothing under the certifications", []struct {
		text string
		want Answer
	}{
		{"No, sorry. The page still shows nothing under AWS Certifications.", No},
		{"Not yet. It shows nothing in the certifications section.", No},
		{"No. I typed the address in again and saved, and it still shows nothing under Certifications.", No},
		// near misses: nothing missing, nothing of another thing, another place, no answer beside it
		{"Yes. It shows nothing missing under certifications.", Unclear},
		{"No. It shows nothing under my old account's certifications.", Unclear},
		{"It still shows nothing under AWS Certifications?", Unclear},
		{"Yes, it shows nothing new under the certifications, all three were there already.", Unclear},
	})
}

// Test20NoThenAQuestionOfWhy: a No in words, then a question whether
// something could be the cause ("could it matter that …", "was there meant
// to be an email from AWS I should have accepted?") leans No, as "why is
// that?" does: the question asks why it does not show. A question whether
// the writer looked in the right place, or that names another account, a
// wrong step or the act, does not.
func Test20NoThenAQuestionOfWhy(t *testing.T) {
	checkLean(t, "no, then a question of why", []struct {
		text string
		want Answer
	}{
		{"Still not there, no.\n\nCould it matter that my certification login uses my old surname?", No},
		{"No, nothing yet.\nWould it matter that the cert account is still under my home address?\nAnna", No},
		{"No, still nothing.\n\nWas there supposed to be a mail from AWS for me to accept? " +
			"I don't think I got one.", No},
		{"Not showing, no. Should I have received an email from AWS about it?", No},
		// near misses: a doubt of the look, another or a wrong account, a question before the No, no No in words
		{"No, still nothing.\n\nWas I supposed to look under a different tab?", Unclear},
		{"No, still nothing. Could it matter that I linked my colleague's account?", Unclear},
		{"No, still nothing. Could it matter that I used the wrong email?", Unclear},
		{"Was there supposed to be an email from AWS? No, still nothing.", Unclear},
		{"No.\n\nWas there supposed to be an email from AWS?", Unclear},
		{"Yes, they show. Was there supposed to be an email from AWS?", Unclear},
	})
}

// Test20NameCutAtTheLineEnd: a mail program may cut "AWS Certifications"
// at the line's end, the last word alone on the next line; the two halves
// are one sentence.
func Test20NameCutAtTheLineEnd(t *testing.T) {
	checkReadAsking(t, "name cut at the line end", []struct {
		text string
		want Answer
	}{
		{"No, not yet. I looked again this morning and the page still shows nothing under AWS\nCertifications.", No},
		// near miss: the joined sentence asks
		{"No, not yet. I looked again this morning and the page still shows nothing under AWS\nCertifications?", Unclear},
	})
}

// Test20QuestionTailOnTheNextLine: a question the mail program cut so that
// its last words and its question mark open the next line, more after them,
// is read whole: beside a No in words it leans No when it asks why, and it
// stays a question, for a person, when it asks anything else.
func Test20QuestionTailOnTheNextLine(t *testing.T) {
	checkLean(t, "question tail on the next line", []struct {
		text string
		want Answer
	}{
		{"Not there, no.\n\nCould it be because my cert account still uses my old work\naddress? Only a guess.", No},
		// near misses: the whole question asks what to do, or doubts the look
		{"Not there, no.\n\nShould I remove the link and enter my old work\naddress again? Only a guess.", Unclear},
		{"Not there, no.\n\nAm I looking at the right part of the partner\nprofile page? Thanks.", Unclear},
	})
	checkReadAsking(t, "question tail on the next line", []struct {
		text string
		want Answer
	}{
		{"Yes, they're all listed now.\n\nCould you tell me whether the badges also go on my email\nsignature? Thanks.", Unclear},
	})
}
