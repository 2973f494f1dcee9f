package triage

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/certflow/certflow/config"
)

// BenchmarkTriageWorstCase measures the whole path on the inputs that once
// hung the worker or took 1.7 GB: each must be triaged in under 1 s and
// 100 MB (BENCHMARKS.md). B/op is all memory allocated, an upper bound on
// the extra heap.
func BenchmarkTriageWorstCase(b *testing.B) {
	newlines := []byte("From: taro@corp.example\r\nTo: certs+share-20261125-abcdef@corp.example\r\nSubject: Re: x\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nyes\r\n" + strings.Repeat("\n", 25<<20-200))
	var quoted bytes.Buffer
	quoted.WriteString("From: taro@corp.example\r\nSubject: Re: x\r\n\r\nyes\r\n")
	for quoted.Len() < 24<<20 {
		quoted.WriteString("> > > quoted line of an earlier message in the thread\r\n")
	}
	cases := []struct {
		name string
		raw  []byte
	}{
		{"consent request (signed by a trusted server)", []byte("Authentication-Results: mx.corp.example; dkim=pass header.d=amazon.com\r\n" +
			"DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s; h=from:to:subject; bh=YmgK; b=YmgK\r\n" +
			"From: AWS <no-reply@amazon.com>\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nSubject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody)},
		{"DKIM h= of 3,000 names over 20,000 colon-free lines (2 MB)", hangingDKIM(3000, 20000)},
		{"DKIM h= of 20,000 names over 230,000 colon-free lines (24 MB)", hangingDKIM(20000, 230000)},
		{"DKIM h= of 64 names over 1,000 header fields (the caps)", cappedDKIM()},
		{"25 MiB of newlines in a text body", newlines},
		{"24 MiB of quoted lines", quoted.Bytes()},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			tr := triager(b)
			tr.MaxBytes = config.DefaultMaxMessageBytes
			newAWSSigner(b, &tr) // DKIM on, amazon.com's key published: the verifier's work is reached if allowed
			b.ReportAllocs()
			b.SetBytes(int64(len(tc.raw)))
			for b.Loop() {
				tr.Read(context.Background(), tc.raw)
			}
		})
	}
}

// hostileBodies are single messages just under the 25 MiB limit that used
// to cost time or memory far beyond their size in reading own words,
// forward detection and classification.
func hostileBodies() map[string][]byte {
	const size = 25<<20 - 1024
	head := "From: taro@corp.example\r\nTo: certs+merge-1@example.com\r\nSubject: Re: x\r\n"
	return map[string][]byte{
		"newlines": []byte(head + "\r\nYes\n" + strings.Repeat("\n", size)),
		"quoted":   []byte(head + "\r\n" + strings.Repeat("> q\n", size/4)),
		"html-br":  []byte(head + "Content-Type: text/html\r\n\r\n" + strings.Repeat("<br>", size/4)),
		"one-line": []byte(head + "\r\n" + strings.Repeat("x", size)),
		// AWS's From: the kind is read sentence by sentence over the head.
		"aws-prose": []byte(strings.Replace(head, "taro@corp.example", "tc@amazon.com", 1) + "\r\n" +
			strings.Repeat("Once the accounts are merged, you cannot undo it; please confirm, 統合後は元に戻せません。\n", size/130)),
	}
}

// BenchmarkTriageHostileBodies reports, per message, the time and the peak
// extra heap of one Read (BENCHMARKS.md quotes it):
//
//	go test ./mail/triage -run '^$' -bench TriageHostileBodies -benchtime 3x
func BenchmarkTriageHostileBodies(b *testing.B) {
	tr := fuzzTriager()
	tr.Trust.VerifyDKIM = false // the DKIM library's own costs are measured apart
	for name, raw := range hostileBodies() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				r := tr.Read(context.Background(), raw)
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				if d := after.TotalAlloc - before.TotalAlloc; d > peak {
					peak = d
				}
				if r.Kind == "" {
					b.Fatal("no kind")
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "MiB-alloc/op")
		})
	}
}

// cappedDKIM is the costliest header the caps let through to the verifier:
// the most names in h= over the most header fields, with the right body
// hash so that the fields are picked.
func cappedDKIM() []byte {
	raw := string(hangingDKIM(63, 0))
	return []byte(strings.Replace(raw, "\r\nFrom:", "\r\n"+strings.Repeat("X-Pad: 1\r\n", 990)+"From:", 1))
}
