package trust

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// Field is one header field exactly as received: its name in lower case and
// its value unfolded but not decoded (no RFC 2047 decoding, no charset
// conversion), so that what is checked is what a signature covered.
type Field struct {
	Name  string
	Value string
}

// Header is a header block read strictly, the way a DKIM verifier reads it.
type Header struct {
	Fields []Field
	// Problem, when not "", is why this header cannot be authenticated: a line
	// that is not a field, or a field that must be single given twice. Any
	// such block is read differently by different parsers, so a signature
	// over one reading proves nothing about the other.
	Problem string
}

// ErrHeaderLimit is returned when a header block is over a limit before it
// is read; such mail is quarantined rather than verified.
var ErrHeaderLimit = errors.New("header over a limit")

// singleFields may appear at most once in a mail certflow believes (RFC 5322
// section 3.6 allows one of each). A second copy above a signed one is how a
// genuine signature is made to vouch for a forged Subject or thread.
var singleFields = []string{"from", "sender", "subject", "message-id", "in-reply-to", "references", "to", "cc", "date",
	// One each too (RFC 2045): a second one would change how a signed body is read.
	"mime-version", "content-type", "content-transfer-encoding"}

// ReadHeader reads the header block of raw: the lines up to the first empty
// line. It refuses, before any other work, a block of more than maxLines
// lines or maxBytes bytes (zero: no limit), and DKIM signatures over the
// limits of signatures(). Reading stops at the first line that is not part
// of a field: such a header is not authenticated, whatever follows.
func ReadHeader(raw []byte, maxLines, maxBytes int) (Header, error) {
	var h Header
	var cur strings.Builder // the value of the field being read, unfolded
	flush := func() {
		if n := len(h.Fields); n > 0 && cur.Len() > 0 {
			h.Fields[n-1].Value = cur.String()
		}
		cur.Reset()
	}
	lines := 0
	for i := 0; i < len(raw); {
		line, next := nextLine(raw, i)
		if len(line) == 0 {
			break
		}
		if lines++; maxLines > 0 && lines > maxLines {
			return Header{}, fmt.Errorf("%w: more than %d header fields (CERTFLOW_MAIL_MAX_HEADER_FIELDS)",
				ErrHeaderLimit, maxLines)
		}
		if maxBytes > 0 && next > maxBytes {
			return Header{}, fmt.Errorf("%w: the header block is over %d bytes", ErrHeaderLimit, maxBytes)
		}
		i = next
		if line[0] == ' ' || line[0] == '\t' {
			if len(h.Fields) == 0 {
				h.Problem = "the header starts with a continuation line"
				break
			}
			cur.WriteByte(' ')
			cur.Write(bytes.TrimLeft(line, " \t"))
			continue
		}
		name, value, ok := splitField(line)
		if !ok {
			// Parsers disagree on where such a header ends; none is believed,
			// and nothing below this line is worth reading for that.
			h.Problem = fmt.Sprintf("header line %d is not a field (%q)", lines, clip(string(line), 40))
			break
		}
		flush()
		h.Fields = append(h.Fields, Field{Name: name})
		cur.WriteString(value)
	}
	flush()
	if h.Problem != "" {
		return h, nil
	}
	if _, err := signatures(h); err != nil {
		return Header{}, err
	}
	h.Problem = h.repeated()
	return h, nil
}

// splitField splits "Name: value"; the name must be RFC 5322 ftext, with
// white space allowed only between it and the colon (obsolete syntax).
func splitField(line []byte) (name, value string, ok bool) {
	colon := bytes.IndexByte(line, ':')
	if colon <= 0 {
		return "", "", false
	}
	key := bytes.TrimRight(line[:colon], " \t")
	if len(key) == 0 {
		return "", "", false
	}
	for _, c := range key {
		if c < 33 || c > 126 {
			return "", "", false
		}
	}
	return strings.ToLower(string(key)), strings.TrimLeft(string(line[colon+1:]), " \t"), true
}

func (h Header) repeated() string {
	for _, name := range singleFields {
		if n := len(h.Values(name)); n > 1 {
			return fmt.Sprintf("the header has %d %s fields; a mail that is believed has at most one", n, canonical(name))
		}
	}
	return ""
}

// Values returns the values of the fields called name (lower case), top first.
func (h Header) Values(name string) []string {
	var out []string
	for _, f := range h.Fields {
		if f.Name == name {
			out = append(out, f.Value)
		}
	}
	return out
}

// nextLine returns the line that starts at i, without its "\n" or "\r\n",
// and the index just after it.
func nextLine(b []byte, i int) ([]byte, int) {
	j := bytes.IndexByte(b[i:], '\n')
	if j < 0 {
		return bytes.TrimSuffix(b[i:], []byte("\r")), len(b)
	}
	return bytes.TrimSuffix(b[i:i+j], []byte("\r")), i + j + 1
}

// canonical writes a lower-case field name the way people read it.
func canonical(name string) string {
	switch name {
	case "message-id":
		return "Message-ID"
	case "cc":
		return "Cc"
	case "mime-version":
		return "MIME-Version"
	}
	parts := strings.Split(name, "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "-")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
