package trust

import (
	"errors"
	"fmt"
	"strings"
)

// An Authentication-Results header (RFC 8601) is read here rather than by
// go-msgauth's authres, which splits on ";" inside comments and quoted
// strings and lets a repeated property overwrite the first. The header is
// read raw: an RFC 2047 encoded word is not decoded (it is not part of the
// syntax), so "=?utf-8?q?amazon.com?=" is not a domain.

// authResult is one resinfo: "dkim=pass header.d=amazon.com".
type authResult struct {
	method, value string
	props         map[string]string // "header.d" -> "amazon.com" (lower case)
}

type authHeader struct {
	id      string
	results []authResult
}

var errAuthSyntax = errors.New("not RFC 8601 syntax")

// tokKind is the kind of a lexical token of the header.
type tokKind int

const (
	tokAtom tokKind = iota
	tokQuoted
	tokSemi
	tokEq
)

type token struct {
	kind tokKind
	text string
	// glued: no white space or comment separates it from the token before.
	glued bool
}

// lexAuthRes splits v into atoms, quoted strings, ";" and "=", dropping
// comments (which may nest and hold any character) and white space.
func lexAuthRes(v string) ([]token, error) {
	var toks []token
	glued := false
	for i := 0; i < len(v); {
		c := v[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			glued = false
			i++
		case c == '(':
			end, err := skipComment(v, i)
			if err != nil {
				return nil, err
			}
			glued, i = false, end
		case c == ')':
			// A ')' that closes no comment: the atom below would not move past
			// it, so it is an error (the header is unreadable, and proves nothing).
			return nil, fmt.Errorf("a ')' at %d closes no comment", i)
		case c == '"':
			text, end, err := readQuoted(v, i)
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{tokQuoted, text, glued})
			glued, i = true, end
		case c == ';' || c == '=':
			kind := tokSemi
			if c == '=' {
				kind = tokEq
			}
			toks = append(toks, token{kind, string(c), glued})
			glued, i = true, i+1
		default:
			j := i
			for j < len(v) && !strings.ContainsRune(" \t\r\n()\";=", rune(v[j])) {
				j++
			}
			toks = append(toks, token{tokAtom, v[i:j], glued})
			glued, i = true, j
		}
	}
	return toks, nil
}

// skipComment returns the index just after the comment that starts at i.
func skipComment(v string, i int) (int, error) {
	depth := 0
	for ; i < len(v); i++ {
		switch v[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i + 1, nil
			}
		}
	}
	return 0, fmt.Errorf("%w: an unclosed comment", errAuthSyntax)
}

// readQuoted reads the quoted string that starts at i.
func readQuoted(v string, i int) (string, int, error) {
	var b strings.Builder
	for j := i + 1; j < len(v); j++ {
		switch v[j] {
		case '\\':
			if j+1 < len(v) {
				j++
				b.WriteByte(v[j])
			}
		case '"':
			return b.String(), j + 1, nil
		default:
			b.WriteByte(v[j])
		}
	}
	return "", 0, fmt.Errorf("%w: an unclosed quoted string", errAuthSyntax)
}

// parseAuthID reads only the authserv-id, for deciding whether a header is
// one certflow believes, so that a trusted header whose rest cannot be read
// is still known as trusted (and fails closed). plain reports the form a
// receiving server writes and strips: the id as a bare token, then ";".
// Any other form of a trusted id (quoted, after a comment, with a version
// or a comment after it) may have slipped past the server's stripping of
// forged copies, so certflow does not believe it. id is "" when not even
// the id can be read.
func parseAuthID(v string) (id string, plain bool) {
	i := 0
	for i < len(v) && strings.IndexByte(" \t\r\n", v[i]) >= 0 {
		i++
	}
	plain = i < len(v) && v[i] != '(' && v[i] != '"'
	for i < len(v) {
		switch v[i] {
		case ' ', '\t', '\r', '\n':
			i++
			continue
		case '(':
			end, err := skipComment(v, i)
			if err != nil {
				return "", false
			}
			i = end
			continue
		case '"':
			text, _, err := readQuoted(v, i)
			if err != nil {
				return "", false
			}
			return strings.ToLower(text), false
		}
		break
	}
	j := i
	for j < len(v) && !strings.ContainsRune(" \t\r\n();", rune(v[j])) {
		j++
	}
	rest := strings.TrimLeft(v[j:], " \t\r\n")
	plain = plain && strings.HasPrefix(rest, ";")
	return strings.ToLower(v[i:j]), plain
}

// AuthservID returns the authserv-id an Authentication-Results value names,
// in whatever form it is written ("" when none can be read): a receiving
// server removes incoming headers of its own id with it.
func AuthservID(v string) string {
	id, _ := parseAuthID(v)
	return id
}

// parseAuthRes reads a whole header value. Anything the grammar does not
// allow, and a property given twice in one result, is an error: a header
// that can be read two ways proves nothing.
func parseAuthRes(v string) (authHeader, error) {
	toks, err := lexAuthRes(v)
	if err != nil {
		return authHeader{}, err
	}
	var segs [][]token
	cur := []token{}
	for _, t := range toks {
		if t.kind == tokSemi {
			segs, cur = append(segs, cur), []token{}
			continue
		}
		cur = append(cur, t)
	}
	segs = append(segs, cur)
	head := segs[0]
	// authserv-id [version]
	if len(head) == 0 || len(head) > 2 || (head[0].kind != tokAtom && head[0].kind != tokQuoted) ||
		(len(head) == 2 && !isDigits(head[1].text)) {
		return authHeader{}, fmt.Errorf("%w: the authserv-id", errAuthSyntax)
	}
	h := authHeader{id: strings.ToLower(head[0].text)}
	rest := segs[1:]
	if len(rest) == 1 && len(rest[0]) == 1 && strings.EqualFold(rest[0][0].text, "none") {
		return h, nil
	}
	if len(rest) == 0 {
		return authHeader{}, fmt.Errorf("%w: no result", errAuthSyntax)
	}
	for _, seg := range rest {
		r, err := parseResinfo(seg)
		if err != nil {
			return authHeader{}, err
		}
		h.results = append(h.results, r)
	}
	return h, nil
}

// parseResinfo reads "method[/version]=result [reason=value] ptype.prop=value…".
func parseResinfo(seg []token) (authResult, error) {
	if len(seg) < 3 || seg[0].kind != tokAtom || seg[1].kind != tokEq || seg[2].kind != tokAtom {
		return authResult{}, fmt.Errorf("%w: a result is not method=value", errAuthSyntax)
	}
	method, _, _ := strings.Cut(strings.ToLower(seg[0].text), "/")
	r := authResult{method: method, value: strings.ToLower(seg[2].text), props: map[string]string{}}
	for i := 3; i < len(seg); {
		if i+2 >= len(seg) || seg[i].kind != tokAtom || seg[i+1].kind != tokEq {
			return authResult{}, fmt.Errorf("%w: a property of %s is not name=value", errAuthSyntax, method)
		}
		name := strings.ToLower(seg[i].text)
		val, next, err := propValue(seg, i+2)
		if err != nil {
			return authResult{}, err
		}
		// A name without a type ("action=none", as Microsoft 365 writes) is
		// kept but never read: only typed properties decide.
		if _, dup := r.props[name]; dup {
			return authResult{}, fmt.Errorf("%w: %s gives %s twice", errAuthSyntax, method, name)
		}
		r.props[name] = val
		i = next
	}
	return r, nil
}

// propValue reads a value: an atom, a quoted string, or a quoted local part
// glued to "@domain".
func propValue(seg []token, i int) (string, int, error) {
	t := seg[i]
	if t.kind != tokAtom && t.kind != tokQuoted {
		return "", 0, fmt.Errorf("%w: a property without a value", errAuthSyntax)
	}
	val := t.text
	i++
	if t.kind == tokQuoted && i < len(seg) && seg[i].glued &&
		seg[i].kind == tokAtom && strings.HasPrefix(seg[i].text, "@") {
		val += seg[i].text
		i++
	}
	return strings.ToLower(val), i, nil
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
