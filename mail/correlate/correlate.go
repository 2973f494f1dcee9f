// Package correlate finds which case a mail belongs to, from the marks
// certflow leaves on its own mail: the Message-IDs it sends (which replies
// cite in In-Reply-To and References), the plus-address it asks replies to go
// to, and the AWS "[CASE n]" subject token.
package correlate

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/certflow/certflow/mail/message"
)

// messageIDPrefix starts the local part of every Message-ID certflow makes.
const messageIDPrefix = "certflow."

// caseIDPattern is what a case ID may be: it must survive as the tag of a
// plus-address and inside a Message-ID, and mail systems may lower-case both.
var caseIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,62}$`)

// stepPattern is what a mail step may be: no dots, so a Message-ID splits
// unambiguously.
var stepPattern = regexp.MustCompile(`^[a-z0-9_-]{1,64}$`)

// awsCasePattern finds AWS's case number token, "[CASE 1234567890]".
var awsCasePattern = regexp.MustCompile(`(?i)\[\s*CASE\s*#?\s*(\d{5,20})\s*\]`)

// ValidCaseID reports whether id can name a case.
func ValidCaseID(id string) error {
	if !caseIDPattern.MatchString(id) {
		return fmt.Errorf("case ID %q: use 1 to 63 lower-case letters, digits, '-' or '_', "+
			"starting with a letter or digit", id)
	}
	return nil
}

// runPattern is what a run token may be (see RunMessageID).
var runPattern = regexp.MustCompile(`^[a-z0-9]{1,32}$`)

// MessageID returns the Message-ID (without angle brackets) of the mail a
// case sent at step before Message-IDs named the case's run:
// certflow.<step>.<case>@<domain>. Cases started since use RunMessageID.
func MessageID(caseID, step, domain string) string {
	return RunMessageID(caseID, step, "", domain)
}

// RunMessageID returns the Message-ID (without angle brackets) of the mail a
// case sends at step: certflow.<step>.<case>.<run>@<domain>, where run is
// the token of the case's start (a case ID used again later is another
// run, so its mail and thread are its own); an empty run gives the format
// of cases started before tokens. The same inputs give the same ID, which is
// what lets a retried send be recognised.
func RunMessageID(caseID, step, run, domain string) string {
	if run != "" {
		caseID += "." + run
	}
	return messageIDPrefix + step + "." + caseID + "@" + strings.ToLower(domain)
}

// CaseFromMessageID returns the case named by one of certflow's Message-IDs,
// made for the mail domain domain: an ID of the same shape under any other
// domain was not made by certflow and names nothing.
func CaseFromMessageID(id, domain string) (string, bool) {
	caseID, _, ok := ParseMessageID(id, domain)
	return caseID, ok
}

// ParseMessageID returns the case and the run token named by one of
// certflow's Message-IDs made for domain; run is "" for the format without
// a token (see RunMessageID).
func ParseMessageID(id, domain string) (caseID, run string, ok bool) {
	local, idDomain, found := strings.Cut(message.NormalizeMessageID(id), "@")
	if !found || domain == "" || !strings.EqualFold(idDomain, domain) {
		return "", "", false
	}
	rest, found := strings.CutPrefix(strings.ToLower(local), messageIDPrefix)
	if !found {
		return "", "", false
	}
	step, rest, found := strings.Cut(rest, ".")
	if !found || !stepPattern.MatchString(step) {
		return "", "", false
	}
	// Case IDs have no dots, so a second dot can only start the token.
	caseID, run, hasRun := strings.Cut(rest, ".")
	if ValidCaseID(caseID) != nil || (hasRun && !runPattern.MatchString(run)) {
		return "", "", false
	}
	return caseID, run, true
}

// stepOf returns the step of one of certflow's Message-IDs, which
// ParseMessageID has accepted.
func stepOf(id string) string {
	local, _, _ := strings.Cut(message.NormalizeMessageID(id), "@")
	step, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(local), messageIDPrefix), ".")
	return step
}

// ReplyAddress is the plus-address that brings replies about caseID back to
// the mailbox at address.
func ReplyAddress(address, caseID string) string {
	local, domain, _ := strings.Cut(address, "@")
	return local + "+" + caseID + "@" + domain
}

// CaseFromAddress returns the case named by a plus-address of mailbox.
func CaseFromAddress(addr, mailbox string) (string, bool) {
	local, domain, ok := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	wantLocal, wantDomain, _ := strings.Cut(strings.ToLower(mailbox), "@")
	if !ok || domain != wantDomain {
		return "", false
	}
	tag, ok := strings.CutPrefix(local, wantLocal+"+")
	if !ok || ValidCaseID(tag) != nil {
		return "", false
	}
	return tag, true
}

// AwsCase returns the AWS case number in a subject, if there is one.
func AwsCase(subject string) string {
	if m := awsCasePattern.FindStringSubmatch(subject); m != nil {
		return m[1]
	}
	return ""
}

// Match is what a mail says about its case.
type Match struct {
	// CaseID is the case the mail names, or "" when it names none.
	CaseID string
	// Run is the run token of the Message-ID that named the case, "" for
	// an ID without one or when no Message-ID named it (By "address"): a
	// case checks it against its own, so mail of an earlier run of the same
	// case ID does not move it.
	Run string
	// By says which mark named it: "in-reply-to", "references" or "address".
	By string
	// Field is the header field that held the mark (lower case): By, or
	// "to", "cc" or "delivered-to" when By is "address". Delivered-To is
	// written by the receiving server, never signed by the sender.
	Field string
	// AwsCase is the AWS case number from the subject, "" when absent. A mail
	// with only this is matched by the case that learned the number.
	AwsCase string
	// Step is the step of the case's mail that the Message-ID which named
	// the case was made for ("steps", "verify-1", "form"), "" when no
	// Message-ID named it: a person's reply answers the question of that
	// mail, not whatever the case asks next.
	Step string
}

// Find reads the marks of m. mailbox is certflow's own address. The thread
// headers come first: they name the exact mail being answered, whereas a
// plus-address may be copied by hand.
func Find(m *message.Message, mailbox string) Match {
	out := Match{AwsCase: AwsCase(m.Subject)}
	_, domain, _ := strings.Cut(mailbox, "@")
	for _, id := range m.InReplyTo {
		if c, run, ok := ParseMessageID(id, domain); ok {
			out.CaseID, out.Run, out.By, out.Field, out.Step = c, run, "in-reply-to", "in-reply-to", stepOf(id)
			return out
		}
	}
	for i := len(m.References) - 1; i >= 0; i-- {
		if c, run, ok := ParseMessageID(m.References[i], domain); ok {
			out.CaseID, out.Run, out.By, out.Field = c, run, "references", "references"
			out.Step = stepOf(m.References[i])
			return out
		}
	}
	type mark struct{ addr, field string }
	var addrs []mark
	for _, a := range m.To {
		addrs = append(addrs, mark{a.Address, "to"})
	}
	for _, a := range m.Cc {
		addrs = append(addrs, mark{a.Address, "cc"})
	}
	for _, a := range m.DeliveredTo {
		addrs = append(addrs, mark{a, "delivered-to"})
	}
	for _, a := range addrs {
		if c, ok := CaseFromAddress(a.addr, mailbox); ok {
			out.CaseID, out.By, out.Field = c, "address", a.field
			return out
		}
	}
	return out
}
