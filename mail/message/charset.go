package message

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	gomessage "github.com/emersion/go-message"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// Charset labels seen in Japanese mail that go-message's registry (IANA and
// WHATWG names) does not know, or maps differently.
var charsetAliases = map[string]encoding.Encoding{
	"iso-2022-jp":    japanese.ISO2022JP,
	"csiso2022jp":    japanese.ISO2022JP,
	"iso-2022-jp-1":  japanese.ISO2022JP,
	"iso-2022-jp-2":  japanese.ISO2022JP,
	"iso-2022-jp-3":  japanese.ISO2022JP,
	"iso-2022-jp-ms": japanese.ISO2022JP,
	"cp50220":        japanese.ISO2022JP,
	"cp50221":        japanese.ISO2022JP,
	"cp50222":        japanese.ISO2022JP,
	"shift_jis":      japanese.ShiftJIS,
	"shift-jis":      japanese.ShiftJIS,
	"sjis":           japanese.ShiftJIS,
	"x-sjis":         japanese.ShiftJIS,
	"cp932":          japanese.ShiftJIS,
	"ms932":          japanese.ShiftJIS,
	"ms_kanji":       japanese.ShiftJIS,
	"windows-31j":    japanese.ShiftJIS,
	"csshiftjis":     japanese.ShiftJIS,
	"x-ms-cp932":     japanese.ShiftJIS,
	"euc-jp":         japanese.EUCJP,
	"x-euc-jp":       japanese.EUCJP,
	"eucjp":          japanese.EUCJP,
	"ujis":           japanese.EUCJP,
}

// Labels whose bytes are used as they are (then checked to be UTF-8):
// UTF-8 itself, ASCII (often mislabelled UTF-8), and "no real charset".
var identityCharsets = map[string]bool{
	"": true, "utf-8": true, "utf8": true, "x-utf-8": true, "unicode-1-1-utf-8": true,
	"us-ascii": true, "ascii": true, "ansi_x3.4-1968": true, "iso646-us": true, "us": true,
	"csascii": true, "iso-ir-6": true, "cp367": true, "ibm367": true, "646": true,
	"x-unknown": true, "unknown-8bit": true, "unknown": true, "default": true,
	"7bit": true, "8bit": true,
}

var utf7Charsets = map[string]bool{
	"utf-7": true, "utf7": true, "unicode-1-1-utf-7": true, "csunicode11utf7": true, "x-utf-7": true,
}

// normalizeCharset lower-cases a charset label and strips the quotes,
// spaces and RFC 2231 language suffix that appear in the wild.
func normalizeCharset(label string) string {
	label = strings.ToLower(strings.Trim(label, " \t\r\n\"';"))
	if i := strings.IndexByte(label, '*'); i >= 0 {
		label = label[:i]
	}
	return label
}

// decodeText converts b from charset to valid UTF-8. It never fails: an
// unknown charset leaves the bytes as they are, and whatever is not UTF-8
// afterwards becomes U+FFFD. 7-bit text with ISO-2022-JP escape sequences
// is decoded as ISO-2022-JP whatever the label says, because Japanese mail
// often sends JIS text without a charset or labelled us-ascii.
func decodeText(charset string, b []byte) string {
	if jisEscaped(b) {
		return decodeWith(japanese.ISO2022JP, b)
	}
	label := normalizeCharset(charset)
	switch {
	case identityCharsets[label]:
		return toValid(string(b))
	case utf7Charsets[label]:
		return decodeUTF7(b)
	}
	if enc, ok := charsetAliases[label]; ok {
		return decodeWith(enc, b)
	}
	if gomessage.CharsetReader != nil && len(label) <= 64 {
		if r, err := gomessage.CharsetReader(label, bytes.NewReader(b)); err == nil && r != nil {
			out, _ := io.ReadAll(r) // what decoded before an error is kept, as decodeWith does
			return toValid(string(out))
		}
	}
	return toValid(string(b))
}

// decodeWith decodes b with enc, keeping what was decoded before an error.
func decodeWith(enc encoding.Encoding, b []byte) string {
	out, _ := io.ReadAll(transform.NewReader(bytes.NewReader(b), enc.NewDecoder())) // the error ends what is kept
	return toValid(string(out))
}

// toValid replaces invalid UTF-8 with U+FFFD so callers can rely on valid
// strings.
func toValid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// jisEscaped reports whether b is 7-bit and contains an ISO-2022-JP escape
// sequence that switches to a Japanese character set.
func jisEscaped(b []byte) bool {
	found := false
	for i, c := range b {
		if c >= 0x80 {
			return false
		}
		if c != 0x1b || found || i+2 >= len(b) {
			continue
		}
		c1, c2 := b[i+1], b[i+2]
		switch {
		case c1 == '$' && (c2 == 'B' || c2 == '@'):
			found = true
		case c1 == '$' && c2 == '(' && i+3 < len(b) && b[i+3] == 'D':
			found = true
		case c1 == '(' && (c2 == 'J' || c2 == 'I'):
			found = true
		}
	}
	return found
}

// decodeUTF7 decodes RFC 2152 UTF-7, which x/text does not provide.
func decodeUTF7(b []byte) string {
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c != '+' {
			if c >= 0x80 {
				out.WriteRune(utf8.RuneError)
			} else {
				out.WriteByte(c)
			}
			i++
			continue
		}
		i++
		if i < len(b) && b[i] == '-' {
			out.WriteByte('+')
			i++
			continue
		}
		i = decodeUTF7Run(b, i, &out)
		if i < len(b) && b[i] == '-' {
			i++
		}
	}
	return out.String()
}

// decodeUTF7Run decodes the base64 run of UTF-16 that starts at b[i] (after
// a '+') into out, and returns where it ends. A surrogate without its pair
// becomes U+FFFD.
func decodeUTF7Run(b []byte, i int, out *strings.Builder) int {
	var bits uint32
	nbits := 0
	var high rune // pending high surrogate
	for i < len(b) && b64Value[b[i]] != 0xff {
		bits = bits<<6 | uint32(b64Value[b[i]])
		nbits += 6
		i++
		if nbits < 16 {
			continue
		}
		nbits -= 16
		u := rune(bits >> nbits & 0xffff)
		bits &= 1<<nbits - 1
		switch {
		case high != 0 && utf16.IsSurrogate(u) && u >= 0xdc00:
			out.WriteRune(utf16.DecodeRune(high, u))
			high = 0
		case u >= 0xd800 && u < 0xdc00:
			if high != 0 {
				out.WriteRune(utf8.RuneError)
			}
			high = u
		default:
			if high != 0 {
				out.WriteRune(utf8.RuneError)
				high = 0
			}
			if utf16.IsSurrogate(u) {
				u = utf8.RuneError
			}
			out.WriteRune(u)
		}
	}
	if high != 0 {
		out.WriteRune(utf8.RuneError)
	}
	return i
}

// b64Value maps a byte to its base64 value, or 0xff when it is not in the
// standard alphabet.
var b64Value = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = byte(i)
	}
	return t
}()

// b64Decoder decodes base64 leniently: characters outside the alphabet are
// skipped and "=" ends a quantum early, so concatenated or damaged blocks
// still give their bytes.
type b64Decoder struct {
	out  []byte
	quad [4]byte
	n    int
}

func (d *b64Decoder) write(b []byte) {
	for _, c := range b {
		if c == '=' {
			d.flush()
			continue
		}
		v := b64Value[c]
		if v == 0xff {
			continue
		}
		d.quad[d.n] = v
		d.n++
		if d.n == 4 {
			d.out = append(d.out, d.quad[0]<<2|d.quad[1]>>4, d.quad[1]<<4|d.quad[2]>>2, d.quad[2]<<6|d.quad[3])
			d.n = 0
		}
	}
}

// flush emits the bytes of an incomplete quantum (a lone sextet has none).
func (d *b64Decoder) flush() {
	switch d.n {
	case 2:
		d.out = append(d.out, d.quad[0]<<2|d.quad[1]>>4)
	case 3:
		d.out = append(d.out, d.quad[0]<<2|d.quad[1]>>4, d.quad[1]<<4|d.quad[2]>>2)
	}
	d.n = 0
}

// decodeBase64 decodes a base64 body. A line with inner spaces is not
// base64 (typically a mailing-list footer appended to the encoded body), so
// it is kept as text instead of being decoded into garbage.
func decodeBase64(b []byte) []byte {
	d := b64Decoder{out: make([]byte, 0, len(b)*3/4+3)}
	for i := 0; i < len(b); {
		line, next := nextLine(b, i)
		i = next
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if bytes.IndexAny(line, " \t") >= 0 {
			d.flush()
			if n := len(d.out); n > 0 && d.out[n-1] != '\n' {
				d.out = append(d.out, '\n')
			}
			d.out = append(d.out, line...)
			d.out = append(d.out, '\n')
			continue
		}
		d.write(line)
	}
	d.flush()
	return d.out
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decodeQP decodes quoted-printable leniently: soft breaks may have
// trailing spaces, hex may be lower case, and a "=" that starts no valid
// escape is kept as it is instead of failing the part.
func decodeQP(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		j := i + 1
		for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
			j++
		}
		switch {
		case j == len(b):
			return out
		case b[j] == '\n':
			i = j
			continue
		case b[j] == '\r' && (j+1 == len(b) || b[j+1] == '\n'):
			i = j
			if j+1 < len(b) {
				i = j + 1
			}
			continue
		}
		if i+2 < len(b) {
			hi, ok1 := unhex(b[i+1])
			lo, ok2 := unhex(b[i+2])
			if ok1 && ok2 {
				out = append(out, hi<<4|lo)
				i += 2
				continue
			}
		}
		out = append(out, '=')
	}
	return out
}

// decodeQ decodes the "Q" encoding of RFC 2047 encoded words.
func decodeQ(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && i+2 < len(s):
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				out = append(out, hi<<4|lo)
				i += 2
			} else {
				out = append(out, c)
			}
		default:
			out = append(out, c)
		}
	}
	return out
}

// decodeWords decodes the RFC 2047 encoded words in s. Adjacent words in the
// same charset are joined before charset decoding, because mailers split
// multi-byte characters (and ISO-2022-JP escape state) across words. Words
// that cannot be parsed are kept as written.
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	var out strings.Builder
	var pend []byte
	pendCharset := ""
	havePend := false
	flush := func() {
		if havePend {
			out.WriteString(decodeText(pendCharset, pend))
			pend = pend[:0]
			havePend = false
		}
	}
	endCache := -1 // index of the next "?=" at or after the last search
	i := 0
	for {
		j := strings.Index(s[i:], "=?")
		if j < 0 {
			break
		}
		start := i + j
		charset, text, enc, end, ok := parseWord(s, start, &endCache)
		if !ok {
			flush()
			out.WriteString(s[i : start+2])
			i = start + 2
			continue
		}
		gap := s[i:start]
		if havePend && strings.Trim(gap, " \t\r\n") == "" {
			if !strings.EqualFold(charset, pendCharset) {
				flush()
			}
		} else {
			flush()
			out.WriteString(gap)
		}
		if enc == 'b' {
			d := b64Decoder{out: pend}
			d.write([]byte(text))
			d.flush()
			pend = d.out
		} else {
			pend = append(pend, decodeQ(text)...)
		}
		pendCharset = charset
		havePend = true
		i = end
	}
	flush()
	out.WriteString(s[i:])
	return out.String()
}

// parseWord parses the encoded word "=?charset?e?text?=" at s[start:].
// endCache remembers where the next "?=" is, so that a value full of
// unterminated words is still scanned in linear time.
func parseWord(s string, start int, endCache *int) (charset, text string, enc byte, end int, ok bool) {
	p := start + 2
	limit := min(p+64, len(s))
	q := strings.IndexByte(s[p:limit], '?')
	if q <= 0 {
		return
	}
	charset = s[p : p+q]
	if strings.ContainsAny(charset, " \t\r\n=") {
		return
	}
	if k := strings.IndexByte(charset, '*'); k >= 0 {
		charset = charset[:k] // RFC 2231 language suffix
	}
	p += q + 1
	if p+1 >= len(s) || s[p+1] != '?' {
		return
	}
	switch s[p] {
	case 'b', 'B':
		enc = 'b'
	case 'q', 'Q':
		enc = 'q'
	default:
		return
	}
	textStart := p + 2
	if *endCache < textStart {
		k := strings.Index(s[textStart:], "?=")
		if k < 0 {
			*endCache = len(s) + 1
		} else {
			*endCache = textStart + k
		}
	}
	if *endCache > len(s) {
		return
	}
	return charset, s[textStart:*endCache], enc, *endCache + 2, true
}
