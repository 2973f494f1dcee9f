package message

import (
	"bufio"
	"bytes"
	"io"
	"mime"
	netmail "net/mail"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	gomessage "github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// Longest header values handed to net/mail; longer ones are split first so
// a single huge field cannot make its parser do a lot of work at once.
const (
	maxAddressList = 64 << 10
	maxAddressItem = 4 << 10
	maxDateLen     = 256
)

// nextLine returns the line that starts at i, without its "\n" or "\r\n",
// and the index just after the line terminator.
func nextLine(b []byte, i int) ([]byte, int) {
	j := bytes.IndexByte(b[i:], '\n')
	next := len(b)
	line := b[i:]
	if j >= 0 {
		line = b[i : i+j]
		next = i + j + 1
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, next
}

// validKey reports whether k is a legal field name (RFC 5322 ftext).
func validKey(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for _, c := range k {
		if c < 33 || c > 126 || c == ':' {
			return false
		}
	}
	return true
}

// readHeader splits b into its header and body and parses the header with
// go-message's textproto reader. It returns the number of fields kept; 0
// means b has no header block.
//
// go-message rejects the whole header on the first malformed line, which
// real mail has (an mbox "From " line, a field name with a space, text where
// the blank separator line is missing). So the header block is cleaned
// first: a leading mbox "From " line is skipped (top level only), a line
// with a colon but an illegal field name is dropped together with its
// continuation lines, and a line without a colon ends the header and starts
// the body. Before the first field, any such line ends the header at once,
// so a part without header keeps all of its text.
func readHeader(b []byte, top bool, bd *bounds) (gomessage.Header, []byte, int) {
	i := 0
	if top {
		i = skipMboxFrom(b)
	}
	block := headerBlock{bounds: bd}
	body := b[len(b):]
lines:
	for i < len(b) {
		line, next := nextLine(b, i)
		if len(line) == 0 {
			body = b[next:]
			break
		}
		switch block.add(line) {
		case headerEnds:
			body = b[i:]
			break lines
		case overLimit:
			return gomessage.Header{}, nil, 0
		}
		i = next
	}
	if block.fields == 0 {
		return gomessage.Header{}, body, 0
	}
	block.buf.WriteString("\r\n")
	h, err := textproto.ReadHeader(bufio.NewReader(&block.buf))
	if err != nil && h.Len() == 0 {
		// Cannot happen with the cleaned block; treated as "no header".
		return gomessage.Header{}, body, 0
	}
	return gomessage.Header{Header: h}, body, h.Len()
}

// skipMboxFrom returns where the header of b starts: past a leading mbox
// "From " line, which is not a field (a "From :" line is one).
func skipMboxFrom(b []byte) int {
	if !bytes.HasPrefix(b, []byte("From ")) {
		return 0
	}
	line, next := nextLine(b, 0)
	if bytes.HasPrefix(bytes.TrimLeft(line[5:], " \t"), []byte(":")) {
		return 0
	}
	return next
}

// headerBlock collects the cleaned lines of one header (see readHeader).
type headerBlock struct {
	*bounds
	buf      bytes.Buffer
	fields   int  // fields kept so far
	keep     bool // continuation lines belong to a kept field
	fieldLen int  // bytes of the current field so far, folded lines included
}

// lineOutcome is what one line does to the header being read.
type lineOutcome int

const (
	lineTaken  lineOutcome = iota // kept or dropped; the header goes on
	headerEnds                    // the line is the first of the body
	overLimit                     // the header is over a limit: the message is refused
)

// add takes one non-empty header line.
func (h *headerBlock) add(line []byte) lineOutcome {
	if line[0] == ' ' || line[0] == '\t' {
		return h.continuation(line)
	}
	colon := bytes.IndexByte(line, ':')
	if colon < 0 {
		return headerEnds
	}
	key := bytes.TrimRight(line[:colon], " \t")
	if !validKey(key) {
		if h.fields == 0 {
			return headerEnds
		}
		h.keep = false // dropped, with its continuation lines
		return lineTaken
	}
	return h.field(key, line[colon+1:], len(line))
}

// continuation takes a folded line of the current field.
func (h *headerBlock) continuation(line []byte) lineOutcome {
	if h.fields == 0 {
		return headerEnds
	}
	if !h.keep {
		return lineTaken
	}
	if h.fieldLen += len(line) + 2; h.fieldLen > h.MaxHeaderBytes {
		h.exceed("a header field is over %d bytes", h.MaxHeaderBytes)
		return overLimit
	}
	h.buf.Write(line)
	h.buf.WriteString("\r\n")
	return lineTaken
}

// field starts a new field, key: value, from a line of lineLen bytes.
func (h *headerBlock) field(key, value []byte, lineLen int) lineOutcome {
	if h.fields >= h.MaxHeaderFields {
		h.exceed("more than %d header fields", h.MaxHeaderFields)
		return overLimit
	}
	if h.fieldLen = lineLen + 2; h.fieldLen > h.MaxHeaderBytes {
		h.exceed("a header field is over %d bytes", h.MaxHeaderBytes)
		return overLimit
	}
	h.buf.Write(key)
	h.buf.WriteByte(':')
	h.buf.Write(value)
	h.buf.WriteString("\r\n")
	h.fields++
	h.keep = true
	return lineTaken
}

// fixRaw converts raw 8-bit or JIS-escaped header text to UTF-8 using the
// message charset, as mail clients do; plain UTF-8 (RFC 6532) is kept.
func fixRaw(v, fallback string) string {
	if utf8.ValidString(v) && strings.IndexByte(v, 0x1b) < 0 {
		return v
	}
	return decodeText(fallback, []byte(v))
}

// decodeHeader returns the display form of one header value: raw 8-bit text
// converted, RFC 2047 encoded words decoded, always valid UTF-8.
func decodeHeader(v, fallback string) string {
	return stripControls(toValid(decodeWords(fixRaw(v, fallback))))
}

// stripControls turns control characters (an encoded CR or LF among them)
// into spaces: a decoded header is one line of text, and a reply that
// quotes it must never carry a line break into its own header.
func stripControls(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// wordDecoder decodes encoded words inside display names for net/mail, with
// the same charset handling as the rest of the package; its CharsetReader
// never fails so one unknown charset does not reject a whole address list.
var addrParser = netmail.AddressParser{WordDecoder: &mime.WordDecoder{
	CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
		b, err := io.ReadAll(io.LimitReader(input, maxAddressItem))
		if err != nil {
			return nil, err
		}
		return strings.NewReader(decodeText(charset, b)), nil
	},
}}

// parseAddressList parses an address header value. It tries net/mail on the
// whole list, then item by item, then a loose "Name <addr>" reading, so one
// broken item (an empty "<>", a bare word, a stray comma) does not lose the
// others. Items without an address are dropped.
func parseAddressList(v, fallback string) []Address {
	v = strings.TrimSpace(fixRaw(v, fallback))
	if v == "" {
		return nil
	}
	if len(v) <= maxAddressList {
		if list, err := addrParser.ParseList(v); err == nil {
			out := make([]Address, 0, len(list))
			for _, a := range list {
				out = appendAddress(out, a.Name, a.Address)
			}
			return out
		}
	}
	var out []Address
	for _, item := range splitAddressList(v) {
		if len(item) <= maxAddressItem {
			if a, err := addrParser.Parse(item); err == nil {
				out = appendAddress(out, a.Name, a.Address)
				continue
			}
		}
		name, addr := looseAddress(item)
		out = appendAddress(out, name, addr)
	}
	return out
}

// addressField parses every value of an address field, keeping at most
// maxAddresses mailboxes.
func addressField(values []string, fallback string) []Address {
	var out []Address
	for _, v := range values {
		if len(out) >= maxAddresses {
			break
		}
		out = append(out, parseAddressList(v, fallback)...)
	}
	if len(out) > maxAddresses {
		out = out[:maxAddresses]
	}
	return out
}

func appendAddress(out []Address, name, addr string) []Address {
	addr = strings.TrimSpace(addr)
	if addr == "" || len(out) >= maxAddresses {
		return out
	}
	name = strings.TrimSpace(name)
	if strings.Contains(name, "=?") {
		// net/mail leaves encoded words inside quoted strings alone.
		name = decodeWords(name)
	}
	return append(out, Address{Name: toValid(name), Address: toValid(addr)})
}

// splitAddressList splits a list at commas and semicolons that are outside
// quotes, comments and angle brackets, and drops group names ("team:").
func splitAddressList(v string) []string {
	var items []string
	start := 0
	depth := 0 // comment nesting
	angle := false
	quoted := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && (quoted || depth > 0):
			i++
		case quoted:
			if c == '"' {
				quoted = false
			}
		case depth > 0:
			if c == '(' {
				depth++
			} else if c == ')' {
				depth--
			}
		case c == '"':
			quoted = true
		case c == '(':
			depth++
		case c == '<':
			angle = true
		case c == '>':
			angle = false
		case angle:
		case c == ',' || c == ';':
			items = append(items, v[start:i])
			start = i + 1
			if len(items) >= maxAddresses {
				return trimItems(items)
			}
		case c == ':':
			start = i + 1
		}
	}
	items = append(items, v[start:])
	return trimItems(items)
}

// trimItems trims the items and drops empty ones (", ," in lists).
func trimItems(items []string) []string {
	out := items[:0]
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

// looseAddress reads "Name <addr>" or "addr (Name)" without validating the
// address, for items net/mail rejects.
func looseAddress(item string) (name, addr string) {
	item = strings.TrimSpace(item)
	if lt := strings.LastIndexByte(item, '<'); lt >= 0 {
		rest := item[lt+1:]
		if gt := strings.IndexByte(rest, '>'); gt >= 0 {
			rest = rest[:gt]
		}
		return cleanName(item[:lt]), cleanAddr(rest)
	}
	plain, comment := scanCFWS(item, false)
	fields := strings.Fields(plain)
	for _, f := range fields {
		if strings.Contains(f, "@") {
			return cleanName(comment), f
		}
	}
	if len(fields) == 1 {
		// e.g. "MAILER-DAEMON (Mail Delivery System)" in bounces.
		return cleanName(comment), fields[0]
	}
	return "", ""
}

// cleanAddr removes comments, folding white space and an obsolete source
// route ("@relay:user@host") from an address net/mail rejected.
func cleanAddr(s string) string {
	s, _ = scanCFWS(s, false)
	s = strings.Join(strings.Fields(s), "")
	if strings.HasPrefix(s, "@") {
		if i := strings.LastIndexByte(s, ':'); i >= 0 {
			s = s[i+1:]
		}
	}
	return s
}

// cleanName strips quotes and decodes encoded words in a display name.
func cleanName(s string) string {
	s, _ = scanCFWS(s, false)
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = strings.ReplaceAll(s[1:len(s)-1], `\"`, `"`)
	}
	return strings.TrimSpace(decodeWords(s))
}

// scanCFWS removes RFC 5322 comments from s (and quoted strings too when
// dropQuoted) and returns the remaining text and the comment texts.
// An unclosed comment or quote runs to the end of s.
func scanCFWS(s string, dropQuoted bool) (rest, comments string) {
	if strings.IndexByte(s, '(') < 0 && (!dropQuoted || strings.IndexByte(s, '"') < 0) {
		return s, ""
	}
	var r, c strings.Builder
	depth := 0
	quoted := false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case depth > 0:
			if ch == '\\' && i+1 < len(s) {
				i++
				c.WriteByte(s[i])
				continue
			}
			if ch == '(' {
				depth++
			} else if ch == ')' {
				depth--
				if depth == 0 {
					r.WriteByte(' ')
					c.WriteByte(' ')
					continue
				}
			}
			c.WriteByte(ch)
		case quoted:
			if ch == '\\' && i+1 < len(s) {
				i++
				if !dropQuoted {
					r.WriteByte('\\')
					r.WriteByte(s[i])
				}
				continue
			}
			if ch == '"' {
				quoted = false
				if dropQuoted {
					r.WriteByte(' ')
					continue
				}
			}
			if !dropQuoted {
				r.WriteByte(ch)
			}
		case ch == '(':
			depth = 1
		case ch == '"':
			quoted = true
			if !dropQuoted {
				r.WriteByte(ch)
			}
		default:
			r.WriteByte(ch)
		}
	}
	return r.String(), strings.TrimSpace(c.String())
}

// parseIDList extracts message IDs from an In-Reply-To, References or
// Message-ID value: every <...> token outside comments and quoted strings
// (or anywhere, if that finds none); failing that, the whitespace- or
// comma-separated words. Whitespace inside an ID is removed, since it comes
// from folding in the middle of the ID.
func parseIDList(v string) []string {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	s, _ := scanCFWS(v, true)
	ids := angleIDs(s)
	if len(ids) == 0 {
		ids = angleIDs(v)
	}
	if len(ids) == 0 {
		for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
			if id := toValid(NormalizeMessageID(f)); id != "" {
				ids = append(ids, id)
				if len(ids) >= maxIDs {
					break
				}
			}
		}
	}
	return ids
}

func angleIDs(s string) []string {
	var ids []string
	for len(ids) < maxIDs {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			return ids
		}
		s = s[lt+1:]
		gt := strings.IndexByte(s, '>')
		if gt < 0 {
			return ids
		}
		inner := s[:gt]
		if k := strings.LastIndexByte(inner, '<'); k >= 0 {
			inner = inner[k+1:]
		}
		s = s[gt+1:]
		id := NormalizeMessageID(inner)
		if strings.ContainsAny(id, " \t\r\n") {
			id = strings.Join(strings.Fields(id), "")
		}
		if id = toValid(id); id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}

// appendIDs appends the IDs of add not yet in dst, keeping order and at
// most maxIDs in all.
func appendIDs(dst, add []string) []string {
	if len(add) == 0 || len(dst) >= maxIDs {
		return dst
	}
	seen := make(map[string]struct{}, len(dst)+len(add))
	for _, id := range dst {
		seen[id] = struct{}{}
	}
	for _, id := range add {
		if len(dst) >= maxIDs {
			break
		}
		if _, ok := seen[id]; !ok {
			seen[id] = struct{}{}
			dst = append(dst, id)
		}
	}
	return dst
}

// deliveredTo returns the address of one Delivered-To value, or the trimmed
// value when it is not an address.
func deliveredTo(v, fallback string) string {
	if a := parseAddressList(v, fallback); len(a) > 0 {
		return a[0].Address
	}
	return toValid(strings.Trim(v, " \t<>"))
}

// Layouts tried after net/mail's own, for dates written by broken software.
var dateLayouts = []string{
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	time.RubyDate,
	time.RFC3339,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon Jan 2 15:04:05 2006 -0700",
	"Mon Jan 2 15:04:05 -0700 2006",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
}

// parseDate parses the Date field with go-message (net/mail), then again
// without comments and extra spaces, then with a few more layouts.
func parseDate(h gomessage.Header) time.Time {
	v := strings.TrimSpace(h.Get("Date"))
	if v == "" || len(v) > maxDateLen {
		return time.Time{}
	}
	mh := gomail.Header{Header: h}
	if t, err := mh.Date(); err == nil {
		return t
	}
	s, _ := scanCFWS(v, false)
	s = strings.Join(strings.Fields(toValid(s)), " ")
	if t, err := netmail.ParseDate(s); err == nil {
		return t
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
