package reply

import "testing"

// The eighteenth set's study: replies to "submit the form / link the
// account, and tell us when you have" that open, or nearly open, with the
// answer and go on about something else. Each probe below is written for
// this study in its own words; the near misses beside each family say
// what must stay for a person.

func checkReadAsking(t *testing.T, family string, cases []struct {
	text string
	want Answer
}) {
	t.Helper()
	for _, c := range cases {
		if a, aside := ReadAsking(c.text); a != c.want {
			t.Errorf("%s: ReadAsking(%q) = %q beside %q; want %q", family, c.text, a, aside, c.want)
		}
	}
}

// Test18LetterHeadDoesNotCountBeforeTheAnswer: a formal letter opens with
// the addressee, a greeting and the writer's name (certflow 様 /
// お世話になっております / 鈴木です), which say nothing; only sentences with
// words of their own count against how late the answer may come.
func Test18LetterHeadDoesNotCountBeforeTheAnswer(t *testing.T) {
	checkReadAsking(t, "letter head", []struct {
		text string
		want Answer
	}{
		{"certflow 様\n\nいつもお世話になっております。営業部の佐々木です。\n\n申請フォームを本日送信しました。\n\n" +
			"ちなみに来月から大阪支社に異動になります。", Submitted},
		// near misses: a letter whose first sentences tell a story before
		// the answer is still a letter for a person
		{"certflow 様\n\nお世話になっております。佐々木です。\n昨日フォームを開いたところ、エラーが出ました。\n" +
			"サポートに問い合わせました。\n別のブラウザで試しました。\n最終的に送信しました。\n\nちなみに来月異動します。", Unclear},
		{"certflow 様\n\nお世話になっております。佐々木です。\n\n申請フォームを送信しました。\n\n" +
			"ただ、旧アカウントのアドレスを間違えたかもしれません。", Unclear},
	})
}

// Test18jaDoubtOfOthersDoesNotWeigh: after a clear 提出しました, a doubt the
// writer says of other people (他の人も…詰まるかもしれない, 他のメンバーにも
// 案内が行っているかどうか) is not a doubt of the writer's own act. A doubt
// that names the act or the writer, or that others are said to have of
// the act, still weighs (adversary18ja_test.go keeps ca9f8ee's probes).
func Test18jaDoubtOfOthersDoesNotWeigh(t *testing.T) {
	checkReadAsking(t, "doubt of others", []struct {
		text string
		want Answer
	}{
		{"提出しました。\n同じチームの他の人も同じところで迷うかもしれないので、お伝えしておきます。", Submitted},
		{"送信しました。\n他のメンバーにも連絡が届いているかどうか、課長が気にしていました。", Submitted},
		{"完了しました。ほかの方々も同じところで困るかもです。", Done},
		// near misses: the doubt is of the act, the writer's own, or it
		// puts the act on another person
		{"提出しました。\n他の人も同じフォームを送ったかもしれません。", Unclear},
		{"提出しました。\n他の人もですが、私のほうも届いているかどうか分かりません。", Unclear},
		{"完了しました。\n他の人にも共有されているかどうか分かりません。", Unclear},
		{"提出しました。\n部長は、まだ足りないかもしれないと言っていました。", Unclear},
		{"提出しました。\n他の人のアドレスで送ったかもしれません。", Unclear},
		{"提出しました。他の人も同じ画面で迷うかもしれません。ただ、内容を撤回させてください。", Unclear},
	})
}

// Test18AnswerStandsBesideNewsOfBeingAway: after a clear Done or
// Submitted, the writer tells of being away (travel, leave, out of office,
// 出張, 休暇) and what follows for mail (replies slow, AWS's questions wait
// until they are back): the condition and time in it are of the absence,
// not the act. Away news that says part of the act is still to do, not
// done, or done wrong stays for a person.
func Test18AnswerStandsBesideNewsOfBeingAway(t *testing.T) {
	checkReadAsking(t, "away", []struct {
		text string
		want Answer
	}{
		{"Submitted.\n\nJust so you know, I'm out from the 3rd to the 9th, so if AWS writes in that week " +
			"it will have to wait until I'm back.", Submitted},
		{"Linked it.\nHeads-up that I will be travelling next week with limited access to email, " +
			"so replies may be slow.", Done},
		{"完了しました。\nなお、来週は休暇のため、メールの確認が遅れる場合がございます。", Done},
		// near misses
		{"Submitted. I'm on leave next week, so I'll do the second form when I'm back.", Unclear},
		{"Done. I'm out of office from tomorrow and haven't linked the other account yet.", Unclear},
		{"Submitted. I'm away until Monday, so it may not have gone through.", Unclear},
		{"Done. I'm travelling next week so I think my manager will finish it.", Unclear},
		{"Submitted. I'm off next week; if AWS asks, the form was only half filled in.", Unclear},
		{"完了しました。\n来週は出張のため、残りは戻り次第対応します。", Unclear},
		{"提出しました。\n出張中なので、まだ添付は送れていません。", Unclear},
		{"完了しました。\n休暇中のため、旧アカウントの方で連携したかもしれません。", Unclear},
	})
}

// Test18OfferOfAReferenceWeighsOnNothing: "if that is useful for your
// records", "in case it is helpful" offer what the writer adds, as "if
// that helps" does; the condition is of the offer, not of the act. What
// the offered sentence says of the act is weighed as before.
func Test18OfferOfAReferenceWeighsOnNothing(t *testing.T) {
	checkReadAsking(t, "offer", []struct {
		text string
		want Answer
	}{
		{"Submitted.\nAWS gave me the case number 1234567, if that is helpful for your records.", Submitted},
		{"Done.\nThe confirmation mail from AWS had reference LNK-55, if it's useful.", Done},
		// near misses
		{"Done.\nIt still shows the link as pending, if that is useful to know.", Unclear},
		{"Submitted.\nIf that is useful, I will send the form for the other account too.", Unclear},
		{"Submitted.\nThe case number is 1234567, if that is useful, though I think it was the old form.", Unclear},
	})
}

// Test18TroubleThatEndedWellStandsBesideTheAnswer: after a clear Done or
// Submitted the writer tells of trouble on the way that ended well ("took
// two tries because the captcha timed out, but it went through",
// 弾かれましたが、ブラウザを変えたら通りました): the failure is past and
// overcome. A story that ends in failure, doubt, another account or a
// person who did it, or goes on after the good end, stays for a person.
func Test18TroubleThatEndedWellStandsBesideTheAnswer(t *testing.T) {
	checkReadAsking(t, "ended well", []struct {
		text string
		want Answer
	}{
		{"Submitted.\nThe page hung twice with an error, but then it went through fine.", Submitted},
		{"Linked.\nIt asked me to reset my password first, which took ages, but after that it went through.", Done},
		{"Form sent. The upload failed at first, and now it went through - I got the confirmation page.", Submitted},
		{"提出しました。\n最初はエラーで弾かれましたが、Chromeで開き直したら通りました（Safariでは駄目でした）。", Submitted},
		// near misses
		{"Submitted.\nI used the wrong address at first, but it went through.", Unclear},
		{"Submitted.\nIt timed out twice, but it went through on my personal account.", Unclear},
		{"Done.\nThe page froze, but it went through - or at least I hope so.", Unclear},
		{"Done.\nThe link errored, then it went through, then it failed again.", Unclear},
		{"Submitted.\nIt failed at first, but I think it went through.", Unclear},
		{"Submitted.\nMy manager had to help, but it went through.", Unclear},
		{"Submitted.\nIt failed twice, but it went through. Actually, I am not sure it did.", Unclear},
		{"提出しました。\n最初はエラーでしたが、旧アカウントで試したら通りました。", Unclear},
		{"送信しました。\nエラーが出ましたが、たぶん通りました。", Unclear},
		{"提出しました。\n一度失敗しましたが、同僚に代わりにやってもらったら通りました。", Unclear},
		{"提出しました。\n一度失敗しましたが、夫がやり直したら大丈夫でした。", Unclear},
	})
}

// Test18QuestionMarkedAsOfSomethingElseStands: after a clear Done or
// Submitted the writer marks a question as of something else ("Unrelated:",
// "While I have you", 別件ですが) and goes on about it on the same line ("I
// can't find it anywhere"): the question and its follow-up stand when they
// name nothing of the act and hold no doubt nor words that always weigh.
func Test18QuestionMarkedAsOfSomethingElseStands(t *testing.T) {
	checkReadAsking(t, "marked question", []struct {
		text string
		want Answer
	}{
		{"Submitted.\n\nUnrelated: who do I ask about the travel policy for the summit trip? " +
			"I can't find it on the wiki.", Submitted},
		{"完了しました。\n別件ですが、来月の社内勉強会の会場はどちらでしょうか。", Done},
		{"Done.\nWhile I have you, where do I claim the exam fee back? The old portal is gone.", Done},
		// near misses
		{"Submitted.\nUnrelated: should I have used my personal account for this form?", Unclear},
		{"Done.\nBTW, who do I ask about expenses? It didn't work by the way.", Unclear},
		{"Submitted.\nQuick question, not related: is it normal that nothing was confirmed?", Unclear},
		{"完了しました。\n別件ですが、連携したアカウントは旧アドレスのままでよいでしょうか。", Unclear},
		{"Done.\nUnrelated: where is the expense policy? Also I'm not sure it saved.", Unclear},
		{"Done.\nUnrelated: where is the expense policy?\nI could not link it.", Unclear},
	})
}

// Test18SuggestionIsNoDoubt: "might be worth sending them this too",
// "could be worth a note in the wiki" suggest something to us; the might
// is of the suggestion, not a doubt of the act. A suggestion to check the
// act, or to wait, still weighs.
func Test18SuggestionIsNoDoubt(t *testing.T) {
	checkReadAsking(t, "suggestion", []struct {
		text string
		want Answer
	}{
		{"Submitted.\nthree people on my team took their exams at previous jobs, might be worth sending them this too",
			Submitted},
		{"Done.\nIt might be worth putting this step in the onboarding wiki.", Done},
		// near misses
		{"Done.\nMight be worth double-checking that the link took.", Unclear},
		{"Submitted.\nIt might be worth waiting a day before you tell AWS.", Unclear},
		{"Done.\nIt might be that I linked the wrong one.", Unclear},
		{"Submitted.\nMight be worth confirming with AWS that it arrived.", Unclear},
	})
}

// Test18QuotedReceiptOfTheDeskStands: after a clear Submitted the writer
// quotes what AWS's page or mail said back: "We have received your request
// and will respond within 2-3 business days." The will is AWS's, of its
// answer to come. A quote of trouble, of a condition still to meet, or
// words around it that doubt it stay for a person.
func Test18QuotedReceiptOfTheDeskStands(t *testing.T) {
	checkReadAsking(t, "quoted receipt", []struct {
		text string
		want Answer
	}{
		{"Submitted.\nThe page then said: \"We have received your request and will respond within 3 business days.\"",
			Submitted},
		{"Form sent. It showed \"Thank you. We've received your request and will get back to you within 48 hours.\"",
			Submitted},
		// near misses
		{"Submitted.\nThe page said: \"We could not receive your request. Please try again.\"", Unclear},
		{"Submitted.\nThe page said: \"We have received your request and will respond once you verify your email.\"",
			Unclear},
		{"Submitted.\nI hope it will say \"We have received your request\" soon.", Unclear},
		{"Submitted.\n\"We have received your request\" is what my colleague saw, not me.", Unclear},
	})
}
