package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// TestAnswerThatIsTheWholeSubject: a reply from a phone often puts the
// answer where the subject was ("Done", "Yes", 完了です) over an empty body or
// only the phone's own line; a subject that keeps "Re:", that is longer than
// an answer, or that speaks of what certflow's subjects speak of answers
// nothing, and words in the body are read instead (triage decides when the
// subject may answer at all).
func TestAnswerThatIsTheWholeSubject(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	person := message.Address{Address: "ken@corp.example"}
	const quoted = "\n\nOn 3 Dec 2026, at 09:10, certflow <certflow@corp.example> wrote:\n> Please reply done.\n"
	for _, tc := range []struct {
		subject, text string
		want          Kind
	}{
		{"Done", quoted, ReplyDone},
		{"yes", "Sent from my iPhone" + quoted, ReplyYes},
		{"完了しました", "iPhoneから送信" + quoted, ReplyDone},
		{"Form submitted", "", ReplySubmitted},
		{"No, not yet", quoted, ReplyNo},
		// Near misses.
		{"Done?", quoted, Unknown},
		{"Yes but which one", quoted, Unknown},
		{"Re: Done", quoted, Unknown},
		{"Merge done", quoted, Unknown},
		{"Done", "Which menu is it under?" + quoted, Unknown},
		{"Quick question", quoted, Unknown},
		{"Yes, I got it, thanks, will do it tomorrow", quoted, Unknown},
	} {
		r := c.ReadSubject(&message.Message{From: person, Subject: tc.subject, Text: tc.text})
		if r.Kind != tc.want {
			t.Errorf("%q over %q: %s, want %s", tc.subject, tc.text, r.Kind, tc.want)
		}
	}
}
