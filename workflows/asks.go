package workflows

import (
	"errors"
	"fmt"
	"strings"

	"go.temporal.io/sdk/workflow"
)

// versionReplyAsks marks the change that lets a reply carry questions beside
// its answer (MailEvent.Asks): a case with it moves on the answer where it
// waits for it and tells the operator the questions. A case started before
// it, or a wait the answer does not end, reads such a reply as the unknown
// mail it was before the worker read answers beside questions, so that a
// question is never dropped.
const versionReplyAsks = "reply-asks"

// withoutAsks returns ev as the case reads it: an answer with questions
// beside it stays one only in a case that has versionReplyAsks and a wait
// that wants it; anywhere else it is the MailUnknown (with its lean) the
// worker read it as before.
func (c *caseRun) withoutAsks(ev MailEvent, w wait) MailEvent {
	if len(ev.Asks) == 0 {
		return ev
	}
	if !isAnswer(ev.Kind) || !c.replyAsks || !wanted(ev.Kind, w.want) {
		ev.Kind, ev.Asks = MailUnknown, nil
	}
	return ev
}

// tellAsks tells the operator the questions of the answer got, which moved
// the case: the case acted on the answer, a person answers the questions.
// The wait has taken got when the alert goes: should its send continue as
// new, the answer is carried (CaseCarry.Answered), so that the wait in the
// next run ends on it once the alert is out, instead of waiting again for
// an answer already marked seen.
func (c *caseRun) tellAsks(ctx workflow.Context, got MailEvent) error {
	if !c.replyAsks || len(got.Asks) == 0 || !isAnswer(got.Kind) {
		return nil
	}
	err := c.tellAsksNow(ctx, got)
	if errors.Is(err, errContinueAsNew) {
		got.Asks = nil // told by the alert the next run sends first
		c.answered = &got
	}
	return err
}

// takeAnswered ends the wait a case continued as new in on the answer it
// had taken there (tellAsks), if any.
func (c *caseRun) takeAnswered(ctx workflow.Context, resumed bool) *MailEvent {
	got := c.answered
	if !resumed || got == nil {
		return nil
	}
	c.answered = nil
	c.record(ctx, fmt.Sprintf("mail %s from %s (%s), taken before the case continued as new, ends the wait",
		got.MessageID, got.From, got.Kind))
	return got
}

func (c *caseRun) tellAsksNow(ctx workflow.Context, got MailEvent) error {
	quoted := make([]string, len(got.Asks))
	for i, a := range got.Asks {
		quoted[i] = fmt.Sprintf("%q", a)
	}
	// The operator reads the alert to answer the questions, but the answer
	// was read by certflow: what the case did on it, and how to set that
	// right if it was misread, is said with them.
	on := c.waitAsks
	if on.went == "" {
		on.went = "went on"
	}
	why := fmt.Sprintf("case %s took the reply from %s (%s, mail %s) as its answer and %s; the reply also says: %s",
		c.id, got.From, got.Kind, got.MessageID, on.went, strings.Join(quoted, "; "))
	if got.LeanTold {
		why = fmt.Sprintf("case %s took the reply from %s (mail %s) as %s, though certflow could read only part of "+
			"it, and %s; the reply says: %s", c.id, got.From, got.MessageID, got.Kind, on.went, strings.Join(quoted, "; "))
	}
	if on.misread != "" {
		why += ". " + on.misread
	}
	return c.tellOperator(ctx, why)
}

// stopInstead is how an onAsks ends for a wait whose misread answer costs
// only a wait that a later step ends: the command that stops the case.
func stopInstead(id string) string {
	return fmt.Sprintf(`To stop the case instead: starter cancel %s --reason "the reply was misread"`, id)
}
