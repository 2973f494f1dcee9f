package triage

import (
	"context"
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/classify"
)

// Replies to certflow's consent question, as whole mails through the
// worker's path (quoted thread, signature, HTML): a Yes beside side remarks
// is a Yes; a Yes whose "please" asks for something else, that only
// acknowledges the mail, or that points elsewhere is for the operator. A
// false Yes here sends a merge consent that cannot be undone.
func TestConsentRepliesWithRemarks15(t *testing.T) {
	tr := triager(t)
	head := "From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\n" +
		"Subject: Re: Consent to merge your AWS Certification accounts\r\n"
	quote := "\r\n\r\nOn Mon, 14 Dec 2026 at 09:00, certflow <certs@corp.example> wrote:\r\n" +
		"> AWS asks whether your accounts may be merged - may we consent?\r\n> Reply YES to consent or NO to stop.\r\n"
	outlook := "\r\n\r\nFrom: certflow <certs@corp.example>\r\nSent: Monday, December 14, 2026 9:00 AM\r\n" +
		"Subject: Consent to merge your AWS Certification accounts\r\n\r\n" +
		"AWS asks whether your accounts may be merged - may we consent? Reply YES or NO.\r\n"
	cases := []struct{ name, body string }{
		{"please explain", "Yes please explain" + quote},
		{"please call first", "Yes, please call me first.\r\n\r\nSent from my iPhone" + quote},
		{"please then another act", "Yes please, delete the old one.\r\n\r\nThanks,\r\nTaro" + outlook},
		{"see below", "Yes (see below).\r\n\r\nTaro" + quote},
		{"acknowledged in Japanese", "はい、承知しました。\r\n\r\n田中" + outlook},
		{"thanks for the mail in Japanese", "はい、ご連絡ありがとうございます。" + quote},
		{"a condition named", "Go ahead, on one condition: keep my old email.\r\n\r\nRegards,\r\nTaro" + outlook},
		{"receipt with thanks", "Yes, thanks for the email.\r\n\r\nTaro" + quote},
	}
	for _, tc := range cases {
		r := tr.Read(context.Background(), []byte(head+"\r\n"+tc.body))
		if r.Kind != classify.Unknown {
			t.Errorf("%s: kind %s, want unknown", tc.name, r.Kind)
		}
	}
	yes := []string{
		"Yes please! Sorry for the slow reply, I was on PTO last week.\r\n\r\nBest,\r\nTaro" + quote,
		"Hi,\r\n\r\nYes please, go ahead. Thanks for chasing this.\r\n\r\nKind regards,\r\nTaro Tanaka" + outlook,
		"はい、同意します。返信が遅くなり申し訳ありません。\r\n\r\n田中" + outlook,
	}
	for _, body := range yes {
		if r := tr.Read(context.Background(), []byte(head+"\r\n"+body)); r.Kind != classify.ReplyYes {
			t.Errorf("%q: kind %s, want yes", strings.SplitN(body, "\r\n", 2)[0], r.Kind)
		}
	}
}
