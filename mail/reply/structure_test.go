package reply

import "testing"

// The structural rules added when the fourth set became a study set: where
// a sentence's answer is (a reason before it, a "but" that resolves, a
// polite request in question form), what is no part of it (a courtesy
// with "though", an offer of detail, a reporting frame, a legal notice),
// and how much detail may follow. Each with the near miss it must not
// take; the sentences are written here, not copied from the set.

func readAll(t *testing.T, cases map[string]Answer) {
	t.Helper()
	answersAll(t, "Read", Read, cases)
}

// answersAll checks that read (Read or Lean, named name) gives each text
// the answer it maps to.
func answersAll(t *testing.T, name string, read func(string) Answer, cases map[string]Answer) {
	t.Helper()
	for text, want := range cases {
		if got := read(text); got != want {
			t.Errorf("%s(%q) = %q, want %q", name, text, got, want)
		}
	}
}

// TestParticleLeftOut: casual Japanese leaves out を between the noun and
// the verb (統合お願いします for 統合をお願いします).
func TestParticleLeftOut(t *testing.T) {
	readAll(t, map[string]Answer{
		"承知しました、統合お願いいたします。": Yes,
		"反映確認できました。":         Yes,
		"統合お願いできますか？":        Unclear,
	})
}

// TestMergingIsFine: "merging is fine (with me)", 統合で大丈夫です.
func TestMergingIsFine(t *testing.T) {
	readAll(t, map[string]Answer{
		"OK、統合で大丈夫です。":   Yes,
		"統合で問題ございません。":   Yes,
		"統合で大丈夫ではありません。": Unclear,
	})
}

// TestCourtesyWithConcession: "Thanks anyway", "thank you though" close a
// reply politely; a concession with more words is still a doubt.
func TestCourtesyWithConcession(t *testing.T) {
	readAll(t, map[string]Answer{
		"Don't merge them please. Thanks anyway.":     No,
		"Stop the merge. Thank you though!":           No,
		"Go ahead. Thanks, though I'm not sure.":      Unclear,
		"Go ahead, though the old one may be in use.": Unclear,
	})
}

// TestOfferOfDetail: "if that helps", "for reference", ご参考までに offer a
// detail; they put no condition on the answer.
func TestOfferOfDetail(t *testing.T) {
	readAll(t, map[string]Answer{
		"I sent the form today. The ticket number is 5551234, if it helps.": Submitted,
		"Submitted the request. For reference, it went in at 10am.":         Submitted,
		"Go ahead, if needed.": Unclear,
		"申請フォームを送信しました。ご参考までに、受付番号は12345です。":          Submitted,
		"I sent the form, if that is what you meant.": Unclear,
	})
}

// TestReportingFrame: "…ので、ご連絡いたします", "just letting you know" frame
// the answer; the noun phrase the answer's verb takes is part of it.
func TestReportingFrame(t *testing.T) {
	readAll(t, map[string]Answer{
		"会社のパートナーアカウントへの紐付けが完了しましたのでご報告いたします。":            Done,
		"Just letting you know I have linked my account.": Done,
		"会社のパートナーアカウントへの紐付けがうまくいかないのでご報告いたします。":           Unclear,
		"紐付けが完了しましたらご報告いたします。":                            Unclear,
	})
}

// TestLegalNoticeWithoutKeyword: a notice that opens by speaking of the
// mail itself and talks of confidentiality or mail received in error ends
// what the person wrote, whatever its first words.
func TestLegalNoticeWithoutKeyword(t *testing.T) {
	readAll(t, map[string]Answer{
		"統合に同意します。\n\n本メールは宛先の方のみを対象としたものです。\n誤って届いた場合は破棄してください。":                                               Yes,
		"Yes, go ahead.\n\nThis message may contain privileged information. If you got it in error, delete it.": Yes,
		"This email confirms that I agree to the merge.":                    Yes,
		"Yes.\n\nThis message was sent in error, please ignore the yes.":    Unclear,
		"Go ahead.\n\nThis message went to you in error; please delete it.": Yes,
		"統合に同意します。\n本メールの件ですが、もし問題があれば連絡ください。":                              Unclear,
	})
	readAll(t, map[string]Answer{
		"I agree to the merge.\n\n" +
			"This e-mail (including any attachments) may contain information that is private.": Yes,
	})
}

// TestButThatResolves: "X, but Y" across a comma, after an answer, where
// X is past trouble and Y the answer again ("it timed out once, but it is
// linked now"). Before any answer the reply stays unclear, as splitBut's
// does: the answer must come first.
func TestButThatResolves(t *testing.T) {
	readAll(t, map[string]Answer{
		"Linked it. The portal timed out the first time, but the account is linked now.": Done,
		"The first attempt timed out, but it's linked now.":                              Done,
		"Linked it, but it doesn't show yet.":                                            Unclear,
		"The page timed out, but I'll try again later.":                                  Unclear,
	})
}

// TestReasonBeforeTheAnswer: a reason ("I couldn't find the link option,
// so …", 連携できなかったため、…) explains the answer after it; its
// negation is about the reason, not the answer.
func TestReasonBeforeTheAnswer(t *testing.T) {
	readAll(t, map[string]Answer{
		"The link button didn't work for me, so I sent the request form instead.": Submitted,
		"The option was greyed out so I submitted the form instead.":              Submitted,
		"The page kept loading so I will try again tonight.":                      Unclear,
		"直接の連携ができなかったので、申請フォームを送りました。":                                            Submitted,
		"The page was slow, so I'll send the form tomorrow.":                      Unclear,
		"I couldn't link it, so I'll try again tomorrow.":                         No,
		"The form didn't load, so I haven't sent it.":                             No,
		"I linked it instead.": Unclear,
	})
}

// TestWaitingForApprovalAfterSubmitting: a request sent and now awaiting
// approval is Submitted; next to any other answer the wait is a doubt.
func TestWaitingForApprovalAfterSubmitting(t *testing.T) {
	readAll(t, map[string]Answer{
		"申請しました。現在は承認待ちです。":                                    Submitted,
		"I sent the request form. It is pending approval now.": Submitted,
		"Yes. Waiting for approval from my manager.":           Unclear,
		"承認待ちです。":                                              Unclear,
	})
}

// TestDetailCountedBySentence: the detail allowed after an answer is
// counted in sentences, not in the pieces its commas make.
func TestDetailCountedBySentence(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, both are mine. The old one is from university, before I started here, with one exam. " +
			"I agree to the merge; please keep the work address.": Yes,
		"Yes. I took one exam. Then another. Then a third one. And a fourth.": Unclear,
		"同意します\n旧アカウントは学生の頃のもの\n会社のものを残したい\n上司にも伝えてある\n来月に異動する":               Unclear,
		// "first" after a determiner is an ordinal; at the end it is a hedge.
		"Yes, go ahead. The old account has my first exam on it.": Yes,
		"Yes, but let me ask my manager first.":                   Unclear,
	})
}

// TestPoliteRequestAsQuestion: a request put as a question (…ていただけます
// でしょうか, "could you hold off on the merge?") asks for what it names.
func TestPoliteRequestAsQuestion(t *testing.T) {
	readAll(t, map[string]Answer{
		"恐れ入りますが、統合は見送っていただけますでしょうか。":                    No,
		"統合を進めていただけますか？":                                 Yes,
		"Could you please go ahead with the merge?":      Yes,
		"Can you cancel my request?":                     No,
		"Could you please not merge them?":               No,
		"統合を進めていただけると助かります。":                             Yes,
		"Could you tell me whether I should agree?":      Unclear,
		"Can you proceed without my manager's approval?": Unclear,
		"Can you go ahead with just the gmail one?":      Unclear,
		"いつ統合を進めていただけますか？":                               Unclear,
		"統合するとどうなるか教えていただけますか？":                          Unclear,
	})
}

// TestRelativeClauseIsNoQuestion: "…, who has the same name" after a piece
// of detail is a relative clause, not a question; after a courtesy or an
// answer ("Done, which one should I keep") it still asks.
func TestRelativeClauseIsNoQuestion(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please don't merge. The other account is my brother's, who shares my name.": No,
		"Please don't merge. Who owns the other account?":                            Unclear,
		"Done, which one should I keep":                                              Unclear,
		"Done, who do I tell about it":                                               Unclear,
		"Thanks, who is handling this":                                               Unclear,
	})
}

// TestPoliteWishAndNotNow: "I would like to …" is a wish, not a hedge;
// "not at this time", "I no longer want this" decline.
func TestPoliteWishAndNotNow(t *testing.T) {
	readAll(t, map[string]Answer{
		"No thank you, I would like to keep both.":         No,
		"I would like to go ahead with the merge.":         Yes,
		"I would like to check with my manager first.":     Unclear,
		"Not at this time, thanks.":                        No,
		"I no longer want this, please cancel.":            No,
		"申請出しました。":                                         Submitted,
		"Yes, and please keep both certifications listed.": Unclear,
	})
}

// TestMoreCourtesies: greetings and wishes around an answer are no part of
// it ("hope you are doing well", "have a good weekend").
func TestMoreCourtesies(t *testing.T) {
	readAll(t, map[string]Answer{
		"Hi team, hope you are doing well. Yes, please go ahead with the merge. Cheers, Tom": Yes,
		"Yes.\nHave a good weekend!":                   Yes,
		"Hope it works. Yes, please go ahead.":         Unclear,
		"Yes, hope you are not merging the wrong one.": Unclear,
	})
}

// TestRequestToCheckTellsNothing: "please confirm the merge is complete"
// asks the reader to check; it is no answer. The answer before a "please
// check" still is.
func TestRequestToCheckTellsNothing(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please confirm the merge is complete.":                     Unclear,
		"Could you check whether it's linked?":                      Unclear,
		"Please check that my account is linked now.":               Unclear,
		"I've linked it, please check.":                             Done,
		"Linked it. Please let me know if anything else is needed.": Done,
	})
}

// TestMoreWaysToDecline: the polite "cannot" (同意いたしかねます), refraining
// (控えてください, 見合わせて, 保留で), leaving the accounts as they are; and a
// case opened with AWS as the request sent.
func TestMoreWaysToDecline(t *testing.T) {
	readAll(t, map[string]Answer{
		"申し訳ありませんが、統合には同意いたしかねます。":                       No,
		"今回の統合は見合わせてください。":                               No,
		"統合はひとまず保留でお願いします。":                              No,
		"今回は見送りでお願いいたします。":                               No,
		"Nope - leave them as they are, thanks.":         No,
		"はい、認定が表示されるようになりました。":                           Yes,
		"I opened a support case with AWS this morning.": Submitted,
		"I haven't opened a case yet.":                   No,
		"統合に同意します。保留でお願いします。":                            Unclear,
	})
}

// TestEveryPhraseReadsAsItself: each answer phrase, as a reply of its own,
// reads as its answer, so no phrase is dead (cut by a courtesy that is
// blanked first, or by a rule that reads it as a doubt).
func TestEveryPhraseReadsAsItself(t *testing.T) {
	for _, p := range phrases {
		if p.answer == Unclear {
			continue
		}
		if got := Read(p.text); got != p.answer {
			t.Errorf("Read(%q) = %q, want %q", p.text, got, p.answer)
		}
	}
}
