package reply

import "testing"

// TestStudiedAnswerFamilies: the ways of answering that the third set (now
// a study set) showed read as unclear, each with the near miss it must not
// take. The sentences are reworded, not copied from the set.
func TestStudiedAnswerFamilies(t *testing.T) {
	for text, want := range map[string]Answer{
		// Done, then the evidence that it shows: Done. A bare "yes" with it,
		// or the evidence first, still answers two questions.
		"I have linked my account in Partner Central. It shows two certifications now.": Done,
		"Finished linking, it is showing in my profile now. Thanks":                     Done,
		"Yes, it shows. Done.":       Unclear,
		"It shows now. Done.":        Unclear,
		"Done. It doesn't show yet.": Unclear,
		// A topic ending in a kana noun before 、 (紐付け、完了しました).
		"ポータルでの紐付け、完了しました。":    Done,
		"ポータルでの紐付け、まだです。":      No,
		"ポータルでの紐付けが、うまくいきません。": Unclear,
		// Polite Japanese around an answer: でございます after a name, "sorry
		// to trouble you", "no problem with what you sent".
		"佐藤でございます。お送りいただいた内容で問題ございません。統合に同意いたします。お手数をおかけしますが、よろしくお願いいたします。": Yes,
		"佐藤でございます。お送りいただいた内容で問題ございません。":                                     Unclear,
		// Two refusals joined by "and": No. A refusal and a consent so
		// joined, or other answers, stay whole and unclear.
		"Stop. I did not request this and I do not agree to the merge.": No,
		"I did not request this and I am happy for you to go ahead.":    Unclear,
		"I haven't linked it and I have submitted the form.":            Unclear,
		// What was replied before, quoted, is no answer now; the retraction
		// after it is (取り消させてください).
		"先ほど「YES」と返信してしまいましたが、やはり取り消させてください。統合はしないでください。": No,
		"先日「いいえ」と返信しましたが、やはり統合をお願いします。":                   Yes,
		"「YES」と返信しました。":                             Unclear,
		`I replied "yes" earlier.`:                  Unclear,
		`I replied "yes" earlier. Please go ahead.`: Yes,
		// Why the old account may go is a detail next to a Yes; still using
		// it is no consent.
		"Yes - go ahead and merge them. I don't use the old one any more.": Yes,
		"I don't use the old one any more.":                                Unclear,
		"Please don't merge, I still use the old one.":                     No,
		// "Stop" with a loanword, "keep it stopped".
		"この件はいったんストップでお願いします。": No,
		"統合は止めておいてください。":       No,
		"ストップ機能について教えてください。":   Unclear,
	} {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}
