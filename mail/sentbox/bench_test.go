package sentbox

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/mail/imapconn"
)

// BenchmarkDovecotSend measures what a send costs on the IMAP side (the
// Sent check by Message-ID, then the copy's APPEND) in folders of 1,000 and
// 100,000 older copies, stored at the same pace (274 a day, so the larger
// folder spans a year, the smaller its last 3.65 days): what differs is
// only how full the folder is. It runs against the Dovecot .ci/mailservers starts
// (`. STATE_DIR/env` first) and fills the folders on its first run, which
// takes minutes for the large one:
//
//	go test -run '^$' -bench BenchmarkDovecotSend -benchtime 300x ./mail/sentbox
func BenchmarkDovecotSend(b *testing.B) {
	addr := os.Getenv("CERTFLOW_TEST_IMAP_ADDR")
	if addr == "" {
		b.Skip("CERTFLOW_TEST_IMAP_ADDR is not set: no Dovecot to measure (.ci/mailservers starts one)")
	}
	user, password := "certs@"+os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN"), os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD")
	conn := imapconn.Config{Address: addr, Username: user, Password: password, TLS: "none", Timeout: time.Minute}
	for _, size := range []int{1000, 100000} {
		folder := fmt.Sprintf("BenchSent%d", size)
		fill(b, addr, user, password, folder, size)
		b.Run(fmt.Sprintf("sent=%d", size), func(b *testing.B) {
			box := New(conn, folder, imapconn.PoolConfig{Size: 1})
			defer box.Close()
			ctx := context.Background()
			run := time.Now().UnixNano()
			var checking, storing time.Duration
			b.ResetTimer()
			for i := range b.N {
				id := fmt.Sprintf("certflow.request.bench-%d-%d@example.test", run, i)
				start := time.Now()
				found, err := box.Contains(ctx, id, time.Now())
				if err != nil || found {
					b.Fatalf("Contains(%s) = %v, %v", id, found, err)
				}
				checked := time.Now()
				raw := "From: certs@example.test\r\nTo: desk@aws.example.test\r\nMessage-ID: <" + id + ">\r\nSubject: bench\r\n\r\nbody\r\n"
				if err := box.Store(ctx, []byte(raw), time.Now()); err != nil {
					b.Fatal(err)
				}
				checking += checked.Sub(start)
				storing += time.Since(checked)
			}
			// The check (SELECT, SEARCH) and the APPEND apart: the first is
			// certflow's choice of search, the second the server's cost of
			// filing a message.
			b.ReportMetric(float64(checking.Microseconds())/1000/float64(b.N), "check-ms/op")
			b.ReportMetric(float64(storing.Microseconds())/1000/float64(b.N), "append-ms/op")
		})
	}
}

// fill brings folder to at least n messages, 274 a day up to now.
func fill(b *testing.B, addr, user, password, folder string, n int) {
	b.Helper()
	c := login(b, addr, user, password)
	c.Create(folder, nil).Wait() // exists already on a later run
	st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
	c.Close()
	if err != nil {
		b.Fatal(err)
	}
	have := int(*st.NumMessages)
	if have >= n {
		return
	}
	const workers = 6
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := login(b, addr, user, password)
			defer c.Close()
			for i := have + w; i < n; i += workers {
				at := time.Now().Add(-time.Duration(n-i) * (365 * 24 * time.Hour / 100000))
				raw := fmt.Sprintf("From: certs@example.test\r\nTo: desk@aws.example.test\r\nMessage-ID: <fill-%d@example.test>\r\nSubject: old\r\n\r\nbody\r\n", i)
				cmd := c.Append(folder, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: at})
				if _, err := cmd.Write([]byte(raw)); err != nil {
					errs <- err
					return
				}
				if err := cmd.Close(); err != nil {
					errs <- err
					return
				}
				if _, err := cmd.Wait(); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
}

func login(b *testing.B, addr, user, password string) *imapclient.Client {
	b.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := c.Login(user, password).Wait(); err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkDovecotSentCommands times each IMAP command of a send's IMAP
// side apart, in the folders BenchmarkDovecotSend fills, in two ways of
// using a session: "reselect" opens the folder anew for every check
// (EXAMINE, then the SEARCH), "kept" keeps it selected and asks NOOP for
// what changed since; then the copy's APPEND, from the same session, or
// ("kept-other") from a second one, as another send of the pool or another
// worker stores copies.
//
//	go test -run '^$' -bench BenchmarkDovecotSentCommands -benchtime 100x ./mail/sentbox
func BenchmarkDovecotSentCommands(b *testing.B) {
	addr := os.Getenv("CERTFLOW_TEST_IMAP_ADDR")
	if addr == "" {
		b.Skip("CERTFLOW_TEST_IMAP_ADDR is not set: no Dovecot to measure (.ci/mailservers starts one)")
	}
	user, password := "certs@"+os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN"), os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD")
	conf := imapconn.Config{Address: addr, Username: user, Password: password, TLS: "none", Timeout: time.Minute}
	for _, size := range []int{1000, 100000} {
		folder := fmt.Sprintf("BenchSent%d", size)
		fill(b, addr, user, password, folder, size)
		for _, mode := range []string{"reselect", "kept", "kept-other"} {
			b.Run(fmt.Sprintf("sent=%d/%s", size, mode), func(b *testing.B) {
				conn, err := imapconn.Dial(conf, nil)
				if err != nil {
					b.Fatal(err)
				}
				defer conn.Close()
				appender := conn
				if mode == "kept-other" {
					if appender, err = imapconn.Dial(conf, nil); err != nil {
						b.Fatal(err)
					}
					defer appender.Close()
				}
				box := &Box{bounds: map[boundKey]imap.UID{}}
				sel, err := conn.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
				if err != nil {
					b.Fatal(err)
				}
				day := time.Now().Add(-SearchMargin).UTC().Truncate(24 * time.Hour)
				from, err := box.firstUIDSince(conn, sel, day)
				if err != nil {
					b.Fatal(err)
				}
				run := time.Now().UnixNano()
				var opening, searching, appending time.Duration
				b.ResetTimer()
				for i := range b.N {
					id := fmt.Sprintf("certflow.request.cmd-%d-%d@example.test", run, i)
					t0 := time.Now()
					if mode == "reselect" {
						_, err = conn.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
					} else {
						err = conn.Noop().Wait()
					}
					if err != nil {
						b.Fatal(err)
					}
					t1 := time.Now()
					criteria := &imap.SearchCriteria{Since: day, UID: []imap.UIDSet{{imap.UIDRange{Start: from, Stop: 0}}},
						Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + id + ">"}}}
					data, err := conn.UIDSearch(criteria, nil).Wait()
					if err != nil || len(data.AllUIDs()) > 0 {
						b.Fatalf("search: %v, %v", data, err)
					}
					t2 := time.Now()
					raw := "From: certs@example.test\r\nTo: desk@aws.example.test\r\nMessage-ID: <" + id + ">\r\nSubject: bench\r\n\r\nbody\r\n"
					cmd := appender.Append(folder, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: time.Now()})
					if _, err := cmd.Write([]byte(raw)); err != nil {
						b.Fatal(err)
					}
					if err := cmd.Close(); err != nil {
						b.Fatal(err)
					}
					if _, err := cmd.Wait(); err != nil {
						b.Fatal(err)
					}
					opening, searching, appending = opening+t1.Sub(t0), searching+t2.Sub(t1), appending+time.Since(t2)
				}
				per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
				b.ReportMetric(per(opening), "open-ms/op") // EXAMINE or NOOP
				b.ReportMetric(per(searching), "search-ms/op")
				b.ReportMetric(per(appending), "append-ms/op")
			})
		}
	}
}
