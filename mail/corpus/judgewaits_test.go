package corpus

import (
	"testing"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/triage"
)

// TestJudgeCountsEveryLeanItsWaitWouldTake: the merge's form wait
// takes a lean of submitted or done from any reply of the requester, and
// the share's link wait a lean of done from any reply of the employee,
// whatever the reply's label: a "no" ("No, I have not submitted it yet")
// that leans to submitted is taken by the case against its label, which is
// a danger the judge must count.
func TestJudgeCountsEveryLeanItsWaitWouldTake(t *testing.T) {
	for _, c := range []struct {
		label, caseKind string
		lean            classify.Kind
	}{
		{"no", "merge", classify.ReplySubmitted},
		{"no", "merge", classify.ReplyDone},
		{"no", "share", classify.ReplyDone},
	} {
		r := Judge("x.eml", c.label, c.caseKind, triage.Report{Kind: classify.Unknown, Lean: c.lean})
		if r.Danger == "" {
			t.Errorf("%s reply labelled %s leaning %s: verdict %v, no danger; its case's wait takes the lean",
				c.caseKind, c.label, c.lean, r.Verdict)
		}
	}
}
