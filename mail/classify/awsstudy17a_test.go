package classify

import "testing"

// The families of AWS's mail that the seventeenth set (written blind) showed
// certflow misreading, in words of our own, each beside the near misses it
// must not take.

// TestMergeWentThroughSomeTimeAgo: "the merge went through" with how long
// ago it did ("a few minutes ago", "an hour ago") reports the merge done;
// the article that opens the time is no check it passed. Not the merge
// through a review, negated, asked, under a condition, or still to go
// through.
func TestMergeWentThroughSomeTimeAgo(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your merge went through a couple of minutes ago, so you are all set.", completed15, nil},
		{"The merge of a@example.com into b@example.com went through an hour ago.", completed15, nil},
		{"The merge went through a little while ago, thanks for your patience.", completed15, nil},
		{"The account merge went through a day ago; sign in with b@example.com to check.", completed15, nil},
		// Near misses.
		{"The merge went through a review a few minutes ago and now waits for the back-end team.", other15, nil},
		{"The merge went through our checks an hour ago.", other15, nil},
		{"The merge did not go through a few minutes ago, so we will try again.", other15, nil},
		{"Did the merge go through a few minutes ago?", other15, nil},
		{"If the merge went through an hour ago, you should see one account.", other15, nil},
		{"The merge will go through in a few minutes.", other15, nil},
	})
}

// TestCopyForYourRecords: "for your records" (or "for your reference") is
// what a copy is kept for, no part the merge was held to: "your accounts
// are merged and a copy of your transcript is attached for your records"
// reports the whole merge. A scope of the records themselves still holds it.
func TestCopyForYourRecords(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your accounts are merged, and I have attached a copy of your transcript for your records.",
			completed15, nil},
		{"We have merged your two accounts; the new certificate is attached for your own records.",
			completed15, nil},
		{"Your accounts have been merged. Here is the case summary for your reference.", completed15, nil},
		// Near misses.
		{"The merge was completed for your exam records only.", other15, nil},
		{"Your accounts will be merged tomorrow; a copy of the form is attached for your records.", other15, nil},
		{"Your accounts are not merged yet; the request is attached for your records.", other15, nil},
		{"The merge was completed for your Associate records, and the rest will follow.", other15, nil},
	})
}

// TestMergeRequestProcessedSuccessfully: a merge request told processed
// *successfully* is the merge done, also with whose request it was named
// ("the merge request for Ana Silva"); a request only "processed" may have
// been handled without a merge. Not negated, handed on, still to be, of a
// form, or with trouble beside it.
func TestMergeRequestProcessedSuccessfully(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your merge request has been processed successfully.", completed15, nil},
		{"The account merge request for Ana Silva was successfully processed.", completed15, nil},
		{"This is to let you know that the merge request for your accounts has been processed successfully.",
			completed15, nil},
		// Near misses.
		{"Your merge request has been processed.", other15, nil},
		{"The merge request for Ana Silva has been processed.", other15, nil},
		{"Your merge request has not been processed successfully.", other15, nil},
		{"Your merge request will be processed successfully once you reply.", other15, nil},
		{"Your merge request form has been processed successfully.", other15, nil},
		{"The merge request has been processed successfully and passed to our back-end team.", other15, nil},
		{"The merge request has been processed successfully, but the certifications could not be moved.",
			other15, nil},
		{"The review of your merge request has been processed successfully.", other15, nil},
	})
}

// TestGoodNewsLeadIn: the "though" or "but" of a good-news lead-in ("Good
// news though: …", "But the good news is that …") sets the news against
// what came before (a delay), not against the report after it. What the
// report says is still weighed: scheduled, partial or negated stays.
func TestGoodNewsLeadIn(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Sorry for the wait. Good news though: your two accounts are now one.", completed15, nil},
		{"This took longer than planned. But the good news is that your accounts have been merged.",
			completed15, nil},
		{"The queue was long. Good news, though - the merge is complete.", completed15, nil},
		// Near misses.
		{"Good news though: the merge is scheduled for Monday.", other15, nil},
		{"Good news though: most of your certifications have been merged.", other15, nil},
		{"Good news though: the merge is complete, but your badges are still on a@example.com.", other15, nil},
		{"Good news though: your accounts have not been merged into the wrong one.", other15, nil},
		{"Bad news though: the merge did not go through.", other15, nil},
	})
}

// TestMergeOnceScheduledNowDone: the merge named with what was said of it
// before ("the merge I mentioned was scheduled", "the merge that was
// pending") and then told done now reports it done: the pending state is
// the relative clause's, told of the past. Not when what follows is no
// report of it done (postponed, not completed, still to be completed).
func TestMergeOnceScheduledNowDone(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The merge I said was scheduled has now been completed.", completed15, nil},
		{"The merge that was pending has now been completed.", completed15, nil},
		{"The merge we had queued for today is now complete.", completed15, nil},
		{"The merge that was on hold has been completed.", completed15, nil},
		// Near misses.
		{"The merge that was scheduled has been postponed.", other15, nil},
		{"The merge I mentioned was scheduled for Monday.", other15, nil},
		{"The merge that was scheduled has not been completed.", other15, nil},
		{"The merge I mentioned was scheduled will be completed on Monday.", other15, nil},
		{"The merge that was pending has now been completed for your Associate certifications.", other15, nil},
		{"The merge that was on hold has now been completed? Please check.", other15, nil},
	})
}

// TestJaMergeWordGlossed: the merge word glossed by another in parentheses
// (マージ（統合）, 統合（マージ）) is the one merge word: the report after it
// reads as without the gloss. Not a merge still to come, negated, under a
// condition, part of it, or planned.
func TestJaMergeWordGlossed(t *testing.T) {
	checkProbes15(t, []probe15{
		{"ご依頼いただいたアカウントのマージ（統合）が完了いたしました。", completed15, nil},
		{"統合（マージ）の処理が本日完了しました。", completed15, nil},
		{"a@example.com と b@example.com の名寄せ（統合）が完了しております。", completed15, nil},
		// Near misses.
		{"アカウントのマージ（統合）が完了次第、改めてご連絡いたします。", other15, nil},
		{"アカウントのマージ（統合）はまだ完了しておりません。", other15, nil},
		{"アカウントのマージ（統合）が完了しましたら、b@example.com でサインインしてください。", other15, nil},
		{"アカウントのマージ（統合）が一部のみ完了いたしました。", other15, nil},
		{"アカウントのマージ（統合）は来週完了する予定です。", other15, nil},
	})
}

// TestJaNoticeOfCompletion: the mail naming itself the notice that the merge
// is done (統合が完了したことをお知らせするものです, …ご報告します) reports it,
// as …お知らせいたします does. Not a notice promised for when it is done, a
// check still to make, a notice of the request received, or of it not done.
func TestJaNoticeOfCompletion(t *testing.T) {
	checkProbes15(t, []probe15{
		{"本メールは、アカウント統合のお手続きが完了したことをお知らせするものです。", completed15, nil},
		{"お申し出のアカウントの統合作業が完了したことをご報告します。", completed15, nil},
		{"アカウントの統合が完了した旨、ご連絡させていただきます。", completed15, nil},
		// Near misses.
		{"アカウントの統合が完了した際に、お知らせするものです。", other15, nil},
		{"アカウントの統合が完了したことを、担当部署にて確認します。", other15, nil},
		{"統合のお申し込みが完了したことをお知らせするものです。", other15, nil},
		{"アカウントの統合が完了していないことをお知らせするものです。", other15, nil},
		{"アカウントの統合が完了したらお知らせします。", other15, nil},
	})
}

// TestJaMergedForTheReader: the merge done with ておく (統合しておきました,
// まとめておきました: done ahead, for the reader) is done. Not the same verb
// for later (しておきます), offered or asked (しておきましょうか, しておいても
// よろしいでしょうか), or negated.
func TestJaMergedForTheReader(t *testing.T) {
	checkProbes15(t, []probe15{
		{"ご返信ありがとうございます。アカウントを統合しておきました。", completed15, nil},
		{"二つのアカウントを b@example.com に統合しておきました！", completed15, nil},
		{"先ほどマージしておきましたので、ご確認ください。", completed15, nil},
		// Near misses.
		{"明日までにアカウントを統合しておきます。", other15, nil},
		{"アカウントを統合しておきましょうか。", other15, nil},
		{"アカウントを統合しておいてもよろしいでしょうか。", consent15, nil},
		{"申し訳ございませんが、アカウントを統合しておきませんでした。", other15, nil},
	})
}

// TestReplyIfTheDetailsAreRight: a reply of words that agree to the merge
// themselves (「統合に同意します」, "I agree to the merge"), asked under the
// condition that the details shown are right (内容にお間違いがなければ, 上記の内容
// でよろしければ), asks for the consent: the details are the merge's. Not
// quoted words that name no merge, a condition on another thing's details,
// words that refuse, a reply asked of another or later, nor the ask told from
// an earlier mail.
func TestReplyIfTheDetailsAreRight(t *testing.T) {
	checkProbes15(t, []probe15{
		{"統合元：a@example.com\n統合先：b@example.com\n\n内容にお間違いがなければ、「統合に同意します」とご返信ください。",
			consent15, into15b},
		{"a@example.com を b@example.com に統合いたします。上記の内容でよろしければ、「アカウントの統合に同意します」と" +
			"ご返信くださいますようお願い申し上げます。", consent15, into15b},
		{"a@example.com を b@example.com へ統合する予定です。記載内容に相違がなければ、「統合に同意します」とご返信ください。",
			consent15, into15b},
		{"We will merge a@example.com into b@example.com. If the details above are correct, please reply " +
			"\"I agree to the merge\".", consent15, into15b},
		// Near misses.
		{"a@example.com を b@example.com に統合いたします。内容にお間違いがなければ、「はい」とご返信ください。", other15, nil},
		{"アンケートの内容に問題がなければ、「同意します」とご返信ください。", other15, nil},
		{"a@example.com を b@example.com に統合いたします。内容にお間違いがなければ、「統合に同意しません」とご返信ください。",
			other15, nil},
		{"a@example.com を b@example.com に統合いたします。内容にお間違いがなければ、ご上長様より「統合に同意します」と" +
			"ご返信いただくようお伝えください。", other15, nil},
		{"前回のメールで、内容にお間違いがなければ「統合に同意します」とご返信くださいとお願いいたしましたが、" +
			"統合はすでに完了しております。", other15, nil},
		{"a@example.com を b@example.com に統合いたします。内容にお間違いがなければ、来週以降に「統合に同意します」と" +
			"ご返信ください。", other15, nil},
	})
}

// TestConsentOnlyHoped: a consent the desk could go on with if it had it
// (ご同意を頂戴できれば作業に入れます, ご承認をいただけましたら) tells of none given:
// the question beside it asks for it. Not a consent told received, nor
// one asked for another act.
func TestConsentOnlyHoped(t *testing.T) {
	checkProbes15(t, []probe15{
		{"a@example.com を b@example.com に統合いたします。あとはご同意を頂戴できれば作業に入れます。ご同意いただけますでしょうか。",
			consent15, into15b},
		{"a@example.com を b@example.com に統合いたします。ご承認を頂戴できましたら、すぐに統合いたします。" +
			"統合にご同意いただけますか。", consent15, into15b},
		// Near misses.
		{"a@example.com を b@example.com に統合いたします。ご同意はすでに頂戴しております。ご同意いただけますでしょうか。",
			other15, nil},
		{"ご同意を頂戴しましたので、a@example.com を b@example.com に統合いたしました。", completed15, nil},
		{"a@example.com を b@example.com に統合いたします。あとは利用規約へのご同意を頂戴できれば作業に入れます。" +
			"規約にご同意いただけますでしょうか。", other15, nil},
	})
}

// TestWarningThatItCannotBeUndone: "it isn't something we can undo", "there
// is no undoing it" warn that the merge cannot be undone, as "it cannot be
// undone" does: their negation holds back no consent needed beside them.
// Not a warning that comes with a consent told given, one asked of another,
// or a merge refused.
func TestWarningThatItCannotBeUndone(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Happy to merge a@example.com into b@example.com - I just need a quick go-ahead from you first, as it " +
			"isn't something we can undo afterwards.", consent15, into15b},
		{"We can merge a@example.com into b@example.com, but we need your written approval first, since it is " +
			"not something we are able to reverse.", consent15, into15b},
		{"Before we merge a@example.com into b@example.com we need your consent, as there is no undoing it.",
			consent15, into15b},
		// Near misses.
		{"We already have your go-ahead on file, as it isn't something we can undo. a@example.com will be merged " +
			"into b@example.com tonight.", other15, nil},
		{"We need your manager's go-ahead first, as it isn't something we can undo.", other15, nil},
		{"We will not merge a@example.com into b@example.com, as it isn't something we can undo for accounts in " +
			"two names.", other15, nil},
	})
}

// TestReplyAskedForLater: the consent reply asked for a later time named
// (来週以降に…ご返信ください, 'reply "I agree to the merge" next week') is not
// the reply certflow would send now. Not a time that is the desk's own act
// after the reply.
func TestReplyAskedForLater(t *testing.T) {
	checkProbes15(t, []probe15{
		{"a@example.com を b@example.com に統合いたします。来週以降に「統合に同意します」とご返信ください。", other15, nil},
		{"a@example.com を b@example.com に統合いたします。明日以降に、統合に同意する旨ご返信ください。", other15, nil},
		{"We will merge a@example.com into b@example.com. Please reply \"I agree to the merge\" next week.",
			other15, nil},
		{"We will merge a@example.com into b@example.com. Please respond with your consent to the merge in a few days.",
			other15, nil},
		// What the desk does later is no reply held back.
		{"Please reply \"I agree to merge a@example.com into b@example.com\" and we will merge them next week.",
			consent15, into15b},
		{"a@example.com を b@example.com に統合いたします。「統合に同意します」とご返信いただければ、来週以降に統合いたします。",
			consent15, into15b},
	})
}

// TestInvitationToAddMore: a receipt's standing line that the reader may add
// to the request by replying ("To add more information to this request,
// reply to this email", "To add a comment, simply reply") invites, it asks
// for no details: the mail is a receipt. Not a line that names what to
// send, nor a request for details with no invitation.
func TestInvitationToAddMore(t *testing.T) {
	for _, text := range []string{
		"We have logged your request (#4411) and will get back to you shortly. To add more information to " +
			"this request, reply to this email.",
		"We have received your request and will get back to you soon. To add further details to your case, " +
			"simply reply to this message.",
		"Your case has been opened. To add a comment to this ticket, just reply to this email.",
	} {
		if r := readDesk(text); r.Kind != AWSOther || r.Sub != SubAcknowledgement {
			t.Errorf("%q: read as %s/%s, want aws_other/acknowledgement", text, r.Kind, r.Sub)
		}
	}
	for _, text := range []string{
		"We have received your request. To add more information, please send your candidate ID and exam date.",
		"We have received your request. To add more information to this request, reply to this email with " +
			"your candidate ID.",
		"We have received your request. Please reply to this email with your candidate ID.",
	} {
		if r := readDesk(text); r.Kind != AWSOther || r.Sub != SubMoreInfo {
			t.Errorf("%q: read as %s/%s, want aws_other/more_info", text, r.Kind, r.Sub)
		}
	}
}

// TestDeskSeesTheMergeDone: the desk telling what it sees ("I can see that
// the merge went through", "we can see the merge has been completed") vouches
// for the report as "I can confirm" does: its "can" is no hypothesis. Not
// what the reader can see, a check still to make, a question, a condition,
// or what the desk sees negated, scheduled or taken back.
func TestDeskSeesTheMergeDone(t *testing.T) {
	checkProbes15(t, []probe15{
		{"I can see that your merge went through this morning.", completed15, nil},
		{"We can see the merge has been completed.", completed15, nil},
		{"Looking at our system, I can now see that your accounts have been merged.", completed15, nil},
		// Near misses.
		{"You can see whether the merge went through in your dashboard.", other15, nil},
		{"Once you sign in, we can see whether the merge went through.", other15, nil},
		{"I can see the merge has not gone through yet.", other15, nil},
		{"We can see the merge is scheduled for Monday.", other15, nil},
		{"Can we see that the merge went through?", other15, nil},
		{"If we can see the merge went through, we will close the case.", other15, nil},
		{"I can see that the merge was marked as complete, but I need to double check it.", other15, nil},
	})
}

// TestMergeOfYourAccountsCompleted: the merge named with its accounts ("the
// merge of your two profiles") as the subject of an intransitive "went
// through" or "completed" reports it done, as with their addresses. Not
// through a check, for a part, or still to come.
func TestMergeOfYourAccountsCompleted(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The merge of your two profiles went through this morning.", completed15, nil},
		{"The merge of your accounts completed overnight.", completed15, nil},
		// Near misses.
		{"The merge of your two accounts went through our security review.", other15, nil},
		{"The merge of your accounts completed only for the Associate certifications.", other15, nil},
		{"The merge of your accounts will go through tomorrow.", other15, nil},
		{"The merge of your accounts has not completed.", other15, nil},
		{"Once the merge of your accounts completed, we would have told you.", other15, nil},
	})
}
