package imapwatch

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/certflow/certflow/mail/mailtest"
)

// hookProxy forwards IMAP between the watch and the in-process server. For
// each command line the watch sends, hook says what to do instead: answer
// is a tagged reply given in the server's stead ("NO …"); stall swallows
// the command and never answers it. Every byte from the server is passed on
// at no more than rate bytes a second (zero: at once).
type hookProxy struct {
	hook func(cmd string) (answer string, stall bool)
	rate int
}

func (p hookProxy) start(t *testing.T, target string) string {
	t.Helper()
	return mailtest.Relay(t, target, func(c, up net.Conn) {
		var mu sync.Mutex // both directions write to the watch
		go p.fromWatch(c, up, &mu)
		go p.fromServer(c, up, &mu)
	})
}

func (p hookProxy) fromWatch(c, up net.Conn, mu *sync.Mutex) {
	defer up.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if tag, cmd, ok := strings.Cut(strings.TrimSpace(line), " "); ok && p.hook != nil {
			answer, stall := p.hook(cmd)
			if stall {
				continue
			}
			if answer != "" {
				mu.Lock()
				_, err = fmt.Fprintf(c, "%s %s\r\n", tag, answer)
				mu.Unlock()
				if err != nil {
					return
				}
				continue
			}
		}
		if _, err := up.Write([]byte(line)); err != nil {
			return
		}
	}
}

func (p hookProxy) fromServer(c, up net.Conn, mu *sync.Mutex) {
	defer c.Close()
	buf := make([]byte, 4096)
	for {
		n, err := up.Read(buf)
		if n > 0 {
			mu.Lock()
			_, werr := c.Write(buf[:n])
			mu.Unlock()
			if werr != nil {
				return
			}
			if p.rate > 0 {
				time.Sleep(time.Duration(n) * time.Second / time.Duration(p.rate))
			}
		}
		if err != nil {
			return
		}
	}
}

// bodyFetchOf reports whether cmd downloads the body of the message uid.
func bodyFetchOf(cmd string, uid int) bool {
	return strings.HasPrefix(cmd, fmt.Sprintf("UID FETCH %d ", uid)) && strings.Contains(cmd, "BODY")
}

// runAll runs the watch, reconnecting, until rec has n messages, and
// returns the watermark it reached.
func runAll(t *testing.T, cfg Config, rec *recordAll, n int, within time.Duration) Watermark {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan Watermark, 1)
	go func() {
		done <- Run(ctx, cfg, Watermark{}, rec.handle, func(Watermark) {}, func(Health) {},
			Backoff{Initial: 10 * time.Millisecond, Max: 50 * time.Millisecond})
	}()
	deadline := time.Now().Add(within)
	for len(rec.got()) < n && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	return <-done
}

// wantListedThenNext checks that mail 1 was handed on once as a failure,
// with the error, after being tried FailLimit times, and mail 2 after it.
func wantListedThenNext(t *testing.T, got []Message, mark Watermark, errText string) {
	t.Helper()
	var last Message
	for _, m := range got {
		if m.UID == 1 {
			last = m
		}
	}
	if !last.Unfetched || !strings.Contains(last.Failure, errText) {
		t.Fatalf("mail 1 was last handed on as %+v; want it unfetched with a failure naming %q", last, errText)
	}
	if n := len(got); n < 2 || got[n-1].UID != 2 || got[n-1].Raw == nil {
		t.Fatalf("handed on %+v; want mail 2, with its body, after mail 1", got)
	}
	if mark.LastUID != 2 || mark.Failures != 0 {
		t.Fatalf("watermark %+v; want past mail 2 with no failure pending", mark)
	}
}

// Finding 5 of review 13: a server that answers NO to the download of one
// message made the watch reconnect and fetch it again, forever, and no mail
// behind it was handed on. After FailLimit failures it is handed on
// Unfetched with the server's answer, and the watch goes on.
func TestMessageTheServerRefusesIsListedAndTheWatchGoesOn(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	deliver(t, s, 2)
	var mu sync.Mutex
	refused := 0
	addr := hookProxy{hook: func(cmd string) (string, bool) {
		if bodyFetchOf(cmd, 1) {
			mu.Lock()
			refused++
			mu.Unlock()
			return "NO [UNAVAILABLE] Some messages could not be FETCHed", false
		}
		return "", false
	}}.start(t, s.IMAPAddr())
	rec := &recordAll{}
	mark := runAll(t, config(addr), rec, 2, 15*time.Second)
	wantListedThenNext(t, rec.got(), mark, "could not be FETCHed")
	mu.Lock()
	defer mu.Unlock()
	if refused != FailLimit {
		t.Fatalf("the body of mail 1 was asked for %d times, want %d", refused, FailLimit)
	}
}

// Finding 5: a download that never finishes (the watchdog cuts it) is
// tried FailLimit times, then listed, and the mail behind it is handed on.
func TestMessageWhoseDownloadStallsIsListedAndTheWatchGoesOn(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	deliver(t, s, 2)
	addr := hookProxy{hook: func(cmd string) (string, bool) { return "", bodyFetchOf(cmd, 1) }}.start(t, s.IMAPAddr())
	rec := &recordAll{}
	mark := runAll(t, config(addr), rec, 2, 20*time.Second)
	wantListedThenNext(t, rec.got(), mark, "stopped answering")
}

// Finding 5: a folder that refuses the move of one message (over quota)
// does not stop the watch: the message, already handed on, is handed on
// again as a failure to be listed, and left where it is.
func TestMessageThatCannotBeMovedIsListedAndTheWatchGoesOn(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	deliver(t, s, 2)
	addr := hookProxy{hook: func(cmd string) (string, bool) {
		if strings.HasPrefix(cmd, "UID MOVE 1 ") || strings.HasPrefix(cmd, "UID COPY 1 ") {
			return "NO [OVERQUOTA] Quota exceeded", false
		}
		return "", false
	}}.start(t, s.IMAPAddr())
	cfg := config(addr)
	cfg.ProcessedFolder = "certflow/processed"
	rec := &recordAll{}
	mark := runAll(t, cfg, rec, 2+FailLimit, 15*time.Second)
	wantListedThenNext(t, rec.got(), mark, "Quota exceeded")
	if got := folderCount(t, s.IMAPAddr(), "INBOX"); got != 1 {
		t.Fatalf("INBOX holds %d, want mail 1 left there", got)
	}
}

// Finding 5: a large message served slowly takes longer than the watchdog
// of an ordinary exchange; its download has a watchdog scaled to its size
// (at MinFetchRate), so it is handed on with its body at the first try.
func TestLargeMessageServedSlowlyIsDownloaded(t *testing.T) {
	s := startServer(t)
	big := "From: a@x.example\r\nMessage-ID: <big@x.example>\r\nSubject: big\r\n\r\n" +
		strings.Repeat(strings.Repeat("x", 76)+"\r\n", 3000) // about 230 KB
	if err := s.Deliver(user, []byte(big)); err != nil {
		t.Fatal(err)
	}
	// 100 KB/s: over two seconds for the body, against a 1 s watchdog.
	addr := hookProxy{rate: 100_000}.start(t, s.IMAPAddr())
	cfg := config(addr)
	cfg.MinFetchRate = 50_000
	rec := &recordAll{}
	runAll(t, cfg, rec, 1, 20*time.Second)
	got := rec.got()
	if len(got) != 1 || got[0].Raw == nil || len(got[0].Raw) < 200_000 {
		t.Fatalf("handed on %d messages; want the large one once, with its body", len(got))
	}
}

// The failures counted on a message travel in the watermark: a watch
// started from one that has failed FailLimit times (a worker that died
// mid-download, resumed from its heartbeat) hands it on at once without
// downloading it again, and goes on with the mail behind it.
func TestFailuresCarriedInTheWatermarkAreHonoured(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	deliver(t, s, 2)
	var mu sync.Mutex
	fetched := 0
	addr := hookProxy{hook: func(cmd string) (string, bool) {
		if bodyFetchOf(cmd, 1) {
			mu.Lock()
			fetched++
			mu.Unlock()
		}
		return "", false
	}}.start(t, s.IMAPAddr())
	rec := &recordAll{}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		eventually(t, 10*time.Second, func() bool { return len(rec.got()) >= 2 }, "the messages")
		cancel()
	}()
	// The UIDVALIDITY of the in-process server's INBOX is 1.
	from := Watermark{UIDValidity: 1, FailedUID: 1, Failures: FailLimit, LastFailure: "worker killed"}
	mark, err := Watch(ctx, config(addr), from, rec.handle, func(Watermark) {})
	if err != nil {
		t.Fatal(err)
	}
	wantListedThenNext(t, rec.got(), mark, "worker killed")
	mu.Lock()
	defer mu.Unlock()
	if fetched != 0 {
		t.Fatalf("mail 1 was downloaded %d times after its failures were carried in", fetched)
	}
}
