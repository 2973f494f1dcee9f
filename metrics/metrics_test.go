package metrics

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// certflow's instruments and the SDK's (through tally's reporter) come out of
// one /metrics, with the labels they were given.
func TestOneRegistryServesBoth(t *testing.T) {
	m := New()
	sdk, closer := m.SDKHandler(10 * time.Millisecond)
	m.Received("INBOX")
	m.Matched("INBOX", "address", 30*time.Millisecond)
	m.Unmatched("INBOX", "no_case")
	m.Quarantined("INBOX", "too_large")
	m.HeldForTrust("INBOX", "no_authentication")
	m.Sent("merge_request")
	m.SendFailed("merge_consent", true)
	m.Reconnected("INBOX", 2)
	m.Reconnected("INBOX", 0)
	m.SetOpenCases([]CaseCount{{Kind: "merge", State: "awaiting_consent", Count: 3}, {Kind: "share", State: "waiting", Count: 1}})
	m.SetOpenCases([]CaseCount{{Kind: "merge", State: "awaiting_consent", Count: 2}})
	sdk.Counter("temporal_request").Inc(1)
	if err := closer.Close(); err != nil { // flushes the SDK's scope
		t.Fatal(err)
	}

	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	text := string(body)
	for _, want := range []string{
		`certflow_mail_received_total{folder="INBOX"} 1`,
		`certflow_mail_matched_total{by="address",folder="INBOX"} 1`,
		`certflow_mail_unmatched_total{folder="INBOX",reason="no_case"} 1`,
		`certflow_mail_quarantined_total{folder="INBOX",reason="too_large"} 1`,
		`certflow_mail_held_for_trust_total{folder="INBOX",reason="no_authentication"} 1`,
		`certflow_mail_sent_total{template="merge_request"} 1`,
		`certflow_mail_send_failed_total{permanent="true",template="merge_consent"} 1`,
		`certflow_watcher_reconnects_total{folder="INBOX"} 2`,
		`certflow_mail_signal_delay_seconds_bucket{folder="INBOX",le="0.05"} 1`,
		`certflow_mail_signal_delay_seconds_bucket{folder="INBOX",le="0.025"} 0`,
		`certflow_open_cases{kind="merge",state="awaiting_consent"} 2`,
		`temporal_request`,
		`go_goroutines`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	// A kind and state no longer counted drop out instead of going stale.
	if strings.Contains(text, `state="waiting"`) {
		t.Errorf("/metrics kept a stale open-case count:\n%s", text)
	}
}

// A nil *Metrics records nothing and does not panic, so activities built
// without one (tests, tools) work.
func TestNilRecordsNothing(t *testing.T) {
	var m *Metrics
	m.Received("INBOX")
	m.Matched("INBOX", "address", time.Second)
	m.Unmatched("INBOX", "no_case")
	m.Quarantined("INBOX", "unparseable")
	m.HeldForTrust("INBOX", "dkim_fail")
	m.Sent("x")
	m.SendFailed("x", false)
	m.Reconnected("INBOX", 1)
	m.SetOpenCases(nil)
	m.OpenCasesRefreshFailed()
}
