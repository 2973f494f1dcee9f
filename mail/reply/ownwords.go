package reply

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// OwnWords returns the part of a plain-text reply its author wrote: quoted
// text removed.
//
// Quoted lines (">" at any depth, also full-width "＞") are dropped
// wherever they are. Everything from the first other marker on is dropped:
// an attribution ("On … wrote:", also wrapped over two lines;
// "2026年11月25日(水) 10:00 山田太郎 <taro@example.com>:"; "…さんは書きました:"),
// "-----Original Message-----" / "-----元のメッセージ-----", an Outlook
// header block ("From:"/"差出人:" with "Sent:", "To:", "Subject:" or their
// Japanese names within a few lines), a "_____" line before such a block,
// and the signature delimiter "-- ". One exception keeps bottom-posted
// answers: an attribution directly followed by ">" lines heads only those
// lines, so it is dropped with them and what comes after is kept.
//
// Lines are separated by "\n" (CRLF and CR become "\n"); trailing blanks
// and blank lines at either end are removed. OwnWords(OwnWords(s)) ==
// OwnWords(s).
func OwnWords(text string) string {
	text = Head(text)
	// Removing a block can bring a header's parts together ("From:" …
	// quoted lines … "Sent:"), so repeat until nothing changes: that makes
	// OwnWords idempotent. Each pass that changes the text shortens it or
	// removes a "\r", so this ends; real mail needs two passes.
	for {
		out := ownWordsOnce(text)
		if out == text {
			return out
		}
		text = out
	}
}

// What a person writes above the quoted thread fits in the first headBytes
// and headLines of a mail; the rest is never read for answers or for the
// kind, so a hostile body (25 MiB of newlines) costs no more than real mail.
const (
	headBytes = 64 << 10
	headLines = 2000
)

// Head returns the start of text that OwnWords and the classifiers read: at
// most headLines lines and headBytes bytes, cut at a line end (or, for one
// overlong line, at a character boundary). It walks the bytes once and
// copies nothing.
func Head(text string) string {
	lines := 0
	for i := 0; i < len(text) && i < headBytes; i++ {
		// A lone CR ends a line too, as ownWordsOnce reads it: counting it
		// keeps OwnWords(OwnWords(s)) == OwnWords(s).
		end := text[i] == '\n' || (text[i] == '\r' && (i+1 == len(text) || text[i+1] != '\n'))
		if end {
			if lines++; lines >= headLines {
				return text[:i]
			}
		}
	}
	if len(text) <= headBytes {
		return text
	}
	if cut := strings.LastIndexByte(text[:headBytes], '\n'); cut > 0 {
		return text[:cut]
	}
	cut := headBytes
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

var newlines = strings.NewReplacer("\r\n", "\n", "\r", "\n")

func ownWordsOnce(text string) string {
	raw := strings.Split(newlines.Replace(text), "\n")
	lines := make([]string, len(raw)) // as markers are recognised
	for i, l := range raw {
		lines[i] = plain(l)
	}
	kept := make([]string, 0, len(raw))
	signedOff := ""    // the first name of the last line with words, a name under words above it
	firstHead := false // the head of the newest message of a thread listed newest first, passed
scan:
	for i := 0; i < len(lines); i++ {
		switch {
		case isQuoted(lines[i]):
			continue
		case signedOff != "" && greeting.MatchString(lines[i]) && hasWord(lines[i], signedOff):
			break scan // "Isabella" then "Hello Isabella,": the mail they answer, pasted without a mark
		case isSignatureDelimiter(raw[i]):
			break scan
		case isReplyAbove(lines[i]):
			if len(kept) == 0 || strings.TrimSpace(strings.Join(kept, "")) == "" {
				continue // the helpdesk's marker at the top of its own mail
			}
			break scan // a reply above the quoted helpdesk mail
		case !firstHead && isCommentHead(lines, i) && onlyNotices(kept):
			if !newestFirst(lines, i) {
				break scan // listed oldest first (or in no order shown): the newest message is not the first
			}
			firstHead = true // the newest message's head: the words below it are this mail's
		case isOutlookBlock(lines, i):
			break scan
		}
		if n := attributionLines(lines, i); n > 0 {
			next := i + n
			for next < len(lines) && lines[next] == "" {
				next++
			}
			if next < len(lines) && isQuoted(lines[next]) {
				i += n - 1 // it heads a ">" quote: both go, what follows stays
				continue
			}
			break
		}
		kept = append(kept, strings.TrimRightFunc(raw[i], unicode.IsSpace))
		if lines[i] != "" {
			signedOff = ""
			if f := strings.Fields(lines[i]); hasWords(kept[:len(kept)-1]) && nameLike(strings.TrimSpace(raw[i])) &&
				!greeting.MatchString(lines[i]) {
				signedOff = strings.Trim(f[0], ",.")
			}
		}
	}
	for len(kept) > 0 && kept[0] == "" {
		kept = kept[1:]
	}
	for len(kept) > 0 && kept[len(kept)-1] == "" {
		kept = kept[:len(kept)-1]
	}
	return strings.Join(kept, "\n")
}

// greeting opens a letter: "Hello Isabella,", "Dear team", "Hi all". A
// mail has one, at its top; one that greets the writer by the name they
// just signed with opens the mail they answer.
var greeting = regexp.MustCompile(`^(?:hello|hi|hey|dear|good (?:morning|afternoon|evening))\b[^.!?:]{0,40}[,!]?$`)

// hasWord reports whether w is one of the words of line.
func hasWord(line, w string) bool {
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

// hasWords reports whether any of lines is not blank.
func hasWords(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}

// plain returns line as markers are recognised: NFKC (so "：" is ":" and
// "＞" is ">"), trimmed, ASCII lower-cased.
func plain(line string) string {
	if !isASCII(line) { // ASCII is already NFKC; most lines are
		line = norm.NFKC.String(line)
	}
	return asciiLower(strings.TrimSpace(line))
}

// The functions below take lines made plain.

func isQuoted(l string) bool {
	return strings.HasPrefix(l, ">")
}

// isSignatureDelimiter reports "-- ", also when the space was lost.
func isSignatureDelimiter(line string) bool {
	return strings.TrimRightFunc(line, unicode.IsSpace) == "--"
}

// Attribution lines. A Japanese one starts with a date: 2026年11月25日,
// 2026/11/25.
var jaDate = regexp.MustCompile(`^\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}`)

// maxAttribution bounds an attribution line's length (bytes), so that a
// sentence that happens to end in "wrote:" is not taken for one.
const maxAttribution = 400

// attributionLines returns how many lines (1 or 2) at lines[i] form an
// attribution, or 0.
func attributionLines(lines []string, i int) int {
	l := lines[i]
	if isAttribution(l) {
		return 1
	}
	if (strings.HasPrefix(l, "on ") || jaDate.MatchString(l)) && i+1 < len(lines) && !isQuoted(lines[i+1]) {
		if isAttribution(l + " " + lines[i+1]) {
			return 2
		}
	}
	return 0
}

// QuoteStart returns the index of the first of lines, as written, that
// heads a quoted mail the way OwnWords finds one, or -1: an attribution
// ("On … wrote:", "2026年11月25日(水) 10:00 山田太郎 <taro@example.com>:") or
// an Outlook header block ("From:" … "Sent:", a "_____" rule over one,
// "-----Original Message-----"). Each line is made plain once.
func QuoteStart(lines []string) int {
	pl := plainLines(lines)
	for i := range pl {
		if attributionLines(pl, i) > 0 || isOutlookBlock(pl, i) {
			return i
		}
	}
	return -1
}

func isAttribution(l string) bool {
	if len(l) > maxAttribution {
		return false
	}
	marked := strings.ContainsAny(l, "@0123456789")
	switch {
	case strings.HasSuffix(l, "wrote:"):
		return strings.HasPrefix(l, "on ") || marked
	case marked && strings.HasSuffix(l, ":") && wroteForeign(l):
		return true
	case strings.HasSuffix(l, "書きました:"):
		return strings.Contains(l, "さんは") || marked
	case jaDate.MatchString(l) && strings.HasSuffix(l, ":"):
		for _, s := range []string{"@", "wrote", "書きました", "のメール", "のメッセージ"} {
			if strings.Contains(l, s) {
				return true
			}
		}
	}
	return false
}

// foreignWrote is "wrote" in the attribution line of a mail program in
// another language, which ends in a colon and carries a date or an
// address: "Am 10.12.2026 um 09:00 schrieb certflow:", "Le jeu. 10 déc.
// 2026 à 09:00, … a écrit :", "El … escribió:".
var foreignWrote = []string{"schrieb", "a écrit", "escribió", "ha scritto", "schreef", "skrev", "napisał",
	"escreveu", "kirjoitti"}

// wroteForeign reports whether l, ending in a colon, says "wrote" in
// another language, before the name or last.
func wroteForeign(l string) bool {
	l = strings.TrimSuffix(strings.TrimSuffix(l, ":"), " ")
	for _, w := range foreignWrote {
		if strings.Contains(l, " "+w+" ") || strings.HasSuffix(l, " "+w) {
			return true
		}
	}
	return false
}

// Outlook's quoted header block and the separators around it.
var (
	originalMessage = regexp.MustCompile(
		`^-{2,}\s*(original message|元のメッセージ|forwarded message|転送メッセージ|転送されたメッセージ)\s*-{2,}$`)
	// labelledRule is a rule with a short label between its dashes
	// ("--- Previous correspondence ---", "=== 以前のやり取り ==="), which
	// helpdesks and mail programs write above the earlier thread; it is a
	// divider only when the label names the thread (threadWords).
	labelledRule = regexp.MustCompile(`^[-=_~*—–━─]{2,}\s*([^-=_~*—–━─].{0,40}?)\s*[-=_~*—–━─]{2,}$`)
	threadWords  = []string{"original", "previous", "earlier", "prior", "history", "thread", "correspondence",
		"conversation", "forwarded", "quoted", "original message",
		"元の", "以前のメッセージ", "以前", "前回", "過去", "履歴", "やり取り", "やりとり", "転送", "引用"}
	fromKeys   = []string{"from:", "差出人:", "送信者:"}
	headerKeys = []string{"sent:", "送信日時:", "to:", "宛先:", "subject:", "件名:", "date:", "日付:", "cc:"}
)

// isForeignHead reports a labelled rule over a header block, in whatever
// language the mail program writes both ("-----Ursprüngliche Nachricht-----"
// over "Von: … <…@…>" and "Gesendet: …"): the rule's label is not read,
// the block's shape is, a field with an address and another field after it.
func isForeignHead(lines []string, i int) bool {
	if !labelledRule.MatchString(lines[i]) {
		return false
	}
	j := i + 1
	for j < len(lines) && lines[j] == "" {
		j++
	}
	if j+1 >= len(lines) {
		return false
	}
	from, next := header(lines[j]), header(lines[j+1])
	return headerField.MatchString(from) && strings.Contains(from, "@") && headerField.MatchString(next)
}

// headerField is a line shaped as a header field: a short key of letters,
// a colon (French puts a space before it), a value.
var headerField = regexp.MustCompile(`^\pL[\pL-]{1,14} ?: \S`)

// header returns a plain line as a header field would look: without the
// "*" that HTML-to-text leaves around bold field names.
func header(l string) string {
	return strings.ReplaceAll(l, "*", "")
}

// isOutlookBlock reports whether lines[i] starts a quoted original in
// Outlook's style.
func isOutlookBlock(lines []string, i int) bool {
	l := lines[i]
	if originalMessage.MatchString(l) || l == "begin forwarded message:" || isThreadRule(l) || isForeignHead(lines, i) ||
		isOtherQuoteHead(l) {
		return true
	}
	if len(l) >= 10 && strings.Trim(l, "_") == "" {
		return hasPrefix(header(nextNonBlank(lines, i+1, 3)), fromKeys)
	}
	if isThreadDivider(l) {
		return hasPrefix(header(nextNonBlank(lines, i+1, 2)), fromKeys) || isCommentHead(lines, i)
	}
	h := header(lines[i])
	if foreignFrom.MatchString(h) {
		return foreignSentFollows(lines, i)
	}
	if !hasPrefix(h, fromKeys) {
		return false
	}
	for _, k := range headerKeys {
		if strings.Contains(h, " "+k) { // all on one line
			return true
		}
	}
	seen := 0
	for j := i + 1; j < len(lines) && seen < 4; j++ {
		hj := header(lines[j])
		if hj == "" {
			continue
		}
		if hasPrefix(hj, headerKeys) {
			return true
		}
		seen++
	}
	return false
}

// Outlook writes its header block over the quoted original in the language
// of its user: "Von: … Gesendet: …", "De : … Envoyé : …", "De: … Enviado: …".
// A From key of another language is short and common ("de:", "da:"), so it
// heads a block only when the key Outlook writes second, "Sent", follows.
var (
	foreignFrom = regexp.MustCompile(`^(?:von|de|da|van|från|fra|od|från) ?: \S`)
	foreignSent = regexp.MustCompile(`^(?:gesendet|envoyé|enviado|inviato|verzonden|skickat|sendt|wysłano|` +
		`verstuurd|data|datum|fecha|date) ?: \S`)
)

// foreignSentFollows reports a localised "Sent:" among the few lines after
// lines[i].
func foreignSentFollows(lines []string, i int) bool {
	seen := 0
	for j := i + 1; j < len(lines) && seen < 3; j++ {
		if h := header(lines[j]); h != "" {
			if foreignSent.MatchString(h) {
				return true
			}
			seen++
		}
	}
	return false
}

// isOtherQuoteHead reports the quote heads of other mail programs and
// helpdesks: an attribution between rules ("---- On … <…@…> wrote ----",
// Zoho's), "Quoting … <…@…>:" (Horde's), and a line that only names the
// earlier messages ("Previous messages in this case:", "Case history:").
func isOtherQuoteHead(l string) bool {
	if m := ruledLine.FindStringSubmatch(l); m != nil && isAttribution(m[1]+":") {
		return true
	}
	return quotingLine.MatchString(l) || threadLabel.MatchString(l)
}

var (
	ruledLine   = regexp.MustCompile(`^[-=_~*]{2,}\s*(.{1,300}?wrote)\s*[-=_~*]{2,}$`)
	quotingLine = regexp.MustCompile(`^quoting\s+[^:]{0,200}@[^:]{0,200}:$`)
	threadLabel = regexp.MustCompile(`^(?:(?:previous|earlier|prior|past)\s+(?:messages?|correspondence|e-?mails?|replies|` +
		`updates)(?:\s+(?:in|on|for|of)\s+(?:this|your|the)\s+(?:case|ticket|thread|request))?|` +
		`(?:case|ticket|message|correspondence|conversation|e-?mail|thread)\s+history)\s*:$`)
)

// isThreadRule reports a labelled rule whose label names the earlier thread.
func isThreadRule(l string) bool {
	m := labelledRule.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	for _, w := range threadWords {
		if strings.Contains(m[1], w) {
			return true
		}
	}
	return false
}

var isoDate = regexp.MustCompile(`\d{4}[/-]\d{1,2}[/-]\d{1,2}`)

// months start the English month names, as helpdesks write dates.
var months = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// isDatedLine reports whether a short line carries a date and a time, as
// the header a helpdesk writes above each earlier message of a thread.
func isDatedLine(l string) bool {
	if len(l) > 120 || !strings.Contains(l, ":") {
		return false
	}
	if jaDate.MatchString(l) || isoDate.MatchString(l) {
		return true
	}
	for _, m := range months {
		if strings.Contains(l, m) && strings.ContainsAny(l, "0123456789") {
			return true
		}
	}
	return false
}

// isThreadDivider reports the plain rule a helpdesk draws between a thread's messages.
func isThreadDivider(l string) bool { return len(l) >= 10 && strings.Trim(l, "-_=") == "" }

// isCommentHead reports a helpdesk's head over one message of a thread: a
// rule, then the writer and the date on one line ("Agent name, Nov 30,
// 2026, 19:30 UTC") or on two (Zendesk's "Priya (AWS Support)" over "Dec
// 23, 2026, 14:19 UTC+02:00").
func isCommentHead(lines []string, i int) bool {
	if !isThreadDivider(lines[i]) {
		return false
	}
	first, second := commentHeadLines(lines, i)
	return isDatedLine(first) || len(first) <= 80 && isDatedLine(second)
}

// commentHeadLines returns the two non-blank lines after the rule at lines[i]
// that a comment head holds (the writer, the date), "" where there is none.
func commentHeadLines(lines []string, i int) (first, second string) {
	first, j := nextNonBlankAt(lines, i+1, 2)
	if j >= 0 {
		second, _ = nextNonBlankAt(lines, j+1, 2)
	}
	return first, second
}

// helpdeskNotice is the line a helpdesk writes over a request's messages
// listed newest first: "Your request (#51234) has been updated. To add
// additional comments, reply to this email."
// The number may stand bare ("Your request #484002 has been solved. To reopen
// this request, reply to this email.", お問い合わせ #484219 は解決済みになりました),
// but then only with the notice's own words right after it: a desk's line
// naming its case ("Case #4410: please reply to this email …") is its words.
// Japanese has the number's particle: #604172 が更新されました, #4410 は解決済み.
var helpdeskNotice = regexp.MustCompile(`^.{0,80}(?:\(#?\s?\d{1,20}\).{0,160}(?:updated|solved|` +
	`reply to this e-?mail|add a comment|更新|解決済み|返信)|#\d{1,20}\s*(?:has\s+been\s+(?:updated|solved)\b|` +
	`[はが]\s*(?:更新|解決済み)))`)

// onlyNotices reports whether kept (lines as written) holds nothing but
// blank lines and helpdesk notices: a head below them is the newest
// message's, not the start of the earlier thread. A notice the mail program
// wrapped onto more lines counts only when the paragraph is that notice
// whole, nothing after it ([wrappedNotice]).
func onlyNotices(kept []string) bool {
	var para []string
	for _, l := range append(kept, "") {
		if p := plain(l); p != "" {
			para = append(para, p)
			continue
		}
		switch {
		case len(para) == 1 && !helpdeskNotice.MatchString(para[0]),
			len(para) > 1 && !wrappedNotice.MatchString(strings.Join(para, " ")):
			return false
		}
		para = para[:0]
	}
	return true
}

// wrappedNotice is the whole of Zendesk's notice ("Your request (#51234) has
// been updated. To add additional comments, reply to this email."), read
// when wrapped over lines: nothing else may follow it in its paragraph.
var wrappedNotice = regexp.MustCompile(`^[^.]{0,80}(?:\(#?\s?\d{1,20}\)|#\d{1,20})\s+has\s+been\s+` +
	`(?:updated|solved)\.\s*` +
	`(?:(?:to\s+(?:add\s+(?:additional\s+|a\s+)?comments?|reopen\s+this\s+request),?\s+)?reply\s+to\s+this\s+e-?mail` +
	`(?:\s+to\s+add\s+(?:additional\s+|a\s+)?comments?)?\.?)?$`)

// isReplyAbove reports a helpdesk's "type your reply above this line", also
// in any language inside the "##- … -##" frame helpdesks draw around it
// (##- このメールの上に返信を入力してください -##).
func isReplyAbove(l string) bool {
	return strings.Contains(l, "reply above this line") || strings.Contains(l, "above this line") ||
		strings.Contains(l, "この行より上") || strings.Contains(l, "この線より上") || replyMarkerFrame.MatchString(l)
}

// replyMarkerFrame is the frame a helpdesk draws around its reply marker:
// "##-" and "-##" at both ends of one short line.
var replyMarkerFrame = regexp.MustCompile(`^##-\s*\S.{0,120}?\s*-##$`)

// nextNonBlank returns the first non-blank line among the n from lines[i].
func nextNonBlank(lines []string, i, n int) string {
	l, _ := nextNonBlankAt(lines, i, n)
	return l
}

// nextNonBlankAt is nextNonBlank with the line's index, or -1.
func nextNonBlankAt(lines []string, i, n int) (string, int) {
	for ; i < len(lines) && n > 0; i++ {
		if lines[i] != "" {
			return lines[i], i
		}
		n--
	}
	return "", -1
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// postscript opens a postscript: "PS", "P.S.", "PPS", 追伸, 二伸.
var postscript = regexp.MustCompile(`^(?:p\.?\s?p?\.?\s?s\b\.?|追伸|二伸)`)

// signedPostscript reports a postscript below the signature delimiter
// "-- ", before the quoted thread: OwnWords ends at the delimiter, but a
// postscript there is the writer's own and may take back what is above it
// ("PS: actually hold off until Monday").
func signedPostscript(text string) bool {
	lines := strings.Split(newlines.Replace(Head(text)), "\n")
	signed := false
	for i, raw := range lines {
		l := plain(raw)
		switch {
		case isQuoted(l) || attributionLines(plainLines(lines), i) > 0 || isReplyAbove(l):
			return false
		case isSignatureDelimiter(raw):
			signed = true
		case signed && postscript.MatchString(l):
			return true
		}
	}
	return false
}

// plainLines is lines made plain.
func plainLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = plain(l)
	}
	return out
}
