package classify

import (
	"regexp"
	"strings"

	"github.com/certflow/certflow/mail/message"
)

// autoSubjects start (or, in brackets, open) the subject of an automatic
// answer: out of office, vacation, helpdesk receipts of mail programs.
var autoSubjects = []string{"automatic reply", "auto reply", "auto-reply", "autoreply", "auto response",
	"auto-response", "out of office", "out of the office", "ooo", "away from the office", "vacation reply", "on vacation",
	"自動応答", "自動返信", "不在", "休暇",
	// The same in the languages of European mail programs (German, French, Spanish, Italian).
	"automatische antwort", "abwesenheitsnotiz", "abwesend", "réponse automatique", "absence du bureau",
	"respuesta automática", "fuera de la oficina", "risposta automatica", "fuori sede"}

// isAutoReply reports whether m was written by a program, not a person:
// Auto-Submitted other than "no" (RFC 3834), X-Autoreply, X-Autorespond,
// Precedence auto_reply/bulk/junk, or an out-of-office subject.
func isAutoReply(m *message.Message) bool {
	for _, v := range m.Header["Auto-Submitted"] {
		if v = strings.ToLower(strings.TrimSpace(v)); v != "" && !strings.HasPrefix(v, "no") {
			return true
		}
	}
	if len(m.Header["X-Autoreply"]) > 0 || len(m.Header["X-Autorespond"]) > 0 || len(m.Header["X-Autoresponder"]) > 0 {
		return true
	}
	for _, v := range m.Header["Precedence"] {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "auto_reply", "bulk", "junk":
			return true
		}
	}
	return autoSubject(m.Subject)
}

// autoOpening is how an automatic answer opens when neither its headers
// nor its subject say so: "This is an automatic reply", "I am currently
// out of the office", 本メールは自動返信です. Only the first line counts: a
// person who mentions being away later ("Yes, go ahead. I'll be out of the
// office next week") is still answering.
var autoOpening = regexp.MustCompile(`^[※*\s]*(this is an? (automatic|automated|auto)[- ]?(reply|response|message)|` +
	`(i am|i'm) (currently )?(out of (the )?office|away from (the )?office|on (annual )?leave|on vacation)|` +
	`(本|この)メールは自動(返信|応答)|自動(返信|応答)(メール|メッセージ)?です)`)

// thanksOpening is a first line that only thanks for the mail ("Thank you
// for your email."): out-of-office notices often open so, and the notice
// is then the next line.
var thanksOpening = regexp.MustCompile(
	`^(thank you|thanks|many thanks) for (your|the) (e-?mail|message|mail|note)[.!]?$|` +
		`^(メール|ご連絡|ご連絡いただき)(を)?ありがとうございます。?$`)

// autoBody reports whether own words open as an automatic answer, after at
// most one line of thanks for the mail.
func autoBody(own string) bool {
	thanked := false
	for line := range strings.Lines(own) {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if l := normalize(line); !thanked && thanksOpening.MatchString(l) {
			thanked = true
		} else {
			return autoOpening.MatchString(l)
		}
	}
	return false
}

func autoSubject(subject string) bool {
	s := strings.TrimLeft(normalize(subject), " [【(")
	for {
		t := strings.TrimSpace(strings.TrimLeft(trimPrefixFold(s), "[【("))
		if t == s {
			break
		}
		s = t
	}
	for _, p := range autoSubjects {
		if strings.HasPrefix(s, p) || bracketed(s, p) {
			return true
		}
	}
	return false
}

// bracketed reports marker in brackets anywhere in a subject: some mail
// programs append it ("Re: 統合の確認（自動返信）", "Re: x [Automatic reply]").
// A marker in running text ("Re: question about out of office") is not one.
func bracketed(subject, marker string) bool {
	for _, open := range []string{"(", "[", "【", "<"} {
		if strings.Contains(subject, open+marker) {
			return true
		}
	}
	return false
}

// trimPrefixFold drops one "re:", "fw:", "返信:" and the like.
func trimPrefixFold(s string) string {
	for _, p := range []string{"re:", "fw:", "fwd:", "aw:", "wg:", "返信:", "転送:"} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}
