package classify

import "testing"

// Families of the completions that the sixteenth and eighteenth sets left
// for the operator, in words of our own, each beside the near misses that
// must stay aws_other: a false completion is the failure that matters.

// TestBareMergedThenTold: a terse agent's "Merged." or "Merged!" opening
// its paragraph, followed by the case closed ("Closing the case.") or by
// the certifications told under one address now, reports the merge done.
// Not a question, a negation, a merge to come, a closer that says more,
// nor a mail that names other things a desk merges.
func TestBareMergedThenTold(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Merged. Closing the case.", completed15, nil},
		{"Merged! I'm closing this ticket now.", completed15, nil},
		{"Merged! Your three certifications all sit under b@example.com now.", completed15, nil},
		{"Merged. Your certs are on b@example.com now, and a@example.com is closed.", completed15, nil},
		// Near misses.
		{"Merged? Closing the case.", other15, nil},
		{"Not merged. Closing the case.", other15, nil},
		{"Merged tickets. Closing the case.", other15, nil},
		{"Will be merged. Closing the case.", other15, nil},
		{"Merged. Closing the case once you confirm.", other15, nil},
		{"Merged. Closing the case. Oops, not yet - it runs tonight.", other15, nil},
		{"We found two duplicate tickets from you. Merged. Closing the case.", other15, nil},
		{"Merged. Your certs will sit under b@example.com now that you agreed.", other15, nil},
		{"Merged! Your certs sit under b@example.com now? Please check.", other15, nil},
		{"Merged. Your certs are not on b@example.com now.", other15, nil},
		{"Status so far: not started.\nMerged. Closing the case.", other15, nil},
		// Found on review of this rule: another ticket named, a time to come
		// after "now".
		{"Merged. Closing the case. The other ticket stays open.", other15, nil},
		{"Merged! Your certs sit under b@example.com now - or they will after tonight's job.", other15, nil},
	})
}

// TestReRunAfterEarlierTrouble: trouble told of an earlier attempt (the
// first run, or last week's, beside a re-run) holds no completion back, and
// "I re-ran it and this time it worked" after it reports the merge done.
// A re-run that failed again, is still to come, is hoped for, or is told
// with trouble now holds it back.
func TestReRunAfterEarlierTrouble(t *testing.T) {
	checkProbes15(t, []probe15{
		{"My first attempt at the merge hit a sync error. I re-ran it today and this time it worked.",
			completed15, nil},
		{"A fault made the merge fail last Tuesday; it is fixed and I re-ran it this morning. It went " +
			"through: a@example.com is now merged into b@example.com.", completed15, nil},
		// Near misses.
		{"My first attempt at the merge hit a sync error. I re-ran it today and it still did not work.",
			other15, nil},
		{"My first attempt at the merge hit a sync error. I will re-run it tomorrow and hope it works.",
			other15, nil},
		{"My first attempt at the merge hit a sync error. If I re-run it and it works, I will let you know.",
			other15, nil},
		{"My first attempt at the merge hit a sync error. Did it work when I re-ran it?", other15, nil},
		{"I re-ran the exam report and this time it worked.", other15, nil},
		{"The merge failed last Tuesday. It failed again this morning.", other15, nil},
		{"A fault made the merge fail last Tuesday; it is fixed and I re-ran it this morning. It failed " +
			"again.", other15, nil},
		{"My first attempt at the merge hit a sync error. I re-ran it today and this time it worked, but the " +
			"certifications are still missing.", other15, nil},
		// Found on review of this rule: another job re-run.
		{"My first attempt at the merge failed. I re-ran the badge sync and this time it worked.", other15, nil},
		{"My first attempt at the merge failed. I retried the transcript export and it went through.",
			other15, nil},
	})
}

// TestResolutionFieldMerged: a case tool's "Resolution:" that names the
// accounts merged into the primary account, with its address in brackets
// or on what word of the reader's it was done ("per your written
// confirmation"), reports the merge done. Tickets merged, a merge to come,
// a negation and a status still pending do not.
func TestResolutionFieldMerged(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Status: Closed\nResolution: Duplicate candidate profiles merged into primary account (b@example.com).",
			completed15, nil},
		{"Resolution: Accounts merged into b@example.com per your written consent.", completed15, nil},
		// Near misses.
		{"Status: Pending\nResolution: Accounts merged into primary account (b@example.com) per your request.",
			other15, nil},
		{"Resolution: Accounts to be merged into primary account (b@example.com) per your written consent.",
			other15, nil},
		{"Resolution: Duplicate tickets merged into primary ticket per your request.", other15, nil},
		{"Resolution: Accounts not merged into primary account (b@example.com).", other15, nil},
		{"Resolution: Duplicate candidate profiles merged into primary account (b@example.com) once you " +
			"confirm.", other15, nil},
	})
}
