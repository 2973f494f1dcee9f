package triage

import (
	"bytes"
	"context"
	"strings"
	"testing"
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
		{"25 MiB of newlines in a text body", newlines},
		{"24 MiB of quoted lines", quoted.Bytes()},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			tr := triager(b)
			tr.MaxBytes = 25 << 20
			tr.Trust.VerifyDKIM = true
			b.ReportAllocs()
			b.SetBytes(int64(len(tc.raw)))
			for b.Loop() {
				tr.Read(context.Background(), tc.raw)
			}
		})
	}
}
