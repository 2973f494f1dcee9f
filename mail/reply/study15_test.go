package reply

import "testing"

// Tests for the families found among the thirteenth and fourteenth sets'
// misread replies (not Yes), in words of our own, with the near misses
// each rule must not take.

// TestNegatorWithItsVerbContracted: a word that negates a thing (nothing,
// nobody, none) with its "is" or "has" glued on ("nothing's", "nobody's")
// still negates what follows: "nothing's showing" is a No, never the Yes
// that "showing" alone would be; "nobody's linked it" no Done.
func TestNegatorWithItsVerbContracted(t *testing.T) {
	leansNot(t, []string{
		"Nothing's showing.",
		"Nothing's showing yet, just looked.",
		"nothing's listed on my profile",
		"Nothing's appeared so far.",
		"Nobody's linked it yet.",
		"No one's submitted the form.",
		"Nothing's been sent.",
		"Nothing'll show until next week, they said.",
		"None's showing.",
		// The same negators spelt without the apostrophe, or said casually.
		"It ain't showing.",
		"They werent showing this morning.",
		"I hadnt linked it when you asked.",
		"It wouldnt submit.",
	}, Yes, Done, Submitted)
	readAll(t, map[string]Answer{
		"Nothing's showing.":             No,
		"Nothing's listed on my profile": No,
		// Near miss: what is missing negated is all there, which says no No.
		"Nothing's missing.": Unclear,
	})
	leansNot(t, []string{"Nothing's missing, they all show.", "Nobody's said it isn't there."}, No)
}

// TestRegretInsideANo: "I'm afraid" inside a sentence that negates
// ("nothing there for me I'm afraid", "I'm afraid it isn't there") is the
// No's regret, as "unfortunately" is; not fear ("afraid to", "afraid of"),
// and never beside a Yes or a Done without a negation.
func TestRegretInsideANo(t *testing.T) {
	readAll(t, map[string]Answer{
		"Nothing there for me I'm afraid.":            No,
		"Nothing on my profile I'm afraid, I looked.": No,
		"I'm afraid it isn't there.":                  No,
		"I am afraid they are not showing.":           No,
		"I'm afraid not.":                             No,
		// Near misses: fear, a doubt or a plan beside it, or no negation.
		"I'm afraid to say yes.":                         Unclear,
		"I'm afraid it might not show.":                  Unclear,
		"I'm afraid I won't get to it until Monday.":     Unclear,
		"I'm afraid of not seeing them after the merge.": Unclear,
		"Yes I'm afraid.":                                Unclear,
		// A No beside it is a No still; "not all" is a part (display).
		"I'm afraid they're not all there.":               Unclear,
		"I'm afraid of losing my exams, so please don't.": No,
	})
	leansNot(t, []string{"I'm afraid to consent.", "I'm afraid to go ahead.", "Not afraid, go ahead."}, Yes)
}

// TestAnswerGovernedByAnotherWord: an answer's words after "to" are what
// the word before governs. A refusal, a fear, a reluctance, an attempt, a
// forgetting or a hope ("I refuse to consent", "I'm afraid to go ahead",
// "I forgot to get it done", "hoping to get it submitted") is no answer;
// a willingness, a wish, a choice or a success keeps it ("happy to
// consent", "I'd like you to go ahead", "managed to get it linked").
func TestAnswerGovernedByAnotherWord(t *testing.T) {
	leansNot(t, []string{
		"I refuse to consent.",
		"I'm reluctant to consent.",
		"I'm afraid to consent.",
		"I'm hesitant to go ahead.",
		"I'm nervous to merge them.",
		"I'd hate to consent.",
		"I'd hate for you to merge them.",
		"I'm unwilling to agree.",
		"I hesitate to consent to this.",
		"I'm expected to consent.",
		"I'm loath to go ahead.",
		"I tried to get it linked.",
		"I forgot to get it done.",
		"I'm hoping to get it submitted.",
		"I meant to have it linked by now.",
		"I need to get it done.",
		"I'm trying to get them linked.",
	}, Yes, Done, Submitted)
	readAll(t, map[string]Answer{
		// Near misses: the governors that keep the answer.
		"I'm happy to consent.":            Yes,
		"I'm happy for you to merge them.": Yes,
		"Feel free to merge them.":         Yes,
		"I'd like to go ahead.":            Yes,
		"I'm willing to consent.":          Yes,
		"I managed to get it linked.":      Done,
		"I want to consent.":               Yes,
		// A No after a governor stays a No.
		"I'd prefer to hold off.": No,
	})
}

// TestButBeforeThePartMissing: "X is there, but Y is missing" tells a part
// missing; before any answer, its "but" sets the part against what shows
// and is no doubt: a partial display as "X is there, Y is missing" is,
// which leans nowhere (display), though "but nothing shows" leans No. Near
// misses: a "but" after an answer, a doubt, a question, a condition or
// another's word, or what is missing of another thing.
func TestButBeforeThePartMissing(t *testing.T) {
	readAndLean(t, []readLean{
		{"The Developer one is listed, but the SysOps one is missing.", Unclear, Unclear},
		{"The associate ones are there, but my Security Specialty is missing.", Unclear, Unclear},
		{"Only two of them. The CCP and the SAA are there, but the ANS from last month is missing.", Unclear, Unclear},
		{"I checked this morning, but nothing shows.", No, No},
		{"The SAA shows. But the DVA is missing.", Unclear, Unclear},
		// A No in full beside what shows may be what shows now after nothing did: for a person.
		{"The SAA shows. But the DVA isn't listed.", Unclear, Unclear},
		// Near misses.
		{"I wasn't sure where to look, but the DVA is missing.", Unclear, Unclear},
		{"The SAA is there, but is the DVA missing?", Unclear, Unclear},
		{"The SAA is there, but if the DVA is missing I'll tell you.", Unclear, Unclear},
		{"The SAA is there, but my manager says the DVA is missing.", Unclear, Unclear},
		{"The SAA is there, but I'll check the DVA again tomorrow.", Unclear, Unclear},
		{"The SAA is there, but my old account is missing.", Unclear, Unclear},
	})
}

// TestWhereTheOptionIsInsteadOfWhere: "rather than" or "instead of" that
// sets one place of a menu against another ("it's under My profile rather
// than the main menu") tells where the option was, no act instead of the
// one asked: the Done beside it stands. Near misses: another act, account
// or form instead, or an answer in the same sentence.
func TestWhereTheOptionIsInsteadOfWhere(t *testing.T) {
	readAndLean(t, []readLean{
		{"I've linked it now. The option is under My profile rather than the main menu.", Done, Done},
		{"Linked - it sits in the account settings tab instead of the top menu, took a while to find.", Done, Done},
		// Near misses.
		{"I've linked it now. I used my personal account rather than the work one.", Unclear, Unclear},
		{"Done. I shared the badge instead of linking the accounts.", Unclear, Unclear},
		{"I sent it via the support page rather than the form.", Unclear, Unclear},
		{"I linked it under the test section rather than the main menu.", Unclear, Unclear},
	})
}

// TestTroubleBeforeTheDone: a story of what went wrong before the answer
// ("I had to reset my password first, it kept sending me to a blank
// page"), closed by a Done or Submitted told as now or in the end ("It's
// linked now"), leans to that answer: the trouble was overcome. Near
// misses: no answer after it, an answer not told as now, a No, a question,
// a doubt in the answer, another's doing or a wrong thing in the story.
func TestTroubleBeforeTheDone(t *testing.T) {
	readAndLean(t, []readLean{
		{"Got there in the end. I had to reset my password first because the login kept bouncing me to a blank page. " +
			"It's linked now.", Unclear, Done},
		{"The portal timed out twice this morning. Finally linked it after lunch.", Unclear, Done},
		{"The form errored on my first try. It's submitted now.", Unclear, Submitted},
		// Near misses.
		{"The portal kept timing out. I'll try linking it again tonight.", Unclear, Unclear},
		{"The portal kept timing out. Is it linked now?", Unclear, Unclear},
		{"The portal kept timing out. I think it's linked now.", Unclear, Unclear},
		{"The portal kept timing out. I linked it.", Unclear, Unclear},
		{"The portal kept timing out. It's still not linked.", Unclear, Unclear},
		{"The portal kept timing out with my old account. It's linked now.", Unclear, Unclear},
		{"My manager tried and it failed. It's linked now.", Unclear, Unclear},
		{"I had to reset my password first. The page still errors. It's linked now.", Unclear, Unclear},
	})
}

// TestApologyForTheReplyItself: an apology whose condition is about the
// reply itself ("sorry if this is late", "apologies if I'm answering an
// older one", "sorry if you get this twice"), alone or after what the
// writer sees ("I see two reminders, so apologies if …"), is a courtesy
// before or after the answer. Near misses: an answer or another or a
// wrong thing in its condition, a question, or a condition on the act.
func TestApologyForTheReplyItself(t *testing.T) {
	readAndLean(t, []readLean{
		{"Apologies if I'm answering an older reminder. I linked it just now.", Done, Done},
		{"I see a few of these reminders from you so apologies if I'm replying to an older one.\n\nLinked it today.",
			Done, Done},
		{"Sorry if this is late! The form is submitted.", Submitted, Submitted},
		// Near misses.
		{"Sorry if I'm answering the wrong mail. I linked it just now.", Unclear, Unclear},
		{"Sorry if I linked the wrong account. Done.", Unclear, Unclear},
		{"Apologies if I'm replying about the personal account. Linked it.", Unclear, Unclear},
		{"Sorry if this is late, is it still needed? Linked it.", Unclear, Unclear},
		{"Sorry if the merge goes wrong. Linked it.", Unclear, Unclear},
	})
}

// TestWhereTheReplyIsSentFrom: a note on where the reply comes from
// ("replying from my personal address since I can't get into Outlook on
// this phone"), in a bracket or a sentence of its own, tells of the mail,
// not of what was done: the answer beside it stands. Near misses: an
// answer, the profile or the form, or a wrong or other thing in the note.
func TestWhereTheReplyIsSentFrom(t *testing.T) {
	readAndLean(t, []readLean{
		{"Done (replying from my personal address since I'm away and can't get into Outlook on this phone)", Done, Done},
		{"Submitted. Writing from my gmail as I'm travelling this week.", Submitted, Submitted},
		{"Linked it. Sorry, replying from my phone because my laptop is in for repair.", Done, Done},
		// Near misses.
		{"Done. Replying from my personal address, which is the one I linked.", Unclear, Done},
		{"Yes. Replying from my phone since I can't check the profile on it.", Unclear, Unclear},
		{"Done. Writing from my personal email because the work one isn't mine.", Unclear, Unclear},
		{"Submitted. Replying from my personal address since the form went to the wrong one.", Unclear, Unclear},
	})
}

// TestBracketAsideIsAPiece: words in brackets after an answer ("Done (took
// me a while to find the option)") are an aside read as a piece of their
// own, as after a comma; a short label in brackets stays in its sentence.
// Near misses: a condition, a doubt, another doer or a "but" in brackets
// still holds the answer back.
func TestBracketAsideIsAPiece(t *testing.T) {
	readAll(t, map[string]Answer{
		"Done (took me a while to find the option in the new portal layout)": Done,
		"Submitted (sorry it took a few days, my week has been very busy)":   Submitted,
		"The SAA (associate) shows.":                                         Yes,
		// Near misses.
		"Yes (as long as my history is kept)":          Unclear,
		"Go ahead (but only after Friday please)":      Unclear,
		"Done (on behalf of my colleague Tom)":         Unclear,
		"Submitted (to my manager for approval first)": Unclear,
		"Yes (my manager says it is fine)":             Unclear,
	})
}

// TestAskedToBeToldIfItDoesNotShow: after a Done or Submitted, asking to be
// told if it does not show, if nothing comes through, or if more is needed
// ("Shout if it doesn't show up on your end", "Kindly check from your side
// and revert if anything else is required") is a plain detail of what
// comes next, no doubt on the answer. Near misses: a wrong or other thing,
// a condition on the act, an answer of its own, or no negation ("let me
// know if it shows up": the writer has not seen it).
func TestAskedToBeToldIfItDoesNotShow(t *testing.T) {
	readAll(t, map[string]Answer{
		"Linked it just now. Shout if it doesn't show up on your end.":                                  Done,
		"I have done the linking. Kindly check from your side and revert if anything else is required.": Done,
		"Submitted. Let me know if nothing comes through from AWS.":                                     Submitted,
		"Done. Ping me if you can't see them.":                                                          Done,
		// Near misses.
		"Linked it. Let me know if it shows up.":                                  Unclear,
		"Linked it. Shout if I linked the wrong one.":                             Unclear,
		"Linked it. Let me know if it doesn't show, it may be the wrong account.": Unclear,
		"Let me know if it doesn't show up on your end.":                          Unclear,
		"Linked it. Let me know if I should submit the form too.":                 Unclear,
	})
}

// TestConfirmedOnScreenNoMailYet: a form confirmed on the page ("got the
// on-screen confirmation", 画面に受付完了と表示されました) is sent, whatever
// mail has not come yet ("but no email yet", メールはまだ届いていません):
// the form's contact address is certflow's, so its mail goes there. It
// leans Submitted. Near misses: no confirmation on the page, a missing
// mail told before any confirmation, or a doubt that it went.
func TestConfirmedOnScreenNoMailYet(t *testing.T) {
	readAndLean(t, []readLean{
		{"I sent the form this morning. Got the on-screen confirmation but no email yet.", Unclear, Submitted},
		{"Submitted. The page showed a confirmation message, no mail from AWS yet though.", Unclear, Submitted},
		{"I submitted the form. The confirmation page came up, but I haven't received an email yet.", Unclear, Submitted},
		{"フォームを提出しました。画面には受付完了と表示されましたが、メールはまだ届いていません。", Unclear, Submitted},
		// Near misses.
		{"I sent the form this morning. No email yet.", Unclear, Unclear},
		{"I sent the form this morning but I haven't received a confirmation.", Unclear, Unclear},
		{"I sent the form. No idea if it worked, no email yet and the page just reloaded.", Unclear, Unclear},
		{"Got the on-screen confirmation but no email yet. Not sure I sent the right form.", Unclear, Unclear},
	})
}

// TestAnotherPersonsNoBesideADone: after the writer's Done or Submitted, a
// No of another person's own ("my colleague hasn't linked his yet", "Tom
// hasn't done his yet") is not the writer's: it leans to the writer's
// answer, never No. Near misses: another's No that names no own of
// theirs ("she can't see it") leaves it for a person; a No of the writer's
// own after the Done still speaks against it (a No only the question
// whether it shows takes).
func TestAnotherPersonsNoBesideADone(t *testing.T) {
	readAndLean(t, []readLean{
		{"Done. My colleague hasn't linked his yet.", Unclear, Done},
		{"Linked it. He hasn't done his yet, so you might want to nudge him.", Unclear, Done},
		{"Done. Tom hasn't done his yet.", Unclear, Done},
		{"Submitted. My manager hasn't sent hers yet.", Unclear, Submitted},
		// Near misses.
		{"Done. She can't see it on her side though.", Unclear, Unclear},
		{"Done. My manager says it isn't linked.", Unclear, Unclear},
		{"Done. I haven't linked my own yet.", Unclear, No},
	})
	leansNot(t, []string{"Done. My colleague hasn't linked his yet.", "Done. She can't see it on her side though."}, No)
}

// TestWhatThePageAskedFor: what a page or prompt asked the writer to do
// ("it asked me to sign in and approve the connection, which I did") is
// the step asked for, no answer of the writer's: beside a Done it is how
// the link went. Near misses: a person's request, a No the page was asked
// for, and such a step alone, which answers nothing.
func TestWhatThePageAskedFor(t *testing.T) {
	readAll(t, map[string]Answer{
		"Done! I linked it a few minutes ago, it asked me to sign in to the portal and approve, which I did.": Done,
		"I've linked my account. It prompted me to confirm the connection, which I did.":                      Done,
		// Near misses.
		"The page asked me to approve the merge.":               Unclear,
		"It asked me to sign in and approve.":                   Unclear,
		"Done. My manager asked me to approve it, which I did.": Unclear,
		"Done. It asked me to approve, but I clicked cancel.":   Unclear,
		"Done. It asked me to approve, which I didn't.":         Unclear,
	})
}

// TestWhatComesNextFromAWS: after a Submitted, what the page said AWS
// would do next ("The confirmation page said they would answer within 5
// business days") and asking to be told if AWS comes back for more ("Let
// me know if AWS comes back asking for anything") are the next step, no
// doubt on the answer. Near misses: a page that said something went
// wrong, a condition or a negation in it, a question.
func TestWhatComesNextFromAWS(t *testing.T) {
	readAll(t, map[string]Answer{
		"I have just submitted the form.\nThe confirmation page said they would answer within 5 business days.": Submitted,
		"Form's in. Let me know if AWS comes back asking for anything.":                                         Submitted,
		"Submitted. The page said AWS will reply to the contact address.":                                       Submitted,
		"Submitted. Let me know if they come back with questions.":                                              Submitted,
		// Near misses.
		"Submitted. The page said they would not answer.":                      Unclear,
		"Submitted. The page said they would answer if the form was complete.": Unclear,
		"Submitted. The page said something went wrong.":                       Unclear,
		"Submitted. Let me know if AWS comes back saying it failed.":           Unclear,
		"Submitted. The page said they would answer within 5 days?":            Unclear,
	})
}

// TestWhereTheOptionWasNot: "it's under X, not under Y (as I expected)"
// tells where the option was found; its negated place is no No and no
// doubt, so the answer beside it stands. Near misses: a negated account,
// address or login ("not under my work account"), or an answer in it.
func TestWhereTheOptionWasNot(t *testing.T) {
	readAll(t, map[string]Answer{
		"Done - form submitted. It's under Certification > Account issues, not under Exams.":                 Submitted,
		"Done. The option is under My Profile > Certifications, not a separate menu.":                        Done,
		"Linked it (it's under the little person icon, not under \"Partner Programs\" as I expected).":       Done,
		"Done - took a while to find it (it's under Benefits, not in the profile settings like I expected).": Done,
		// Near misses.
		"Done, not under my work account.":                      Unclear,
		"Done. It's under my personal login, not the work one.": Unclear,
		"Linked it, not in the profile though.":                 Unclear,
		"Not under Exams.":                                      Unclear,
	})
}

// TestSuggestionForTheInstructions: a suggestion to improve the
// instructions after the answer ("Might be worth adding to the
// instructions", "you may want to update the steps") is feedback, no
// doubt on the answer. Near misses: a suggestion that names an answer,
// a negation, or a question.
func TestSuggestionForTheInstructions(t *testing.T) {
	readAll(t, map[string]Answer{
		"Done - form submitted. Might be worth adding to the instructions.": Submitted,
		"Linked it. You may want to update the steps, the menu has moved.":  Done,
		"Done. Could be worth mentioning that in the guide.":                Done,
		// Near misses.
		"Linked it. Might be worth checking whether it's really linked.":       Unclear,
		"Done. Might be worth adding to the instructions that it didn't work.": Unclear,
		"Might be worth adding to the instructions.":                           Unclear,
	})
}

// TestSuggestionThatTellsAnUndoing: a suggestion for the instructions that
// tells of an undoing or of the old account is no mere feedback.
func TestSuggestionThatTellsAnUndoing(t *testing.T) {
	readAll(t, map[string]Answer{
		"Done. Might be worth adding to the steps that it unlinks the old account.": Unclear,
		"Done. Might be worth adding to the instructions that it removes my badge.": Unclear,
	})
}

// TestPageSaidItTakesTime: what the page said of the time it takes to show
// (画面には反映まで少し時間がかかる場合がありますと出ていました) is an
// expectation, which agrees with a Done or Submitted and with nothing else.
// Near misses: the same beside a Yes, or alone.
func TestPageSaidItTakesTime(t *testing.T) {
	readAll(t, map[string]Answer{
		"連携を行いました。完了です。\n画面には反映まで少し時間がかかる場合がありますと出ていました。": Done,
		"連携しました。反映までに数日かかることがあると表示されました。":                 Done,
		// Near misses.
		"表示されています。画面には反映まで少し時間がかかる場合がありますと出ていました。": Unclear,
		"画面には反映まで少し時間がかかる場合がありますと出ていました。":          Unclear,
	})
}

// TestStudy15NearMissesOfOthersAndPlans: the families above, beside
// another's doing, a plan, a condition or a part: still for a person.
func TestStudy15NearMissesOfOthersAndPlans(t *testing.T) {
	readAndLean(t, []readLean{
		{"My colleague submitted it for me. Got the on-screen confirmation but no email yet.", Unclear, Unclear},
		{"Submitted. Got the on-screen confirmation but no email yet. I'll send the second form tomorrow.", Unclear, Unclear},
		{"My colleague linked it for me. Shout if it doesn't show up on your end.", Unclear, Unclear},
		{"Done. Replying from my phone since I'll link the rest later.", Unclear, Unclear},
		{"Apologies if I'm answering an older one. I'll link it if my manager agrees.", Unclear, Unclear},
		{"The portal kept timing out. My colleague linked it for me, it's linked now.", Unclear, Unclear},
		{"Done (only the first of my two accounts so far)", Unclear, Unclear},
		{"Done, only the first of my two accounts so far", Unclear, Unclear},
		{"Linked it. Only the work one for now.", Unclear, Unclear},
		{"Sorry if this is late. Only one of them shows.", Unclear, Unclear},
	})
}
