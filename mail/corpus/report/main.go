// Command report reads labelled corpora through the worker's triage and
// prints, per label, how many mails were read right, read as something
// else, and left for the operator (BENCHMARKS.md quotes it):
//
//	go run ./mail/corpus/report mail/classify/testdata/corpus/eval mail/classify/testdata/corpus/dev
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/certflow/certflow/mail/corpus"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: report DIR... (each with its .eml files and labels.tsv)")
		os.Exit(2)
	}
	dangers := 0
	for _, dir := range os.Args[1:] {
		rs, err := corpus.Run(context.Background(), corpus.Triager(), dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Println(corpus.Report(filepath.Base(dir), rs))
		for _, r := range rs {
			if r.Danger != "" {
				dangers++
			}
		}
	}
	if dangers > 0 {
		fmt.Printf("%d dangerous readings\n", dangers)
		os.Exit(1)
	}
}
