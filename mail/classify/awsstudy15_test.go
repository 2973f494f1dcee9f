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
