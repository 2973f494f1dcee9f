package trust

import (
	"fmt"
	"strings"
)

// maxSignedNames bounds the names in one DKIM-Signature's h= tag. Signers
// list a dozen or two (twice that when oversigning); thousands make the
// verifier's header picking take quadratic time.
const maxSignedNames = 64

// maxSignatureFields bounds the DKIM-Signature fields of one mail.
const maxSignatureFields = 20

// signature is what certflow reads of a DKIM-Signature field without
// verifying it: whose it is, its b= value and the fields it lists.
type signature struct {
	domain, b string
	signed    []string
}

// signatures reads the DKIM-Signature fields of h, refusing (before any
// verification) a mail with too many of them or too many signed names.
func signatures(h Header) ([]signature, error) {
	vals := h.Values("dkim-signature")
	if len(vals) > maxSignatureFields {
		return nil, fmt.Errorf("%w: %d DKIM-Signature fields (at most %d)", ErrHeaderLimit, len(vals), maxSignatureFields)
	}
	var out []signature
	for _, v := range vals {
		var s signature
		for _, tag := range strings.Split(v, ";") {
			k, val, _ := strings.Cut(tag, "=")
			val = strings.Join(strings.Fields(val), "")
			switch strings.TrimSpace(k) {
			case "d":
				s.domain = strings.ToLower(val)
			case "b":
				s.b = val
			case "h":
				if n := strings.Count(val, ":") + 1; n > maxSignedNames {
					return nil, fmt.Errorf("%w: a DKIM-Signature lists %d header fields (at most %d)",
						ErrHeaderLimit, n, maxSignedNames)
				}
				s.signed = strings.Split(val, ":")
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// judgeResults decides on the topmost trusted Authentication-Results. A
// pass counts only when it is about the From domain and it can be told what
// it vouches for: a dkim=pass whose signature (named by header.b, or the
// only one of that domain) covers need, or an SPF pass aligned with the From
// domain together with dmarc=pass (the mail came from the domain's own
// servers, so no one else added to it). A DMARC failure for the domain wins.
func judgeResults(group []authHeader, h Header, domain string, need []string) (bool, string) {
	sigs, _ := signatures(h) // the limits were applied when the header was read
	id := group[0].id
	var found []string
	dmarcPass := false
	for _, ah := range group {
		for _, r := range ah.results {
			if r.method == "dmarc" && r.props["header.from"] == domain && r.value != "pass" {
				return false, fmt.Sprintf("Authentication-Results from %s: dmarc=%s for %s", id, r.value, domain)
			}
			dmarcPass = dmarcPass || (r.method == "dmarc" && r.value == "pass" && r.props["header.from"] == domain)
		}
	}
	if d := contradicted(group); d != "" {
		return false, fmt.Sprintf("Authentication-Results from %s both pass and fail DKIM for %s: not authenticated", id, d)
	}
	for _, ah := range group {
		for _, r := range ah.results {
			ok, why := judgeOne(r, sigs, domain, need, dmarcPass)
			if ok {
				return true, fmt.Sprintf("Authentication-Results from %s: %s", id, why)
			}
			if why != "" {
				found = append(found, why)
			}
		}
	}
	if len(found) == 0 {
		return false, fmt.Sprintf("Authentication-Results from %s has no DKIM, SPF or DMARC result", id)
	}
	return false, fmt.Sprintf("Authentication-Results from %s: %s; none is a pass for %s that covers %s",
		id, strings.Join(found, ", "), domain, names(need))
}

// judgeOne judges one result; it says what it found when it is not a pass.
func judgeOne(r authResult, sigs []signature, domain string, need []string, dmarcPass bool) (bool, string) {
	switch r.method {
	case "dkim":
		d := r.props["header.d"]
		if d == "" {
			d = domainOf(r.props["header.i"])
		}
		if r.value != "pass" || d == "" || !Aligned(d, domain) {
			return false, fmt.Sprintf("dkim=%s header.d=%s", r.value, d)
		}
		sig, ok := findSignature(sigs, d, r.props["header.b"])
		if !ok {
			return false, fmt.Sprintf("dkim=pass header.d=%s, but which signature passed cannot be told", d)
		}
		d = sig.domain
		if missing := uncovered(sig.signed, need); missing != "" {
			return false, fmt.Sprintf("dkim=pass header.d=%s, but its signature does not cover %s", d, missing)
		}
		return true, fmt.Sprintf("dkim=pass header.d=%s, aligned with %s, covering %s", d, domain, names(need))
	case "spf":
		mf := domainOf(r.props["smtp.mailfrom"])
		if mf == "" {
			mf = r.props["smtp.mailfrom"]
		}
		if r.value == "pass" && dmarcPass && Aligned(mf, domain) {
			return true, fmt.Sprintf("dmarc=pass with spf=pass smtp.mailfrom=%s, aligned with %s", mf, domain)
		}
		return false, fmt.Sprintf("spf=%s smtp.mailfrom=%s", r.value, mf)
	case "dmarc":
		if r.props["header.from"] == "" {
			return false, "dmarc=" + r.value + " without header.from"
		}
		return false, fmt.Sprintf("dmarc=%s header.from=%s", r.value, r.props["header.from"])
	}
	return false, ""
}

// findSignature finds the DKIM-Signature a dkim result is about: one whose
// d= is d or a parent of it (header.i may name a subdomain of d=), and whose
// b= starts with b when b is given; exactly one must fit.
func findSignature(sigs []signature, d, b string) (signature, bool) {
	var hits []signature
	for _, s := range sigs {
		if s.domain == "" || (s.domain != d && !strings.HasSuffix(d, "."+s.domain)) {
			continue
		}
		if b != "" && !strings.HasPrefix(strings.ToLower(s.b), b) {
			continue
		}
		hits = append(hits, s)
	}
	if len(hits) != 1 {
		return signature{}, false
	}
	return hits[0], true
}

// contradicted returns a domain for which the trusted headers read together
// report both a DKIM pass and a DKIM failure: a forged header right below
// the server's own could otherwise add the pass. "" when there is none.
func contradicted(group []authHeader) string {
	pass, fail := map[string]bool{}, map[string]bool{}
	for _, ah := range group {
		for _, r := range ah.results {
			if r.method != "dkim" {
				continue
			}
			d := r.props["header.d"]
			if d == "" {
				d = domainOf(r.props["header.i"])
			}
			if r.value == "pass" {
				pass[d] = true
			} else if r.value == "fail" || r.value == "permerror" {
				fail[d] = true
			}
		}
	}
	for d := range pass {
		if fail[d] {
			return d
		}
	}
	return ""
}
