package classify

import "testing"

// Our own probes against exactly what the seventeenth set's study widened
// (awsstudy17a_test.go): each tries to make a widened rule give a false
// completion or a false consent.

// TestAdversary17aTimeAgo: "went through … ago" read as done must still
// weigh a question, trouble, a test system, a part, a contrast, an undoing.
func TestAdversary17aTimeAgo(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The merge went through a few minutes ago? We cannot see it on our side yet.", other15, nil},
		{"I thought the merge went through an hour ago, but it failed.", other15, nil},
		{"The merge went through a few minutes ago in our test environment.", other15, nil},
		{"The merge went through a day ago for your Associate certifications only.", other15, nil},
		{"The merge went through a few minutes ago; however, your badges are still on a@example.com.",
			other15, nil},
		{"The merge went through a few minutes ago, and then it was rolled back.", other15, nil},
		{"If it went through a few minutes ago, you should see one account.", other15, nil},
	})
}

// TestAdversary17aKeptFor: a copy "for your records" narrows nothing, so
// what else the sentence says must still hold the report back.
func TestAdversary17aKeptFor(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We will merge your accounts tomorrow and send a copy for your records.", other15, nil},
		{"For your records: the merge is scheduled for Monday.", other15, nil},
		{"Your accounts are merged in our test system; a copy is attached for your records.", other15, nil},
		{"The merge was completed for your records only, and the certifications were not moved.", other15, nil},
	})
}

// TestAdversary17aProcessedSuccessfully: a merge request processed
// successfully is done only where nothing else holds it back.
func TestAdversary17aProcessedSuccessfully(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your refund request has been processed successfully.", other15, nil},
		{"Your merge request has been processed successfully; the merge itself will run on Friday.", other15, nil},
		{"Your merge request was processed successfully by the system, but our team must still approve it.",
			other15, nil},
		{"The merge request for Ana Silva has been processed successfully and is now under review.", other15, nil},
		{"Your merge request has been processed successfully and forwarded to the merge team.", other15, nil},
		{"Has your merge request been processed successfully?", other15, nil},
		{"Once your merge request has been processed successfully, you will receive a confirmation.",
			other15, nil},
		{"The merge request for your colleague has been processed successfully.", other15, nil},
		{"Your merge request has been processed successfully. Unfortunately, we could not merge the accounts " +
			"because the names differ.", other15, nil},
	})
}

// TestAdversary17aGoodNews: the good-news lead-in is removed, not what
// follows it.
func TestAdversary17aGoodNews(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Good news though: we can merge your accounts once you reply.", other15, nil},
		{"Good news: the merge will be complete by Friday.", other15, nil},
		{"Good news though, the merge has been approved and will run tonight.", other15, nil},
		{"The good news is that your merge request has been received.", other15, nil},
		{"But the good news is that your accounts can be merged.", other15, nil},
		{"However, good news - the merge went through for your Associate certifications.", other15, nil},
	})
}

// TestAdversary17aEarlierState: the relative clause of the merge's earlier
// state is removed only before a report done now.
func TestAdversary17aEarlierState(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The merge that was scheduled has now been completed in our test environment.", other15, nil},
		{"The merge that was pending is now complete for a@example.com only.", other15, nil},
		{"The merge that was on hold has been cancelled.", other15, nil},
		{"The merge we had queued for today is now complete, but your exam history is still on a@example.com.",
			other15, nil},
		{"The merge that was pending has now been completed for your colleague's accounts.", other15, nil},
		{"Once the merge that was pending has been completed, we will tell you.", other15, nil},
		{"The merge that was scheduled has not yet been completed.", other15, nil},
	})
}

// TestAdversary17aJaGlossAndNotice: the gloss removed and the notice forms
// must still weigh a condition, a time to come, another system, a notice
// still to be sent.
func TestAdversary17aJaGlossAndNotice(t *testing.T) {
	checkProbes15(t, []probe15{
		{"マージ（統合）が完了しましたら、ご連絡ください。", other15, nil},
		{"マージ（統合）完了後にご連絡いたします。", other15, nil},
		{"マージ（統合）の手続きが完了次第、お知らせいたします。", other15, nil},
		{"Builder ID のマージ（統合）が完了いたしました。", other15, nil},
		{"統合が完了したことをお知らせするメールが、後日届きます。", other15, nil},
		{"統合が完了したことをお知らせしますので、しばらくお待ちください。", other15, nil},
		{"統合が完了したことを、後日お知らせします。", other15, nil},
		{"統合が完了した旨、改めてご報告します。", other15, nil},
		{"統合が完了したことをご連絡させていただきますので、今しばらくお待ちください。", other15, nil},
	})
}

// TestAdversary17aJaTeOku: 統合しておきました with a question, a taking back,
// a test system, another system or a part.
func TestAdversary17aJaTeOku(t *testing.T) {
	checkProbes15(t, []probe15{
		{"アカウントを統合しておきましたか？", other15, nil},
		{"統合しておきましたとお伝えしましたが、実際にはまだ完了しておりません。", other15, nil},
		{"テスト環境でアカウントを統合しておきました。", other15, nil},
		{"Builder ID を統合しておきました。", other15, nil},
		{"バッジのみ統合しておきました。", other15, nil},
	})
}

// TestAdversary17aDetailsRight: the details-right condition lets quoted
// words that name the merge ask the consent, never words of another thing
// that only name the merge, another's reply, or a reply to come.
func TestAdversary17aDetailsRight(t *testing.T) {
	checkProbes15(t, []probe15{
		{"内容にお間違いがなければ、ご上長様から「統合に同意します」とご返信いただくようお願いいたします。", other15, nil},
		{"内容にお間違いがなければ「統合に同意します」とご返信くださいとのメールを、明日改めてお送りいたします。",
			other15, nil},
		{"アンケートの内容にお間違いがなければ、「統合に関するアンケートに同意します」とご返信ください。", other15, nil},
		{"上記の内容でよろしければ、「統合後のご案内の受け取りに同意します」とご返信ください。", other15, nil},
		{"内容にお間違いがなければ、「統合の取り消しに同意します」とご返信ください。", other15, nil},
		{"If the details above are correct, please do not reply \"I agree to the merge\" yet.", other15, nil},
		{"If the details above are correct, reply \"I agree to the merge survey\".", other15, nil},
		{"統合は完了しております。内容にお間違いがなければ、「統合に同意します」とご返信ください。", other15, nil},
	})
}

// TestAdversary17aHopedAndWarned: a hoped-for receipt tells no consent
// given, and the widened warning strips no trouble.
func TestAdversary17aHopedAndWarned(t *testing.T) {
	checkProbes15(t, []probe15{
		{"ご同意を頂戴できましたので、a@example.com を b@example.com に統合いたします。", other15, nil},
		{"ご同意を頂戴できれば幸いですと前回お伝えしましたが、ご同意はすでに頂戴しております。統合は明日実施いたします。",
			other15, nil},
		{"We won't be able to reverse the failed merge, so your accounts remain separate.", other15, nil},
		{"There is no undoing it, and the merge has failed.", other15, nil},
		{"We need your manager's consent, as it isn't something we can undo.", other15, nil},
		{"We won't be able to merge a@example.com into b@example.com, as it isn't something we can undo.",
			other15, nil},
	})
}

// TestAdversary17aDetailsRightRound2: the details-right condition in both
// languages, beside another's reply, a later reply, an earlier mail, a
// merge done, another system, another channel, another purpose.
func TestAdversary17aDetailsRightRound2(t *testing.T) {
	checkProbes15(t, []probe15{
		{"If the details above are correct, your manager should reply \"I agree to the merge\".", other15, nil},
		{"If the details above are correct, please reply \"I agree to the merge\" after your exam next week.",
			other15, nil},
		{"In our last email we asked: if the details above are correct, please reply \"I agree to the merge\".",
			other15, nil},
		{"If the details above are correct, please reply \"I agree to the merge\". Never mind, the merge is " +
			"already done.", other15, nil},
		{"If the details above are correct, please reply \"I agree to the merge\" to the email from your case " +
			"agent, not this one.", other15, nil},
		{"If the details above are incorrect, please reply \"I agree to the merge\".", other15, nil},
		{"If the above is correct, we will reply \"I agree to the merge\" on your behalf.", other15, nil},
		{"内容にお間違いがなければ、「統合に同意します」とご返信ください、と前回ご案内いたしました。", other15, nil},
		{"内容にお間違いがなければ、「統合に同意します」とご返信いただく必要はございません。", other15, nil},
		{"内容にお間違いがなければ、「統合に同意します」とご返信いただければ、アンケートをお送りします。", other15, nil},
		{"内容にお間違いがなければ、「統合に同意します」とフォームよりご回答ください。", other15, nil},
		{"内容にお間違いがなければ、「統合に同意します」とご返信ください。なお、統合はすでに完了しております。", other15, nil},
		{"上記の内容でよろしければ、Pearson VUE のアカウントについて「統合に同意します」とご返信ください。", other15, nil},
	})
}

// TestAdversary17aRound2: the other widenings beside a time to come, a
// hedge, another customer, a part, a mistake, a contrast, and a receipt's
// invitation beside a real consent request.
func TestAdversary17aRound2(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your merge request for next week has been processed successfully.", other15, nil},
		{"The merge request for tomorrow's slot was processed successfully.", other15, nil},
		{"The merge request for your second account has been processed successfully.", other15, nil},
		{"Another customer's merge went through a few minutes ago; yours is next.", other15, nil},
		{"The merge went through a few minutes ago, or so our dashboard says; an agent will confirm within " +
			"2 days.", other15, nil},
		{"The merge that was scheduled has now been completed for a@example.com, and b@example.com will follow " +
			"next week.", other15, nil},
		{"Good news though: the merge is complete? Let me double-check that first.", other15, nil},
		{"Good news: the merge of your Pearson VUE accounts is complete.", other15, nil},
		{"統合しておきましたが、一部の資格が移行されておりません。", other15, nil},
		{"統合の準備をしておきました。", other15, nil},
		{"統合の申請をしておきました。", other15, nil},
		{"ご同意を頂戴できましたら統合いたしますとご案内しておりましたが、ご同意はすでにいただいております。",
			other15, nil},
		{"It isn't something we can undo, and a@example.com was merged into b@example.com yesterday.",
			completed15, nil},
		{"To add more information to this request, reply to this email. We need your consent to merge " +
			"a@example.com into b@example.com before we can go ahead.", consent15, into15b},
	})
}

// TestAdversary17aSeenAndNamed: the desk's "we can see" and the merge named
// by "of your accounts" must still weigh a test system, another's accounts,
// a hedge, another system, a review, a part, a question and an undoing.
func TestAdversary17aSeenAndNamed(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We can see the merge went through in our test environment.", other15, nil},
		{"We can see that the merge of your colleague's accounts has been completed.", other15, nil},
		{"I can see the merge went through, or so it seems; an agent will confirm within 2 days.", other15, nil},
		{"We can see your merge request has been received.", other15, nil},
		{"We can see that your Pearson VUE accounts have been merged.", other15, nil},
		{"We can see the merge completed, and then it was rolled back.", other15, nil},
		{"The merge of your accounts went through a review.", other15, nil},
		{"The merge of your two profiles went through for the exam history only.", other15, nil},
		{"The merge of your accounts completed? We are not sure.", other15, nil},
		{"We can see that a@example.com will be merged into b@example.com.", other15, nil},
	})
}
