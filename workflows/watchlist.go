package workflows

import "unicode/utf8"

// The watcher's lists travel in its continue-as-new input, which the server
// refuses past 2 MiB (and then terminates the watcher). Anyone can mail the
// folder, so every list is bounded by count and by bytes, and every field a
// stranger writes is truncated. The mail itself stays in its folder, so an
// entry that falls off a list is still there to be found; how many fell off
// is counted.
const (
	// maxListed is the most entries a list keeps (the newest).
	maxListed = 500
	// maxListedBytes bounds one list's size, so both lists and the rest of
	// the input stay well under the server's 2 MiB.
	maxListedBytes = 256 << 10
	// maxFieldBytes bounds each text field of an entry (subject, reason,
	// sender, Message-ID, each trust note).
	maxFieldBytes = 512
	// maxTrustNotes bounds how many trust notes an entry keeps.
	maxTrustNotes = 8
)

// truncate cuts s to at most n bytes on a character boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const mark = "…"
	cut := n - len(mark)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + mark
}

// boundEntry truncates what a stranger wrote in u.
func boundEntry(u UnmatchedMail) UnmatchedMail {
	u.MessageID = truncate(u.MessageID, maxFieldBytes)
	u.From = truncate(u.From, maxFieldBytes)
	u.Subject = truncate(u.Subject, maxFieldBytes)
	u.Reason = truncate(u.Reason, maxFieldBytes)
	u.ForwardedBy = truncate(u.ForwardedBy, maxFieldBytes)
	u.AwsCase = truncate(u.AwsCase, 64)
	u.Kind = MailKind(truncate(string(u.Kind), 64))
	if len(u.Trust) > maxTrustNotes {
		u.Trust = append(u.Trust[:maxTrustNotes:maxTrustNotes], "…")
	}
	trust := make([]string, 0, len(u.Trust))
	for _, t := range u.Trust {
		trust = append(trust, truncate(t, maxFieldBytes))
	}
	if len(trust) > 0 {
		u.Trust = trust
	}
	return u
}

// entryBytes is about what u costs in the watcher's input (its JSON).
func entryBytes(u UnmatchedMail) int {
	n := 200 + len(u.MessageID) + len(u.From) + len(u.Subject) + len(u.Reason) + len(u.ForwardedBy) + len(u.AwsCase) + len(u.Kind)
	for _, t := range u.Trust {
		n += len(t) + 3
	}
	return n
}

// boundList keeps the newest entries of list within maxListed and
// maxListedBytes, adding the number it dropped to *dropped.
func boundList(list []UnmatchedMail, dropped *int) []UnmatchedMail {
	size := 0
	keep := len(list)
	for i := len(list) - 1; i >= 0; i-- {
		list[i] = boundEntry(list[i])
		size += entryBytes(list[i])
		if len(list)-i > maxListed || size > maxListedBytes {
			break
		}
		keep = i
	}
	*dropped += keep
	return append([]UnmatchedMail(nil), list[keep:]...)
}

// BoundWatcherInput bounds the lists of in as the watcher does, so a
// watcher restarted from an older run's state starts within the limits.
func BoundWatcherInput(in WatcherInput) WatcherInput {
	in.Unmatched = boundList(append([]UnmatchedMail(nil), in.Unmatched...), &in.UnmatchedDropped)
	in.Quarantined = boundList(append([]UnmatchedMail(nil), in.Quarantined...), &in.QuarantinedDropped)
	in.Health.LastError = truncate(in.Health.LastError, maxFieldBytes)
	return in
}

// addListed appends u unless the same message is listed, keeping the list
// within its bounds.
func addListed(list []UnmatchedMail, dropped *int, u UnmatchedMail) []UnmatchedMail {
	u = boundEntry(u)
	for _, have := range list {
		// By Message-ID where there is one: after a UIDVALIDITY change the
		// same mail comes back under another UID.
		if (u.MessageID != "" && have.MessageID == u.MessageID) || (u.MessageID == "" && have.UID == u.UID) {
			return list
		}
	}
	return boundList(append(list, u), dropped)
}

// BoundEvent truncates what a stranger wrote in a mail before it is handed
// to a case, so that each signal, and each line of the case's history that
// quotes it, stays small however long the sender made them.
func BoundEvent(ev MailEvent) MailEvent {
	ev.Subject = truncate(ev.Subject, maxFieldBytes)
	ev.From = truncate(ev.From, maxFieldBytes)
	ev.Excerpt = truncate(ev.Excerpt, 4*maxFieldBytes)
	if len(ev.Trust) > maxTrustNotes {
		ev.Trust = ev.Trust[:maxTrustNotes]
	}
	for i, n := range ev.Trust {
		ev.Trust[i] = truncate(n, maxFieldBytes)
	}
	if len(ev.Mentions) > 20 {
		ev.Mentions = ev.Mentions[:20]
	}
	if len(ev.References) > 20 {
		ev.References = ev.References[len(ev.References)-20:]
	}
	return ev
}
