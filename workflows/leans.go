package workflows

import (
	"fmt"

	"go.temporal.io/sdk/workflow"
)

// versionLeanAnswers marks the change that lets a wait take what a reply
// certflow could read only part of leans to (MailEvent.Lean), where the
// wait declares it (wait.leans). It is asked only when such a mail comes to
// a wait that takes its lean, so a case that never gets one has no marker;
// cases that got one before replay it as the unknown mail it was.
const versionLeanAnswers = "lean-answers"

// withLeans returns w taking also the mails that lean to one of kinds. A
// wait declares only the leans of the question it asked and whose wrong
// answer a later step catches: the merge's form wait (a wrong "submitted"
// costs a wait for AWS that ends in the give-up timer), the share's link
// wait (a wrong "done" costs the week, then the verify question asks) and
// the share's verify wait, which takes a lean of No only (a wrong "no" costs
// one recheck round; a "yes" would end the case, and a lean is never one).
func (w wait) withLeans(kinds ...MailKind) wait {
	w.leans = kinds
	return w
}

// fromLean reads ev as its lean when the wait w takes it: a reply certflow
// cannot read (MailUnknown) that leans to a kind w waits for and declares,
// from one of the case's people when w waits for them. The mail then goes
// through every check an answer of that kind gets (onWanted: it is held
// when it is not authenticated), and is no longer one for starter resolve.
// Any other mail comes back as it was: a lean gives no more trust than an
// answer, and nowhere else is it an answer.
func (c *caseRun) fromLean(ctx workflow.Context, ev MailEvent, w wait) MailEvent {
	if ev.Kind != MailUnknown || ev.Lean == "" || !wanted(ev.Lean, w.leans) || !wanted(ev.Lean, w.want) {
		return ev
	}
	if w.fromPeople && !c.fromPerson(ev.From) {
		return ev // a stranger's reply is handled as the unknown mail it is
	}
	if workflow.GetVersion(ctx, versionLeanAnswers, workflow.DefaultVersion, 1) < 1 {
		return ev
	}
	c.forgetResolvable(ev.MessageID)
	c.record(ctx, fmt.Sprintf("mail %s from %s read as %s from its lean: certflow could read only part of the reply",
		ev.MessageID, ev.From, ev.Lean))
	ev.Kind = ev.Lean
	if workflow.GetVersion(ctx, versionLeanTold, workflow.DefaultVersion, 1) >= 1 {
		// What certflow could not read is brought to a person with the
		// answer it took (tellAsks), as a question beside an answer is.
		ev.Asks, ev.LeanTold = []string{leanWords(ev)}, true
	}
	return ev
}

// versionLeanTold marks the change that tells the operator of every reply
// a wait took from its lean, with the reply's words, what the case did on
// it and how to set it right (tellAsks): a lean is certflow's guess at a
// reply it could read only part of, and the rest may be a question ("only
// two of my three show, should I wait?") that nobody would otherwise read.
// Before it, the guess was only in the case's history. Asked only when a
// wait takes a lean, like versionLeanAnswers.
const versionLeanTold = "lean-told"

// leanWords is what the operator is shown of a reply taken from its lean:
// its own words as the reading quoted them, or its subject without them.
func leanWords(ev MailEvent) string {
	if ev.Excerpt != "" {
		return ev.Excerpt
	}
	// Not quoted here: tellAsksNow quotes each thing it tells, this too.
	return "(no words certflow could quote; the subject is " + ev.Subject + ")"
}

// forgetResolvable drops the mail id from those starter resolve may settle:
// the case has read it.
func (c *caseRun) forgetResolvable(id string) {
	kept := c.resolvable[:0]
	for _, r := range c.resolvable {
		if r.MessageID != id {
			kept = append(kept, r)
		}
	}
	c.resolvable = kept
}
