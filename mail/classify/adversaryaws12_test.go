package classify

import "testing"

// The adversarial review of the desk rules of 1 December (second pass):
// near-miss desk mails written by the reviewer, not corpus mail, that were
// read as a completion or a consent request they are not. Each test keeps
// real ones beside them that must still be read so.

// TestDeskThingsMergedNoCompletion: the desk merging or combining its own
// things (duplicate cases, tickets, inquiries, emails: お問い合わせを1件に統合)
// reports no merge of the accounts.
func TestDeskThingsMergedNoCompletion(t *testing.T) {
	expectDesk(t, []string{
		"I have merged your duplicate case 987654 into this one, so we can keep everything in one place.",
		"Your two support cases have been merged.",
		"Your emails have been combined into one thread.",
		"We merged your requests; our certification team will now review the account merge.",
		"重複しておりましたお問い合わせを1件に統合いたしました。",
		"お問い合わせを統合いたしました。アカウント統合につきましては、担当部署にて確認中です。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Per your request, the merge is complete.",
		"As requested in case 123, we have merged your two accounts.",
		"We have merged your two email addresses into one account, b@example.com.",
		"Your merge request has been completed.",
		"ご依頼いただいたアカウントの統合が完了しました。",
	}, AWSCompleted, true)
}

// TestHandedToTeamNoCompletion: a case, a request or the certifications'
// records moved to a team, a queue or a department (専門チームへ移管) is the
// request handed on, not the certifications moved to the other account.
func TestHandedToTeamNoCompletion(t *testing.T) {
	expectDesk(t, []string{
		"Your certification records have been moved to our merge team for review.",
		"We have transferred your certification request to the back-office team.",
		"Your badges and certifications have been transferred to our verification team for review.",
		"We have moved your certifications request to tier 2.",
		"認定資格の統合に関するお問い合わせを、専門チームへ移管いたしました。",
		"本件は認定資格チームへ移管いたしました。",
		"お客様の認定資格に関するケースを担当部署へ引き継ぎいたしました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We have transferred your certifications to b@example.com.",
		"Your certifications have been moved to your work account, as our team confirmed.",
		"認定資格と受験履歴をb@example.comへ移行いたしました。",
	}, AWSCompleted, true)
}

// TestListedConsentOfAnother: a list item or a clause that tells the
// reader, without a "please", to have someone else answer ("2. Ask the
// owner of b@… to reply "I agree"", "…, have them reply to confirm the
// merge") asks a consent of another, not of the reader.
func TestListedConsentOfAnother(t *testing.T) {
	expectDesk(t, []string{
		"To proceed, please:\n1. Confirm your full name.\n2. If the other account belongs to a colleague, " +
			"have them reply to confirm the merge.",
		"To proceed, please:\n1. Sign in to both accounts.\n2. Ask the owner of b@example.com to reply \"I agree\" " +
			"to confirm the merge.",
		"If the second account is your manager's, ask him to confirm the merge by replying to this email.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"To proceed, please:\n1. Confirm your full name.\n2. Reply to confirm that you agree to the merge.",
		"Please confirm the following:\n1. That both accounts are yours\n2. That you agree to the merge",
		"Please reply to this email to confirm the merge. Have your candidate ID ready in case we need it.",
	}, AWSConsentRequest, true)
}

// TestCompletionStillToFinish: a move reported beside a final step still
// pending or to come ("Final verification is still pending", "the merge
// will be finalized after verification"), a merge done on one address only,
// a notice of completion the desk calls a mistake (…完了しましたとのご連絡は、
// 誤りでございました), or certifications shown in the badge platform's
// wallet, reports no merge done.
func TestCompletionStillToFinish(t *testing.T) {
	expectDesk(t, []string{
		"Your certifications have been transferred to b@example.com. Final verification is still pending.",
		"Your certifications have been transferred to b@example.com. The merge will be finalized after verification.",
		"Your accounts have been merged. The merge will be completed once our checks are done.",
		"The merge was completed on a@example.com only.",
		"アカウントの統合が完了しましたとのご連絡は、誤りでございました。",
		"「統合が完了しました」という先日のメールは、誤って送信されたものです。",
		"You're all set! Your certifications are now visible under b@example.com in your Credly wallet.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your certifications have been transferred to b@example.com. Your Credly badges may take 24 hours to appear.",
		"The merge is complete. Your certifications are now visible under b@example.com.",
		"アカウントの統合が完了しました。認定資格はb@example.comでご確認いただけます。",
		"Your accounts have been merged. Your certifications are now available in b@example.com only.",
	}, AWSCompleted, true)
}
