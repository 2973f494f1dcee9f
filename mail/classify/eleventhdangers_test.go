package classify

import "testing"

// TestEleventhSetFalseCompletion: the family of the eleventh set's one
// false completion (written blind, read at this session's start as a
// completion): a first step of the process done, the merge itself still
// to be carried out. Reworded, beside completions that must still be read.
func TestEleventhSetFalseCompletion(t *testing.T) {
	expectDesk(t, []string{
		"I have checked both accounts and finished the first step of the process (verifying your identity). " +
			"Our back-office team performs the merge itself, and it has not been done yet.",
		"Step one (the identity check) is complete. The merge itself has not been carried out yet.",
		"We have completed the initial stage of your request. The merge will be carried out by another team.",
		"The verification step has been completed; the merge itself is still to be performed by our back-end team.",
		// How merges are done, in the present, is no report that this one was.
		"Your identity check is finished. The merge itself is carried out by our engineering team, who have not " +
			"started on it yet.",
		"The consolidation is executed by a separate team; we will write again once they have finished.",
		"The merge of your two accounts is done by our back-office team, usually within five working days.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We have completed the merge of your accounts. Your certifications are now under b@example.com.",
		"The merge is done: both accounts are now one, under b@example.com.",
		"The merge has been carried out by our back-end team; your certifications are now under b@example.com.",
		"Your merge is now complete.",
	}, AWSCompleted, true)
}
