package reply

import "testing"

// leanAll checks what Lean gives for each reply.
func leanAll(t *testing.T, cases map[string]Answer) {
	t.Helper()
	answersAll(t, "Lean", Lean, cases)
}

// TestActVerbAsASecondLanguageGivesIt: people writing in a second language
// often put the bare verb after "have" ("I have send it", "we has link the
// account") or spell the past their own way ("submited", "sended"): the act
// is told as done all the same, and its negation is a No. Near misses: "have
// to" (a duty, still to do), the word as a noun ("I have link problems"),
// a question, and the same words about another act or a failure.
func TestActVerbAsASecondLanguageGivesIt(t *testing.T) {
	readAll(t, map[string]Answer{
		"I have send the form to AWS this morning.":          Submitted,
		"We has submit the request already.":                 Submitted,
		"I have already submit it, please check.":            Submitted,
		"I have link my certification account yesterday.":    Done,
		"Hello, I has connect the account with the profile.": Done,
		"Form submited.":             Submitted,
		"I have sended the request.": Submitted,
		"I haven't send it yet.":     No,
		// Near misses.
		"I have to submit the form first.":           Unclear,
		"I have link problems in the portal.":        Unclear,
		"Do I have submit it again?":                 Unclear,
		"I have send the form but it gave an error.": Unclear,
		"I have send a mail to my manager.":          Unclear,
	})
}

// TestItsDoneAffirmsTheActNamed: "it's done", "that is done", "all done"
// said of the whole ask affirm a more exact answer beside them as a bare
// "Done" does ("It's done, I sent the form" is Submitted). Near misses: a
// subject that is no pronoun for the ask ("my part is done"), a negation,
// and the words next to a No.
func TestItsDoneAffirmsTheActNamed(t *testing.T) {
	readAll(t, map[string]Answer{
		"It's done, I sent the form this morning.":  Submitted,
		"That is done - form submitted.":            Submitted,
		"All done. I submitted the request to AWS.": Submitted,
		"It is done, I linked the accounts.":        Done,
		"It's done.":                                Done,
		// Near misses.
		"It's not done, I haven't sent the form.":         No,
		"It is done, but I haven't sent the form yet.":    Unclear,
		"It's done. I haven't submitted it.":              Unclear,
		"My part is done, I sent the form to my manager.": Unclear,
	})
}
