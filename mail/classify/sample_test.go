package classify

import "testing"

// TestSampleOfAMailToComeReportsNothing: the fields of a mail the desk shows
// as a sample ("Subject: Your accounts have been merged") report nothing,
// and a sentence that says the merge is planned (実施する予定です, "is
// scheduled for") keeps any completion in the mail from standing. A real
// report that mentions a subject line is still one. The sentences are
// written here, not copied from a corpus.
func TestSampleOfAMailToComeReportsNothing(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your merge will run next week. When it is done you will get a message like this:\n\n" +
			"  Subject: Your AWS Certification accounts have been merged\n  Body: We have merged your accounts.\n",
			"aws_other", ""},
		{"お手続きについてご案内いたします。\n　件名：アカウント統合が完了しました\n　本文：お客様のアカウントの統合が完了しました。\n",
			"aws_other", ""},
		{"ご依頼の統合は、来週の水曜日に実施する予定です。統合後のアカウントでは、すべての認定が表示されます。", "aws_other", ""},
		// Near misses: a report that mentions the subject line, and one with
		// a plan for something other than the merge.
		{"アカウントの統合が完了しました。件名に記載のケース ID は、今後のお問い合わせでご利用ください。", "aws_completed", ""},
		{"Your accounts have been merged. The old login will be closed as scheduled for Friday.", "aws_completed", ""},
	})
}
