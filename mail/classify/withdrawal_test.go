package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// TestAWithdrawalLeansNowhere: a requester who says the form went in
// but that they no longer want the merge, or that certflow must wait, has
// not given the answer the form wait takes: taken as "submitted", the case
// goes on to consent to AWS's request without the operator ever reading it.
func TestAWithdrawalLeansNowhere(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	for _, text := range []string{
		"Submitted. I do not want the merge anymore.",
		"Done. I do not want the merge anymore.",
		"Submitted. Do not reply to AWS until I confirm.",
		"Done. Don't confirm it with AWS yet.",
		"Submitted. Please wait before merging.",
		"提出しました。やはり統合はしたくありません。",
		"I gave up. Done.",
		"Done. The other account is not mine.",
	} {
		r := c.Read(&message.Message{From: message.Address{Address: "taro@corp.example"}, Subject: "Re: x", Text: text})
		if r.Lean == ReplySubmitted || r.Lean == ReplyDone || r.Kind == ReplySubmitted || r.Kind == ReplyDone {
			t.Errorf("%q: kind %s lean %s; want no answer and no lean of submitted/done", text, r.Kind, r.Lean)
		}
	}
}

// TestAPartOfTheMergeIsNoCompletion: the desk telling that only a
// part or a first step of the merge completed has not reported the merge
// done ('the merge completed' is read as a completion since 4301707).
func TestAPartOfTheMergeIsNoCompletion(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	for _, text := range []string{
		"The merge completed only for the Associate certifications; the rest are still on a@example.com.",
		"The first step of the merge completed. The second step needs your consent.",
	} {
		m := &message.Message{From: message.Address{Address: "desk@amazon.com"}, Subject: "RE:[CASE 123] merge", Text: text}
		if r := c.Read(m); r.Kind == AWSCompleted {
			t.Errorf("%q: read as %s, a false completion", text, r.Kind)
		}
	}
}
