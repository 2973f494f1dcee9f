package reply

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A Yes to "do your AWS Certifications show in the APN profile?" ends the
// share case, and a Done or Submitted moves a case on: a false one leaves
// the work undone with nobody told. Read weighs each sentence beside the
// answer, but some words take the answer back from outside the sentences
// it reads: a bracket it sets aside, a fraction it reads as a number, a
// mark of failure, a "that was a lie" after a pause, "as far as I know".
// takenBack looks for them in all the own words of a reply read so.

// takenBack reports own words (lines, as answerLines gives them) that take
// back the answer a (Yes, Done or Submitted): a part told as a count ("Yes
// 2/3", はい、2/3です, "Done, 2 out of 3 steps"), a mark of failure ("Done
// ❌"), a knowledge hedged ("as far as I know", AFAIK), a bracket that
// passes on another's word or a doubt (表示されています（と聞いています）);
// and beside a Yes a bracket that tells a time before now
// (表示されていました（先週）) or the Yes called a joke or a lie
// (というのは嘘です; the undercut families already weigh it on the act).
func takenBack(a Answer, lines []string) bool {
	text := norm.NFKC.String(unwrapped(lines))
	low := asciiLower(text)
	if lessThanWhole(text) || failMark.MatchString(text) || knownHedged.MatchString(low) ||
		hearsayInBrackets.MatchString(low) {
		return true
	}
	return a == Yes && (seenThenInBrackets.MatchString(low) || jokeWords.en.MatchString(low) ||
		jokeWords.ja.MatchString(text))
}

// countRE is a count of a count: 2/3, "2 of 3", "2 out of 3", and in
// Japanese the whole first: 3つ中2つ, 3件中1件 (full-width forms are folded
// by NFKC first).
var countRE = regexp.MustCompile(`([0-9]{1,3})\s*/\s*([0-9]{1,3})|([0-9]{1,2})\s+(?:of|out of)\s+([0-9]{1,2})\b|` +
	`([0-9]{1,2})\s*(?:つ|個|件|種類)?中\s*([0-9]{1,2})`)

// dateBefore and dateAfter are the words around a date written as a
// fraction ("on 3/12", 3/12に): no count.
var (
	dateBefore = regexp.MustCompile(`(?i)(?:\b(?:on|as of|since|from|until|till|by|dated?|mon|tue|wed|thu|fri|sat|sun)` +
		`[a-z]*\.?,?|[0-9]/)\s*$`)
	dateAfter = regexp.MustCompile(`^(?:\s*(?:に|の|時点|付|まで|から|より|頃|ごろ|[(（]|[0-9]{1,2}:|/)|/[0-9])`)
)

// lessThanWhole reports a count that is less than the whole (2/3, "1 of 3",
// 3つ中2つ; not 3/3), other than a date ("on 3/12", 3/12に).
func lessThanWhole(text string) bool {
	for _, m := range countRE.FindAllStringSubmatchIndex(text, -1) {
		if m[2] >= 0 && (dateBefore.MatchString(text[:m[0]]) || dateAfter.MatchString(text[m[1]:])) {
			continue
		}
		n, d := countPair(text, m)
		if n >= 0 && n < d {
			return true
		}
	}
	return false
}

// countPair is the part and the whole of a countRE match m in text; -1, -1
// when they are no numbers.
func countPair(text string, m []int) (part, whole int) {
	sub := func(i int) string { return text[m[2*i]:m[2*i+1]] }
	var p, w string
	switch {
	case m[2] >= 0:
		p, w = sub(1), sub(2)
	case m[6] >= 0:
		p, w = sub(3), sub(4)
	default:
		w, p = sub(5), sub(6)
	}
	n, errN := strconv.Atoi(strings.TrimSpace(p))
	d, errD := strconv.Atoi(strings.TrimSpace(w))
	if errN != nil || errD != nil {
		return -1, -1
	}
	return n, d
}

// failMark is a mark that says no: ✗ ✘ ❌ × ☓ ❎.
var failMark = regexp.MustCompile(`[✗✘❌×☓❎]`)

// knownHedged is a knowledge hedged: "as far as I know", "as far as I can
// tell", AFAIK, "if I'm not mistaken".
var knownHedged = regexp.MustCompile(`\b(?:as far as (?:i|we) (?:know|can tell|can see|could tell|understand)|afaik|` +
	`to (?:the best of )?(?:my|our) knowledge|if i'?m not mistaken|if i am not mistaken|unless i'?m mistaken)\b`)

// hearsayInBrackets is a bracket that holds only another's word or a
// doubt, set beside the answer: （と聞いています）, （そうです）, (I was
// told), (I think). A bracket that doubts a detail ("(the ID was AWS0012,
// I think)") weighs on the detail, not the answer.
var hearsayInBrackets = regexp.MustCompile(`[(（]\s*(?:と聞いて(?:います|おります)|と聞きました|と伺って(?:います|おります)|` +
	`とのこと(?:です)?|との事(?:です)?|らしい(?:です)?|そう(?:です|らしいです)|だそう(?:です)?|たぶん|多分|おそらく|恐らく|` +
	`と思います|と思う|かも(?:しれません)?|i was told|so i'?m told|i'?m told|so i hear|i hear|apparently|supposedly|` +
	`reportedly|i think|probably|maybe|i guess|i believe|not sure)\s*[.。?？!！]*\s*[)）]`)

// seenThenInBrackets is a bracket that tells a time before now, set beside
// what was seen: (先週), (昨日まで), (以前は), "(last week)", "(until Monday)".
var seenThenInBrackets = regexp.MustCompile(`[(（][^)）]{0,20}?(?:先週|先月|前回|以前|当初|最初は|まで|` +
	`\blast (?:week|month|time)\b|\bbefore\b|\buntil\b|\btill\b|\bearlier\b|\bpreviously\b|\bat first\b|` +
	`\binitially\b)[^)）]{0,20}[)）]`)

// jokeWords is the undercut family of a joke ("in my dreams", 嘘, 冗談,
// なんちゃって), which takes back a Yes as it takes back a Done.
var jokeWords = func() undercutFamily {
	for _, f := range undercutFamilies {
		if f.name == "joke" {
			return f
		}
	}
	panic("reply: no joke family")
}()
