package classify

import "testing"

// The families of AWS's mail that the thirteenth and fourteenth sets (study
// sets now) showed certflow misreading, in words of our own, each beside
// the near misses it must not take.

// TestNounPhraseClosedByWhatFollowsIt: what a merge is of ends at its head,
// before the words said of it ("the profiles named above", "the account held
// under a@…", "AWS00112233", a candidate ID): the accounts, so the consent
// or the report is of the merge. Not another thing so described, another's
// consent, a question, a condition, nor words only quoted from the thread.
func TestNounPhraseClosedByWhatFollowsIt(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We found both profiles. Please reply confirming you agree to the merge of the two profiles named above.",
			"aws_consent_request", ""},
		{"Please write back confirming that you want us to merge the account held under a@example.com into " +
			"b@example.com.", "aws_consent_request", ""},
		{"The consolidation of AWS00112233 into AWS00445566 is complete.", "aws_completed", ""},
		// Near misses.
		{"Please reply confirming you agree to the merge of the exam bookings named above.", "aws_other", ""},
		{"Please write back confirming that you want us to merge the support cases held under a@example.com " +
			"into this one.", "aws_other", ""},
		{"Please have your manager write back confirming that she agrees to the merge of the two profiles named " +
			"above.", "aws_other", ""},
		{"Did you ask for the merge of the two profiles named above?", "aws_other", ""},
		{"Thanks, we are looking into it.\n\n> Please reply confirming you agree to the merge of the two " +
			"profiles named above.", "aws_other", SubAcknowledgement},
		{"The consolidation of AWS00112233 into AWS00445566 will be complete once you confirm.", "aws_other", ""},
		{"The consolidation of the support cases named above is complete.", "aws_other", ""},
		{"The merge of AWS00112233 into AWS00445566 went through this morning.", "aws_completed", ""},
		{"The merge of AWS00112233 into AWS00445566 will go through this week.", "aws_other", ""},
		{"The merge of AWS00112233 into AWS00445566 went through, except for one badge.", "aws_other", ""},
		{"The merge of your two accounts will be completed tomorrow.", "aws_other", ""},
		{"The merge of case 1234567 into case 7654321 went through this morning.", "aws_other", ""},
	})
}

// TestAnswerNotYetReceivedIsNoTrouble: the desk telling that the reader's
// answer has not come yet ("we haven't had your go-ahead yet", ご承認をまだ
// いただいておりません) tells what the merge waits for, no trouble with it, so
// the consent it asks again stands. Not with the case closed for it (a
// refusal), another's answer awaited, trouble told beside it, nor the ask
// only quoted.
func TestAnswerNotYetReceivedIsNoTrouble(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We still haven't had your go-ahead for the merge, so it is paused. Can you reply confirming that you " +
			"agree to merge a@example.com into b@example.com?", "aws_consent_request", ""},
		{"アカウント統合についてのご承認をまだいただいておりません。a@example.com を b@example.com に統合することに" +
			"ご同意いただける場合は、その旨ご返信ください。", "aws_consent_request", ""},
		// Near misses.
		{"We did not receive your approval for the merge, so this case has now been closed.", "aws_other",
			SubRefusal},
		{"アカウント統合についてのご承認をいただけませんでしたので、本ケースをクローズいたしました。", "aws_other", SubRefusal},
		{"We still haven't had your manager's go-ahead for the merge. Can you reply confirming that you agree " +
			"to merge a@example.com into b@example.com?", "aws_other", ""},
		{"We still haven't had your go-ahead, and the merge could not be started because of an error. Can you " +
			"reply confirming that you agree to merge a@example.com into b@example.com?", "aws_other", ""},
		{"We still haven't had your go-ahead for the merge. Please ask the account owner to reply confirming " +
			"that they agree to merge a@example.com into b@example.com.", "aws_other", ""},
		{"Thanks, we will look into it.\n\n> We still haven't had your go-ahead for the merge. Can you reply " +
			"confirming that you agree to merge a@example.com into b@example.com?", "aws_other", ""},
	})
}
