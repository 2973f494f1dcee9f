package topology

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/devstack/employee"
	"github.com/certflow/certflow/mail/message"
)

// uidNext is the UID the catch-all mailbox's next mail will get.
func uidNext(t *testing.T, e env) uint32 {
	c, sel := login(t, e, catchAllUser, "INBOX")
	defer c.Close()
	return uint32(sel.UIDNext)
}

// employees plays the share cases' employees: the dev stack's simulator,
// fed with what lands in the catch-all mailbox for its domain (read over
// IMAP, from UID next on, through Dovecot's restart).
func employees(ctx context.Context, t *testing.T, e env, next uint32) {
	t.Helper()
	sim, err := employee.New(ctx, employee.Config{
		Domain: employeeHosts, From: e.user(certsUser), SMTPAddr: e.smtp,
		Delay: 200 * time.Millisecond, FormDesk: deskAddress, Logger: quietLogger(),
	})
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for ctx.Err() == nil {
			next = feed(e, sim, next)
			select {
			case <-ctx.Done():
			case <-time.After(500 * time.Millisecond):
			}
		}
	}()
}

// feed hands the catch-all mailbox's mail from UID next on to the simulator
// and returns the next UID to read; an IMAP error (Dovecot restarting) only
// means trying again.
func feed(e env, sim *employee.Simulator, next uint32) uint32 {
	c, err := imapclient.DialInsecure(e.imap, nil)
	if err != nil {
		return next
	}
	defer c.Close()
	if c.Login(e.user(catchAllUser), e.password).Wait() != nil {
		return next
	}
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return next
	}
	var uids imap.UIDSet
	uids.AddRange(imap.UID(next), 0)
	section := &imap.FetchItemBodySection{Peek: true}
	msgs, err := c.Fetch(uids, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return next
	}
	sort.Slice(msgs, func(i, j int) bool { return msgs[i].UID < msgs[j].UID })
	for _, m := range msgs {
		if uint32(m.UID) < next {
			continue // "N:*" names the last message even below N
		}
		raw := m.FindBodySection(section)
		if parsed, err := message.Parse(raw); err == nil {
			for _, to := range parsed.To {
				sim.Deliver(strings.ToLower(to.Address), raw)
			}
		}
		next = uint32(m.UID) + 1
	}
	return next
}

func login(t *testing.T, e env, user, folder string) (*imapclient.Client, *imap.SelectData) {
	t.Helper()
	c, err := imapclient.DialInsecure(e.imap, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(e.user(user), e.password).Wait(); err != nil {
		c.Close()
		t.Fatalf("login %s: %v", e.user(user), err)
	}
	sel, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		c.Close()
		t.Fatalf("select %s of %s: %v", folder, e.user(user), err)
	}
	return c, sel
}

// folder reads every message of a folder.
func folder(t *testing.T, e env, user, name string) []*message.Message {
	t.Helper()
	c, sel := login(t, e, user, name)
	defer c.Close()
	if sel.NumMessages == 0 {
		return nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	msgs, err := c.Fetch(imap.SeqSetNum(seq(sel.NumMessages)...),
		&imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var out []*message.Message
	for _, m := range msgs {
		parsed, err := message.Parse(m.FindBodySection(section))
		if err != nil {
			t.Fatalf("a mail in %s/%s does not parse: %v", e.user(user), name, err)
		}
		out = append(out, parsed)
	}
	return out
}

func seq(n uint32) []uint32 {
	out := make([]uint32, 0, n)
	for i := uint32(1); i <= n; i++ {
		out = append(out, i)
	}
	return out
}

// caseOf names the case of this run a mail belongs to: certflow's own mail
// by its Message-ID (certflow.<step>.<case>.<run>@…, or without the run for
// cases started before it), an answer by what it replies to.
func caseOf(m *message.Message, cases map[string]bool) string {
	for _, id := range append([]string{m.MessageID}, append(m.InReplyTo, m.References...)...) {
		rest, ok := strings.CutPrefix(id, "certflow.")
		if !ok {
			continue
		}
		_, rest, _ = strings.Cut(rest, ".")
		c, _, _ := strings.Cut(rest, "@")
		c, _, _ = strings.Cut(c, ".") // case IDs have no dots: the run follows
		if cases[c] {
			return c
		}
	}
	return ""
}

// perCase is how many of a case's mails one folder holds when all went well.
type perCase struct{ merge, share int }

// checkMail asserts, with exact counts, that each mail of this run's cases
// is in each folder it belongs in exactly once: what certflow sent, in its
// Sent folder and in the recipient's mailbox. Its INBOX must hold each answer
// it was sent; there the simulated desk may have answered twice (its own
// watch is at least once: a reply sent just before Dovecot's restart is sent
// again), which certflow must take without sending anything twice.
func checkMail(t *testing.T, e env, ids []string) {
	t.Helper()
	cases := map[string]bool{}
	for _, id := range ids {
		cases[id] = true
	}
	sent := checkFolder(t, e, cases, certsUser, "Sent", perCase{merge: 3, share: 3}, true)
	received := checkFolder(t, e, cases, deskUser, "INBOX", perCase{merge: 2}, true)
	for id := range checkFolder(t, e, cases, catchAllUser, "INBOX", perCase{merge: 1, share: 3}, true) {
		received[id] = 1
	}
	answers := checkFolder(t, e, cases, certsUser, "INBOX", perCase{merge: 2, share: 2}, false)
	twice := 0
	for _, n := range answers {
		twice += n - 1
	}
	t.Logf("certflow sent %d mails, each once in Sent and once at its recipient; it received %d answers, "+
		"%d of them a second time", len(sent), len(answers), twice)
	for id := range sent {
		if received[id] == 0 {
			t.Errorf("%s is in Sent but reached no mailbox", id)
		}
	}
	for id := range received {
		if sent[id] == 0 {
			t.Errorf("%s reached a mailbox but is not in Sent", id)
		}
	}
}

// checkFolder counts a folder's mail of the given cases: want[kind]
// different Message-IDs per case, each exactly once where once is set. It
// returns how often each Message-ID is there.
func checkFolder(t *testing.T, e env, cases map[string]bool, user, name string, want perCase, once bool) map[string]int {
	t.Helper()
	perID, perCase := map[string]int{}, map[string]int{}
	for _, m := range folder(t, e, user, name) {
		if c := caseOf(m, cases); c != "" {
			if perID[m.MessageID] == 0 {
				perCase[c]++
			}
			perID[m.MessageID]++
		}
	}
	where := e.user(user) + "/" + name
	for id, n := range perID {
		if once && n != 1 {
			t.Errorf("%s holds %s %d times, want once", where, id, n)
		}
	}
	for c := range cases {
		w := want.merge
		if strings.Contains(c, "-s") {
			w = want.share
		}
		if perCase[c] != w {
			t.Errorf("%s holds %d different mails of case %s, want %d", where, perCase[c], c, w)
		}
	}
	return perID
}

// waitSent waits until the Sent folder holds n mails of the cases.
func waitSent(t *testing.T, e env, ids []string, n int) {
	t.Helper()
	cases := map[string]bool{}
	for _, id := range ids {
		cases[id] = true
	}
	deadline := time.Now().Add(3 * time.Minute)
	got := 0
	for time.Now().Before(deadline) {
		got = 0
		for _, m := range folder(t, e, certsUser, "Sent") {
			if caseOf(m, cases) != "" {
				got++
			}
		}
		if got == n {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("Sent holds %d mails of the cases, want %d", got, n)
}
