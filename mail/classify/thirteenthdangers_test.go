package classify

import "testing"

// TestThirteenthSetFalseCompletion: the family of the thirteenth set's one
// false completion (written blind, read at this session's start as a
// completion): the certifications reported moved, but the mail also says the
// work is only partly done, that some records did not come over, or that the
// rest is still to come. Each of those holds the completion, whichever
// sentence says it, even one without the merge's own words. Reworded, beside
// completions that must still be read.
func TestThirteenthSetFalseCompletion(t *testing.T) {
	expectDesk(t, []string{
		"Partially complete. Your certifications are now on b@example.com. I will write again about the exam history.",
		"Half done so far. Your certifications now show under b@example.com.",
		"Your certifications are now on b@example.com. Your older exam results did not come across, though; " +
			"we are looking into it.",
		"Your certifications have been moved to b@example.com. Two of your exam records were not carried over.",
		"Your certifications are now under b@example.com. We will let you know when the rest is through.",
		"Your certifications are now under b@example.com. a@example.com stays open until that is sorted out.",
		"資格は b@example.com に移行いたしました。一部完了となります。",
		"Only part of it is done. Your certifications from a@example.com now sit under b@example.com. Your old " +
			"exam records from the test centre did not transfer, and I have raised a separate ticket for them.",
		"Your certifications are now on b@example.com. The older exam results couldn't be migrated.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"All done. The merge went through and your certifications are now on b@example.com.",
		"The merge is complete: all of your certifications are now under b@example.com.",
		"Your certifications have been moved to b@example.com. Your exam history came across as well.",
		"Your certifications have been moved to b@example.com. The old account a@example.com has been closed.",
		"統合が完了いたしました。資格はすべて b@example.com に移行されております。",
	}, AWSCompleted, true)
}
