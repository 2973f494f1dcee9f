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
		{"No, not yet. I looked again this morning and the page still shows nothing under AWS\n" +
			"Certifications?", Unclear},
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
		{"Yes, they're all listed now.\n\nCould you tell me whether the badges also go on my email\n" +
			"signature? Thanks.", Unclear},
	})
}

// Test20ThanksForCheckingToo: a thanks that names certflow's checking
// second ("thanks for your patience and for checking again") is a
// courtesy, as "thanks for checking" is; the writer's own checking still
// going on is a hedge.
func Test20ThanksForCheckingToo(t *testing.T) {
	checkReadAsking(t, "thanks for checking too", []struct {
		text string
		want Answer
	}{
		{"Yes, all there now. Thank you for the reminders and for checking back.", Yes},
		{"No, not yet.\nThanks for your help and for\nchecking in.\nSam", No},
		// near misses: the writer is still checking; a thanks beside a part
		{"Yes. Thanks for your patience, I'm still checking the second one.", Unclear},
		{"Thanks for waiting and for checking, but only one shows.", Unclear},
		{"Thanks for your patience and for checking again.", Unclear},
	})
}

// Test20CountedThere: "both are there", "all three are there now", "both
// the Associate and the Professional are there" tell all of them there, as
// "they are there" does, also after a "but" that only tells how long it
// took. Said with "only", of another account, as a question, before a
// No, or with a doubt, it is no Yes.
func Test20CountedThere(t *testing.T) {
	checkReadAsking(t, "counted there", []struct {
		text string
		want Answer
	}{
		{"Yes. Both are there.", Yes},
		{"Yes, they appear now. It took a while but all three are there.", Yes},
		{"Yes, I can see them. Took more than a week but both the Practitioner and the Associate are there now.", Yes},
		// near misses
		{"Yes. It took some days but only two are there.", Unclear},
		{"Yes. It took some days but both are there in my old account.", Unclear},
		{"Both are there?", Unclear},
		{"No. It took some days but both are there.", Unclear},
		{"Yes. It took some days but both are there, I believe.", Unclear},
		{"Both are not there.", No},
	})
}

// Test20FrenchCourtesies: French greetings, thanks and sign-offs around an
// English answer (Bonjour, Merci et bonne journée, Cordialement) and "c'est
// bon", French for "OK", are courtesies; alone they answer nothing.
func Test20FrenchCourtesies(t *testing.T) {
	checkReadAsking(t, "French courtesies", []struct {
		text string
		want Answer
	}{
		{"Bonjour,\n\nOui / yes - c'est bon, the certifications are on the APN profile.\n\nMerci,\nLuc", Yes},
		{"Yes.\n\nMerci et bonne journée,\nLuc", Yes},
		{"Bonsoir,\nNo, still nothing there.\nBien cordialement,\nAnne", No},
		// near misses: no answer but the courtesy; a part; another account
		{"C'est bon.\n\nMerci,\nLuc", Unclear},
		{"Merci beaucoup, but only one shows.", Unclear},
		{"Bonjour,\nYes - c'est bon, they show on my old profile.\nMerci", Unclear},
	})
}

// Test20jaClauseOverTheLineEnd: a Japanese line that ends in a case
// particle goes on in the next (…確認したところ、「AWS Certifications」に
// over 2 件が表示されていました。): the look and what it found are one
// sentence. What it found is read as said: a part, or nothing, is no Yes.
func Test20jaClauseOverTheLineEnd(t *testing.T) {
	checkReadAsking(t, "ja clause over the line end", []struct {
		text string
		want Answer
	}{
		{"先週はまだでしたが、今朝ログインしてみたところ、\nプロファイルの「AWS Certifications」に\n2 件とも表示されていました。\n\n" +
			"はい、表示されています。", Yes},
		// near misses: the second line tells a part, or nothing
		{"先週はまだでしたが、今朝ログインしてみたところ、\nプロファイルの「AWS Certifications」に\n1 件しか表示されていませんでした。\n\n" +
			"はい、表示されています。", Unclear},
		{"今朝ログインしてみたところ、\nプロファイルの「AWS Certifications」に\nまだ何も出ていません。", No},
	})
}

// Test20jaHadComeToShow: 表示されるようになっていました ("when I looked they
// had come to show") is a Yes, as 表示されるようになりました is; its negative
// is not read as a Yes, and a retold earlier Yes before what is gone now
// is no Yes either.
func Test20jaHadComeToShow(t *testing.T) {
	checkReadAsking(t, "ja had come to show", []struct {
		text string
		want Answer
	}{
		{"今朝見てみたら、資格が表示されるようになっていました。", Yes},
		{"はい。昨夜のうちに反映されるようになっていました。", Yes},
		// near misses
		{"今朝見てみたら、資格が表示されるようになっていませんでした。", Unclear},
		{"先週は「はい」とお答えしましたが、今朝見たら表示されなくなっていました。", Unclear},
		{"今朝見たら表示されるようになっていましたが、1 件だけでした。", Unclear},
	})
}
