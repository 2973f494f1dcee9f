package triage

import (
	"context"
	"slices"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/certflow/certflow/mail/classify"
)

// TestAdversary15DirectionThroughTheMail: the account a consent request
// merges into, read from the mail as it arrives (HTML only, quoted-printable
// soft breaks inside an address, a quoted earlier request the other way
// round, a forward, ISO-2022-JP), and the quoting that makes a mail no
// request at all. The fifteenth adversarial review's probes of triage.
func TestAdversary15DirectionThroughTheMail(t *testing.T) {
	tr := triager(t)
	aws := "From: AWS <no-reply@amazon.com>\r\nTo: certs+merge-20261125-abcdef@corp.example\r\n" +
		"Subject: RE:[CASE 1234567890] merge\r\n"
	person := "From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\n"
	cases := []struct {
		name, raw string
		kind      classify.Kind
		into      []string
	}{
		{"HTML only, the sentence broken by <br>", aws + "Content-Type: text/html; charset=utf-8\r\n\r\n" +
			"<p>Hello,</p><p>We are ready to merge the account registered to<br>a@example.com into your account<br>" +
			"b@example.com.</p><p>Please reply to confirm that you agree to the merge.</p>",
			classify.AWSConsentRequest, []string{"b@example.com"}},
		{"quoted-printable soft breaks inside the addresses", aws +
			"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
			"Please reply to confirm that you agree to merge a@example.=\r\ncom into b@exam=\r\nple.com.\r\n",
			classify.AWSConsentRequest, []string{"b@example.com"}},
		{"a correction over the earlier request quoted the other way round", aws + "\r\n" +
			"Apologies, our last email had the accounts the wrong way round. Please reply to confirm that you " +
			"agree to merge b@example.com into a@example.com.\r\n\r\nOn Mon, 30 Nov 2026, AWS <no-reply@amazon.com> " +
			"wrote:\r\n> Please reply to confirm that you agree to merge a@example.com into b@example.com.\r\n",
			classify.AWSConsentRequest, []string{"a@example.com"}},
		{"forwarded by the requester, the direction inside", person + "Subject: Fwd: merge\r\n\r\n" +
			"FYI\r\n\r\n---------- Forwarded message ---------\r\nFrom: AWS <no-reply@amazon.com>\r\n" +
			"Subject: RE:[CASE 1234567890] merge\r\n\r\nPlease reply to confirm that you agree to merge " +
			"b@example.com into a@example.com.\r\n", classify.AWSConsentRequest, []string{"a@example.com"}},
		{"ISO-2022-JP, the 統合先 in brackets", aws +
			"Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n" + iso2022jp15(t,
			"統合元のアカウント（a@example.com）を統合先のアカウント（b@example.com）へ統合することについて、"+
				"ご承諾いただけますでしょうか。\r\n"), classify.AWSConsentRequest, []string{"b@example.com"}},
		{"the desk's reply over its own quoted request", aws + "\r\nThanks, we are still checking with the team." +
			"\r\n\r\nOn Mon, 30 Nov 2026, AWS <no-reply@amazon.com> wrote:\r\n> Please reply to confirm that you " +
			"agree to merge a@example.com into b@example.com.\r\n", classify.AWSOther, nil},
		{"a person's reply quoting the request", person + "Subject: Re: merge\r\n\r\nLet me check with my " +
			"manager first.\r\n\r\nOn Mon, 30 Nov 2026, AWS <no-reply@amazon.com> wrote:\r\n> Please reply to " +
			"confirm that you agree to merge a@example.com into b@example.com.\r\n", classify.Unknown, nil},
	}
	for _, tc := range cases {
		r := tr.Read(context.Background(), []byte(tc.raw))
		if r.Kind != tc.kind || !slices.Equal(r.MergeInto, tc.into) {
			t.Errorf("%s: %s into %q; want %s into %q", tc.name, r.Kind, r.MergeInto, tc.kind, tc.into)
		}
	}
}

// iso2022jp15 is s encoded as ISO-2022-JP mail carries it.
func iso2022jp15(t *testing.T, s string) string {
	t.Helper()
	b, err := japanese.ISO2022JP.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
