package reply

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZText(t *testing.T) {
	text := os.Getenv("ZTEXT")
	lines := joinClauses(strings.Split(normalize(OwnWords(text)), "\n"))
	for _, line := range lines {
		ps := sentencesOf(addressRE.ReplaceAllString(line, " "))
		for k, c := range ps {
			c.lastOfSentence = k+1 < len(ps) && !ps[k+1].continued || k+1 == len(ps) && !isWrapped(line)
			r := readSentence(c)
			fmt.Printf("  %-50q cont=%v last=%v q=%v -> ans=%v prose=%v doubt=%v partial=%v plan=%v\n", c.text, c.continued, c.lastOfSentence, c.question, r.answers, r.prose, r.doubt, r.partial, r.plan)
		}
	}
	fmt.Println("Read:", Read(text), "Lean:", Lean(text))
}
