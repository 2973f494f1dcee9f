package activities

import (
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/templates"
)

// dovecotLimited returns the Dovecot address where it keeps its default
// limit of 10 connections per user and IP (.ci/mailservers), and the
// password and domain; it skips only where CERTFLOW_TEST_IMAP_ADDR is unset.
func dovecotLimited(t *testing.T) (imapAddr, smtpAddr, password, domain string) {
	t.Helper()
	if os.Getenv("CERTFLOW_TEST_IMAP_ADDR") == "" {
		t.Skip("CERTFLOW_TEST_IMAP_ADDR is not set: no Dovecot to test against (.ci/run starts one)")
	}
	imapAddr, smtpAddr = os.Getenv("CERTFLOW_TEST_IMAP_LIMITED_ADDR"), os.Getenv("CERTFLOW_TEST_SMTP_ADDR")
	password, domain = os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD"), os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN")
	if imapAddr == "" || smtpAddr == "" || password == "" || domain == "" {
		t.Fatal("CERTFLOW_TEST_IMAP_ADDR is set but CERTFLOW_TEST_IMAP_LIMITED_ADDR, _SMTP_ADDR, _MAIL_PASSWORD or _MAIL_DOMAIN is not")
	}
	return imapAddr, smtpAddr, password, domain
}

// loginRefusedOverLimit proves the limit is there: with 10 sessions open,
// an 11th login is refused. Sessions just closed may still count for a
// moment, so a refusal before the 11th starts the proof again.
func loginRefusedOverLimit(t *testing.T, addr, user, password string) {
	t.Helper()
	for try := 0; try < 50; try++ {
		open, eleventh := openSessions(t, addr, user, password, 11)
		for _, c := range open {
			c.Logout().Wait()
			c.Close()
		}
		switch {
		case len(open) < 10:
			time.Sleep(100 * time.Millisecond)
		case eleventh == nil:
			t.Fatalf("an 11th session of %s logged in at %s: this Dovecot has no limit of 10 to test against", user, addr)
		default:
			t.Logf("11th login refused: %v", eleventh)
			return
		}
	}
	t.Fatal("10 sessions never logged in at once")
}

// openSessions logs in up to n sessions, stopping at the first refusal;
// it returns the sessions logged in and the refusal.
func openSessions(t *testing.T, addr, user, password string, n int) ([]*imapclient.Client, error) {
	var open []*imapclient.Client
	for range n {
		c, err := imapclient.DialInsecure(addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Login(user, password).Wait(); err != nil {
			c.Close()
			return open, err
		}
		open = append(open, c)
	}
	return open, nil
}

// A burst of 200 sends against Dovecot's default connection limit: every
// send succeeds at once (none refused, none retried), with three logins.
func TestDovecotBurstOfSendsStaysUnderConnectionLimit(t *testing.T) {
	imapAddr, smtpAddr, password, domain := dovecotLimited(t)
	user := "sender@" + domain // this test's alone: no other test's sessions count against its limit
	// As the worker builds it: SMTP sessions bounded too (OpenSMTPD resets
	// some of 200 connections opened at once).
	sender, err := send.NewSender(send.Config{Address: smtpAddr, TLS: "none", Sessions: 5})
	if err != nil {
		t.Fatal(err)
	}
	a := &Activities{
		Config: config.Worker{
			IMAP: config.IMAP{Address: imapAddr, Username: user, Password: password, TLS: "none",
				Watchdog: 30 * time.Second, SentFolder: "Sent", SentSessions: 3},
			Mail: config.Mail{From: user, FromName: "certflow"},
		},
		Sender: sender, Templates: templates.New(""), Logger: slog.New(slog.DiscardHandler), Metrics: metrics.New(),
	}
	defer a.Close()
	before := sentCount(t, imapAddr, user, password)
	const mails = 200
	run := time.Now().UnixNano()
	var wg sync.WaitGroup
	errs := make(chan error, mails)
	for i := range mails {
		wg.Add(1)
		go func() {
			defer wg.Done()
			env := quietSuite().NewTestActivityEnvironment()
			env.RegisterActivity(a.SendMail)
			in := request(fmt.Sprintf("burst-%d-%d", run, i))
			in.To = []string{"sender+burst@" + domain}
			_, err := env.ExecuteActivity(a.SendMail, in)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("a send of the burst failed: %v", err)
		}
	}
	if got := sentCount(t, imapAddr, user, password) - before; got != mails {
		t.Errorf("Sent gained %d copies, want %d", got, mails)
	}
	rec := httptest.NewRecorder()
	a.Metrics.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	m := regexp.MustCompile(`certflow_imap_logins_total\{purpose="sent"\} (\d+)`).FindStringSubmatch(rec.Body.String())
	if m == nil {
		t.Fatal("/metrics has no certflow_imap_logins_total{purpose=\"sent\"}")
	}
	if logins, _ := strconv.Atoi(m[1]); logins > 3 {
		t.Errorf("%d sends made %d IMAP logins, want at most 3", mails, logins)
	}
	a.Close()
	loginRefusedOverLimit(t, imapAddr, user, password)
}

func sentCount(t *testing.T, addr, user, password string) int {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, password).Wait(); err != nil {
		t.Fatal(err)
	}
	st, err := c.Status("Sent", &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return int(*st.NumMessages)
}
