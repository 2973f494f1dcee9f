// Package employee simulates, for the dev stack, the people certflow writes
// to: an employee at the dev company domain who does what a share case asks
// and answers by mail, in Japanese, over the same SMTP a real reply takes.
// It is dev-only; nothing outside devstack imports it.
package employee

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/send"
)

// Config says whom the simulation plays and how it answers.
type Config struct {
	Domain   string        // mailboxes at this domain are simulated people
	From     string        // certflow's address: only its mail is answered
	SMTPAddr string        // where replies are submitted
	Delay    time.Duration // how long a person takes to answer
	// FormDesk is where a submitted web form lands: the simulated AWS desk.
	// Submitting mails it the form's text with the contact address as
	// Reply-To, which is what AWS's form does with the contact email.
	FormDesk string
	Logger   *slog.Logger
}

// Simulator answers certflow's questions. Deliver is its mail server hook.
type Simulator struct {
	cfg    Config
	ctx    context.Context
	sender *send.Sender
	log    *slog.Logger
}

// New returns a simulator that stops answering when ctx ends.
func New(ctx context.Context, cfg Config) (*Simulator, error) {
	sender, err := send.NewSender(send.Config{Address: cfg.SMTPAddr, TLS: "none"})
	if err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Simulator{cfg: cfg, ctx: ctx, sender: sender, log: cfg.Logger.With("component", "employee")}, nil
}

// SlowProfile starts the local part of a simulated person whose APN profile
// shows the certifications only at the second check: they answer the first
// "not yet", so the share case asks again.
const SlowProfile = "slow."

// PartialProfile starts the local part of a simulated person whose APN
// profile shows nothing yet at the first check: they answer it with
// PartialAnswer, which certflow can read only in part (what they did beside
// the No) but which leans to "no", so the share case checks again. (A
// profile showing only part of the certifications leans nowhere: that
// answer goes to the operator.)
const PartialProfile = "partial."

// PartialAnswer is what a person of PartialProfile answers the first check.
const PartialAnswer = "Nothing is listed on the profile yet. For the record, I linked it last Tuesday.\n"

// answers maps the step of certflow's mail (from its Message-ID,
// certflow.<step>.<case>@…) to what the employee at mailbox writes back.
func answer(mailbox, step string) string {
	switch {
	case strings.HasPrefix(mailbox, SlowProfile) && (step == "verify-1" || step == "reminder-verify-1"):
		return "いいえ、まだ表示されていません。\n"
	case strings.HasPrefix(mailbox, PartialProfile) && (step == "verify-1" || step == "reminder-verify-1"):
		return PartialAnswer
	case step == "form" || step == "form-reminder":
		return "Hello,\nI submitted the form.\n"
	case step == "steps" || step == "reminder-link":
		return "お疲れ様です。\nAPN プロファイルで連携しました。完了しました。\n"
	case strings.HasPrefix(step, "verify-") || strings.HasPrefix(step, "reminder-verify-"):
		return "はい、表示されています。\n"
	}
	return ""
}

// Deliver looks at a delivered message and, when it is certflow asking one
// of the simulated people something, answers after the delay.
func (s *Simulator) Deliver(mailbox string, raw []byte) {
	_, domain, _ := strings.Cut(mailbox, "@")
	if !strings.EqualFold(domain, s.cfg.Domain) {
		return
	}
	m, err := message.Parse(raw)
	if err != nil || !strings.EqualFold(m.From.Address, s.cfg.From) {
		return
	}
	rest, ok := strings.CutPrefix(m.MessageID, "certflow.")
	if !ok {
		return
	}
	step, _, _ := strings.Cut(rest, ".")
	text := answer(strings.ToLower(mailbox), step)
	if text == "" || len(m.ReplyTo) == 0 {
		return
	}
	reply := send.Message{
		MessageID:  fmt.Sprintf("employee.%d@%s", time.Now().UnixNano(), domain),
		From:       mailbox,
		To:         []string{m.ReplyTo[0].Address},
		Subject:    "Re: " + m.Subject,
		Body:       text + "\n" + quote(m),
		InReplyTo:  m.MessageID,
		References: append(append([]string{}, m.References...), m.MessageID),
	}
	var form *send.Message
	if (step == "form" || step == "form-reminder") && s.cfg.FormDesk != "" {
		form = &send.Message{
			MessageID: fmt.Sprintf("form.%d@%s", time.Now().UnixNano(), domain),
			From:      mailbox, ReplyTo: m.ReplyTo[0].Address, To: []string{s.cfg.FormDesk},
			Subject: "[AWS Training and Certification Form Submission] - account-assistance",
			Body:    "Submitted through the web form by " + mailbox + ".\n\n" + m.Text,
		}
	}
	go func() {
		select {
		case <-s.ctx.Done():
			return
		case <-time.After(s.cfg.Delay):
		}
		// Signed with the dev key, as a person's provider signs their mail:
		// certflow believes only authenticated answers.
		if form != nil {
			if err := awsdesk.SendSigned(s.cfg.SMTPAddr, *form); err != nil {
				s.log.Warn("employee could not submit the form", "from", mailbox, "error", err)
				return
			}
		}
		if err := awsdesk.SendSigned(s.cfg.SMTPAddr, reply); err != nil {
			s.log.Warn("employee could not reply", "from", mailbox, "error", err)
			return
		}
		s.log.Info("employee replied", "from", mailbox, "step", step)
	}()
}

// quote adds the original under the reply, as mail clients do; certflow
// must read only the reply's own words.
func quote(m *message.Message) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s <%s>:\n", m.Date.Format("2006年1月2日 15:04"), m.From.Name, m.From.Address)
	for _, line := range strings.Split(strings.TrimRight(m.Text, "\n"), "\n") {
		b.WriteString("> " + line + "\n")
	}
	return b.String()
}
