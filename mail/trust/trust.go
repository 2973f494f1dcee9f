// Package trust decides whether a mail really comes from the domain its
// From header names. A forged "AWS" mail must never make certflow consent to
// merging someone's certification account, so the From domain alone proves
// nothing: the mail must also be authenticated, by the receiving server's
// Authentication-Results header (RFC 8601) or by DKIM (RFC 6376) checked here.
//
// Only the topmost Authentication-Results header of a trusted authserv-id
// counts: anything below it was there before the trusted server saw the
// mail, so a sender could have written it. A pass counts only when aligned
// with the From domain (DMARC's relaxed alignment: the same organizational
// domain), so a valid signature of some other domain proves nothing.
package trust

import (
	"bytes"
	"context"
	"fmt"
	"net"
	netmail "net/mail"
	"strings"
	"time"

	"github.com/emersion/go-msgauth/authres"
	"github.com/emersion/go-msgauth/dkim"
	"golang.org/x/net/publicsuffix"

	"github.com/certflow/certflow/mail/message"
)

// Resolver looks up DNS TXT records, for DKIM public keys. Tests and closed
// setups use a StaticTXT table instead of DNS.
type Resolver interface {
	LookupTXT(ctx context.Context, name string) ([]string, error)
}

// Checker authenticates senders.
type Checker struct {
	// AuthservIDs are the authserv-ids of the receiving servers whose
	// Authentication-Results are believed (e.g. "mx.google.com").
	AuthservIDs []string
	// VerifyDKIM turns on certflow's own DKIM verification.
	VerifyDKIM bool
	// Resolver answers DKIM key look-ups; nil means DNS.
	Resolver Resolver
	// LookupTimeout bounds the DKIM look-ups of one message; zero means 10s.
	LookupTimeout time.Duration
}

// Result is what Check found.
type Result struct {
	// Authenticated: the From domain is proven by one of the methods.
	Authenticated bool
	// Reasons says, check by check, what was found: why the mail is
	// authenticated, or why not. It is shown to the operator.
	Reasons []string
}

// maxSignatures bounds the DKIM signatures verified per message: each may
// cost a DNS look-up and an RSA verification.
const maxSignatures = 5

// Check authenticates the From domain of m (raw is the message as received).
func (c Checker) Check(ctx context.Context, raw []byte, m *message.Message) Result {
	var r Result
	from := m.From.Address
	at := strings.LastIndexByte(from, '@')
	if at < 0 {
		r.Reasons = append(r.Reasons, "no From address")
		return r
	}
	domain := strings.ToLower(strings.TrimSuffix(from[at+1:], "."))
	// Two From fields, or two mailboxes in one, leave open which one a
	// signature or a DMARC result was about.
	if froms := m.Header["From"]; len(froms) != 1 {
		r.Reasons = append(r.Reasons, fmt.Sprintf("%d From fields; exactly one is required", len(froms)))
		return r
	} else if list, err := netmail.ParseAddressList(froms[0]); err == nil && len(list) > 1 {
		r.Reasons = append(r.Reasons, fmt.Sprintf("From names %d mailboxes; exactly one is required", len(list)))
		return r
	}

	if ok, why := c.fromAuthResults(m, domain); ok {
		r.Authenticated = true
		r.Reasons = append(r.Reasons, why)
		return r
	} else if why != "" {
		r.Reasons = append(r.Reasons, why)
	}
	if c.VerifyDKIM {
		ok, why := c.verifyDKIM(ctx, raw, domain)
		r.Authenticated = ok
		r.Reasons = append(r.Reasons, why)
	} else if len(c.AuthservIDs) == 0 {
		r.Reasons = append(r.Reasons, "no method configured (CERTFLOW_TRUSTED_AUTHSERV_IDS empty, CERTFLOW_VERIFY_DKIM=false)")
	}
	return r
}

// fromAuthResults reads the topmost Authentication-Results header of a
// trusted authserv-id. It reports why it did not authenticate, or "" when
// no method applied.
func (c Checker) fromAuthResults(m *message.Message, domain string) (bool, string) {
	if len(c.AuthservIDs) == 0 {
		return false, ""
	}
	for _, v := range m.Header["Authentication-Results"] {
		id, results, err := authres.Parse(v)
		if err != nil || !c.trusted(id) {
			// Unparseable or from a server we do not run: ignored, as a
			// sender can write any header it likes.
			continue
		}
		var found []string
		for _, res := range results {
			switch res := res.(type) {
			case *authres.DMARCResult:
				hf := strings.ToLower(strings.TrimSpace(res.From))
				if res.Value == authres.ResultPass && (hf == "" || hf == domain) {
					return true, fmt.Sprintf("Authentication-Results from %s: dmarc=pass for %s", id, domain)
				}
				found = append(found, fmt.Sprintf("dmarc=%s header.from=%s", res.Value, res.From))
			case *authres.DKIMResult:
				d := res.Domain
				if d == "" {
					d = domainOf(res.Identifier)
				}
				if res.Value == authres.ResultPass && Aligned(d, domain) {
					return true, fmt.Sprintf("Authentication-Results from %s: dkim=pass header.d=%s, aligned with %s", id, d, domain)
				}
				found = append(found, fmt.Sprintf("dkim=%s header.d=%s", res.Value, d))
			}
		}
		if len(found) == 0 {
			return false, fmt.Sprintf("Authentication-Results from %s has no DKIM or DMARC result", id)
		}
		return false, fmt.Sprintf("Authentication-Results from %s: %s; none is a pass aligned with %s", id, strings.Join(found, ", "), domain)
	}
	return false, fmt.Sprintf("no Authentication-Results header from a trusted server (%s)", strings.Join(c.AuthservIDs, ", "))
}

func (c Checker) trusted(id string) bool {
	for _, t := range c.AuthservIDs {
		if strings.EqualFold(strings.TrimSpace(id), t) {
			return true
		}
	}
	return false
}

// verifyDKIM checks the message's DKIM signatures itself.
func (c Checker) verifyDKIM(ctx context.Context, raw []byte, domain string) (bool, string) {
	timeout := c.LookupTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	lookup := func(name string) ([]string, error) {
		if c.Resolver != nil {
			return c.Resolver.LookupTXT(ctx, name)
		}
		var r net.Resolver
		return r.LookupTXT(ctx, name)
	}
	verifs, err := dkim.VerifyWithOptions(bytes.NewReader(raw), &dkim.VerifyOptions{LookupTXT: lookup, MaxVerifications: maxSignatures})
	if err != nil && len(verifs) == 0 {
		return false, "DKIM: the message cannot be verified: " + err.Error()
	}
	if len(verifs) == 0 {
		return false, "DKIM: no signature"
	}
	var found []string
	for _, v := range verifs {
		switch {
		case v.Err == nil && Aligned(v.Domain, domain):
			return true, fmt.Sprintf("DKIM: valid signature of d=%s, aligned with %s", v.Domain, domain)
		case v.Err == nil:
			found = append(found, fmt.Sprintf("valid signature of d=%s, not aligned with %s", v.Domain, domain))
		default:
			found = append(found, fmt.Sprintf("signature of d=%s fails: %v", v.Domain, v.Err))
		}
	}
	return false, "DKIM: " + strings.Join(found, "; ")
}

// Aligned reports relaxed DMARC alignment of a signing domain d with a From
// domain: both have the same organizational domain (public suffix plus one
// label).
func Aligned(d, from string) bool {
	d, from = strings.ToLower(strings.TrimSuffix(d, ".")), strings.ToLower(strings.TrimSuffix(from, "."))
	if d == "" || from == "" {
		return false
	}
	if d == from {
		return true
	}
	od, err1 := publicsuffix.EffectiveTLDPlusOne(d)
	of, err2 := publicsuffix.EffectiveTLDPlusOne(from)
	return err1 == nil && err2 == nil && od == of
}

func domainOf(addr string) string {
	if at := strings.LastIndexByte(addr, '@'); at >= 0 {
		return addr[at+1:]
	}
	return ""
}
