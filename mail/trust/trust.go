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
	"io"
	"mime"
	"net"
	netmail "net/mail"
	"strings"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"golang.org/x/net/publicsuffix"
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
	// From is the one mailbox of the From field; "" when it is not one.
	From string
}

// maxSignatures bounds the DKIM signatures verified per message: each may
// cost a DNS look-up and an RSA verification.
const maxSignatures = 5

// Check authenticates the From domain of the mail raw, whose header h was
// read by ReadHeader. need names the fields (lower case) the decision about
// the mail uses beyond From and Subject, such as "in-reply-to" when that
// matched its case: a pass counts only when what it vouches for covers them.
func (c Checker) Check(ctx context.Context, raw []byte, h Header, need ...string) Result {
	var r Result
	if h.Problem != "" {
		r.Reasons = append(r.Reasons, "not authenticated: "+h.Problem)
		return r
	}
	from, err := SingleMailbox(h.Values("from"))
	if err != nil {
		r.Reasons = append(r.Reasons, "not authenticated: "+err.Error())
		return r
	}
	r.From = from
	domain := strings.ToLower(strings.TrimSuffix(from[strings.LastIndexByte(from, '@')+1:], "."))
	need = append([]string{"from", "subject"}, need...)

	if ok, why := c.fromAuthResults(h, domain, need); ok {
		r.Authenticated = true
		r.Reasons = append(r.Reasons, why)
		return r
	} else if why != "" {
		r.Reasons = append(r.Reasons, why)
	}
	if c.VerifyDKIM {
		ok, why := c.verifyDKIM(ctx, raw, domain, need)
		r.Authenticated = ok
		r.Reasons = append(r.Reasons, why)
	} else if len(c.AuthservIDs) == 0 {
		r.Reasons = append(r.Reasons,
			"no method configured (CERTFLOW_TRUSTED_AUTHSERV_IDS empty, CERTFLOW_VERIFY_DKIM=false)")
	}
	return r
}

// SingleMailbox returns the address of a From header that is exactly one
// field holding exactly one mailbox under RFC 5322. Anything else (two
// fields, a list, a stray "<…>", an unclosed quote or comment) leaves open
// which address a signature or a DMARC result was about.
func SingleMailbox(values []string) (string, error) {
	if len(values) != 1 {
		return "", fmt.Errorf("%d From fields; exactly one is required", len(values))
	}
	a, err := strictAddresses.Parse(values[0])
	if err != nil {
		return "", fmt.Errorf("the From field %q is not exactly one mailbox (%v)", clip(values[0], 80), err)
	}
	if strings.LastIndexByte(a.Address, '@') < 0 {
		return "", fmt.Errorf("the From field %q has no domain", clip(values[0], 80))
	}
	return a.Address, nil
}

// strictAddresses parses with net/mail, which follows RFC 5322; encoded
// words in a display name are not judged (their charset does not matter here).
var strictAddresses = netmail.AddressParser{WordDecoder: &mime.WordDecoder{
	CharsetReader: func(_ string, input io.Reader) (io.Reader, error) { return input, nil },
}}

// fromAuthResults reads the Authentication-Results headers of a trusted
// authserv-id at the top of the header: the first one and those right below
// it (milters each write their own). Headers of other ids above them are
// skipped; anything below was there before the trusted server saw the mail.
// It reports why it did not authenticate, or "" when no method applied.
func (c Checker) fromAuthResults(h Header, domain string, need []string) (bool, string) {
	if len(c.AuthservIDs) == 0 {
		return false, ""
	}
	group, err := c.topResults(h)
	if err != nil {
		return false, err.Error()
	}
	if len(group) == 0 {
		return false, fmt.Sprintf("no Authentication-Results header from a trusted server (%s)",
			strings.Join(c.AuthservIDs, ", "))
	}
	return judgeResults(group, h, domain, need)
}

// topResults returns the topmost run of trusted Authentication-Results.
func (c Checker) topResults(h Header) ([]authHeader, error) {
	var group []authHeader
	for _, f := range h.Fields {
		if f.Name != "authentication-results" {
			if len(group) > 0 {
				break
			}
			continue
		}
		id, plain := parseAuthID(f.Value)
		if !c.trusted(id) {
			if len(group) > 0 {
				break
			}
			continue
		}
		if !plain {
			return nil, fmt.Errorf("an Authentication-Results of %s in a form its server may not have stripped (%q): "+
				"not authenticated", id, clip(f.Value, 60))
		}
		ah, err := parseAuthRes(f.Value)
		if err != nil {
			// Falling through to a header below would believe what a sender wrote.
			return nil, fmt.Errorf("the topmost Authentication-Results of a trusted server cannot be read (%v): "+
				"not authenticated", err)
		}
		group = append(group, ah)
	}
	return group, nil
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
func (c Checker) verifyDKIM(ctx context.Context, raw []byte, domain string, need []string) (bool, string) {
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
	opts := &dkim.VerifyOptions{LookupTXT: lookup, MaxVerifications: maxSignatures}
	verifs, err := dkim.VerifyWithOptions(bytes.NewReader(raw), opts)
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
			if missing := uncovered(v.HeaderKeys, need); missing != "" {
				found = append(found, fmt.Sprintf("valid signature of d=%s does not cover %s", v.Domain, missing))
				continue
			}
			return true, fmt.Sprintf("DKIM: valid signature of d=%s, aligned with %s, covering %s",
				v.Domain, domain, names(need))
		case v.Err == nil:
			found = append(found, fmt.Sprintf("valid signature of d=%s, not aligned with %s", v.Domain, domain))
		default:
			found = append(found, fmt.Sprintf("signature of d=%s fails: %v", v.Domain, v.Err))
		}
	}
	return false, "DKIM: " + strings.Join(found, "; ")
}

// uncovered returns the first field of need that signed does not list, or "".
func uncovered(signed, need []string) string {
	for _, n := range need {
		hit := false
		for _, k := range signed {
			if strings.EqualFold(strings.TrimSpace(k), n) {
				hit = true
				break
			}
		}
		if !hit {
			return canonical(n)
		}
	}
	return ""
}

func names(fields []string) string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = canonical(f)
	}
	return strings.Join(out, ", ")
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
