package workflows

import (
	"fmt"
	"strings"

	"go.temporal.io/sdk/workflow"
)

// versionAnswerOwnQuestion marks the change that takes a person's answer
// only for the question it replies to: a reply whose In-Reply-To (or
// References) names the case's mail of one step answers that mail's
// question. A "yes" sent to the share's steps mail ("yes, will do") is no
// answer to whether the APN profile shows the certifications, though the
// verify wait takes a yes, and one kept from the week's wait would close
// the case unasked. Such a reply is read as the unknown it is for this
// wait: the operator is told, with the `starter resolve` that settles it.
// A reply that names none of the case's mail (a new mail to the
// plus-address) is read as before. Cases started before it replay without.
const versionAnswerOwnQuestion = "answer-own-question"

// takeAnswerOwnQuestion reads whether the case has versionAnswerOwnQuestion.
func (c *caseRun) takeAnswerOwnQuestion(ctx workflow.Context) {
	c.ownQuestion = workflow.GetVersion(ctx, versionAnswerOwnQuestion, workflow.DefaultVersion, 1) >= 1
}

// personAnswer reports whether k is one of the answers a person gives.
func personAnswer(k MailKind) bool {
	return k == MailReplyYes || k == MailReplyNo || k == MailReplyDone || k == MailReplySubmitted
}

// asksIn reports whether the case's mail of step asks w's question: a
// question names its steps exactly, or by a prefix ending in "-" for the
// numbered ones ("verify-" for verify-1, verify-2).
func (w wait) asksIn(step string) bool {
	for _, q := range w.questions {
		if q == step || strings.HasSuffix(q, "-") && strings.HasPrefix(step, q) {
			return true
		}
	}
	return false
}

// answersOtherQuestion reports whether ev, a person's answer, replies to
// mail of the case that does not ask w's question.
func (c *caseRun) answersOtherQuestion(ev MailEvent, w wait) bool {
	return c.ownQuestion && w.fromPeople && len(w.questions) > 0 && ev.RepliesTo != "" &&
		personAnswer(ev.Kind) && !w.asksIn(ev.RepliesTo)
}

// otherQuestion reads ev, a person's answer to the case's mail of another
// step than w asks in, as a reply certflow cannot read for w: it is
// recorded as what it said, kept for `starter resolve`, and handled as
// unknown mail (the operator is told).
func (c *caseRun) otherQuestion(ctx workflow.Context, ev MailEvent, w wait) MailEvent {
	c.record(ctx, fmt.Sprintf("mail %s from %s says %s, but in reply to certflow's %q mail, which does not ask "+
		"what %s waits for: not taken as its answer", ev.MessageID, ev.From, ev.Kind, ev.RepliesTo, w.state))
	return c.asUnknown(ev, fmt.Sprintf("(an answer to the %s mail)", ev.RepliesTo))
}

// asUnknown is ev read as a reply certflow cannot read, its excerpt opened
// by note (what it was taken for), kept for `starter resolve`.
func (c *caseRun) asUnknown(ev MailEvent, note string) MailEvent {
	ev.Kind, ev.Lean, ev.Asks = MailUnknown, "", nil
	ev.Excerpt = strings.TrimSpace(note + " " + ev.Excerpt)
	c.remember(ev)
	return ev
}

// versionAnswerNotAsked marks the change that reads a person's answer in
// reply to the very mail whose question the wait asks, but of a kind that
// question does not take ("Done, I've linked it now" or "submitted, case
// 123" in reply to "do your certifications show in the APN profile?"), as
// the unknown it is for the wait: the operator is told, with the `starter
// resolve` that settles it. Before, it was kept for a next wait, which never
// takes it either, and nobody was told: the person believed they had
// answered while the case went on asking. Cases started before it replay
// without.
const versionAnswerNotAsked = "answer-not-asked"

// takeAnswerNotAsked reads whether the case has versionAnswerNotAsked.
func (c *caseRun) takeAnswerNotAsked(ctx workflow.Context) {
	c.notAsked = workflow.GetVersion(ctx, versionAnswerNotAsked, workflow.DefaultVersion, 1) >= 1
}

// answersNotAsked reports whether ev, a person's answer that w does not
// take, replies to mail of the case that asks w's question.
func (c *caseRun) answersNotAsked(ev MailEvent, w wait) bool {
	return c.notAsked && w.fromPeople && len(w.questions) > 0 && ev.RepliesTo != "" &&
		personAnswer(ev.Kind) && !wanted(ev.Kind, w.want) && w.asksIn(ev.RepliesTo)
}

// readAsNotAsked reads ev, an answer of a kind w's question does not take, as a
// reply certflow cannot read for w (see otherQuestion).
func (c *caseRun) readAsNotAsked(ctx workflow.Context, ev MailEvent, w wait) MailEvent {
	c.record(ctx, fmt.Sprintf("mail %s from %s says %s in reply to certflow's %q mail, whose question "+
		"%s waits on takes no such answer: not taken as its answer", ev.MessageID, ev.From, ev.Kind, ev.RepliesTo,
		w.state))
	return c.asUnknown(ev, fmt.Sprintf("(not an answer to the %s mail's question)", ev.RepliesTo))
}
