package classify

import "testing"

// TestStudiedConsentFamilies: the ways of asking for consent that the third
// set (now a study set) showed certflow missing, each with the near miss it
// must not take. The sentences are reworded, not copied from the set.
func TestStudiedConsentFamilies(t *testing.T) {
	checkAWS(t, []awsCase{
		// "We cannot merge without your confirmation / without it": a
		// condition of the merge, not a refusal, and itself a request for
		// the reader's agreement when it names agreement.
		{"Merge of your accounts. We are not able to go on with the merge without your approval.", "aws_consent_request", ""},
		{"We have not heard from the holder yet. We can't merge the accounts without it. " +
			"Please ask her to reply and confirm she agrees to the merge.", "aws_consent_request", ""},
		{"ご本人様のご同意がない限り、アカウントの統合を進めることはできません。", "aws_consent_request", ""},
		// Near misses: a detail or a document required is no consent, and
		// a plain refusal stays one.
		{"We cannot merge the accounts without confirmation of your identity.", "aws_other", SubRefusal},
		{"We cannot merge the accounts without a copy of your ID.", "aws_other", SubRefusal},
		{"Unfortunately we are unable to merge these accounts.", "aws_other", SubRefusal},
		// Closed without the merge, even "without your consent": a person reads it.
		{"As we did not receive your consent, the accounts were not merged and I am closing this case.",
			"aws_other", SubRefusal},
		{"We cannot merge the accounts without your consent, and as we have not heard back we are closing this case.",
			"aws_other", SubRefusal},
		{"The accounts have not been merged; we cannot merge them without your consent.", "aws_other", ""},
		// Words to reply with, followed by another choice or a condition.
		{`Please reply with "I consent to the merge" or tell us if you never asked for it.`, "aws_consent_request", ""},
		{`If the accounts are not both yours, reply "No" or tell us if you want to withdraw the merge.`, "aws_other", ""},
		// A warning that a merge cannot be split, in polite Japanese, is no refusal.
		{"統合したアカウントを後から分割することはできかねます。上記をご確認のうえ、統合にご同意いただけますでしょうか。",
			"aws_consent_request", ""},
		{"現在、アカウントの統合はできかねます。", "aws_other", SubRefusal},
		// Vouchers or discounts that will not be carried over are a caveat,
		// not trouble with the merge that keeps a consent request from standing.
		{"アカウントの統合にご同意いただけますか。なお、割引特典は統合先へ引き継がれません。", "aws_consent_request", ""},
		{"Do you agree to the merge? Note that unused exam vouchers will not be transferred to the merged account.",
			"aws_consent_request", ""},
		{"Do you agree to the merge? Note that your certifications could not be transferred to the merged account.",
			"aws_other", ""},
		{"We cannot merge accounts that hold an unused voucher.", "aws_other", SubRefusal},
		// A list the reader is asked to answer, one item of which is consent.
		{"統合にあたり、以下の点についてご回答をお願いいたします。\n1. アカウント統合へのご同意\n2. 残すメールアドレス",
			"aws_consent_request", ""},
		{"統合にあたり、以下の点についてご回答をお願いいたします。\n1. 氏名\n2. 残すメールアドレス",
			"aws_other", SubMoreInfo},
	})
}

// TestStudiedCompletionFamilies: the ways of reporting the merge done that
// the third set showed certflow missing, with the near misses.
func TestStudiedCompletionFamilies(t *testing.T) {
	checkAWS(t, []awsCase{
		// The merge named with an activity noun, or by the addresses merged.
		{"The merging operation was completed successfully today.", "aws_completed", ""},
		{"The merge of a@example.com into b@example.com is now complete.", "aws_completed", ""},
		{"The merge of the two requested certification accounts has been completed.", "aws_completed", ""},
		{"The merging operation will be completed next week.", "aws_other", ""},
		{"The merge of a@example.com into b@example.com is not complete yet.", "aws_other", ""},
		// A headline report with the verb alone.
		{"Done. Accounts merged into b@example.com.", "aws_completed", ""},
		{"Accounts merged into one cannot sign in with the old address until you reset it. Shall we go ahead?", "aws_other", ""},
		{"Accounts merged by mistake are restored within a day.", "aws_other", ""},
		// Japanese: a humble verb, 終わる for 完了, and a word of time between.
		{"先ほど2つのアカウントをマージいたしました。", "aws_completed", ""},
		{"ご承諾を確認し、統合作業が終わりました。", "aws_completed", ""},
		{"アカウントの統合処理は、本日完了しております。", "aws_completed", ""},
		{"アカウントの統合処理は、本日完了する予定です。", "aws_other", ""},
		{"アカウントの統合処理は、まだ完了しておりません。", "aws_other", ""},
		{"統合作業が終わりましたら、ご連絡いたします。", "aws_other", SubAcknowledgement},
		// A consent received, told of: not asked for again.
		{"ご本人様よりご同意とのご回答をいただきました。本日、アカウントの統合が完了しました。", "aws_completed", ""},
		// A voucher not carried over still leaves the completion for a person.
		{"統合が完了しました。なお、バウチャーは統合先へ引き継がれません。", "aws_other", ""},
	})
}
