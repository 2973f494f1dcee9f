package reply

import (
	"regexp"
	"strconv"

	"golang.org/x/text/unicode/norm"
)

// A Yes to "do your AWS Certifications show in the APN profile?" ends the
// share case: a false one leaves the certifications unshared with nobody
// told. Read weighs each sentence beside the Yes, but some words take the
// Yes back from outside the sentences it reads: a bracket it sets aside,
// a fraction it reads as a number, a "that was a lie" after a pause.
// yesTakenBack looks for them in all the own words of a reply read as Yes.

// yesTakenBack reports own words (lines, as answerLines gives them) that
// take back a Yes: a part told as a fraction ("Yes 2/3", はい、2/3です), a
// bracket that tells a time before now (表示されていました（先週）), or the
// Yes called a joke or a lie (というのは嘘です, なんちゃって).
func yesTakenBack(lines []string) bool {
	text := norm.NFKC.String(unwrapped(lines))
	low := asciiLower(text)
	return partFraction(text) || seenThenInBrackets.MatchString(low) || jokeWords.en.MatchString(low) ||
		jokeWords.ja.MatchString(text)
}

// fractionRE is a count of a count: 2/3, 1 / 2 (full-width forms are
// folded by NFKC first).
var fractionRE = regexp.MustCompile(`(?:^|[^0-9/])([0-9]{1,3})\s*/\s*([0-9]{1,3})(?:$|[^0-9/])`)

// partFraction reports a fraction that is less than the whole (2/3, not
// 3/3). A date written so ("as of 3/12") is taken as one too: a Yes beside
// it is left for a person, which costs only a look.
func partFraction(text string) bool {
	for _, m := range fractionRE.FindAllStringSubmatch(text, -1) {
		n, errN := strconv.Atoi(m[1])
		d, errD := strconv.Atoi(m[2])
		if errN == nil && errD == nil && n < d {
			return true
		}
	}
	return false
}

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
