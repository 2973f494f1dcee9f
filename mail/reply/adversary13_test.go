package reply

import "testing"

// family is one family of misreadings: texts none of whose readings
// (Read, or Lean) may be not, and the genuine answers beside them that
// must still read as want.
type family struct {
	not   Answer
	texts []string
	want  Answer
	kept  []string
}

// checkFamilies runs leansNot and reads for each family.
func checkFamilies(t *testing.T, fs ...family) {
	t.Helper()
	for _, f := range fs {
		if f.not != Unclear {
			leansNot(t, f.texts, f.not)
		}
		if f.want != Unclear {
			reads(t, f.want, f.kept...)
		}
	}
}

// TestOthersWordIsNotTheWriters: another person's consent, answer or
// seeing told in a reply ("my husband says it's fine to merge", "my team
// lead's answer is yes", "From my boss: go ahead", 上司は同意しています) is
// not the account owner's own, and a deed another did ("our office
// manager submitted it", "IT linked it") not the owner's doing: certflow
// sends its consent in the owner's name, and the case asks the owner.
// The writer's own answer, and another's word that only agrees with it,
// stay answers.
func TestOthersWordIsNotTheWriters(t *testing.T) {
	checkFamilies(t,
		family{not: Yes, texts: []string{"My husband says it's fine to merge.", "My partner says yes, go ahead.",
			"My team lead's answer is yes.", "From my boss: go ahead.", "Our account owner agreed, please proceed.",
			"My line manager is fine with the merge.", "上司は同意しています。", "家族は統合に同意しています。",
			"課長からは統合して問題ないとのことです。", "My colleague confirms they show up.",
			"My wife can see them on her laptop."},
			want: Yes, kept: []string{"Yes, I can see them. My manager can see them too.",
				"Yes, go ahead. I've checked with my manager.", "上司にも確認しました。統合に同意します。", "はい、同意します。",
				"Yes, I agree to the merge."}},
		family{not: Done, texts: []string{"IT linked it yesterday.", "HR team completed the linking.",
			"Our office manager linked it for the team."},
			want: Done, kept: []string{"I linked it myself.", "My account is linked.", "It's linked."}},
		family{not: Submitted, texts: []string{"Our office manager submitted it.", "My line manager sent the form."},
			want: Submitted, kept: []string{"I submitted the form to AWS."}},
	)
}

// TestDoneOnATrialOrSecondAccount: a Done named as done on an account
// kept for trying things or a second one ("on my test account", "the
// sandbox account", "the spare profile", テスト用のアカウント, サブアカウント,
// 2つ目のアカウント) is not the link of the account asked about. A second
// attempt is no second account.
func TestDoneOnATrialOrSecondAccount(t *testing.T) {
	checkFamilies(t,
		family{not: Done, texts: []string{"Done, on my test account.", "Linked the sandbox account.",
			"I linked the spare profile.", "Linked it with my secondary login.", "テスト用のアカウントで連携しました。",
			"サブアカウントで連携しました。", "2つ目のアカウントで連携しました。", "検証用アカウントで連携済みです。"},
			want: Done, kept: []string{"Done.", "I linked it on the second try.",
				"I linked my personal account to the APN profile."}},
		family{not: Yes, texts: []string{"Yes, please merge my test account."},
			want: Submitted, kept: []string{"Submitted. The first attempt timed out, but the second one went through."}},
	)
}

// TestSentToAnotherThanAWS: a form told as sent to a person or an inside
// place, in a piece of its own after the Submitted ("I submitted the form.
// To HR, that is.", "Sent it - to my boss") or in brackets ("(to our
// internal portal)"), did not go to AWS.
func TestSentToAnotherThanAWS(t *testing.T) {
	checkFamilies(t, family{not: Submitted, texts: []string{"I submitted the form. To HR, that is.",
		"Sent it - to my boss.", "Submitted (to our internal portal).", "Submitted, to my line manager first.",
		"提出しました。社内のシステムへ。", "社内のポータルへ提出しました。"},
		want: Submitted, kept: []string{"I submitted the form to AWS.", "Submitted. To AWS, as you asked.",
			"Sent it to AWS support."}})
}

// TestDoneAboutOrSentBack: a Done or Submitted said to be only about or
// in part so ("Done, almost", "Submitted, more or less", "Done-ish", "Half
// of it anyway"), sent back or undone after ("They sent it back to me",
// "AWS reverted it", 差し戻されました, 拒否されました, 却下のメールが届きました),
// or in Lean a link whose status is still pending, is not yet done. A
// Submitted beside a wait for approval still is one.
func TestDoneAboutOrSentBack(t *testing.T) {
	checkFamilies(t,
		family{not: Done, texts: []string{"Done, almost.", "Done. Nearly.", "Done, mostly.", "Done-ish.",
			"Done. Half of it anyway.", "Linked. Status says pending.", "Done. It shows as \"pending\" for now.",
			"Done. AWS reverted it.", "Linked, but it was rolled back overnight.", "連携しました。その後差し戻されました。"},
			want: Done, kept: []string{"Done.", "Linked, and it shows now.", "連携しました。"}},
		family{not: Submitted, texts: []string{"Submitted, more or less.", "Submitted. They sent it back to me.",
			"Submitted. It came back unprocessed.", "Submitted. It was returned.", "提出しました。差し戻されました。",
			"提出しました。拒否されました。", "提出しました。その後、却下のメールが届きました。",
			"提出しました。後で「受理できません」と連絡がありました。", "提出しましたが、不備があるとのことでした。"},
			want: Submitted, kept: []string{"Submitted.", "Submitted. It is pending approval now.", "提出しました。承認待ちです。"}},
	)
}

// TestConsentNotGivenNow: a consent in the mood of what would be or leant
// to ("I'd agree to that", "I'm inclined to say yes", "Yes in theory",
// "Fine by me I suppose"), for a later time (来月でお願いします), beside a
// step still to come told in Japanese plain form (念のため上司にも確認して
// おきます), or beside a plan to go on with the old or personal account
// that the merge closes ("After the merge I'll keep using the old
// account", 統合後も旧アカウントはそのまま残しておきます) is no consent to
// send now. Plain consents, and a plan for after the merge that takes it
// for granted, stay Yes.
func TestConsentNotGivenNow(t *testing.T) {
	checkFamilies(t, family{not: Yes, texts: []string{
		"I'd agree to that.", "I could agree.", "I'm inclined to say yes.", "Leaning towards yes.", "Yes in theory.",
		"Fine by me I suppose.", "はい、来月でお願いします。", "はい、月末にお願いします。", "はい、年明けに進めてください。",
		"はい、同意します。念のため、上司にも確認しておきます。", "はい、進めてください。一応、家族に聞いてみます。",
		"Yes, I consent. After the merge I'll keep using the old account.",
		"Yes, go ahead. Once merged I will keep the personal one as well.",
		"はい、統合してください。統合後も旧アカウントはそのまま残しておきます。",
		"はい、同意します。統合後は個人のアカウントの方を使い続けます。",
	}, want: Yes, kept: []string{"Yes, I agree.", "I'd like you to go ahead with the merge.",
		"Yes, I consent to the merge. After the merge I'll only use my work address.",
		"はい、同意します。統合後は会社アドレスの方だけ使うようにします。", "はい、統合をお願いします。"}})
	reads(t, No, "やっぱりやめておきます。", "いいえ、来月まで待ってください。")
}

// TestSeenThenOrElsewhereIsNoYes: what showed a short while ago ("when I
// checked an hour ago", 先ほどまでは表示されていました), shows on another
// site or only on the certification side's own portal ("on LinkedIn", "in
// the AWS Certification portal", 認定アカウントの方では), shows as lapsed
// (期限切れと表示), or only as it looks ("from what I can see", 見た感じ),
// is no Yes that the certifications show in the APN profile; nor is an
// answer written "on behalf of" another or what another wrote. What the
// certification portal shows of the partner or the link stays evidence
// beside a Done, and what has lapsed beside a No is its part.
func TestSeenThenOrElsewhereIsNoYes(t *testing.T) {
	checkFamilies(t,
		family{not: Yes, texts: []string{"They were showing when I checked an hour ago.", "先ほどまでは表示されていました。",
			"They show on LinkedIn.", "They show in the AWS Certification portal.", "はい、認定アカウントの方では表示されています。",
			"はい、期限切れと表示されています。", "表示されています（有効期限切れですが）。", "Yes, from what I can see.",
			"見た感じでは表示されています。", "My manager wrote: \"Yes, go ahead.\"", "Yes (typing this on behalf of my father).",
			"On behalf of Ken Sato: yes, please merge."},
			want: Yes, kept: []string{"Yes, they show.", "They showed up yesterday.", "表示されています。",
				"Please confirm to AWS on my behalf."}},
		family{want: Done, kept: []string{"I've linked it. In the certification portal the partner now shows as \"Example\".",
			"設定しました。認定アカウントを紐付けたと表示されています。"}},
		family{not: Done, texts: []string{"Yes they're there, I linked them last week. Today they disappeared."}},
		family{want: No, kept: []string{"いいえ。表示されているのは失効した古い資格だけです。"}},
	)
}

// TestTakenBackAfterOrBelow: an answer told as given too soon ("My
// earlier "done" was premature", "I replied done too soon"), a postscript
// below the signature delimiter that holds it back ("-- " over the name,
// then "PS: actually hold off until Monday", 追伸：やはり少し待ってください),
// and a question that the answer may be undone ("後から取り消せますよね？",
// made rhetorical by ご返信は不要です) leave the answer for a person: a
// consent is sent at once and the merge cannot be undone.
func TestTakenBackAfterOrBelow(t *testing.T) {
	checkFamilies(t,
		family{not: Done, texts: []string{"My earlier \"done\" was premature.", "I replied done too soon, sorry.",
			"Done.\n-- \nKen Sato\nP.S. the link failed again, ignore the above."},
			want: Done, kept: []string{"Done.\n-- \nKen Sato\nExample Corp", "Done.\n\nKen\nPS: thanks for the quick instructions!"}},
		family{not: Yes, texts: []string{"Yes.\n-- \nKen Sato\nPS: actually hold off until Monday.",
			"はい。\n--\n佐藤\n追伸：やはり少し待ってください。", "はい、進めてください。後から取り消せますよね？ご返信は不要です。",
			"Yes, go ahead. I can reverse this later, right? No need to reply."},
			want: Yes, kept: []string{"Yes.\n-- \nKen Sato\nSenior Engineer", "Yes, go ahead. No need to reply.",
				"Yes, go ahead. My exams move to the work account as well, right? No need to answer that."}},
	)
}

// TestAnswerOfAnotherThingOrToCome: a bare "Yes" beside thanks for being
// told ("Yes, thanks for the heads up") acknowledges the mail; a Yes that
// the addresses or details are right confirms a fact, not the merge; and a
// Done as an idiom or by a time to come ("Consider it done", "As good as
// done", "Done by tomorrow") is not done yet.
func TestAnswerOfAnotherThingOrToCome(t *testing.T) {
	checkFamilies(t,
		family{not: Yes, texts: []string{"Yes, thanks for the heads up.", "Yes, thanks for letting me know.",
			"Yes, the addresses are correct.", "Yes. The email addresses look right."},
			want: Yes, kept: []string{"Yes, thanks.", "Yes, that's correct.", "Yes, go ahead. Thanks for letting me know."}},
		family{not: Done, texts: []string{"Consider it done.", "As good as done.", "Done by tomorrow.",
			"It'll be linked by the end of the week.", "今週末までに連携します。"},
			want: Done, kept: []string{"Done.", "Done, it was linked by Monday.", "連携しました。"}},
	)
}

// TestNoTakenBackOrDoneOnlyFelt: a No followed by what is found as the
// writer writes ("Not yet. Oh, there they are!", まだです。あ、今出ました。)
// is taken back; a Done or Submitted only felt, hoped, heard or doubted
// ("連携した気がします", "Submitted - fingers crossed", "They show, or so I'm
// told", "Done. Or not, …") or after which the page went on as if nothing
// was sent ("then it asked me to log in again") is not yet one; in Lean
// too a hope or no word back after it ("提出済み、だと思います", "Sent, but no
// confirmation came").
func TestNoTakenBackOrDoneOnlyFelt(t *testing.T) {
	checkFamilies(t,
		family{not: No, texts: []string{"Not yet. Oh, there they are!", "まだです。あ、今出ました。",
			"They don't show. Oh wait, here they are."},
			want: No, kept: []string{"Not yet.", "まだです。", "No, nothing shows yet."}},
		family{not: Done, texts: []string{"連携した気がします。", "Done. Or not, it just logged me out."},
			want: Done, kept: []string{"Done.", "連携しました。"}},
		family{not: Submitted, texts: []string{"Submitted - fingers crossed.", "Submitted, then it asked me to log in again.",
			"提出した、はず。", "提出済み、だと思います。", "Submitted, hopefully correctly.", "Sent, but no confirmation came.",
			"Submitted. Didn't get a confirmation.", "Submitted. Haven't received anything back."},
			want: Submitted, kept: []string{"Submitted.", "Submitted. I got the confirmation email."}},
		family{not: Yes, texts: []string{"They show, or so I'm told.", "They show, I hear."},
			want: Yes, kept: []string{"They show.", "Yes, they show."}},
	)
}

// TestBareYesOfRegret: a bare "Yes" with a word of regret ("Yes,
// unfortunately", "Sadly yes", はい、残念ながら) is bad news, which neither a
// consent nor "they show" is: it may agree with "still not there?". A Yes
// in words keeps its regret as detail.
func TestBareYesOfRegret(t *testing.T) {
	checkFamilies(t, family{not: Yes, texts: []string{"Yes, unfortunately.", "Sadly yes.", "はい、残念ながら。",
		"Yes, I'm afraid."},
		want: Yes, kept: []string{"Unfortunately yes, they all show now.", "Yes.", "はい。"}})
	reads(t, No, "Unfortunately no.", "Sadly not.")
}

// TestConsentForAWhileOrShortOfFull: a consent given for a while only or
// short of a full one ("Yes (tentative)", "A qualified yes", "For now,
// yes", はい（仮）, いったん同意します, はい、一旦お願いします, 原則同意します,
// 基本的には同意します, おおむね同意します) is no consent to send: the merge
// is for good. A No for now stays a No.
func TestConsentForAWhileOrShortOfFull(t *testing.T) {
	checkFamilies(t, family{not: Yes, texts: []string{"Yes (tentative)", "Yes (provisional)", "Tentatively yes.",
		"A soft yes.", "A qualified yes.", "For now, yes.", "はい（仮）", "はい、一旦お願いします。", "いったん同意します。",
		"ひとまず同意します。", "暫定的に同意します。", "仮同意です。", "基本的には同意します。", "原則同意します。",
		"おおむね同意します。", "Yes, I agree. Well, my manager does."},
		want: Yes, kept: []string{"Yes, I agree.", "同意します。", "はい、お願いします。"}})
	reads(t, No, "Not for now.", "統合はひとまず保留でお願いします。", "Don't merge anything for now.")
}

// TestSentOrDoneOfAnotherKind: what was sent instead of the form
// (feedback, a question, a test: "I submitted a question through the
// form", テスト送信しました, "I sent the form link to AWS"), the form sent
// with a slip or the other way round ("with a typo in my name", "with the
// old address as primary"), the unmerge form after it, and a link made
// for a while, as a test, in the head, or undone after ("Linked for now",
// "Linked as a test", とりあえず連携しました, "Done, and undone") are no
// Submitted or Done. A support case or ticket raised with AWS is how some
// send it, and stays one. (Lean leaves a slip beside a Submitted to the
// desk, who will ask.)
func TestSentOrDoneOfAnotherKind(t *testing.T) {
	checkFamilies(t,
		family{not: Submitted, texts: []string{"I submitted feedback.", "I sent the form link to AWS.",
			"I submitted a question through the form.",
			"Submitted the form with the old address as primary.", "お問い合わせフォームから質問を送信しました。",
			"提出しました（テスト送信）。", "テスト送信しました。", "I submitted a test.",
			"I submitted the merge form and then the unmerge form."},
			want: Submitted, kept: []string{"I submitted the form.", "I opened a support case with AWS this morning.",
				"Raised a ticket with AWS.", "お問い合わせフォームから送信しました。"}},
		family{not: Done, texts: []string{"I linked the accounts in my head.", "Done, and undone.", "Done for now.",
			"Linked for now.", "Linked temporarily.", "とりあえず連携しました。", "Linked as a test.", "一時的に連携しました。"},
			want: Done, kept: []string{"Done.", "Linked it just now.", "連携しました。"}},
	)
	readsNot(t, []string{"I submitted the form, with a typo in my name."}, Submitted)
}

// TestDoneOnlyHopedOrForTheRecord: a Done only hoped (連携しました（と信じた
// い）), for the record only (一応連携しました, 連携しました、一応), or with a
// guess in brackets after it (連携しました！（多分）), and a consent that
// leaves the choice to the desk ("Either is fine"), are no answers.
func TestDoneOnlyHopedOrForTheRecord(t *testing.T) {
	checkFamilies(t,
		family{not: Done, texts: []string{"連携しました（と信じたい）", "一応連携しました。", "連携しました、一応。",
			"連携しました！（多分）", "Linked, I hope so."},
			want: Done, kept: []string{"連携しました。", "連携しましたので、ご確認ください。", "連携しておきました。"}},
		family{not: Yes, texts: []string{"Either is fine.", "Either way is fine with me."},
			want: Yes, kept: []string{"Yes, that's fine.", "Fine by me."}},
	)
}

// TestNoNeedBesideAllThere: "No need" is a No to the merge, but beside
// "they already show" or "they're already there" it says no need to ask:
// the opposite of a No to "do they show?". Those words are a Yes of their
// own, so the two disagree and a person reads the reply.
func TestNoNeedBesideAllThere(t *testing.T) {
	checkFamilies(t, family{not: No, texts: []string{"No need, they already show.", "No need, they are already there.",
		"No need - they're already listed."},
		want: Yes, kept: []string{"They already show.", "They're already there.", "They already show up on the profile."}})
	reads(t, No, "No need.", "No, they don't show.", "They aren't already there.")
}

// TestNamedOrThirdPersonConsent: a consent said by someone named or by
// "he"/"she" ("Ken said yes", "Sato-san agreed to the merge", "He's fine
// with it", 本人は同意しています), or written by another for the owner ("I'm
// Ken's wife", "Reply from Tanaka's secretary: yes") is not the owner's
// own. The writer's own, and a company's profile, stay as they were.
func TestNamedOrThirdPersonConsent(t *testing.T) {
	checkFamilies(t, family{not: Yes, texts: []string{"Ken said yes.", "Sato-san agreed to the merge.",
		"He's fine with it.", "She agreed.", "He said go ahead.", "本人は同意しています。", "ご本人からOKをいただいています。",
		"Reply from Tanaka's secretary: yes, please merge.", "Hi there, I'm Ken's wife. Yes, he's fine with it."},
		want: Yes, kept: []string{"I agree.", "Yes, I'm fine with it.", "They all show on our company's partner profile.",
			"Sure, go ahead.", "OK, merge them."}})
}

// TestQuestionWithoutItsMark: a question asked without its mark after the
// answer, in English by its order ("Is that all") or in Japanese wondered
// aloud or asked inside a request or a hope (…移るのかな, これで良いですかね,
// …か気になります, …か教えてください, 合っているといいのですが), is for a
// person to answer. (Lean tolerates a hope after a Done: a labelled
// Submitted says "hope that's ok".)
func TestQuestionWithoutItsMark(t *testing.T) {
	checkFamilies(t,
		family{not: Yes, texts: []string{"Yes. Is that all", "はい、進めてください。バッジは移るのかな。",
			"はい、進めてください。バッジが移るか気になります。", "はい、進めてください。バッジが移るか教えてください。"},
			want: Yes, kept: []string{"Yes. Let me know if you need anything else.", "はい、進めてください。"}},
		family{not: Done, texts: []string{"連携しました。これで良いですかね。", "連携しました。これで良かったかな。"},
			want: Done, kept: []string{"連携しました。", "かなり時間がかかりましたが、連携しました。"}},
	)
	readsNot(t, []string{"連携しました。合っているといいのですが。"}, Done)
}

// TestFacesOfDoubt: a face or hand of doubt, worry or hope, or the mark of
// a joke, beside an answer or after it ("Yes 🤔", "Yes. 🤔", "Submitted
// 🤞", "Yes /s", "Yes (j/k)") holds it back; a sad face beside a bare Yes
// is its regret ("Yes 👎"). Beside a No a sad face is the No's regret, and
// a thankful one beside a Done its courtesy.
func TestFacesOfDoubt(t *testing.T) {
	checkFamilies(t,
		family{not: Yes, texts: []string{"Yes 🤔", "Yes. 🤔", "はい🤔", "Yes 😬", "Yes 👎", "Yes /s", "Yes (j/k)"},
			want: Yes, kept: []string{"Yes 👍", "Yes!", "Yes :)"}},
		family{not: Done, texts: []string{"Done 🤞", "Done.\n\n🤞"}, want: Done, kept: []string{"連携しました🙏", "Done 🙂"}},
		family{not: Submitted, texts: []string{"Submitted 🤞", "Submitted 🤷"}},
	)
	reads(t, No, "nope, still nothing there 😕")
}

// TestSeenInATrialPlaceOrApp: what shows in a test or staging place or on
// a phone app (テスト環境で表示されています, スマホのアプリでは…, "in the mobile
// app") is not the APN profile.
func TestSeenInATrialPlaceOrApp(t *testing.T) {
	checkFamilies(t, family{not: Yes, texts: []string{"テスト環境で表示されています。", "スマホのアプリでは表示されています。",
		"They show in the mobile app.", "They show on staging."},
		want: Yes, kept: []string{"APNのプロフィールに表示されています。", "They show on the partner profile."}})
}

// TestSentButThePageWentWrong: a Submitted after which the page went
// wrong (blank, still loading, red, back at the login: 画面が真っ白になりま
// した, ログイン画面に戻されました, "the spinner is still going", "The page
// said something in red"), or of which the writer does not know whether
// it went or has had no receipt (送信できたか自信がありません, 控えのメールが
// 来ません, "No idea if it worked"), is no Submitted yet, in Read and Lean.
func TestSentButThePageWentWrong(t *testing.T) {
	checkFamilies(t, family{not: Submitted, texts: []string{"送信しました。画面が真っ白になりました。",
		"送信しました。直後に「セッションが切れました」と出ました。", "送信しました。ログイン画面に戻されました。",
		"Submitted. The page said something in red.", "Submitted... the spinner is still going.",
		"Submitted, it's still loading.", "Submitted; the confirmation page never loaded.",
		"Submitted, but it asked for a captcha again.", "申請しました。送信できたか自信がありません。",
		"送信済みです。控えのメールが来ません。", "送信済みです。受付番号は届いていません。", "Submitted. No idea if it worked."},
		want: Submitted, kept: []string{"送信しました。", "Submitted. I got the confirmation email.",
			"送信済みです。受付番号も届きました。"}})
	reads(t, No, "The form didn't load, so I haven't sent it.")
}

// TestConsentWithTheOldAsTheOneKept: a consent beside a wish that the old
// or personal account be the one kept, the main one or the login ("Use my
// personal email as the login", ログインは個人のメールアドレスでお願いします,
// メインは旧アカウントにしてください, 残すのは古い方でお願いします), or beside
// a slip corrected in the same breath ("The new one, I mean the old one"),
// asks the merge the other way round from the case's.
func TestConsentWithTheOldAsTheOneKept(t *testing.T) {
	checkFamilies(t, family{not: Yes, texts: []string{"Yes, merge them. Use my personal email as the login.",
		"Yes, merge them. Keep the personal email as the login.", "はい、統合してください。ログインは個人のメールアドレスでお願いします。",
		"はい、統合してください。メインは旧アカウントにしてください。", "はい、統合してください。残すのは古い方でお願いします。",
		"Yes, please merge them into one. The new one, I mean the old one."},
		want: Yes, kept: []string{"Yes, merge them.", "はい、統合してください。ログインは会社のメールアドレスでお願いします。",
			"Yes, merge them. Use my work email as the login."}})
}
