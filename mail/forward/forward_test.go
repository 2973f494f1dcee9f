package forward

import (
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/message"
)

const consent = "Please reply to this email to confirm that you would like to merge these accounts."

func TestUnwrapInline(t *testing.T) {
	cases := map[string]string{
		"gmail": "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <no-reply@amazon.com>\nDate: Mon, Nov 23, 2026 at 10:00 AM\n" +
			"Subject: RE:[CASE 1234567890] merge\nTo: <taro@corp.example>\n\n" + consent + "\n",
		"gmail ja": "転送します。\n\n---------- 転送メッセージ ---------\n差出人: AWS Training and Certification <no-reply@amazon.com>\nDate: 2026年11月23日(月) 10:00\n" +
			"Subject: RE:[CASE 1234567890] merge\nTo: <taro@corp.example>\n\n" + consent + "\n",
		"outlook": "\n\n-----Original Message-----\nFrom: AWS Training and Certification [mailto:no-reply@amazon.com]\nSent: Monday, November 23, 2026 10:00 AM\n" +
			"To: Taro <taro@corp.example>\nSubject: RE:[CASE 1234567890] merge\n\n" + consent + "\n",
		"apple mail, quoted": "Look:\n\nBegin forwarded message:\n\n> From: AWS Training and Certification <no-reply@amazon.com>\n> Subject: RE:[CASE 1234567890] merge\n" +
			"> Date: November 23, 2026 at 10:00:00 JST\n> To: taro@corp.example\n> \n> " + consent + "\n",
		"outlook html as text": "________________________________\n*From:* AWS Training and Certification <no-reply@amazon.com>\n*Sent:* Monday\n" +
			"*Subject:* RE:[CASE 1234567890] merge\n\n-------- Original Message --------\nFrom: no-reply@amazon.com\nSubject: RE:[CASE 1234567890] merge\n\n" + consent,
	}
	for name, text := range cases {
		inner := Unwrap(&message.Message{From: message.Address{Address: "taro@corp.example"}, Text: text}, message.DefaultLimits)
		if inner == nil {
			t.Errorf("%s: nothing unwrapped", name)
			continue
		}
		if inner.From.Address != "no-reply@amazon.com" || inner.Subject != "RE:[CASE 1234567890] merge" || !strings.Contains(inner.Text, consent) {
			t.Errorf("%s: from %q subject %q text %q", name, inner.From.Address, inner.Subject, inner.Text)
		}
	}
}

func TestUnwrapNothing(t *testing.T) {
	for name, text := range map[string]string{
		"plain reply":          "Yes, please go ahead.\n\nOn Mon, AWS wrote:\n> " + consent,
		"divider without From": "---------- Forwarded message ---------\nno header here\n" + consent,
		"words in a sentence":  "I have not forwarded message to anyone.\nFrom: me",
	} {
		if inner := Unwrap(&message.Message{Text: text}, message.DefaultLimits); inner != nil {
			t.Errorf("%s: unwrapped %+v", name, inner)
		}
	}
}

func TestUnwrapAttached(t *testing.T) {
	raw := "From: taro@corp.example\r\nSubject: Fwd: merge\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
		"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: AWS <no-reply@amazon.com>\r\nSubject: RE:[CASE 1234567890] merge\r\nMessage-ID: <inner@amazon.com>\r\n\r\n" + consent + "\r\n--b--\r\n"
	m, err := message.Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	inner := Unwrap(m, message.DefaultLimits)
	if inner == nil || inner.From.Address != "no-reply@amazon.com" || inner.MessageID != "inner@amazon.com" || !strings.Contains(inner.Text, consent) {
		t.Fatalf("unwrapped %+v", inner)
	}
}
