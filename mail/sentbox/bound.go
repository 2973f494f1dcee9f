package sentbox

import (
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/mail/imapconn"
)

// SEARCH SINCE alone does not make a search cheap: Dovecot (2.3, maildir)
// reads every message's date to apply it, so a search of a Sent folder of
// 100,000 copies took 200 times as long as one of 1,000. A UID range it
// answers from its index. firstUIDSince finds, by binary search over the
// folder's messages, the first UID whose internal date reaches a day; the
// search then asks for UIDs from there on and SINCE that day. The day
// changes once a day, so the answer is kept: messages added later have
// higher UIDs and cannot make it wrong.
//
// This relies on a Sent folder's internal dates growing with its UIDs,
// which holds for copies stored as they are sent (certflow's, a mail
// client's). A message with an older date filed later (moved in, imported)
// could hide the copies before it from the search; each probe looks at
// probeWindow neighbours and counts the window as reached if any of them
// is, so it takes that many such messages in a row at a probe's place.
const probeWindow = 8

type boundKey struct {
	uidValidity uint32
	day         time.Time
}

// firstUIDSince returns a UID such that no message below it has an
// internal date on or after day.
func (b *Box) firstUIDSince(conn *imapconn.Conn, sel *imap.SelectData, day time.Time) (imap.UID, error) {
	key := boundKey{sel.UIDValidity, day}
	b.mu.Lock()
	uid, ok := b.bounds[key]
	b.mu.Unlock()
	if ok {
		return uid, nil
	}
	// reached(s) is monotonic for dates that grow with UIDs: false up to
	// some s, then true. Find the first true, keeping its window's UIDs.
	lo, hi := uint32(1), sel.NumMessages+1 // the answer is in [lo, hi]; hi means "none reached"
	bound := sel.UIDNext
	for lo < hi {
		mid := lo + (hi-lo)/2
		reached, first, err := probe(conn, mid, min(mid+probeWindow-1, sel.NumMessages), day)
		if err != nil {
			return 0, err
		}
		if reached {
			hi, bound = mid, first
		} else {
			lo = mid + 1
		}
	}
	if bound == 0 {
		bound = 1
	}
	b.mu.Lock()
	if len(b.bounds) > 64 { // a few days' worth; never grows without bound
		clear(b.bounds)
	}
	b.bounds[key] = bound
	b.mu.Unlock()
	return bound, nil
}

// probe fetches the internal dates of messages from..to (sequence numbers)
// and reports whether any is on or after day, with the lowest UID of them.
func probe(conn *imapconn.Conn, from, to uint32, day time.Time) (bool, imap.UID, error) {
	msgs, err := imapconn.Get(conn, func() ([]*imapclient.FetchMessageBuffer, error) {
		return conn.Fetch(imap.SeqSet{{Start: from, Stop: to}}, &imap.FetchOptions{UID: true, InternalDate: true}).Collect()
	})
	if err != nil {
		return false, 0, err
	}
	reached, first := false, imap.UID(0)
	for _, m := range msgs {
		if first == 0 || m.UID < first {
			first = m.UID
		}
		if !m.InternalDate.Before(day) {
			reached = true
		}
	}
	return reached, first, nil
}
