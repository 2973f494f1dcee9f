package mailserver

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strings"

	"github.com/emersion/go-msgauth/authres"
	"github.com/emersion/go-msgauth/dkim"

	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/trust"
)

// authenticate does what a receiving server does for the mail it accepts: it
// removes Authentication-Results headers that claim to be its own (a sender
// may have written them), verifies the DKIM signatures, and adds its own
// Authentication-Results on top. DMARC is reduced to its DKIM half: a pass
// aligned with the From domain.
func authenticate(raw []byte, authservID string, resolver trust.Resolver) []byte {
	raw = dropOwnResults(raw, authservID)
	verifs, _ := dkim.VerifyWithOptions(bytes.NewReader(raw), &dkim.VerifyOptions{
		LookupTXT:        func(name string) ([]string, error) { return resolver.LookupTXT(context.Background(), name) },
		MaxVerifications: 5,
	})
	// The From domain as certflow reads it, so that a From the standard
	// parser refuses still gets its dmarc result.
	from := ""
	if m, err := message.Parse(raw); err == nil {
		if at := strings.LastIndexByte(m.From.Address, '@'); at >= 0 {
			from = strings.ToLower(m.From.Address[at+1:])
		}
	}
	var results []authres.Result
	dmarc := authres.ResultValue(authres.ResultFail)
	if len(verifs) == 0 {
		results = append(results, &authres.DKIMResult{Value: authres.ResultNone})
	}
	for _, v := range verifs {
		value := authres.ResultValue(authres.ResultPass)
		if v.Err != nil {
			value = authres.ResultFail
		} else if trust.Aligned(v.Domain, from) {
			dmarc = authres.ResultPass
		}
		results = append(results, &authres.DKIMResult{Value: value, Domain: v.Domain})
	}
	if from != "" {
		results = append(results, &authres.DMARCResult{Value: dmarc, From: from})
	}
	return append([]byte("Authentication-Results: "+authres.Format(authservID, results)+"\r\n"), raw...)
}

// dropOwnResults removes the header fields "Authentication-Results: <id>; …",
// however they are folded.
func dropOwnResults(raw []byte, id string) []byte {
	var out bytes.Buffer
	r := bufio.NewReader(bytes.NewReader(raw))
	var field []byte // the current header field, continuation lines included
	flush := func() {
		k, v, _ := strings.Cut(string(field), ":")
		// Every form of its own id goes: quoted, after a comment, with a version.
		got := trust.AuthservID(strings.Join(strings.Fields(v), " "))
		if !strings.EqualFold(strings.TrimSpace(k), "Authentication-Results") || !strings.EqualFold(got, id) {
			out.Write(field)
		}
		field = nil
	}
	for {
		line, err := r.ReadBytes('\n')
		switch {
		case len(line) > 0 && (line[0] == ' ' || line[0] == '\t') && field != nil:
			field = append(field, line...)
		case len(bytes.TrimRight(line, "\r\n")) == 0 && err == nil:
			// The blank line: the rest is the body, kept as it is.
			flush()
			out.Write(line)
			rest, _ := io.ReadAll(r)
			out.Write(rest)
			return out.Bytes()
		default:
			if field != nil {
				flush()
			}
			field = append(field, line...)
		}
		if err != nil {
			if field != nil {
				flush()
			}
			return out.Bytes()
		}
	}
}
