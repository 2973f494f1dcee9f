package workflows

import (
	"fmt"

	"go.temporal.io/sdk/workflow"
)

// AttachTakenNote is the line a case records when it takes a mail the
// operator attached (`starter attach`), so the command can say so.
func AttachTakenNote(messageID string) string {
	return fmt.Sprintf("attached mail %s taken", messageID)
}

// AttachSeenNote is the line a case records when the operator attaches a
// mail it has already taken: the attach changes nothing.
func AttachSeenNote(messageID string) string {
	return fmt.Sprintf("attached mail %s not taken again: the case took it before", messageID)
}

// versionAttachHandedBack marks cases that mark a mail seen only when they
// take it. Before, mail handed back (past the cap, or another run's) was
// marked seen first, so `starter attach`, which the hand-back's reason
// advises, was ignored and the mail then left the unmatched list.
const versionAttachHandedBack = "attach-handed-back"

// acceptTaken is accept since versionAttachHandedBack. Mail the case hands
// back is remembered apart (handedBack): the watcher offering it again does
// not list it twice, while the operator attaching it (Attached, or from no
// watcher) reaches the checks again, which attached mail passes.
func (c *caseRun) acceptTaken(ctx workflow.Context, ev MailEvent) bool {
	attached := ev.Attached || ev.Watcher == ""
	if ev.MessageID != "" && c.seen[ev.MessageID] {
		if ev.Attached {
			c.record(ctx, AttachSeenNote(ev.MessageID))
		}
		return false
	}
	if ev.MessageID != "" && !attached && c.handedBack[ev.MessageID] {
		return false // offered again: it is on the unmatched list already
	}
	// AWS's authenticated word, the authenticated mail of the case's own
	// people, and mail the operator attached always reach the case: a flood
	// cannot shut them out.
	if c.capped() && !attached && !(isAWS(ev.Kind) && ev.Authenticated) && !c.ownMail(ev) {
		c.noteHandedBack(ev.MessageID)
		c.overCap(ctx, ev)
		return false
	}
	if why := c.otherRun(ev); why != "" {
		c.mails++ // counted, so a flood of such mail meets the cap too
		c.noteHandedBack(ev.MessageID)
		c.giveBack(ctx, ev, why, true)
		return false
	}
	if ev.MessageID != "" {
		c.markSeen(ev.MessageID)
	}
	if c.unfloodable(ev, attached) {
		c.markTrustedSeen(ev.MessageID)
	}
	c.mails++
	c.record(ctx, fmt.Sprintf("mail received from %s: %q (%s)", ev.From, ev.Subject, ev.Kind))
	if ev.Attached {
		c.record(ctx, AttachTakenNote(ev.MessageID))
	}
	if c.readKinds {
		c.remember(ev)
	}
	c.learnAwsCase(ctx, ev)
	return true
}

// noteHandedBack remembers a Message-ID handed back without being taken.
func (c *caseRun) noteHandedBack(id string) {
	if id == "" || c.handedBack[id] {
		return
	}
	c.handedBack[id] = true
	c.handedBackOrder = append(c.handedBackOrder, id)
}
