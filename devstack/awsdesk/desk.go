// Package awsdesk simulates AWS Training and Certification's support desk
// for the dev stack: it reads the mailbox merge requests are sent to and
// answers as AWS does, over the same IMAP and SMTP a real case uses. It is
// dev-only; nothing outside devstack imports it.
//
// A new request gets, after a delay, a reply that asks the requester to
// confirm the merge, under a "[CASE n]" subject in the request's thread. A
// reply in such a thread that agrees gets the mail that reports the merge done.
// The desk keeps no state: the case number travels in the subject, so it
// answers correctly across restarts. Every answer is DKIM-signed with the
// dev key (see DevDKIMRecord), as AWS signs its mail.
package awsdesk

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/certflow/certflow/mail/imapconn"
	"github.com/certflow/certflow/mail/imapwatch"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/reply"
	"github.com/certflow/certflow/mail/send"
)

// Config says where the desk reads and sends mail.
type Config struct {
	Address string // the desk's address: its answers come from it
	// Login is the IMAP login of the mailbox the desk reads; empty means
	// Address. They differ where the desk's mail is routed to a mailbox of
	// another domain, as in the compose mail profile.
	Login    string
	Password string
	IMAPAddr string
	SMTPAddr string
	Delay    time.Duration // how long it waits before each answer
	// StateFile, when set, keeps how far the desk has read its mailbox, so
	// a restarted desk does not answer old mail again.
	StateFile string
	Logger    *slog.Logger
}

// DeskLocalPart is the local part AWS's desk writes from.
const DeskLocalPart = "aws-cs-trainingcertification-form"

// Run answers mail until ctx ends, reconnecting after errors.
func Run(ctx context.Context, cfg Config) error {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	d := &desk{cfg: cfg, log: cfg.Logger.With("component", "aws-desk")}
	login := cfg.Login
	if login == "" {
		login = cfg.Address
	}
	imapwatch.Run(ctx, imapwatch.Config{
		Conn:    imapconn.Config{Address: cfg.IMAPAddr, Username: login, Password: cfg.Password, TLS: "none", Logger: d.log},
		Mailbox: "INBOX", Refresh: 2 * time.Second, Logger: d.log,
	}, d.loadMark(), d.handle, d.saveMark, func(imapwatch.Health) {}, imapwatch.DefaultBackoff)
	return nil
}

type desk struct {
	cfg Config
	log *slog.Logger
}

func (d *desk) loadMark() imapwatch.Watermark {
	var mark imapwatch.Watermark
	if d.cfg.StateFile == "" {
		return mark
	}
	if b, err := os.ReadFile(d.cfg.StateFile); err == nil {
		// A file that does not decode counts as none: the desk reads from
		// the first message, as it does without a state file.
		_ = json.Unmarshal(b, &mark)
	}
	return mark
}

func (d *desk) saveMark(mark imapwatch.Watermark) {
	if d.cfg.StateFile == "" {
		return
	}
	b, _ := json.Marshal(mark) // numbers and a time: it cannot fail
	if err := os.WriteFile(d.cfg.StateFile, b, 0o600); err != nil {
		d.log.Warn("desk cannot keep its place", "error", err)
	}
}

var caseToken = regexp.MustCompile(`\[CASE (\d{10})\]`)

func (d *desk) handle(ctx context.Context, raw imapwatch.Message) (imapwatch.Verdict, error) {
	m, err := message.Parse(raw.Raw)
	if err != nil {
		d.log.Warn("desk cannot read a mail; ignoring it", "uid", raw.UID, "error", err)
		return imapwatch.Handled, nil
	}
	to := m.From.Address
	if len(m.ReplyTo) > 0 {
		to = m.ReplyTo[0].Address
	}
	if to == "" {
		return imapwatch.Handled, nil
	}
	var answer send.Message
	if tok := caseToken.FindStringSubmatch(m.Subject); tok != nil {
		if !agrees(m.Text) {
			d.log.Info("desk: reply does not agree to the merge; no answer", "case", tok[1], "from", m.From.Address)
			return imapwatch.Handled, nil
		}
		answer = d.completion(tok[1], m)
	} else {
		answer = d.consentRequest(caseNumber(m), m)
	}
	answer.To = []string{to}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-time.After(d.cfg.Delay):
	}
	if err := SendSigned(d.cfg.SMTPAddr, answer); err != nil {
		return 0, fmt.Errorf("desk reply: %w", err)
	}
	d.log.Info("desk answered", "to", to, "subject", answer.Subject)
	return imapwatch.Handled, nil
}

// agrees reads the reply's own words (not what it quotes) for consent.
func agrees(text string) bool {
	own := strings.ToLower(reply.OwnWords(text))
	for _, w := range []string{"agree", "confirm", "同意", "go ahead", "進めて"} {
		if strings.Contains(own, w) {
			return true
		}
	}
	return false
}

// caseNumber derives AWS's 10-digit case number from the request, so the
// same request always gets the same number.
func caseNumber(m *message.Message) string {
	sum := sha256.Sum256([]byte(m.MessageID + m.Subject))
	return fmt.Sprintf("%010d", binary.BigEndian.Uint64(sum[:8])%9_000_000_000+1_000_000_000)
}

func subject(caseNo string) string {
	return fmt.Sprintf("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance", caseNo)
}

func (d *desk) reply(caseNo, step string, m *message.Message, body string) send.Message {
	_, domain, _ := strings.Cut(d.cfg.Address, "@")
	refs := append(append([]string{}, m.References...), m.MessageID)
	return send.Message{
		MessageID:  fmt.Sprintf("desk.%s.%s@%s", caseNo, step, domain),
		FromName:   "AWS Training and Certification",
		From:       d.cfg.Address,
		Subject:    subject(caseNo),
		Body:       body + "\n\n" + quote(m),
		InReplyTo:  m.MessageID,
		References: refs,
	}
}

// ConsentRequestText is what the desk writes to ask for consent, as AWS does.
const ConsentRequestText = `Hello,

Thank you for contacting AWS Training and Certification Customer Support.

We have received your request to merge two AWS Certification accounts. Before
we can proceed, please reply to this email to confirm that you would like to
merge these accounts. Please note that once the accounts are merged, this
action cannot be reversed.

Best regards,
AWS Training and Certification Customer Support`

// AWS's agents write in their own words, so the desk answers each case in
// one of several phrasings (chosen by its case number). They follow the
// shapes of the labelled corpus's desk mail (mail/classify/testdata), which
// people wrote without seeing certflow's rules.
var consentTexts = []string{ConsentRequestText, `Dear customer,

We have located both of the certification profiles you mentioned. To move
forward with consolidating them, we require your authorization.

Could you kindly reply to this message confirming that you authorize us to
merge these accounts? Once the merge is processed it is permanent and the
secondary login will stop working.

Kind regards,
AWS Training & Certification Support`, `Hi,

Got your request - thanks! I found both accounts.

Can you reply and let me know you're OK with us merging them? Heads up:
merges are final, we can't split them again later.

Thanks!
AWS Training & Certification`, `お客様

ご依頼のアカウント統合につきまして、処理を開始する前に、念のためご意思の確認をさせてください。

上記の内容で統合を進めてもよろしいでしょうか。問題なければ、本メールへ「はい」とご返信いただければ手続きを進めます。

AWS Training and Certification`}

var completionTexts = []string{`Hello,

Thank you for your confirmation. We have successfully merged your AWS
Certification accounts. All of your certifications and exam history are now
available in the account you chose to keep.

Best regards,
AWS Training and Certification Customer Support`, `Hi,

Good news - the merge is complete! Your certification history now lives
under the account you chose to keep.

Kind regards,
AWS Training & Certification Support`, `Hello,

Thank you for approving the request. Your account merge has been processed
successfully. This case will now be marked as resolved.

Regards,
Training & Certification Support | Amazon Web Services`, `お客様

お待たせいたしました。アカウントの統合が完了しました。
統合先のアカウントでサインインのうえ、認定資格をご確認ください。

AWS トレーニングと認定`}

// phrasing picks the wording of a case from its number.
func phrasing(caseNo string, texts []string) string {
	sum := sha256.Sum256([]byte(caseNo))
	return texts[binary.BigEndian.Uint64(sum[:8])%uint64(len(texts))]
}

func (d *desk) consentRequest(caseNo string, m *message.Message) send.Message {
	text := phrasing(caseNo, consentTexts)
	if accounts := requestedAccounts(m); len(accounts) > 0 {
		// As AWS's agents do: they name the accounts they will merge.
		text += "\n\nAccounts: " + strings.Join(accounts, ", ")
	}
	return d.reply(caseNo, "consent", m, text)
}

var addressInText = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

// requestedAccounts are the addresses a merge request's text names, less
// reply addresses (plus-addresses).
func requestedAccounts(m *message.Message) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range addressInText.FindAllString(m.Text, 20) {
		a = strings.ToLower(a)
		if strings.Contains(a, "+") || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	return out
}

func (d *desk) completion(caseNo string, m *message.Message) send.Message {
	return d.reply(caseNo, "completed", m, phrasing(caseNo, completionTexts))
}

func quote(m *message.Message) string {
	var b strings.Builder
	fmt.Fprintf(&b, "On %s, %s wrote:\n", m.Date.Format("Mon, Jan 2, 2006 at 15:04"), m.From.Address)
	for _, line := range strings.Split(strings.TrimRight(m.Text, "\n"), "\n") {
		b.WriteString("> " + line + "\n")
	}
	return b.String()
}
