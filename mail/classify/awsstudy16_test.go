package classify

import "testing"

// The families of AWS's mail that the fifteenth set (a study set now)
// showed certflow misreading, in words of our own, each beside the near
// misses it must not take.

// TestBookingsLeftBehindAreACaveat: an exam booking the merge does not
// carry ("scheduled exams are not transferred in a merge", 受験予約は統合先
// へ引き継がれません) is left behind as a voucher is: a caveat beside the
// consent asked, no refusal of the merge; still no completion stands
// beside it. Not the certifications not moved, nor a consent asked of
// another, nor a question that asks none.
func TestBookingsLeftBehindAreACaveat(t *testing.T) {
	ask := " Please reply to confirm that you agree to merge a@example.com into b@example.com."
	checkAWS(t, []awsCase{
		{"Scheduled exams cannot be transferred in a merge." + ask, "aws_consent_request", ""},
		{"Note that exam bookings won't be moved over when we merge the accounts." + ask,
			"aws_consent_request", ""},
		{"受験予約は統合先のアカウントへ引き継ぐことができません。a@example.com を b@example.com に統合することに" +
			"ご同意いただける場合は、その旨ご返信ください。", "aws_consent_request", ""},
		// Near misses.
		{"Your certifications cannot be transferred in a merge." + ask, "aws_other", SubRefusal},
		{"Scheduled exams cannot be transferred in a merge. Please ask your manager to reply to confirm that " +
			"she agrees to merge a@example.com into b@example.com.", "aws_other", ""},
		{"Scheduled exams cannot be transferred in a merge. Did you ask us to merge a@example.com into " +
			"b@example.com?", "aws_other", ""},
		{"The merge of your two accounts is complete. Scheduled exams could not be transferred in the merge.",
			"aws_other", ""},
		{"We have merged your accounts, but your exam booking could not be moved.", "aws_other", ""},
	})
}

// TestExpiryNotExtendedIsNoTrouble: the merge not extending or renewing
// what expires ("merging does not extend the expiry dates", 有効期限は統合
// によって延長されません) is a fact of any merge: it negates no merge, so
// the completion beside it stands. Not the merge itself not done, a merge
// promised, nor one done only in part.
func TestExpiryNotExtendedIsNoTrouble(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your two accounts have been merged. Merging does not extend the expiry dates of your certifications.",
			"aws_completed", ""},
		{"Your two accounts have been merged. Expiry dates are not renewed by a merge.", "aws_completed", ""},
		{"2つのアカウントの統合が完了しました。なお、認定の有効期限は統合によって延長されません。", "aws_completed", ""},
		// Near misses.
		{"Your two accounts have not been merged. Merging does not extend the expiry dates.", "aws_other", ""},
		{"Your two accounts will be merged tomorrow. Merging does not extend the expiry dates.", "aws_other", ""},
		{"Your two accounts have been merged, except for the exam history. Merging does not extend the " +
			"expiry dates.", "aws_other", ""},
		{"2つのアカウントの統合はまだ完了しておりません。なお、有効期限は統合によって延長されません。", "aws_other", ""},
		{"2つのアカウントの統合が完了しました。なお、一部の資格は統合先へ移行されておりません。", "aws_other", ""},
	})
}

// TestMergeTheReaderAgreedToIsDone: the merge named by what the reader did
// about it before ("the merge you authorised", "the merge that you agreed
// to") told done is the merge done, as "the merge you requested" is. Not
// one not yet done, promised, done in part, or asked about.
func TestMergeTheReaderAgreedToIsDone(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Good news: the merge you authorised is complete.", "aws_completed", ""},
		{"The merge that you agreed to has been completed.", "aws_completed", ""},
		{"The merge you consented to is now done.", "aws_completed", ""},
		// Near misses.
		{"The merge you authorised is not yet complete.", "aws_other", ""},
		{"The merge you authorised will be complete by Friday.", "aws_other", ""},
		{"The merge you authorised is complete, except for your exam history.", "aws_other", ""},
		{"Is the merge you authorised complete on your side?", "aws_other", ""},
		{"The merge you authorised is complete once you sign in again.", "aws_other", ""},
	})
}

// TestCaseClosedByItsNumberOrIt: the desk closing the case named by its
// number ("we are closing case 7654321") or by "it" after naming it ("we
// did not hear from you about case 7654321, so we have closed it") closes
// it as "this case" does: with the answer never come, a refusal. Not a
// closing promised under a condition, one negated, nor one with the merge
// done.
func TestCaseClosedByItsNumberOrIt(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We did not get a reply to our last email, so we are closing case 7654321. Your accounts were not merged.",
			"aws_other", SubRefusal},
		{"We never heard back from you about case 7654321, so we've closed it. Nothing was changed on your " +
			"accounts.", "aws_other", SubRefusal},
		// Near misses.
		{"If we do not get a reply by Friday, we will close case 7654321.", "aws_other", ""},
		{"We did not get a reply yet, but we won't close case 7654321 until we hear from you.", "aws_other", ""},
		{"We have merged your accounts as you asked in case 7654321, so we have closed it.", "aws_completed", ""},
	})
}

// TestConfirmationThatYouAgreeIsTheConsent: the desk needing the reader's
// confirmation that they agree ("we still need your confirmation that you
// agree to it", with the merge named) needs the consent to the merge
// itself. Not agreement to another thing, nor another's.
func TestConfirmationThatYouAgreeIsTheConsent(t *testing.T) {
	checkAWS(t, []awsCase{
		{"To merge your two accounts we still need your confirmation that you agree to it.",
			"aws_consent_request", ""},
		{"Before we merge the accounts we need your confirmation that you approve.", "aws_consent_request", ""},
		// Near misses.
		{"To merge your two accounts we still need your confirmation that you agree to the new terms.",
			"aws_other", ""},
		{"To merge your two accounts we still need your confirmation that you agree to us keeping your ID.",
			"aws_other", ""},
		{"To merge your two accounts we still need your manager's confirmation that she agrees to it.",
			"aws_other", ""},
		{"Thanks, we are looking into it.\n\n> To merge your two accounts we still need your confirmation " +
			"that you agree to it.", "aws_other", SubAcknowledgement},
	})
}
