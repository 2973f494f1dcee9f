package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// stats summarises a latency distribution.
type stats struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50_ms"`
	P95 float64 `json:"p95_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

func summarize(d []time.Duration) stats {
	if len(d) == 0 {
		return stats{}
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return stats{N: len(s), P50: ms(pct(s, 50)), P95: ms(pct(s, 95)), P99: ms(pct(s, 99)), Max: ms(s[len(s)-1])}
}

// pct is the nearest-rank percentile of sorted s.
func pct(s []time.Duration, p float64) time.Duration {
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// floorResult is the physical floor: what the protocols take at least.
type floorResult struct {
	IMAP     stats           `json:"smtp_accept_to_idle_exists"`
	Temporal stats           `json:"signal_to_activity_start"`
	Sum      stats           `json:"sum"` // sample i of one plus sample i of the other
	imap     []time.Duration // sorted
	temporal []time.Duration
	sum      []time.Duration
}

// results is everything one run measured; it is what -json writes.
type results struct {
	Machine  machine          `json:"machine"`
	Args     []string         `json:"args"`
	Started  time.Time        `json:"started"`
	Seconds  float64          `json:"seconds"`
	Floor    *floorResult     `json:"floor,omitempty"`
	EndToEnd []*e2eResult     `json:"end_to_end,omitempty"`
	CatchUp  []*catchupResult `json:"catch_up,omitempty"`
	Memory   *memoryResult    `json:"memory,omitempty"`
	Failures []string         `json:"failures,omitempty"`
}

// machine describes where the run ran.
type machine struct {
	CPUs      int    `json:"cpus"`
	CPUModel  string `json:"cpu_model"`
	MemTotal  string `json:"mem_total"`
	GoVersion string `json:"go_version"`
	Load      string `json:"loadavg_at_start"`
}

func fmtMS(v float64) string {
	switch {
	case v >= 10000:
		return fmt.Sprintf("%.1f s", v/1000)
	case v >= 1000:
		return fmt.Sprintf("%.2f s", v/1000)
	case v >= 10:
		return fmt.Sprintf("%.0f ms", v)
	default:
		return fmt.Sprintf("%.2f ms", v)
	}
}

func fmtBytes(b int64) string {
	switch {
	case b >= 10<<20:
		return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
	case b >= 10<<10:
		return fmt.Sprintf("%.0f KiB", float64(b)/(1<<10))
	default:
		return fmt.Sprintf("%d B", b)
	}
}

// printTable writes the results as plain-text tables.
func printTable(out io.Writer, r *results) {
	fmt.Fprintf(out, "\nmachine: %d CPUs, %s, %s RAM, %s, load at start %s\n", r.Machine.CPUs, r.Machine.CPUModel,
		r.Machine.MemTotal, r.Machine.GoVersion, r.Machine.Load)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	if f := r.Floor; f != nil {
		fmt.Fprintln(out, "\nfloor (per sample)")
		fmt.Fprintln(tw, "what\tn\tp50\tp95\tp99\tmax\t")
		for _, row := range []struct {
			name string
			s    stats
		}{{"SMTP accept -> IDLE EXISTS", f.IMAP}, {"signal -> activity start", f.Temporal}, {"floor (sum)", f.Sum}} {
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t\n", row.name, row.s.N, fmtMS(row.s.P50), fmtMS(row.s.P95),
				fmtMS(row.s.P99), fmtMS(row.s.Max))
		}
		tw.Flush()
	}
	if len(r.EndToEnd) > 0 {
		fmt.Fprintln(out, "\nend to end: SMTP accept of AWS's consent request -> the case's consent reply accepted by SMTP")
		fmt.Fprintln(tw, "run\tcases\tdelivered over\tprogressed\tp50\tp95\tp99\tmax\tcases/s\tsustained/s\tp50/floor\t")
		for _, e := range r.EndToEnd {
			ratio := "-"
			if r.Floor != nil && r.Floor.Sum.P50 > 0 {
				ratio = fmt.Sprintf("%.1fx", e.Latency.P50/r.Floor.Sum.P50)
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%s\t%s\t%s\t%s\t%.1f\t%.1f\t%s\t\n", e.Name, e.Cases, e.Spread, e.Progressed,
				fmtMS(e.Latency.P50), fmtMS(e.Latency.P95), fmtMS(e.Latency.P99), fmtMS(e.Latency.Max), e.PerSecond, e.Sustained,
				ratio)
		}
		tw.Flush()
	}
	if len(r.CatchUp) > 0 {
		fmt.Fprintln(out, "\ncatch-up: worker restart with new mail above a mailbox of old, handled mail")
		fmt.Fprintln(tw, "old messages\tnew\tprogressed\trestart -> all sent\twatcher SELECT -> all sent\t"+
			"watch bytes down\tall IMAP bytes down\tup\tconns\t")
		for _, c := range r.CatchUp {
			fmt.Fprintf(tw, "%d\t%d\t%d\t%.2f s\t%.2f s\t%s\t%s\t%s\t%d\t\n",
				c.OldMessages, c.NewMessages, c.Progressed, c.Seconds, c.WatchSecs,
				fmtBytes(c.Bytes.WatchDown), fmtBytes(c.Bytes.TotalDown), fmtBytes(c.Bytes.TotalUp), c.Bytes.Conns)
		}
		tw.Flush()
	}
	if m := r.Memory; m != nil {
		fmt.Fprintln(out, "\nmemory (worker as its own process)")
		fmt.Fprintln(tw, "open cases (asked)\tworker RSS idle\tworker RSS\tworker peak\t"+
			"dev stack RSS (Temporal+mail+bench)\tstack peak\tcases started/s\t")
		fmt.Fprintf(tw, "%d (%d)\t%s\t%s\t%s\t%s\t%s\t%.1f\t\n", m.OpenCases, m.Requested,
			fmtBytes(m.WorkerIdleRSS), fmtBytes(m.WorkerRSS), fmtBytes(m.WorkerPeakRSS),
			fmtBytes(m.StackRSS), fmtBytes(m.StackPeakRSS), m.CasesPerSecStart)
		tw.Flush()
	}
	for _, f := range r.Failures {
		fmt.Fprintln(out, "FAILED:", f)
	}
}

// The chart's size and margins, in pixels.
const (
	chartW, chartH                               = 900, 480
	chartLeft, chartRight, chartTop, chartBottom = 70, 30, 40, 60
	plotW, plotH                                 = chartW - chartLeft - chartRight, chartH - chartTop - chartBottom
)

// writeSVG draws the cumulative distribution of each end-to-end run against
// the floor, on a logarithmic time axis.
func writeSVG(out io.Writer, r *results) {
	lo, hi := latencyRange(r)
	c := &chart{lo: lo, hi: hi}
	c.axes()
	colors := []string{"#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"}
	if r.Floor != nil {
		c.curve(r.Floor.sum, "#000", "4 3")
		c.legend(fmt.Sprintf("floor: IDLE notify + Temporal signal→activity (p50 %s)", fmtMS(r.Floor.Sum.P50)),
			"#000", "4 3")
	}
	for i, e := range r.EndToEnd {
		color := colors[i%len(colors)]
		c.curve(e.Samples, color, "")
		arrival := "over " + e.Spread
		if e.Spread == "0s" {
			arrival = "at once"
		}
		c.legend(fmt.Sprintf("%s: %d cases, mails %s (p50 %s, p99 %s)", e.Name, e.Cases, arrival,
			fmtMS(e.Latency.P50), fmtMS(e.Latency.P99)), color, "")
	}
	c.b.WriteString("</svg>\n")
	io.WriteString(out, c.b.String())
}

// latencyRange is the time axis in ms: whole decades around every sample,
// at least 0.1 ms to 1 s.
func latencyRange(r *results) (lo, hi float64) {
	lo, hi = 0.1, 1000.0
	grow := func(d []time.Duration) {
		for _, v := range d {
			m := ms(v)
			if m > 0 && m < lo {
				lo = m
			}
			if m > hi {
				hi = m
			}
		}
	}
	if r.Floor != nil {
		grow(r.Floor.sum)
	}
	for _, e := range r.EndToEnd {
		grow(e.Samples)
	}
	return math.Pow(10, math.Floor(math.Log10(lo))), math.Pow(10, math.Ceil(math.Log10(hi)))
}

// chart is the SVG being written: a log time axis from lo to hi ms against
// the fraction of cases, and the legend's rows so far.
type chart struct {
	b      strings.Builder
	lo, hi float64
	series int
}

func (c *chart) x(m float64) float64 {
	m = math.Max(m, c.lo)
	return chartLeft + plotW*(math.Log10(m)-math.Log10(c.lo))/(math.Log10(c.hi)-math.Log10(c.lo))
}

func (c *chart) y(f float64) float64 { return chartTop + plotH*(1-f) }

// axes writes the header, the title, the grid and the axes' labels.
func (c *chart) axes() {
	b := &c.b
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" `+
		`font-family="sans-serif" font-size="12">`+"\n", chartW, chartH, chartW, chartH)
	fmt.Fprintf(b, `<rect width="%d" height="%d" fill="white"/>`+"\n", chartW, chartH)
	fmt.Fprintf(b, `<text x="%d" y="22" font-size="15">certflow: time from AWS's mail accepted by SMTP `+
		`to the case's reply accepted by SMTP (CDF)</text>`+"\n", chartLeft)
	for e := math.Log10(c.lo); e <= math.Log10(c.hi)+1e-9; e++ {
		v := math.Pow(10, e)
		fmt.Fprintf(b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%.1f" stroke="#ddd"/>`+"\n", c.x(v), chartTop, c.x(v), c.y(0))
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", c.x(v), c.y(0)+16, fmtMS(v))
	}
	for _, f := range []float64{0, 0.25, 0.5, 0.75, 0.95, 0.99, 1} {
		fmt.Fprintf(b, `<line x1="%d" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#eee"/>`+"\n",
			chartLeft, c.y(f), chartLeft+float64(plotW), c.y(f))
		fmt.Fprintf(b, `<text x="%d" y="%.1f" text-anchor="end">%g</text>`+"\n", chartLeft-6, c.y(f)+4, f)
	}
	fmt.Fprintf(b, `<text x="%.1f" y="%d" text-anchor="middle">latency (log scale)</text>`+"\n",
		chartLeft+float64(plotW)/2, chartH-14)
	fmt.Fprintf(b, `<text x="16" y="%.1f" transform="rotate(-90 16 %.1f)" text-anchor="middle">`+
		`fraction of cases</text>`+"\n", chartTop+float64(plotH)/2, chartTop+float64(plotH)/2)
}

// legend writes the next row of the legend.
func (c *chart) legend(name, color, dash string) {
	ly := chartTop + 10 + 18*c.series
	fmt.Fprintf(&c.b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2" stroke-dasharray="%s"/>`+
		"\n", chartLeft+12, ly, chartLeft+42, ly, color, dash)
	fmt.Fprintf(&c.b, `<text x="%d" y="%d">%s</text>`+"\n", chartLeft+48, ly+4, name)
	c.series++
}

// curve writes the CDF of sorted d.
func (c *chart) curve(d []time.Duration, color, dash string) {
	if len(d) == 0 {
		return
	}
	var pts []string
	for i, v := range d {
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", c.x(ms(v)), c.y(float64(i+1)/float64(len(d)))))
	}
	fmt.Fprintf(&c.b, `<polyline fill="none" stroke="%s" stroke-width="2" stroke-dasharray="%s" points="%s"/>`+"\n",
		color, dash, strings.Join(pts, " "))
}
