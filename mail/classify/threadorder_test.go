package classify

import "testing"

// TestNewestFirstThreadReadsOnlyTheNewestMessage: in a helpdesk thread
// listed newest first, an earlier message asking for consent or telling a
// merge done is quoted, not this mail's: the desk's newest words decide.
func TestNewestFirstThreadReadsOnlyTheNewestMessage(t *testing.T) {
	const notice = "##- Please type your reply above this line -##\n\n" +
		"Your request (#90211) has been updated. To add additional comments, reply to this email.\n\n"
	const rule = "\n\n----------------------------------------\n\n"
	checkAWS(t, []awsCase{
		{notice + rule + "Ines (AWS Support)\n\nDec 9, 2026, 10:02 UTC\n\nThank you. When the merge has gone " +
			"through, you will sign in with the account you keep." + rule +
			"Ines (AWS Support)\n\nDec 8, 2026, 15:40 UTC\n\nDo you authorise us to merge the two accounts? " +
			"Please reply to confirm.", "aws_other", ""},
		{notice + rule + "Ines (AWS Support)\n\nDec 9, 2026, 10:02 UTC\n\nDo you authorise us to merge the two " +
			"accounts? Please reply to confirm." + rule +
			"Ines (AWS Support)\n\nDec 8, 2026, 15:40 UTC\n\nThe accounts have been merged.", "aws_consent_request", ""},
	})
}
