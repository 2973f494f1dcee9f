package workflows

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf8"
)

// The watcher's lists travel in its continue-as-new input, which the server
// refuses past 2 MiB (and then terminates the watcher). Anyone can mail the
// folder, so every list is bounded by count and by bytes, and every field a
// stranger writes is truncated. Mail that is listed by the watch stays in
// its folder, so an entry that falls off is still there to be found; mail a
// case handed back has left the folder's unread mail, so those entries fall
// off last (boundHandBacksLast). How many fell off is counted.
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
	u.Lean = MailKind(truncate(string(u.Lean), 64))
	u.Mentions = boundEach(u.Mentions, maxTrustNotes, true, cutTo(maxAddressBytes))
	u.Asks = boundEach(u.Asks, maxTrustNotes, true, cutTo(maxFieldBytes))
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
	n := 200 + len(u.MessageID) + len(u.From) + len(u.Subject) + len(u.Reason) + len(u.ForwardedBy) +
		len(u.AwsCase) + len(u.Kind) + len(u.Lean)
	for _, list := range [][]string{u.Trust, u.Mentions, u.Asks} {
		for _, t := range list {
			n += len(t) + 3
		}
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

// handedBackByCase reports whether a case handed u back: the watch lists
// mail with its UID, a case hands mail back without one. Its mail has left
// the folder's unread mail (moved to the processed folder, or flagged
// \Seen), so the entry is what points at it.
func handedBackByCase(u UnmatchedMail) bool { return u.UID == 0 }

// boundHandBacksLast keeps list within maxListed and maxListedBytes as
// boundList does, but drops the oldest entry whose mail is still unread in
// the folder first (it names no case, its case is not running: it is found
// there again), and a case's hand-back only when no such entry is left, so
// a stranger's junk cannot push a hand-back off. *dropped counts all it
// dropped, *handBacks the hand-backs among them.
func boundHandBacksLast(list []UnmatchedMail, dropped, handBacks *int) []UnmatchedMail {
	size := 0
	list = append([]UnmatchedMail(nil), list...)
	for i := range list {
		list[i] = boundEntry(list[i])
		size += entryBytes(list[i])
	}
	for len(list) > maxListed || size > maxListedBytes {
		drop := 0
		for i, u := range list {
			if !handedBackByCase(u) {
				drop = i
				break
			}
		}
		if handedBackByCase(list[drop]) {
			*handBacks++
		}
		*dropped++
		size -= entryBytes(list[drop])
		list = append(list[:drop:drop], list[drop+1:]...)
	}
	return list
}

// versionWatcherHandBacks marks watchers that keep cases' hand-backs on the
// unmatched list before the mail still in the folder (boundHandBacksLast),
// count those they drop apart, and update why a mail is listed when a case
// hands back a mail that is listed already (it was attached, and the case
// ended before it read it).
const versionWatcherHandBacks = "watcher-hand-backs"

// addUnmatched is addListed for the unmatched list of st since
// versionWatcherHandBacks. It returns the hand-backs it dropped.
func addUnmatched(st *WatcherStatus, u UnmatchedMail) int {
	u = boundEntry(u)
	for i, have := range st.Unmatched {
		if (u.MessageID != "" && have.MessageID == u.MessageID) || (u.MessageID == "" && have.UID == u.UID) {
			if handedBackByCase(u) && u.Reason != have.Reason {
				st.Unmatched[i].Reason = u.Reason // its UID (if any) stays: the mail is where it was
			}
			return 0
		}
	}
	before := st.HandBacksDropped
	st.Unmatched = boundHandBacksLast(append(st.Unmatched, u), &st.UnmatchedDropped, &st.HandBacksDropped)
	return st.HandBacksDropped - before
}

// BoundWatcherInput bounds the lists of in as the watcher does, so a
// watcher restarted from an older run's state starts within the limits.
func BoundWatcherInput(in WatcherInput) WatcherInput {
	in.Unmatched = boundHandBacksLast(in.Unmatched, &in.UnmatchedDropped, &in.HandBacksDropped)
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

// Bounds of what a mail may bring into a case (see BoundEvent).
const (
	// maxIDBytes bounds a Message-ID. A longer one keeps its start and a
	// hash of the whole, so two long IDs that share a start stay two mails.
	maxIDBytes = 256
	// maxAddressBytes bounds a mail address (RFC 5321 allows 254).
	maxAddressBytes = 320
	// maxEventItems bounds each list of an event (references, mentions).
	maxEventItems = 20
	// maxTokenBytes bounds short words: a kind, an AWS case number, a status.
	maxTokenBytes = 64
	// maxExcerptBytes bounds the excerpt of the sender's own words.
	maxExcerptBytes = 4 * maxFieldBytes
)

// boundID cuts a Message-ID to maxIDBytes, keeping it unique: the cut one
// ends in a hash of the whole ID.
func boundID(id string) string {
	if len(id) <= maxIDBytes {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	tail := hex.EncodeToString(sum[:16])
	return truncate(id, maxIDBytes-len(tail)) + tail
}

// boundEach returns a copy of list with at most n items (the first when
// keepFirst, else the last), each cut by cut.
func boundEach(list []string, n int, keepFirst bool, cut func(string) string) []string {
	if len(list) == 0 {
		return list
	}
	if len(list) > n && keepFirst {
		list = list[:n]
	} else if len(list) > n {
		list = list[len(list)-n:]
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = cut(s)
	}
	return out
}

func cutTo(n int) func(string) string { return func(s string) string { return truncate(s, n) } }

// BoundEvent cuts every field of a mail by count and bytes before it is
// handed to a case, so that each signal, the case's state and each line of
// its history that quotes the mail stay small however the sender made them:
// all of it is written by whoever sent the mail. Cases apply it again to
// what they receive (a mail may come from elsewhere than the watcher).
func BoundEvent(ev MailEvent) MailEvent {
	ev.MessageID = boundID(ev.MessageID)
	ev.Kind = MailKind(truncate(string(ev.Kind), maxTokenBytes))
	ev.Lean = MailKind(truncate(string(ev.Lean), maxTokenBytes))
	ev.Subject = truncate(ev.Subject, maxFieldBytes)
	ev.From = truncate(ev.From, maxAddressBytes)
	ev.AwsCase = truncate(ev.AwsCase, maxTokenBytes)
	ev.ForwardedBy = truncate(ev.ForwardedBy, maxAddressBytes)
	ev.Watcher = truncate(ev.Watcher, maxFieldBytes)
	ev.Sub = truncate(ev.Sub, maxTokenBytes)
	ev.By = truncate(ev.By, maxTokenBytes)
	ev.Run = truncate(ev.Run, maxTokenBytes)
	ev.RepliesTo = truncate(ev.RepliesTo, maxTokenBytes)
	ev.Excerpt = truncate(ev.Excerpt, maxExcerptBytes)
	ev.Trust = boundEach(ev.Trust, maxTrustNotes, true, cutTo(maxFieldBytes))
	ev.Mentions = boundEach(ev.Mentions, maxEventItems, true, cutTo(maxAddressBytes))
	ev.Asks = boundEach(ev.Asks, maxEventItems, true, cutTo(maxFieldBytes))
	// The newest references are the ones a reply's thread needs.
	ev.References = boundEach(ev.References, maxEventItems, false, boundID)
	if b := ev.Bounce; b != nil {
		ev.Bounce = &BounceInfo{
			Permanent: b.Permanent, Status: truncate(b.Status, maxTokenBytes),
			Recipient: truncate(b.Recipient, maxAddressBytes), Diagnostic: truncate(b.Diagnostic, maxFieldBytes),
			ReturnedID: boundID(b.ReturnedID),
		}
	}
	return ev
}
