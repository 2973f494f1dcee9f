package activities

import (
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/workflows"
)

// lateReply is a reply to case merge-1, sent after the case ended.
const lateReply = "From: Taro <taro@corp.example>\r\nTo: certs+merge-1@corp.example\r\n" +
	"Message-ID: <late-1@corp.example>\r\nSubject: Re: merged?\r\n\r\nThanks, but the badge is missing.\r\n"

// appendMail puts raw into the INBOX of certs@devstack.test with flags and
// returns the folder's UIDVALIDITY.
func appendMail(t *testing.T, addr, raw string, flags ...imap.Flag) uint32 {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login("certs@devstack.test", "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	w := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Flags: flags})
	if _, err := w.Write([]byte(raw)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Wait(); err != nil {
		t.Fatal(err)
	}
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return sel.UIDValidity
}

// watchingActivities watches the INBOX of s over real IMAP for a short
// slice, with tc standing in for Temporal.
func watchingActivities(s interface{ IMAPAddr() string }, tc *temporalFault) *Activities {
	a := handOnActivities(tc)
	a.Config.IMAP = config.IMAP{Address: s.IMAPAddr(), Username: "certs@devstack.test", Password: "pw", TLS: "none",
		Watchdog: 5 * time.Second, IdleRefresh: time.Second, PollInterval: time.Second}
	a.Metrics, a.WatchSlice = metrics.New(), 2*time.Second
	return a
}

// listedReasons are the reasons of the mail tc was asked to list as unmatched.
func listedReasons(tc *temporalFault) map[string]string {
	out := map[string]string{}
	for _, s := range tc.sent() {
		if u, ok := s.arg.(workflows.UnmatchedMail); ok && s.name == workflows.SignalUnmatched {
			out[u.MessageID] = u.Reason
		}
	}
	return out
}

// Review 13b, finding 6: with no processed folder, a late reply to a case
// that has ended, which a person opened in the shared inbox (so it is
// flagged \Seen) before any watch saw it, was taken for mail handled before
// and only logged: neither listed nor counted. The watch never handed it
// on (its UID is above the highest the watcher handed on), so it is listed;
// the mail the watcher did hand on, offered again after its watermark went
// back, still is not.
func TestLateReplyAPersonOpenedIsListedWhenItsCaseHasEnded(t *testing.T) {
	s := devServer(t)
	handedBefore := strings.Replace(lateReply, "late-1@", "handed-1@", 1)
	appendMail(t, s.IMAPAddr(), handedBefore, imap.FlagSeen) // UID 1: handed on, flagged \Seen by that watch
	validity := appendMail(t, s.IMAPAddr(), lateReply, imap.FlagSeen)
	tc := &temporalFault{notRunning: map[string]bool{"merge-1": true}}
	a := watchingActivities(s, tc)
	env := quietSuite().NewTestActivityEnvironment()
	env.RegisterActivity(a.WatchMailbox)
	in := workflows.WatchMailboxInput{Mailbox: "certs@devstack.test/INBOX", Folder: "INBOX",
		Watermark: workflows.Watermark{UIDValidity: validity},
		HandedOn:  workflows.HandedMark{UIDValidity: validity, UID: 1}}
	if _, err := env.ExecuteActivity(a.WatchMailbox, in); err != nil {
		t.Fatal(err)
	}
	listed := listedReasons(tc)
	reason, late := listed["late-1@corp.example"]
	if !late || !strings.Contains(reason, "merge-1 is not running") || !strings.Contains(reason, "Seen") {
		t.Fatalf("the late reply a person opened: listed %v (%q), signals %+v; want it listed", late, reason, tc.sent())
	}
	if why, again := listed["handed-1@corp.example"]; again {
		t.Fatalf("the mail handed on before was listed again: %q", why)
	}
}
