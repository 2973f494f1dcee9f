package reply

import "testing"

// The acts study of the sixteenth, eighteenth and nineteenth sets (the
// nineteenth's ub and ud mails only): replies that say the merge form was
// sent or the APN link made, in ways the reading missed. Each probe is
// written for this study in its own words; the near misses beside each
// family must stay for a person, and Lean must not lean to the act on them.

type actProbe struct {
	text string
	want Answer
}

func checkActs(t *testing.T, family string, cases []actProbe) {
	t.Helper()
	for _, c := range cases {
		a, aside := ReadAsking(c.text)
		if a != c.want {
			t.Errorf("%s: ReadAsking(%q) = %q beside %q; want %q", family, c.text, a, aside, c.want)
		}
		if c.want != Unclear {
			continue
		}
		if l := Lean(c.text); l == Done || l == Submitted {
			t.Errorf("%s: Lean(%q) = %q; a near miss must not lean to the act", family, c.text, l)
		}
	}
}

// TestActsNumberAbbreviationIsNoNo: "no." before a number abbreviates
// "number" ("ref no. 5512", "Case No: 88", "confirmation no 4410"): no
// answer, least of all a No beside the Submitted it gives evidence for.
func TestActsNumberAbbreviationIsNoNo(t *testing.T) {
	checkActs(t, "number abbreviation", []actProbe{
		{"Sent the form. The site showed ref no. 5512093.", Submitted},
		{"Submitted - confirmation no 44100271 for your records.", Submitted},
		{"Done, support raised Case No: 8812 for the greyed-out button and it works now.", Done},
		{"Form submitted this morning, request no. 7781.", Submitted},
		// near misses: a No that is an answer, and a number that is not one
		{"No. I have not sent it yet.", No},
		{"Submitted? No. 5 tries and it still fails.", Unclear},
	})
}

// TestActsAnswerPutInTheSubject: the writer types the answer into the
// subject and leaves the body empty, or only points at the subject ("see
// subject", 件名の通りです): before the quoted subject ("submitted - Re:
// …", "Done RE: …"), or as a new subject with the old one kept in "(was:
// …)". The head is read as any answer is; a body with words of its own
// beyond the pointer is read instead.
func TestActsAnswerPutInTheSubject(t *testing.T) {
	subjects := []struct{ subject, want string }{
		{"submitted - Re: Action needed: merge your two accounts [merge-x1]", "submitted"},
		{"Form sent RE: Action needed: merge your two accounts", "Form sent"},
		{"Linked! AW: [share-x2] Please link your AWS Certification account", "Linked!"},
		{"DONE - linked it (was: Please link your AWS Certification account [share-x3])", "DONE - linked it"},
		{"Re: Please link your account - DONE", "DONE"},
		// near misses: the head is read, and says no act
		{"not yet - Re: Action needed: merge your two accounts", "not yet"},
		{"will do tomorrow RE: Action needed: merge your two accounts", "will do tomorrow"},
		{"Re: Action needed: merge your two accounts", ""},
	}
	for _, c := range subjects {
		if got := SubjectAnswer(c.subject); got != c.want {
			t.Errorf("SubjectAnswer(%q) = %q; want %q", c.subject, got, c.want)
		}
	}
	for _, c := range []actProbe{{"will do tomorrow", Unclear}, {"not yet", No}, {"Form sent", Submitted},
		{"DONE - linked it", Done}} {
		if a := Read(c.text); a != c.want {
			t.Errorf("Read(%q) = %q; want %q", c.text, a, c.want)
		}
	}
	bodies := []struct {
		text  string
		words bool
	}{
		{"see subject\n\nHanna", false},
		{"As per subject.\n\nThanks,\nOla", false},
		{"件名のとおりです。\n\n山本", false},
		{"件名の通りです。よろしくお願いします。", false},
		// near misses: more than the pointer, for the body to be read
		{"see subject, but it showed an error", true},
		{"Not sure it took, see subject", true},
		{"件名の通りですが、まだ反映されていません。", true},
		{"See subject. Also, who updates my title?", true},
	}
	for _, c := range bodies {
		if got := HasOwnWords(c.text); got != c.words {
			t.Errorf("HasOwnWords(%q) = %v; want %v", c.text, got, c.words)
		}
	}
}

// TestActsTroubleOvercome: after the answer, the story of a trouble that
// went on for a while ("the form kept failing", "it took three tries
// because the page timed out", 一度エラーが出ましたが…成功しました) and then
// went through. The story must end in success; one that does not, or ends
// in doubt, stays for a person.
func TestActsTroubleOvercome(t *testing.T) {
	checkActs(t, "trouble overcome", []actProbe{
		{"Submitted this morning. The form kept failing on the office network but it went through from my phone.",
			Submitted},
		{"Submitted. It took three tries because the page timed out.", Submitted},
		{"Sent it from my phone. Took two tries bc the captcha kept expiring lol", Submitted},
		{"完了しました。\n最初は「エラーが発生しました」と出ましたが、もう一度やったら成功しました。", Done},
		{"提出しました。一度タイムアウトしましたが、再送信したらうまくいきました。", Submitted},
		// near misses: no success told, or a doubt at the end
		{"Submitted. The form kept timing out and I'm not sure it went through.", Unclear},
		{"Submitted, but the page kept failing.", Unclear},
		{"Submitted. The form kept crashing, so I'll try again tomorrow.", Unclear},
		{"Submitted. It took three tries and it still timed out.", Unclear},
		{"Submitted. The captcha never loaded.", Unclear},
		{"Submitted. The first time the captcha failed.", Unclear},
		{"完了しました。\n一度エラーが出ましたが、やり直しても成功しませんでした。", Unclear},
		{"提出しました。エラーが出ましたが、成功したかどうか分かりません。", Unclear},
	})
}

// TestActsRemindersNotWanted: beside the answer, a request to stop the
// reminders ("pls stop reminding me", "no need to chase me", リマインドは
// 不要です) is about certflow's mail, not the act: no No.
func TestActsRemindersNotWanted(t *testing.T) {
	checkActs(t, "reminders not wanted", []actProbe{
		{"Submitted. Please stop reminding me :)", Submitted},
		{"Linked it last night, no need to keep chasing me!", Done},
		{"提出しました。リマインドはもう不要です。", Submitted},
		// near misses: the stop is of the act, or there is no act
		{"Please stop reminding me.", Unclear},
		{"Please stop, I don't want them merged.", No},
		{"Not submitted yet, stop reminding me.", No},
	})
	for _, text := range []string{"Please stop reminding me.", "Stop the reminders, I'll get to it."} {
		if l := Lean(text); l != Unclear {
			t.Errorf("Lean(%q) = %q; a request to stop the reminders leans nowhere", text, l)
		}
	}
}

// TestActsWhenInBrackets: the day or time of the act in brackets after it
// (提出しました（12/8）, "Done (yesterday)", "Submitted (Monday morning)") says
// when, not which one or how far.
func TestActsWhenInBrackets(t *testing.T) {
	checkActs(t, "when in brackets", []actProbe{
		{"提出しました（12/8）。", Submitted},
		{"Done (yesterday evening).", Done},
		{"Submitted (Monday morning)", Submitted},
		{"送信しました（昨日）", Submitted},
		// near misses: a bracket that names which, how far, or a day to come
		{"Done (sandbox).", Unclear},
		{"Submitted (tomorrow).", Unclear},
		{"Done (mostly).", Unclear},
		{"提出しました（予定）", Unclear},
	})
}

// TestActsAwayWithoutALaptop: an apology for a late answer, with the
// absence that explains it ("I was travelling with no laptop", 出張で
// PCがなく), before the act: the "no" is of the laptop, not the act.
func TestActsAwayWithoutALaptop(t *testing.T) {
	checkActs(t, "away without a laptop", []actProbe{
		{"Sorry for the slow answer, I was at a conference with no laptop. I submitted the form on Tuesday.", Submitted},
		{"Apologies for the delay, I was on holiday without my laptop. The link is done now.", Done},
		// near misses: the lack is of what the act needs, or no act follows
		{"Sorry for the slow answer, I was away with no laptop. I'll submit it tomorrow.", Unclear},
		{"Sorry for the delay, I have no access to the old account. I submitted the form anyway.", Unclear},
	})
}

// TestActsJapaneseSendingFinished: the sending said to be over (フォームの
// 送信、終わりました, 提出が終わりました) is the Submitted, not a Done of
// something else; and a formal report that opens with what it is about
// (ご依頼の統合申請につきまして、…) carries the answer after that topic.
func TestActsJapaneseSendingFinished(t *testing.T) {
	checkActs(t, "sending finished", []actProbe{
		{"フォームの送信、終わりました。", Submitted},
		{"申請フォームの提出が終わりました。", Submitted},
		{"お世話になっております。\nご依頼いただいた統合申請の件につきまして、\n本日フォームの送信が完了いたしましたのでご報告いたします。\n\n" +
			"引き続きよろしくお願いいたします。", Submitted},
		{"先日ご案内いただきましたAWS認定アカウントの統合の件につきまして、\n本日申請フォームの送信が完了いたしましたことを" +
			"ご報告申し上げます。", Submitted},
		// near misses: not over, to come, or trouble after the topic
		{"フォームの送信はまだ終わっていません。", No},
		{"送信が終わったら連絡します。", Unclear},
		{"ご依頼いただいた統合申請につきまして、フォームの送信を試みましたがエラーになりました。", Unclear},
		{"統合申請につきまして、来週送信する予定です。", Unclear},
		{"ご依頼いただきました統合申請の取り消しにつきまして、本日フォームを送信しました。", Unclear},
	})
}

// TestActsNoLaptopIsNoNo: "no laptop", "no wifi" beside an absence name a
// device the writer was without ("(hiking, no laptop)"): no answer No
// beside the act. A No said as a word, or not yet done, stays.
func TestActsNoLaptopIsNoNo(t *testing.T) {
	checkActs(t, "no laptop", []actProbe{
		{"Submitted, thanks. Off all of next week (hiking, no laptop).", Submitted},
		{"Linked it from my phone, no wifi at the hotel.", Done},
		// near misses: the act not done, or a No given
		{"No. No laptop here, so not yet.", No},
		{"No laptop this week, not linked yet.", No},
	})
}
