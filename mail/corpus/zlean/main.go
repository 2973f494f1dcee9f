package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/certflow/certflow/mail/corpus"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/reply"
)

func main() {
	for _, dir := range os.Args[1:] {
		rs, _ := corpus.Run(context.Background(), corpus.Triager(), dir)
		for _, r := range rs {
			if r.Got != "unknown" {
				continue
			}
			raw, _ := os.ReadFile(filepath.Join(dir, r.File))
			m, err := message.ParseLimited(raw, message.DefaultLimits)
			if err != nil {
				continue
			}
			l := reply.Lean(m.Text)
			mark := ""
			if string(l) != "" && string(l) != r.Label {
				mark = "  <<<<< WRONG"
			}
			fmt.Printf("%s/%s label=%s lean=%q%s\n", filepath.Base(dir), r.File, r.Label, l, mark)
		}
	}
}
