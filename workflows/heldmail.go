package workflows

import (
	"fmt"
	"strings"

	"go.temporal.io/sdk/workflow"
)

// maxHeld bounds the held mails of each class (AWS's word, answers) a case
// keeps for `starter approve MESSAGE-ID`: one class never pushes the other
// out, and past the bound the oldest of the same class goes.
const maxHeld = 8

// ApproveRequest is `starter approve CASE [MESSAGE-ID]`: MessageID names the
// held mail the operator vouches for. Without it the case acts on its only
// held mail, or (under CERTFLOW_MERGE_REPLY_POLICY=approve) sends the consent.
type ApproveRequest struct {
	MessageID string `json:"message_id,omitempty"`
}

// heldByID is versionTrustedLists 3: approve names the held mail.
func (c *caseRun) heldByID() bool { return c.trusted >= 3 }

// keepHeld adds ev to the held mails (replacing one with its Message-ID),
// dropping the oldest of its class past maxHeld, and makes it c.held.
func (c *caseRun) keepHeld(ctx workflow.Context, ev MailEvent) {
	var kept []MailEvent
	same := 0 // held mails of ev's class, ev included
	for _, h := range c.heldMails {
		if h.MessageID != ev.MessageID {
			kept = append(kept, h)
			if isAWS(h.Kind) == isAWS(ev.Kind) {
				same++
			}
		}
	}
	kept = append(kept, ev)
	same++
	for i := 0; same > maxHeld; {
		if h := kept[i]; isAWS(h.Kind) == isAWS(ev.Kind) {
			c.record(ctx, fmt.Sprintf("held mail %s from %s is no longer held (at most %d of its kind); kept in the history",
				h.MessageID, h.From, maxHeld))
			kept = append(kept[:i:i], kept[i+1:]...)
			same--
			continue
		}
		i++
	}
	c.heldMails = kept
	c.held = &ev
}

// heldMail returns the held mail with Message-ID id.
func (c *caseRun) heldMail(id string) (MailEvent, bool) {
	for _, h := range c.heldMails {
		if h.MessageID == id {
			return h, true
		}
	}
	return MailEvent{}, false
}

// heldIDs lists the held mails' Message-IDs, for the operator.
func (c *caseRun) heldIDs() string {
	var ids []string
	for _, h := range c.heldMails {
		ids = append(ids, h.MessageID)
	}
	return strings.Join(ids, ", ")
}

// validateApprove refuses an approve that does not say which of several
// held mails it vouches for, or names one that is not held: a stranger's
// mail held after the one the operator read must not be what they approve.
func (c *caseRun) validateApprove(req ApproveRequest) error {
	if err := c.approveNotNow(); err != nil {
		return err
	}
	refuse := fmt.Errorf("case %s is %s and is not waiting for %s", c.id, c.state, UpdateApprove)
	if !c.heldByID() {
		// A case from before the list holds one mail; an ID (no approve
		// recorded before it had one) must name that mail.
		if req.MessageID != "" && (c.held == nil || c.held.MessageID != req.MessageID) {
			return fmt.Errorf("case %s does not hold mail %s", c.id, req.MessageID)
		}
		if !c.takesUpdate(c.waitingFor, UpdateApprove) {
			return refuse
		}
		return nil
	}
	switch {
	case req.MessageID != "":
		if _, ok := c.heldMail(req.MessageID); !ok {
			if len(c.heldMails) == 0 {
				return fmt.Errorf("case %s holds no mail %s (it holds none)", c.id, req.MessageID)
			}
			return fmt.Errorf("case %s holds no mail %s; it holds: %s", c.id, req.MessageID, c.heldIDs())
		}
	case len(c.heldMails) > 1:
		return fmt.Errorf("case %s holds %d mails (%s); name the one you vouch for: starter approve %s MESSAGE-ID",
			c.id, len(c.heldMails), c.heldIDs(), c.id)
	case len(c.heldMails) == 0 && !c.takesUpdate(c.waitingFor, UpdateApprove):
		return refuse
	}
	return nil
}

// approveNotNow refuses an approve the case would never act on: it has
// ended or is ending (finish reads no approve), or an approve it accepted
// has yet to be acted on (its channel holds one, and a second was dropped
// unseen). Validators are not replayed, so this needs no version.
func (c *caseRun) approveNotNow() error {
	switch {
	case c.ending:
		return fmt.Errorf("case %s has ended (%s) and acts on no %s; what it held is in its history: starter status %s",
			c.id, c.state, UpdateApprove, c.id)
	case c.approveCh.Len() > 0:
		return fmt.Errorf("case %s has an %s it has yet to act on; see starter status %s", c.id, UpdateApprove, c.id)
	}
	return nil
}

// approved is what an accepted approve makes the case act on: the held mail
// it names (vouched for), or the operator's word for the approve policy.
// It is nil when the named mail is no longer held.
func (c *caseRun) approved(ctx workflow.Context, req ApproveRequest) *MailEvent {
	if !c.heldByID() {
		if c.held != nil {
			ev := *c.held
			ev.Vouched = true
			c.record(ctx, fmt.Sprintf("the operator vouched for the held mail %s from %s; the case acts on it",
				ev.MessageID, ev.From))
			return &ev
		}
		return &MailEvent{Kind: MailConfirmedByOperator}
	}
	if req.MessageID == "" { // approveUpdate named the only held mail, if any
		return &MailEvent{Kind: MailConfirmedByOperator}
	}
	ev, ok := c.heldMail(req.MessageID)
	if !ok {
		c.record(ctx, fmt.Sprintf("the operator approved mail %s, which is no longer held; nothing changes", req.MessageID))
		return nil
	}
	ev.Vouched = true
	c.record(ctx, fmt.Sprintf("the operator vouched for the held mail %s from %s; the case acts on it",
		ev.MessageID, ev.From))
	return &ev
}

// approveHint is the command that vouches for the held mail ev.
func (c *caseRun) approveHint(ev MailEvent) string {
	if c.heldByID() {
		return "starter approve " + c.id + " " + ev.MessageID
	}
	return "starter approve " + c.id
}

// approveUpdate registers `starter approve`. An approve without a
// Message-ID names the held mail when there is exactly one as it is
// accepted, so mail held after that is not what it vouches for.
func (c *caseRun) approveUpdate(ctx workflow.Context) error {
	return workflow.SetUpdateHandlerWithOptions(ctx, UpdateApprove,
		func(ctx workflow.Context, req ApproveRequest) (string, error) {
			c.waitingFor = "" // a second call before the case moves on is refused
			if c.heldByID() && req.MessageID == "" && len(c.heldMails) == 1 {
				req.MessageID = c.heldMails[0].MessageID
			}
			if !c.approveCh.SendAsync(req) && c.outageEdges {
				return "", fmt.Errorf("case %s acts on a %s already; run it again once it has", c.id, UpdateApprove)
			}
			if req.MessageID != "" && c.heldByID() {
				return fmt.Sprintf("case %s: %s of mail %s accepted", c.id, UpdateApprove, req.MessageID), nil
			}
			return fmt.Sprintf("case %s: %s accepted", c.id, UpdateApprove), nil
		},
		workflow.UpdateHandlerOptions{Validator: func(req ApproveRequest) error { return c.validateApprove(req) }})
}
