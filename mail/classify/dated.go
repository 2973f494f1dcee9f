package classify

import (
	"regexp"
	"strconv"
	"time"
)

// A report of the merge done that is dated well before the desk's mail
// ("Our records show the merge was completed on 3 March 2024"), or that is
// about an earlier merge ("your previous merge request was completed"),
// tells of another merge than the one the case asked for: a reply to a new
// request cannot be read as its completion. When unsure (no Date on the
// mail to measure from), a dated report is held too.

// longBefore is how far before the mail a date must be to be another
// merge's: far more than a merge request waits for AWS's answer.
const longBefore = 90 * 24 * time.Hour

var monthNumbers = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// monthName is a month's name or its usual short form (not "marked",
// "separate": a word that only starts so).
const monthName = `(january|february|march|april|may|june|july|august|september|october|november|december|` +
	`jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`

func monthOf(name string) time.Month {
	if len(name) < 3 {
		return 0
	}
	return monthNumbers[name[:3]]
}

var (
	// "3 March 2024", "3rd of March", "March 3, 2024", "March 3rd".
	dayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthName + `(?:,?\s+(\d{4}))?\b`)
	monthDay = regexp.MustCompile(`\b` + monthName + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	// "in March 2024", "in 2024".
	monthYear = regexp.MustCompile(`\b(?:in|during|since)\s+(?:` + monthName + `\s+)?(\d{4})\b`)
	isoDate   = regexp.MustCompile(`\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b`)
	// "03/03/2024", "3.3.2024": day and month in either order, so only the
	// year is taken (its last day, the latest the date may be).
	slashDate = regexp.MustCompile(`\b\d{1,2}[/.]\d{1,2}[/.](\d{4})\b`)
	// "in March", "in January": the last such month on or before the mail.
	inMonth = regexp.MustCompile(`\b(?:in|during)\s+` + monthName + `(?:\s|[.,;!]|$)`)
	// 2024年3月3日, 2024年3月, 3月3日; 2023年に, 2023年中.
	jaDate = regexp.MustCompile(`(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?`)
	jaYear = regexp.MustCompile(`(\d{4})年(?:に|中|頃|ごろ|の)`)
	// earlierMerge: the report names another, earlier merge.
	earlierMerge = regexp.MustCompile(`\b(?:previous|earlier|prior|former|older|past|first)\s+` +
		`(?:account\s+)?(?:merge|merger|consolidation)s?\b|\b(?:last|previous)\s+year\b|` +
		`\b(?:\d+|a|two|three|several|a few)\s+(?:years?|months)\s+ago\b|` +
		`\bpreviously\b|\bin the past\b|以前|前回の(?:統合|ご依頼)|昨年|過去に|` +
		`\b(?:a while|some time|a long time|long|years|months|ages)\s+ago\b|だいぶ前|かなり前|ずいぶん前|随分前|` +
		// Another matter's merge: 別件の統合, 別のご依頼.
		`別件|別の(?:ご依頼|お問い合わせ|ケース|案件)|\b(?:another|a different|a separate|your other)\s+` +
		`(?:case|request|ticket)\b`)
)

// aboutEarlierMerge reports a sentence that names an earlier merge, or a
// date well before sent (the mail's Date; zero: any date) or after it.
func aboutEarlierMerge(s string, sent time.Time) bool {
	if earlierMerge.MatchString(s) {
		return true
	}
	for _, d := range datesIn(s, sent) {
		// A whole date after the mail (beyond the time zones' day) is no
		// merge done by then: a schedule misworded, or a typo.
		if sent.IsZero() || sent.Sub(d.at) > longBefore || d.exact && d.at.Sub(sent) > dayAhead {
			return true
		}
	}
	return false
}

// dated is a date a sentence names: exact when it gives the day and the
// year, else the latest day it may be.
type dated struct {
	at    time.Time
	exact bool
}

// dayAhead is how far after the mail a date may be and still be its day
// somewhere (a date is its midnight; the desk may write a day ahead of UTC).
const dayAhead = 36 * time.Hour

// datesIn returns the dates a sentence names as the merge's; a date
// without a year is taken as the last such day on or before sent. A date
// of another event (an exam passed, a certification earned or expiring:
// [otherEvent] just before it, [otherEventAfter] just after) is not the
// merge's.
func datesIn(s string, sent time.Time) []dated {
	var out []dated
	add := func(year string, month time.Month, day string) {
		exact := year != "" && day != ""
		d, _ := strconv.Atoi(day)
		if d == 0 {
			d = 1
		}
		if month < 1 || month > 12 || d > 31 {
			return
		}
		y, _ := strconv.Atoi(year)
		if y == 0 {
			y = sent.Year()
			if t := time.Date(y, month, d, 0, 0, 0, 0, time.UTC); !sent.IsZero() && t.After(sent) {
				y--
			}
		}
		out = append(out, dated{time.Date(y, month, d, 0, 0, 0, 0, time.UTC), exact})
	}
	// Each form and how its groups give year, month and day.
	forms := []struct {
		re   *regexp.Regexp
		date func(m []string)
	}{
		{dayMonth, func(m []string) { add(m[3], monthOf(m[2]), m[1]) }},
		{monthDay, func(m []string) { add(m[3], monthOf(m[1]), m[2]) }},
		{monthYear, func(m []string) { month := monthOf(m[1]); add(m[2], lastMonthIfNone(month), "") }},
		{slashDate, func(m []string) { // the year's last day, the latest it may be: not exact
			if add(m[1], 12, "31"); len(out) > 0 {
				out[len(out)-1].exact = false
			}
		}},
		{inMonth, func(m []string) { add("", monthOf(m[1]), "") }},
		{isoDate, func(m []string) { n, _ := strconv.Atoi(m[2]); add(m[1], time.Month(n), m[3]) }},
		{jaYear, func(m []string) { add(m[1], 12, "") }},
		{jaDate, func(m []string) { n, _ := strconv.Atoi(m[2]); add(m[1], time.Month(n), m[3]) }},
	}
	for _, f := range forms {
		for _, loc := range f.re.FindAllStringSubmatchIndex(s, -1) {
			if otherEvent.MatchString(s[max(0, loc[0]-40):loc[0]]) || otherEventAfter.MatchString(s[loc[1]:]) {
				continue
			}
			m := make([]string, len(loc)/2)
			for g := range m {
				if loc[2*g] >= 0 {
					m[g] = s[loc[2*g]:loc[2*g+1]]
				}
			}
			f.date(m)
		}
	}
	return out
}

// lastMonthIfNone: "in 2024" is taken as its last month, the latest it may mean.
func lastMonthIfNone(m time.Month) time.Month {
	if m == 0 {
		return 12
	}
	return m
}

// otherEvent is what a date just after it belongs to when that is not the
// merge: an exam passed or taken, a certification earned, issued or
// expiring (受験, 取得, 有効期限, 発行).
var otherEvent = regexp.MustCompile(`\b(?:passed|taken|took|sat|earned|obtained|achieved|issued|expir\w*|` +
	`valid|renew\w*|booked)\b[^.;]*$|(?:受験|取得|有効期限|発行|予約)[^。]*$`)

// otherEventAfter: in Japanese the event follows its date (2023年3月3日に取得
// された資格, 2027年5月1日に失効).
var otherEventAfter = regexp.MustCompile(`^[^。、]{0,6}?(?:に|の|から|まで)?\s*(?:取得|受験|発行|失効|有効期限|更新)`)
