package triage

import (
	"regexp"
	"strings"
)

// mentionScan bounds the text searched for addresses: the accounts a
// consent request is about are named near its top, and a bounded scan keeps
// a huge body cheap.
const mentionScan = 256 << 10

// maxMentions bounds the addresses kept.
const maxMentions = 50

var addressPattern = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`)

// Mentions returns the mail addresses named in subject and text (lower
// case, each once, at most maxMentions), reading at most mentionScan bytes.
func Mentions(subject, text string) []string {
	if len(text) > mentionScan {
		text = text[:mentionScan]
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range []string{subject, text} {
		for _, a := range addressPattern.FindAllString(s, maxMentions) {
			a = strings.ToLower(strings.Trim(a, ".-"))
			if !seen[a] && len(out) < maxMentions {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}
