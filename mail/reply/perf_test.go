package reply

import (
	"strings"
	"testing"
	"time"
)

func TestPerf(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("yes done not ", 1300),
		strings.Repeat("完了しました", 900),
		strings.Repeat("okokokokok", 1600),
		strings.Repeat("> q\nOn 1 wrote:\n", 50000),
		strings.Repeat("From: a\n", 50000),
		strings.Repeat("a\n", 500000),
		strings.Repeat("はい。", 5000),
		strings.Repeat("no ", 5400),
	} {
		start := time.Now()
		a := Read(s)
		t.Logf("%d bytes: %q in %v", len(s), a, time.Since(start))
	}
}
