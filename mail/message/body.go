package message

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	gomessage "github.com/emersion/go-message"
)

// contentType returns the media type and parameters of an entity. It uses
// go-message's parser first and falls back to a loose reading, because
// unquoted boundaries with "=" or a missing ";" make the strict parser
// reject the whole field and the boundary would be lost.
func contentType(h gomessage.Header, def string) (string, map[string]string) {
	v := h.Get("Content-Type")
	if strings.TrimSpace(v) == "" {
		return def, map[string]string{}
	}
	t, params, err := h.ContentType()
	if err != nil {
		t, params = parseParamsLoose(v)
	}
	if params == nil {
		params = map[string]string{}
	}
	switch {
	case t == "":
		t = def
	case t == "text":
		t = "text/plain"
	}
	return t, params
}

// disposition returns the Content-Disposition type and parameters, loosely.
func disposition(h gomessage.Header) (string, map[string]string) {
	v := h.Get("Content-Disposition")
	if strings.TrimSpace(v) == "" {
		return "", map[string]string{}
	}
	d, params, err := h.ContentDisposition()
	if err != nil {
		d, params = parseParamsLoose(v)
	}
	if params == nil {
		params = map[string]string{}
	}
	return d, params
}

// parseParamsLoose reads `type; key=value; key="quoted"` without failing:
// separators may be missing, quotes unclosed, values contain tspecials.
// The first value of a repeated key wins.
func parseParamsLoose(v string) (string, map[string]string) {
	params := map[string]string{}
	v = strings.TrimSpace(v)
	end := strings.IndexAny(v, "; \t")
	if end < 0 {
		end = len(v)
	}
	t := strings.ToLower(strings.Trim(v[:end], `"'`))
	if strings.IndexByte(t, '=') >= 0 {
		// No type at all, only parameters.
		t, end = "", 0
	}
	s := v[end:]
	for i := 0; i < len(s) && len(params) < 64; {
		for i < len(s) && (s[i] == ';' || s[i] == ' ' || s[i] == '\t') {
			i++
		}
		start := i
		for i < len(s) && s[i] != '=' && s[i] != ';' && s[i] != ' ' && s[i] != '\t' {
			i++
		}
		key := strings.ToLower(s[start:i])
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) || s[i] != '=' {
			continue
		}
		i++
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		var val string
		if i < len(s) && s[i] == '"' {
			i++
			var b strings.Builder
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				b.WriteByte(s[i])
				i++
			}
			if i < len(s) {
				i++
			}
			val = b.String()
		} else {
			start := i
			for i < len(s) && s[i] != ';' && s[i] != ' ' && s[i] != '\t' {
				i++
			}
			val = s[start:i]
		}
		if _, dup := params[key]; key != "" && !dup {
			params[key] = val
		}
	}
	return t, params
}

// decodeTransfer undoes the Content-Transfer-Encoding. The value is read
// loosely ("Quoted-printable;", "quoted printable", "7-bit"); anything
// unknown (x-uuencode, garbage) leaves the bytes as they are.
func decodeTransfer(cte string, b []byte) []byte {
	var n strings.Builder
	for _, r := range strings.ToLower(cte) {
		if n.Len() >= 64 {
			break
		}
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			n.WriteRune(r)
		}
	}
	switch s := n.String(); {
	case strings.Contains(s, "base64"):
		return decodeBase64(b)
	case strings.Contains(s, "quoted") || s == "qp":
		return decodeQP(b)
	}
	return b
}

// walker looks through the MIME tree for the readable body.
type walker struct {
	bounds     *bounds
	enclosed   []byte // the first message/rfc822 part
	status     []byte // the first message/delivery-status part
	returned   []byte // the first text/rfc822-headers part
	parts      int
	plain      *leafText // first non-blank text/plain
	html       *leafText // first non-blank text/html
	firstPlain *leafText // first text/plain, even if blank
}

type leafText struct {
	text    string
	charset string
}

// walk visits one entity. Nesting deeper than the limit stops the parse; the
// visit ends once a non-blank text/plain part and an enclosed message (or
// the part cap) are found.
func (w *walker) walk(h gomessage.Header, body []byte, depth int, digest bool) {
	if w.bounds.exceeded != "" {
		return
	}
	def := "text/plain"
	if digest {
		def = "message/rfc822" // RFC 2046 5.1.5
	}
	t, params := contentType(h, def)
	if strings.HasPrefix(t, "multipart/") {
		if depth >= w.bounds.MaxDepth {
			w.bounds.exceed("MIME parts nested deeper than %d levels", w.bounds.MaxDepth)
			return
		}
		parts := splitMultipart(body, params["boundary"])
		if parts == nil {
			if b := guessBoundary(body); b != "" {
				parts = splitMultipart(body, b)
			}
		}
		if parts == nil {
			// Labelled multipart but no part can be found: the body is all
			// the text there is.
			w.leaf("text/plain", nil, nil, body)
			return
		}
		for _, p := range parts {
			if (w.plain != nil && w.enclosed != nil) || w.parts >= maxParts || w.bounds.exceeded != "" {
				return
			}
			w.parts++
			ph, pbody, _ := readHeader(p, false, w.bounds)
			w.walk(ph, pbody, depth+1, t == "multipart/digest")
		}
		return
	}
	if (t == "message/delivery-status" || t == "message/global-delivery-status") && w.status == nil {
		w.status = capped(decodeTransfer(h.Get("Content-Transfer-Encoding"), body))
		return
	}
	if (t == "text/rfc822-headers" || t == "message/global-headers") && w.returned == nil {
		w.returned = capped(decodeTransfer(h.Get("Content-Transfer-Encoding"), body))
		return
	}
	if t == "message/rfc822" && w.enclosed == nil {
		w.enclosed = decodeTransfer(h.Get("Content-Transfer-Encoding"), body)
		return
	}
	if t != "text/plain" && t != "text/html" {
		return
	}
	if isAttachment(h, params) {
		return
	}
	w.leaf(t, &h, params, body)
}

// maxReportBytes bounds the delivery-status and returned-headers parts kept:
// real ones are a few KiB.
const maxReportBytes = 64 << 10

func capped(b []byte) []byte {
	return bytes.Clone(b[:min(len(b), maxReportBytes)])
}

// isAttachment reports whether a text part is a file rather than the body:
// disposition "attachment", or a file name without an explicit "inline".
func isAttachment(h gomessage.Header, ctParams map[string]string) bool {
	d, dparams := disposition(h)
	switch strings.ToLower(d) {
	case "attachment":
		return true
	case "inline":
		return false
	}
	for k := range dparams {
		if strings.HasPrefix(k, "filename") {
			return true
		}
	}
	for k := range ctParams {
		if strings.HasPrefix(k, "name") {
			return true
		}
	}
	return false
}

// leaf decodes a text part and records it if it is the first of its kind.
func (w *walker) leaf(t string, h *gomessage.Header, params map[string]string, body []byte) {
	if (t == "text/plain" && w.plain != nil) || (t == "text/html" && w.html != nil) {
		return
	}
	if h != nil {
		body = decodeTransfer(h.Get("Content-Transfer-Encoding"), body)
	}
	charset := params["charset"]
	if t == "text/html" && charset == "" && !utf8.Valid(body) {
		charset = metaCharset(body)
	}
	text := decodeText(charset, body)
	if t == "text/html" {
		text = htmlToText(text)
	} else {
		text = normalizeNewlines(text)
	}
	lt := &leafText{text: text, charset: charset}
	blank := strings.TrimSpace(text) == ""
	if t == "text/plain" {
		if w.firstPlain == nil {
			w.firstPlain = lt
		}
		if !blank {
			w.plain = lt
		}
	} else if !blank {
		w.html = lt
	}
}

// chosen is the part that gives Text: the first non-blank text/plain, else
// the first non-blank text/html, else a blank text/plain.
func (w *walker) chosen() *leafText {
	switch {
	case w.plain != nil:
		return w.plain
	case w.html != nil:
		return w.html
	}
	return w.firstPlain
}

func (w *walker) text() string {
	if c := w.chosen(); c != nil {
		return c.text
	}
	return ""
}

func (w *walker) charset() string {
	if c := w.chosen(); c != nil {
		return c.charset
	}
	return ""
}

// normalizeNewlines turns CRLF and lone CR into LF and drops a leading BOM,
// so Text compares the same whatever the sender's line endings.
func normalizeNewlines(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// metaCharset finds a charset declared in the first KiB of an HTML part,
// for HTML sent without a MIME charset.
func metaCharset(b []byte) string {
	head := ASCIILower(string(b[:min(len(b), 1024)]))
	i := strings.Index(head, "charset=")
	if i < 0 {
		return ""
	}
	s := strings.TrimLeft(head[i+len("charset="):], `"' `)
	end := strings.IndexAny(s, "\"' ;>/")
	if end < 0 {
		return ""
	}
	return s[:end]
}

// splitMultipart splits a multipart body at its delimiter lines and returns
// the parts (sub-slices of body), or nil when no delimiter line is found.
// It accepts LF and CRLF line endings, even mixed, trailing white space
// after a delimiter, and a missing close delimiter (the last part then runs
// to the end). Preamble and epilogue are dropped.
func splitMultipart(body []byte, boundary string) [][]byte {
	if boundary == "" || len(boundary) > 200 {
		return nil
	}
	delim := []byte("--" + boundary)
	var parts [][]byte
	start := -1
	for i := 0; i < len(body); {
		lineStart := i
		line, next := nextLine(body, i)
		i = next
		if !bytes.HasPrefix(line, delim) {
			continue
		}
		rest := line[len(delim):]
		final := bytes.HasPrefix(rest, []byte("--"))
		if final {
			rest = rest[2:]
		}
		if len(bytes.TrimSpace(rest)) != 0 {
			continue
		}
		if start >= 0 {
			end := lineStart
			// The line break before a delimiter belongs to the delimiter.
			if end > start && body[end-1] == '\n' {
				end--
				if end > start && body[end-1] == '\r' {
					end--
				}
			}
			parts = append(parts, body[start:end])
			if len(parts) >= maxParts {
				return parts
			}
		} else if parts == nil {
			parts = [][]byte{}
		}
		if final {
			return parts
		}
		start = next
	}
	if start >= 0 {
		parts = append(parts, body[start:])
	}
	if len(parts) == 0 {
		return nil
	}
	return parts
}

// guessBoundary finds the boundary of a multipart body whose declared
// boundary is missing or wrong: the first "--token" line that is followed
// by a Content-* field, which is how every part of real mail starts.
func guessBoundary(body []byte) string {
	for i := 0; i < len(body); {
		line, next := nextLine(body, i)
		i = next
		if len(line) < 3 || line[0] != '-' || line[1] != '-' {
			continue
		}
		cand := bytes.TrimRight(line[2:], " \t")
		if len(cand) == 0 || len(cand) > 200 || bytes.ContainsAny(cand, " \t") {
			continue
		}
		following, _ := nextLine(body, next)
		if len(following) >= 8 && strings.EqualFold(string(following[:8]), "content-") {
			return string(cand)
		}
	}
	return ""
}
