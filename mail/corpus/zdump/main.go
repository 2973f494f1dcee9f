package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/certflow/certflow/mail/corpus"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/reply"
)

func main() {
	dir := os.Args[1]
	only := ""
	if len(os.Args) > 2 {
		only = os.Args[2]
	}
	rs, _ := corpus.Run(context.Background(), corpus.Triager(), dir)
	for _, r := range rs {
		if r.Verdict == corpus.Right || (only != "" && !strings.Contains(only, r.Label)) {
			continue
		}
		raw, _ := os.ReadFile(filepath.Join(dir, r.File))
		m, err := message.ParseLimited(raw, message.DefaultLimits)
		if err != nil {
			fmt.Println(r.File, err)
			continue
		}
		fmt.Printf("==== %s (%s) got %s | In-Reply-To %v | %s\n", r.File, r.Label, r.Got, m.InReplyTo, m.Subject)
		fmt.Println(reply.OwnWords(m.Text))
	}
}
