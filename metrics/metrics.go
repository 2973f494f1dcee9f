// Package metrics holds certflow's Prometheus instruments and the one
// registry they share with the Temporal SDK's metrics, so /metrics serves
// both from a single scrape.
//
// certflow's own instruments are client_golang collectors registered directly
// on the registry; the SDK's metrics reach the same registry through tally's
// Prometheus reporter (see SDKHandler). A nil *Metrics is valid and records
// nothing, so code and tests that have no registry need not build one.
package metrics

import (
	"io"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/uber-go/tally/v4"
	tallyprom "github.com/uber-go/tally/v4/prometheus"
	"go.temporal.io/sdk/client"
	sdktally "go.temporal.io/sdk/contrib/tally"
)

// Metrics are certflow's instruments on one Prometheus registry.
type Metrics struct {
	registry *prometheus.Registry

	received       *prometheus.CounterVec
	matched        *prometheus.CounterVec
	unmatched      *prometheus.CounterVec
	quarantined    *prometheus.CounterVec
	heldForTrust   *prometheus.CounterVec
	sent           *prometheus.CounterVec
	sendFailed     *prometheus.CounterVec
	outcomeUnknown *prometheus.CounterVec
	reconnects     *prometheus.CounterVec
	imapLogins     *prometheus.CounterVec
	sentPending    prometheus.Gauge
	signalDelay    *prometheus.HistogramVec
	openCases      *prometheus.GaugeVec
	openCasesErrs  prometheus.Counter
	// watcherContact and watcherRestarts are kept by the worker's watcher
	// supervisor, per mailbox.
	watcherContact  *prometheus.GaugeVec
	watcherRestarts *prometheus.CounterVec
}

// New makes the instruments on a fresh registry, with the Go runtime and
// process collectors beside them.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := &Metrics{registry: reg}
	m.addMailCounters()
	m.addWatchAndCaseInstruments()
	return m
}

// counter makes a counter of certflow's on the registry.
func (m *Metrics) counter(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "certflow", Name: name, Help: help}, labels)
	m.registry.MustRegister(c)
	return c
}

// addMailCounters makes the counters of mail taken in and sent, and of the
// IMAP sessions that carry it.
func (m *Metrics) addMailCounters() {
	m.received = m.counter("mail_received_total",
		"Messages the mailbox watcher took from a folder, before parsing.",
		"folder")
	m.matched = m.counter("mail_matched_total",
		"Messages signalled to their case, by what matched them (in-reply-to, references, address, aws-case).",
		"folder", "by")
	m.unmatched = m.counter("mail_unmatched_total",
		"Messages that matched no running case and were left in the folder (reason: no_case, "+
			"case_not_running, signal_failed: the server refused the signal, lookup_failed: the case of an AWS "+
			"case number could not be looked up, unfetched: the server returned nothing for a message still in "+
			"the folder).",
		"folder", "reason")
	m.quarantined = m.counter("mail_quarantined_total",
		"Messages moved to the quarantine folder (reason: too_large, unparseable).",
		"folder", "reason")
	m.heldForTrust = m.counter("mail_held_for_trust_total",
		"Messages held because their sender could not be authenticated.",
		"folder", "reason")
	m.sent = m.counter("mail_sent_total",
		"Mails the SMTP server accepted, by template (a retry that finds its mail already sent is not counted "+
			"again).",
		"template")
	m.outcomeUnknown = m.counter("mail_outcome_unknown_total",
		"Mails the SMTP server may or may not have taken (an attempt stopped between the final \".\" and the "+
			"answer), by template; they are not sent again.",
		"template")
	m.sendFailed = m.counter("mail_send_failed_total",
		"SMTP submissions that failed, by template; permanent=true is a 5xx refusal that fails the case, "+
			"false is retried.",
		"template", "permanent")
	m.reconnects = m.counter("watcher_reconnects_total",
		"Successful IMAP reconnections of a mailbox watch after a failure.",
		"folder")
	m.imapLogins = m.counter("imap_logins_total",
		"IMAP logins attempted (LOGIN or AUTHENTICATE sent, whatever the answer), by purpose: watch (a "+
			"mailbox watcher) or sent (the Sent-folder sessions the sends share).",
		"purpose")
}

// addWatchAndCaseInstruments makes the gauges and histogram of the sends,
// the watches and the open cases, and the counters the supervisor keeps.
func (m *Metrics) addWatchAndCaseInstruments() {
	m.sentPending = prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: "certflow", Name: "sent_copies_pending",
		Help: "Mails sent whose copy could not be stored in the Sent folder yet; retried in the background.",
	})
	m.signalDelay = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "certflow", Name: "mail_signal_delay_seconds",
		Help: "From when the watcher fetched a message to when its case accepted the signal.",
		// IMAP and a Temporal signal take milliseconds; a slow server or a
		// long retry shows in the upper buckets.
		Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
	}, []string{"folder"})
	m.watcherContact = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Namespace: "certflow", Name: "watcher_last_contact_seconds",
		Help: "Seconds since the mailbox's watch last showed life (heartbeat or start), as this worker last saw it; " +
			"it keeps growing while the mailbox has no watcher. A healthy watch stays under 10.",
	}, []string{"mailbox"})
	m.watcherRestarts = m.counter("watcher_restarts_total",
		"Watchers this worker started again after they had ended (terminated, failed, timed out).",
		"mailbox")
	m.openCases = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Namespace: "certflow", Name: "open_cases",
		Help: "Running cases by kind and state, counted in Temporal's visibility store.",
	}, []string{"kind", "state"})
	m.openCasesErrs = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: "certflow", Name: "open_cases_refresh_errors_total",
		Help: "Failed refreshes of certflow_open_cases; the gauge keeps its last values meanwhile.",
	})
	m.registry.MustRegister(m.signalDelay, m.openCases, m.openCasesErrs, m.sentPending, m.watcherContact)
}

// Registry is where every instrument lives; the SDK's reporter is added to it.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Handler serves the registry in Prometheus' text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}

// SDKHandler returns a Temporal MetricsHandler whose metrics land in the same
// registry, under the SDK's Prometheus names (temporal_…). Closing the
// returned closer stops the reporting loop after a last flush.
func (m *Metrics) SDKHandler(flushEvery time.Duration) (client.MetricsHandler, io.Closer) {
	reporter := tallyprom.NewReporter(tallyprom.Options{Registerer: m.registry, Gatherer: m.registry})
	scope, closer := tally.NewRootScope(tally.ScopeOptions{
		CachedReporter:  reporter,
		Separator:       tallyprom.DefaultSeparator,
		SanitizeOptions: &sdktally.PrometheusSanitizeOptions,
	}, flushEvery)
	return sdktally.NewMetricsHandler(sdktally.NewPrometheusNamingScope(scope)), closer
}

// Received counts a message taken from a folder.
func (m *Metrics) Received(folder string) {
	if m != nil {
		m.received.WithLabelValues(folder).Inc()
	}
}

// Matched counts a message signalled to its case, and how long it took from
// when the watcher had it in hand to the accepted signal.
func (m *Metrics) Matched(folder, by string, delay time.Duration) {
	if m != nil {
		m.matched.WithLabelValues(folder, by).Inc()
		m.signalDelay.WithLabelValues(folder).Observe(delay.Seconds())
	}
}

// Unmatched counts a message left in the folder for a person; reason is a
// fixed token (no_case, case_not_running, signal_failed, lookup_failed,
// unfetched), never free text.
func (m *Metrics) Unmatched(folder, reason string) {
	if m != nil {
		m.unmatched.WithLabelValues(folder, reason).Inc()
	}
}

// Quarantined counts a message moved to quarantine; reason is a fixed token
// (too_large, unparseable).
func (m *Metrics) Quarantined(folder, reason string) {
	if m != nil {
		m.quarantined.WithLabelValues(folder, reason).Inc()
	}
}

// HeldForTrust counts a message held because its sender is not
// authenticated. reason must come from a small fixed set (for example
// no_authentication, dkim_fail, not_aligned): it becomes a label value.
func (m *Metrics) HeldForTrust(folder, reason string) {
	if m != nil {
		m.heldForTrust.WithLabelValues(folder, reason).Inc()
	}
}

// Sent counts a mail the SMTP server accepted.
func (m *Metrics) Sent(template string) {
	if m != nil {
		m.sent.WithLabelValues(template).Inc()
	}
}

// OutcomeUnknown counts a mail the SMTP server may or may not have taken
// (its attempt stopped between the final "." and the answer); it is not
// sent again.
func (m *Metrics) OutcomeUnknown(template string) {
	if m != nil {
		m.outcomeUnknown.WithLabelValues(template).Inc()
	}
}

// SendFailed counts a failed SendMail attempt; permanent ones fail the case.
func (m *Metrics) SendFailed(template string, permanent bool) {
	if m != nil {
		p := "false"
		if permanent {
			p = "true"
		}
		m.sendFailed.WithLabelValues(template, p).Inc()
	}
}

// Reconnected counts n successful reconnections of a mailbox watch.
func (m *Metrics) Reconnected(folder string, n int) {
	if m != nil && n > 0 {
		m.reconnects.WithLabelValues(folder).Add(float64(n))
	}
}

// IMAPLogin counts one IMAP login attempt; purpose is watch or sent.
func (m *Metrics) IMAPLogin(purpose string) {
	if m != nil {
		m.imapLogins.WithLabelValues(purpose).Inc()
	}
}

// LoginCounter returns an imapconn.Config OnLogin hook that counts logins
// for purpose; with a nil *Metrics it counts nothing.
func (m *Metrics) LoginCounter(purpose string) func() {
	return func() { m.IMAPLogin(purpose) }
}

// SetSentPending is the number of copies waiting to be stored in Sent.
func (m *Metrics) SetSentPending(n int) {
	if m != nil {
		m.sentPending.Set(float64(n))
	}
}

// CaseCount is the number of running cases of one kind in one state.
type CaseCount struct {
	Kind, State string
	Count       int64
}

// SetOpenCases replaces the open-case gauge with counts: a kind and state no
// longer listed drops out rather than keeping an old value.
func (m *Metrics) SetOpenCases(counts []CaseCount) {
	if m == nil {
		return
	}
	m.openCases.Reset()
	for _, c := range counts {
		m.openCases.WithLabelValues(c.Kind, c.State).Set(float64(c.Count))
	}
}

// OpenCasesRefreshFailed counts a refresh that could not read visibility.
func (m *Metrics) OpenCasesRefreshFailed() {
	if m != nil {
		m.openCasesErrs.Inc()
	}
}

// SetWatcherLastContact records how long ago a mailbox's watch last showed life.
func (m *Metrics) SetWatcherLastContact(mailbox string, age time.Duration) {
	if m != nil {
		m.watcherContact.WithLabelValues(mailbox).Set(age.Seconds())
	}
}

// WatcherRestarted counts a watcher started again after it had ended.
func (m *Metrics) WatcherRestarted(mailbox string) {
	if m != nil {
		m.watcherRestarts.WithLabelValues(mailbox).Inc()
	}
}
