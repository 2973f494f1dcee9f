package classify

import "testing"

// TestOnlyTheReadersConsentToTheMergeIsAskedFor: the desk saying it needs
// the reader's consent asks for it; a confirmation of a detail, a thing
// named "authorization", someone else's confirmation, a policy that asks
// nothing, and the Japanese formula that asks for understanding at the end
// of a notice (ご了承いただきますようお願いいたします) do not. The near-miss
// texts came from an adversarial review of the rules.
func TestOnlyTheReadersConsentToTheMergeIsAskedFor(t *testing.T) {
	checkAWS(t, []awsCase{
		{"About your merge: to proceed, we need your confirmation of the email address you use to sign in to each account.",
			"aws_other", SubMoreInfo},
		{"About your merge: we need your authorization code from the Credly email before the badges can be issued again.",
			"aws_other", ""},
		{"About your merge: we require confirmation from the owner of a@example.com as well. We have written to them.",
			"aws_other", ""},
		{"Thank you for your reply. We need your approval of the merge only once, so no further action is needed.",
			"aws_other", ""},
		{"現在、アカウント統合の作業を進めております。反映まで数日かかる場合がございますので、ご了承いただきたく存じます。",
			"aws_other", ""},
		{"アカウント統合の作業を開始いたしました。完了までに数日かかる場合がございますので、ご了承いただきますようお願いいたします。",
			"aws_other", ""},
		// What still asks: the reader's own consent to the merge.
		{"Because a merge is permanent, we must have written consent from you before our engineers act on it.",
			"aws_consent_request", ""},
		{"To merge the two accounts we require your authorization. Please reply to this email.", "aws_consent_request", ""},
		{"アカウントの統合には、ご本人様の承認が必要です。", "aws_consent_request", ""},
	})
}
