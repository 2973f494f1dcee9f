// Package message turns one raw RFC 5322 message into a small, decoded
// Message that correlation and classification can use without knowing
// anything about MIME, transfer encodings or charsets.
//
// Mail seen by a watcher is often broken (bad boundaries, unknown charsets,
// 8-bit headers, truncated bodies), so the parser is deliberately lenient:
// it fails only when there is no usable header at all, and otherwise returns
// whatever could be read. Every string it returns is valid UTF-8.
//
// Header fields are read with go-message's textproto reader and charsets are
// converted through go-message's charset registry. MIME multipart bodies are
// split here, on the in-memory input, instead of with go-message's streaming
// multipart reader, because that reader stops at the first irregular line
// (mixed line endings, a missing blank line, a wrong boundary) and the text
// after it would be lost.
//
// The work is bounded and linear in the input: parts are sub-slices of the
// input, and the numbers of parts, message IDs and addresses are capped.
// MIME nesting, header fields and header length are limited by Limits (the
// worker's settings): a message over one is refused with ErrLimit, so that
// it is quarantined and reported instead of half-read.
package message

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	gomessage "github.com/emersion/go-message"
	// Registers the charsets of golang.org/x/text with go-message, so that
	// gomessage.CharsetReader knows ISO-8859-*, Windows-*, GBK, Big5, EUC-KR...
	_ "github.com/emersion/go-message/charset"

	"github.com/certflow/certflow/config"
)

// Limits that keep the work proportional to the input and stop hostile
// messages from exhausting memory or the stack.
const (
	// maxParts caps the number of MIME parts looked at in one message.
	maxParts = 1000
	// maxIDs caps the message IDs kept per threading field (References of
	// real threads are trimmed by mailers to a few dozen).
	maxIDs = 1000
	// maxAddresses caps the mailboxes kept per address field.
	maxAddresses = 1000
)

// ErrInvalid is wrapped by every error Parse returns, so callers can classify
// unusable input with errors.Is without matching message texts.
var ErrInvalid = errors.New("message: invalid message")

// ErrLimit is wrapped (with ErrInvalid) by the error for a message over one
// of its Limits.
var ErrLimit = errors.New("over a limit")

// Limits bound what one message may hold. Real mail stays far below the
// defaults; a message over one is hostile or broken, and is refused whole.
type Limits struct {
	// MaxDepth is the deepest MIME multipart nesting.
	MaxDepth int
	// MaxHeaderFields is the most header fields in one entity (the message
	// or one of its parts).
	MaxHeaderFields int
	// MaxHeaderBytes is the longest one header field may be, folded lines
	// included.
	MaxHeaderBytes int
}

// DefaultLimits are the limits Parse applies: the worker's default settings.
var DefaultLimits = Limits{
	MaxDepth:        config.DefaultMaxMIMEDepth,
	MaxHeaderFields: config.DefaultMaxHeaderFields,
	MaxHeaderBytes:  config.DefaultMaxHeaderBytes,
}

// bounds carries the limits through one parse and remembers the first one
// exceeded.
type bounds struct {
	Limits
	exceeded string
}

func (b *bounds) exceed(format string, args ...any) {
	if b.exceeded == "" {
		b.exceeded = fmt.Sprintf(format, args...)
	}
}

// Address is one mailbox: display name decoded, address as written (trimmed).
type Address struct {
	// Name is the display name, RFC 2047 decoded; "" when absent.
	Name string
	// Address is the addr-spec as written, trimmed; never "" in a parsed
	// Message except in the zero From.
	Address string
}

// Message is the decoded view of one raw message that the rest of certflow
// works with; it holds no reference to the raw input.
type Message struct {
	// MessageID is the Message-ID without angle brackets; "" when absent.
	MessageID string
	// InReplyTo holds the message IDs of In-Reply-To, without angle brackets.
	InReplyTo []string
	// References holds the message IDs of References, in order, without
	// angle brackets.
	References []string
	// From is the first From mailbox (zero when absent or unparseable).
	From Address
	// ReplyTo holds the Reply-To mailboxes.
	ReplyTo []Address
	// To holds the To mailboxes.
	To []Address
	// Cc holds the Cc mailboxes.
	Cc []Address
	// DeliveredTo holds every Delivered-To value (addresses), top first, so
	// the receiving alias can be recovered after forwarding.
	DeliveredTo []string
	// Subject is the decoded subject (encoded words in any charset, raw
	// 8-bit in the message charset, JIS escapes).
	Subject string
	// Date is the Date header; zero when absent or unparseable.
	Date time.Time
	// Text is the readable body: the first text/plain part, or else the
	// first text/html part turned into plain text (a blank text/plain part,
	// as some mailers put beside the HTML, does not count). Attachments and
	// nested message/rfc822 parts are not used. Line endings are "\n".
	Text string
	// Enclosed is the first attached message (a message/rfc822 part, as a
	// mailer forwards "as attachment"), transfer-decoded; nil when none.
	Enclosed []byte
	// ContentType is the top-level media type, lower-cased
	// ("multipart/report"); ReportType its report-type parameter
	// ("delivery-status"), "" when absent.
	ContentType, ReportType string
	// DeliveryStatus is the first message/delivery-status part of a
	// delivery report (RFC 3464), transfer-decoded, at most 64 KiB; nil when
	// none. ReturnedHeaders is its text/rfc822-headers part, likewise.
	DeliveryStatus, ReturnedHeaders []byte
	// Header maps canonical header keys (net/textproto form, e.g.
	// "Message-Id") to decoded values in the order they appear, for later
	// checks such as Authentication-Results. Malformed lines are dropped.
	Header map[string][]string
	// Size is len(raw).
	Size int
}

// Parse parses raw. It returns an error (wrapping ErrInvalid) only when the
// message is unusable: empty input, or no header block at all. A body that is
// partly broken (bad boundary, unknown charset, bad base64) still yields a
// Message with whatever text could be read.
func Parse(raw []byte) (msg *Message, err error) {
	return ParseLimited(raw, DefaultLimits)
}

// ParseLimited is Parse under the given limits; a message over one of them
// is refused with an error wrapping ErrLimit and ErrInvalid.
func ParseLimited(raw []byte, lim Limits) (msg *Message, err error) {
	// Last resort only: the parser is written not to panic, but a watcher
	// must never die on one message.
	defer func() {
		if r := recover(); r != nil {
			msg, err = nil, fmt.Errorf("%w: internal error: %v", ErrInvalid, r)
		}
	}()
	return parseLimited(raw, lim)
}

// parse is Parse without the recover, so tests and the fuzzer see panics.
func parse(raw []byte) (*Message, error) { return parseLimited(raw, DefaultLimits) }

func parseLimited(raw []byte, lim Limits) (*Message, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrInvalid)
	}
	data := normalizeInput(raw)
	bd := &bounds{Limits: lim}
	h, body, n := readHeader(data, true, bd)
	if n == 0 && bd.exceeded == "" {
		return nil, fmt.Errorf("%w: no header fields", ErrInvalid)
	}

	w := walker{bounds: bd}
	w.walk(h, body, 0, false)
	if bd.exceeded != "" {
		return nil, fmt.Errorf("%w: %w: %s", ErrInvalid, ErrLimit, bd.exceeded)
	}

	m := &Message{Size: len(raw), Text: w.text()}
	if w.enclosed != nil {
		m.Enclosed = bytes.Clone(w.enclosed)
	}
	m.DeliveryStatus, m.ReturnedHeaders = w.status, w.returned
	ct, ctParams := contentType(h, "text/plain")
	m.ContentType, m.ReportType = ct, strings.ToLower(ctParams["report-type"])
	m.readHeaderFields(h, headerCharset(h, &w))
	return m, nil
}

// normalizeInput undoes what export tools and old mail programs do to a
// message before its header: a BOM or blank lines before the header do
// not make the header empty, and old Mac mail's bare CR line endings would
// otherwise make the whole message one header line.
func normalizeInput(raw []byte) []byte {
	data := bytes.TrimLeft(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")), "\r\n")
	if bytes.IndexByte(data, '\n') < 0 && bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	return data
}

// headerCharset is the charset raw 8-bit header text is read in: in
// practice the body's (the message's own, else that of its text part).
func headerCharset(h gomessage.Header, w *walker) string {
	if _, params := contentType(h, "text/plain"); params["charset"] != "" {
		return params["charset"]
	}
	return w.charset()
}

// readHeaderFields fills m's header fields from h, reading raw 8-bit text in
// the charset fallback.
func (m *Message) readHeaderFields(h gomessage.Header, fallback string) {
	m.Header = make(map[string][]string, h.Len())
	for fs := h.Fields(); fs.Next(); {
		k := fs.Key()
		m.Header[k] = append(m.Header[k], decodeHeader(fs.Value(), fallback))
	}

	if ids := parseIDList(h.Get("Message-Id")); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	for _, v := range h.Values("In-Reply-To") {
		m.InReplyTo = appendIDs(m.InReplyTo, parseIDList(v))
	}
	for _, v := range h.Values("References") {
		m.References = appendIDs(m.References, parseIDList(v))
	}

	if from := parseAddressList(h.Get("From"), fallback); len(from) > 0 {
		m.From = from[0]
	}
	m.ReplyTo = addressField(h.Values("Reply-To"), fallback)
	m.To = addressField(h.Values("To"), fallback)
	m.Cc = addressField(h.Values("Cc"), fallback)
	for _, v := range h.Values("Delivered-To") {
		if a := deliveredTo(v, fallback); a != "" {
			m.DeliveredTo = append(m.DeliveredTo, a)
		}
	}

	m.Subject = decodeHeader(h.Get("Subject"), fallback)
	m.Date = parseDate(h)
}

// NormalizeMessageID trims spaces and angle brackets, so IDs taken from
// Message-ID, In-Reply-To, References or an IMAP envelope compare equal.
func NormalizeMessageID(s string) string {
	return strings.Trim(s, " \t\r\n<>")
}

// HeaderID names a message that has no Message-ID by a hash of its raw
// header: the same bytes give the same name under any UID or UIDVALIDITY
// (a name from the UID made the same mail two mails after a UIDVALIDITY
// change), and a mail with another header, another name. Line endings are
// made "\n" first, so a store that rewrote them names it the same.
func HeaderID(raw []byte) string {
	data := bytes.TrimLeft(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")), "\r\n")
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if end := bytes.Index(data, []byte("\n\n")); end >= 0 {
		data = data[:end]
	}
	sum := sha256.Sum256(data)
	return "header-" + hex.EncodeToString(sum[:16]) + "@no-message-id.invalid"
}
