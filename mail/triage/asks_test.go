package triage

import (
	"context"
	"slices"
	"testing"

	"github.com/certflow/certflow/mail/classify"
)

// A person's answer with a question of another matter beside it is read as
// the answer, the question carried in the report; a question that weighs on the answer leaves it
// unknown with no questions, and a Yes beside one stays unknown.
func TestReportCarriesTheQuestionsBesideAnAnswer(t *testing.T) {
	tr := triager(t)
	head := "From: taro@corp.example\r\nTo: certs+share-20261125-abcdef@corp.example\r\nSubject: Re: x\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	for _, c := range []struct {
		body string
		kind classify.Kind
		asks []string
	}{
		{"I've linked them now.\r\nCould you pass the same steps on to my manager?\r\n", classify.ReplyDone,
			[]string{"Could you pass the same steps on to my manager?"}},
		{"I've linked them now. Have they shown up for you?\r\n", classify.Unknown, nil},
		{"Yes, please merge. Who gets the receipt afterwards?\r\n", classify.Unknown, nil},
		{"いいえ、まだです。\r\n窓口の担当を別の者に替えていただけますか。\r\n", classify.ReplyNo,
			[]string{"窓口の担当を別の者に替えていただけますか。"}},
		{"いいえ。もう一度送っていただけますか。\r\n", classify.Unknown, nil},
	} {
		r := tr.Read(context.Background(), []byte(head+c.body))
		if r.Kind != c.kind || !slices.Equal(r.Asks, c.asks) {
			t.Errorf("%q: kind %s asks %q; want %s %q", c.body, r.Kind, r.Asks, c.kind, c.asks)
		}
	}
}
