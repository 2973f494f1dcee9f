package message

import (
	"html"
	"strings"
)

// Elements whose content is never shown as text.
var hiddenElements = map[string]bool{
	"script": true, "style": true, "title": true, "template": true,
}

// Elements that start a new line; "p" adds a blank line.
var blockElements = map[string]bool{
	"p": true, "div": true, "tr": true, "li": true, "ul": true, "ol": true,
	"table": true, "blockquote": true, "pre": true, "hr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "dl": true, "dt": true, "dd": true,
	"section": true, "article": true, "header": true, "footer": true, "center": true,
	"address": true, "form": true, "body": true, "html": true,
}

// ASCIILower lower-cases ASCII letters only, keeping byte offsets equal to
// the input's (strings.ToLower may change lengths): an index found in the
// result is an index into s.
func ASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// htmlToText turns an HTML body into plain text for classification: tags
// are removed, line-breaking elements become newlines, entities are
// unescaped, and script, style and comments are dropped. It is a single
// linear scan that tolerates any malformed markup; it is not a renderer.
func htmlToText(s string) string {
	lower := ASCIILower(s)
	out := &htmlOut{}
	out.Grow(len(s) / 2)
	pre := 0 // open <pre> elements
	textStart := 0
	for i := 0; i < len(s); {
		if s[i] != '<' || i+1 >= len(s) {
			i++
			continue
		}
		c := s[i+1]
		if c != '/' && c != '!' && c != '?' && !isASCIILetter(c) {
			i++ // a literal "<"
			continue
		}
		out.text(s[textStart:i], pre > 0)
		if c == '!' || c == '?' {
			i = skipDeclaration(s, i)
		} else {
			i = tag(s, lower, i, out, &pre)
		}
		textStart = i
	}
	if textStart < len(s) {
		out.text(s[textStart:], pre > 0)
	}
	return tidyLines(out.String())
}

// skipDeclaration returns where the comment ("<!--" to "-->"), declaration
// ("<!DOCTYPE …>") or processing instruction ("<?…>") at s[i] ends; an
// unclosed one runs to the end.
func skipDeclaration(s string, i int) int {
	if strings.HasPrefix(s[i:], "<!--") {
		if end := strings.Index(s[i+4:], "-->"); end >= 0 {
			return i + 4 + end + 3
		}
		return len(s)
	}
	if end := strings.IndexByte(s[i:], '>'); end >= 0 {
		return i + end + 1
	}
	return len(s)
}

// text writes the text between two tags, entities unescaped; its white
// space collapses to one space, as HTML shows it, except inside <pre>.
func (o *htmlOut) text(t string, pre bool) {
	if t == "" {
		return
	}
	t = html.UnescapeString(t)
	t = strings.ReplaceAll(t, "\u00a0", " ")
	if pre {
		o.WriteString(strings.ReplaceAll(t, "\r", ""))
		return
	}
	space := false
	for _, r := range t {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			o.WriteByte(' ')
			space = false
		}
		o.WriteRune(r)
	}
	if space {
		o.WriteByte(' ')
	}
}

// htmlOut is the text being written. Text inside <blockquote>, and all text
// after the container a mail program puts the quoted thread in (Gmail's
// gmail_quote, Outlook's divRplyFwdMsg, Thunderbird's moz-cite-prefix), is
// written as "> " lines: it is quoted, never the sender's own words, and the
// plain-text rules for ">" lines then apply to it.
type htmlOut struct {
	strings.Builder
	quote   int  // open <blockquote> elements
	thread  bool // the quoted thread has started
	midLine bool
}

func (o *htmlOut) WriteByte(c byte) error {
	if c == '\n' {
		o.midLine = false
	} else if c != ' ' && !o.midLine {
		o.startLine()
	}
	return o.Builder.WriteByte(c)
}

func (o *htmlOut) WriteRune(r rune) (int, error) {
	if r == '\n' {
		o.midLine = false
	} else if !o.midLine {
		o.startLine()
	}
	return o.Builder.WriteRune(r)
}

// WriteString is only used for <pre> text, line by line.
func (o *htmlOut) WriteString(s string) (int, error) {
	for _, r := range s {
		o.WriteRune(r)
	}
	return len(s), nil
}

func (o *htmlOut) startLine() {
	o.midLine = true
	if o.quote > 0 || o.thread {
		o.Builder.WriteString("> ")
	}
}

// threadMarks are the attribute values that start a mail program's quoted
// thread.
var threadMarks = []string{"gmail_quote", "divrplyfwdmsg", "moz-cite-prefix", "outlookmessageheader", "appendonsend",
	"yahoo_quoted", "protonmail_quote", "stopspelling"}

// tag handles the tag starting at s[i] ("<name" or "</name") and returns
// the index after it (after the matching end tag for hidden elements).
func tag(s, lower string, i int, out *htmlOut, pre *int) int {
	j := i + 1
	closing := j < len(s) && s[j] == '/'
	if closing {
		j++
	}
	nameStart := j
	for j < len(s) && (isASCIILetter(s[j]) || '0' <= s[j] && s[j] <= '9') {
		j++
	}
	name := lower[nameStart:j]
	end := tagEnd(s, j)
	if end < 0 {
		return len(s)
	}
	if hiddenElements[name] && !closing && s[end-1] != '/' {
		return skipHidden(s, lower, end, name)
	}
	out.track(name, closing, lower[j:end], pre)
	out.breakFor(name, closing)
	return end
}

// skipHidden returns the index after the end tag of the hidden element
// (script, style…) whose start tag ends at s[end].
func skipHidden(s, lower string, end int, name string) int {
	k := strings.Index(lower[end:], "</"+name)
	if k < 0 {
		return len(s)
	}
	after := tagEnd(s, end+k+2+len(name))
	if after < 0 {
		return len(s)
	}
	return after
}

// track counts the open <blockquote> and <pre> elements, and notes the
// start of the quoted thread from a tag's attributes (lower case).
func (o *htmlOut) track(name string, closing bool, attrs string, pre *int) {
	switch {
	case name == "blockquote" && closing && o.quote > 0:
		o.quote--
	case name == "blockquote" && !closing:
		o.quote++
	case !closing && !o.thread && (name == "div" || name == "hr" || name == "span"):
		for _, m := range threadMarks {
			if strings.Contains(attrs, m) {
				o.thread = true
			}
		}
	}
	switch {
	case name == "pre" && closing && *pre > 0:
		*pre--
	case name == "pre" && !closing:
		*pre++
	}
}

// breakFor writes the line breaks (or the space between table cells) a tag
// stands for.
func (o *htmlOut) breakFor(name string, closing bool) {
	switch {
	case name == "br":
		o.WriteByte('\n')
	case name == "hr" && !closing:
		// The rule a person sees: written as one, so the plain-text reading
		// of rules applies (a rule over a "From:" line heads the thread; in
		// a reply, one heads the signature).
		breakLines(o, 1)
		for _, c := range []byte("----------\n") {
			o.WriteByte(c)
		}
	case name == "p":
		breakLines(o, 2)
	case blockElements[name]:
		breakLines(o, 1)
	case name == "td" || name == "th":
		o.WriteByte(' ')
	}
}

// breakLines ends the output with at least n line breaks, so adjacent
// block elements ("</div><div>") do not stack up blank lines. It looks at
// no more than the last 64 bytes, to stay linear on "<br>"-only input.
func breakLines(out *htmlOut, n int) {
	s := out.String()
	if strings.TrimSpace(s[max(0, len(s)-64):]) == "" && len(s) <= 64 {
		return // nothing written yet
	}
	have := 0
	for i := len(s) - 1; i >= max(0, len(s)-64) && have < n; i-- {
		c := s[i]
		if c == '\n' {
			have++
		} else if c != ' ' && c != '\t' {
			break
		}
	}
	for ; have < n; have++ {
		out.WriteByte('\n')
	}
}

// tagEnd returns the index after the ">" that closes a tag whose attributes
// start at s[j], honouring quoted attribute values; -1 if there is none.
// As in browsers, a quote only opens a value right after "="; one that
// never closes is ignored, so the markup after it is not lost.
func tagEnd(s string, j int) int {
	var quote, prev byte
	for k := j; k < len(s); k++ {
		c := s[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case (c == '"' || c == '\'') && prev == '=':
			if strings.IndexByte(s[k+1:], c) >= 0 {
				quote = c
			}
		case c == '>':
			return k + 1
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			prev = c
		}
	}
	return -1
}

// tidyLines trims every line, collapses runs of spaces and of blank lines,
// and trims the result.
func tidyLines(s string) string {
	var out strings.Builder
	out.Grow(len(s))
	blank := 0
	first := true
	for l := range strings.Lines(s) { // no slice of all lines: "<br>" floods stay small
		l = strings.TrimSpace(l)
		if strings.Contains(l, "  ") {
			l = strings.Join(strings.Fields(l), " ")
		}
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		if !first {
			out.WriteByte('\n')
		}
		first = false
		out.WriteString(l)
	}
	return strings.TrimSpace(out.String())
}
