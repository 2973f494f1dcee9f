// Package forward finds a mail forwarded inside another: attached whole (a
// message/rfc822 part) or inline, under a mailer's "Forwarded message"
// divider with the original's From, Date and Subject lines.
//
// What it unwraps is a claim by the person who forwarded it: nothing in it
// can be authenticated, so callers treat it as such.
package forward

import (
	"regexp"
	"strings"

	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/reply"
)

// dividers start an inline forward, as mailers write them (lower-cased;
// dashes around them vary and are ignored).
var dividers = []string{
	"forwarded message",        // Gmail: "---------- Forwarded message ---------"
	"begin forwarded message:", // Apple Mail
	"original message",         // Outlook, Thunderbird: "-----Original Message-----", "-------- Original Message --------"
	"転送メッセージ",                  // Gmail (ja): "---------- 転送メッセージ ----------"
	"転送されたメッセージ",               // Apple Mail (ja)
	"元のメッセージ",                  // Outlook (ja)
}

// fieldLine is one header-like line of an inline forward ("From: …",
// "差出人: …"), possibly bold-marked by an HTML-to-text conversion.
var fieldLine = regexp.MustCompile(`^\*?([A-Za-z-]+|差出人|送信者|件名|日付|送信日時|宛先)\*?\s*[:：]\*?\s*(.*)$`)

var fieldNames = map[string]string{
	"from": "from", "差出人": "from", "送信者": "from",
	"subject": "subject", "件名": "subject",
	"date": "date", "sent": "date", "日付": "date", "送信日時": "date",
	"to": "to", "宛先": "to", "cc": "cc",
}

// Unwrap returns the mail forwarded inside m, or nil when there is none. An
// attached message is parsed under lim; an inline one yields its From,
// Subject and text (what the divider's fields give).
func Unwrap(m *message.Message, lim message.Limits) *message.Message {
	if m.Enclosed != nil {
		if inner, err := message.ParseLimited(m.Enclosed, lim); err == nil && inner.From.Address != "" {
			return inner
		}
	}
	return inline(m.Text)
}

func inline(text string) *message.Message {
	// Only the head of a mail is read, as for a person's own words: a
	// forward starts near the top, and a hostile body stays cheap.
	lines := strings.Split(reply.Head(text), "\n")
	unquoted := make([]string, len(lines))
	for i, line := range lines {
		unquoted[i] = unquote(line)
	}
	// The first quoted mail is the one forwarded, under a divider or an
	// Outlook header block of its own (Outlook forwards with only the
	// block). Below it lies only older mail of its thread; and when the
	// first is headed by an attribution ("On … wrote:") or names no
	// address, the mail is a reply whose quote holds what it answers.
	first := reply.QuoteStart(unquoted)
	for i, line := range unquoted {
		switch {
		case isDivider(strings.ToLower(strings.Trim(line, " \t-—_*"))):
			return quotedMail(unquoted, i+1)
		case i == first:
			if isRule(line) {
				i++ // the "_____" line over Outlook's block
			}
			return quotedMail(unquoted, i)
		}
	}
	return nil
}

// quotedMail reads the header fields of a quoted mail from lines[j] on,
// and the text below them; nil when they name no sender's address.
func quotedMail(lines []string, j int) *message.Message {
	inner := &message.Message{}
	for ; j < len(lines); j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" {
			if inner.From.Address != "" {
				break // the original's header ends at its first blank line
			}
			continue
		}
		f := fieldLine.FindStringSubmatch(l)
		if f == nil {
			break
		}
		switch fieldNames[strings.ToLower(f[1])] {
		case "from":
			inner.From = address(f[2])
		case "subject":
			inner.Subject = strings.TrimSpace(f[2])
		}
	}
	if inner.From.Address == "" {
		return nil
	}
	inner.Text = strings.TrimSpace(strings.Join(lines[j:], "\n"))
	return inner
}

// isRule reports a line drawn of underscores, dashes or equals signs.
func isRule(l string) bool {
	l = strings.TrimSpace(l)
	return len(l) >= 10 && strings.Trim(l, "_-=") == ""
}

func isDivider(l string) bool {
	for _, d := range dividers {
		if l == d || (strings.HasPrefix(l, d) && len(l) < len(d)+3) {
			return true
		}
	}
	return false
}

// unquote drops the "> " marks a mailer may put before a forwarded text.
func unquote(line string) string {
	for {
		t := strings.TrimLeft(line, " ")
		if !strings.HasPrefix(t, ">") {
			return line
		}
		line = strings.TrimPrefix(t[1:], " ")
	}
}

// address reads "Name <addr>", "addr", or Outlook's "Name [mailto:addr]".
func address(v string) message.Address {
	v = strings.TrimSpace(v)
	if i := strings.LastIndex(v, "<"); i >= 0 {
		if j := strings.Index(v[i:], ">"); j > 0 {
			return message.Address{Name: strings.Trim(strings.TrimSpace(v[:i]), `"`), Address: strings.TrimSpace(v[i+1 : i+j])}
		}
	}
	if i := strings.Index(v, "[mailto:"); i >= 0 {
		if j := strings.Index(v[i:], "]"); j > 0 {
			return message.Address{Name: strings.TrimSpace(v[:i]), Address: strings.TrimSpace(v[i+8 : i+j])}
		}
	}
	for _, f := range strings.Fields(v) {
		if strings.Contains(f, "@") {
			return message.Address{Address: strings.Trim(f, "<>\"'(),;")}
		}
	}
	return message.Address{}
}
