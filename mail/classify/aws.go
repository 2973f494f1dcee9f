package classify

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Sub-kinds of AWSOther: what else AWS wrote, for the operator and for the
// case (a refusal needs a person at once).
const (
	SubAcknowledgement = "acknowledgement"
	SubMoreInfo        = "more_info"
	SubRefusal         = "refusal"
)

// awsReading is what AWS's own words say.
type awsReading struct {
	kind Kind
	sub  string
}

// readAWS reads AWS's own words (the quoted thread already removed), one
// sentence and clause at a time. It never guesses: a mail that both reports
// the merge done and asks for consent, or refuses, is AWSOther.
func (p *Phrases) readAWS(subject, own string) awsReading {
	topic := p.has(normalize(subject), p.Merge)
	var completed, consent, refusal, moreInfo, ack, troubled bool
	for _, s := range sentences(own) {
		s = p.strip(s)
		topic = topic || p.has(s, p.Merge)
		question := isQuestion(s)
		contrast := p.has(s, p.Contrast)
		for _, c := range clauses(s) {
			onMerge := p.has(c, p.Merge)
			clean := !question && !p.has(c, p.Negation) && !p.has(c, p.Conditional)
			if onMerge && (p.has(c, p.Completed) || completionGrammar(c)) && clean && !contrast {
				completed = true
			}
			// Trouble with the merge anywhere ("nothing was merged", "the
			// merge failed") means a completion elsewhere is not the whole story.
			troubled = troubled || onMerge && p.has(c, p.Negation) && !p.has(c, p.Conditional)
			if (onMerge || hasWord(c, "request") || strings.Contains(c, "依頼") || strings.Contains(c, "要望")) &&
				p.has(c, p.Refusal) && !p.has(c, p.Temporary) && !p.has(c, p.Conditional) {
				refusal = true
			}
		}
		asks := p.has(s, p.Ask) || question
		info := p.has(s, p.MoreInfo) || p.confirmsDetail(s)
		agrees := p.has(s, p.Consent) ||
			p.has(s, p.WeakConsent) && p.has(s, p.Merge) && (p.has(s, p.Reply) || question) && !p.has(s, p.Temporary)
		// "If you did not authorise this merge, please contact us" asks
		// for nothing: a negated sentence is no consent request.
		if asks && agrees && !info && !p.has(s, p.Thanks) && !p.has(s, p.Negation) {
			consent = true
		}
		moreInfo = moreInfo || asks && info
		ack = ack || p.has(s, p.Acknowledgement)
	}
	consent = consent && topic
	completed = completed && !troubled
	switch {
	case refusal:
		return awsReading{AWSOther, SubRefusal}
	case completed && !consent:
		return awsReading{AWSCompleted, ""}
	case consent && !completed:
		return awsReading{AWSConsentRequest, ""}
	case completed: // and consent: a person must read it
		return awsReading{AWSOther, ""}
	case moreInfo:
		return awsReading{AWSOther, SubMoreInfo}
	case ack:
		return awsReading{AWSOther, SubAcknowledgement}
	}
	return awsReading{AWSOther, ""}
}

// The grammar of a completion, beyond the fixed phrases: the merge is the
// subject of "is/was/has been … complete(d)" ("your merge request has been
// completed"), or the object of "completed/processed" ("we processed the
// merge"); in Japanese, 統合 … 完了 in a past or stative form. A clause
// that only matches here is still checked for negation and conditions.
var (
	mergeIsDone = regexp.MustCompile(`\b(merge|merger|merging|consolidation)(\s+(request|process|of\s+(your|the|both)(\s+[a-z0-9']+){0,3}))?\s+` +
		`(is|are|was|were|has been|have been|has now been|have now been|is now|are now|now)\s+(now\s+|fully\s+|successfully\s+|all\s+)?` +
		`(complete|completed|done|finished|processed|finali[sz]ed|successful|through)\b`)
	didTheMerge = regexp.MustCompile(`\b(completed|finished|processed|finali[sz]ed|carried out|performed|executed)\s+(the\s+|your\s+)?(account\s+|accounts\s+)?(merge|merger|merging|consolidation)\b`)
	jaMergeDone = regexp.MustCompile(`(統合|マージ)(の)?(処理|作業|手続き|お手続き)?(は|が|を)?(すべて|全て|無事に|無事)?(完了|終了)(しました|いたしました|致しました|となりました|しております|済み|済)`)
	// ofTheMerge: "the review of your merge request is complete" is about
	// the review, not the merge.
	ofTheMerge = regexp.MustCompile(`\b(of|for|on|about|regarding)\s+(your\s+|the\s+|this\s+)?$`)
)

func completionGrammar(clause string) bool {
	if m := mergeIsDone.FindStringSubmatchIndex(clause); m != nil {
		// A merge *request* that was "processed" may only have been handled.
		word, noun := clause[m[16]:m[17]], ""
		if m[6] >= 0 {
			noun = clause[m[6]:m[7]]
		}
		done := word != "processed" || noun != "request"
		if !ofTheMerge.MatchString(clause[:m[0]]) && done {
			return true
		}
	}
	return didTheMerge.MatchString(clause) || jaMergeDone.MatchString(clause)
}

// confirmObject is "confirm" and what is to be confirmed, to the end of its
// clause, when that opens with a determiner: "confirm the full name on your
// ID", "confirm which account to keep", "confirm your request to merge".
// "confirm that you …", "confirm you'd like …" and "confirm this" are not
// taken: they confirm the reader's wish or point back to the merge.
var confirmObject = regexp.MustCompile(`\bconfirm(?:ing|s)?\s+((?:the|your|his|her|their|which|what|each|both|all|a|an|one|how|when|where|who)\b[^,;:]*)`)

// confirmsDetail reports a sentence that asks to confirm a detail (a name,
// an address, a date) rather than the merge: what is confirmed names
// neither the merge, nor agreement, nor what the reader wants [intent].
// Such a sentence asks for information, even when another clause names the
// merge ("before I merge them, could you confirm the spelling of your name?").
func (p *Phrases) confirmsDetail(s string) bool {
	for _, m := range confirmObject.FindAllStringSubmatch(s, -1) {
		if !p.has(m[1], p.Merge) && !p.has(m[1], p.Consent) && !p.has(m[1], p.WeakConsent) && !p.has(m[1], p.Intent) {
			return true
		}
	}
	return false
}

// strip removes the benign phrases from a sentence.
func (p *Phrases) strip(s string) string {
	for _, b := range p.Benign {
		for {
			i := find(s, b)
			if i < 0 {
				break
			}
			s = s[:i] + " " + s[i+len(strings.TrimSuffix(b, "*")):]
		}
	}
	return s
}

func (p *Phrases) has(s string, phrases []string) bool {
	for _, ph := range phrases {
		if find(s, ph) >= 0 {
			return true
		}
	}
	return false
}

// find returns where phrase occurs in s, or -1. An English phrase matches
// whole words (a trailing "*" allows more letters after it); any other is
// matched anywhere.
func find(s, phrase string) int {
	prefix := strings.HasSuffix(phrase, "*")
	phrase = strings.TrimSuffix(phrase, "*")
	if phrase == "" {
		return -1
	}
	ascii := isASCII(phrase)
	wordStart := ascii && isWordByte(phrase[0])
	wordEnd := ascii && isWordByte(phrase[len(phrase)-1]) && !prefix
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(phrase)
		if (!wordStart || i == 0 || !isWordByte(s[i-1])) && (!wordEnd || j == len(s) || !isWordByte(s[j])) {
			return i
		}
		from = i + 1
	}
	return -1
}

func hasWord(s, w string) bool { return find(s, w) >= 0 }

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\''
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalize makes text comparable with the phrase lists: NFKC (full-width
// letters, "？" and half-width kana become ordinary), ASCII lower case,
// typographic apostrophes straight, runs of white space one space.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	s = apostrophes.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case space:
			b.WriteByte(' ')
			space = false
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "`", "'")

// isQuestion reports whether a sentence asks: "?" (also "？" after NFKC), or
// a Japanese one ending in か.
func isQuestion(s string) bool {
	t := strings.TrimRight(s, " .。!")
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "か")
}

// sentences splits own words into normalised sentences. A line that ends
// without a sentence's end is joined to the next line of its paragraph when
// that one goes on with the sentence (a wrapped line); list items and lines
// after a blank line start anew.
func sentences(own string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, splitSentences(normalize(t))...)
		}
		cur.Reset()
	}
	prev := ""
	for line := range strings.Lines(own) {
		line = strings.TrimSpace(line)
		if line == "" || !continues(prev, line) {
			flush()
		} else if isASCIIEnd(prev) {
			cur.WriteByte(' ')
		}
		cur.WriteString(line)
		prev = line
	}
	flush()
	return out
}

// continues reports whether line goes on with the sentence prev began.
func continues(prev, line string) bool {
	if prev == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(line)
	if strings.ContainsRune(".!?。！？:：」』)）]", last) || strings.ContainsRune("・*-•●■※【「(（0123456789>", first) {
		return false
	}
	if strings.ContainsRune(",、，", last) {
		return true
	}
	if unicode.IsLower(first) {
		return true
	}
	return isJapanese(last) && isJapanese(first) && utf8.RuneCountInString(prev) >= 20
}

func isASCIIEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < utf8.RuneSelf
}

func isJapanese(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// splitSentences cuts normalised text after ". ", "!", "?" and "。".
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		end := c == '!' || c == '?' || c == '.' && (i+1 == len(s) || s[i+1] == ' ')
		if !end && strings.HasPrefix(s[i:], "。") {
			i += len("。") - 1
			end = true
		}
		if end {
			if t := strings.TrimSpace(s[start : i+1]); t != "" {
				out = append(out, t)
			}
			start = i + 1
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// clauseBreaks separate the clauses of a normalised sentence.
var clauseBreaks = []string{", ", "; ", ": ", " - ", " – ", " — ", "、", " but ", " and ", " however ", " because ", " so "}

// clauses cuts a sentence at commas and conjunctions, so "the merge is
// complete, and you will see …" has "the merge is complete" on its own,
// and "once the accounts are merged, …" keeps its "once".
func clauses(s string) []string {
	parts := []string{s}
	for _, b := range clauseBreaks {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, b)...)
		}
		parts = next
	}
	return parts
}
