package triage

import (
	"context"
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/classify"
)

// An adversarial review of how a person's answer is read through the
// worker's whole path, for each of the three waits that take one: the
// share's "Do your AWS Certifications show in the APN profile?" (yes or
// no), its link steps (done) and the merge form (submitted). Each reply
// was written for this review in its own words and is sent plain and under
// the quoting of Gmail, Outlook, a Japanese Gmail and a Japanese Outlook, and under a
// quoted earlier answer of the other direction. What a wait takes is what
// the case would do: the kind when the wait wants it, else a lean it takes
// (a lean of No for the yes/no question, of Done or Submitted for the link
// and the form). The worst outcomes are an answer taken as its opposite and
// an unclear reply taken as an answer; every probe says what the wait may
// take from it ("-": nothing, the mail goes to the operator).

// reviewProbe is one reply: the wait it answers (v: the yes/no question, l:
// the link steps, f: the merge form), its own words, and what the wait may
// take from it, as letters (y yes, n no, d done, s submitted, - nothing).
type reviewProbe struct{ wait, text, may string }

// reviewWaits says, for each wait, the kinds it takes from an answer and
// those it takes from a lean (workflows: share.go, merge.go).
var reviewWaits = map[string]struct{ kinds, leans map[classify.Kind]string }{
	"v": {map[classify.Kind]string{classify.ReplyYes: "y", classify.ReplyNo: "n"}, map[classify.Kind]string{classify.ReplyNo: "n"}},
	"l": {map[classify.Kind]string{classify.ReplyDone: "d"}, map[classify.Kind]string{classify.ReplyDone: "d"}},
	"f": {map[classify.Kind]string{classify.ReplySubmitted: "s", classify.ReplyDone: "d"},
		map[classify.Kind]string{classify.ReplySubmitted: "s", classify.ReplyDone: "d"}},
}

// reviewQuestion is certflow's mail each wait's reply quotes, in both languages.
var reviewQuestion = map[string]string{
	"v": "Do your AWS Certifications show in the APN profile?\r\n\r\nReply \"yes\" if they are, \"no\" if not yet.\r\n" +
		"表示されていれば「はい」、まだであれば「いいえ」とご返信ください。",
	"l": "Please link your AWS Certification account.\r\nWhen you have done it, reply to this mail with \"done\" (or 完了).\r\n" +
		"完了したら、このメールに「完了しました」(または done) とご返信ください。",
	"f": "Please submit the AWS Certification account merge form.\r\n" +
		"When you have submitted the form, reply to this mail with \"submitted\".",
}

// reviewEarlier is an earlier answer of the writer's own, in the other
// direction from most probes, that a later reply quotes.
var reviewEarlier = map[string]string{"v": "Yes, they all show.", "l": "Done.", "f": "Submitted."}

// quoteLines puts "> " before each line of s.
func quoteLines(s string) string {
	return "> " + strings.ReplaceAll(s, "\r\n", "\r\n> ")
}

// reviewStyles wraps a reply's own words as each mail program sends them.
var reviewStyles = map[string]func(wait, own string) string{
	"plain": func(_, own string) string { return own + "\r\n" },
	"gmail": func(w, own string) string {
		return own + "\r\n\r\nOn Thu, Dec 3, 2026 at 9:00 AM certflow <certs+case-20261203-abcdef@corp.example> wrote:\r\n" +
			quoteLines(reviewQuestion[w]) + "\r\n"
	},
	"outlook": func(w, own string) string {
		return own + "\r\n\r\n________________________________\r\nFrom: certflow <certs+case-20261203-abcdef@corp.example>\r\n" +
			"Sent: Thursday, December 3, 2026 9:00 AM\r\nTo: Hanako Sato <hanako@corp.example>\r\nSubject: certflow\r\n\r\n" +
			reviewQuestion[w] + "\r\n"
	},
	"japanese": func(w, own string) string {
		return own + "\r\n\r\n2026年12月3日(木) 9:00 certflow <certs+case-20261203-abcdef@corp.example>:\r\n" +
			quoteLines(reviewQuestion[w]) + "\r\n"
	},
	"outlookja": func(w, own string) string {
		return own + "\r\n\r\n-----Original Message-----\r\n差出人: certflow <certs+case-20261203-abcdef@corp.example>\r\n" +
			"送信日時: 2026年12月3日 9:00\r\n宛先: 佐藤 花子 <hanako@corp.example>\r\n件名: certflow\r\n\r\n" +
			reviewQuestion[w] + "\r\n"
	},
	"earlier": func(w, own string) string {
		return own + "\r\n\r\nOn Wed, Dec 2, 2026 at 5:10 PM Hanako Sato <hanako@corp.example> wrote:\r\n" +
			quoteLines(reviewEarlier[w]+"\r\n\r\nOn Wed, Dec 2, 2026 at 9:00 AM certflow wrote:\r\n"+
				quoteLines(reviewQuestion[w])) + "\r\n"
	},
}

// reviewStyleNames are the styles every probe is sent in, in order.
var reviewStyleNames = []string{"plain", "gmail", "outlook", "japanese", "outlookja", "earlier"}

// reviewTake is what wait w takes from the reply with own words own in style.
func reviewTake(t *testing.T, tr Triager, w, style, own string) string {
	t.Helper()
	raw := "From: Hanako Sato <hanako@corp.example>\r\nTo: certs+share-20261203-abcdef@corp.example\r\n" +
		"Subject: Re: certflow\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		reviewStyles[style](w, own)
	return reviewTaken(w, tr.Read(context.Background(), []byte(raw)))
}

// reviewTaken is what wait w takes from the reading r: its kind, or a lean
// the wait takes, or "-".
func reviewTaken(w string, r Report) string {
	ws := reviewWaits[w]
	if k, ok := ws.kinds[r.Kind]; ok {
		return k
	}
	if r.Kind == classify.Unknown {
		if k, ok := ws.leans[r.Lean]; ok {
			return k
		}
	}
	return "-"
}

// reviewTaker is how a probe is sent and read (reviewTake, review21Take).
type reviewTaker func(t *testing.T, tr Triager, w, style, own string) string

// checkReview reads every probe in every style and fails on any the wait
// would take as other than the probe allows.
func checkReview(t *testing.T, ps []reviewProbe) {
	t.Helper()
	checkReviewWith(t, ps, reviewStyleNames, reviewTake)
}

// checkReviewWith is checkReview with the styles and the way of sending given.
func checkReviewWith(t *testing.T, ps []reviewProbe, styles []string, take reviewTaker) {
	t.Helper()
	tr := triager(t)
	for _, p := range ps {
		for _, style := range styles {
			if got := take(t, tr, p.wait, style, p.text); !strings.Contains(p.may, got) {
				t.Errorf("%s wait, %s: %q taken as %q; may be only %q", p.wait, style, p.text, got, p.may)
			}
		}
	}
}

// TestReviewYesNo: the yes/no question, in English and Japanese.
func TestReviewYesNo(t *testing.T) {
	checkReview(t, reviewYesNo)
	checkReview(t, reviewYesNoJa)
	checkReview(t, reviewYesNo2)
	checkReview(t, reviewYesNo3)
	checkReview(t, reviewYesNo4)
	checkReview(t, reviewYesNo6)
}

// TestReviewLink: the link steps' done.
func TestReviewLink(t *testing.T) {
	checkReview(t, reviewLink)
	checkReview(t, reviewLinkJa)
}

// TestReviewForm: the merge form's submitted.
func TestReviewForm(t *testing.T) {
	checkReview(t, reviewForm)
	checkReview(t, reviewFormJa)
}

// TestReviewActNearWords: the second batch of the act's near words, where
// the first misreadings were (a step to come, a pause before a negation, a
// hedge, a part left out, the answer going on to another person).
func TestReviewActNearWords(t *testing.T) {
	checkReview(t, reviewAct2)
	checkReview(t, reviewAct3)
	checkReview(t, reviewAct4)
	checkReview(t, reviewAct5)
}

// TestReviewDump prints every probe's reading (for the review; -v).
func TestReviewDump(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("only with -v")
	}
	tr := triager(t)
	for _, ps := range [][]reviewProbe{reviewYesNo, reviewYesNoJa, reviewLink, reviewLinkJa, reviewForm, reviewFormJa,
		reviewYesNo2, reviewAct2, reviewYesNo3, reviewAct3, reviewYesNo4, reviewAct4, reviewAct5, reviewYesNo6} {
		for _, p := range ps {
			var got []string
			for _, style := range reviewStyleNames {
				got = append(got, reviewTake(t, tr, p.wait, style, p.text))
			}
			bad := ""
			for _, g := range got {
				if !strings.Contains(p.may, g) {
					bad = "BAD "
				}
			}
			t.Logf("%s%s may=%-3s got=%s %q", bad, p.wait, p.may, strings.Join(got, ""), p.text)
		}
	}
}
