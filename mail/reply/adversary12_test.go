package reply

import "testing"

// readsNot checks that Read gives none of the answers in not for each
// text (an answer it did not give would be acted on), and Lean no Yes.
func readsNot(t *testing.T, texts []string, not ...Answer) {
	t.Helper()
	for _, text := range texts {
		got := Read(text)
		for _, a := range not {
			if got == a {
				t.Errorf("Read(%q) = %q: an answer it does not give", text, got)
			}
		}
		if l := Lean(text); l == Yes {
			t.Errorf("Lean(%q) = yes", text)
		}
	}
}

// reads checks that Read gives want for each text.
func reads(t *testing.T, want Answer, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if got := Read(text); got != want {
			t.Errorf("Read(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSeenOnceIsNoYes: what showed and went away, showed only at some
// time before or now and then, is told by someone else, or is doubted or
// asked about is no Yes to "does it show now?" (a false Yes closes a share
// case as verified).
func TestSeenOnceIsNoYes(t *testing.T) {
	readsNot(t, []string{
		"They showed up and then disappeared.",
		"They all appeared, then went away.",
		"They showed up for a moment, then vanished.",
		"They used to show up.",
		"They showed up before the merge.",
		"They showed up until yesterday.",
		"It showed up once.",
		"They show up sometimes.",
		"They occasionally show up.",
		"They show up on and off.",
		"Do they all show",
		"Are they all showing now",
		"I doubt they all show.",
		"Apparently they all show.",
		"Supposedly they show up now.",
		"My manager says they all show.",
		"Someone told me they show up now.",
		"They all show as expired.",
		"以前は表示されてました。",
		"表示されたり消えたりしています。",
		"全部表示されてるっぽいです。",
		"表示されるようになりました、と同僚が言っていました。",
	}, Yes)
	reads(t, Yes, "They all show.", "They showed up yesterday.", "Both show now.", "Yes, all three show up now.",
		"They appeared this morning.", "They weren't there on Monday but they show up now.", "表示されてました。",
		"全部表示されています。", "はい、3つとも表示されています。")
}

// TestConsentHeldBackIsNoYes: a consent given for later or under a
// condition ("go ahead next week", "once I've checked with HR", 確認して
// から同意します), for the opposite act ("go ahead and cancel"), in
// sarcasm, taken back, or only of the mail received is no Yes: a false Yes
// sends an irreversible merge consent at once.
func TestConsentHeldBackIsNoYes(t *testing.T) {
	readsNot(t, []string{
		"Go ahead next week.",
		"Go ahead on Monday.",
		"Go ahead once I've checked with HR.",
		"Please go ahead after the 15th.",
		"You may go ahead once I confirm the address.",
		"You may go ahead after Friday.",
		"You have my consent, once you confirm the target address.",
		"I consent subject to HR approval.",
		"I consent in principle.",
		"Fine by me once I've downloaded my transcripts.",
		"Go ahead and cancel.",
		"Go ahead and withdraw the request.",
		"Please go ahead and reject it.",
		"Please proceed with the cancellation.",
		"Yes, please withdraw my request.",
		"I agree to withdraw.",
		"Yeah right, go ahead and destroy my history.",
		"Great, go ahead and lose my certs.",
		"Go ahead. Scratch that.",
		"Please ignore my \"yes\".",
		"Yes I got your email.",
		"I'd say yes.",
		"My manager says you may go ahead.",
		"統合について確認してから同意します。",
		"アカウントの統合について、上司に確認してから同意します。",
		"統合について、同意したいのですが上司の許可が必要です。",
		"同意の回答をお願いします、と上司に言われました。",
		"同意していただいて問題ありません、と上司が申しております。",
	}, Yes)
	reads(t, Yes, "Go ahead when you're ready.", "Go ahead and merge them.", "You may go ahead.", "Yes, go ahead.",
		"OK by me.", "Fine by me.", "Please go ahead at once.", "I consent.", "Yes, please merge them now.",
		"統合について、同意します。", "確認しました。同意します。", "同意の回答をお願いします。",
		"同意していただいて問題ありません。")
	reads(t, Done, "ログインしてから連携しました。", "I linked it after two tries.")
}

// TestSeenElsewhereOrOthersIsNoYes: certifications seen somewhere else
// than the APN profile asked about (the personal or old account, Credly,
// the inbox, a preview) or another person's, and a consent or approval
// that is another person's, or agreeing with a statement, is no Yes.
func TestSeenElsewhereOrOthersIsNoYes(t *testing.T) {
	readsNot(t, []string{
		"I can see them in my personal profile.",
		"Yes, they show in my personal account.",
		"They are listed in my old account.",
		"They all show on my colleague's profile.",
		"They show on my manager's profile.",
		"They show in Credly.",
		"They showed up in my inbox.",
		"The badges showed up.",
		"Her certifications showed up.",
		"Tanaka-san's certifications show now.",
		"They show up in the preview.",
		"同僚のアカウントでは表示されてました。",
		"個人のアカウントでは表示されています。",
		"旧アカウントには表示されています。",
		"はい、同僚のは表示されています。",
		"表示されています（個人アカウントの方）",
		"Consent given by my manager.",
		"My manager approved.",
		"Approved by my manager.",
		"Yes is what my manager wants me to say.",
		"I agree it's risky.",
		"I agree that it can't be undone.",
	}, Yes)
	reads(t, Yes, "They show in the APN profile.", "Yes, they show in my APN profile now.",
		"They all show on our company's partner profile.", "All three are listed in Partner Central.",
		"APNのプロフィールに表示されています。", "Approved.", "I agree.", "I agree to the merge.",
		"Yes, please merge the old account into the new one.")
	reads(t, Done, "I linked my personal account to the APN profile.")
}

// leansNot checks that neither Read nor Lean gives any of not.
func leansNot(t *testing.T, texts []string, not ...Answer) {
	t.Helper()
	readsNot(t, texts, not...)
	for _, text := range texts {
		got := Lean(text)
		for _, a := range not {
			if got == a {
				t.Errorf("Lean(%q) = %q: an answer it does not give", text, got)
			}
		}
	}
}

// TestDoneOrSubmittedThatIsNot: a done that gave up, was undone after,
// is doubted, told by someone else, or was for another person, and a form
// that cancels, went to a person instead of AWS, failed or was another
// person's, is no Done or Submitted.
func TestDoneOrSubmittedThatIsNot(t *testing.T) {
	leansNot(t, []string{
		"I'm done trying.",
		"I'm done with this.",
		"Linked, then unlinked.",
		"I linked it, then AWS removed it.",
		"I linked it before, but unlinked it now.",
		"I thought I linked it.",
		"I believe it's done.",
		"I did it for my colleague.",
		"I did the linking for Tanaka-san.",
		"I linked my colleague's account.",
		"連携しました、と同僚が言っていました。",
	}, Done)
	leansNot(t, []string{
		"I submitted the cancellation form.",
		"I submitted a request to cancel.",
		"キャンセルの申請を提出しました。",
		"取り消しの申請を送信しました。",
		"I submitted the form for my colleague.",
		"同僚の分を提出しました。",
		"Sent the form to my manager.",
		"I sent the form to my manager for approval.",
		"Form sent to HR.",
		"Submitted, but it bounced back.",
		"I submitted a form last year.",
	}, Submitted)
	reads(t, Done, "Done.", "I linked it.", "連携しました。", "I've linked my certification account to the APN profile.")
	reads(t, Submitted, "Submitted.", "I submitted the form.", "提出しました。", "I sent the form to AWS.")
}

// TestNoThatSaysFine: a "No" that says nothing is wrong or missing ("No,
// I don't mind", "No, nothing is missing", いいえ、問題ありません) answers a
// question of trouble, not the one asked: never a No.
func TestNoThatSaysFine(t *testing.T) {
	readsNot(t, []string{"No, I don't mind.", "いいえ、問題ありません。", "No, nothing is missing.",
		"No, nothing is wrong.", "No objections, no problems."}, No)
	reads(t, No, "No.", "No, please don't merge.", "いいえ、まだです。", "No, nothing shows yet.",
		"No, they are not there.", "No, I don't want them merged.", "いいえ、表示されていません。")
}

// TestSpokenAndQuotedNoYes: today's spoken forms and courtesies beside
// what takes them back: a recollection asked (表示されてましたっけ), a
// time it held until (昨日までは), what the boss said (進めちゃってください
// って上司が言ってました), a condition of another's approval (上司の承認後
// に), a joke, a yes to another question, or a bare yes that only
// acknowledges ("Yes, understood").
func TestSpokenAndQuotedNoYes(t *testing.T) {
	readsNot(t, []string{
		"表示されてましたっけ",
		"全部表示されてました。昨日までは。",
		"進めちゃってくださいって上司が言ってました。",
		"同意の回答をお願いします。上司の承認後に。",
		"They all show now (just kidding).",
		"They appear to be there.",
		"It appears so.",
		"Yes (to your question about my email address).",
		"Yes, understood.",
		"Yes, noted.",
		"Yes, I'm here.",
	}, Yes)
	reads(t, Yes, "表示されてましたー", "表示されてましたよ。", "全部表示されてました。", "進めちゃってください。",
		"同意の回答をお願いします。", "おけです、同意します。", "Yes.", "Yes, they all show now.", "Can you see them? Yes.",
		"承知しました。YESです。", "Understood. Yes, go ahead.", "Yes, all present and correct.")
}

// TestDoneThenUndermined: a Done or Submitted followed by what says it did
// not take (a draft, a bounce, a time-out, nothing happened, a mismatch,
// a status still "not linked"), a slip ("Oops, used my personal account"),
// a joke or a doubt on it ("たぶん", "or so I thought"), or a form still
// with a manager before it goes to AWS: neither read nor leant to.
func TestDoneThenUndermined(t *testing.T) {
	leansNot(t, []string{
		"Submitted. It's sitting in my drafts.",
		"Submitted. I saved it as a draft.",
		"Submitted. Got a bounce.",
		"Submitted. Got \"undeliverable\".",
		"Submitted. It said session expired.",
		"Submitted. The page timed out though.",
		"Submitted. Or at least I think so.",
		"Submitted the form. My manager has to approve it before it goes to AWS.",
		"提出しました。でも下書きのままかもしれません。",
		"提出しました。たぶん。",
		"提出しました。上司の承認後にAWSに送られます。",
	}, Submitted)
	leansNot(t, []string{
		"Done. Actually, I'm not sure it saved.",
		"Linked. Then AWS said the accounts don't match.",
		"Done, or so I thought.",
		"Done. Well, sort of.",
		"Done! Kidding, haven't started.",
		"Done. Not sure it worked.",
		"Done. Nothing changed on the page.",
		"Done. The button didn't do anything.",
		"Done. Still says pending.",
		"Done. Oops, used my personal account.",
		"Done. Oops, linked the old account.",
		"完了しました（冗談です）。",
		"連携しました。でも「未連携」と表示されています。",
	}, Done)
	reads(t, Submitted, "Submitted. Thanks for the reminder.", "I submitted the form this morning.", "提出しました。よろしくお願いします。")
	reads(t, Done, "Done. It shows as linked now.", "連携しました。ありがとうございます。", "Done, thanks for your help.")
	for _, text := range []string{"Done. It took two tries, but it shows as linked now.", "Submitted. Let me know if you need more."} {
		if got := Lean(text); got == Unclear {
			t.Errorf("Lean(%q) = unclear, want an answer", text)
		}
	}
}

// TestPartShownIsNoYes: a part of the certifications shown, told by what
// is left out ("minus the Specialty", "save for", "all but the SAP one",
// "most of them", SAP以外), by a count of the whole (3つ中2つ, "two of
// them") or as nearly all (ほぼ, ほとんど), is no Yes: the case would close
// with a certification missing.
func TestPartShownIsNoYes(t *testing.T) {
	readsNot(t, []string{
		"Yes, I can see them. Well, two of them.",
		"Yes they show, minus the Specialty.",
		"Yes they show, save for the Specialty.",
		"Yes they show, bar the Specialty.",
		"Yes, they show, other than the SAP cert.",
		"They show, without the professional one.",
		"All but the SAP one show up.",
		"Most of them show.",
		"Everything shows, minus one.",
		"はい、3つ中2つ表示されています。",
		"はい、ほぼ表示されています。",
		"はい、ほとんど表示されています。",
		"はい、概ね表示されています。",
		"表示されています。SAP以外。",
		"表示されています、SAP以外は。",
	}, Yes)
	reads(t, Yes, "Yes, all three show.", "Yes, SAA and DVA show up.", "はい、3つとも表示されています。",
		"はい、すべて表示されています。", "They all show now.", "Yes, all 4 of them show now.",
		"Yes - every one of them is on the profile.", "Sorry for the delay, I was away most of the week. Yes, they show.")
}

// TestDoubleNegativeIsNoNo: what is missing or not shown, negated ("nothing
// is missing", "none of them are missing", 表示されていないものはありません),
// says all is there: never a No, nor a lean to one; nor is a negation of a
// negation ("I can't not see them", "it's not that they don't show").
func TestDoubleNegativeIsNoNo(t *testing.T) {
	leansNot(t, []string{
		"Nothing is missing.",
		"Nothing's missing, they all show.",
		"None missing.",
		"None of them are missing.",
		"Not a single one is missing.",
		"I don't see any missing.",
		"I can't find anything missing.",
		"No, none are missing.",
		"No, not missing.",
		"I can't not see them.",
		"It's not that they don't show.",
		"It isn't not showing.",
		"いいえ、全部あります。",
	}, No)
	reads(t, No, "No, they are not there.", "No, nothing shows yet.", "No, none of them show.",
		"No, the SAP one is missing.", "I haven't linked it and I won't.", "いいえ、表示されていません。")
	// One named missing alone may be all there is: a lean No. Beside a
	// part that shows it is a partial display, for the operator (display).
	for text, want := range map[string]Answer{"Only two of the three show, the SAP one is missing.": Unclear,
		"The DVA is missing.": No} {
		if got := Lean(text); got != want {
			t.Errorf("Lean(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestDoneForAnotherOrHeard: a Done whose own words are today's casual
// forms (しときました, しといた) with another's share after it (同僚の分),
// or told as heard (上司が連携しといたそうです), is neither read nor leant to.
func TestDoneForAnotherOrHeard(t *testing.T) {
	leansNot(t, []string{
		"連携しときました、同僚の分。",
		"連携しました。同僚の分です。",
		"Done. That was for my colleague's account.",
		"上司が連携しといたそうです。",
		"連携したそうです。",
		"同僚が提出したとのことです。",
	}, Done, Submitted)
	reads(t, Done, "連携しときました。", "連携しといた。", "Done, thanks.")
	reads(t, Yes, "そうです。", "はい、そうです。表示されています。")
}

// TestShowOfSomethingElse: today's plain "show"/"appeared" phrases where
// what shows is not the certifications (a popup, a section, a blank page,
// the profiles, an old name), a status in single quotes ('pending'), a
// wish or a need ("I'd love to see them show up", "they need to show
// up"), or a count short of the whole ("three show now out of four",
// "Well, two did"): no Yes.
func TestShowOfSomethingElse(t *testing.T) {
	readsNot(t, []string{
		"A new section appeared.",
		"A popup appeared asking me to confirm.",
		"The page appeared blank.",
		"Both show up blank.",
		"Both show my old name.",
		"Both profiles show up.",
		"The two accounts both show.",
		"They all show 'pending'.",
		"I'd love to see them show up.",
		"I need them to show up by Friday.",
		"They need to show up.",
		"They have to show up.",
		"Make them show up please.",
		"Three show now out of four.",
		"They finally showed up! Well, two did.",
		"Yes. A popup appeared asking me to confirm.",
		"Yes, both show my old name.",
	}, Yes)
	reads(t, Yes, "They finally showed up!", "All three show now.", "Both show now that I refreshed.",
		"My certifications appeared this morning.", "They all show 'active'.", "Both show the certifications now.",
		"It's all there, they're showing.")
	reads(t, Done, "I've linked it now, and it accepted the ID and shows the partner name.")
}

// TestConsentOnAnotherTopic: today's topic before a Japanese answer
// (…について、同意します) read as the case's only when the topic is the
// case's (統合, 連携, 本件): a consent on another matter (別件, 解約, 利用規約,
// アンケート, ご指摘の点) or to a document or an opinion ("I agree to the
// terms", "I agree with your point") is no Yes to the merge.
func TestConsentOnAnotherTopic(t *testing.T) {
	readsNot(t, []string{
		"別件について、同意します。",
		"解約について、同意します。",
		"アカウント削除について、同意します。",
		"アンケートについて、同意します。",
		"利用規約について、同意します。",
		"プライバシーポリシーについて、同意します。",
		"上司の意見について、同意します。",
		"ご指摘の点について、同意します。",
		"Yes, I agree to the terms.",
		"I agree to the privacy policy.",
		"I agree with your point.",
		"I agree to disagree.",
	}, Yes)
	reads(t, Yes, "統合について、同意します。", "アカウントの統合について、同意します。", "本件について、同意します。",
		"統合につきまして、同意いたします。", "統合の件、同意します。", "I agree to the merge.", "I agree.")
}

// TestConsentTheOtherWayOrForNow: today's "you may go ahead" and "fine by
// me" with the merge going into the old or personal account, or given
// "for now", is no Yes: the consent sent is for the case's direction, and
// it cannot be undone.
func TestConsentTheOtherWayOrForNow(t *testing.T) {
	readsNot(t, []string{
		"You may go ahead and merge them into the personal one.",
		"You may go ahead with merging into my gmail.",
		"Yes, please merge everything into my old account.",
		"Fine by me for now.",
		"OK by me for the time being.",
	}, Yes)
	reads(t, Yes, "You may go ahead and merge them.", "Fine by me.", "Yes, please merge the old account into the new one.",
		"Yes, merge them into my work account.")
}

// TestNoOfEarlierIsNoNo: what did not show at an earlier time ("I couldn't
// see them at first", "they weren't there yesterday", 昨日は) says nothing
// of now, and beside "today they are" the opposite; a trouble that is gone
// ("no longer missing", "the 'not linked' warning is gone") or a No only
// meant to be said (まだです、と言おうと思ったら) is no No either.
func TestNoOfEarlierIsNoNo(t *testing.T) {
	leansNot(t, []string{
		"I couldn't see them at first.",
		"They weren't there yesterday.",
		"They weren't there yesterday. Today they are.",
		"They weren't there yesterday, but they are today.",
		"I didn't see them before I logged out and in again. Now I do.",
		"No longer missing.",
		"The \"not linked\" warning is gone.",
		"まだです、と言おうと思ったら表示されていました。",
		"昨日は表示されていませんでした。",
	}, No)
	reads(t, No, "No, they still don't show.", "Not yet, I checked this morning.", "They don't show yet.",
		"No, nothing shows, I checked yesterday and today.", "まだ表示されていません。")
	reads(t, Yes, "They weren't there on Monday but they show up now.")
}

// TestJapaneseConsentNegatedOrReversed: today's 同意の回答をお願いします
// after 非 (non-consent), and a consent with the merge going into the
// personal or old account or the other way round (逆向き), is no Yes.
func TestJapaneseConsentNegatedOrReversed(t *testing.T) {
	readsNot(t, []string{
		"非同意の回答をお願いします。",
		"統合をお願いします。個人アカウントの方に統合してください。",
		"統合をお願いします。逆向きで。",
		"統合してください、gmailの方に。",
		"Yes, go ahead. The other way round, though.",
	}, Yes)
	reads(t, Yes, "同意の回答をお願いします。", "統合をお願いします。", "統合してください、会社のアカウントの方に。",
		// 是非 is "by all means": its 非 negates nothing.
		"是非統合をお願いします。", "是非、統合をお願いします。", "是非進めてください。", "是非同意の回答をお願いします。")
	reads(t, No, "不同意の回答をお願いします。")
}

// TestDoneOfAnotherThing: a Done or Submitted of another thing than the
// case's (an exam, a survey, a timesheet, a LinkedIn or Credly link, 試験,
// アンケート, 経費精算) or of some steps only (step 1 and 2, 手順3まで), or
// beside another step still pending or a form sent by mistake, is neither
// read nor leant to.
func TestDoneOfAnotherThing(t *testing.T) {
	leansNot(t, []string{
		"I finished the exam. Linking is next.",
		"I completed the survey. Thanks.",
		"I submitted my expense report, and the form is next on my list.",
		"I linked my LinkedIn. The APN part is still to do.",
		"I've linked Credly to LinkedIn.",
		"Linked my GitHub account.",
		"I completed the steps in the guide up to step 3.",
		"Completed step 1 and 2.",
		"Steps 1-3 done, step 4 pending.",
		"Done, except I couldn't find the share button.",
		"Submitted the first form; the second one is pending.",
		"Submitted. Also submitted a cancellation by mistake.",
		"試験は完了しました。",
		"アンケートは提出しました。",
		"経費精算は提出しました。",
		"LinkedInと連携しました。",
		"手順3まで完了しました。",
	}, Done, Submitted)
	reads(t, Done, "I linked my certification account to the APN profile.", "連携しました。", "All steps done.")
	reads(t, Submitted, "I submitted the merge form.", "フォームを提出しました。",
		"I have submitted the request via the AWS Training and Certification contact form.")
	for _, text := range []string{"Submitted. It's pending approval now.",
		"Submitted! The form asked for an \"exam registration number\" which I left blank."} {
		if got := Lean(text); got != Submitted {
			t.Errorf("Lean(%q) = %q, want submitted", text, got)
		}
	}
	if got := Lean("Submitted. It's pending approval now."); got != Submitted {
		t.Errorf("Lean(pending approval) = %q, want submitted", got)
	}
}

// TestClickedLabelIsNoAnswer: an answer word in quotes as what the writer
// clicked on a page ('I clicked "Yes"', 「はい」を押しました) is the page's
// question answered, not certflow's.
func TestClickedLabelIsNoAnswer(t *testing.T) {
	readsNot(t, []string{"I clicked \"Yes\".", "I clicked 'Yes'.", "I pressed \"I agree\".", "「はい」を押しました。",
		"I clicked 'No'."}, Yes, No)
	reads(t, Yes, "Yes, they show.", "I replied 'no' by mistake, they do show.")
}
