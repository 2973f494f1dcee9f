package workflows

import (
	"fmt"
	"strings"

	"go.temporal.io/sdk/workflow"
)

// versionMailKinds marks the change that reads auto-replies, bounces and
// AWS's other mail (a refusal needs a person at once) and takes the
// operator's `starter resolve`. Cases started before it replay without it.
const versionMailKinds = "mail-kinds"

// maxResolvable bounds the mails a case keeps for `starter resolve`.
const maxResolvable = 20

// resolveKinds maps `starter resolve --as` to the kind the case acts on.
var resolveKinds = map[string]MailKind{
	"consent_request": MailConsentRequest, "completed": MailCompleted, "other": MailAWSOther,
	"yes": MailReplyYes, "no": MailReplyNo, "done": MailReplyDone, "submitted": MailReplySubmitted,
}

// ResolveChoices lists the values of ResolveRequest.As.
func ResolveChoices() []string {
	return []string{"consent_request", "completed", "other", "yes", "no", "done", "submitted"}
}

// remember keeps a mail the operator may resolve. Past maxResolvable the
// oldest mail of the least trusted senders goes (versionTrustedLists 2).
func (c *caseRun) remember(ev MailEvent) {
	if ev.Kind != MailAWSOther && ev.Kind != MailUnknown || ev.MessageID == "" {
		return
	}
	c.resolvable = append(c.resolvable, ev)
	if c.trusted >= 2 {
		// What falls off is still in the history and the mailbox; nothing here needs it.
		c.resolvable, _ = boundByRank(c.resolvable, maxResolvable, c.senderRank)
		return
	}
	if len(c.resolvable) > maxResolvable {
		c.resolvable = c.resolvable[len(c.resolvable)-maxResolvable:]
	}
}

// resolvableMail returns the kept mail with id (a held one too).
func (c *caseRun) resolvableMail(id string) (MailEvent, bool) {
	if c.held != nil && c.held.MessageID == id {
		return *c.held, true
	}
	if ev, ok := c.heldMail(id); ok {
		return ev, true
	}
	for _, ev := range c.resolvable {
		if ev.MessageID == id {
			return ev, true
		}
	}
	return MailEvent{}, false
}

// validateResolve refuses at once what the case cannot act on now.
func (c *caseRun) validateResolve(req ResolveRequest) error {
	kind, ok := resolveKinds[req.As]
	switch {
	case !c.readKinds:
		return fmt.Errorf("case %s was started before starter resolve existed; use starter confirm or approve", c.id)
	case !ok:
		return fmt.Errorf("--as %q: want one of %s", req.As, strings.Join(ResolveChoices(), ", "))
	case c.outageEdges && c.ending:
		return fmt.Errorf("case %s has ended (%s) and acts on no starter resolve", c.id, c.state)
	case c.outageEdges && c.waitWant == nil:
		// Nothing would read it: a sleep, a send between two waits, or a
		// resolve accepted already.
		return fmt.Errorf("case %s is %s and reads no starter resolve now (it waits for no mail, or acts on one "+
			"already); run it again when starter status shows it waiting for mail", c.id, c.state)
	}
	if _, ok := c.resolvableMail(req.MessageID); !ok {
		return fmt.Errorf("case %s has no mail %s to resolve (starter status %s lists them)", c.id, req.MessageID, c.id)
	}
	if !takesReading(kind, c.waitWant) {
		return fmt.Errorf("case %s is %s and is not waiting for %s", c.id, c.state, req.As)
	}
	return nil
}

// resolved is the mail as the operator read it, or nil when they said
// it is other mail (then it is only recorded).
func (c *caseRun) resolved(ctx workflow.Context, req ResolveRequest) *MailEvent {
	ev, _ := c.resolvableMail(req.MessageID)
	c.forgetResolvable(req.MessageID)
	// The operator's reading stands in for certflow's, not for its other
	// checks: under the approve policy a consent still waits for approve.
	ev.Kind, ev.ResolvedBy = resolveKinds[req.As], true
	if ev.Kind == MailAWSOther {
		c.record(ctx, fmt.Sprintf("the operator read mail %s as other mail; nothing changes", req.MessageID))
		return nil
	}
	c.record(ctx, fmt.Sprintf("the operator read mail %s from %s as %s (starter resolve); the case acts on it",
		ev.MessageID, ev.From, req.As))
	return &ev
}

// resolveHint is the command that settles a mail, for the operator's alert.
func (c *caseRun) resolveHint(ev MailEvent, as string) string {
	return fmt.Sprintf("starter resolve %s %s --as %s", c.id, ev.MessageID, as)
}

// unwanted handles mail that is not what the wait w waits for: a bounce, an
// auto-reply, AWS's other mail, a reply that cannot be read, or anything
// else. Nothing here moves the case on, and nothing answers the sender.
func (c *caseRun) unwanted(ctx workflow.Context, ev MailEvent, w wait) error {
	switch {
	case ev.Kind == MailAutoReply:
		c.record(ctx, fmt.Sprintf("automatic reply from %s (%q): nothing to do", ev.From, ev.Subject))
		return nil
	case ev.Kind == MailBounce:
		return c.bounced(ctx, ev)
	case ev.Kind == MailAWSOther:
		what := "AWS wrote"
		switch ev.Sub {
		case "acknowledgement":
			what = "AWS acknowledged the request"
		case "more_info":
			what = "AWS asks for more information"
		case "refusal":
			what = "AWS refuses the merge"
		}
		why := fmt.Sprintf("%s (%q, Message-ID %s): %q. certflow did not read it as what %s waits for. "+
			"If it is, run: %s", what, ev.Subject, ev.MessageID, ev.Excerpt, w.state,
			c.resolveHint(ev, strings.Join(awsChoices(w.want), "|")))
		if !ev.Authenticated {
			why += ". Beware: this mail is not authenticated (" + strings.Join(ev.Trust, "; ") +
				"); anyone can write it, so resolve it only if you know it is AWS's"
		}
		if ev.Sub == "refusal" {
			c.setState(ctx, StateNeedsAttention)
		}
		// Paced: anyone can send a case mail, so mail alerts at most hourly.
		return c.alertAboutMail(ctx, why)
	case w.fromPeople && c.fromPerson(ev.From) && ev.Kind == MailUnknown:
		leans := ""
		if ev.Lean != "" {
			leans = fmt.Sprintf(" (it leans to %s, which this wait does not take from a lean)", ev.Lean)
		}
		return c.alertAboutMail(ctx, fmt.Sprintf("a reply from %s (%q, Message-ID %s) could not be read as an answer%s: %q. "+
			"If it is one, run: %s", ev.From, ev.Subject, ev.MessageID, leans, ev.Excerpt,
			c.resolveHint(ev, strings.Join(peopleChoices(w.want), "|"))))
	}
	c.record(ctx, fmt.Sprintf("mail %q (%s) is not what %s waits for; kept in the history", ev.Subject, ev.Kind, w.state))
	return nil
}

// bounced handles a delivery report: a permanent failure needs a person
// (the mail never arrived), a delay is only recorded.
func (c *caseRun) bounced(ctx workflow.Context, ev MailEvent) error {
	b := ev.Bounce
	if b == nil {
		b = &BounceInfo{Permanent: true}
	}
	what := fmt.Sprintf("the mail %s to %s", orUnknown(b.ReturnedID), orUnknown(b.Recipient))
	if !b.Permanent {
		c.record(ctx, fmt.Sprintf("delivery delayed: %s (%s %s); the mail server goes on trying",
			what, b.Status, b.Diagnostic))
		return nil
	}
	// Bounces are unauthenticated: the state says a person is needed at
	// once, the alert is paced like any other that mail causes.
	c.setState(ctx, StateNeedsAttention)
	return c.alertAboutMail(ctx, fmt.Sprintf("%s could not be delivered: %s %s (report from %s, %q). "+
		"The case goes on waiting; check the address, and send the mail again by hand or cancel the case",
		what, b.Status, b.Diagnostic, ev.From, ev.Subject))
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

func awsChoices(want []MailKind) []string {
	var out []string
	for _, k := range want {
		switch k {
		case MailConsentRequest:
			out = append(out, "consent_request")
		case MailCompleted:
			out = append(out, "completed")
		}
	}
	return append(out, "other")
}

func peopleChoices(want []MailKind) []string {
	var out []string
	for _, c := range []struct {
		as string
		k  MailKind
	}{{"done", MailReplyDone}, {"no", MailReplyNo}, {"submitted", MailReplySubmitted}, {"yes", MailReplyYes}} {
		if wanted(c.k, want) {
			out = append(out, c.as)
		}
	}
	if len(out) == 0 {
		return []string{"other"}
	}
	return out
}
