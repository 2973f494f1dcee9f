package workflows

// maxCarriedTrustedSeen bounds CaseCarry.SeenTrusted: a case takes a
// handful of such mails (AWS's word, its people's answers).
const maxCarriedTrustedSeen = 100

// unfloodable reports whether ev is trusted mail, which a flood cannot shut
// out (the case's cap lets it through): AWS's authenticated word, the
// authenticated mail of the case's own people, or mail the operator
// attached. Strangers cannot make such mail, so its Message-IDs can be kept
// apart from theirs.
func (c *caseRun) unfloodable(ev MailEvent, attached bool) bool {
	return attached || (isAWS(ev.Kind) && ev.Authenticated) || c.ownMail(ev)
}

// markTrustedSeen remembers, apart from the rest, the Message-ID of trusted
// mail the case has taken. The carry holds only the newest maxCarriedSeen of
// all the IDs seen, so strangers' mail alone would push out the IDs of the
// mail that moved the case, and a redelivery (a UIDVALIDITY change, a
// watcher restarted without its state) would move it again.
func (c *caseRun) markTrustedSeen(id string) {
	if id == "" || c.trustedSet[id] {
		return
	}
	if c.trustedSet == nil {
		c.trustedSet = map[string]bool{}
	}
	c.trustedSet[id] = true
	c.trustedOrder = append(c.trustedOrder, id)
}

// carryTrustedSeen puts the newest IDs of trusted mail into cr.
func (c *caseRun) carryTrustedSeen(cr *CaseCarry) {
	cr.SeenTrusted = c.trustedOrder
	if n := len(cr.SeenTrusted); n > maxCarriedTrustedSeen {
		cr.SeenTrusted = cr.SeenTrusted[n-maxCarriedTrustedSeen:]
	}
}

// resumeTrustedSeen takes the IDs of trusted mail carried from the run
// before: seen, and carried on.
func (c *caseRun) resumeTrustedSeen(cr *CaseCarry) {
	for _, id := range cr.SeenTrusted {
		id = truncate(id, maxFieldBytes)
		c.markSeen(id)
		c.markTrustedSeen(id)
	}
}
