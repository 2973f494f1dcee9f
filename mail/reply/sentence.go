package reply

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/certflow/certflow/mail/message"
)

// Where in a sentence a phrase counts.
type place int

const (
	anywhere place = iota // anywhere, as whole words (English) or as text (Japanese)
	atStart               // only first, and in Japanese not glued to more kana (はいって is not はい)
	atEdge                // only first or last ("No, …", "Unfortunately no")
	whole                 // only as the whole sentence
	atEnd                 // only last, perhaps before a time ("the form is in now", not "… in progress")
)

// What a phrase is, besides its answer.
const (
	// interjection: a bare "yes"/"no". It is no negator ("No, it shows" is
	// two answers), and a bare yes only affirms Done or Submitted.
	interjection = 1 << iota
	// negatable: a negator in the few words before turns it into No.
	negatable
	// affirms: a bare "done" says that what was asked is done; next to a
	// more exact answer it only affirms that ("Done - I submitted the
	// form" is Submitted).
	affirms
	// seen: "it shows", "I can see it": a Yes alone, but next to a Done
	// the evidence for it ("I've linked it. It shows 3 certifications").
	seen
)

// phrase is one entry of the phrase table.
type phrase struct {
	text   string
	answer Answer
	place  place
	flags  int
}

// stem is a Japanese word whose ending decides: pos endings give answer,
// neg endings give No. bare: the stem alone, ending the sentence, is the
// answer too ("完了").
type stem struct {
	text   string
	answer Answer
	ends   *endings
	bare   bool
}

// endings are the positive and negative endings of one conjugation class.
type endings struct {
	pos, neg []string
}

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Longer courtesies go first, so "thank you for your help" is removed whole
// before "thank you" would leave "for your help" behind.
func init() {
	sort.SliceStable(courtesies, func(i, j int) bool { return len(courtesies[i]) > len(courtesies[j]) })
}

// addressRE finds mail addresses and links, which signatures and "I linked
// taro@example.com" carry and which would otherwise split into words.
var addressRE = regexp.MustCompile(`(?i)(?:https?://|www\.)[^\s<>()]+|[^\s<>()@]+@[^\s<>()@]+`)

// sentence is one piece of a line, cut at sentence punctuation.
type sentence struct {
	text     string // NFKC, original case, single spaces
	question bool   // it ended with "?"
	// continued: it follows a comma, semicolon, colon or 、 of the same
	// sentence, so a "who"/"which" opening it is a relative clause ("my
	// cousin's, who has the same name"), not a question.
	continued bool
	// lastOfSentence: no piece of the same sentence follows it (set by Read).
	lastOfSentence bool
	// relative: it opens with "who"/"which" after a piece of plain detail
	// ("… is my cousin's, who has the same name"): a relative clause, no
	// question (see markRelatives).
	relative bool
	// reason: it gives the reason for the answer that follows it in the
	// same sentence (see markReasons); it is detail, not an answer.
	reason bool
	// opensStory: a bare "but" (ただ、; "However,") before a piece that
	// tells of an earlier attempt (see markStoryOpeners).
	opensStory bool
	// succeeded: it tells that what was tried went through in the end
	// ("but I got through in the end", see wentThrough): a story that
	// agrees with a Done, Submitted or Yes, never with a No.
	succeeded bool
	// label: it is a short bracket right after a bare answer ("Yes (old
	// one)", "Done (sandbox)", はい（上司確認済み）): what it says qualifies
	// the answer itself (see labelsAnswer).
	label bool
}

// sentences cuts a line at the punctuation that ends a sentence or a
// clause, so "Yes, it shows." reads as "Yes" and "it shows".
func sentences(line string) []sentence {
	var out []sentence
	start, continued, label := 0, false, false
	emit := func(end int, question bool) {
		// A topic's 、 is no break: 送信、完了しました is read as 送信完了しました.
		t := strings.Join(strings.Fields(strings.ReplaceAll(line[start:end], topicComma, "")), " ")
		if t == "" && question && len(out) > 0 {
			out[len(out)-1].question = true // "Yes...?", "Done!?": the mark asks what came before it
		} else if t != "" || question {
			out = append(out, sentence{text: t, question: question || endsInJapaneseQuestion(t), continued: continued,
				label: label})
		}
		label = false
	}
	line = markTopics(line)
	quoted := inQuotes(line)
	for i, r := range line {
		if isDash(line, i) { // "Done - I submitted it", "No — don't merge"
			emit(i, false)
			start, continued = i+utf8.RuneLen(r), false
			continue
		}
		if r == '(' && opensAside(line, i) { // "Done (replying from my phone)": the aside is a piece of its own
			emit(i, false)
			start, continued = i+1, true
			continue
		}
		if r == '(' && labelsAnswer(line[start:i]) { // "Yes (old one)": the label is read on its own
			emit(i, false)
			start, continued = i+1, true
			label = true
			continue
		}
		if strings.ContainsRune(",;:", r) && quoted(i) {
			continue // "it failed with "An error occurred, try again"": one message, quoted whole
		}
		if strings.ContainsRune(".!?。,、;:…", r) && !beforeQuotative(line[i:]) && !inWordStop(line, i) {
			emit(i, r == '?')
			start, continued = i+utf8.RuneLen(r), strings.ContainsRune(",、;:", r)
		}
	}
	emit(len(line), false)
	return out
}

// opensAside reports an opening bracket after a word and a space that
// opens words of prose ("Done (replying from my phone since …)"), not a
// short label or a smiley ("the SAA (associate)", "(^^)"): the aside is
// read as a piece of its own, as after a comma.
func opensAside(line string, i int) bool {
	if i < 2 || line[i-1] != ' ' {
		return false
	}
	end := strings.IndexByte(line[i:], ')')
	inner := line[i+1:]
	if end >= 0 {
		inner = line[i+1 : i+end]
	}
	return len(strings.Fields(inner)) >= minAsideWords
}

// minAsideWords is how many words make a bracket an aside: fewer are a
// label or a name's part.
const minAsideWords = 4

// labelsAnswer reports a bracket opened right after a bare answer word
// ("Yes (old one)", "Done (sandbox)", はい（仮）): short as it is, it is no
// name's part but a label on the answer, read on its own (sentence.label).
func labelsAnswer(before string) bool {
	return bareAnswerWord.MatchString(strings.TrimSpace(asciiLower(before)))
}

var bareAnswerWord = regexp.MustCompile(`^(?:yes|yeah|yep|yup|no|nope|done|submitted|linked|sent|ok|okay|sure|` +
	`はい|いいえ|完了(?:です|しました)?|連携(?:しました|済み|済みです)|提出(?:しました|済み|済みです)|同意(?:します|いたします))` +
	`[.!。]*$`)

// labelIsNothing reports a label on an answer that says nothing of it
// besides what any piece says: the answer again, courtesies, the words of relief or emphasis only ("Yes (finally)",
// "Done (thanks!)", "Yes (of course)"). Light words are not enough: "by
// IT" lower-cased is all light.
func labelIsNothing(text string) bool {
	inner, _, _ := strings.Cut(text, ")") // what follows the bracket is read as the piece is
	work := []byte(strings.TrimSpace(asciiLower(strings.Trim(inner, " (.!"))))
	if bareAnswerWord.Match(work) {
		return true // ＮＯ（いいえ）です: the answer said again, read as any answer is
	}
	if whenLabel.Match(work) {
		return true // 提出しました（12/8）, "Done (yesterday evening)": when, not which or how far
	}
	if restatesShown(string(work)) {
		return true // はい（表示されています）, "Yes (both listed)": the Yes said again in words
	}
	blankCourtesies(work)
	if cjkCount(work) > 0 {
		return false
	}
	for _, t := range tokens(work) {
		if !reliefWords[string(work[t[0]:t[1]])] {
			return false
		}
	}
	return true
}

// whenLabel is a bracket that tells only when the act was done, a day
// past or a time: "(yesterday evening)", "(Monday morning)", "(12/8)", (昨日),
// (12月8日 10時頃). Not a day to come ("(tomorrow)", (予定)).
var whenLabel = regexp.MustCompile(`^(?:(?:on|at|around|about|since)\s+)?(?:(?:yesterday|today|earlier|this|last|` +
	`morning|afternoon|evening|night|just now|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|` +
	`wednesday|thursday|friday|saturday|sunday|cet|cest|utc|gmt|jst|am|pm|at|around|[0-9]{1,2}[/.-][0-9]{1,2}` +
	`(?:[/.-][0-9]{2,4})?|[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}(?:am|pm))[\s,]*)+$|` +
	`^(?:(?:昨日|本日|今日|今朝|昨晩|昨夜|先ほど|さきほど|先程|[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日|` +
	`[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}時(?:[0-9]{1,2}分)?|午前|午後|朝|夜|頃|ごろ|に)\s*)+$`)

// restatesShown reports a bracket that only says, in words, that the
// certifications show, with nothing else: no doubt, no part, no other
// thing or place ("(shows on Credly)", "(一部のみ)" stay labels).
func restatesShown(inner string) bool {
	if !plainShown.MatchString(inner) && !jaPlainShown.MatchString(inner) {
		return false // "(both listed, for now)", "(they were listed)", "(listed on the team page)"
	}
	r := readSentence(sentence{text: inner})
	if r.prose || r.doubt || r.partial || len(r.answers) == 0 {
		return false
	}
	for _, a := range r.answers {
		if a.answer != Yes || !a.seen || a.other {
			return false
		}
	}
	return true
}

var (
	// plainShown is all a restating bracket may say: who (they, all three)
	// and that they show now, nothing of a time, place, part or doubt.
	plainShown = regexp.MustCompile(`^(?:(?:they|they're|they are|it|it's|it is|everything|everything's|` +
		`(?:all|both)(?: (?:two|three|four|five|\d+|of them))?|all \d+)\s+)?(?:are\s+|is\s+)?(?:now\s+|all\s+)?` +
		`(?:listed|showing|show|shows|shown|visible|displayed|there|showing up|show up)(?:\s+now)?$`)
	// jaPlainShown is the same in Japanese: 表示されています, 両方とも出ています.
	jaPlainShown = regexp.MustCompile(`^(?:両方とも|どちらも|全部|全て|すべて|ちゃんと|きちんと|無事に?)?` +
		`(?:(?:表示|掲載)され|出)て(?:い|お)?(?:ます|る)(?:よ)?[。]?$`)
)

var reliefWords = words("finally", "now", "again", "already", "yay", "phew", "lol", "haha", "at", "last", "just",
	"today", "yesterday", "earlier", "really", "definitely", "absolutely", "of", "course", "all", "both")

// inQuotes reports, for a byte offset of line, whether it lies within
// double quotes that open and close on the line.
func inQuotes(line string) func(int) bool {
	spans := doubleQuoted.FindAllStringIndex(line, -1)
	return func(i int) bool {
		for _, sp := range spans {
			if sp[0] < i && i < sp[1] {
				return true
			}
		}
		return false
	}
}

var doubleQuoted = regexp.MustCompile(`"[^"]{1,120}"|“[^”]{1,120}”`)

// inWordStop reports a full stop inside a word, a letter or digit on both
// sides and a lower-case one after it ("partner.example", "v2.1"): a name
// or a number, which ends no sentence.
func inWordStop(line string, i int) bool {
	if line[i] != '.' || i == 0 || i+1 >= len(line) {
		return false
	}
	b, a := line[i-1], line[i+1]
	alnum := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	return alnum(b) && (a >= 'a' && a <= 'z' || a >= '0' && a <= '9')
}

// beforeQuotative reports an ellipsis or a stop that a Japanese quotative
// follows (完了しました…と言いたいところですが, "I would like to say done,
// but"): the words before it are quoted, and read with what quotes them.
//
// Not a sentence that opens with what concludes from the one before
// (。ということで, 。というわけで: "and so"), which quotes nothing.
func beforeQuotative(rest string) bool {
	t := strings.TrimLeft(rest, ".…。!! 　")
	if strings.HasPrefix(t, "ということで") || strings.HasPrefix(t, "というわけで") {
		return false
	}
	return len(t) < len(rest) && (strings.HasPrefix(t, "と") || strings.HasPrefix(t, "って"))
}

// endsInJapaneseQuestion reports a Japanese sentence that asks without a
// question mark, ending in its particle か (…でしょうか, …ますか, …ですか),
// not in a word that ends so (何か, ほか, とか, どうか).
func endsInJapaneseQuestion(t string) bool {
	t = strings.TrimRight(t, " 〜~ー")
	if hasSuffix(t, []string{"かな", "かね", "かしら"}) && cjkCount([]byte(t)) > 3 && !strings.HasSuffix(t, "しかな") {
		return true // …移るのかな, これで良いですかね: wondered aloud, asked
	}
	return strings.HasSuffix(t, "か") && cjkCount([]byte(t)) > 2 && !hasSuffix(t, notQuestionKa)
}

// せいか, ためか: "perhaps because", a cause guessed, not asked.
var notQuestionKa = []string{"何か", "なにか", "ほか", "とか", "どうか", "いくつか", "誰か", "どこか", "いつか", "わずか", "しか",
	"せいか", "ためか"}

// topicComma stands for the 、 after a topic (isTopic) while a line is cut
// into sentences: a character no mail holds.
const topicComma = "\uFFFF"

// markTopics marks each 、 that follows a topic, so that the topic and the
// verb after it are read as one: the topic names what the verb did.
func markTopics(line string) string {
	var b strings.Builder
	start := 0
	for i, r := range line {
		switch {
		case r == '、' && isTopic(line[start:i], line[i+len("、"):]):
			b.WriteString(topicComma)
			continue
		case strings.ContainsRune(".!?。,、;:…", r):
			start = i + utf8.RuneLen(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isDash reports a dash between spaces at line[i], which separates two
// sentences as a full stop would; a slash between spaces sets two sayings
// side by side so too ("Please hold off / no for now").
func isDash(line string, i int) bool {
	r, size := utf8.DecodeRuneInString(line[i:])
	return strings.ContainsRune("-–—/", r) && i > 0 && line[i-1] == ' ' && i+size < len(line) && line[i+size] == ' ' &&
		!(r != '/' && inCertName(line[:i], line[i+size:]))
}

// inCertName reports a dash between the two halves of an AWS
// certification's name, as AWS writes them ("Developer - Associate",
// "Security – Specialty"): a name's word before it, a level after. It
// joins the name; cut there, the level would stand alone before what is
// said of the certification ("Associate is listed").
func inCertName(before, after string) bool {
	m := certNameEnd.FindStringSubmatch(before)
	return m != nil && !bareAnswerWord.MatchString(strings.ToLower(m[1])) && certLevel.MatchString(after)
}

var (
	certNameEnd = regexp.MustCompile(`\b([A-Z][A-Za-z]+)\s*$`)
	certLevel   = regexp.MustCompile(`(?i)^\s*(?:associate|professional|specialty|speciality|foundational)\b`)
)

// isTopic reports whether the Japanese before a 、 is a bare noun, the
// topic of what follows (リンク、完了しました; 統合の件、異存ございません):
// it ends in a kanji or katakana, not in the kana of a verb or particle
// (確認しましたが、; はい、), and what follows does not open with a "but".
func isTopic(before, after string) bool {
	before = strings.TrimSpace(before)
	r, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.In(r, unicode.Han, unicode.Katakana) && !endsInNounStem(before) {
		return false
	}
	return !hasPrefix(strings.TrimSpace(after), jaOpeners)
}

// endsInNounStem: a noun of the answers that ends in kana (紐付け), a
// topic as much as one in kanji (APNポータルでの紐付け、完了しました).
func endsInNounStem(s string) bool {
	for _, st := range stems {
		if st.ends == &ichidanSuruEndings && strings.HasSuffix(s, st.text) {
			return true
		}
	}
	return false
}

// splitBut cuts "X but Y" in two when only Y answers and X is plain detail
// ("it took me a while but it's done"): the "but" is about X, not a doubt
// on the answer. Otherwise the sentence stays whole, and its "but" a hedge
// ("Done, but it's not showing", "Go ahead but check with my manager").
func splitBut(s sentence) []sentence {
	i := strings.Index(asciiLower(s.text), " but ")
	if i < 0 || allBut.MatchString(asciiLower(s.text[:i])) {
		return []sentence{s} // "all but the SAP one show up": "but" is "except"
	}
	x, y := sentence{text: s.text[:i]}, sentence{text: s.text[i+len(" but "):], question: s.question}
	rx, ry := readSentence(x), readSentence(y)
	if x.reason = troubleResolved(x.text, y.text, ry); x.reason {
		return []sentence{x, y}
	}
	// What X shows may be another thing only ("I can see my colleagues' but
	// mine aren't there"), as resolveButs takes it.
	if len(rx.answers) > 0 && !onlyOther(rx) || rx.doubt || len(ry.answers) == 0 || ry.doubt {
		return []sentence{s}
	}
	return []sentence{x, y}
}

var allBut = regexp.MustCompile(`\b(?:all|everything|every one|each|any)$`)

// troubleResolved reports "X but Y" where X tells how it was before (at
// first, on Monday, this morning) and Y, an answer without doubt and no No,
// how it is now or in the end: "they weren't there on Monday but they show
// up now". X is then only the story of Y, read as detail.
func troubleResolved(x, y string, ry result) bool {
	if len(ry.answers) == 0 || ry.doubt || ry.prose {
		return false
	}
	for _, a := range ry.answers {
		if a.answer == No {
			return false
		}
	}
	lx, ly := asciiLower(x), asciiLower(y)
	earlier := before.MatchString(lx) || jaEarlier.MatchString(lx) || tookAWhile.MatchString(lx)
	// "At first" set against what came after needs no "now" when it tells
	// only what the writer saw or thought ("I wasn't sure at first, but
	// they are all listed"); after an error (最初はエラーが出ましたが、表示
	// されています) what is said now may be only that it shows at all.
	// Nor when it names a wrong or another thing ("at first I linked the
	// wrong account, but it's linked"): which one is linked is not told.
	firstOnly := firstTime.MatchString(lx) && !failure.MatchString(lx) && !strings.Contains(lx, "timed out") &&
		!strayWords.MatchString(lx)
	return earlier && !strings.Contains(lx, "?") && (after.MatchString(ly) || after.MatchString(lx) || firstOnly)
}

// tookAWhile tells that what is answered took time to come ("it took a
// couple of days to appear, but they're there now"): the story of the
// answer, as "at first" is.
var tookAWhile = regexp.MustCompile(`\b(?:it\s+|they\s+)?took\s+(?:(?:a|one|two|three|a few|a couple of|several|` +
	`some|[0-9]+)\s+(?:hours?|days?|weeks?)|a while|some time|a bit|a little while)\b`)

// firstTime is a time that is only the first of several: at first, the
// first time, 最初は.
var firstTime = regexp.MustCompile(`\b(?:at first|initially|the first time|the first try|the first attempt)\b|` +
	`最初は|最初の|当初`)

// wentThrough reports "X, but Y" where X tells of trouble before (at
// first, on Monday), of no other or wrong thing, and Y, without an answer or a doubt, only that it went
// through in the end ("but I got through in the end"): the story of the
// answer that follows, no doubt on it.
func wentThrough(x, y string, ry result) bool {
	lx, ly := asciiLower(x), asciiLower(y)
	return len(ry.answers) == 0 && !ry.doubt && before.MatchString(lx) && !strings.Contains(lx, "?") &&
		!strayWords.MatchString(lx) && after.MatchString(ly) && success.MatchString(ly)
}

// effortThenWorked reports "X, but Y" where X, from the start of its
// sentence, tells only the effort it took ("it took me a while to find
// it", "took some digging") and Y that it worked: as wentThrough, the
// story of the deed, with no other or wrong thing and no question.
func effortThenWorked(x, y string, ry result) bool {
	lx, ly := asciiLower(x), asciiLower(y)
	return len(ry.answers) == 0 && !ry.doubt && effort.MatchString(lx) && !strings.Contains(lx, "?") &&
		!strayWords.MatchString(lx) && !failure.MatchString(lx) && success.MatchString(ly) &&
		!strayWords.MatchString(ly) && !effortOff.MatchString(lx+" "+ly)
}

// effortOff names, in the effort or in what worked, the opposite act or
// another account ("to find the unlink button", "it worked for the old
// account"): what worked may be no part of the deed asked about.
var effortOff = regexp.MustCompile(`\b(?:un-?link(?:ed|ing)?|cancel(?:l?ed|lation|ling)?|remov(?:e|ed|al)|delet(?:e|ed|ion)|` +
	`revert(?:ed)?|undo|disconnect(?:ed)?|withdr[ae]w[a-z]*|old|older|previous|former|personal|private|gmail|` +
	`other|another|second|wrong|test|colleague's|manager's|someone)\b`)

// effort tells the effort the deed took: "it took me a while", "took
// some digging", "was hard to find", "a bit fiddly".
var effort = regexp.MustCompile(`^(?:it\s+)?took\s+(?:me\s+)?(?:a while|some time|a bit|a little while|ages|` +
	`some digging|a bit of digging|some searching|a bit of searching|a few tries|two tries)\b|` +
	`\b(?:was|is)\s+(?:a bit\s+|quite\s+|rather\s+)?(?:hard|tricky|fiddly)\s+to\s+find\b|` +
	`^(?:it was|it's|a bit|quite)\s+(?:a bit\s+)?(?:fiddly|tricky)\b`)

// sentenceSoFar is the text of the pieces of ps[i]'s sentence before it.
func sentenceSoFar(ps []sentence, i int) string {
	start := i - 1
	for start > 0 && ps[start].continued {
		start--
	}
	var b strings.Builder
	for _, p := range ps[start:i] {
		b.WriteString(p.text + " ")
	}
	return b.String()
}

// success tells that what was tried went through.
var success = regexp.MustCompile(`\b(?:got (?:it )?through|went through|worked|succeeded|managed|sorted|fixed|` +
	`went fine|went ok|went okay)\b`)

var (
	// before marks a time before the answer's.
	before = regexp.MustCompile(`\b(?:at first|initially|first time|earlier|before|yesterday|this morning|last week|` +
		`on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the first try|the first attempt)\b|` +
		`最初は|最初|昨日は|先週は|朝は|当初`)
	// after marks the answer's time: now, in the end.
	// "As of this morning" is the time from which it is so, a now.
	after = regexp.MustCompile(`\b(?:now|today|in the end|finally|eventually|after that|since then|this time|` +
		`as of (?:this morning|this afternoon|tonight|last night|yesterday)|` +
		`then|a day later|days later|the next day|the following day|` +
		`second (?:time|try|attempt))\b|今は|いまは|現在は|最終的に|無事|今日は|本日|改めて|再度|` +
		// 確認したところ, ログインし直したところ: what was found once it was done.
		`たところ`)
)

// jaButEnds end a Japanese clause with "but" before its 、.
var jaButEnds = []string{"ましたが", "でしたが", "ませんでしたが", "たけど", "たけれど", "たけれども", "ものの",
	"のですが", "んですが", "たのですが", "なかったですが"}

// soClause is " so I …" / " so we …" inside a piece: the consequence of
// what comes before it ("the option was greyed out so I sent the form").
var soClause = regexp.MustCompile(`(?i)\s+so\s+(?:i|we|i've|i have|i've now)\s`)

// splitSo cuts a piece before " so I/we", so markReasons can read the
// first half as the reason; the second half continues the sentence.
func splitSo(s sentence) []sentence {
	loc := soClause.FindStringIndex(s.text)
	if loc == nil || loc[0] == 0 {
		return []sentence{s}
	}
	x := sentence{text: s.text[:loc[0]], continued: s.continued}
	y := sentence{text: strings.TrimSpace(s.text[loc[0]:]), question: s.question, continued: true}
	return []sentence{x, y}
}

// becauseClause opens the reason after an answer: "… since the form
// wouldn't load", "… because the page kept timing out". Not "as", which
// also names what the thing was done as ("submitted as a draft").
var becauseClause = regexp.MustCompile(`(?i)\s+(?:since|because|cause|'cause)\s+`)

// splitBecauses cuts each piece that ends its sentence with a reason after
// its answer (splitBecause): not one the sentence goes on after ("I was
// expecting them not to show because …, but yes, …"), whose answer is what
// comes after it, nor a reason already marked.
func splitBecauses(ps []sentence) []sentence {
	out := make([]sentence, 0, len(ps))
	for i, p := range ps {
		if p.reason || i+1 < len(ps) && ps[i+1].continued {
			out = append(out, p)
			continue
		}
		out = append(out, splitBecause(p)...)
	}
	return out
}

// splitBecause cuts "X since Y" in two when X is an answer in words
// without doubt and Y, the reason, holds no answer, hedge, plan, other
// person or thing, nor anything that undoes or holds back the answer: Y's
// trouble or negation ("the form wouldn't load") is about the reason, so Y
// is marked as one, read as detail. Not when Y says the writer cannot look
// (noAccess): what they cannot see is then no No. Otherwise the piece
// stays whole.
func splitBecause(s sentence) []sentence {
	loc := becauseClause.FindStringIndex(s.text)
	if loc == nil || loc[0] == 0 {
		return []sentence{s}
	}
	x := sentence{text: s.text[:loc[0]], continued: s.continued}
	y := sentence{text: strings.TrimSpace(s.text[loc[1]:]), question: s.question, continued: true, reason: true}
	rx, ry := readSentence(x), readSentence(y)
	lowY := []byte(asciiLower(y.text))
	if s.question || len(rx.answers) == 0 || rx.doubt || rx.prose || onlyBare(rx) || len(ry.answers) > 0 ||
		isHedged(lowY) || contradicts(y.text) || othersHold.Match(lowY) || otherDoer.Match(lowY) ||
		strayWords.Match(lowY) || noAccess.Match(lowY) || // "I can't see it since I have no access": no look, no No
		disowns.Match(lowY) { // "Go ahead because I don't recognise the old address": a reason against
		return []sentence{s}
	}
	return []sentence{x, y}
}

// disowns tells that the writer does not know or own the account ("I don't
// recognise the old address", "it isn't mine", "I never had that
// account"): a reason against the merge, never the why of a consent.
var disowns = regexp.MustCompile(`\b(?:don't|do not|didn't|did not|can't|cannot|never)\s+(?:even\s+)?` +
	`(?:recogni[sz]e[ds]?|know|knew|remember|own|owned|used|create[ds]?|created|set up|made|have|had|open(?:ed)?)\b|` +
	`\b(?:isn't|is not|aren't|are not|not)\s+(?:really\s+)?(?:mine|my (?:own )?(?:account|address|email|one))\b`)

// onlyBare reports an answer that is only a bare "yes" or "no", which
// says nothing of what the reason is for.
func onlyBare(r result) bool {
	for _, a := range r.answers {
		if !a.interjection {
			return false
		}
	}
	return true
}

// markReasons marks the pieces that give the reason for the answer after
// them in the same sentence: "I couldn't find the option, so I sent the
// form", "since the button did not work, I filled in the form",
// 直接連携できなかったため、申請しました. The reason's negation or trouble is
// about the reason, not the answer: it is read as detail. Only when the
// reason holds no answer, no question and no hedge (a plan, a maybe), and
// the answer after it is one without doubt; the answer's "instead" then
// refers to what the reason says could not be done.
func markReasons(ps []sentence) {
	for i := 0; i+1 < len(ps); i++ {
		x, y := ps[i], ps[i+1]
		if !y.continued || x.question || !givesReason(x.text, y.text) {
			continue
		}
		lowX := []byte(asciiLower(x.text))
		if isHedged(lowX) || len(readSentence(sentence{text: x.text}).answers) > 0 {
			continue
		}
		y.text = reasonConsequence.ReplaceAllString(y.text, "")
		y.text = strings.TrimSpace(insteadRE.ReplaceAllString(y.text, " "))
		if ry := readSentence(y); len(ry.answers) == 0 || ry.doubt || ry.prose || refusesTheAct(x.text, ry) {
			continue
		}
		ps[i].reason, ps[i+1] = true, y
	}
}

var (
	// reasonConsequence opens the answer that follows a reason ("…, so I …").
	reasonConsequence = regexp.MustCompile(`(?i)^(?:and\s+)?so\s+`)
	// reasonOpens opens a reason before the answer ("since …, I …").
	reasonOpens = regexp.MustCompile(`(?i)^(?:since|because|as)\s`)
	insteadRE   = regexp.MustCompile(`(?i)\binstead\b`)
	// jaReasonEnds end a Japanese reason before 、: ため, ので, から.
	jaReasonEnds = []string{"ため", "ので", "から", "せいで"}
	// jaStepEnds end a step taken before the answer, in the same sentence:
	// ログインし、, 案内に従って、, 設定を開いて、.
	jaStepEnds = regexp.MustCompile(`[\p{Han}\p{Katakana}]し$|(?:って|いて|して|んで|えて|けて|れて|めて|せて|みて)$`)
)

// givesReason reports whether x is the reason for y: y opens with "so",
// x with "since"/"because", or x is Japanese ending in ため/ので/から; or
// detail of the same kind: a step taken before it (ログインし、) or the
// object it acts on (フォームを、), but not the merge itself nor a wrong one.
// refusesTheAct reports a reason that negates the merge or the consent
// itself (統合する予定がないので, "since I don't want them merged") before a
// consent: no reason for it, the two disagree.
func refusesTheAct(x string, ry result) bool {
	low := asciiLower(x)
	_, negated, _ := latinLeft([]byte(low))
	if !mergeOrConsent.MatchString(low) || !negated && !sizeUp([]byte(low)).jaNegated {
		return false
	}
	for _, a := range ry.answers {
		if a.answer == Yes && !a.seen {
			return true
		}
	}
	return false
}

var mergeOrConsent = regexp.MustCompile(`統合|マージ|一本化|同意|承諾|\bmerg\w*|\bconsent\w*`)

func givesReason(x, y string) bool {
	x = strings.TrimSpace(x)
	return reasonConsequence.MatchString(y) || reasonOpens.MatchString(x) || hasSuffix(x, jaReasonEnds) ||
		jaStepEnds.MatchString(x) && !caseActions.MatchString(x) && !topic.MatchString(x) || // 統合を取り消し、… is no mere step; …について、 a topic
		strings.HasSuffix(x, "を") && !strayWords.MatchString(x) // the object the answer acts on
}

// resolveButs reads "X, but Y" cut at its comma as splitBut reads it
// whole: when X is plain detail and Y an answer without doubt ("the page
// timed out the first time, but it is linked now"), the "but" only sets
// Y against X, and Y is read without it.
func resolveButs(ps []sentence) {
	for i := 1; i < len(ps); i++ {
		y := ps[i]
		low := asciiLower(y.text)
		if y.continued && hasSuffix(strings.TrimSpace(ps[i-1].text), jaButEnds) && jaResolved(ps, i) {
			ps[i-1].reason = true // 最初はエラーが出ましたが、今は表示されています
			continue
		}
		opener := contrastOpener.FindString(low)
		if !y.continued || opener == "" {
			continue
		}
		rx := readSentence(ps[i-1])
		y.text = y.text[len(opener):]
		ry := readSentence(y)
		// The "now" of the story may come later in the sentence: "…, but yes, I can see them now".
		if troubleResolved(ps[i-1].text, low+" "+restOfSentence(ps, i+1), ry) {
			ps[i-1].reason, ps[i] = true, y
			continue
		}
		if wentThrough(ps[i-1].text, y.text, ry) || effortThenWorked(sentenceSoFar(ps, i), y.text, ry) {
			ps[i-1].reason, ps[i].reason = true, true // the story before the answer that follows
			ps[i].succeeded = true
			continue
		}
		if opener != "but " || len(rx.answers) > 0 && !onlyOther(rx) || rx.doubt || len(ry.answers) == 0 || ry.doubt {
			continue
		}
		ps[i] = y
	}
}

// contrastOpener opens the piece that sets how it is now or in the end
// against how it was before: "but", "then", "but then".
var contrastOpener = regexp.MustCompile(`^(?:but then |and then |then |but )`)

// restOfSentence is the text of the pieces from ps[i] on that continue
// the same sentence.
func restOfSentence(ps []sentence, i int) string {
	var b strings.Builder
	for ; i < len(ps) && ps[i].continued; i++ {
		b.WriteString(" " + asciiLower(ps[i].text))
	}
	return b.String()
}

// jaResolved reports a Japanese "X が、…Y" where X tells how it was
// before and Y, after steps of plain detail (本日確認したところ、), is an
// answer without doubt and no No (see troubleResolved): X is the story.
func jaResolved(ps []sentence, i int) bool {
	steps := ""
	for j := i; j < len(ps) && ps[j].continued; j++ {
		r := readSentence(ps[j])
		if len(r.answers) > 0 || r.doubt {
			return troubleResolved(ps[i-1].text, steps+" "+ps[j].text, r)
		}
		if !r.prose {
			return false
		}
		steps += " " + ps[j].text
	}
	return false
}

// earlierReply is a sentence that only tells what the writer replied
// before, the words quoted ("先ほど「YES」と返信してしまいましたが", "I
// replied "yes" earlier"): the answer of this reply is in its other
// sentences (やはり取り消させてください).
var earlierReply = regexp.MustCompile(`^(?:先ほど|先程|さきほど|先日|昨日|前回|以前)?(?:は)?\s*[「『"“]([^」』"”]{1,20})[」』"”]\s*(?:と|って)` +
	`(?:ご?返信|ご?回答|お?返事|答え|送信)(?:して|いた|し)(?:しまいました|しまった|いたしました|ました)(?:が|けど|けれど)?$|` +
	`^(?:i|we)\s+(?:replied|answered|said|wrote)\s+["“']([^"”']{1,20})["”']` + earlierReplyTail + `$|` +
	`^(?:i know\s+|i realise\s+|i realize\s+)?(?:i|we)\s+(?:already\s+)?(?:replied|answered|said)\s+(yes|no|ok)\b` +
	earlierReplyTail + `$`)

// earlierReplyTail is what may follow an earlier reply's words: to whom,
// and when ("to you the other day", "to this on Monday", "by mistake").
const earlierReplyTail = `(?:\s+to\s+(?:this|it|you|your (?:mail|email|message)))?` +
	`(?:\s+(?:earlier|before|yesterday|this morning|by mistake|the other day|last week|` +
	`on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?`

func reportsEarlierReply(low string) bool { return earlierReply.MatchString(strings.TrimSpace(low)) }

// splitAnd cuts "X and Y" in two when each half is a No on its own, with
// no doubt ("I did not request this and I do not agree to any merge"): the
// negation of one half is then no doubt on the other. Other answers joined
// by "and" stay whole ("Done and submitted" is for a person).
func splitAnd(s sentence) []sentence {
	i := andOutsideBrackets(asciiLower(s.text))
	if i < 0 || s.question {
		return []sentence{s}
	}
	x, y := sentence{text: s.text[:i]}, sentence{text: s.text[i+len(" and "):]}
	rx, ry := readSentence(x), readSentence(y)
	if lookThenShown(x, rx, ry) || acknowledgedBeside(rx, y, ry) {
		x.continued, y.continued = s.continued, true
		return []sentence{x, y} // "I opened the profile and the SAA is listed": the look, then what it showed
	}
	if !onlyNo(rx) || !onlyNo(ry) {
		return []sentence{s}
	}
	return []sentence{x, y}
}

// misunderstood is an acknowledgement that gets the merge wrong: nothing
// moves, something is lost, it all goes to the old account, or it can be
// undone ("I understand it can be undone"): a person should answer it.
var misunderstood = regexp.MustCompile(`\b(?:nothing|none|lost|lose|losing|deleted|wiped)\b|` +
	`\b(?:move|moves|moved|go|goes|transferred|transfers)\s+(?:\w+\s+)?(?:to|into)\s+(?:the|my)\s+` +
	`(?:old|older|personal|previous|former|gmail)\b|\bcan (?:be |still be )?(?:undone|reversed|reverted|undo)\b|` +
	`\b(?:is|it's|are|be)\s+reversible\b`)

// andOutsideBrackets is where the first " and " outside brackets is in
// low, or -1: one inside ("my exams (SAA and CLF)") joins names only.
func andOutsideBrackets(low string) int {
	depth := 0
	for i := 0; i < len(low); i++ {
		switch {
		case low[i] == '(':
			depth++
		case low[i] == ')' && depth > 0:
			depth--
		case depth == 0 && strings.HasPrefix(low[i:], " and "):
			return i
		}
	}
	return -1
}

// acknowledgedBeside reports "X and I understand Y" where Y only
// acknowledges what the merge does ("I've checked the old account and I
// understand everything moves to the new one") and X holds no doubt: read
// apart, as in sentences of their own, the acknowledgement is nothing.
func acknowledgedBeside(rx result, y sentence, ry result) bool {
	return !rx.doubt && acknowledgements.MatchString(strings.TrimSpace(asciiLower(y.text))) &&
		!misunderstood.MatchString(asciiLower(y.text)) &&
		!ry.prose && !ry.doubt && len(ry.answers) == 0
}

// lookThenShown reports "X and Y" where X only tells how the writer went to
// look (opened the page, logged in, went to a tab) and Y what showed there
// (a Yes or No of showing, without doubt): the look is plain detail and
// the showing the answer, read apart as if a comma stood between them.
func lookThenShown(x sentence, rx, ry result) bool {
	low := asciiLower(x.text)
	if rx.prose && !rx.doubt && len(rx.answers) == 0 && wentToLook.MatchString(low) && !lookedElsewhere(low) &&
		!ry.prose && !ry.doubt && len(ry.answers) > 0 {
		for _, a := range ry.answers {
			if !a.seen && a.answer != No || a.other || a.interjection {
				return false
			}
		}
		return true
	}
	return false
}

// lookedElsewhere reports a look at another's or a wrong place, or at the
// certification account itself (which shows the certifications whatever
// the APN profile does): what showed there answers nothing.
func lookedElsewhere(low string) bool {
	return strayWords.MatchString(low) || seenElsewhere.MatchString(low) || certSide.MatchString(low) ||
		awsAccountLook.MatchString(low)
}

var awsAccountLook = regexp.MustCompile(`\b(?:aws|certifications?|certs?|training)\s+(?:certification\s+)?` +
	`(?:account|accounts|portal|site|login)\b|\b(?:mail|phone)\b`)

// wentToLook opens a clause that tells how the writer went to look: "I
// logged into Partner Central", "went to My Profile", "then opened the
// page", "refreshed it".
var wentToLook = regexp.MustCompile(`^(?:and |then |so )?(?:i |i've |i have |i just |i then )?(?:then |just )?` +
	`(?:opened|logged (?:in|into|on|onto)|signed (?:in|into|on)|went (?:in)?to|navigated to|clicked|looked at|` +
	`refreshed|reloaded|checked|had a look at|pulled up|brought up)\b`)

// onlyNo reports a sentence that is a No and nothing else.
func onlyNo(r result) bool {
	if len(r.answers) == 0 || r.doubt || r.prose {
		return false
	}
	for _, a := range r.answers {
		if a.answer != No {
			return false
		}
	}
	return true
}

// found is one answer found in a sentence.
type found struct {
	answer       Answer
	interjection bool
	affirms      bool
	seen         bool
	// other: what shows is something else ("both show my old name"):
	// evidence beside a Done, no Yes of its own.
	other bool
	// ofLinkStep: a Submitted of the link's own step (the APN ID entered,
	// the consent screen sent): beside a Done, part of it.
	ofLinkStep bool
	// checked: a Done that is only a check made (確認済みです): beside a
	// Yes of showing, how the writer knows it (see tally.answer).
	checked bool
	// passesOn: a Yes that only passes on a Yes said beside it ("please
	// confirm it with AWS"): no Yes of its own (see tally.answer).
	passesOn bool
	// handsOver: a bare go-ahead that hands the case back ("kindly do the
	// needful from here"): beside a Done or Submitted no answer of its own.
	handsOver bool
}

// result is what a sentence says: answers, nothing (prose false, no
// answers: a courtesy, a name), or prose. Doubtful prose (a question, a
// hedge, a negation, a "but") makes the reply Unclear; plain prose (a
// detail, "It asked me for a code") may follow an answer.
type result struct {
	answers []found
	prose   bool
	doubt   bool
	// plan: the only doubt is a plan ("I'll keep both accounts"), which
	// does not spoil a No.
	plan bool
	// partial: the only doubt is that part shows ("only the old one is
	// listed"), which agrees with a No and with nothing else.
	partial bool
	// expect: the only doubt is an expectation ("it should be there now"),
	// which agrees with Done or Submitted and with nothing else.
	expect bool
	// awaiting: the sentence only says that what was sent awaits approval
	// ("it is pending approval", 承認待ちです), which agrees with Submitted
	// and with nothing else.
	awaiting bool
	// detailCJK: the Japanese characters of an answer's sentence besides
	// its answer phrases.
	detailCJK int
	// noneShown: the sentence tells that no certifications show (see
	// noneShown): a No beside another No only.
	noneShown bool
}

// doubtful is a sentence with a doubt; clean: the doubt comes from its
// words only (no question, no negation, no Japanese "but"), so it may be
// one that agrees with the answer around it (a plan, a part, an
// expectation).
func doubtful(work []byte, clean bool) result {
	if clean && awaitsApproval.Match(bytes.TrimSpace(work)) {
		return result{prose: true, doubt: true, awaiting: true}
	}
	return result{prose: true, doubt: true, plan: clean && isPlan(work) && !hedgedNotByPlan(work),
		partial: clean && onlyHedges(work, partialWords), expect: clean && onlyHedges(work, expectWords)}
}

// awaitsApproval is a sentence that only says a request awaits the other
// side's approval or review: "it is pending approval now", "awaiting
// review by AWS", 現在は承認待ちです. Not "waiting for my manager".
var awaitsApproval = regexp.MustCompile(`^(?:(?:it|the request|the form|my request)\s+(?:is|'s)\s+|it's\s+)?` +
	`(?:now\s+|currently\s+|still\s+)?(?:pending|awaiting|waiting for|waiting on|under)\s+` +
	`(?:their\s+|aws'?s?\s+|an?\s+|the\s+)?` +
	`(?:approval|review|processing)(?:\s+(?:from|by)\s+(?:aws|them|partner central))?(?:\s+now)?$|` +
	`^(?:現在|今|いま)?(?:は)?(?:、)?\s*(?:awsの|aws の|先方の)?(?:承認|審査|返信|回答)待ち(?:の状態|の状況)?` +
	`(?:です|となっています|となっております|になっています|でございます)?$`)

// onlyHedges reports whether the hedges in work are all among allowed (at
// least one), with no plan and no question word or Japanese "but" opening.
func onlyHedges(work []byte, allowed []string) bool {
	found := false
	for _, h := range hedges {
		if !hasHedge(work, h) {
			continue
		}
		if !slices.Contains(allowed, h) {
			return false
		}
		found = true
	}
	ts := tokens(work)
	opened := len(ts) > 0 && questionWords[string(work[ts[0][0]:ts[0][1]])] || jaOpened(work)
	return found && !opened && !isPlan(work)
}

// hedgedNotByPlan reports a hedge other than a plan.
func hedgedNotByPlan(work []byte) bool {
	for _, h := range hedges {
		if hasHedge(work, h) {
			return true
		}
	}
	ts := tokens(work)
	return len(ts) > 0 && questionWords[string(work[ts[0][0]:ts[0][1]])] || jaOpened(work) || asksOrHearsay(work)
}

// jaOpened reports a sentence that opens with a Japanese "but".
func jaOpened(work []byte) bool {
	return hasPrefix(strings.TrimSpace(string(work)), jaOpeners)
}

// match is one answer phrase found at text[start:end].
type match struct {
	start, end int
	answer     Answer
	flags      int
	negated    bool
	japanese   bool
	other      bool // a showing of something else (see showingOther)
}

// Polite requests put as questions. In Japanese the て-form before
// いただけますか/もらえますか/いただきたい (見送っていただけますでしょうか) is
// the request, as with ください. In English "could/can/would you (please)"
// before an answer's words ("could you go ahead with the merge?").
var (
	jaRequestAsQuestion = regexp.MustCompile(`(て|で)(?:いただけ(?:ます|ません|ない)(?:でしょう)?か|` +
		`もらえ(?:ます|ません|ない)(?:でしょう)?か|いただきたい(?:のですが|です)?|ほしいです|` +
		`(?:いただけると|もらえると)(?:助かります|幸いです|ありがたいです|嬉しいです))$`)
	enRequestAsQuestion = regexp.MustCompile(`(?i)^(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|just\s+)?`)
)

// noneShown is a showing of no certifications at all ("my profile shows
// zero certifications", "it lists 0 certs", "shows no certifications"),
// read as "not showing any certifications" is: a No beside another ("No.
// It shows zero certifications"), but alone it may answer whether the
// link was done, so no answer (see tally). Only of what was asked about:
// "it shows no errors" is no answer.
var noneShown = regexp.MustCompile(`(?i)(^|\s)(shows|show|showing|lists|listing|displays|displaying)\s+` +
	`(?:zero|no|0)\s+((?:aws\s+|active\s+)?(?:certifications?|certs?|certificates?|credentials?|badges?))\b`)

// readNoneShown returns text with a showing of no certifications
// (noneShown, certsEmpty) written as "not showing any certifications",
// and whether there was one. Not when the nothing is of what is missing
// ("shows no certifications missing": all are there), nor when the
// sentence speaks of another's, the old or a wrong place.
func readNoneShown(text string) (string, bool) {
	t := noneShown.ReplaceAllString(text, "${1}not showing any ${3}")
	t = certsEmpty.ReplaceAllString(t, "${1}not showing any certifications")
	t = certsZero.ReplaceAllString(t, "${1}not showing any certifications")
	low := asciiLower(t)
	if t == text || noneMissing.MatchString(low) || strayWords.MatchString(low) || elsewhere.MatchString(low) {
		return text, false
	}
	return t, true
}

var (
	noneMissing = regexp.MustCompile(`not showing any [a-z]+\s+(?:as\s+)?(?:missing|absent|wrong|left|outstanding|pending)\b`)
	elsewhere   = regexp.MustCompile(`\b(?:old|previous|former|personal|private|gmail|test)\b`)
)

// certsEmpty is the place of the certifications told empty ("the
// certifications column next to it is empty", "the certs section is still
// blank"): read as noneShown is.
var certsEmpty = regexp.MustCompile(`(?i)(^|\s)(?:the\s+|my\s+)?(?:certifications?|certs?|certificates?|credentials?)` +
	`(?:\s+(?:column|section|list|field|area|tab|box|panel))?(?:\s+(?:next to|beside|below|under)\s+(?:it|my name))?` +
	`\s+(?:is|are|was|were|stays|remains)\s+(?:still\s+)?(?:empty|blank)\b`)

// certsZero is the place of the certifications told to read 0 ("the
// certifications tab says 0", "under Certifications it says zero", "it
// shows none under certs", "the page shows nothing under AWS
// Certifications"), or the page's words for none quoted (it
// still says "No certifications found"): read as noneShown is. Only where
// the certifications are named: "it says 0" alone may count anything.
var certsZero = regexp.MustCompile(`(?i)(^|\s)(?:(?:(?:the\s+|my\s+)?(?:certifications?|certs?)` + certsPlace +
	`(?:\s+(?:in|on|of)\s+(?:the\s+|my\s+)?(?:apn\s+)?(?:profile|page))?|(?:under|in|next to|beside)\s+` +
	`(?:the\s+)?(?:certifications?|certs?)` + certsPlace + `,?\s+it)` + saysNone + `(?:` + zeroWord + `|` +
	quotedNone + `)[\s.,;!)]*$|(?:it|the\s+(?:page|profile))` + saysNone + `(?:` + zeroWord + `|nothing)` +
	`\s+(?:under|in|next to|beside)\s+(?:the\s+|my\s+)?(?:aws\s+)?` +
	`(?:certifications?|certs?)\b|(?:it|the\s+(?:page|profile|section|tab|list))` + saysNone + quotedNone +
	`[\s.,;!)]*$)`)

const (
	// certsPlace is the part of the page that holds the certifications.
	certsPlace = `(?:\s+(?:column|section|list|field|area|tab|box|panel|count|counter|number|heading))?`
	// saysNone is what the page says, "still" or not.
	saysNone = `\s+(?:still\s+)?(?:says|shows|reads|displays|is)\s+(?:still\s+)?`
	// zeroWord is a count of none, as a page shows it.
	zeroWord = `["']?(?:0|zero|none)["']?`
	// quotedNone is the page's own words for none: "No certifications found".
	quotedNone = `["']?no\s+(?:aws\s+)?(?:certifications?|certs?)(?:\s+(?:found|yet|available|listed|` +
		`to\s+(?:show|display)))?["']?`
)

// bareAfterHave is an act verb left bare after "have" ("I have send the
// form", "we has link the account"), as people writing in a second
// language often put it, before what it acts on or at the end: not "have
// to", nor the word as a noun ("I have link problems").
var bareAfterHave = regexp.MustCompile(`(?i)\b((?:have|has|had|'ve|haven't|hasn't|hadn't|have not|has not)\s+` +
	`(?:already\s+|just\s+|now\s+|also\s+|finally\s+)?)(submit|send|link|connect|complete|finish|fill)` +
	`(\s+(?:the|my|it|them|this|that|both|our|all|your|in|out)\b|\s*$)`)

// misspeltPast are the pasts of the act verbs as they are often misspelt.
var misspeltPast = regexp.MustCompile(`(?i)\b(?:submited|submittted|sended)\b`)

// pastOf is the past participle of the verbs bareAfterHave and
// misspeltPast find.
var pastOf = map[string]string{"submit": "submitted", "send": "sent", "link": "linked", "connect": "connected",
	"complete": "completed", "finish": "finished", "fill": "filled", "submited": "submitted",
	"submittted": "submitted", "sended": "sent"}

// asPast puts the act verbs found by bareAfterHave and misspeltPast in the
// past the phrases know: "I have send it" reads as "I have sent it".
//
// The groups come from the match in its place: matched again on its own,
// "'ve link" loses the word boundary before it had in "I've link".
func asPast(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range bareAfterHave.FindAllStringSubmatchIndex(text, -1) {
		b.WriteString(text[last:m[0]])
		b.WriteString(text[m[2]:m[3]] + pastOf[strings.ToLower(text[m[4]:m[5]])] + text[m[6]:m[7]])
		last = m[1]
	}
	b.WriteString(text[last:])
	return misspeltPast.ReplaceAllStringFunc(b.String(), func(m string) string { return pastOf[strings.ToLower(m)] })
}

// permissionMay is "you may" before one of the acts the cases ask about
// ("you may consent", "you may go ahead"): a permission, read as "you can",
// not the doubt "may" is elsewhere ("you may want to wait").
var permissionMay = regexp.MustCompile(`(?i)\b(you\s+)may\s+((?:now\s+)?(?:go ahead|proceed|consent|merge|continue|` +
	`agree|approve)\b)`)

// asRequest returns a polite request put as a question as the request it
// is: 見送っていただけますか is read as 見送ってください, "Could you cancel my
// request?" as "cancel my request". An English one only when an answer's
// words follow at once: "could you tell me whether …" stays a question.
func asRequest(s sentence) sentence {
	t := strings.TrimSpace(s.text)
	if loc := jaRequestAsQuestion.FindStringSubmatchIndex(t); loc != nil && !asksJapanese(t) {
		return sentence{text: t[:loc[3]] + "ください", continued: s.continued}
	}
	loc := enRequestAsQuestion.FindStringIndex(t)
	if loc == nil {
		return s
	}
	rest := t[loc[1]:]
	low := []byte(asciiLower(rest))
	first := len(low) - len(bytes.TrimPrefix(low, []byte("not "))) // "could you please not merge them?"
	ms := choose(candidates(low))
	if len(ms) == 0 || ms[0].start != first || ms[0].answer == Unclear {
		return s
	}
	// What follows the answer's words must be slight ("… with the merge"):
	// "can you proceed without my manager's approval?" asks whether it can.
	left := append([]byte(nil), low...)
	for _, m := range ms {
		blank(left, m.start, m.end)
	}
	if heavy, _, _ := latinLeft(left[ms[0].end:]); heavy > 1 {
		return s
	}
	return sentence{text: rest, continued: s.continued}
}

// jaQuestionWords ask what, when, which or how: a sentence with one is a
// question even in a request's form (いつ進めていただけますか).
var jaQuestionWords = regexp.MustCompile(`いつ[^もで]|いつ$|どう|なぜ|どこ|どれ|どちら|どの|何|なに|いかが`)

func asksJapanese(t string) bool { return jaQuestionWords.MatchString(t) }

// asksToCheck is a request to check or confirm something ("please confirm
// the merge is complete", "can you check whether it is linked"): the
// answer's words in it are what is asked about, not an answer. "Please
// check" alone is a courtesy, read elsewhere.
var asksToCheck = regexp.MustCompile(`^(?:please\s+|kindly\s+|could you\s+(?:please\s+)?|can you\s+(?:please\s+)?|` +
	`would you\s+(?:please\s+)?)?(?:confirm|check|verify|make sure|double-check|let me know|tell me|advise)\s+` +
	`(?:that\s+|if\s+|whether\s+|for me\s+)?[a-z]`)

// confirmsToAWS asks certflow to give AWS the confirmation it asked for
// ("please confirm to AWS", "go ahead and confirm it to them"): a
// consent, not a request to check something. Nothing may follow but
// when or for whom; "confirm with AWS" may ask to check with them.
var confirmsToAWS = regexp.MustCompile(`^(?:please\s+|kindly\s+)?(?:(?:go ahead and|you can|feel free to)\s+)?` +
	`confirm\s+(?:it\s+|that\s+|this\s+)?to\s+` + confirmedWhom)

// confirmsWithAWS is "please confirm it with AWS" (it, this, my consent):
// beside a Yes it gives AWS what was agreed, but alone, or beside a No, it
// may as well ask to check it with them: a Yes that stands only beside
// another (found.passesOn; "Please confirm it with AWS." is for a person).
var confirmsWithAWS = regexp.MustCompile(`^(?:please\s+|kindly\s+)?(?:(?:go ahead and|you can|feel free to)\s+)?` +
	`confirm\s+(?:it|this|that|my consent|the consent)\s+with\s+` + confirmedWhom)

const confirmedWhom = `(?:aws|amazon|them|the aws team)(?:\s+(?:now|then|for me|on my behalf))?$`

// relaysYes and relaysNo ask certflow to pass a bare yes or no on to AWS:
// "please tell them yes", "answer no to AWS", "pass on a yes", "tell AWS
// no and let them close it", AWSには「はい」と伝えてください, YESで回答して
// ください. Nothing may follow but for whom or now; after a No, that AWS
// may close the request, which is what a No to it means. A face may end
// what opens the sentence ("Finally 🙂 Please tell them yes").
var (
	relaysYes = regexp.MustCompile(relayOpening + `yes` + relayTail + `$|` + jaRelay(`はい|yes|イエス`))
	relaysNo  = regexp.MustCompile(relayOpening + `no` + relayTail +
		`(?:,?\s+and\s+(?:let|ask|tell)\s+them\s+(?:to\s+)?close\s+(?:it|the case|the request|the ticket))?$|` +
		jaRelay(`いいえ|no|ノー`))
)

const (
	relayOpening = `^(?:(?:so|then|and|ok|okay)\s+)?(?:please\s+|kindly\s+|just\s+)?(?:(?:go ahead and|you can|` +
		`feel free to)\s+)?(?:(?:tell|give)\s+` + relayTo + `\s+|(?:answer|reply|respond|say)\s+(?:with\s+)?|` +
		`pass\s+on\s+)(?:a\s+|my\s+)?`
	relayTo   = `(?:aws|amazon|them|the aws team|aws support|support)`
	relayTail = `(?:\s+(?:to\s+` + relayTo + `|to\s+(?:the|their)\s+(?:aws\s+)?(?:request|question|mail|email)|` +
		`from me|for me|on my behalf|then|now|please))*`
)

// jaRelay is a Japanese request to pass the answer on: (AWSには)「はい」と
// 伝えてください, YESで回答してください, NOとお伝えください.
func jaRelay(answer string) string {
	return `^(?:(?:aws|先方|アマゾン|amazon)(?:には|に|へ)\s*)?[「『"]?(?:` + answer + `)[」』"]?\s*(?:と|で)\s*` +
		`(?:伝えて|お伝え|回答して|ご回答|返信して|ご返信|返答して)(?:ください|下さい|お願いします|いただければ)$`
}

// relayed is the answer a sentence asks to pass on to AWS, or Unclear.
// A face before the request ends what opens the sentence as a full stop
// would ("Finally 🙂 Please tell them yes"): the request after it is read
// on its own, and what came before it is light words or none.
func relayed(low string) Answer {
	t := strings.TrimFunc(low, func(r rune) bool { return !unicode.IsLetter(r) })
	if i := strings.LastIndexFunc(t, isPictograph); i >= 0 {
		if l := sizeUp([]byte(t[:i])); l.heavy > 1 || l.negator || l.cjk > 0 {
			return Unclear
		}
		t = strings.TrimFunc(t[i:], func(r rune) bool { return !unicode.IsLetter(r) })
	}
	switch {
	case relaysYes.MatchString(t):
		return Yes
	case relaysNo.MatchString(t):
		return No
	}
	return Unclear
}

// isPictograph reports a face or other pictograph (🙂, 👍, 🎉).
func isPictograph(r rune) bool { return r >= 0x2600 && unicode.Is(unicode.So, r) }

// knowsIrreversible acknowledges that what is asked cannot be undone
// (取り消しできないことも承知しています, 元に戻せない点は理解しております), as
// "I understand it can't be undone" does: its 取り消し names the undoing
// that cannot be, no cancel of the writer's.
//
// The formal 旨 stands for こと (元に戻せない旨も理解しております), and the
// time may be told with に (統合後に…).
var knowsIrreversible = regexp.MustCompile(`^(?:統合(?:後|した後)?(?:は|を|が|に)?|これは|この操作は)?` +
	`(?:取り消し|取消し?|元に戻|戻)[^。、]{0,4}(?:でき(?:ない|ません)|不可能?|せない|せません)(?:という)?` +
	`(?:こと|点|の|旨)(?:は|も|を)?(?:承知|理解|了解|把握)(?:して(?:います|おります)|しております|しました|いたしました)$`)

// jaShownBare is 出ています ("they show") said alone, its subject left
// out as spoken Japanese does (出てました！, ちゃんと出てます, もう出てますよ):
// the question's certifications. With a subject it is read as any phrase
// (エラーが出ています shows an error, not them).
// countedThere tells that the certifications, all of them counted, are
// there ("both are there", "all three are there now", "both the Associate
// and the Professional are there"): a Yes, as "they are there" is. The
// whole sentence only: with more words beside it (a "but", a name of
// another account, "only") it is read as any other.
var countedThere = regexp.MustCompile(`^(?:and\s+)?(?:both|all(?:\s+(?:two|three|four|five|six|[2-9]))?)` +
	`(?:\s+of\s+(?:them|my\s+(?:certifications|certs)))?` +
	`(?:\s+the\s+` + levelName + `(?:\s+one)?\s+and\s+the\s+` + levelName + `(?:\s+one)?)?` +
	`\s+(?:are|'re)\s+(?:now\s+)?there(?:\s+now)?[\s.!]*$`)

// levelName is an AWS certification named by its level alone.
const levelName = `(?:associate|professional|specialty|speciality|practitioner|foundational)`

var jaShownBare = regexp.MustCompile(`^(?:ちゃんと|もう|無事に?|しっかり|きちんと)?出て(?:い|お)?(?:ます|ました|る|た|り(?:ます|ました))` +
	`(?:よ|ね|よね|です|ですよ)?[!。〜~ー\s]*$|` +
	// The same after the look that found it (昨日確認したら出ていました,
	// ログインしてみたら両方とも出てました): a たら before a past predicate
	// tells what was found, as 確認したところ does; before a present one
	// (確認したら出ると思います) it is a condition, and not read here.
	`^` + jaWhenLooked + `(?:ちゃんと|もう|無事に?|両方とも|どちらも|全部|すべて|全て)?出て(?:い|お)?(?:ました|た)` +
	`(?:よ|ね|よね)?[!。〜~ー\s]*$`)

// jaWhenLooked is a look at the profile that ended in what was found: a
// time, then 確認したら, 見てみたら, ログインしたら, チェックしたら.
const jaWhenLooked = `(?:(?:今朝|昨日|昨晩|昨夜|昨日の夜|昨日の夕方|先ほど|さっき|今日|本日|朝)(?:の)?(?:時点で)?、?)?` +
	`(?:(?:確認|チェック|ログイン|再ログイン|更新)し(?:て(?:み)?)?たら|(?:見|開い)(?:て(?:み)?)?たら)、?`

// mergeBenefit says what the merge is good for, as a reason for it: "it'll
// be good to have everything in one place", "it would be nice to have all
// my certs under my work address", "so it's easier to have them together".
// Its "would" wishes for what the merge brings, no hedge on the answer:
// plain detail, which a consent in words may take and a bare Yes may not.
var mergeBenefit = regexp.MustCompile(`^(?:so\s+|and\s+)?(?:it|that|this)(?:'ll|'d|'s| will| would| is)?\s+(?:be\s+)?` +
	`(?:really\s+|much\s+)?(?:good|nice|great|handy|easier|better|simpler|helpful|useful|convenient)\s+to\s+have\s+` +
	`(?:everything|it all|them all|both|them|all (?:of )?my (?:certifications|certs|exams|badges)|` +
	`my (?:certifications|certs|exams))\s+(?:in one place|in one account|together|in the same (?:place|account)|` +
	`under (?:one|my work|the work|my company|the company|my new|the new|my corporate|the corporate)\s+` +
	`(?:account|address|login|e-?mail|profile))$`)

// readWhole says what a sentence is when its whole shape tells it, before
// any phrase is looked for; ok false: it must be read phrase by phrase.
func readWhole(low string) (r result, ok bool) {
	trimmed := strings.TrimSpace(low)
	switch {
	case isMailerLine(trimmed) || offers.MatchString(trimmed) ||
		waits.MatchString(trimmed) || awsNext.MatchString(trimmed) && !awsNextSpoilers.MatchString(trimmed):
		return result{}, true // a mail program's signature, an offer of more help, waiting for AWS, AWS's next step
	case noReplyNeeded.MatchString(trimmed):
		return result{}, true // "no need to reply", 特に回答は不要です: a courtesy, no No
	case hopesForQuickAnswer.MatchString(trimmed):
		return result{prose: true, doubt: true, expect: true}, true // "fingers crossed they're quick": a wait
	case jaTakesTime.MatchString(trimmed):
		return result{prose: true, doubt: true, expect: true}, true // 反映まで時間がかかる場合があります: a Done's wait
	case suggestsForInstructions(trimmed):
		return result{prose: true}, true // "might be worth adding to the instructions": feedback, a plain detail
	case askToVerify.MatchString(trimmed):
		return result{prose: true}, true // "Kindly check and confirm": a plain request beside the deed
	case neverAlone.MatchString(trimmed):
		return result{}, true // "I'd never have found that button without your steps": thanks
	case jaScreenReceived.MatchString(trimmed):
		return result{prose: true}, true // 画面に「受け付けました」と表示されています: the page's receipt, detail
	case headsUp.MatchString(trimmed):
		return result{prose: true, doubt: true, expect: true}, true // "so you might see their auto-reply come in": AWS's next step
	case pageToldNext(trimmed):
		return result{}, true // "the confirmation page said they would answer within 5 days": AWS's next step
	case followUpOffer.MatchString(trimmed):
		return result{prose: true}, true // "shout if it doesn't show up on your end": what comes next, a plain detail
	case jaNotesReplyChannel(trimmed):
		return result{}, true // 個人のGmailから失礼します: a courtesy on where the mail comes from
	case notesReplyChannel(trimmed):
		return result{prose: true}, true // "replying from my personal address since …": of the mail, a plain detail
	case apologisesForReply(trimmed):
		return result{}, true // "sorry if this is late", "apologies if I'm answering an older one"
	case knowsIrreversible.MatchString(trimmed):
		return result{}, true // 取り消しできないことも承知しています: the merge's cost known, no cancel
	case reportsEarlierReply(low):
		return result{}, true // "先ほど「YES」と返信してしまいましたが": what was replied before, not an answer now
	case allThereRE.MatchString(trimmed):
		return result{prose: true}, true // "the 'not linked' warning is gone": all is there, its negation no No
	case mergeBenefit.MatchString(trimmed):
		return result{prose: true}, true // "it'll be good to have everything in one place": why, a plain detail
	case isReasonForFine(trimmed):
		return result{prose: true}, true // 旧アドレスは使っていないので大丈夫です: why the answer holds
	case asksToCheck.MatchString(trimmed):
		return result{prose: true, doubt: true}, true // "please confirm the merge is complete" asks, it tells nothing
	}
	return result{}, false
}

// followUpOffer asks to be told if what was done does not show or come
// through, or if more is needed ("shout if it doesn't show up on your
// end", "let me know if nothing comes through from AWS", "kindly check
// from your side and revert if anything else is required"): the next step
// after the answer, no doubt on it. Only a negated showing: "let me know
// if it shows up" says the writer has not seen it.
var followUpOffer = regexp.MustCompile(`^(?:(?:please|kindly|just|do)\s+)?(?:(?:check|verify)\s+(?:it\s+)?` +
	`(?:from|on|at)\s+your\s+(?:side|end)\s+and\s+)?(?:let (?:me|us) know|tell me|shout|ping me|give me a shout|` +
	`get back to me|revert|reach out|email me)\s+(?:back\s+)?if\s+(?:(?:it|they|the certifications?|the certs?)\s+` +
	`(?:still\s+)?(?:doesn't|does not|don't|do not|didn't|did not|won't|isn't|aren't)\s+(?:show(?:\s+up)?|appear|` +
	`come through|arrive|reach you|there)|nothing\s+(?:shows?(?:\s+up)?|comes? through|arrives?)|` +
	`you\s+(?:can't|cannot|don't|do not)\s+see\s+(?:it|them)|(?:anything|something)\s+(?:else|more|further)\s+` +
	`(?:is\s+)?(?:required|needed)|(?:aws|they|amazon)\s+comes?\s+back\s+(?:asking\s+for\s+(?:anything|more|something)|` +
	`with\s+(?:questions|anything|more))|(?:aws|they|amazon)\s+(?:needs?|wants?|asks? for)\s+(?:anything|more))` +
	`(?:\s+(?:on|at|from)\s+your\s+(?:end|side))?(?:\s+(?:from|by)\s+aws)?(?:\s+else)?$`)

// hopesForQuickAnswer hopes only that AWS answers soon or is quick this
// time ("fingers crossed AWS is quicker this time than the last time I
// tried", "hopefully they get back to us soon"): what was sent is taken for
// sent. An expectation: it agrees with a Done or Submitted only. Not a
// hope of "it" (that it went through, or shows), nor of what AWS decides.
var hopesForQuickAnswer = regexp.MustCompile(`^(?:(?:and|so|now|just)\s+)?(?:fingers crossed|hopefully|let's hope|` +
	`i hope|hope|here's hoping|touch wood)(?:\s*,)?\s+(?:that\s+)?(?:aws|amazon|they|support|aws support|` +
	`the aws team|the desk)(?:'s|'re)?\s+(?:(?:(?:is|are|will be|will|would|can|get|gets)\s+)?(?:a bit\s+|much\s+|` +
	`a little\s+)?(?:quick|quicker|fast|faster|speedy|speedier|prompt|snappy)|(?:won't|doesn't|does not|will not|` +
	`don't|do not)\s+take\s+(?:as\s+|too\s+|so\s+)?long|(?:answer|answers|reply|replies|respond|responds|` +
	`get back(?:\s+to\s+(?:me|us))?|gets back(?:\s+to\s+(?:me|us))?|come back|comes back)\s+(?:soon|sooner|` +
	`quickly|quicker|fast|faster|promptly))(?:\s+(?:this time|about it))?(?:\s+than\s+(?:the\s+)?(?:last time|` +
	`before|usual)(?:\s+i\s+(?:tried|asked|did|wrote))?)?[\s.!]*$`)

// jaTakesTime is what a page said of the time it takes to show, told
// whole: 画面には反映まで少し時間がかかる場合がありますと出ていました. An
// expectation: it agrees with a Done or Submitted only.
var jaTakesTime = regexp.MustCompile(`^(?:画面|ページ|メッセージ|案内|注意書き)?(?:に|には|上に|上には|で)?[「『]?` +
	`[^。、]{0,20}?(?:反映|表示)(?:まで|されるまで|には|に)(?:に)?(?:少し|しばらく|数日|[0-9０-９]+日)?(?:の)?` +
	`(?:時間|日数|日)?が?かかる(?:場合|こと)が?(?:あります|ある|ございます)[」』]?(?:と|旨)?` +
	`(?:出ていました|出ています|表示されました|表示されていました|書かれていました|書いてありました|ありました)?$`)

// instructionsTip suggests improving the instructions: "might be worth
// adding to the instructions", "you may want to update the steps".
var instructionsTip = regexp.MustCompile(`^(?:it\s+|that\s+)?(?:might|may|could|would)\s+be\s+(?:worth|good|helpful|` +
	`useful|nice)\s+(?:adding|putting|mentioning|noting|including|updating)\b|^you\s+(?:might|may)\s+want\s+to\s+` +
	`(?:update|add|mention|note|fix|change)\b`)

// instructionsNamed names the instructions a tip is for.
var instructionsNamed = regexp.MustCompile(`\b(?:instructions|steps|guide|docs|documentation|template|mail|email)\b`)

// suggestsForInstructions reports an instructionsTip for the instructions
// with no answer, negation, hedge besides its own "might", or other thing.
func suggestsForInstructions(low string) bool {
	loc := instructionsTip.FindStringIndex(low)
	if loc == nil || !instructionsNamed.MatchString(low) || strayWords.MatchString(low) {
		return false
	}
	rest := []byte(low[loc[1]:])
	return !answers(choose(candidates(rest))) && !isHedged(rest) && !sizeUp(rest).negator &&
		!labelUndoes.Match(rest) && !elsewhere.Match(rest) && !contradicts(string(rest))
}

// handsOver is a bare go-ahead that hands the case back: "kindly do the
// needful from here", "please proceed further", "please take it from here".
var handsOver = regexp.MustCompile(`^(?:please|pls|kindly|so please|now please)\s+(?:do the needful|proceed|` +
	`take it from here|take it forward|carry on)(?:\s+(?:from here|from your end|from your side|further|` +
	`accordingly|now))*$`)

// askToVerify asks the reader to check what the writer did: "Kindly check
// and confirm", "please verify the same", "please check and let me know".
// Plain detail: after a bare "Yes" it may ask about another thing.
var askToVerify = regexp.MustCompile(`^(?:please|pls|kindly|can you|could you)\s+(?:check|verify|confirm)` +
	`(?:\s+and\s+(?:confirm|verify|let me know|revert|update))?(?:\s+(?:it|the same|once|from your (?:end|side)))*$`)

// neverAlone thanks by saying the writer would never have found or done
// it alone: "I'd never have found that button without your steps",
// "couldn't have done it without the screenshots".
var neverAlone = regexp.MustCompile(`^(?:and\s+)?(?:i'd|i would|i could|i)?\s*(?:never|not|wouldn't|would not|` +
	`couldn't|could not)\s+(?:never\s+)?have\s+(?:found|managed|done|figured out|located|spotted)\s+(?:it|that|this|them|` +
	`(?:that|the|this)\s+(?:button|option|link|menu|setting|page|tab))(?:\s+(?:on my own|by myself|alone|without ` +
	`(?:it|that|this|them|you|your (?:help|steps|guide|instructions|mail|email|screenshots?)|the (?:steps|guide|` +
	`instructions|step by step|screenshots?))))?(?:\s*,?\s*thanks)?$`)

// jaScreenReceived is the page after sending showing that the request was
// received: 送信後の画面に「お問い合わせを受け付けました」と表示されています.
var jaScreenReceived = regexp.MustCompile(`^(?:送信後|送信した後|提出後|送信完了後)?の?(?:画面|ページ)(?:に|には|で|上に|上には)` +
	`[「『"][^」』"]{0,30}(?:受け付け|受付|送信(?:が)?完了|ありがとう)[^」』"]{0,30}[」』"](?:と|って)` +
	`(?:表示されています|表示されました|表示されていました|出ています|出ました|出ていました)$`)

// headsUp tells the reader that AWS's mail may reach them ("so you might
// see that come in", "you should get an auto-reply from AWS too"): what
// was sent has gone, so it agrees with a Done or Submitted only. Not a
// heads-up of an error, nor under a condition.
var headsUp = regexp.MustCompile(`^(?:(?:so|and|btw|fyi)\s+)?(?:you|certflow)\s+(?:might|may|should|will|'ll|could|` +
	`will probably|should also|might also|may also)\s+(?:see|get|receive|notice)\s+(?:that|it|this|one|` +
	`(?:an?|their|the|aws'?s?)\s+(?:automatic\s+|auto\s+)?(?:e-?mail|mail|message|reply|auto-?reply|answer|` +
	`confirmation|notification|acknowledge?ment|receipt))(?:\s+(?:from|by)\s+(?:aws|them|amazon))?` +
	`(?:\s+(?:come in|coming in|arrive|arriving|land|too|as well|also|though))*$`)

// pageReport opens what the page, its message or AWS itself said: "the
// confirmation page said (that)", "the site says", "AWS says", "they said".
var pageReport = regexp.MustCompile(`^(?:(?:the\s+)?(?:confirmation\s+)?(?:page|screen|message|banner|confirmation|` +
	`site|website|portal|form)|aws|amazon|they|it)\s+(?:said|says|told me|stated|states|mentioned)\s+(?:that\s+)?`)

// pageToldNext reports what the page said AWS will do next, told as AWS's
// next step is (awsNext): "the confirmation page said they would answer
// within 5 business days".
func pageToldNext(low string) bool {
	loc := pageReport.FindStringIndex(low)
	if loc == nil {
		return false
	}
	rest := strings.Replace(low[loc[1]:], " would ", " will ", 1)
	return awsNext.MatchString(rest) && !awsNextSpoilers.MatchString(rest)
}

// replyChannel tells where the reply is sent from ("replying from my
// personal address", "writing from my phone"), and perhaps why after
// since, as or because.
var replyChannel = regexp.MustCompile(`^(?:sorry\s+)?(?:i'm\s+|i am\s+)?(?:replying|writing|responding|emailing|` +
	`answering|sending this)\s+(?:to you\s+)?from\s+(?:my|a|the|this)\s+(?:[a-z]+\s+){0,2}?(?:address|email|e-mail|` +
	`account|mail|phone|mobile|device|gmail|inbox|ipad|tablet)\b(?:\s+(?:since|as|because|while)\s+(.*))?$`)

// replyFromOthers tells that the reply comes from another person's address
// or account ("replying from my husband's email", 妻のGmailから失礼します,
// 上司のアドレスより): who writes, and so whose answer it is, is for a
// person. Another's device ("my wife's laptop") is no such thing.
var replyFromOthers = regexp.MustCompile(`\bfrom\s+(?:my|our|his|her|their)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople +
	`'s\s+(?:[a-z-]+\s+)?(?:address|email|e-mail|account|mail|gmail|inbox|outlook|yahoo)\b|` +
	jaOtherOwner + `の(?:個人の|私用の)?\s*(?:gmail|yahoo|outlook|メール|メールアドレス|アドレス|アカウント)(?:アドレス)?\s*(?:から|より)`)

// jaOthersAccount is an account or address said to be another's (妻の旧アカウント,
// 上司のアドレス): whose account is merged, or where it went, is for a person.
var jaOthersAccount = regexp.MustCompile(`(?:` + jaOtherOwner + `|父|母|兄|弟|姉|妹|息子|娘)の[^。、]{0,6}?` +
	`(?:アカウント|アドレス)`)

// jaOtherOwner is another person named before の as the one whose thing it is.
const jaOtherOwner = `(?:同僚|上司|部下|担当者|家族|夫|妻|主人|友人|先輩|後輩|部長|課長|社長|[一-龯]{1,4}さん)`

var jaOtherOwnerRE = regexp.MustCompile(jaOtherOwner)

// jaReplyChannel is replyChannel in Japanese: 個人のGmailから失礼します,
// 私用のアドレスから失礼いたします, perhaps with why in brackets after it.
var jaReplyChannel = regexp.MustCompile(`^(?:個人の|私用の|プライベートの|自宅の|手元の)?\s*(?:gmail|yahoo|outlook|` +
	`メール|メールアドレス|アドレス|携帯|スマホ|スマートフォン|iphone|pc|パソコン|私用pc|個人pc)(?:アドレス)?\s*から` +
	`(?:失礼します|失礼いたします|失礼致します|ご連絡します|ご連絡いたします|ご返信します|返信いたします)` +
	`(?:\s*\(([^()]{1,40})\))?$`)

// jaNotesReplyChannel reports a jaReplyChannel courtesy whose reason, if
// any, names no answer, no act of the case, no failure and no other thing.
func jaNotesReplyChannel(low string) bool {
	loc := jaReplyChannel.FindStringSubmatchIndex(low)
	if loc == nil {
		return false
	}
	why := ""
	if loc[2] >= 0 {
		why = low[loc[2]:loc[3]]
	}
	return !caseActions.MatchString(why) && !failure.MatchString(why) && !strayWords.MatchString(why) &&
		!jaOtherOwnerRE.MatchString(why) && // （上司のPCから）: another person in the why
		!answers(choose(candidates([]byte(why))))
}

// replyChannelOff are the things a note on the reply's channel may not
// name: what the case asks about, an answer's own place.
var replyChannelOff = regexp.MustCompile(`\b(?:profile|partner central|portal|apn|certifications?|certs?|merge|` +
	`merged|form|linked|link|submitted)\b`)

// notesReplyChannel reports a replyChannel note whose reason names no
// answer, nothing the case asks about, and no other, wrong or contrary thing.
func notesReplyChannel(low string) bool {
	loc := replyChannel.FindStringSubmatchIndex(low)
	if loc == nil || replyChannelOff.MatchString(low) || strayWords.MatchString(low) || contradicts(low) {
		return false
	}
	return loc[2] < 0 || !answers(choose(candidates([]byte(low[loc[2]:loc[3]]))))
}

// replyApology is an apology whose condition is about the reply itself:
// late, twice, or answering an older mail ("sorry if this is late",
// "apologies if I'm replying to an older one"), perhaps after what the
// writer sees and a "so" ("I see two reminders so apologies if …").
var replyApology = regexp.MustCompile(`^(?:([^,;]{1,80}?)\s+so\s+)?(?:i'm\s+|i am\s+|so\s+)?` +
	`(?:sorry|apologies|my apologies|i apologi[sz]e)\s+if\s+(?:i'm|i am|i've|i have|i|this|it|you|my ` +
	`(?:reply|answer|mail|email|message|response))(?:'s)?\s+(?:is\s+|was\s+|get\s+|got\s+|see\s+)?` +
	`(?:answering|replying|responding|writing|getting back|late|delayed|a duplicate|twice|again|a bit late|` +
	`too late|already|this twice)\b([^?]{0,40})$`)

// apologisesForReply reports a replyApology with no answer, no negation,
// no other, wrong or old thing, and no hedge in what it says besides.
func apologisesForReply(low string) bool {
	loc := replyApology.FindStringSubmatchIndex(low)
	if loc == nil || strayWords.MatchString(low) || towardOld.MatchString(low) || elsewhere.MatchString(low) {
		return false
	}
	for _, part := range [][2]int{{loc[2], loc[3]}, {loc[4], loc[5]}} {
		if part[0] < 0 {
			continue
		}
		work := []byte(low[part[0]:part[1]])
		if answers(choose(candidates(work))) || isHedged(work) || sizeUp(work).negator {
			return false
		}
	}
	return true
}

// isMailerLine reports the line a mail program adds ("Sent from my
// iPhone", iPhoneから送信).
func isMailerLine(trimmed string) bool {
	return hasPrefix(trimmed, mailerPrefixes) || hasSuffix(trimmed, mailerSuffixes)
}

// readSentence says what one sentence is.
func readSentence(s sentence) result {
	asked := s.question
	s, zero := reworded(s)
	low := asciiLower(s.text)
	if replyFromOthers.MatchString(low) || jaOthersAccount.MatchString(low) {
		return result{prose: true, doubt: true} // 妻のGmailから失礼します: who writes, and whose consent it is, is for a person
	}
	if confirmsToAWS.MatchString(strings.TrimSpace(low)) && !s.question {
		return result{answers: []found{{answer: Yes}}} // "please confirm to AWS": give AWS the consent
	}
	if confirmsWithAWS.MatchString(strings.TrimSpace(low)) && !s.question {
		return result{answers: []found{{answer: Yes, passesOn: true}}} // "please confirm it with AWS": beside a Yes
	}
	if handsOver.MatchString(strings.TrimSpace(low)) && !s.question {
		return result{answers: []found{{answer: Yes, handsOver: true}}} // "kindly do the needful from here"
	}
	if a := relayed(low); a != Unclear && !s.question {
		return result{answers: []found{{answer: a}}} // "please tell them yes": the answer, passed on
	}
	if asksToBeTold.MatchString(low) {
		return doubtful([]byte(low), false) // "Yes please explain", "call me first", 詳細を教えてください: a question
	}
	if jaShownBare.MatchString(strings.TrimSpace(low)) && !s.question {
		return result{answers: []found{{answer: Yes, seen: true}}} // 出てました！: they show, the subject left out
	}
	if countedThere.MatchString(strings.TrimSpace(low)) && !s.question {
		return result{answers: []found{{answer: Yes, seen: true}}} // "both are there": all of them, counted
	}
	if r, ok := readWhole(low); ok {
		return r
	}
	work := []byte(low)
	courteous := blankCourtesies(work)
	if courteous {
		blankConcession(work)
		blankThanksForChecking(work, low)
	}
	blankRegret(work)
	blankPlaceContrast(work)
	blankMenuPath(s.text, work)
	if s.relative {
		blankFirstWord(work)
	}
	blankOrdinals(work)
	blankTimeOnly(work)
	blankEntryDetail(work)
	blankCertNames(work)
	blankCertNameWords(work)
	blankCheckForGoodMeasure(work)
	markCountOfCount(work)
	hedged := isHedged(work) || doubtEmoji.Match(work)
	ms := choose(candidates(work))
	showingOther(work, ms)
	left := append([]byte(nil), work...)
	for _, m := range ms {
		blank(left, m.start, m.end)
	}
	hedged = hedged || negatesTwice(left, ms) // before negate uses its negators up
	negate(work, left, ms)
	inTimeClause(work, ms)
	toWriter := inRequestToWriter(work, ms)
	if acknowledgements.MatchString(strings.TrimSpace(low)) && !s.question && !hedgedNotByPlan(work) && !answers(ms) &&
		!misunderstood.MatchString(low) {
		return result{} // "I understand the old account will be closed"
	}
	poisoned := jaTailsPoison(work, ms)
	hedged = hedged || heldBack(low, work, ms) || doneByOther(s.text, low, ms) || namedSays.MatchString(strings.TrimSpace(s.text)) ||
		governedAgainst(work, ms)
	l := sizeUp(left)
	hedged = hedged || earlierTime.MatchString(low) && (saysNo(ms) || len(ms) == 0 && (l.negator || l.jaNegated))
	requested := asksFor(low, left)
	if len(ms) == 0 {
		// A request put as a question (担当を替えていただけますか) is read as
		// the request so that an answer in it is found (見送っていただけますか:
		// a No); with none, it asks for another thing and stays a question,
		// for a person to answer: read as a plain request it was detail, and
		// a No beside it dropped it.
		s.question = s.question || asked
		r := withoutAnswer(s, work, left, l, hedged, courteous)
		if requested && !r.prose && !r.doubt && len(r.answers) == 0 {
			return result{prose: true} // "Explain please", 電話をください: no courtesy, nor a name
		}
		return r
	}
	if requested && onlyInterjected(ms) {
		return doubtful(work, false) // "Yes please explain", "Yes, please call": a request for another thing
	}
	if hedged || s.question || poisoned || l.negator || l.jaNegated || astray(left, ms) {
		return doubtful(work, !s.question && !poisoned && !l.negator && !l.jaNegated && !s.relative)
	}
	if l.heavy > 4 || l.cjk > maxJapaneseDetail || toWriter && !answers(ms) {
		return result{prose: true} // prose; or "it asked me to approve", "had to approve": how it went, plain detail
	}
	return result{answers: foundIn(work, ms), detailCJK: l.cjk, noneShown: zero}
}

// reworded puts a sentence in the words the reading knows: a request
// spelt out, single quotes as double ('pending' is read as "pending" is),
// naming words apart, a permission's "may" as "can", and a page showing
// none read (zero says it does).
func reworded(s sentence) (sentence, bool) {
	s = asRequest(s)
	s.text = singleQuoted.ReplaceAllString(s.text, `$1"$2"`)
	s.text = namingWords.ReplaceAllString(s.text, "$1 $2")
	s.text = permissionMay.ReplaceAllString(s.text, "${1}can ${2}")
	s.text = asPast(s.text)
	for _, r := range plainForms {
		if r.unless == nil || !r.unless.MatchString(asciiLower(s.text)) {
			s.text = r.re.ReplaceAllString(s.text, r.with)
		}
	}
	var zero bool
	s.text, zero = readNoneShown(s.text)
	return s, zero
}

// plainForms are forms that say what a plainer one says, read as it:
// the progressive of a verb of state, as Indian English uses it ("both
// accounts are belonging to me", "I am having no issue", "I am confirming
// that …"), and both accounts named with an article between ("both the
// accounts", "both of my accounts").
var plainForms = []struct {
	re     *regexp.Regexp
	with   string
	unless *regexp.Regexp // the sentence keeps its form when this matches
}{
	{regexp.MustCompile(`(?i)\b(?:are|is)\s+belonging\s+to\b`), "belong to", nil},
	{regexp.MustCompile(`(?i)\b(i|we)\s+(?:am|are)\s+having\s+no\b`), "$1 have no", nil},
	{regexp.MustCompile(`(?i)\b(i|we)\s+(?:am|are)\s+confirming\s+that\b`), "$1 confirm that", nil},
	{regexp.MustCompile(`(?i)\bboth\s+(?:of\s+)?(?:the|my)\s+accounts\b`), "both accounts", nil},
	// The step a showing waited for, told before it: "I had to log out
	// and back in before they appeared" is "they appeared after I log out
	// and back in"; "they showed up once I refreshed" (past) is "after I
	// refreshed". A showing still to come ("they'll show up once …") stays.
	{regexp.MustCompile(`(?i)^(?:i\s+)?had\s+to\s+([^,;]+?)\s+(?:before|until|till)\s+` +
		`(they|it|(?:the|my|all|both)\s+(?:[a-z]+\s+){0,2}?(?:certifications?|certs?))\s+` +
		`(appeared|showed up|showed|turned up|came up|were listed|was listed|were visible|was visible)$`), "$2 $3 after I $1",
		labelUndoes}, // "I had to unlink it before they appeared": an undoing is no step to them
	{regexp.MustCompile(`(?i)\b(appeared|showed up|turned up|came up|were listed|was listed|popped up)\s+once\s+(i|we)\s+`),
		"$1 after $2 ", labelUndoes},
	// A page that "says" or "displays" a count of certifications shows
	// them: "it says 3 certifications now", "the page says 0 certifications".
	{regexp.MustCompile(`(?i)\b(?:says|displays|reads)\s+([0-9]+|zero|no|one|two|three|four|five)\s+` +
		`(certifications?|certs?)\b`), "shows $1 $2", nil},
}

// jaTailsPoison reports a Japanese answer phrase whose tail takes it back
// (確認しましたが、まだ…; 確認しました alone is fine), a shown Yes that its
// tail narrows, or a phrase that only wants or lists.
func jaTailsPoison(work []byte, ms []match) bool {
	for _, m := range ms {
		if m.japanese && (m.answer != Unclear && jaTailPoisons(work[m.end:]) ||
			m.answer == Yes && jaShownYes(work[m.end:]) || (m.answer == No || m.negated) && jaQuotedShown(work[m.end:]) ||
			wantsOrLists(work[m.start:m.end], work[m.end:])) {
			return true
		}
	}
	return false
}

// foundIn turns the answer phrases of a sentence into its answers: a
// negated phrase is a No, a neutral one none.
func foundIn(work []byte, ms []match) []found {
	var out []found
	for _, m := range ms {
		switch {
		case m.answer == Unclear: // a neutral phrase
		case m.negated:
			out = append(out, found{answer: No})
		default:
			out = append(out, found{answer: m.answer, interjection: m.flags&interjection != 0,
				affirms: m.flags&affirms != 0, seen: m.flags&seen != 0 || m.japanese && m.answer == Yes &&
					shownWords.Match(work[m.start:m.end]), other: m.other,
				checked: m.answer == Done && m.japanese && bytes.HasSuffix(bytes.TrimSpace(work[:m.start]), []byte("確認"))})
		}
	}
	return out
}

// timeClause opens a clause of when something else happened: "… when I
// filled in the request", "while we submitted it".
var timeClause = regexp.MustCompile(`\b(?:when|while|whenever)\s+(?:i|we)\b`)

// inTimeClause makes the English answer phrases after a time clause's
// opening neutral: they tell when the rest happened, not an answer ("I
// mixed them up when I filled in the request"). A negated one still
// negates ("when I log in, nothing shows" is a No), and a No stays: taken
// away it could leave a Yes that it spoke against.
func inTimeClause(work []byte, ms []match) {
	for _, loc := range timeClause.FindAllIndex(work, -1) {
		for i := range ms {
			if !ms[i].japanese && !ms[i].negated && ms[i].answer != No && ms[i].start >= loc[1] {
				ms[i].answer = Unclear
			}
		}
	}
}

// menuPath is a path of a page's menus, labels in capitals joined by ">"
// or an arrow ("Certification > Account issues", "My profile -> AWS
// Certifications"): the labels' words name where, not what happened.
var menuPath = regexp.MustCompile(`"?[A-Z][\w&'-]*(?:\s+[\w&'-]+){0,3}"?(?:\s*(?:>|->|→|»)\s*"?[A-Z][\w&'-]*` +
	`(?:\s+[\w&'-]+){0,3}"?)+`)

// blankMenuPath blanks in work the words of the menu paths of text (its
// original case, the same bytes as work), so a label's "issues" or "Link
// account" is no hedge and no answer.
func blankMenuPath(text string, work []byte) {
	if len(text) != len(work) {
		return
	}
	for _, loc := range menuPath.FindAllStringIndex(text, -1) {
		if !labelUndoes.Match(work[loc[0]:loc[1]]) {
			blank(work, loc[0], loc[1]) // "Settings > Unlink account" names an undoing: kept
		}
	}
}

// labelUndoes are the words of a label that undoes or stops what was
// asked: unlink, remove, disconnect, cancel, revoke, delete.
var labelUndoes = regexp.MustCompile(`\b(?:unlink\w*|remov\w*|disconnect\w*|cancel\w*|revok\w*|delet\w*|withdraw\w*|` +
	`stop\w*|undo\w*|revert\w*|unmerge\w*|split\w*|separat\w*|close\w*|deactivat\w*|disabl\w*|reject\w*|declin\w*)\b`)

// placeFound says where the option was found: "it's under My Profile",
// "the option is in Settings", "(it's under the little person icon".
var placeFound = regexp.MustCompile(`^\(?(?:it's|it is|it sits|the (?:option|link|button|setting|menu) (?:is|sits))\s+` +
	`(?:under|in|on|inside|within)\s+`)

// placeNotFound is the place it was not, set against placeFound: "not
// under Exams", "not a separate menu", "not in the profile settings like I
// expected", `not under "Partner Programs" as I expected`.
var placeNotFound = regexp.MustCompile(`^(?:and\s+|but\s+)?not\s+(?:(?:under|in|on|inside|within|via)\s+)?` +
	`(?:the\s+|my\s+|a\s+|an\s+)?(?:"[^"]{1,40}"|(?:[a-z&'-]+\s+){0,3}(?:menu|menus|tab|section|page|settings|sidebar|` +
	`icon|button|panel|area|list|bar|screen|exams|home page|dashboard))(?:\s+(?:any ?more))?` +
	`(?:\s+(?:as|like)\s+(?:i\s+|you\s+)?(?:expected|thought|said|described)|\s+(?:as|like)\s+(?:your|the)\s+` +
	`(?:steps|mail|email|instructions)\s+said)?\)?$`)

// placeNotAccount are the words a place not found may not name: an
// account, address or login is no place of a page ("not under my work
// account" says which account).
var placeNotAccount = regexp.MustCompile(`\b(?:accounts?|address|e-?mail|login|log-in|user|name|one)\b`)

// dropPlaceNotFound takes out a piece that only tells the place an option
// was not, right after the piece that tells where it was ("it's under
// Certification > Account issues, not under Exams"): where it was found is
// detail, and the negated place no No and no doubt.
//
// So too a piece that only tells the name the steps gave, right after the
// piece that tells what the button or menu is called now ("the button is
// called "Connect" now, not "Link""): feedback on the steps, no No.
func dropPlaceNotFound(ps []sentence) []sentence {
	out := ps[:0:0]
	for i, p := range ps {
		if i > 0 && p.continued && (notThePlace(ps[i-1], p) || notTheName(ps[i-1], p)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// notThePlace reports p, after prev that tells where the option was, as
// only the place it was not (see dropPlaceNotFound).
func notThePlace(prev, p sentence) bool {
	low := strings.TrimSpace(asciiLower(p.text))
	return placeFound.MatchString(strings.TrimSpace(asciiLower(prev.text))) &&
		(placeNotFound.MatchString(low) || placeNotAsTold.MatchString(low)) && !placeNotAccount.MatchString(low) &&
		!strayWords.MatchString(low) && !answers(choose(candidates([]byte(low))))
}

// notTheName reports p, after prev that tells what a button or menu is
// called, as only the name it is not: a quoted name, or one or a few
// capitalised words (a label, not "not linked yet").
func notTheName(prev, p sentence) bool {
	t := strings.TrimSpace(p.text)
	if !nameFound.MatchString(asciiLower(prev.text)) || !nameNotFound.MatchString(t) {
		return false
	}
	low := doubleQuoted.ReplaceAllString(asciiLower(t), `""`) // the name itself says nothing
	return !strayWords.MatchString(low) && !answers(choose(candidates([]byte(low))))
}

var (
	// placeNotAsTold is the place the steps told, set against placeFound:
	// "not where your mail said", "not where you described".
	placeNotAsTold = regexp.MustCompile(`^(?:and\s+|but\s+)?not\s+where\s+(?:(?:your|the|our)\s+(?:mail|email|e-mail|` +
		`message|instructions|steps|guide)|you)\s+(?:said|says|described|showed|told me|put it|wrote)\)?$`)
	// nameFound tells what a button, option or menu is called now: "the
	// button is called "Connect" now", "the option says Connect", "it's
	// named …".
	nameFound = regexp.MustCompile(`\b(?:button|option|link|menu|menu item|tab|item|entry|setting|label|field)\s+` +
		`(?:(?:is|was|'s)\s+(?:now\s+)?(?:called|named|labell?ed|titled)|(?:now\s+)?(?:says|reads|said))\s|` +
		`^(?:fyi\s+)?(?:it's|it is)\s+(?:now\s+)?(?:called|named|labell?ed)\s`)
	// nameNotFound is the name it is not, set against nameFound: `not
	// "Link"`, "not Link account", "not "Link" any more".
	nameNotFound = regexp.MustCompile(`^(?:and\s+|but\s+)?(?:not|NOT)\s+(?:"[^"]{1,40}"|“[^”]{1,40}”|` +
		`[A-Z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,2})(?:\s+(?:any ?more|as (?:in|the) (?:your |the )?` +
		`(?:mail|email|instructions|steps)(?: said)?))?\)?$`)
)

// requestToWriter opens what someone or something asked the writer to do:
// "it asked me to", "the page prompted me to", "I was asked to".
var requestToWriter = regexp.MustCompile(`\b(?:asked|prompted|wanted|told|required|needed)\s+me\s+to\b|` +
	`\bi\s+(?:was|got)\s+(?:asked|prompted|told|required)\s+to\b`)

// pageAsked is a request to the writer made by the page, not a person:
// "it asked me to", "the portal prompted me to", "I was prompted to".
var pageAsked = regexp.MustCompile(`(?:^|\s)(?:it|the (?:page|portal|site|screen|form|prompt|popup|pop-up|dialog|` +
	`window|wizard))\s+(?:then\s+|also\s+)?(?:asked|prompted|wanted|required)\s+me\s+to\b|` +
	`\bi\s+(?:was|got)\s+prompted\s+to\b`)

// stepHadToTake opens a step the writer had to take on the way: "had to
// sign in and approve", "I needed to accept the terms": how it went, so
// its Yes phrases are no answer either.
var stepHadToTake = regexp.MustCompile(`(?:^|\s)(?:i\s+|we\s+)?(?:had|needed)\s+to\s`)

// inRequestToWriter makes the Yes phrases after such a request neutral
// ("it asked me to sign in and approve"): they are what was asked of the
// writer, no answer of theirs, whoever asked. A No, a Done or a Submitted
// stays: taken away it could leave an answer it spoke against. made: a Yes
// phrase of a step the writer had to take, with no other doer, was made
// neutral, so what is left is plain detail (a request, by a person above
// all, is left as it reads).
func inRequestToWriter(work []byte, ms []match) (made bool) {
	loc, step := requestToWriter.FindIndex(work), false
	if loc == nil {
		loc, step = stepHadToTake.FindIndex(work), true
	}
	if loc == nil {
		return false
	}
	for i := range ms {
		if !ms[i].japanese && !ms[i].negated && ms[i].answer == Yes && ms[i].start >= loc[1] {
			ms[i].answer = Unclear
			made = step && !otherDoer.Match(work)
		}
	}
	return made
}

// singleQuoted is a word or words in single quotes, whose quotes would
// otherwise be read as part of the word (isWordRune): 'pending'.
var singleQuoted = regexp.MustCompile(`(^|[\s(:])'([^'\s][^']*[^'\s]|[^'\s])'`)

// earlierTime is a time before now ("at first", "yesterday", 昨日は): a No
// of then says nothing of now ("they weren't there yesterday"), and its
// "but" after it may not be read ("… Today they are").
var earlierTime = regexp.MustCompile(`\b(?:at first|initially|first time|yesterday|last (?:week|night|time)|before|` +
	`earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|(?:昨日|先週|最初|当初|以前|前回)は`)

// saysNo reports a No among ms: a negated answer or a No phrase, not a
// bare "no".
func saysNo(ms []match) bool {
	for _, m := range ms {
		if m.negated || m.answer == No && m.flags&interjection == 0 {
			return true
		}
	}
	return false
}

// answers reports whether ms holds an answer phrase, not only neutral ones.
func answers(ms []match) bool {
	for _, m := range ms {
		if m.answer != Unclear {
			return true
		}
	}
	return false
}

// maxJapaneseDetail is how many Japanese characters besides the answer a
// sentence may carry and still be read as the answer: a Japanese sentence
// puts its object and circumstances before the verb (本日、ご案内いただいた
// フォームより統合の申請を提出いたしました), but more is prose for a person.
const maxJapaneseDetail = 32

// leftover is what is left of a sentence once its answer phrases are
// blanked: how many heavy English words, whether a negator or an English
// word at all, how many Japanese characters, whether a Japanese negation.
type leftover struct {
	heavy, cjk                int
	negator, latin, jaNegated bool
}

func sizeUp(left []byte) leftover {
	var l leftover
	l.heavy, l.negator, l.latin = latinLeft(left)
	l.cjk = cjkCount(left)
	for _, n := range jaNegations {
		if strings.Contains(string(left), n) {
			l.jaNegated = true
		}
	}
	return l
}

// withoutAnswer says what a sentence with no answer phrase is: nothing (a
// courtesy, a name, punctuation), a bare negation (No), or prose.
func withoutAnswer(s sentence, work, left []byte, l leftover, hedged, courteous bool) result {
	switch {
	case doubtEmoji.Match(work):
		return doubtful(work, false) // "Yes. 🤔": a face of doubt, alone
	case !l.latin && l.cjk == 0 && !hasDigit(left):
		return result{} // punctuation, emoji, or courtesies only
	case s.question || hedged || l.jaNegated:
		return doubtful(work, !s.question && !l.jaNegated && !s.relative)
	case l.negator && l.heavy == 0 && l.cjk == 0:
		return result{answers: []found{{answer: No}}} // "No, I can't.", "Not really."
	case l.negator: // a short negated fragment ("not the two new ones") agrees with a No only
		return result{prose: true, doubt: true, partial: l.heavy <= 3 && l.cjk == 0}
	case l.heavy == 0 && l.cjk == 0:
		return result{} // "it is", "now", digits of a phone number
	case courteous && l.heavy <= 2 && l.cjk <= 8 && !reversal.Match(work):
		return result{} // "Hi team", "いつもお世話になっております"
	case courteous && isThanksFor(s.text) && l.heavy <= maxThanksObject && l.cjk <= 3*maxThanksObject:
		return result{} // "Thank you for the detailed instructions", 先日はご案内いただきありがとうございました
	case nameLike(keep(s.text, left)):
		return result{} // the sender's name, company, department
	}
	return result{prose: true}
}

// asksToBeTold asks to be told more or called before anything is done,
// in a request's words: "please explain", "can you clarify", "tell me
// more", "send me the details", "call me first", 詳細を教えてください,
// 電話をください. It is a question for a person to answer, whatever answer
// is beside it. Not an offer to be told if something is wrong ("call me
// if it fails", "tell me if it doesn't show").
var asksToBeTold = regexp.MustCompile(`\b(?:explain|clarify|elaborate|walk me through)\b|` +
	`\b(?:call|ring|phone) me\b(?:\s+(?:first|back|before|beforehand|tomorrow|today|now|asap|please|pls|plz|` +
	`to (?:discuss|explain|talk))\b)*\s*[.!]*$|\bgive me a (?:call|ring|bell)\b(?:\s+(?:first|please|pls))*\s*[.!]*$|` +
	`\btell me (?:more|what|how|why|which|about|the)\b|\bsend me (?:more |some |the |further )?(?:details|info|` +
	`information|instructions|steps|explanation)\b|\b(?:more |further )?(?:details|info|information|` +
	`clarification|explanation)\s+(?:please|pls|plz)\b|` +
	`(?:説明|詳細|詳しく)[^。]{0,6}?(?:お願い|ください|下さい|教えて|いただけ|頂け|ほしい|欲しい)|` +
	`を(?:教えて|ご教示)(?:ください|下さい|いただけ|頂け|ほしい|欲しい)|` +
	`電話(?:を|で)?(?:ください|下さい|いただけ|頂け|お願い|して(?:ください|下さい|ほしい|いただけ))`)

// asksFor reports a sentence that asks, politely, for something besides
// its answer: a "please" (お願いします, ください) with words left beside it
// that are neither an answer nor a courtesy ("please explain", "call me
// please", "please re-send", 説明をお願いします, 電話をください). Beside a bare
// "Yes" it tells what the Yes is for, another thing than the consent; alone
// it is no courtesy. よろしくお願いします and its kin are closings, no request.
func asksFor(low string, left []byte) bool {
	if !requestWord.MatchString(low) || jaClosingRequest.MatchString(low) {
		return false
	}
	rest := requestWord.ReplaceAll(left, []byte(" ")) // "yes pls": the marker alone asks for nothing more
	l := sizeUp(rest)
	return l.heavy > 0 || l.cjk > 0
}

var (
	requestWord      = regexp.MustCompile(`\b(?:please|pls|plz|pleas|plese|kindly)\b|お願い|ください|下さい`)
	jaClosingRequest = regexp.MustCompile(`よろしく|宜しく|ご確認(?:の)?(?:ほど|を)?(?:お願い|ください|下さい)`)
)

// onlyInterjected reports whether the answers of ms are all a bare "yes"
// ("はい", "yeah"), which may answer any question; a bare "no" with a
// request is the No it asks for (NOでお願いします, "NO, please stop").
func onlyInterjected(ms []match) bool {
	for _, m := range ms {
		if m.answer != Unclear && (m.flags&interjection == 0 || m.answer != Yes) {
			return false
		}
	}
	return answers(ms)
}

// doubtEmoji are the faces and hands of doubt, worry or hope, and the
// marks of a joke: beside an answer they hold it ("Yes 🤔", "Submitted 🤞",
// "Yes /s"). A sad face beside a No is its regret ("nope, still nothing
// 😕"; see regret).
var doubtEmoji = regexp.MustCompile(`[🤔😬🤞🤷🙄🫤]|\bj/k\b|(?:^|\s)/s\b`)

// maxThanksObject is how many heavy English words (three times as many
// Japanese characters) may tell what thanks are for: a courtesy still, not
// a letter.
const maxThanksObject = 8

// isThanksFor reports a sentence that thanks for something, which names
// no other or wrong thing ("thanks for the instructions about the wrong
// portal" is for a person) and no harm done (thanksForHarm).
func isThanksFor(text string) bool {
	low := asciiLower(text)
	return thanks.MatchString(low) && !strayWords.MatchString(low) && !thanksForHarm.MatchString(low)
}

// blankThanksForChecking blanks the checking a thanks names second ("thanks
// for your patience and for checking again"): it thanks for certflow's
// asking, as "thanks for checking" does, and its "checking" tells of
// nobody's still checking (a hedge elsewhere: "still checking with IT").
func blankThanksForChecking(work []byte, low string) {
	if !isThanksFor(low) {
		return
	}
	for _, sp := range thanksForCheckingToo.FindAllIndex(work, -1) {
		blank(work, sp[0], sp[1])
	}
}

var thanksForCheckingToo = regexp.MustCompile(`\band (?:also )?for (?:checking|double-checking|following up)` +
	`(?: (?:again|in|back|up|on (?:it|this|me)))?\b`)

// thanksForHarm thanks for a harm done, in sarcasm: "thanks a lot for
// losing my certs last time", "thanks for breaking it", "thanks for nothing".
var thanksForHarm = regexp.MustCompile(`\bfor (?:nothing|los(?:e|ing|t)|break(?:ing)?|broke|delet\w*|wip(?:e|ing)|` +
	`mess(?:ing)? (?:it |this |that |things )?up|ruin\w*|destroy\w*|screw\w*)\b`)

// blankCourtesies blanks the courtesies in work and reports whether there
// were any. An answer that holds a courtesy ("OK to merge", 統合をお願い
// します) is read as the answer: its words are not blanked.
func blankCourtesies(work []byte) bool {
	var kept [][2]int
	for _, p := range courteousPhrases {
		for _, sp := range find(work, p.text) {
			if placed(work, sp, p) { // よろしくお願いします is no bare お願いします
				kept = append(kept, sp)
			}
		}
	}
	courteous := false
	for _, c := range courtesies {
		for _, sp := range find(work, c) {
			if !overlaps(sp, kept) && !permits(work[:sp[0]], c) {
				blank(work, sp[0], sp[1])
				courteous = true
			}
		}
	}
	return courteous
}

// concessions may close a courtesy ("Thanks though", "thank you anyway"):
// with nothing else left they soften it, and are no doubt on the answer.
var concessions = words("though", "anyway", "anyways", "regardless")

// blankConcession blanks what is left of work when that is only a
// concession after a courtesy; any other word left keeps it (a "though I'm
// not sure" is a doubt).
func blankConcession(work []byte) {
	ts := tokens(work)
	if len(ts) == 0 || cjkCount(work) > 0 {
		return
	}
	for _, t := range ts {
		if !concessions[string(work[t[0]:t[1]])] {
			return
		}
	}
	for _, t := range ts {
		blank(work, t[0], t[1])
	}
}

// regretOpener is "I'm afraid" said as regret ("I'm afraid not", "nothing
// there, I'm afraid"), not as fear ("afraid to", "afraid of", "afraid for").
var regretOpener = regexp.MustCompile(`\b(?:i'm|im|i am)\s+afraid\b(\s+(?:to|of|for)\b)?`)

// blankRegret blanks "I'm afraid" in a sentence that negates: the regret
// of its No, as "unfortunately" is ("I'm afraid it isn't there"). Beside
// no negation, or as fear, it stays a word of the sentence.
func blankRegret(work []byte) {
	negated := false
	for _, t := range tokens(work) {
		negated = negated || isNegator(string(work[t[0]:t[1]]))
	}
	for _, loc := range regretOpener.FindAllSubmatchIndex(work, -1) {
		if negated && loc[2] < 0 {
			blank(work, loc[0], loc[1])
		}
	}
}

// placeContrast sets one place of a page's menus against another ("under
// My profile rather than the main menu", "in the settings tab instead of
// the top menu"): where an option was found, no act done instead.
var placeContrast = regexp.MustCompile(`\b(?:under|in|on|inside|within|from)\s+[^,.;]{1,40}?\s+` +
	`(rather than|instead of)\s+(?:in\s+|under\s+|on\s+|from\s+)?(?:the|my|your|a)\s+(?:[a-z]+\s+){0,2}?` +
	`(?:menu|menus|tab|tabs|section|sidebar|dropdown|panel|toolbar|header|navigation|nav bar)\b`)

// blankPlaceContrast blanks the "rather than" of a placeContrast in a
// sentence with no answer of its own; one that answers ("I linked it
// under … rather than …") may tell where it was done, which is for a
// person to weigh, and keeps it.
func blankPlaceContrast(work []byte) {
	loc := placeContrast.FindSubmatchIndex(work)
	if loc == nil {
		loc = nameContrast.FindSubmatchIndex(work)
	}
	if loc == nil || answers(choose(candidates(work))) {
		return
	}
	blank(work, loc[2], loc[3])
}

// nameContrast sets the name a button or menu has now against the one
// the steps gave ("labelled "Certifications" rather than "Training"").
var nameContrast = regexp.MustCompile(`\b(?:called|named|labell?ed|titled|says|reads)\s+"[^"]{1,40}"\s+(?:now\s+)?` +
	`(rather than|instead of)\s+"[^"]{1,40}"`)

// ordinalFirst is "first" after a determiner ("my first exam", "the first
// account"): an ordinal, not the hedge of "I need to check first".
var ordinalFirst = regexp.MustCompile(`\b(?:my|the|his|her|our|your|their|its|a)\s+(first)\b`)

func blankOrdinals(work []byte) {
	for _, re := range []*regexp.Regexp{ordinalFirst, stepMetFirst, lapseLater} {
		for _, m := range re.FindAllSubmatchIndex(work, -1) {
			if re == ordinalFirst && firstOfSteps.Match(work[m[3]:]) {
				continue // "the first part": only part done, a hedge still (stepLeft)
			}
			blank(work, m[2], m[3])
		}
	}
}

var firstOfSteps = regexp.MustCompile(`^\s+(?:part|step|half|stage|phase)\b`)

// stepMetFirst is the "first" of a step the writer had to take before the
// answer and took ("had to sign out first"): told in the past, it is no
// step still to take ("I need to check first", which keeps its hedge).
// lapseLater is the "later" of a lapse after something told ("an email
// came a minute later"): when it happened, no plan; one still to come
// keeps its "will" ("AWS will reply a few days later").
var lapseLater = regexp.MustCompile(`\b(?:a|an|one|two|three|a few|few|several|some|[0-9]+)\s+` +
	`(?:seconds?|minutes?|mins?|hours?|days?)\s+(later)\b`)

var stepMetFirst = regexp.MustCompile(`\b(?:had|needed) to\s[^,;()"]*?\b(first)\b`)

// blankTimeOnly blanks an "only" that narrows no part of what was asked
// about: of time ("the last one only appeared yesterday"), of what the
// old account holds ("the old one only has the CCP"), or of who owns the
// accounts, after it ("both accounts belong to me only"). It blanks too the
// time told by the writer's own doing ("… a week after I linked them"),
// no answer of its own.
func blankTimeOnly(work []byte) {
	for _, re := range []*regexp.Regexp{timeOnly, oldOnly, ownOnly} {
		for _, m := range re.FindAllSubmatchIndex(work, -1) {
			if re == oldOnly && m[2] < 0 {
				m[2], m[3] = m[4], m[5] // "has only"
			}
			if re != oldOnly || !showWords.Match(work) {
				blank(work, m[2], m[3])
			}
		}
	}
	for _, m := range afterDoing.FindAllIndex(work, -1) {
		blank(work, m[0], m[1])
	}
}

// blankEntryDetail blanks what a showing says the entry shows with it
// ("listed with its validation number and the expiry date"): it
// describes what is there, no detail of its own. Only
// beside words of showing, and only these plain parts of an entry: "with
// the wrong date" or "with an error" stay.
func blankEntryDetail(work []byte) {
	if !showWords.Match(work) {
		return
	}
	for _, m := range entryDetail.FindAllIndex(work, -1) {
		blank(work, m[0], m[1])
	}
}

// blankCheckForGoodMeasure blanks the 一応 of a check made for good
// measure (一応確認しましたが、特に問題なさそうです): before a check that
// is no answer it says only why the writer looked, no hedge. Before an
// answer (一応連携しました, 一応確認できました) it stays the hedge it is.
func blankCheckForGoodMeasure(work []byte) {
	for _, m := range checkForGoodMeasure.FindAllSubmatchIndex(work, -1) {
		blank(work, m[2], m[3])
	}
}

var checkForGoodMeasure = regexp.MustCompile(`(一応)(?:、)?(?:確認(?:しました|いたしました|致しました|してみました)|` +
	`チェック(?:しました|いたしました)|見てみました|見ました)`)

// blankCertNameWords blanks AWS certifications' full names beside words
// of showing ("my Solutions Architect Associate and Developer Associate
// are there"): they say which ones show, no detail of their own, though
// their words would make the sentence long.
func blankCertNameWords(work []byte) {
	if !showWords.Match(work) && !bytes.Contains(work, []byte(" there")) {
		return
	}
	for _, m := range awsCertName.FindAllIndex(work, -1) {
		blank(work, m[0], m[1])
	}
}

var awsCertName = regexp.MustCompile(`\b(?:aws\s+certified\s+)?(?:cloud practitioner|ai practitioner|` +
	`(?:solutions architect|developer|sysops administrator|devops engineer|data engineer|machine learning engineer|` +
	`machine learning|security|advanced networking|database|data analytics|sap on aws)\s*(?:-|–)?\s*` +
	`(?:associate|professional|specialty|speciality))\b`)

// blankCertNames blanks the names in brackets after the word for the
// certifications (AWS 認定（ソリューションアーキテクト アソシエイト、デベロッパー
// アソシエイト）が表示されています): they say which ones, no detail of their own,
// though their katakana would make the sentence long. Only names: katakana,
// Latin letters and digits, with spaces and list marks between.
func blankCertNames(work []byte) {
	for _, m := range certNamesInBrackets.FindAllSubmatchIndex(work, -1) {
		blank(work, m[2], m[3])
	}
}

var certNamesInBrackets = regexp.MustCompile(`(?:認定|資格|certifications?)\s*(\([\p{Katakana}ー・a-z0-9 ,、\-]{1,120}\))`)

const entryPart = `(?:its|the|their|a|my)\s+(?:(?:validation|credential|certification|cert)\s+(?:numbers?|ids?|codes?)|` +
	`(?:expiry|expiration|issue|issued|exam|pass|passing)\s+dates?|scores?|levels?)`

var entryDetail = regexp.MustCompile(`\bwith\s+` + entryPart + `(?:\s*(?:,|and)\s*` + entryPart + `)*` +
	`(?:\s*\(\s*[0-9]{4}\s*\))?`)

var (
	// ownOnly: "only" ending a sentence or clause of whose the accounts are, which
	// says no one else's ("they belong to me only"); before a verb ("mine
	// only shows the CCP") it narrows, and stays.
	ownOnly = regexp.MustCompile(`\b(?:belongs?\s+to\s+me|(?:are|is)\s+(?:both\s+|all\s+)?mine|` +
		`(?:used|owned|held)\s+by\s+me)\s+(only)(?:\s*$|\s*,|\s+and\b)`)
	// oldOnly: what the account to be merged away holds, named by which
	// one it is or its provider ("the old gmail account only has the
	// CCP", "my personal one has only the SAA"); not the work or new one,
	// whose "only" may tell what the profile shows.
	oldOnly = regexp.MustCompile(`\b(?:old|older|previous|former|personal|private|other|gmail|outlook|hotmail|` +
		`yahoo|icloud)\s+(?:(?:gmail|outlook|hotmail|yahoo|icloud|personal|private|cert|certification)\s+)?` +
		`(?:one|account|address|email|login)(?:\s*\([^)]*\))?\s+(?:(only)\s+(?:has|had|holds|held|contains|carries)|` +
		`(?:has|had|holds|held|contains|carries)\s+(?:got\s+)?(only))\b`)
	// showWords tell what a page shows, which an "only" then narrows.
	showWords = regexp.MustCompile(`\b(?:show|shows|showing|shown|see|seen|visible|listed|appears?|displayed|` +
		`displaying|profile|apn)\b`)
	afterDoing = regexp.MustCompile(`\b(?:after|since)\s+(?:i|we)\s+(?:had\s+)?(?:linked|connected)` +
		`(?:\s+(?:it|them|the accounts?|my account))?$`)
)

var timeOnly = regexp.MustCompile(`\b(only)\s+(?:just\s+)?(?:(?:appeared|showed up|showed|turned up|came up|` +
	`came through|updated|synced|popped up)\s+)?(?:yesterday|today|this morning|this afternoon|last night|` +
	`recently|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|later|last week|this week|after the (?:others|rest)|` +
	`(?:a\s+)?(?:couple|few)\s+(?:of\s+)?(?:days|hours|weeks)\s+(?:later|after)|` +
	`(?:a|an|one|two|three|[0-9]+)\s+(?:days?|hours?|weeks?)\s+(?:later|after))\b`)

// markCountOfCount writes "some" over a count of a count ("two of the
// four", "3 out of 4"), which tells that a part is left out: the partial
// hedge it is, read as "some" is.
func markCountOfCount(work []byte) {
	for _, m := range countOfCount.FindAllIndex(work, -1) {
		if bytes.HasPrefix(work[m[0]:], []byte("of ")) || everyOne.Match(work[:m[0]]) {
			continue // "every one of them", "all 3 of them" are all of them
		}
		blank(work, m[0], m[1])
		copy(work[m[0]:], "some")
	}
	for _, m := range jaCountOfCount.FindAllIndex(work, -1) {
		blank(work, m[0], m[1])
		copy(work[m[0]:], "一部")
	}
}

var countOfCount = regexp.MustCompile(`\b(?:(?:one|two|three|four|five|six|[0-9]+)\s+)?(?:of|out of)\s+` +
	`(?:(?:the\s+|my\s+|our\s+)?(?:two|three|four|five|six|seven|eight|[0-9]+)|them|those|these)\b`)

var everyOne = regexp.MustCompile(`\b(?:every|each|all)\s+$`)

// jaCountOfCount is a count of a count in Japanese (3つ中2つ, 3件中2件,
// 3つのうち2つ): the part it is, written over with 一部.
var jaCountOfCount = regexp.MustCompile(`[0-9一二三四五六七八九]+\s*(?:つ|件|個)?\s*(?:中|のうち)\s*` +
	`[0-9一二三四五六七八九]+\s*(?:つ|件|個)`)

// blankFirstWord blanks the first English word of work.
func blankFirstWord(work []byte) {
	if ts := tokens(work); len(ts) > 0 {
		blank(work, ts[0][0], ts[0][1])
	}
}

// relativePronouns may open a relative clause; questionNext are the words
// after one that make it a question instead ("which one should I keep",
// "who do I ask").
var (
	relativePronouns = words("who", "which", "whose", "whom")
	questionNext     = words("do", "does", "did", "can", "could", "will", "would", "should", "shall", "may", "must",
		"one", "ones", "account", "accounts", "address", "addresses", "email", "of", "is", "are")
)

// permits reports a Japanese "no problem" that follows a verb's て form
// (統合していただいて問題ありません, "it is fine to merge"): there it gives
// permission, which the answer phrases read, and is no courtesy.
func permits(before []byte, courtesy string) bool {
	teForm := bytes.HasSuffix(before, []byte("て")) || bytes.HasSuffix(before, []byte("で"))
	return strings.HasPrefix(courtesy, "問題") && teForm
}

// ellipticAux is a clause of only a subject and an auxiliary ("now they
// are", "then it did", "they do now"), which stands for a verb said before.
var ellipticAux = regexp.MustCompile(`^(?:(?:but|and|then|now|today|since then)\s+)*(?:they|it|both|all|` +
	`all of them|both of them|these|those|everything|each one)\s+(?:now\s+|all\s+|both\s+)?` +
	`(?:are|is|do|does|did|were|was|have|has|can|will|show|appear)(?:\s+(?:now|today|too|as well|again|though))?$`)

// foundNow tells that what was not there is found as the writer writes
// ("Not yet. Oh, there they are!", まだです。あ、今出ました。).
var foundNow = regexp.MustCompile(`\b(?:there they are|there it is|here they are|here it is)\b|` +
	`今(?:出|表示され|反映され)ました|出てきました|現れました`)

// takesBackNo reports a piece that stands for a verb negated before it in
// the reply, the other way round ("It did not show, but then it did",
// "They weren't there." over "They are now."): the No is taken back. After
// no negation ("Yes, they are") it is nothing. negated is updated.
func takesBackNo(text string, negated *bool) bool {
	low := []byte(asciiLower(text))
	back := *negated && (ellipticAux.Match(bytes.TrimSpace(low)) || foundNow.Match(low))
	for _, t := range tokens(low) {
		*negated = *negated || isNegator(string(low[t[0]:t[1]]))
	}
	// まだです ("not yet") negates without a negative ending.
	*negated = *negated || cjkCount(low) > 0 && (len(jaNegationIn(string(low))) > 0 || bytes.Contains(low, []byte("まだ")))
	return back
}

// jaNegationIn returns the first Japanese negation in s, or "".
func jaNegationIn(s string) string {
	for _, n := range jaNegations {
		if strings.Contains(s, n) {
			return n
		}
	}
	return ""
}

// whichIsWhy opens a clause that gives what the detail before it is the
// reason for ("…, which is why I want them merged"), never a question.
var whichIsWhy = regexp.MustCompile(`^which\s+is\s+(?:exactly\s+|precisely\s+|just\s+|also\s+|partly\s+)?why\b`)

// markRelatives marks the pieces that open with a relative pronoun after a
// piece of plain detail (no answer, not a courtesy: "Thanks, who …" and
// "Done, which …" still ask) or after a step a page asked for ("it asked
// me to approve, which I did"), and not with a question's next word.
func markRelatives(ps []sentence) {
	for i := 1; i < len(ps); i++ {
		low := []byte(asciiLower(ps[i].text))
		ts := tokens(low)
		if !ps[i].continued || len(ts) < 2 || !relativePronouns[string(low[ts[0][0]:ts[0][1]])] ||
			questionNext[string(low[ts[1][0]:ts[1][1]])] && !whichIsWhy.Match(low) {
			continue
		}
		r := readSentence(ps[i-1])
		if (r.prose || pageAsked.MatchString(asciiLower(ps[i-1].text))) && !r.doubt && len(r.answers) == 0 {
			ps[i].relative = true
		}
	}
}

// negatesTwice reports a negation of a negation, which may say the
// opposite of either: an answer with two negators among the words before
// it ("I can't not see them"), a No phrase with one ("it isn't that they
// don't show"), or two negators and no answer phrase ("it's not that they
// don't"). left is work with the answer phrases blanked.
func negatesTwice(left []byte, ms []match) bool {
	ts := tokens(left)
	isNeg := func(t [2]int) bool { return isNegator(string(left[t[0]:t[1]])) }
	if len(ms) == 0 {
		n := 0
		for _, t := range ts {
			if isNeg(t) {
				n++
			}
		}
		return n >= 2
	}
	for _, m := range ms {
		noPhrase := m.answer == No && m.flags&interjection == 0
		if m.japanese || m.flags&negatable == 0 && !noPhrase {
			continue
		}
		k := sort.Search(len(ts), func(k int) bool { return ts[k][1] > m.start })
		n := 0
		if noPhrase {
			n++
		}
		for _, t := range ts[max(0, k-4):k] {
			if isNeg(t) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// negate marks the negatable English answers with a negator among the four
// words before them ("I haven't submitted"); a negator that negates is
// used up (blanked in left), those still left over stand on their own.
func negate(work, left []byte, ms []match) {
	before := wordsOutside(work, ms)
	for i := range ms {
		m := &ms[i]
		if m.japanese || m.flags&negatable == 0 {
			continue
		}
		k := sort.Search(len(before), func(k int) bool { return before[k][1] > m.start })
		for _, t := range before[max(0, k-4):k] {
			if isNegator(string(work[t[0]:t[1]])) {
				m.negated = true
				blank(left, t[0], t[1])
			}
		}
	}
}

// courteousPhrases are the answer phrases that contain a courtesy.
var courteousPhrases = func() []phrase {
	var out []phrase
	for _, p := range phrases {
		for _, c := range courtesies {
			if len(find([]byte(p.text), c)) > 0 {
				out = append(out, p)
				break
			}
		}
	}
	return out
}()

func overlaps(sp [2]int, spans [][2]int) bool {
	for _, k := range spans {
		if sp[0] < k[1] && k[0] < sp[1] {
			return true
		}
	}
	return false
}

// candidates are all answer phrases in work, overlapping or not.
func candidates(work []byte) []match {
	var ms []match
	for _, p := range phrases {
		for _, sp := range find(work, p.text) {
			if !placed(work, sp, p) {
				continue
			}
			m := match{start: sp[0], end: sp[1], answer: p.answer, flags: p.flags, japanese: !isASCII(p.text)}
			if pre := negatingPrefix(work[:m.start]); m.japanese && m.answer != No && pre != "" {
				m.start -= len(pre) // 非同意の回答をお願いします: no consent
				m.negated = true
			}
			ms = append(ms, m)
		}
	}
	for _, st := range stems {
		for _, sp := range find(work, st.text) {
			if m, ok := conjugated(work, sp, st); ok {
				ms = append(ms, m)
			}
		}
	}
	return ms
}

// choose keeps, from left to right, the longest of overlapping matches.
func choose(ms []match) []match {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end-ms[i].start > ms[j].end-ms[j].start
	})
	var out []match
	end := 0
	for _, m := range ms {
		if m.start >= end {
			out = append(out, m)
			end = m.end
		}
	}
	return out
}

// placed reports whether the phrase found at sp stands where it counts.
func placed(work []byte, sp [2]int, p phrase) bool {
	before, after := work[:sp[0]], work[sp[1]:]
	switch p.place {
	case atStart:
		if hasLetter(before) {
			return false
		}
		r, _ := utf8.DecodeRune(after)
		return !isKana(r) // はいって (入って), ええと (a hesitation)
	case atEdge:
		return !hasLetter(before) || !hasLetter(after)
	case whole:
		return !hasLetter(before) && !hasLetter(after)
	case atEnd:
		return !hasLetter(endTime.ReplaceAll(after, nil))
	}
	return true
}

// endTime is what may follow a phrase that must end its sentence: a time
// or a place it went to ("now", "already", "with AWS").
var endTime = regexp.MustCompile(`^\s*(?:now|already|too|as well|with aws|as of today)?`)

// negatingPrefix returns the prefix that negates the Japanese word after
// before (未提出, 不同意, 非同意), or "": not the 非 of 是非 ("by all means",
// 是非統合をお願いします), nor one behind a topic's 、 (是非、…).
func negatingPrefix(before []byte) string {
	b := strings.TrimSuffix(string(before), topicComma)
	if b != string(before) || strings.HasSuffix(b, "是非") {
		return ""
	}
	for _, p := range negatingPrefixes {
		if strings.HasSuffix(b, p) {
			return p
		}
	}
	return ""
}

// conjugated reads the ending after a Japanese stem found at sp.
func conjugated(work []byte, sp [2]int, st stem) (match, bool) {
	m := match{start: sp[0], end: sp[1], answer: st.answer, japanese: true}
	if p := negatingPrefix(work[:sp[0]]); p != "" {
		m.start -= len(p)
		m.negated = true
	}
	rest := string(work[sp[1]:])
	best, neg := "", false
	for _, e := range st.ends.pos {
		if strings.HasPrefix(rest, e) && len(e) > len(best) {
			best, neg = e, false
		}
	}
	for _, e := range st.ends.neg {
		if strings.HasPrefix(rest, e) && len(e) > len(best) {
			best, neg = e, true
		}
	}
	switch {
	case best != "":
		m.end += len(best)
		m.negated = m.negated || neg
	case m.negated: // 未提出
	case st.bare && !hasLetter([]byte(rest)): // 完了
	default:
		return match{}, false // 提出してください, 完了予定, 送信日時
	}
	return m, true
}

// jaTailPoisons reports whether what follows a Japanese answer makes it a
// question (…ましたか), a condition (…ましたら, "once I have") or the first
// half of a "but" (…ましたが).
func jaTailPoisons(tail []byte) bool {
	t := strings.TrimLeft(string(tail), " ")
	if strings.HasPrefix(t, "か") || strings.HasPrefix(t, "ら") { // …ましたか; …ましたら ("once I have")
		return true
	}
	if hasPrefix(t, []string{"ほうが", "方が", "ほうがいい", "方がいい"}) { // …しておいたほうがいい: advice, not done
		return true
	}
	for _, l := range jaLinkers {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	t = strings.TrimLeft(t, "」』\"'.… ")
	return hasPrefix(t, jaSaid) || jaHearsay.MatchString(t) // …と言われました, …と言いたい, …って上司が言ってました
}

// wantsOrLists reports a past ending (…した) that is the first half of a
// longer one: したい(のですが) "I would like to", したく, したり "do things
// such as": no answer given.
func wantsOrLists(answer, tail []byte) bool {
	return bytes.HasSuffix(answer, []byte("た")) && hasPrefix(string(tail), []string{"い", "く", "り"})
}

// jaSaid follow words the writer reports someone said: 同意してくださいと言わ
// れました (what a boss said) is no answer of theirs.
var jaSaid = []string{"と言", "といわ", "といい", "って言", "っていわ", "と聞", "とのこと", "と伝え", "と指示", "と頼", "と求め"}

// jaShownYes reports a Yes that a screen or a page shows as its words
// (「同意してください」と出ました, a prompt): no Yes of the writer's. A status a
// screen shows (連携済みと表示されています) is evidence, and stays.
func jaShownYes(tail []byte) bool {
	t := strings.TrimLeft(string(tail), " 」』\"'")
	return hasPrefix(t, []string{"と出", "と表示", "と書", "とあり", "と案内"})
}

// jaQuotedShown reports a phrase closed by a quotation bracket that a
// screen shows or a text says (「ページが見つかりません」と表示されました): a
// negative in it is the page's error, no No of the writer's. Without the
// bracket (まだ表示されていません) the words are the writer's.
func jaQuotedShown(tail []byte) bool {
	t := strings.TrimLeft(string(tail), " 。.!！")
	return (strings.HasPrefix(t, "」") || strings.HasPrefix(t, "』")) && jaShownYes([]byte(t))
}

// hasHedge reports whether work holds the hedge h; だけ ("only") not in
// the humble いただけ (ご確認いただければ幸いです), whose kana hold it.
func hasHedge(work []byte, h string) bool {
	for _, sp := range find(work, h) {
		if h == "先に" && endsNoun(work[:sp[0]]) {
			continue // 連絡先に, 送信先に: a noun ending in 先, not "first"
		}
		if h != "だけ" || !bytes.HasSuffix(work[:sp[0]], []byte("いた")) || !humbleEnding(work[sp[1]:]) {
			return true
		}
	}
	return false
}

// endsNoun reports text before a 先 that makes it the end of a noun
// (連絡先, 宛先, 統合先): a kanji or katakana, but not 番 (一番先に is "first
// of all").
func endsNoun(before []byte) bool {
	r, _ := utf8.DecodeLastRune(before)
	return r != '番' && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r))
}

// humbleEnding reports the ending of the humble いただけ after its だけ
// (いただけます, いただければ, いただけると): not 表示されていただけです ("it
// only showed").
func humbleEnding(rest []byte) bool {
	return hasPrefix(string(rest), []string{"ます", "ません", "れば", "ると", "ない", "たら"})
}

// isHedged reports whether work holds a hedge, or an English "I'll".
func isHedged(work []byte) bool {
	for _, h := range hedges {
		if hasHedge(work, h) {
			return true
		}
	}
	ts := tokens(work)
	if len(ts) > 0 && questionWords[string(work[ts[0][0]:ts[0][1]])] {
		return true // "Which account…", not "…a code, which I did"
	}
	return jaOpened(work) || isPlan(work) || asksOrHearsay(work) || conditionClause.Match(bytes.TrimSpace(work)) ||
		partCount.Match(bytes.TrimSpace(work)) || towardOld.Match(wayInto.ReplaceAll(work, []byte(" "))) ||
		clickedLabel.Match(work) ||
		unneededAct.Match(work) || keepsOld.Match(work)
}

// keepsOld asks to keep the old account as it is ("please keep the old one
// open", "leave them separate"), which the merge does not: no consent.
// ("Keep them separate" is a No phrase.)
var keepsOld = regexp.MustCompile(`\b(?:keep|leave)\s+(?:the|my)\s+old\s+(?:one|account|address)` +
	`\s+(?:open|active|alive|separate|running|as (?:it is|is))\b|` +
	// Going on with the old or personal account after the merge, which closes it.
	`\b(?:keep|continue)\s+(?:using|to use|logging in with|signing in with)\s+(?:the|my)\s+` + oldAccount + `|` +
	`\bkeep\s+(?:the|my)\s+` + oldAccount + `\s+(?:as well|too|also|around)\b|` +
	// Or kept, plainly: "Keep the old account", "I want to keep the old one".
	`\bkeep(?:ing)?\s+(?:the|my)\s+` + oldAccount + `\s*$|` +
	// Or a bare "keep it" ("Go ahead. Keep it.", "…, please keep them"): what is to be kept, the old
	// account or what it holds, is not told.
	`^\s*(?:(?:please|pls|just|and|but)\s+)*keep\s+(?:it|that|this)\s*$|` +
	// What is kept apart told before it ("which I'd like to keep separate"): the merge joins it.
	// ("Keep them separate" is a No phrase.)
	`\bkeep(?:ing)?\s+(?:(?:it|that|this)\s+)?(?:separate|apart|separated|unmerged)\b|` +
	`(?:旧|古い|以前の|前の|個人の?|プライベートの?|gmailの?)(?:アカウント|アドレス)[^。]{0,10}?` +
	`(?:残し|残す|残して|使い続け|そのまま(?:残|使|に)|維持|保持)`)

// oldAccount names the old or personal account.
const oldAccount = `(?:old|personal|private|gmail|previous|former|other)\s+(?:one|account|address|email|login)`

// unneededAct is an act on the account the writer does not need ("I
// don't need the old one merged", "we don't need it closed"): not the old
// account unneeded (oldAccountReasons) but the act, which may refuse. ("I
// don't want them merged" is the No phrase's.)
var unneededAct = regexp.MustCompile(`\b(?:don't|do not|no longer)\s+need\s+(?:it|them|that|(?:the|that|my)\s+` +
	`(?:\w+\s+){0,2}?(?:one|account|accounts|address|email))\s+(?:to be\s+)?(?:merged|combined|moved|closed|deleted|` +
	`removed|transferred|touched|changed|linked|consolidated)\b`)

// clickedLabel is an answer word as the label of a button or option the
// writer clicked ('I clicked "Yes"', 「同意する」を押しました): what the page
// asked, not an answer to certflow's question.
var clickedLabel = regexp.MustCompile(`\b(?:clicked|click|pressed|press|selected|select|chose|choose|ticked|tick|` +
	`tapped|tap|hit|checked)\s+(?:on\s+)?(?:the\s+)?["'“]\s*(?:yes|no|ok|okay|agree|i agree|accept|confirm|` +
	`continue|proceed)\b|[「『"](?:はい|いいえ|同意する|同意します|承諾|ok|yes|no)[」』"](?:ボタン)?を?(?:押|クリック|選択|タップ)`)

// towardOld names the personal or old account as where things go ("into
// the personal one", 個人アカウントの方に): the other way round from the
// case's merge, or a link to the wrong account; or as the primary ("with
// the old address as primary": "email" may be blanked as a courtesy's).
var towardOld = regexp.MustCompile(`\b(?:personal|private|old|gmail|previous|former)\s+(?:(?:one|account|address|email)` +
	`\s+)?as\s+(?:the\s+|my\s+)?(?:primary|main|login|sign-in)\b|` +
	// The old or personal one named as the one kept, the main one or the login (ログインは個人のアドレスで, 残すのは古い方).
	`(?:ログイン|メイン|主|残す(?:の)?|残る(?:の)?)(?:は|を)?\s*(?:個人|旧|古い|以前の|前の|gmail|プライベート)|` +
	`(?:個人|旧|古い|以前の|前の|gmail|プライベート)[^。、]{0,10}?(?:を|に)(?:メイン|主|ログイン)|` +
	`\b(?:into|to|under|onto)\s+(?:the\s+|my\s+)?(?:personal|private|old|gmail|` +
	`previous|former|home|original)\b|(?:個人|旧|古い|以前の|前の|gmail|プライベート)[^。、]{0,8}?` +
	`(?:(?:の方|のほう)(?:に|へ)\s*$|(?:に|へ)\s*(?:統合|まとめ|移行|移し|寄せ|一本化|連携|紐付|紐づ))`)

// wayInto is a way into an account ("log in to", "access to"): the "to"
// after it names no account things go to ("I can't log in to the old
// one"), as towardOld reads one.
var wayInto = regexp.MustCompile(`\b(?:log(?:ged)?(?:\s+in)?|sign(?:ed)?(?:\s+in)?|get|got|access)\s+(?:in)?to\b`)

// partCount is a count that stands for the verb before it ("Well, two
// did", "only one is"): a part.
var partCount = regexp.MustCompile(`^(?:well\s+|but\s+)?(?:only\s+|just\s+)?(?:one|two|three|four|five|[0-9]+)\s+` +
	`(?:did|do|does|are|were|is|was)$`)

// conditionClause opens a piece that sets a condition on what is beside it
// ("…, once you confirm the address", "as soon as I'm back").
var conditionClause = regexp.MustCompile(`^(?:only\s+)?(?:once|as soon as|until|till|provided|providing|so long as|` +
	`not before|not until|only after|only when)\b`)

// asksOrHearsay reports a sentence that asks without a question mark, by
// its order ("Do they all show", "Are they listed now"), or tells what
// someone else said ("my manager says they show", "と同僚が言っていました"):
// no answer of the writer's.
func asksOrHearsay(work []byte) bool {
	t := bytes.TrimSpace(work)
	return invertedQuestion.Match(t) && !imperativeDo.Match(t) || hearsay.Match(t) || jaHearsay.Match(t) ||
		speaksForOther(t)
}

var (
	// invertedQuestion opens with a verb before its subject.
	invertedQuestion = regexp.MustCompile(`^(?:do|does|did|is|are|was|were|have|has|had|can|could|should|shall|` +
		`will|would|may|might|must)(?:n't)?\s+(?:i|you|we|they|he|she|it|that|this|these|those|both|all|the|my|your|our|` +
		`any|there)\b`)
	// imperativeDo is "Do it", "Did it", "Did the linking": the writer's
	// own doing or a request, not a question.
	imperativeDo = regexp.MustCompile(`^(?:do|did)\s+(?:it|the|this|that|all|both|my)\b`)
	// hearsay tells what another person said or thinks.
	hearsay = regexp.MustCompile(`\b(?:manager|boss|colleague|coworker|co-worker|teammate|supervisor|friend|` +
		`lead|director|head|team|department|support|owner|assistant|engineer|` +
		`someone|somebody|he|she|they|hr|admin|administrator)\s+(?:says|said|tells me|told me|thinks|reckons|` +
		`mentioned|claims)\b|\b(?:told me|according to|i was told|i heard|i've heard|i have heard)\b`)
	// jaHearsay is the tag after a quote cut off by its 、 (…、と上司に言われました).
	jaHearsay = regexp.MustCompile(`^(?:と|って)[^。]{0,15}(?:言|申|聞|伺|おっしゃ|話|伝え|指示)`)
)

// isPlan reports whether work speaks of what the writer will do: after a
// No that is consistent ("Not yet, I'll do it tomorrow"); after anything
// else it is no answer yet.
func isPlan(work []byte) bool {
	work = noPlan.ReplaceAll(work, []byte("　")) // 使う予定はない: there is no plan
	for _, h := range plans {
		if hasHedge(work, h) {
			return true
		}
	}
	for _, t := range tokens(work) {
		if strings.HasSuffix(string(work[t[0]:t[1]]), "'ll") {
			return true
		}
	}
	return stillToTake(work) || byLater.Match(work)
}

// byLater is a time still to come by which something will be: "done by
// tomorrow", "by the end of the week". (A weekday may be past: "they were
// there by Monday".)
var byLater = regexp.MustCompile(`\bby (?:next (?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|` +
	`next (?:week|month)|the end of|end of|eod|eow|close of)\b|までに(?:は)?(?:完了|提出|連携|終わら|済ませ|対応)`)

// stillToTake reports a step the writer or another still has to take ("I
// still need to upload my transcript", "I have yet to accept the terms",
// 確認する必要があります, 送らなければなりません): what was asked is not all
// done yet. A need negated ("no need to merge", "I don't have to") is none.
func stillToTake(work []byte) bool {
	if jaStillToTake.Match(work) || stepLeft.Match(work) {
		return true
	}
	for _, m := range needTo.FindAllIndex(work, -1) {
		ts := tokens(work[:m[0]])
		if len(ts) == 0 || !needNegators[string(work[ts[len(ts)-1][0]:ts[len(ts)-1][1]])] {
			return true
		}
	}
	return false
}

var (
	// needTo is a need or a duty now; "had to" is one met before the answer.
	needTo = regexp.MustCompile(`\b(?:need|needs|have|has)\s+to\b|\byet\s+to\b`)
	// needNegators before needTo undo it: "no need to", "don't have to".
	needNegators = words("no", "not", "don't", "dont", "doesn't", "didn't", "never", "won't", "nothing")
	// jaStillToTake is a need or a duty in Japanese (必要があります,
	// なければなりません, ないといけません); 必要はありません is none.
	jaStillToTake = regexp.MustCompile(`必要があ|必要です|必要となり|なければ(?:なり|いけ|なら)|なくては(?:なり|いけ|なら)|` +
		`ないと(?:いけ|だめ|ダメ)|なきゃ`)
	// stepLeft is a step or part of what was asked still left, to come
	// or next ("attachment to follow", "one more step left", "the terms
	// are next", "still have the screenshot to send", 残りは…, あと一歩),
	// or only its first part done ("done with step one", "the first part").
	stepLeft = regexp.MustCompile(`\bto (?:follow|come)\b|\bstill to\b|\b(?:is|are|comes|come) next\b|\bnext step\b|` +
		`\b(?:left|remaining) to (?:do|send|go|finish|complete)\b|` +
		`\b(?:one|a|two|three|[0-9]+) (?:more |last )?(?:steps?|things?|parts?|bits?) (?:left|remaining|to go)\b|` +
		`\bjust (?:the )?(?:[a-z']+ ){1,4}left\b|\bstill (?:have|has|got) (?:[a-z']+ ){1,4}?to\b|` +
		`\b(?:step|part|stage|phase) (?:one|1)\b|\bfirst (?:part|step|half|stage|phase)\b|` +
		`残り(?:は|の|が)|あと一歩|あと少し|あと(?:は|一つ|ひとつ|1つ)|次(?:は|に)|(?:^|[^手])続き(?:は|を)`)
)

// noPlan says there is no plan or intention (予定はありません, つもりもない).
var noPlan = regexp.MustCompile(`(?:予定|つもり)(?:は|も|が)(?:ない|ありません|ございません)`)

// isNegator reports a negator (negators), also one that negates a thing
// with its verb glued on ("nothing's showing", "nobody's linked it",
// "none'll show"): read apart from the verb, it negates what follows as
// "nothing is showing" does.
func isNegator(w string) bool {
	if negators[w] {
		return true
	}
	stem, _, ok := strings.Cut(w, "'")
	return ok && negatingPronouns[stem] && contractedVerbs[w[len(stem):]]
}

var (
	negatingPronouns = words("nothing", "nobody", "noone", "none", "neither")
	contractedVerbs  = words("'s", "'ll", "'d", "'ve")
)

// latinLeft sizes up the English words in left: how many are not light,
// whether a negator is among them, and whether there are any.
func latinLeft(left []byte) (heavy int, negator, any bool) {
	for _, t := range tokens(left) {
		w := string(left[t[0]:t[1]])
		any = true
		switch {
		case isNegator(w):
			negator = true
		case light[w] || isNumber(w):
		default:
			heavy++
		}
	}
	return heavy, negator, any
}

// nameLike reports whether s looks like a name, company, department or
// address: a few capitalised words, or one word, and Japanese without
// grammar (no hiragana but の), perhaps as "山田です" or "山田様".
func nameLike(s string) bool {
	ts := tokens([]byte(s))
	var latin []string
	for _, t := range ts {
		if w := s[t[0]:t[1]]; !isNumber(w) {
			latin = append(latin, w)
		}
	}
	if len(latin) > 4 {
		return false
	}
	// A name with an honorific after it (certflow 様, certflow さん) is a
	// name in any case; more than two lowercase words before one are a
	// sentence ("please wait for tanaka さん"), no salutation.
	honorific := hasSuffix(strings.TrimSpace(s), honorifics) && len(latin) <= 2
	for _, w := range latin {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !honorific {
			return false // names are capitalised; "see", "later" are not names
		}
	}

	var ja strings.Builder
	for _, r := range s {
		if isCJK(r) {
			ja.WriteRune(r)
		}
	}
	j := ja.String()
	for _, suffix := range nameSuffixes {
		j = strings.TrimSuffix(j, suffix)
	}
	if utf8.RuneCountInString(j) > 30 || jaWhichAccount.MatchString(asciiLower(j)) {
		return false // 個人アカウントの方: which account, no company's name
	}
	for _, p := range []string{"未", "不", "無", "非"} {
		if strings.HasPrefix(j, p) {
			return false
		}
	}
	for _, r := range j {
		if unicode.Is(unicode.Hiragana, r) && r != 'の' {
			return false
		}
	}
	return true
}

// jaWhichAccount names one account of several (個人アカウントの方, 旧アドレス,
// テスト用のアカウント), which tells what an answer beside it is for: no
// company's or department's name, though it has no grammar.
var jaWhichAccount = regexp.MustCompile(`(?:個人|旧|古い|以前|前|新しい|新|テスト用?|検証用?|サブ|プライベート|別|会社|` +
	`仕事用?|業務用?|私用|社用|gmail|outlook)の?(?:アカウント|アドレス|メール)`)

func hasSuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// find returns where text occurs in work: as whole words if text is
// English, anywhere if it is Japanese. Occurrences do not overlap. A
// Japanese phrase with を between its noun and verb is also found with the
// を left out, as casual mail writes it (統合お願いします, 反映確認できました).
func find(work []byte, text string) [][2]int {
	out := findExactly(work, text)
	if i := strings.Index(text, "を"); i > 0 && !isASCII(text) {
		for _, sp := range findExactly(work, text[:i]+text[i+len("を"):]) {
			if !overlaps(sp, out) {
				out = append(out, sp)
			}
		}
		sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	}
	return out
}

// findExactly is find for text as it is written.
func findExactly(work []byte, text string) [][2]int {
	var out [][2]int
	ascii := isASCII(text)
	s := string(work)
	for from := 0; from <= len(s); {
		i := strings.Index(s[from:], text)
		if i < 0 {
			break
		}
		i += from
		j := i + len(text)
		if !ascii || boundary(s, i, j) {
			out = append(out, [2]int{i, j})
			from = j
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			from = i + size
		}
	}
	return out
}

// boundary reports whether s[i:j] is not part of a longer word.
func boundary(s string, i, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if i > 0 && isWordRune(r) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(s[j:])
	return j == len(s) || !isWordRune(r)
}

// tokens returns the English words in b, without surrounding apostrophes.
func tokens(b []byte) [][2]int {
	var out [][2]int
	s := string(b)
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		i, j := start, end
		for i < j && s[i] == '\'' {
			i++
		}
		for j > i && s[j-1] == '\'' {
			j--
		}
		if i < j {
			out = append(out, [2]int{i, j})
		}
		start = -1
	}
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// wordsOutside returns the English words of work that are not part of an
// interjection match: "No, it shows" has no negator before "shows".
func wordsOutside(work []byte, ms []match) [][2]int {
	in := make([]bool, len(work))
	for _, m := range ms {
		if m.flags&interjection != 0 {
			for k := m.start; k < m.end; k++ {
				in[k] = true
			}
		}
	}
	var out [][2]int
	for _, t := range tokens(work) {
		if !in[t[0]] {
			out = append(out, t)
		}
	}
	return out
}

// keep returns s with the bytes blanked in left blanked too, so a name
// check sees the original capitals of what is left.
func keep(s string, left []byte) string {
	b := []byte(s)
	for i := range b {
		if left[i] == ' ' {
			b[i] = ' '
		}
	}
	return string(b)
}

// blank overwrites b[i:j] with spaces; byte offsets stay valid.
func blank(b []byte, i, j int) {
	for k := i; k < j; k++ {
		b[k] = ' '
	}
}

// asciiLower lower-cases ASCII letters only, so byte offsets match s.
var asciiLower = message.ASCIILower

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// isCJK reports whether r is written Japanese.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '々'
}

func isKana(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー'
}

// isWordRune reports whether r belongs to an English (or other
// space-separated) word.
func isWordRune(r rune) bool {
	return r == '\'' || (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isCJK(r)
}

func hasLetter(b []byte) bool {
	for _, r := range string(b) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func hasDigit(b []byte) bool {
	for _, r := range string(b) {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func cjkCount(b []byte) int {
	n := 0
	for _, r := range string(b) {
		if isCJK(r) {
			n++
		}
	}
	return n
}
