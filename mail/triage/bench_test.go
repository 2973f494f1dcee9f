package triage

import (
	"context"
	"runtime"
	"strings"
	"testing"
)

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
