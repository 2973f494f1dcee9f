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
