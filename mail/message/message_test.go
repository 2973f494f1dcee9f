package message

import (
	"encoding/base64"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// msg joins header and body lines with CRLF, as mail travels.
func msg(lines ...string) []byte {
	return []byte(strings.Join(lines, "\r\n"))
}

func encode(t testing.TB, enc encoding.Encoding, s string) string {
	t.Helper()
	out, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return out
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// word builds one RFC 2047 "B" encoded word from raw charset bytes.
func word(charset, raw string) string { return "=?" + charset + "?B?" + b64(raw) + "?=" }

// tableCase is one real-shaped message and what Parse must extract from it.
// Only the fields a case sets are compared; Text is compared when wantText
// is set.
type tableCase struct {
	name      string
	raw       []byte
	check     func(t *testing.T, m *Message)
	subject   string
	text      string
	checkText bool
}

func tableCases(t testing.TB) []tableCase {
	jisSubject := encode(t, japanese.ISO2022JP, "日本語の件名")
	jisBody := encode(t, japanese.ISO2022JP, "こんにちは、世界。\n二行目です。\n")
	sjisBody := encode(t, japanese.ShiftJIS, "あいうえお\nテスト用のメールです。\n")
	sjisSubject := encode(t, japanese.ShiftJIS, "件名テスト")
	// One ISO-2022-JP string cut in the middle of its JIS X 0208 run, so
	// that neither half decodes on its own.
	jisLong := encode(t, japanese.ISO2022JP, "分割された件名")
	cut := 3 + 2*3 // ESC $ B, then three 2-byte characters

	return []tableCase{
		{
			name: "utf8 plain",
			raw: msg(
				"Return-Path: <bounce@example.org>",
				"Delivered-To: inbox@example.net",
				"Delivered-To: alias@example.net",
				"Received: from mx.example.org by mx.example.net; Mon, 2 Jun 2025 10:00:00 +0000",
				"Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.org",
				"Authentication-Results: mx.example.net; dkim=pass header.d=example.org",
				"From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.org>",
				"To: Team <team@example.net>, other@example.net",
				"Cc: \"Doe, Jane\" <jane@example.net>",
				"Reply-To: replies@example.org",
				"Subject: =?UTF-8?B?"+b64("Zertifikat läuft ab ✓")+"?=",
				"Date: Mon, 2 Jun 2025 12:00:00 +0200",
				"Message-ID: <abc.123@example.org>",
				"MIME-Version: 1.0",
				"Content-Type: text/plain; charset=utf-8",
				"Content-Transfer-Encoding: 8bit",
				"",
				"Grüße aus Köln,",
				"das Zertifikat läuft bald ab.",
				""),
			subject:   "Zertifikat läuft ab ✓",
			text:      "Grüße aus Köln,\ndas Zertifikat läuft bald ab.\n",
			checkText: true,
			check: func(t *testing.T, m *Message) {
				wantFrom := Address{Name: "Jörg Müller", Address: "joerg@example.org"}
				if m.From != wantFrom {
					t.Errorf("From = %+v, want %+v", m.From, wantFrom)
				}
				wantTo := []Address{{Name: "Team", Address: "team@example.net"}, {Address: "other@example.net"}}
				if !reflect.DeepEqual(m.To, wantTo) {
					t.Errorf("To = %+v, want %+v", m.To, wantTo)
				}
				wantCc := []Address{{Name: "Doe, Jane", Address: "jane@example.net"}}
				if !reflect.DeepEqual(m.Cc, wantCc) {
					t.Errorf("Cc = %+v, want %+v", m.Cc, wantCc)
				}
				if len(m.ReplyTo) != 1 || m.ReplyTo[0].Address != "replies@example.org" {
					t.Errorf("ReplyTo = %+v", m.ReplyTo)
				}
				if want := []string{"inbox@example.net", "alias@example.net"}; !reflect.DeepEqual(m.DeliveredTo, want) {
					t.Errorf("DeliveredTo = %q, want %q", m.DeliveredTo, want)
				}
				if m.MessageID != "abc.123@example.org" {
					t.Errorf("MessageID = %q", m.MessageID)
				}
				wantDate := time.Date(2025, 6, 2, 10, 0, 0, 0, time.UTC)
				if !m.Date.Equal(wantDate) {
					t.Errorf("Date = %v, want %v", m.Date, wantDate)
				}
				ar := m.Header["Authentication-Results"]
				if len(ar) != 2 || !strings.Contains(ar[0], "spf=pass") || !strings.Contains(ar[1], "dkim=pass") {
					t.Errorf("Authentication-Results = %q", ar)
				}
				if got := m.Header["Subject"]; len(got) != 1 || got[0] != "Zertifikat läuft ab ✓" {
					t.Errorf("Header[Subject] = %q", got)
				}
			},
		},
		{
			name: "iso-2022-jp subject and body",
			raw: msg(
				"From: "+word("ISO-2022-JP", encode(t, japanese.ISO2022JP, "山田太郎"))+" <taro@example.jp>",
				"To: hanako@example.jp",
				"Subject: "+word("ISO-2022-JP", jisSubject),
				"Date: Wed, 28 May 2014 17:18:19 +0900 (JST)",
				"Message-ID: <jp.1@example.jp>",
				"MIME-Version: 1.0",
				"Content-Type: text/plain; charset=ISO-2022-JP",
				"Content-Transfer-Encoding: 7bit",
				"",
				strings.ReplaceAll(jisBody, "\n", "\r\n")),
			subject:   "日本語の件名",
			text:      "こんにちは、世界。\n二行目です。\n",
			checkText: true,
			check: func(t *testing.T, m *Message) {
				if m.From.Name != "山田太郎" || m.From.Address != "taro@example.jp" {
					t.Errorf("From = %+v", m.From)
				}
			},
		},
		{
			name: "iso-2022-jp subject split across encoded words",
			raw: msg(
				"From: a@example.jp",
				"Subject: "+word("iso-2022-jp", jisLong[:cut]),
				" "+word("iso-2022-jp", jisLong[cut:]),
				"",
				"body"),
			subject: "分割された件名",
		},
		{
			name: "jis escapes without charset",
			raw: msg(
				"From: a@example.jp",
				"Subject: "+jisSubject, // raw JIS in the header too
				"MIME-Version: 1.0",
				"Content-Type: text/plain",
				"",
				strings.ReplaceAll(jisBody, "\n", "\r\n")),
			subject:   "日本語の件名",
			text:      "こんにちは、世界。\n二行目です。\n",
			checkText: true,
		},
		{
			name: "jis escapes labelled us-ascii, no content-type",
			raw: msg(
				"From: a@example.jp",
				"Subject: test",
				"",
				strings.ReplaceAll(jisBody, "\n", "\r\n")),
			text:      "こんにちは、世界。\n二行目です。\n",
			checkText: true,
		},
		{
			name: "shift_jis raw 8-bit body and subject",
			raw: msg(
				"From: xxxxxxx@docomo.ne.jp",
				"To: unknown@example.com",
				"Subject: "+sjisSubject,
				"MIME-Version: 1.0",
				"Content-Type: text/plain; charset=\"Shift_JIS\"",
				"Content-Transfer-Encoding: 8bit",
				"",
				strings.ReplaceAll(sjisBody, "\n", "\r\n")),
			subject:   "件名テスト",
			text:      "あいうえお\nテスト用のメールです。\n",
			checkText: true,
		},
		{
			name: "shift_jis encoded word and base64 body",
			raw: msg(
				"From: a@example.jp",
				"Subject: Re: "+word("Shift_JIS", sjisSubject),
				"Content-Type: text/plain; charset=cp932",
				"Content-Transfer-Encoding: base64",
				"",
				b64(sjisBody)),
			subject:   "Re: 件名テスト",
			text:      "あいうえお\nテスト用のメールです。\n",
			checkText: true,
		},
		{
			name: "base64 utf-8 body wrapped",
			raw: msg(
				"From: a@example.org",
				"Subject: =?utf-8?q?caf=C3=A9?=",
				"Content-Type: text/plain; charset=UTF-8",
				"Content-Transfer-Encoding: base64",
				"",
				b64("Line one\r\nLine two with ü\r\n")[:20],
				b64("Line one\r\nLine two with ü\r\n")[20:]),
			subject:   "café",
			text:      "Line one\nLine two with ü\n",
			checkText: true,
		},
		{
			name: "quoted-printable latin1",
			raw: msg(
				"From: a@example.org",
				"Subject: =?ISO-8859-1?Q?Nicolas_Fouch=E9?=",
				"Content-Type: text/plain; charset=ISO-8859-1",
				"Content-Transfer-Encoding: Quoted-printable",
				"",
				"Nicolas Fouch=E9 has accepted the=",
				" invitation.=20",
				"Bad escape =ZZ stays."),
			subject:   "Nicolas Fouché",
			text:      "Nicolas Fouché has accepted the invitation. \nBad escape =ZZ stays.",
			checkText: true,
		},
		{
			name: "multipart alternative with html only",
			raw: msg(
				"From: a@example.org",
				"Subject: html",
				"MIME-Version: 1.0",
				"Content-Type: multipart/alternative; boundary=\"b1\"",
				"",
				"This is a multi-part message in MIME format.",
				"",
				"--b1",
				"Content-Type: text/html; charset=utf-8",
				"Content-Transfer-Encoding: quoted-printable",
				"",
				"<html><head><title>T</title><style>p {color: red}</style>",
				"<script>alert('x')</script></head><body>",
				"<p>Hello&nbsp;<b>World</b> &amp; friends</p><div>second=",
				" line<br>third line</div>",
				"<!-- a comment -->",
				"<p>caf&eacute; &#x2713; 1 &lt; 2</p></body></html>",
				"--b1--",
				""),
			text:      "Hello World & friends\n\nsecond line\nthird line\n\ncafé ✓ 1 < 2",
			checkText: true,
		},
		{
			name: "plain preferred over html, attachment skipped",
			raw: msg(
				"From: a@example.org",
				"Subject: mixed",
				"Content-Type: multipart/mixed; boundary=outer",
				"",
				"--outer",
				"Content-Type: text/plain; name=notes.txt",
				"Content-Disposition: attachment; filename=notes.txt",
				"",
				"attached file, not the body",
				"--outer",
				"Content-Type: multipart/alternative; boundary=inner",
				"",
				"--inner",
				"Content-Type: text/plain; charset=us-ascii",
				"",
				"the plain body",
				"--inner",
				"Content-Type: text/html",
				"",
				"<p>the html body</p>",
				"--inner--",
				"--outer--"),
			text:      "the plain body",
			checkText: true,
		},
		{
			name: "nested rfc822 not descended",
			raw: msg(
				"From: mailer-daemon@example.org",
				"Subject: forwarded",
				"Content-Type: multipart/mixed; boundary=x",
				"",
				"--x",
				"Content-Type: message/rfc822",
				"",
				"From: inner@example.org",
				"Subject: inner",
				"",
				"inner text",
				"--x--"),
			text:      "",
			checkText: true,
		},
		{
			name: "broken boundary is guessed",
			raw: msg(
				"From: a@example.org",
				"Subject: broken",
				"Content-Type: multipart/alternative; boundary=\"declared-but-unused\"",
				"",
				"preamble",
				"--actual-boundary",
				"Content-Type: text/plain; charset=utf-8",
				"",
				"found it",
				"--actual-boundary",
				"Content-Type: text/html",
				"",
				"<p>html</p>",
				"--actual-boundary--"),
			text:      "found it",
			checkText: true,
		},
		{
			name: "unquoted illegal boundary, lf endings, no close delimiter",
			raw: []byte("From: a@example.org\nSubject: lf\n" +
				"Content-Type: multipart/alternative; boundary=----=_NextPart_000_0093_01C8\n\n" +
				"------=_NextPart_000_0093_01C8\nContent-Type: text/plain; charset=iso-8859-1\n" +
				"Content-Transfer-Encoding: quoted-printable\n\nHello=20there\n" +
				"------=_NextPart_000_0093_01C8\nContent-Type: text/html\n\n<p>truncated"),
			text:      "Hello there",
			checkText: true,
		},
		{
			name: "multipart without boundary keeps the text",
			raw: msg(
				"From: a@example.org",
				"Subject: no boundary",
				"Content-Type: multipart/mixed",
				"",
				"just some text"),
			text:      "just some text",
			checkText: true,
		},
		{
			name: "bad base64 and unknown charset",
			raw: msg(
				"From: a@example.org",
				"Subject: =?x-no-such-charset?Q?abc?= =?utf-8?B?!!!?=",
				"Content-Type: text/plain; charset=x-no-such-charset",
				"Content-Transfer-Encoding: base64",
				"",
				b64("readable")+"*&^%",
				"-- ",
				"List footer appended in clear text"),
			subject:   "abc",
			text:      "readable\nList footer appended in clear text\n",
			checkText: true,
		},
		{
			name: "invalid utf-8 is replaced",
			raw: msg(
				"From: a@example.org",
				"Subject: Forma\xe7\xe3o",
				"Content-Type: text/plain; charset=utf-8",
				"",
				"bad \xff\xfe bytes"),
			subject:   "Forma\uFFFDo",
			text:      "bad \uFFFD bytes",
			checkText: true,
		},
		{
			name: "utf-7 body",
			raw: msg(
				"From: a@example.org",
				"Subject: utf7",
				"Content-Type: text/plain; charset=UTF-7",
				"",
				"Hi Mom -+Jjo--! A+ImIDkQ. 1 +- 1"),
			text:      "Hi Mom -☺-! A≢Α. 1 + 1",
			checkText: true,
		},
		{
			name: "threading headers",
			raw: msg(
				"From: a@example.org",
				"Subject: Re: Re: thread",
				"Message-ID: < spaced@example.org > (comment)",
				"In-Reply-To: <parent@example.org> (John's message of \"Mon <fake@x>\")",
				" <other@example.org>",
				"References: <root@example.org>",
				"\t<mid@example.org>   <parent@example.org>",
				"References: <broken.   ",
				" id@example.org>, <root@example.org>",
				"",
				"body"),
			check: func(t *testing.T, m *Message) {
				if m.MessageID != "spaced@example.org" {
					t.Errorf("MessageID = %q", m.MessageID)
				}
				if want := []string{"parent@example.org", "other@example.org"}; !reflect.DeepEqual(m.InReplyTo, want) {
					t.Errorf("InReplyTo = %q, want %q", m.InReplyTo, want)
				}
				want := []string{"root@example.org", "mid@example.org", "parent@example.org", "broken.id@example.org"}
				if !reflect.DeepEqual(m.References, want) {
					t.Errorf("References = %q, want %q", m.References, want)
				}
			},
		},
		{
			name: "threading headers without brackets",
			raw: msg(
				"From: a@example.org",
				"Subject: x",
				"Message-Id: bare-id@example.org",
				"In-Reply-To: someone@example.org",
				"References: one@example.org, two@example.org",
				"",
				"body"),
			check: func(t *testing.T, m *Message) {
				if m.MessageID != "bare-id@example.org" {
					t.Errorf("MessageID = %q", m.MessageID)
				}
				if want := []string{"someone@example.org"}; !reflect.DeepEqual(m.InReplyTo, want) {
					t.Errorf("InReplyTo = %q", m.InReplyTo)
				}
				if want := []string{"one@example.org", "two@example.org"}; !reflect.DeepEqual(m.References, want) {
					t.Errorf("References = %q", m.References)
				}
			},
		},
		{
			name: "broken addresses and mbox line",
			raw: msg(
				"From MAILER-DAEMON Mon Jun  2 10:00:00 2025",
				"From: MAILER-DAEMON (Mail Delivery System)",
				"To: , user@example.com, \"Broken\" <>, Name <ok@example.com",
				"Cc: undisclosed-recipients:;",
				"Bad Header Line: dropped",
				"Subject: bounce",
				"Date: not a date",
				"",
				"text"),
			subject:   "bounce",
			text:      "text",
			checkText: true,
			check: func(t *testing.T, m *Message) {
				if m.From != (Address{Name: "Mail Delivery System", Address: "MAILER-DAEMON"}) {
					t.Errorf("From = %+v", m.From)
				}
				want := []Address{{Address: "user@example.com"}, {Name: "Name", Address: "ok@example.com"}}
				if !reflect.DeepEqual(m.To, want) {
					t.Errorf("To = %+v, want %+v", m.To, want)
				}
				if len(m.Cc) != 0 {
					t.Errorf("Cc = %+v", m.Cc)
				}
				if !m.Date.IsZero() {
					t.Errorf("Date = %v, want zero", m.Date)
				}
				if _, ok := m.Header["Bad Header Line"]; ok {
					t.Errorf("malformed field kept")
				}
			},
		},
		{
			name:      "bom and leading blank line",
			raw:       append([]byte("\xef\xbb\xbf\r\n"), msg("From: a@example.org", "Subject: bom", "", "text")...),
			subject:   "bom",
			text:      "text",
			checkText: true,
		},
		{
			name: "missing blank line after header",
			raw: msg(
				"From: a@example.org",
				"Subject: no separator",
				"Hello, this is the body.",
				"Second line."),
			subject:   "no separator",
			text:      "Hello, this is the body.\nSecond line.",
			checkText: true,
		},
	}
}

func TestParseTable(t *testing.T) {
	for _, tc := range tableCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			m, err := parse(tc.raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkValid(t, m, len(tc.raw))
			if tc.subject != "" && m.Subject != tc.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tc.subject)
			}
			if tc.checkText && m.Text != tc.text {
				t.Errorf("Text = %q, want %q", m.Text, tc.text)
			}
			if tc.check != nil {
				tc.check(t, m)
			}
		})
	}
}

func TestParseInvalid(t *testing.T) {
	for _, raw := range []string{
		"",
		" \r\n\t\r\n",
		"\r\n\r\nbody without header",
		"just a line of text\nand another\n",
		"   indented: first line\n",
	} {
		m, err := Parse([]byte(raw))
		if !errors.Is(err, ErrInvalid) || m != nil {
			t.Errorf("Parse(%q) = %v, %v; want nil, ErrInvalid", raw, m, err)
		}
	}
}

func TestParseDepthLimit(t *testing.T) {
	nested := func(levels int) []byte {
		var b strings.Builder
		b.WriteString("From: a@example.org\r\nSubject: deep\r\n")
		for i := 0; i < levels; i++ {
			fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i)
		}
		b.WriteString("Content-Type: text/plain\r\n\r\ndeep text\r\n")
		for i := levels - 1; i >= 0; i-- {
			fmt.Fprintf(&b, "--b%d--\r\n", i)
		}
		return []byte(b.String())
	}
	depth := DefaultLimits.MaxDepth
	m, err := parse(nested(depth))
	if err != nil || m.Text != "deep text" {
		t.Fatalf("%d levels: Text = %q, err %v; want the text", depth, m.Text, err)
	}
	for _, levels := range []int{depth + 1, 5000} {
		if _, err := parse(nested(levels)); !errors.Is(err, ErrLimit) || !errors.Is(err, ErrInvalid) {
			t.Fatalf("%d levels: err %v; want ErrLimit", levels, err)
		}
	}
	if _, err := ParseLimited(nested(depth), Limits{MaxDepth: 3, MaxHeaderFields: 100, MaxHeaderBytes: 1000}); !errors.Is(err, ErrLimit) {
		t.Fatalf("%d levels under a limit of 3: err %v; want ErrLimit", depth, err)
	}
}

func TestParseHeaderLimits(t *testing.T) {
	lim := Limits{MaxDepth: 5, MaxHeaderFields: 10, MaxHeaderBytes: 200}
	fields := func(n int) []byte {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "X-Field-%d: v\r\n", i)
		}
		return []byte("From: a@example.org\r\n" + b.String() + "\r\nbody\r\n")
	}
	if _, err := ParseLimited(fields(9), lim); err != nil {
		t.Fatalf("10 fields under a limit of 10: %v", err)
	}
	if _, err := ParseLimited(fields(10), lim); !errors.Is(err, ErrLimit) {
		t.Fatalf("11 fields under a limit of 10: err %v; want ErrLimit", err)
	}
	// A long field counts its folded lines too; in a part as at the top.
	folded := "Subject: " + strings.Repeat("word \r\n ", 40) + "end\r\n"
	if _, err := ParseLimited([]byte("From: a@example.org\r\n"+folded+"\r\nbody"), lim); !errors.Is(err, ErrLimit) {
		t.Fatalf("a folded %d-byte subject under a limit of 200: err %v; want ErrLimit", len(folded), err)
	}
	inPart := "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
		"Content-Type: text/plain; name=\"" + strings.Repeat("x", 300) + "\"\r\n\r\ntext\r\n--b--\r\n"
	if _, err := ParseLimited([]byte(inPart), lim); !errors.Is(err, ErrLimit) {
		t.Fatalf("a 300-byte part header under a limit of 200: err %v; want ErrLimit", err)
	}
	if m, err := ParseLimited([]byte("From: a@example.org\r\nSubject: short\r\n\r\nbody"), lim); err != nil || m.Subject != "short" {
		t.Fatalf("a small message: %v", err)
	}
}

func TestParseEnclosed(t *testing.T) {
	raw := "From: person@corp.example\r\nSubject: Fwd: merge\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nSee the attached mail from AWS.\r\n" +
		"--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString([]byte("From: desk@aws.example\r\nSubject: inner\r\n\r\ninner text\r\n")) + "\r\n--b--\r\n"
	m, err := parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "See the attached mail from AWS." {
		t.Errorf("Text = %q", m.Text)
	}
	inner, err := parse(m.Enclosed)
	if err != nil || inner.From.Address != "desk@aws.example" || strings.TrimSpace(inner.Text) != "inner text" {
		t.Fatalf("enclosed %q: %+v, %v", m.Enclosed, inner, err)
	}
}

// TestParseLinear feeds inputs built to trigger quadratic behaviour; each
// must finish quickly (the limit is generous, linear code takes ms). The
// limits are lifted so that the parser itself, not a limit, meets the input.
func TestParseLinear(t *testing.T) {
	unlimited := Limits{MaxDepth: 1 << 20, MaxHeaderFields: 1 << 30, MaxHeaderBytes: 1 << 30}
	const n = 200000
	inputs := map[string][]byte{
		"unterminated encoded words": []byte("From: a@b.c\r\nSubject: " + strings.Repeat("=?utf-8?q?", n) + "\r\n\r\nx"),
		"encoded words":              []byte("From: a@b.c\r\nSubject: " + strings.Repeat("=?utf-8?q?a?= ", n) + "\r\n\r\nx"),
		"html quotes":                []byte("From: a@b.c\r\nContent-Type: text/html\r\n\r\n" + strings.Repeat("<a b='x>", n)),
		"html unclosed":              []byte("From: a@b.c\r\nContent-Type: text/html\r\n\r\n" + strings.Repeat("<script>", n)),
		"html breaks": []byte("From: a@b.c\r\nContent-Type: text/html\r\n\r\n" +
			strings.Repeat("<br>", n) + strings.Repeat("<td>", n) + strings.Repeat("<div>", n)),
		"many parts": []byte("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			strings.Repeat("--b\r\nContent-Type: image/png\r\n\r\nx\r\n", n)),
		"many fields":  []byte(strings.Repeat("X-A: b\r\n", n) + "\r\nbody"),
		"comments":     []byte("From: a@b.c\r\nIn-Reply-To: " + strings.Repeat("(", n) + "\r\nReferences: " + strings.Repeat("<", n) + "\r\n\r\nx"),
		"address list": []byte("From: a@b.c\r\nTo: " + strings.Repeat("x <y@z>, ", n) + "\r\n\r\nx"),
	}
	for name, raw := range inputs {
		start := time.Now()
		m, err := parseLimited(raw, unlimited)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkValid(t, m, len(raw))
		d := time.Since(start)
		if d > 5*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		t.Logf("%s: %d bytes in %v", name, len(raw), d)
	}
}

func TestNormalizeMessageID(t *testing.T) {
	for in, want := range map[string]string{
		"<a@b>":       "a@b",
		"  <a@b>  ":   "a@b",
		"a@b":         "a@b",
		"<<a@b>>":     "a@b",
		"< a@b >\r\n": "a@b",
		"":            "",
	} {
		if got := NormalizeMessageID(in); got != want {
			t.Errorf("NormalizeMessageID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLToText(t *testing.T) {
	for in, want := range map[string]string{
		"a<br>b<br/>c":                             "a\nb\nc",
		"<p>one</p><p>two</p>":                     "one\n\ntwo",
		"x <STYLE>p{}</STYLE>y<SCRIPT>s</SCRIPT>z": "x yz",
		"a < b and c > d":                          "a < b and c > d",
		"<a href=\"x>y\">link</a> text":            "link text",
		"&lt;tag&gt; &quot;q&quot; &#39;s&#39;":    "<tag> \"q\" 's'",
		"<pre>  keep\n  this</pre>":                "keep\nthis",
		"<p class=don't>text</p>":                  "text",
		"unclosed <!-- comment":                    "unclosed",
		"<div>a</div><div>b</div>":                 "a\nb",
		// Quoted text is marked as quoted, so it is never own words.
		"<p>Yes</p><blockquote>Can you see them?<br>Reply yes or no</blockquote>after": "Yes\n\n> Can you see them?\n> Reply yes or no\nafter",
		"はい<div class=\"gmail_quote\"><div>2026年12月1日 CertFlow:</div>表示されていますか</div>":  "はい\n> 2026年12月1日 CertFlow:\n> 表示されていますか",
		"提出しました<div id=\"divRplyFwdMsg\"><b>From:</b> AWS<br><b>Sent:</b> x</div>":     "提出しました\n> From: AWS\n> Sent: x",
	} {
		if got := htmlToText(in); got != want {
			t.Errorf("htmlToText(%q) = %q, want %q", in, got, want)
		}
	}
}

// checkValid asserts the invariants every parsed message must meet.
func checkValid(t testing.TB, m *Message, size int) {
	t.Helper()
	if m == nil {
		t.Fatalf("nil message without error")
	}
	if m.Size != size {
		t.Errorf("Size = %d, want %d", m.Size, size)
	}
	check := func(what, s string) {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", what, s)
		}
	}
	check("Subject", m.Subject)
	check("Text", m.Text)
	check("MessageID", m.MessageID)
	for _, s := range m.InReplyTo {
		check("InReplyTo", s)
	}
	for _, s := range m.References {
		check("References", s)
	}
	for _, s := range m.DeliveredTo {
		check("DeliveredTo", s)
	}
	addrs := append([]Address{m.From}, m.ReplyTo...)
	addrs = append(addrs, m.To...)
	addrs = append(addrs, m.Cc...)
	for _, a := range addrs {
		check("Address.Name", a.Name)
		check("Address.Address", a.Address)
	}
	for k, vs := range m.Header {
		check("Header key", k)
		for _, v := range vs {
			check("Header["+k+"]", v)
		}
	}
}

// An encoded CR or LF in a Subject must not reach a reply's header.
func TestDecodedSubjectHasNoLineBreaks(t *testing.T) {
	m, err := Parse([]byte("From: a@b.example\r\nSubject: =?utf-8?q?RE:[CASE_1234567890]=0D=0ABcc:_x@evil.example?=\r\n\r\nhi"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(m.Subject, "\r\n\x00") || m.Subject != "RE:[CASE 1234567890]  Bcc: x@evil.example" {
		t.Fatalf("Subject = %q", m.Subject)
	}
}

// A mail without a Message-ID is named by its header: the same header (with
// either line ending) gives the same name, another header another, and the
// body does not count.
func TestHeaderIDNamesAMailByItsHeader(t *testing.T) {
	a := "From: a@example.com\r\nSubject: hi\r\n\r\nbody one\r\n"
	lf := "From: a@example.com\nSubject: hi\n\nbody two\n"
	b := "From: a@example.com\r\nSubject: hi!\r\n\r\nbody one\r\n"
	if HeaderID([]byte(a)) != HeaderID([]byte(lf)) {
		t.Fatalf("same header, other line endings and body: %s, %s", HeaderID([]byte(a)), HeaderID([]byte(lf)))
	}
	if HeaderID([]byte(a)) == HeaderID([]byte(b)) {
		t.Fatalf("another header, the same name %s", HeaderID([]byte(a)))
	}
	if id := HeaderID([]byte(a)); !strings.HasPrefix(id, "header-") || !strings.HasSuffix(id, "@no-message-id.invalid") {
		t.Fatalf("name %q", id)
	}
}
