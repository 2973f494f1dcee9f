package classify

import "testing"

// Rules added when the fifth, sixth and seventh sets' AWS mail was
// studied: grammatical shapes and families of words, each with the near
// misses it must not take. The sentences are written here, not copied from
// any set.

// TestSubjectParticleBeforeCommaIsNoContrast: が、 after a noun (統合の作業が、
// 昨日…) is the subject marked and a pause, not "but"; after a predicate
// (完了しましたが、…) it still sets what follows against the completion.
func TestSubjectParticleBeforeCommaIsNoContrast(t *testing.T) {
	checkAWS(t, []awsCase{
		{"ご依頼のアカウント統合の作業が、昨日完了いたしました。", "aws_completed", ""},
		{"お申し込みいただいた統合処理が、先ほど無事に完了しましたのでご連絡します。", "aws_completed", ""},
		// Near misses: が、 after a predicate, and a noun's が、 before a
		// plan.
		{"統合処理は完了いたしましたが、バッジの再発行は来週になります。", "aws_other", ""},
		{"統合処理は完了しましたが、認定資格の一部はまだ移行されていません。", "aws_other", ""},
		{"統合の作業が、来週完了する予定です。", "aws_other", ""},
	})
}

// TestShortEnglishCompletions: the bare present of a merging verb with
// "now" after it ("… are consolidated now"), a "done -" headline that
// lists what was done ("accounts merged, old login retired"), the two
// accounts one with a place after it, the certifications now on one
// address (not "on a@… now", which may tell where they are before), and "I can confirm" before a report.
func TestShortEnglishCompletions(t *testing.T) {
	checkAWS(t, []awsCase{
		{"All finished: both of your accounts are consolidated now.", "aws_completed", ""},
		{"Done - profiles combined, the duplicate login switched off.", "aws_completed", ""},
		{"Done - the two profiles are now one, kept under lee@work.example.", "aws_completed", ""},
		{"About the merge you asked for: your certificates are now on lee@work.example.", "aws_completed", ""},
		{"About the merge you asked for: all your certs are now on lee@work.example.", "aws_completed", ""},
		{"Good news, I can confirm that the merge completed without problems yesterday.", "aws_completed", ""},
		// Near misses: a practice, a plan, a question, a doubt, two
		// addresses, still two accounts, a headline with a contrast.
		{"Profiles are combined in the order we receive the requests. Please reply to confirm the merge.",
			"aws_consent_request", ""},
		{"About the merge you asked for: your certificates will be on lee@work.example next week.", "aws_other", ""},
		{"About the merge: are your certificates now on lee@work.example?", "aws_other", ""},
		{"About the merge: your certificates are on lee@work.example and lee@home.example now.", "aws_other", ""},
		{"About the merge: your certificates are still on lee@home.example now.", "aws_other", ""},
		{"Done - profiles combined, but two badges did not move.", "aws_other", ""},
		{"I can't yet confirm that the merge completed.", "aws_other", ""},
		{"I can confirm the merge will complete next week.", "aws_other", ""},
		{"If you reply today, the two profiles are now one, under lee@work.example.", "aws_other", ""},
		{"For the merge, your records are combined into the account you keep. Please send your candidate ID.",
			"aws_other", SubMoreInfo},
		{"Please check that the merge completed and tell us.", "aws_other", ""},
		{"About the merge: your certifications are on lee@home.example now. Could you send the other account's " +
			"candidate ID?", "aws_other", SubMoreInfo},
		{"Accounts merged, like yours, keep every badge. Please send your candidate ID.",
			"aws_other", SubMoreInfo},
	})
}

// TestJapaneseCompletionChains: the move of the certifications named
// before a 、 and its end after it (資格を、…へ移行する処理が完了), a verb of
// doing chained to 完了 (処理を実行し、完了しました), and the passive 移され.
func TestJapaneseCompletionChains(t *testing.T) {
	checkAWS(t, []awsCase{
		{"旧アカウントの資格と履歴を、新しいアカウントへ移行する処理が完了いたしました。", "aws_completed", ""},
		{"統合処理を実行し、無事に完了しました。", "aws_completed", ""},
		{"統合のご依頼について、すべての認定資格は新しいアカウントに移されました。", "aws_completed", ""},
		// Near misses: a plan, a condition, the passive negated.
		{"旧アカウントの資格と履歴を、新しいアカウントへ移行する処理は来週完了する予定です。", "aws_other", ""},
		{"統合処理を実行し、完了しましたらご連絡いたします。", "aws_other", SubAcknowledgement},
		{"統合のご依頼について、認定資格はまだ新しいアカウントに移されておりません。", "aws_other", ""},
	})
}

// TestAcceptingABadgeIsNoConsentToTheMerge: accepting the badge the
// badge platform mails after a merge is not agreeing to the merge.
func TestAcceptingABadgeIsNoConsentToTheMerge(t *testing.T) {
	checkAWS(t, []awsCase{
		{"The merge is complete. When the badge email arrives, please accept your new badge.", "aws_completed", ""},
		{"統合が完了しました。バッジの案内メールが届きましたら、承認をお願いいたします。", "aws_completed", ""},
		// Near misses: agreeing to the merge itself, before and after one.
		{"Please reply to approve the merge of your accounts; your badges will follow.", "aws_consent_request", ""},
		{"The merge is complete. Please reply to approve the merge.", "aws_other", ""},
	})
}
