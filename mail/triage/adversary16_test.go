package triage

import (
	"context"
	"testing"

	"github.com/certflow/certflow/mail/classify"
)

// A request beside a Done or Submitted that takes the act back (withdraw,
// 取り下げ, 撤回, 元に戻して) is no other matter: the mail stays unknown for a
// person, not a completion with a question the operator may miss.
func TestWithdrawalBesideTheAnswerStaysUnknown(t *testing.T) {
	tr := triager(t)
	head := "From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nSubject: Re: x\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	for _, body := range []string{
		"提出しました。\r\nやはり取り下げていただけますか。\r\n",
		"提出しました。申請を撤回していただけますか。\r\n",
		"Submitted. Can you withdraw it for me?\r\n",
		"No. Can you send it to AWS?\r\n",
	} {
		if r := tr.Read(context.Background(), []byte(head+body)); r.Kind != classify.Unknown || len(r.Asks) != 0 {
			t.Errorf("%q: kind %s asks %q; want unknown, no questions", body, r.Kind, r.Asks)
		}
	}
}
