package reply

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/message"
)

func TestZDiag(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("ZFILES")) {
		raw, _ := os.ReadFile(f)
		m, err := message.ParseLimited(raw, message.DefaultLimits)
		if err != nil {
			continue
		}
		fmt.Printf("==== %s Read=%q Lean=%q\n", f, Read(m.Text), Lean(m.Text))
		own := OwnWords(m.Text)
		lines := joinClauses(strings.Split(normalize(own), "\n"))
		for i, line := range lines {
			if isRule(line) || isDisclaimer(lines, i) {
				fmt.Println("  [rule/disclaimer stop]")
				break
			}
			for _, c := range sentencesOf(addressRE.ReplaceAllString(line, " ")) {
				r := readSentence(c)
				fmt.Printf("  %-60q reason=%v q=%v -> ans=%v prose=%v doubt=%v plan=%v partial=%v expect=%v\n",
					c.text, c.reason, c.question, r.answers, r.prose, r.doubt, r.plan, r.partial, r.expect)
			}
		}
	}
}
