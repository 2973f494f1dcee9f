package triage

import (
	"context"
	"html"
	"strings"
	"testing"
)

// The review of the day's widened readings (countedThere, the French and
// checking courtesies, a Japanese line joined at a particle, 表示される
// ようになっていました, certsZero's "nothing under", the check mark in a
// subject, 問題なかったです, a pressed save beside a linked Done): replies
// in the review's own words that the new rules might take wrongly. Each is
// sent in every style of answerreview_test.go, with certflow's question
// named by In-Reply-To, and as an HTML-only mail.

// review21Waits names certflow's mail each wait's reply answers.
var review21Waits = map[string]string{
	"v": "<certflow.verify-2.share-20261203-abcdef.k3x9@corp.example>",
	"l": "<certflow.steps.share-20261203-abcdef.k3x9@corp.example>",
	"f": "<certflow.form.merge-20261203-abcdef.k3x9@corp.example>",
}

// review21Take reads the reply as reviewTake does, with In-Reply-To set,
// or (style "html") as an HTML-only mail quoting certflow's question in a
// blockquote.
func review21Take(t *testing.T, tr Triager, w, style, own string) string {
	t.Helper()
	head := "From: Hanako Sato <hanako@corp.example>\r\nTo: certs+share-20261203-abcdef@corp.example\r\n" +
		"In-Reply-To: " + review21Waits[w] + "\r\nSubject: Re: certflow\r\nMIME-Version: 1.0\r\n"
	var body string
	if style == "html" {
		own := strings.ReplaceAll(html.EscapeString(own), "\n", "<br>")
		q := strings.ReplaceAll(html.EscapeString(reviewQuestion[w]), "\r\n", "<br>")
		body = "Content-Type: text/html; charset=utf-8\r\n\r\n<div dir=\"ltr\"><div>" + own +
			"</div><br><div class=\"gmail_quote\"><div>On Thu, Dec 3, 2026 at 9:00 AM certflow wrote:</div>" +
			"<blockquote class=\"gmail_quote\">" + q + "</blockquote></div></div>\r\n"
	} else {
		body = "Content-Type: text/plain; charset=utf-8\r\n\r\n" + reviewStyles[style](w, own)
	}
	return reviewTaken(w, tr.Read(context.Background(), []byte(head+body)))
}

var review21Styles = append(append([]string{}, reviewStyleNames...), "html")

// TestReview21Dump prints every probe's reading (-v).
func TestReview21Dump(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("only with -v")
	}
	tr := triager(t)
	for _, p := range review21All {
		var got []string
		bad := ""
		for _, style := range review21Styles {
			g := review21Take(t, tr, p.wait, style, p.text)
			got = append(got, g)
			if !strings.Contains(p.may, g) {
				bad = "BAD "
			}
		}
		t.Logf("%s%s may=%-3s got=%s %q", bad, p.wait, p.may, strings.Join(got, ""), p.text)
	}
}

var review21All = []reviewProbe{
	// "both are there" about other things than the certifications
	{"v", "I looked for your two mails, the request and the reminder. Both are there.", "-"},
	{"v", "You asked whether my name and photo show on the profile. Both are there.", "-"},
	{"v", "My badges on Credly and my transcript? Both are there.", "-"},
	{"v", "Both are there.\nIn my personal account, I mean.", "n-"},
	{"v", "Both are there.\nThe third one, the Security Specialty, is still missing.", "n-"},
	{"v", "All three are there.\nWell, two of them.", "n-"},
	{"v", "Both are there. Not sure they're the right ones though.", "n-"},
	{"v", "I have three certifications. Both are there.", "n-"},
	{"v", "Both are there, I think.", "n-"},
	{"v", "Both are there in the old profile.", "n-"},
	{"v", "Both are there? I only see one.", "n-"},
	{"v", "I hoped to write that both are there. They aren't.", "n-"},
	{"v", "Both the Associate and the Professional are there.\nThe Specialty isn't.", "n-"},
	{"v", "On Credly: both are there. On the APN profile: nothing yet.", "n-"},
	// a yes to a different question
	{"v", "Yes, I received your mail. I will check the profile tonight.", "n-"},
	{"v", "Yes I got it.", "-"},
	{"v", "Yes, I'm the right contact for this.", "-"},
	{"v", "Yes, Friday works for the call.", "-"},
	{"v", "Yes — sorry, which profile do you mean?", "-"},
	{"v", "はい、承知しました。", "-"},
	{"v", "はい、受け取りました。確認はこれからです。", "n-"},
	{"v", "はい、後ほど確認いたします。", "n-"},
	{"v", "了解です、見てみます。", "n-"},
	// courtesies that hide a doubt
	{"v", "Thanks for your patience and for checking again. I'm still not seeing them though.", "n-"},
	{"v", "Thank you, and for checking in! I can't tell whether they are there.", "n-"},
	{"v", "Merci! Je ne les vois pas encore.", "n-"},
	{"v", "Bonjour, c'est bon pour moi, mais je ne vois pas les certifications.", "n-"},
	{"v", "Yes merci, mais pas encore toutes: il manque la Professional.", "n-"},
	{"v", "Bonjour,\nYes, but only the Practitioner one.\nCordialement", "n-"},
	{"v", "Bonjour,\nc'est bon?\nMerci", "n-"},
	{"v", "Great, thanks for checking! Honestly I'm not sure I'm on the right page.", "n-"},
	{"v", "問題なかったです。ただ、資格はまだ表示されていません。", "n-"},
	// 表示されるようになっていました and the joined Japanese line
	{"v", "表示されるようになっていましたが、今朝見たら消えていました。", "n-"},
	{"v", "一時は表示されるようになっていました。今は表示されていません。", "n-"},
	{"v", "旧アカウントのプロフィールに\n表示されるようになっていました。", "n-"},
	{"v", "本日確認したところ、以前の会社のアカウントに\n3 件が表示されていました。", "n-"},
	{"v", "同僚のプロフィールには\n表示されています。私の方はまだです。", "n-"},
	{"v", "上司に\n表示されていると言われましたが、自分では見ていません。", "n-"},
	{"v", "表示されるようになっていましたか？", "n-"},
	{"v", "明日には表示されるようになっているはずです。", "n-"},
	// certsZero's "nothing under" and the joined question
	{"v", "The page shows nothing under AWS Certifications that I didn't expect; all three are there.", "yn-"},
	{"v", "Could it be that my account is under my old\nname? Both are there on that one.", "n-"},
	// a negation two clauses away, a side paragraph that undercuts
	{"v", "Both are there.\n\nP.S. Sorry, I just noticed I was logged into my old company's account.", "n-"},
	{"v", "All three are there.\n\nActually, scratch that, I was looking at my colleague's screen.", "n-"},
	{"v", "Both are there!\n\nOn second thought they might be the expired ones, one of them says 2019.", "n-"},
	// done that is a plan, done of something else
	{"l", "I will have it done by tomorrow.", "-"},
	{"l", "I'll get it done today.", "-"},
	{"l", "Consider it done, I'll do it first thing Monday.", "-"},
	{"l", "Done reading your mail, I'll do the steps this afternoon.", "-"},
	{"l", "I'm done for today, will link it tomorrow.", "-"},
	{"l", "Done with step 1, the rest tonight.", "-"},
	{"l", "Done! Just kidding, I'll do it on Monday.", "-"},
	{"l", "Done, except I couldn't find the share button.", "-"},
	{"l", "Done.\n\nBy the way, it said my session had expired at the end, not sure if that matters.", "-"},
	{"l", "Done, I linked it and pressed save, but the page just kept spinning.", "-"},
	{"l", "I pressed save on the link page. Done? It still says not linked.", "-"},
	{"l", "Done, linked it and pressed save.\nOn my personal account, since the work one wouldn't log in.", "-"},
	{"l", "完了する予定です。", "-"},
	{"l", "明日完了させます。", "-"},
	{"l", "完了しました。と言いたいところですが、エラーが出ました。", "-"},
	{"l", "完了しました\n\nちなみに、同僚のアカウントで操作しました。", "-"},
	{"l", "手続きは問題なかったです。ただ、最後の共有はまだです。", "-"},
	{"l", "問題なかったです。", "-"},
	// a submission of something else
	{"f", "Submitted my expense report; the merge form is next on my list.", "-"},
	{"f", "I submitted a ticket to IT to get access to the form.", "-"},
	{"f", "Submitted the vacation request, will do the form when I'm back.", "-"},
	{"f", "Submitted? Not yet, sorry.", "-"},
	{"f", "Submitted.\n\nP.S. I put my gmail address as the one to keep, hope that's right.", "-"},
	{"f", "Submitted, no need to remind me again. Well, I will submit it tonight.", "-"},
	{"f", "Submitted the form, it went to my Other folder and then I cancelled it.", "-"},
	{"f", "提出しました（経費精算の方です）。フォームはまだです。", "-"},
	{"f", "送信しようとしましたが、問題なかったです、明日やります。", "-"},
	// a request to the company's own desk, a Done on another's account
	{"f", "Submitted a request to the helpdesk.", "-"},
	{"f", "Submitted an access request, waiting for IT.", "-"},
	{"f", "社内のヘルプデスクに申請を提出しました。", "-"},
	{"f", "フォームへのアクセス申請を提出しました。", "-"},
	{"l", "完了しました\n\nちなみに、上司のアカウントで連携しました。", "-"},
	{"l", "完了しました。\n\n念のため、先輩のIDで操作しました。", "-"},
	{"v", "前の会社のアカウントに表示されていました。", "n-"},
	{"v", "They are there.\n\nSorry, I was logged into my old account.", "n-"},
	{"v", "They are there, on my old company's profile.", "n-"},
	// near misses that must still be read
	{"f", "I raised a case with AWS support.", "s"},
	{"l", "完了しました。自分のアカウントで操作しました。", "d"},
	{"v", "Yes, all three show. I logged into my company account to check.", "y"},
	{"v", "Both are there.", "y"},
	{"v", "Thanks for your patience and for checking again. Both are there now.", "y-"},
	{"l", "Done.", "d"},
	{"f", "Submitted.", "s"},
}

// TestReview21Probes: every probe, in every style, taken only as it may be.
func TestReview21Probes(t *testing.T) {
	checkReviewWith(t, review21All, review21Styles, review21Take)
}
