package reply

import "testing"

// Tests for the families found in the eleventh and twelfth sets' misread
// replies, in words of our own, with the near misses each rule must not
// take.

// TestLineCutAfterLeaningWord: a line the mail program cut after a
// relative pronoun or a determiner goes on in the next, so the halves are
// read as the one sentence they are.
func TestLineCutAfterLeaningWord(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. I opened the partner page this morning and it lists zero\ncertifications for my name.":        No,
		"Sounds good to me. My older exams sit on the personal account, which\nis why I want them merged.": Yes,
		// Near misses: the joined sentence still says what it says.
		"Yes. It lists zero\ncertifications for my name.":                                Unclear,
		"Sounds good. The personal account has my exams, which\nis why I'm not so sure.": Unclear,
	})
}

// TestWhichIsWhy: ", which is why …" gives what the detail before it is
// the reason for; it asks nothing.
func TestWhichIsWhy(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes. I changed jobs last year, which is exactly why I want them merged.":   Yes,
		"Yes. I changed jobs last year, which is precisely why I want them merged.": Yes,
		// Near misses: another answer in it, or a question.
		"Yes. I changed jobs last year, which is why I don't want them merged.": Unclear,
		"Yes. There are two accounts, which is the one you keep?":               Unclear,
		"Yes. There are two accounts, which is mine":                            Unclear,
	})
}

// TestNoCertificationsShown: a page that shows zero certifications is a
// No beside another No; alone it may answer whether the link was made,
// and beside a Yes or a Done it speaks against them.
func TestNoCertificationsShown(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. The partner profile shows zero certifications.":     No,
		"Nope, it lists 0 certs, although the link says Active.": No,
		"No. It is showing no certifications at all.":            No,
		// Near misses.
		"The partner profile shows zero certifications.": Unclear,
		"Yes. It shows zero certifications.":             Unclear,
		"Done. It shows zero certifications.":            Unclear,
		"Yes, it shows no errors.":                       Unclear,
		"No. It shows no errors.":                        Unclear,
	})
}

// TestConfirmToAWS: "please confirm to AWS" asks certflow to give AWS the
// consent; confirming with them whether something holds asks them.
func TestConfirmToAWS(t *testing.T) {
	readAll(t, map[string]Answer{
		"Fine by me, please confirm to AWS.":                 Yes,
		"Go ahead and confirm it with them.":                 Yes,
		"Please confirm to AWS on my behalf.":                Yes,
		"Please confirm with AWS whether my exams move too.": Unclear,
		"Please confirm to AWS?":                             Unclear,
		"Could you confirm with them first?":                 Unclear,
		"No. Please confirm to AWS that I disagree.":         Unclear,
	})
}

// TestOnlyOfLaterTime: "only" of how much later something appeared
// narrows nothing that was asked about.
func TestOnlyOfLaterTime(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes - all three are showing now. The Developer one only turned up a few days after the others.": Yes,
		"Yes, I can see all of them. The newest only showed up two days after the rest.":                 Yes,
		// Near misses: "only" of which ones.
		"Yes, I can see them. Only one turned up a few days later.":   Unclear,
		"Yes, I can see them. Only the SAA showed up two days later.": Unclear,
	})
}

// TestEarlierReplyToWhom: what the writer replied before, to whom and when
// ("I answered "yes" to you last week"), is no answer now.
func TestEarlierReplyToWhom(t *testing.T) {
	readAll(t, map[string]Answer{
		`No. I answered "yes" to you last week, but I take that back. Please do not consent.`: No,
		`I said "yes" to you on Friday.`:                               Unclear,
		`I said "no" to your email the other day. Please don't merge.`: No,
		// Near miss: the earlier reply and a Yes now disagree with the No.
		`No. I answered "yes" to you last week and I still agree.`: Unclear,
	})
}

// TestKnowsItCannotBeUndone: acknowledging that the merge cannot be undone
// (取り消しできないことは承知しています) is no cancel.
func TestKnowsItCannotBeUndone(t *testing.T) {
	readAll(t, map[string]Answer{
		"進めてください。元に戻せないことも理解しております。":  Yes,
		"同意します。統合は取り消しできない点も承知しています。": Yes,
		// Near misses: alone, asked, or with a wait after it.
		"取り消しできないことは承知しています。":               Unclear,
		"同意します。取り消しできないことは承知していますか。":        Unclear,
		"同意します。取り消せないことは理解しましたが、少し待ってください。": Unclear,
		"同意します。でもやはり取り消してください。":             Unclear,
	})
}

// TestLetAWSMerge: letting AWS merge is a Yes, not letting them a No.
func TestLetAWSMerge(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please let AWS merge them.": Yes,
		"No. Something is wrong with this request; please do not let them merge anything.": No,
		"Let them merge?": Unclear,
		"Yes, let AWS merge them into my personal account.": Unclear,
	})
}

// TestStopInsideName: a full stop inside a name or a number
// ("partner.example", "v2.1") ends no sentence.
func TestStopInsideName(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, go ahead. The old one is from school. It has one exam on it. I moved everything to my corp.example login last year.": Yes,
		// Near miss: a stop with a capital after it still ends a sentence.
		"Yes.Only one of them shows.": Unclear,
	})
}

// TestNoUntilFinished: what a No waits for ("until the review is
// finished") is its condition, no other answer beside it.
func TestNoUntilFinished(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. Please hold off. HR wants nothing moved to the new account until their check is finished.": No,
		// Near misses: another answer outside the condition.
		"No. Please hold off. Actually, it's fine to merge them.":                Unclear,
		"No. Please hold off. HR has finished, so it is fine to merge them now.": Unclear,
	})
}
