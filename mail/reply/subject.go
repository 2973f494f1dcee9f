package reply

import (
	"regexp"
	"strings"
)

// SubjectAnswer returns what a person added at the end of a reply's subject
// ("Re: Please link your account - DONE", "Re: … -- yes, go ahead"), for a
// reply whose body holds no words of its own; "" when the subject adds
// nothing after a dash. Only a dash set off by spaces counts: certflow's
// own subjects have none.
func SubjectAnswer(subject string) string {
	s := replyPrefix.ReplaceAllString(strings.TrimSpace(normalize(subject)), "")
	loc := subjectDash.FindAllStringIndex(s, -1)
	if len(loc) == 0 {
		return ""
	}
	last := loc[len(loc)-1]
	if last[0] == 0 {
		return ""
	}
	return strings.TrimSpace(s[last[1]:])
}

var (
	// replyPrefix is the chain of reply and forward markers mail programs
	// put before a subject (Re:, RE:, AW:, SV:, 返信:, Fwd:).
	replyPrefix = regexp.MustCompile(
		`^(?:(?i:re|aw|sv|vs|antw|fw|fwd|wg|tr|r)\s*(?:\[\d+\])?\s*:\s*|返信\s*:\s*|転送\s*:\s*)+`)
	subjectDash = regexp.MustCompile(`\s(?:-{1,3}|–|—|―)\s`)
)
