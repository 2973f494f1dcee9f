package classify

import (
	"bufio"
	"bytes"
	"regexp"
	"strings"

	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/reply"
)

// BounceReport is what a delivery report says about one mail certflow sent.
// Nothing in it is authenticated: it may only make a case ask for a person.
type BounceReport struct {
	// Permanent: the server gave up (a 5.x.x status); otherwise it is a
	// delay (4.x.x) and it goes on trying.
	Permanent bool `json:"permanent"`
	// Status is the enhanced status code ("5.1.1"), "" when none is given.
	Status string `json:"status,omitempty"`
	// Recipient is the address that could not be reached.
	Recipient string `json:"recipient,omitempty"`
	// Diagnostic is the server's words (Diagnostic-Code, or the report's
	// line that gives the reason), at most a few hundred characters.
	Diagnostic string `json:"diagnostic,omitempty"`
	// ReturnedID is the Message-ID of the mail that came back.
	ReturnedID string `json:"returned_message_id,omitempty"`
}

// bounceSenders are the local parts mail systems send reports from.
var bounceSenders = []string{"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}

// bounceSubjects start or make up the subject of a report that is not in
// the standard form (normalised, lower case).
var bounceSubjects = []string{"undeliverable", "undelivered mail", "delivery status notification",
	"mail delivery failed", "delivery failure", "failure notice", "returned mail", "delivery has failed",
	"could not send message", "delayed mail", "delivery delayed", "message delayed", "warning: could not send",
	"配信不能", "配送不能", "配信エラー", "配信失敗", "不達", "配送エラー", "宛先不明", "配信の遅延", "配信遅延"}

var (
	enhancedStatus = regexp.MustCompile(`(?:^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?:[^\d.]|$)`)
	smtpCode       = regexp.MustCompile(`(?:^|\D)([45])\d\d[ -]`)
	angleAddress   = regexp.MustCompile(`<([^<>\s@]+@[^<>\s@]+)>`)
	plainAddress   = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
	messageIDLine  = regexp.MustCompile(`(?im)^\s*>?\s*message-id:\s*<([^<>\s]+)>`)
)

// delayWords say a non-standard report is a delay, not a failure.
var delayWords = []string{"delayed", "deferred", "will keep trying", "will retry", "still trying",
	"not yet been delivered", "still undelivered", "warning", "遅延", "再試行"}

// readBounce returns the report m is, or nil when m is no delivery report.
func readBounce(m *message.Message) *BounceReport {
	standard := m.ContentType == "multipart/report" && strings.Contains(m.ReportType, "delivery-status") &&
		m.DeliveryStatus != nil
	if !standard && !looksLikeBounce(m) {
		return nil
	}
	b := &BounceReport{}
	if standard {
		readStatus(m.DeliveryStatus, b)
	}
	text := reply.Head(m.Text)
	if b.Status == "" {
		if s := enhancedStatus.FindStringSubmatch(text); s != nil {
			b.Status = s[1] + "." + s[2] + "." + s[3]
		}
	}
	switch {
	case b.Status != "":
		b.Permanent = b.Status[0] == '5'
	case containsAnyWord(normalize(text+" "+m.Subject), delayWords):
	default:
		s := smtpCode.FindStringSubmatch(text)
		b.Permanent = s == nil || s[1] == "5" // a report that does not say is a failure: ask a person
	}
	if b.Recipient == "" {
		b.Recipient = firstRecipient(text, m.From.Address)
	}
	if b.Diagnostic == "" {
		b.Diagnostic = reasonLine(text)
	}
	b.ReturnedID = returnedID(m, text)
	return b
}

func looksLikeBounce(m *message.Message) bool {
	local, _, _ := strings.Cut(strings.ToLower(m.From.Address), "@")
	for _, s := range bounceSenders {
		if local == s {
			return true
		}
	}
	subject := normalize(m.Subject)
	name := normalize(m.From.Name)
	if strings.Contains(name, "mail delivery") && containsAnyWord(subject, bounceSubjects) {
		return true
	}
	for _, s := range bounceSubjects {
		if strings.HasPrefix(subject, s) {
			return m.Header["Auto-Submitted"] != nil || strings.Contains(name, "mail delivery") ||
				strings.Contains(name, "postmaster") || strings.Contains(strings.ToLower(m.From.Address), "microsoftexchange")
		}
	}
	return false
}

// readStatus reads the first recipient block of a message/delivery-status
// part (RFC 3464) that failed or was delayed.
func readStatus(raw []byte, b *BounceReport) {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 4096), 64<<10)
	fields := map[string]string{}
	last := ""
	done := func() bool {
		action := strings.ToLower(fields["action"])
		if fields["status"] == "" && action == "" {
			return false
		}
		if action == "delivered" || action == "relayed" || action == "expanded" {
			return false
		}
		if status := strings.Fields(fields["status"]); len(status) > 0 { // an Action with no Status
			b.Status = status[0]
		}
		b.Recipient = afterType(fields["final-recipient"])
		if b.Recipient == "" {
			b.Recipient = afterType(fields["original-recipient"])
		}
		b.Diagnostic = clip(afterType(fields["diagnostic-code"]))
		return true
	}
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			if done() {
				return
			}
			fields, last = map[string]string{}, ""
		case (line[0] == ' ' || line[0] == '\t') && last != "":
			fields[last] += " " + strings.TrimSpace(line)
		default:
			k, v, ok := strings.Cut(line, ":")
			if ok {
				last = strings.ToLower(strings.TrimSpace(k))
				fields[last] = strings.TrimSpace(v)
			}
		}
	}
	done()
}

// afterType drops the "rfc822;" or "smtp;" type of a DSN field.
func afterType(v string) string {
	if _, rest, ok := strings.Cut(v, ";"); ok {
		return strings.TrimSpace(rest)
	}
	return strings.TrimSpace(v)
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		cut := 300
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// firstRecipient is the first address a report's text names that is not
// its sender's.
func firstRecipient(text, from string) string {
	for _, re := range []*regexp.Regexp{angleAddress, plainAddress} {
		for _, m := range re.FindAllStringSubmatch(text, 20) {
			a := m[len(m)-1]
			if !strings.EqualFold(a, from) && !strings.Contains(strings.ToLower(a), "mailer-daemon") {
				return a
			}
		}
	}
	return ""
}

// reasonLine is the first line of a report's text that carries a status
// or SMTP code: the server's words.
func reasonLine(text string) string {
	for line := range strings.Lines(text) {
		if enhancedStatus.MatchString(line) || smtpCode.MatchString(line) {
			return clip(line)
		}
	}
	return ""
}

// returnedID finds the Message-ID of the returned mail: in the returned
// headers or message, else in the report's text (non-standard reports copy
// the mail below their words).
func returnedID(m *message.Message, text string) string {
	if m.Enclosed != nil {
		if inner, err := message.Parse(m.Enclosed[:min(len(m.Enclosed), 64<<10)]); err == nil && inner.MessageID != "" {
			return inner.MessageID
		}
	}
	for _, src := range []string{string(m.ReturnedHeaders), text} {
		if s := messageIDLine.FindStringSubmatch(src); s != nil {
			return s[1]
		}
	}
	return ""
}

func containsAnyWord(s string, phrases []string) bool {
	for _, p := range phrases {
		if find(s, p) >= 0 {
			return true
		}
	}
	return false
}
