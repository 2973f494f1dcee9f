package awsdesk

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/emersion/go-smtp"

	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/mail/trust"
)

// DevDKIMSelector is the selector the desk signs under.
const DevDKIMSelector = "devstack"

// devKey is the desk's Ed25519 DKIM key. It is derived from a fixed seed so
// that every dev stack, test and compose setup knows its public half without
// a key file; it authenticates nothing outside a dev setup, where its TXT
// record is published only through CERTFLOW_DKIM_TXT_FILE or the dev SMTP
// server's own table.
var devKey = ed25519.NewKeyFromSeed(func() []byte {
	seed := sha256.Sum256([]byte("certflow dev stack DKIM key: not a secret"))
	return seed[:]
}())

// DevDKIMRecord is the TXT record value that publishes the desk's key.
func DevDKIMRecord() string {
	return "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(devKey.Public().(ed25519.PublicKey))
}

// DevDKIMTXT is the line for a CERTFLOW_DKIM_TXT_FILE that publishes the
// desk's key for domain.
func DevDKIMTXT(domain string) string {
	return DevDKIMSelector + "._domainkey." + strings.ToLower(domain) + " " + DevDKIMRecord()
}

// DevDKIMResolver answers the look-up of the desk's key for domain.
func DevDKIMResolver(domain string) trust.StaticTXT {
	return trust.StaticTXT{DevDKIMSelector + "._domainkey." + strings.ToLower(domain): {DevDKIMRecord()}}
}

// Sign adds the desk's DKIM signature for domain to raw.
func Sign(raw []byte, domain string) ([]byte, error) {
	var out bytes.Buffer
	err := dkim.Sign(&out, bytes.NewReader(raw), &dkim.SignOptions{
		Domain: domain, Selector: DevDKIMSelector, Signer: devKey,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed, BodyCanonicalization: dkim.CanonicalizationRelaxed,
	})
	if err != nil {
		return nil, fmt.Errorf("DKIM-sign: %w", err)
	}
	return out.Bytes(), nil
}

// SendSigned composes m, signs it for the domain of m.From, and submits it
// to the SMTP server at smtpAddr, as AWS's mail system would.
func SendSigned(smtpAddr string, m send.Message) error {
	raw, err := send.Compose(m)
	if err != nil {
		return err
	}
	_, domain, _ := strings.Cut(m.From, "@")
	signed, err := Sign(raw, domain)
	if err != nil {
		return err
	}
	return Submit(smtpAddr, m.From, m.To, signed)
}

// Submit hands raw to the dev SMTP server at smtpAddr (plaintext: the dev
// server listens on loopback and offers no TLS).
func Submit(smtpAddr, from string, to []string, raw []byte) error {
	c, err := smtp.Dial(smtpAddr)
	if err != nil {
		return fmt.Errorf("desk: connect to %s: %w", smtpAddr, err)
	}
	defer c.Close()
	if err := c.SendMail(from, to, bytes.NewReader(raw)); err != nil {
		return fmt.Errorf("desk: submit to %s: %w", smtpAddr, err)
	}
	return c.Quit()
}
