package cli

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"time"
)

//go:embed report.html.tmpl
var reportTemplate string

// stateColours are the chart's colours; a state not named here is grey.
var stateColours = map[string]string{
	"earlier": "#d9d9d9", "submitting": "#9ecae1", "awaiting_consent": "#6baed6", "awaiting_completion": "#3182bd",
	"awaiting_link": "#a1d99b", "waiting": "#74c476", "verifying": "#31a354", "needs_attention": "#e6550d",
	"completed": "#08519c", "cancelled": "#969696", "failed": "#a50f15", "terminated": "#636363", "timed_out": "#636363",
}

func colour(state string) string {
	if c, ok := stateColours[state]; ok {
		return c
	}
	return "#bdbdbd"
}

// chart is a stacked bar chart in plain SVG: at the end of each period, how
// many of the cases started by then were in each state.
type chart struct {
	Width, Height, Left, Bottom int
	Bars                        []chartBar
	Legend                      []chartLegend
	YMax                        int
	XLabels                     []chartLabel
}

type chartBar struct {
	Title string
	Rects []chartRect
}

type chartRect struct {
	State      string
	X, Y, W, H float64
	Colour     string
	Count      int
}

type chartLegend struct{ State, Words, Colour string }

type chartLabel struct {
	X    float64
	Text string
}

const chartPeriods = 60

// chartSteps are the periods a bar may stand for, shortest first.
var chartSteps = []time.Duration{
	time.Minute, 5 * time.Minute, 15 * time.Minute, time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour,
	24 * time.Hour, 2 * 24 * time.Hour, 7 * 24 * time.Hour, 14 * 24 * time.Hour, 30 * 24 * time.Hour,
}

// periods splits the time from the first start to now into at most
// chartPeriods bars of the shortest step that fits, and returns their ends.
func periods(cases []reportCase, now time.Time) []time.Time {
	first := now
	for _, c := range cases {
		if c.Started.Before(first) {
			first = c.Started
		}
	}
	span := now.Sub(first)
	step := chartSteps[len(chartSteps)-1]
	for _, s := range chartSteps {
		if span/s < chartPeriods {
			step = s
			break
		}
	}
	if span/step >= chartPeriods { // older than 60 months: longer bars
		step = span/(chartPeriods-1) + 1
	}
	n := int(span/step) + 1
	ends := make([]time.Time, n)
	for i := range ends {
		ends[i] = now.Add(-time.Duration(n-1-i) * step)
	}
	return ends
}

// stateAt is the state a case was in at t, as far as the report knows: its
// present state from its last change on, "earlier" before that.
func stateAt(c reportCase, t time.Time) (string, bool) {
	switch {
	case c.Started.After(t):
		return "", false
	case c.LastChange.After(t):
		return "earlier", true
	}
	return c.State, true
}

func newChart(rep report, lang string) chart {
	ch := chart{Width: 760, Height: 280, Left: 44, Bottom: 36}
	ends := periods(rep.Cases, rep.Generated)
	order := append([]string{"earlier"}, rep.states()...)
	counts := make([]map[string]int, len(ends))
	for i, end := range ends {
		counts[i] = map[string]int{}
		for _, c := range rep.Cases {
			if s, ok := stateAt(c, end); ok {
				counts[i][s]++
				ch.YMax = max(ch.YMax, totalCount(counts[i]))
			}
		}
	}
	if ch.YMax == 0 {
		ch.YMax = 1
	}
	plotW, plotH := float64(ch.Width-ch.Left-10), float64(ch.Height-ch.Bottom-10)
	// Few bars stay narrow rather than fill the width.
	barW := min(plotW/float64(len(ends)), 28)
	used := map[string]bool{}
	for i, end := range ends {
		bar := chartBar{Title: end.Local().Format("2006-01-02 15:04")}
		y := plotH + 10
		for _, s := range order {
			n := counts[i][s]
			if n == 0 {
				continue
			}
			h := plotH * float64(n) / float64(ch.YMax)
			y -= h
			bar.Rects = append(bar.Rects, chartRect{State: s, X: float64(ch.Left) + float64(i)*barW + barW*0.1, Y: y,
				W: barW * 0.8, H: h, Colour: colour(s), Count: n})
			used[s] = true
		}
		ch.Bars = append(ch.Bars, bar)
	}
	for _, s := range order {
		if used[s] {
			ch.Legend = append(ch.Legend, chartLegend{State: s, Words: word(stateWords, lang, s), Colour: colour(s)})
		}
	}
	// A label every so many bars, so that they do not overlap.
	every := int(90/barW) + 1
	for i := 0; i < len(ends); i += every {
		x := float64(ch.Left) + (float64(i)+0.5)*barW
		ch.XLabels = append(ch.XLabels, chartLabel{X: x, Text: ends[i].Local().Format("01-02 15:04")})
	}
	return ch
}

// totalCount adds up the counts of every state.
func totalCount(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// htmlTotals is the totals table: a row a kind, a column a state.
type htmlTotals struct {
	States []string
	Rows   []htmlTotalsRow
	Sum    []int
	All    int
}

type htmlTotalsRow struct {
	Kind   string
	Counts []int
	Total  int
}

func totalsTable(rep report) htmlTotals {
	t := htmlTotals{States: rep.states()}
	t.Sum = make([]int, len(t.States))
	for _, k := range rep.kinds() {
		row := htmlTotalsRow{Kind: k}
		for i, s := range t.States {
			n := rep.Totals[k][s]
			row.Counts = append(row.Counts, n)
			row.Total += n
			t.Sum[i] += n
		}
		t.All += row.Total
		t.Rows = append(t.Rows, row)
	}
	return t
}

// renderHTMLReport writes one page with nothing outside it: styles and
// chart inline, no scripts, no fonts, no images to fetch.
func renderHTMLReport(rep report) ([]byte, error) {
	lang := rep.Lang
	var attention []reportCase
	for _, c := range rep.Cases {
		if needsPerson(c.State) {
			attention = append(attention, c)
		}
	}
	funcs := template.FuncMap{
		"w":     func(k string) string { return pageWords[lang][k] },
		"state": func(s string) string { return word(stateWords, lang, s) },
		"kind":  func(k string) string { return word(kindWords, lang, k) },
		"when":  func(t time.Time) string { return t.Local().Format("2006-01-02 15:04") },
		"f":     func(v float64) string { return fmt.Sprintf("%.1f", v) },
		"minus": func(a, b int) int { return b - a },
	}
	tmpl, err := template.New("report").Funcs(funcs).Parse(reportTemplate)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = tmpl.Execute(&b, map[string]any{
		"R": rep, "Totals": totalsTable(rep), "Chart": newChart(rep, lang), "Attention": attention,
	})
	return b.Bytes(), err
}
