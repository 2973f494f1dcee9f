package mailserver

import (
	"fmt"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

func appendMessage(t testing.TB, c *imapclient.Client, folder, header string, at time.Time) {
	t.Helper()
	raw := []byte(header + "From: certs@devstack.test\r\nSubject: x\r\n\r\nbody\r\n")
	cmd := c.Append(folder, int64(len(raw)), &imap.AppendOptions{Time: at})
	if _, err := cmd.Write(raw); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
}

func searchUIDs(t testing.TB, c *imapclient.Client, criteria *imap.SearchCriteria) string {
	t.Helper()
	data, err := c.UIDSearch(criteria, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(data.AllUIDs())
}

// A search by Message-ID answers from the index exactly what the full
// scan answers (the same search with a criterion every message meets,
// which the index does not take), in a folder filled by APPEND and after
// a COPY the index did not see.
func TestSearchByMessageIDAnswersAsTheFullScan(t *testing.T) {
	srv := startServer(t, nil)
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	c := dialIMAP(t, srv, "certs@devstack.test", nil)
	now := time.Now()
	headers := []string{
		"Message-ID: <a@devstack.test>\r\n",
		"Message-ID: <A@Devstack.Test>\r\n",           // the same, as SEARCH compares case-insensitively
		"Message-ID: <b@devstack.test> (comment)\r\n", // found by substring, as imapmemserver does
		"Message-ID: <ab@devstack.test>\r\n",
		"Message-Id: <c@devstack.test>\r\n",
		"X-Other: <d@devstack.test>\r\n",
		"Message-ID: <e@devstack.test>\r\nMessage-ID: <f@devstack.test>\r\n",
		"Message-ID: <h@devstack.test> <i@devstack.test>\r\n",
	}
	for i, h := range headers {
		appendMessage(t, c, "Sent", h, now.Add(-time.Duration(i)*24*time.Hour))
	}
	if _, err := c.Select("Sent", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	check := func(stage string) {
		t.Helper()
		for _, id := range []string{"a", "b", "ab", "c", "d", "e", "f", "g", "h", "i", "devstack.test"} {
			for _, since := range []time.Time{{}, now.Add(-2 * 24 * time.Hour)} {
				criteria := &imap.SearchCriteria{Since: since,
					Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + id + "@devstack.test>"}}}
				got := searchUIDs(t, c, criteria)
				full := *criteria
				full.Larger = 1
				if want := searchUIDs(t, c, &full); got != want {
					t.Errorf("%s: search for <%s@devstack.test> since %v = %s, the full scan says %s", stage, id, since, got, want)
				}
				criteria.UID = []imap.UIDSet{{imap.UIDRange{Start: 3, Stop: 0}}}
				full.UID = criteria.UID
				if got, want := searchUIDs(t, c, criteria), searchUIDs(t, c, &full); got != want {
					t.Errorf("%s: search for <%s@devstack.test> in UIDs 3:* = %s, the full scan says %s", stage, id, got, want)
				}
			}
		}
	}
	user := "certs@devstack.test"
	if _, ok := srv.index.candidates(srv.users[user], user, "Sent", "<a@devstack.test>"); !ok {
		t.Fatal("the index does not cover a folder filled by APPEND alone")
	}
	check("appended")
	appendMessage(t, c, "INBOX", "Message-ID: <g@devstack.test>\r\n", now)
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Copy(imap.SeqSetNum(1), "Sent").Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("Sent", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, ok := srv.index.candidates(srv.users[user], user, "Sent", "<a@devstack.test>"); ok {
		t.Fatal("the index claims to cover a folder a COPY added to")
	}
	check("after a copy")
	if got := searchUIDs(t, c, &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<g@devstack.test>"}}}); got != "[9]" {
		t.Errorf("the copied message: UIDs %s, want 9", got)
	}
}

// BenchmarkSearchSentByMessageID searches a Sent folder of 30,000 copies
// (10,000 open cases, three mails each) by Message-ID, as every send does.
func BenchmarkSearchSentByMessageID(b *testing.B) {
	srv, err := Start(Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: testPassword})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		b.Fatal(err)
	}
	u := srv.users["certs@devstack.test"]
	for i := range 30000 {
		raw := fmt.Appendf(nil, "Message-ID: <certflow.request.merge-%d@devstack.test>\r\nSubject: x\r\n\r\nbody\r\n", i)
		if _, err := srv.appendIndexed(u, "certs@devstack.test", "Sent", raw, &imap.AppendOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	c, err := imapclient.DialInsecure(srv.IMAPAddr(), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	if err := c.Login("certs@devstack.test", testPassword).Wait(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := c.Select("Sent", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			b.Fatal(err)
		}
		id := fmt.Sprintf("<certflow.request.merge-%d@devstack.test>", i%30000)
		data, err := c.UIDSearch(&imap.SearchCriteria{Since: time.Now().Add(-48 * time.Hour),
			Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}}}, nil).Wait()
		if err != nil || len(data.AllUIDs()) != 1 {
			b.Fatalf("search %s: %v, %v", id, data, err)
		}
	}
}
