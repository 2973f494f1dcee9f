package workflows

import "go.temporal.io/sdk/workflow"

// versionTrustedLists marks the changes that keep a stranger's mail from
// pushing trusted mail out of what a case keeps: version 1 keeps mail for
// the next wait so that untrusted mail never evicts mail that would be
// trusted when acted on; version 2 keeps strangers' mail from pushing AWS's
// or the case's people's mail off the list `starter resolve` reads; version 3
// keeps the held mails as a list, and `starter approve` names the one it
// vouches for (heldmail.go).
const versionTrustedLists = "trusted-lists"

// trustedListsVersion is the newest change of versionTrustedLists.
const trustedListsVersion = 3

// takeTrustedLists reads which of versionTrustedLists' changes the case has.
func (c *caseRun) takeTrustedLists(ctx workflow.Context) {
	c.trusted = int(workflow.GetVersion(ctx, versionTrustedLists, workflow.DefaultVersion, trustedListsVersion))
}

// untrustedEarly says why ev would not be acted on when the wait after this
// one takes it ("" when it would be): mail anyone can write must not take
// the place of mail that is trusted. Whether AWS's mail is about this case
// is checked when it is taken (the case may learn its AWS case number
// before then).
func (c *caseRun) untrustedEarly(ev MailEvent) string {
	switch {
	case isAnswer(ev.Kind) && !c.fromPerson(ev.From):
		return "it is from " + ev.From + ", who is not one of the case's people"
	case isAWS(ev.Kind) && ev.ForwardedBy != "":
		return "it was forwarded by " + ev.ForwardedBy + ", so it cannot be authenticated"
	case !ev.Authenticated:
		return "it is not authenticated"
	}
	return ""
}

// earlyRank orders mail kept for the next wait for eviction: untrusted
// mail (1) goes before trusted (0).
func (c *caseRun) earlyRank(ev MailEvent) int {
	if c.untrustedEarly(ev) != "" {
		return 1
	}
	return 0
}

// boundByRank cuts list to max entries by dropping, one at a time, the
// oldest of those with the highest rank (the least trusted), and returns
// what it dropped: a stranger's mail pushes out a stranger's, never mail
// that is trusted more.
func boundByRank(list []MailEvent, max int, rank func(MailEvent) int) (kept, dropped []MailEvent) {
	for len(list) > max {
		worst := 0
		for i, ev := range list {
			if rank(ev) > rank(list[worst]) {
				worst = i
			}
		}
		dropped = append(dropped, list[worst])
		list = append(list[:worst:worst], list[worst+1:]...)
	}
	return list, dropped
}

// orTrusted is why, or that the mail was trusted.
func orTrusted(why string) string {
	if why == "" {
		return "the oldest, all trusted"
	}
	return why
}

// senderRank orders the mail `starter resolve` may read for eviction:
// AWS's authenticated mail and the authenticated mail of the case's people
// or the operator (0), then mail that claims to be AWS's or theirs (1),
// then everyone else's (2). Anyone can mail a case, so a stranger's flood
// only pushes out a stranger's mail.
func (c *caseRun) senderRank(ev MailEvent) int {
	switch {
	case ev.Kind == MailAWSOther && ev.Authenticated && ev.ForwardedBy == "", c.ownMail(ev):
		return 0
	case ev.Kind == MailAWSOther, c.fromPerson(ev.From):
		return 1
	}
	return 2
}
