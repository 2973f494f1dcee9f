package reply

import "testing"

// leanAll checks what Lean gives for each reply.
func leanAll(t *testing.T, cases map[string]Answer) {
	t.Helper()
	answersAll(t, "Lean", Lean, cases)
}

// TestActVerbAsASecondLanguageGivesIt: people writing in a second language
// often put the bare verb after "have" ("I have send it", "we has link the
// account") or spell the past their own way ("submited", "sended"): the act
// is told as done all the same, and its negation is a No. Near misses: "have
// to" (a duty, still to do), the word as a noun ("I have link problems"),
// a question, and the same words about another act or a failure.
func TestActVerbAsASecondLanguageGivesIt(t *testing.T) {
	readAll(t, map[string]Answer{
		"I have send the form to AWS this morning.":          Submitted,
		"We has submit the request already.":                 Submitted,
		"I have already submit it, please check.":            Submitted,
		"I have link my certification account yesterday.":    Done,
		"Hello, I has connect the account with the profile.": Done,
		"Form submited.":             Submitted,
		"I have sended the request.": Submitted,
		"I haven't send it yet.":     No,
		// Near misses.
		"I have to submit the form first.":           Unclear,
		"I have link problems in the portal.":        Unclear,
		"Do I have submit it again?":                 Unclear,
		"I have send the form but it gave an error.": Unclear,
		"I have send a mail to my manager.":          Unclear,
	})
}

// TestActVerbAfterAContractedHave: the bare verb after a contracted "have"
// ("I've send the form", "we've link it") is the same act told as done. It
// once crashed the reading (the worker's whole watch with it): the verb was
// matched again without the word before the apostrophe.
func TestActVerbAfterAContractedHave(t *testing.T) {
	readAll(t, map[string]Answer{
		"Hi, I've send the form to AWS.":        Submitted,
		"We've link the accounts this morning.": Done,
		"I've already submit it.":               Submitted,
		// Near misses.
		"I've to submit it first.":  Unclear,
		"I've link problems again.": Unclear,
	})
	for _, fragment := range []string{"I've link", "'ve send", "we've   finish"} {
		Read(fragment) // a fragment at the end of the text must not crash the reading
	}
}

// TestItsDoneAffirmsTheActNamed: "it's done", "that is done", "all done"
// said of the whole ask affirm a more exact answer beside them as a bare
// "Done" does ("It's done, I sent the form" is Submitted). Near misses: a
// subject that is no pronoun for the ask ("my part is done"), a negation,
// and the words next to a No.
func TestItsDoneAffirmsTheActNamed(t *testing.T) {
	readAll(t, map[string]Answer{
		"It's done, I sent the form this morning.":  Submitted,
		"That is done - form submitted.":            Submitted,
		"All done. I submitted the request to AWS.": Submitted,
		"It is done, I linked the accounts.":        Done,
		"It's done.":                                Done,
		// Near misses.
		"It's not done, I haven't sent the form.":         No,
		"It is done, but I haven't sent the form yet.":    Unclear,
		"It's done. I haven't submitted it.":              Unclear,
		"My part is done, I sent the form to my manager.": Unclear,
	})
}

// TestWhatAWSWillDoNextToldByTheirPage: after a Submitted, what AWS will
// do next, told in the page's or AWS's own words ("the confirmation page
// said they will come back within 3-5 business days", "AWS says someone
// will be in touch"), is AWS's step, no plan of the writer's. Near misses:
// the next step under a condition or with a doubt, the writer's own step,
// a question, and the same beside no answer.
func TestWhatAWSWillDoNextToldByTheirPage(t *testing.T) {
	readAll(t, map[string]Answer{
		"I submitted the form. The confirmation page said they will come back within 3-5 business days.": Submitted,
		"Submitted. AWS says they will get in touch in a couple of days.":                                Submitted,
		"Form sent, the site said someone will follow up by email.":                                      Submitted,
		"Sent the request. They said they will come back to me within 48 hours.":                         Submitted,
		// Near misses.
		"Submitted. The page said they will come back if anything is missing.":     Unclear,
		"Submitted. The page said I will need to send it again.":                   Unclear,
		"Submitted. AWS says they might come back within a week.":                  Unclear,
		"Submitted. Will they come back within 3-5 business days?":                 Unclear,
		"The confirmation page said they will come back within 3-5 business days.": Unclear,
	})
}

// TestOurStepsNamedTheButtonOtherwise: beside the answer, a writer often
// sets right what the steps said: the button or menu is called otherwise
// now ("the button is called "Connect" now, not "Link"", "labelled
// Certifications rather than Training"), or the option sat elsewhere ("it
// is under Settings, not where your mail said"). That is feedback on the
// steps, no No and no doubt. Near misses: the same with no answer, a
// negated act after the name ("not linked yet"), a question, and a doubt
// or failure beside it.
func TestOurStepsNamedTheButtonOtherwise(t *testing.T) {
	readAll(t, map[string]Answer{
		`Done. FYI the button is called "Connect" now, not "Link".`:                    Done,
		`Linked. The option is named "Connect account", not "Link account".`:           Done,
		`done, the button says Connect, not Link`:                                      Done,
		`Done. The menu item is labelled "Certifications" rather than "Training".`:     Done,
		`Done. It is under "My profile" > "Certifications", not where your mail said.`: Done,
		`Linked it - it's in the settings tab, not where the instructions said.`:       Done,
		// Near misses.
		`FYI the button is called "Connect" now, not "Link".`:                         Unclear,
		`Done. The button is called "Connect", not linked yet.`:                       Unclear,
		`Done? The button is called "Connect" now, not "Link".`:                       Unclear,
		`Done. The button is called "Connect" now, not "Link", and it failed.`:        Unclear,
		`The button is called "Connect", not "Link", so I'm not sure it worked.`:      Unclear,
		`Done. It is under Settings, not where your mail said, but it gave an error.`: Unclear,
	})
}

// TestVagueAboutWhatCameBack: the writer is vague about the kind of thing
// that came back ("some kind of automatic mail", "a sort of confirmation
// page") and tells the reader it may arrive ("so you might see that come
// in", "you should get their confirmation too"): the vagueness is of the
// thing, no hedge on the act, and the heads-up is AWS's next step. Near
// misses: "kind of" of the act itself ("sort of submitted", "it kind of
// worked"), a vague error, the heads-up beside no answer or beside a No
// in words, and a heads-up of an error.
func TestVagueAboutWhatCameBack(t *testing.T) {
	readAll(t, map[string]Answer{
		"Submitted. AWS sent some kind of automatic mail to the certflow address.":           Submitted,
		"Form sent, there was a sort of confirmation page at the end.":                       Submitted,
		`Request sent. They sent some kind of "thanks, we have got your message" mail back.`: Submitted,
		"I've sent the request. You should get their confirmation too.":                      Submitted,
		"Submitted, so you might see an auto-reply from AWS come in.":                        Submitted,
		// Near misses.
		"I sort of submitted it.":                                    Unclear,
		"Submitted, it kind of worked.":                              Unclear,
		"Submitted. AWS sent some kind of error message.":            Unclear,
		"You should get their confirmation too.":                     Unclear,
		"I haven't sent it yet. You might see an auto-reply though.": Unclear,
		"Submitted. You might see an error from AWS.":                Unclear,
	})
	leanAll(t, map[string]Answer{
		"I've sent it through the AWS form. AWS sent some kind of automatic mail to the certflow address I think, " +
			"so you might see that come in.": Submitted,
		"Submitted. AWS sent some kind of error message.": Unclear,
	})
}

// TestHadNotNoticedTheOtherAccount: before the answer, the writer often
// owns that they had not known of the second account ("I hadn't realised
// the old account was still there", 旧アカウントが残っていたこと、気づいて
// おりませんでした): a side remark on the ask, no negated answer. Near
// misses: not knowing how or which (a doubt for a person), not having
// known of a failure, the remark after the answer, and the remark alone.
func TestHadNotNoticedTheOtherAccount(t *testing.T) {
	readAll(t, map[string]Answer{
		"I hadn't realised the old account was still there. Submitted.":     Submitted,
		"Thanks, I didn't know I had two accounts. I've sent the form.":     Submitted,
		"I wasn't aware that my old profile still existed! Form submitted.": Submitted,
		"旧アカウント（以前の会社のアドレス）が残っていたこと、気づいておりませんでした。統合フォームを送信しました。": Submitted,
		"別のアカウントがあったことは知りませんでした。フォームを送信済みです。":                    Submitted,
		// Near misses.
		"I didn't know which form to use. Submitted.":                   Unclear,
		"I hadn't realised the form had failed. Submitted.":             Unclear,
		"I hadn't realised the old account was still there.":            Unclear,
		"Submitted. I hadn't realised the old account was still there.": Unclear,
		"旧アカウントが残っていたこと、気づいておりませんでした。":                                  Unclear,
		"フォームの送り方を知りませんでした。送信しました。":                                     Unclear,
	})
}

// TestLeanAnswerSummingUpAStory: a writer may first tell how they filled
// the form in, with small doubts on its details ("I didn't keep the
// reference number", "so I think that's it"), and then sum up with the
// answer ("So: submitted.", "Anyway - done", "Long story short, sent"): the
// story is detail of the answer it ends in. Lean only; Read leaves such a
// letter for a person. Near misses: a failure, an unsure word on the act,
// a plan, a question, another's account in the story, a negated act in it,
// no summing answer after it, and a summing word before a plan.
func TestLeanAnswerSummingUpAStory(t *testing.T) {
	story := "Opened the form and put my work address as the one to keep, the certflow one as contact. "
	leanAll(t, map[string]Answer{
		story + "The last page thanked me, so I think that's it. So: submitted.":   Submitted,
		story + "I didn't keep the reference number, sorry! Anyway - submitted :)": Submitted,
		"Went through the steps, signed in with my cert account in the pop-up. I think that was all of it. " +
			"Long story short: done.": Done,
		// Near misses.
		story + "It gave me an error on the last page. Anyway - submitted.":         Unclear,
		story + "I'm not sure it went through. So: submitted.":                      Unclear,
		story + "I will look for the reference number tomorrow. Anyway, submitted.": Unclear,
		story + "Did I need the reference number? Anyway, submitted.":               Unclear,
		story + "I used my colleague's account for it, I think. Anyway, submitted.": Unclear,
		story + "I haven't pressed send yet. Anyway - submitted.":                   Unclear,
		story + "I didn't keep the reference number, sorry! Submitted.":             Unclear,
		story + "I didn't keep the reference number. Anyway, I'll send it later.":   Unclear,
	})
	readAll(t, map[string]Answer{
		story + "The last page thanked me, so I think that's it. So: submitted.": Unclear,
	})
}

// TestAfterTheDeedAskedToCheckOrThanked: after a Done or Submitted in
// words, a writer often asks the reader to check it ("Kindly check and
// confirm", "please verify the same") or thanks by saying they would never
// have found it alone ("I'd never have found that button without your
// steps"): no doubt on the deed. Near misses: the same after a bare "Yes"
// (which may answer another question), a request to check something else,
// and not having found it.
func TestAfterTheDeedAskedToCheckOrThanked(t *testing.T) {
	readAll(t, map[string]Answer{
		"I have linked my certification account with the profile. Kindly check and confirm.": Done,
		"Form submitted. Please check and let me know.":                                      Submitted,
		"Done, I would never have found that button without your steps.":                     Done,
		"Linked - couldn't have done it without the screenshots, thanks!":                    Done,
		// Near misses.
		"Yes. Kindly check and confirm.":                           Unclear,
		"Done. Kindly check my old account and confirm.":           Unclear,
		"Done? I couldn't find that button.":                       Unclear,
		"I would never have found that button without your steps.": Unclear,
	})
}

// TestAStepTheWriterHadToTake: a step the writer had to take on the way
// ("had to sign in and approve in a pop-up", "I needed to accept the
// terms") tells how it went, no Yes of theirs to a question. Near misses:
// the step alone, a bare "Yes" beside it, and a step still to take.
func TestAStepTheWriterHadToTake(t *testing.T) {
	readAll(t, map[string]Answer{
		"Linked it. Had to sign in to the certification site in a pop-up and approve.": Done,
		"Done, I needed to accept the sharing terms and agree in the pop-up.":          Done,
		// Near misses.
		"Had to sign in to the certification site in a pop-up and approve.": Unclear,
		"Yes. I had to approve it in a pop-up.":                             Unclear,
		"Linked it. I still have to approve it in the pop-up.":              Unclear,
	})
}

// TestPageSaidItWasReceived: after a Submitted, the page after sending
// showed that the request was received (送信後の画面に「お問い合わせを受け付け
// ました」と表示されています): evidence for it, no Yes to another question.
// Near misses: the page showing an error, the screen beside no Submitted,
// and a bare はい with it.
func TestPageSaidItWasReceived(t *testing.T) {
	readAll(t, map[string]Answer{
		"フォームを送信しました。送信後の画面に「お問い合わせを受け付けました」と表示されています。": Submitted,
		"統合フォームを提出しました。画面には「送信が完了しました」と出ました。":           Submitted,
		// Near misses.
		"フォームを送信しました。画面に「エラーが発生しました」と表示されています。": Unclear,
		"送信後の画面に「お問い合わせを受け付けました」と表示されています。":     Unclear,
		"はい。画面に「お問い合わせを受け付けました」と表示されています。":      Unclear,
	})
}

// TestDoneButForgotToSay: "I submitted it yesterday but forgot to reply"
// tells the deed and owns the late word on it: the "but" leads to an
// apology for the reply, no doubt on the deed. Near misses: a forgotten
// step of the deed itself ("forgot to attach", "forgot to press send",
// "forgot to confirm"), and the apology with no deed.
func TestDoneButForgotToSay(t *testing.T) {
	readAll(t, map[string]Answer{
		"I submitted it yesterday evening but forgot to reply, sorry!": Submitted,
		"Linked it last week but forgot to let you know.":              Done,
		"I sent the form on Monday but I forgot to tell you.":          Submitted,
		// Near misses.
		"I submitted it but forgot to attach the screenshot.": Unclear,
		"I filled it in but forgot to press send.":            Unclear,
		"I linked it but forgot to confirm.":                  Unclear,
		"Sorry, I forgot to reply.":                           Unclear,
	})
}

// TestJapaneseNounEndingInSaki: 先 ends many nouns of the form (連絡先, 送信先,
// 宛先, 統合先): 連絡先に is "in the contact field", not the hedge 先に
// ("first", a step before the answer). Near misses: 先に as "first" after a
// particle or at the start, and 一番先に.
func TestJapaneseNounEndingInSaki(t *testing.T) {
	readAll(t, map[string]Answer{
		"統合フォームは送信済みです。連絡先には指定された certflow のアドレスを入れています。": Submitted,
		"フォームを送信しました。送信先にはご案内のアドレスを入力しています。":              Submitted,
		// Near misses.
		"フォームを送信しました。先に上司の確認が要ります。": Unclear,
		"フォームを送信しました。上司より先に送りました。":  Unclear,
		"送信しました。一番先に上司の確認が要ります。":    Unclear,
	})
}

// TestJapaneseReplyFromAnotherDevice: 個人のGmailから失礼します, スマホから失礼
// します, perhaps with why in brackets, is the Japanese note on where the
// reply comes from, a courtesy as "replying from my phone" is. Near misses:
// a reason that speaks of the case's act or a failure, and the note alone.
func TestJapaneseReplyFromAnotherDevice(t *testing.T) {
	readAll(t, map[string]Answer{
		"個人のGmailから失礼します（会社のPCが故障中のため）。統合フォームは送信済みです。": Submitted,
		"スマホから失礼します。連携完了しました。":                         Done,
		"私用のアドレスから失礼いたします。フォームを送信しました。":                Submitted,
		// Near misses.
		"個人のGmailから失礼します（会社のアカウントが未連携のため）。送信しました。": Unclear,
		"個人のGmailから失礼します（フォームの送信に失敗したため）。送信しました。":  Unclear,
		"個人のGmailから失礼します。": Unclear,
	})
}

// TestHandedOverAfterTheDeed: after a Done or Submitted, a writer may hand
// the case back with a bare go-ahead ("Kindly do the needful from here",
// "please proceed further", "please take it from here"): the deed is the
// answer, the go-ahead no consent of its own. Alone it reads as before (a
// Yes). Near misses: beside a No, a go-ahead with more asked for ("please
// go ahead and merge"), and a question.
func TestHandedOverAfterTheDeed(t *testing.T) {
	readAll(t, map[string]Answer{
		"I have submitted the merge form as asked. Kindly do the needful from here.": Submitted,
		"Linked my account with the profile. Please proceed further.":                Done,
		"Form sent, please take it from here.":                                       Submitted,
		"Kindly do the needful.":                                                     Yes,
		// Near misses.
		"I haven't sent it yet. Kindly do the needful.": Unclear,
		"Submitted. Please go ahead and merge them.":    Unclear,
		"Submitted. Can you take it from here?":         Unclear,
	})
}

// TestEffortThenItWorked: after the answer, the writer may tell the effort
// it took and that it worked all the same ("It took me a while to find
// it, but it worked", "took some digging but I managed"): a story that
// agrees with the deed. Near misses: a failure before the "but", a "but"
// that does not tell it worked, the effort beside a No, and the story
// with no answer.
func TestEffortThenItWorked(t *testing.T) {
	readAll(t, map[string]Answer{
		"Linked. It took me a while to find the button, but it worked.":             Done,
		"Done. Took a bit of digging, but I managed.":                               Done,
		"Submitted. It took me a while to find the form, but it worked in the end.": Submitted,
		// Near misses.
		"Done. It took me a while to find it, but I'm not sure it worked.":  Unclear,
		"Done. It took me a while to find it, but it still shows an error.": Unclear,
		"Not yet. It took me a while to find it, but it worked.":            Unclear,
		"It took me a while to find the button, but it worked.":             Unclear,
	})
}

// TestRequestInOtherWords: the form or request told as sent in other
// words ("the request is in", "it's been sent", "I raised the request",
// "form filled and sent", "submission done"), and "is in" only as the
// end of what is told: "the form is in progress" is still being filled
// in, no Submitted. Near misses: in progress, a draft, negations, a
// question.
func TestRequestInOtherWords(t *testing.T) {
	readAll(t, map[string]Answer{
		"The request is in.":             Submitted,
		"My request is in now.":          Submitted,
		"It's been sent.":                Submitted,
		"I raised the request with AWS.": Submitted,
		"Form filled and sent.":          Submitted,
		"Submission done, thanks.":       Submitted,
		"Form's in!":                     Submitted,
		// Near misses.
		"The form is in progress.":          Unclear,
		"Form's in progress.":               Unclear,
		"The request is in my drafts.":      Unclear,
		"I haven't raised the request yet.": No,
		"Is the request in?":                Unclear,
	})
}
