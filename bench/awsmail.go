package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/mail/correlate"
)

// awsMail is one mail the bench injects as if AWS had sent it.
type awsMail struct {
	caseID string
	from   string // envelope sender
	rcpt   string // envelope recipient
	raw    []byte
}

// awsConsentMail builds the mail AWS Training and Certification sends to ask
// for the requester's consent, in the case's thread: In-Reply-To and
// References name the case's request, and it is addressed to the case's
// plus-address. It is the only place the bench builds mail that claims to
// come from AWS.
//
// certflow moves a case on AWS mail only when its sender is authenticated:
// the mail is DKIM-signed with the simulated desk's dev key, and the bench's
// SMTP server verifies it and adds "Authentication-Results: devstack.test;
// …", which the worker trusts, as in the dev stack.
// request is the Message-ID of the case's request as it was sent.
func awsConsentMail(caseID, request, certsMailbox, awsAddress string, n int) awsMail {
	_, awsDomain, _ := strings.Cut(awsAddress, "@")
	to := correlate.ReplyAddress(certsMailbox, caseID)
	awsCase := fmt.Sprintf("%010d", 1_000_000_000+n)
	var b strings.Builder
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	h("From", "AWS Training and Certification <"+awsAddress+">")
	h("To", "<"+to+">")
	h("Subject", "RE:[CASE "+awsCase+"] [AWS Training and Certification Form Submission] - account-assistance")
	h("Date", time.Now().Format(time.RFC1123Z))
	h("Message-ID", "<"+benchConsentID(caseID, awsDomain)+">")
	h("In-Reply-To", "<"+request+">")
	h("References", "<"+request+">")
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=UTF-8")
	h("Content-Transfer-Encoding", "8bit")
	b.WriteString("\r\n")
	// AWS names the accounts: a case acts only on a consent request about its own.
	text := awsdesk.ConsentRequestText + "\n\nAccounts: " + benchSource(n) + " and " + benchTarget(n) + "\n"
	b.WriteString(strings.ReplaceAll(text, "\n", "\r\n"))
	signed, err := awsdesk.Sign([]byte(b.String()), awsDomain)
	if err != nil {
		panic(err) // the dev key and a well-formed message: cannot fail
	}
	return awsMail{caseID: caseID, from: awsAddress, rcpt: to, raw: signed}
}

// benchSource and benchTarget are the accounts of the bench's n-th case.
func benchSource(n int) string { return fmt.Sprintf("person%d@personal.example", n) }
func benchTarget(n int) string { return fmt.Sprintf("person%d@corp.example", n) }

// benchConsentID is the Message-ID of the consent request the bench injects
// for a case; the delivery hook recognises it.
func benchConsentID(caseID, awsDomain string) string {
	return "bench.consent." + caseID + "@" + awsDomain
}

// fillerMail is an old, already handled mail for the catch-up mailboxes:
// about the size of a real AWS answer, in no running case's thread.
func fillerMail(certsMailbox string, i int) []byte {
	var b strings.Builder
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	h("From", "Someone <someone"+fmt.Sprint(i%97)+"@old.example>")
	h("To", "<"+certsMailbox+">")
	h("Subject", fmt.Sprintf("Old mail %d", i))
	h("Date", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z))
	h("Message-ID", fmt.Sprintf("<old.%d@old.example>", i))
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=UTF-8")
	b.WriteString("\r\n")
	for l := 0; l < 12; l++ {
		b.WriteString("This mail was handled long ago and stays in the folder, flagged as seen.\r\n")
	}
	return []byte(b.String())
}
