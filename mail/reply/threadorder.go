package reply

import (
	"regexp"
	"strconv"
)

// A helpdesk may list a thread's messages oldest first as well as newest
// first. Only when the heads' dates show the thread newest first is the
// first message this mail's own words; a thread listed oldest first, or
// one whose order its heads do not show, has the newest message at the
// bottom, where a consent asked once may have been answered since.

var (
	// "dec 10, 2026, 09:12 utc", "december 10, 2026 at 9:12 pm"
	stampMonthFirst = regexp.MustCompile(`\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?` +
		`(\d{1,2}):(\d{2})\s*(am|pm)?`)
	// "10 dec 2026 09:12", "10 december 2026, 9:12 pm"
	stampDayFirst = regexp.MustCompile(`\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4}),?\s+(?:at\s+)?` +
		`(\d{1,2}):(\d{2})\s*(am|pm)?`)
	// "2026-12-10 09:12", "2026/12/10 9:12", "2026年12月10日 9:12", "2026年12月10日(木) 9:12"
	stampYearFirst = regexp.MustCompile(`(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?` +
		`(?:\s*[（(][^）)]{1,6}[）)])?[\s,t]*(\d{1,2}):(\d{2})`)
)

// headStamp reads the date and time a comment head (the two lines after
// the rule at lines[i]) carries as one number that sorts as time does
// (yyyymmddhhmm), or 0 when it carries none that can be read.
func headStamp(lines []string, i int) int {
	first, second := commentHeadLines(lines, i)
	if s := stampOf(first); s != 0 {
		return s
	}
	return stampOf(second)
}

// stampOf reads one line's date and time (see headStamp).
func stampOf(l string) int {
	var y, mo, d, h, mi, ampm string
	if m := stampYearFirst.FindStringSubmatch(l); m != nil {
		y, mo, d, h, mi = m[1], m[2], m[3], m[4], m[5]
	} else if m := stampMonthFirst.FindStringSubmatch(l); m != nil {
		y, mo, d, h, mi, ampm = m[3], monthNumber(m[1]), m[2], m[4], m[5], m[6]
	} else if m := stampDayFirst.FindStringSubmatch(l); m != nil {
		y, mo, d, h, mi, ampm = m[3], monthNumber(m[2]), m[1], m[4], m[5], m[6]
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	if y == "" || mo == "" {
		return 0
	}
	hour := n(h) % 24
	if ampm == "pm" && hour < 12 {
		hour += 12
	} else if ampm == "am" && hour == 12 {
		hour = 0
	}
	return (((n(y)*100+n(mo))*100+n(d))*100+hour)*100 + n(mi)
}

// monthNumber is the number of an English month's first three letters, or "".
func monthNumber(abbr string) string {
	for k, m := range months {
		if m == abbr {
			return strconv.Itoa(k + 1)
		}
	}
	return ""
}

// newestFirst reports whether the thread whose first comment head is at
// lines[i] is listed newest first: the next head is dated no later. A
// thread with no other head has only the one message.
func newestFirst(lines []string, i int) bool {
	for k := i + 1; k < len(lines); k++ {
		if !isCommentHead(lines, k) {
			continue
		}
		this, next := headStamp(lines, i), headStamp(lines, k)
		return this != 0 && next != 0 && next <= this
	}
	return true
}
