package triage

import (
	"context"
	"testing"
)

// TestAQuotedThreadIsNoForward: a person who answers certflow's question
// quotes its mail, and certflow's mail may itself hold AWS's, under a
// divider of its own. That AWS mail is the thread's history, not a mail
// the person forwarded: the reply stays the person's (here unread, so for
// the operator), never AWS's consent request. What marks the thread: an
// attribution ("On … wrote:", 「…のメール:」) above the divider, or a first
// quoted header block that names no address (Outlook inside one company
// writes only the display name), beneath which only older mail lies.
func TestAQuotedThreadIsNoForward(t *testing.T) {
	tr := triager(t)
	head := "From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\n" +
		"Subject: RE: AWS asks whether your accounts may be merged\r\n\r\n" +
		"I need to think about this over the weekend.\r\n\r\n"
	awsBlock := "From: AWS Support <support@amazon.com>\r\nSent: Tuesday, November 24, 2026 3:12 PM\r\n" +
		"Subject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody
	threads := map[string]string{
		"Outlook, certflow named without an address": "-----Original Message-----\r\nFrom: Certs Assistant\r\n" +
			"Sent: Wednesday, November 25, 2026 9:00 AM\r\nSubject: AWS asks whether your accounts may be merged\r\n\r\n" +
			"AWS wrote to us, see below.\r\n\r\n-----Original Message-----\r\n" + awsBlock,
		"Outlook, a rule over the block, no divider": "________________________________\r\n" +
			"From: Certs Assistant <certs+merge-20261125-abcdef@corp.example>\r\nSent: Wednesday, November 25, 2026 9:00 AM\r\n" +
			"To: Taro <taro@corp.example>\r\nSubject: AWS asks whether your accounts may be merged\r\n\r\n" +
			"AWS wrote to us, see below.\r\n\r\n-----Original Message-----\r\n" + awsBlock,
		"Japanese Outlook block, no divider": "差出人: Certs Assistant <certs+merge-20261125-abcdef@corp.example>\r\n" +
			"送信日時: 2026年11月25日 9:00\r\n宛先: Taro <taro@corp.example>\r\n件名: AWS asks\r\n\r\n" +
			"AWSから以下の連絡がありました。\r\n\r\n-----元のメッセージ-----\r\n" + awsBlock,
		"Gmail attribution over a quoted forward": "On Wed, Nov 25, 2026 at 9:00 AM Certs Assistant " +
			"<certs+merge-20261125-abcdef@corp.example> wrote:\r\n> AWS wrote to us, see below.\r\n>\r\n" +
			"> ---------- Forwarded message ---------\r\n> " + awsBlock,
		"Japanese attribution over a quoted forward": "2026年11月25日(水) 9:00 Certs Assistant " +
			"<certs+merge-20261125-abcdef@corp.example>:\r\n> AWSから以下の連絡がありました。\r\n>\r\n" +
			"> ---------- 転送メッセージ ----------\r\n> " + awsBlock,
	}
	for name, thread := range threads {
		r := tr.Read(context.Background(), []byte(head+thread))
		if r.Forwarded != nil || isAWSKind(r.Kind) {
			t.Errorf("%s: kind %s, forwarded %v; want the person's own reply, no forward", name, r.Kind, r.Forwarded != nil)
		}
	}
}

// TestAForwardStillUnwraps: the same AWS mail forwarded by the person (a
// divider in their own part, with or without words above it, quoted with
// ">" by the mailer or not) is still AWS's mail for the operator to vouch for.
func TestAForwardStillUnwraps(t *testing.T) {
	tr := triager(t)
	head := "From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\n" +
		"Subject: Fw: [CASE 1234567890] merge\r\n\r\n"
	awsBlock := "From: AWS Support <support@amazon.com>\r\nDate: Tue, 24 Nov 2026 15:12:00 +0000\r\n" +
		"Subject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody
	for name, body := range map[string]string{
		"Gmail, words above": "FYI, this came in for my case.\r\n\r\n---------- Forwarded message ---------\r\n" + awsBlock,
		"Outlook, no words":  "-----Original Message-----\r\n" + awsBlock,
		"Apple Mail, quoted": "Begin forwarded message:\r\n\r\n> " + awsBlock,
		"Japanese Gmail, 転送": "転送します。\r\n\r\n---------- 転送メッセージ ----------\r\n" + awsBlock,
	} {
		r := tr.Read(context.Background(), []byte(head+body))
		if r.Forwarded == nil || r.Authenticated {
			t.Errorf("%s: kind %s, forwarded %v; want AWS's forwarded mail, unauthenticated", name, r.Kind, r.Forwarded != nil)
		}
	}
}
