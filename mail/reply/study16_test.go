package reply

import "testing"

// TestAwayAtAPlaceWithPoorConnection: why the answer is late may name
// where the writer was (a city, 大阪) and, before the answer, that the
// connection there was poor ("the wifi at the hotel was useless", "I had
// no signal"): a side remark like any other absence. Near misses: the
// place or the connection given as why the answer cannot be given or was
// not looked for, another's reply inside the remark, an account or a page
// named as the place, a connection that is poor now, a poor connection
// after the answer (it may be why a Submitted did not go through), and the
// remark with no answer beside it.
func TestAwayAtAPlaceWithPoorConnection(t *testing.T) {
	readAll(t, map[string]Answer{
		"Apologies for the late answer, I was at a conference in Madrid all week and the wifi was useless. " +
			"Yes, please go ahead with the merge.": Yes,
		"Sorry for the delay, I was travelling in Brazil and had no signal most of the time. Yes, I agree to the merge.": Yes,
		"Sorry for the slow reply, I was on a business trip to New York last week. No, please don't merge them.":         No,
		"Yes, please go ahead. Sorry, I was at a customer site in Leeds all week.":                                       Yes,
		"返信が遅れてすみません、休暇で沖縄に行っておりました。はい、統合をお願いします。":                                                                       Yes,
		"出張で名古屋に行っておりました。まだ提出できていません。":                                                                                   No,
		// Near misses.
		"Sorry for the delay, I was travelling in Brazil and couldn't log in to check. Yes, go ahead.":    Unclear,
		"Sorry for the slow reply, I was at a customer site in Leeds and haven't looked yet. Yes.":        Unclear,
		"Sorry for the slow reply, I was in Partner Central all week. Yes, go ahead.":                     Unclear,
		"Sorry for the late reply, the wifi here is hopeless so I can't open the profile. Yes, go ahead.": Unclear,
		"I was on a customer site in Leeds and the wifi was hopeless.":                                    Unclear,
		"Sorry for the delay, I was travelling in Brazil and my manager replied for me. Yes, go ahead.":   Unclear,
		"Yes. I was at a customer site in Leeds and the wifi was bad.":                                    Unclear,
		"出張で大阪に行っておりました。上司に確認します。":                                                                        Unclear,
		"返信が遅れてすみません、出張で大阪に行っておりました。":                                                                     Unclear,
	})
}

// TestJapaneseLineCutAfterAConnective: a Japanese line that ends in a form
// joining its clause to the next (念のため, 確認済みのため, 確認したので,
// 見ましたが) goes on in the next line however short it is (an address
// taken out, a narrow window): read apart, its first half stands before
// the answer alone. A casual て-form may end a sentence (ちょっと待って), so
// it is no such form. Near misses: what the joined sentence says beside its
// answer (another's account, a manager still asked, a wait), and a short
// line with no connective (a name), which stays its own.
func TestJapaneseLineCutAfterAConnective(t *testing.T) {
	readAll(t, map[string]Answer{
		"旧アカウントの方も念のため\nログインして確認しましたが、統合して問題ありません。": Yes,
		"旧アカウントのデータも確認済みのため\n統合をお願いします。":            Yes,
		"出張先からのため\n統合をお願いします。":                      Yes,
		// Near misses.
		"別のアカウントで確認したので\n統合に同意します。": Unclear,
		"上司に確認中のため\n統合をお願いします。":     Unclear,
		"上司に確認中のため\n少々お待ちください。":     Unclear,
		"ちょっと待って\n統合をお願いします。":       Unclear,
		"鈴木です\nはい、お願いします。":          Yes,
		"鈴木です\n確認中です。":              Unclear,
	})
}

// TestAnswerToBePassedOn: the writer asks certflow to pass a bare yes or no
// on to AWS ("please tell them yes", "tell AWS no and let them close it",
// "say yes to Amazon for me"): the answer itself, relayed; a No may add
// that AWS should close the request. Near misses: being told to say it by
// another, the relay asked as a question, under a condition or for later,
// a relay held back ("don't tell them yes yet"), the word told to the
// writer, and what else to tell them.
func TestAnswerToBePassedOn(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please tell them yes.":                      Yes,
		"Great, at last! 🙂 Please tell AWS yes.":     Yes,
		"You can tell Amazon it's a yes from me.":    Yes,
		"Say yes to AWS for me, thanks.":             Yes,
		"Tell them no, please.":                      No,
		"Please tell AWS no and let them close it.":  No,
		"I've changed my mind. Please tell them no.": No,
		"Finally 🙂 Please tell them yes.":            Yes,
		"Please answer no to AWS.":                   No,
		"Pass on a yes from me.":                     Yes,
		"Please say no to them.":                     No,
		"AWSには「はい」と伝えてください。":                         Yes,
		"YESで回答してください。":                              Yes,
		"AWSにはNOとお伝えください。":                           No,
		// Near misses.
		"My manager told me to tell them yes.":               Unclear,
		"Should I tell them yes?":                            Unclear,
		"Tell them yes if both certifications are listed.":   Unclear,
		"Tell them yes next week.":                           Unclear,
		"Don't tell them yes yet.":                           Unclear,
		"Tell me yes or no first.":                           Unclear,
		"Please tell AWS yes and ask them to keep my Gmail.": Unclear,
		"Please tell AWS no and let them merge it later.":    Unclear,
		"Tell them yes. Tell them no.":                       Unclear,
		"I'd say yes.":                                       Unclear,
		"Answer yes or no, whichever you like.":              Unclear,
		"上司がYESと伝えてくださいと言っています。":                             Unclear,
		"「はい」と伝えればいいですか？":                                    Unclear,
		"I can't log in to check 😕 Please tell them yes.":    Unclear,
	})
}

// TestFineAsItIs: a thing "fine where it is" or "fine as it is" is to be
// left alone: its "fine" is no consent. Beside a refusal in words it is
// the reason for it; beside a consent, or alone, it leaves the reply for a
// person (keeping the old account apart says no to the merge, but said of
// the profile it may answer another question). Near misses: "fine" as
// consent stays one.
func TestFineAsItIs(t *testing.T) {
	readAll(t, map[string]Answer{
		"My old account is fine where it is and I'd rather not merge them.": No,
		"Please don't merge, both accounts are fine as they are.":           No,
		// Near misses.
		"The old account is fine where it is.": Unclear,
		"It's fine as it is, go ahead.":        Unclear,
		"Fine, go ahead and merge them.":       Yes,
		"That's fine with me.":                 Yes,
	})
}

// TestReasonBeforeItsConclusion: the reason may come first, in sentences
// of its own, when the answer that follows opens with what concludes from
// it ("So no", "Therefore", なので): "I don't know that address, I never
// used it. So no, please don't consent." The reason is then weighed as it
// would be after the answer: doubts and refusals agree with a No in words
// only, plain detail beside a bare answer spoils it. Near misses: no
// conclusion word (the reason alone before the answer), a question among
// the reasons, a reason that holds a Yes back (a part showing, another's
// word, a check still to make), and a conclusion that is itself unclear.
func TestReasonBeforeItsConclusion(t *testing.T) {
	readAll(t, map[string]Answer{
		"That address isn't mine, I have never used it. So no, please don't consent.":                   No,
		"I don't recognise the other account. Therefore please do not merge them.":                      No,
		"The old account still has an exam booked. So please don't merge yet.":                          No,
		"旧アドレスには心当たりがありません。なので、統合はしないでください。":                                                            No,
		"The address AWS mentions is not one I have ever used. So no, don't consent.":                   No,
		"The profile looks the same as last week. So no.":                                               No,
		"The other address is not one I have seen before - I never used it. So no, please don't merge.": No,
		"The old one is my exam account and I still need it. Long story short, please don't merge.":     No,
		"旧アドレスには心当たりがありません。ということで、統合はしないでください。":                                                         No,
		"Both accounts are mine and I checked them this morning. So yes, please go ahead.":              Yes,
		// Near misses.
		"The address AWS mentions is not one I have ever used. Please don't consent.":          Unclear,
		"I don't recognise the other account. Is it mine? So no.":                              Unclear,
		"Only the SAA shows on the old one. So yes, go ahead.":                                 Unclear,
		"My manager says it's fine. So yes, go ahead.":                                         Unclear,
		"I haven't checked the old account yet. So yes, go ahead.":                             Unclear,
		"The old account has my SAA and DVA on it. So yes.":                                    Unclear,
		"The address AWS mentions is not one I have ever used. So yes, go ahead.":              Unclear,
		"My manager says it's fine. So no.":                                                    Unclear,
		"The old account isn't mine. So yes, go ahead.":                                        Unclear,
		"The other address is not one I have seen before - I never used it. So yes, go ahead.": Unclear,
		"I can't see any certifications in the profile yet. So done.":                          Unclear,
		"That address isn't mine. So I'm not sure.":                                            Unclear,
		"That address isn't mine. So no. But go ahead if AWS says it's mine.":                  Unclear,
	})
}

// TestWhatAnAccountHolds: "only" said of what the account to be merged
// away holds, named by which one it is or its provider ("the old gmail
// account only has my Cloud Practitioner", "my personal one has only the
// SAA"), tells what the merge brings together, no part of something
// missing: beside a consent in words it is plain detail. Near misses: the
// profile or a page that only shows a part, an account that only shows
// one (a showing), the work or new account (its "only" may be what the
// profile shows), a bare "Yes" beside it (what it answers is for a
// person), and certifications that are another's.
func TestWhatAnAccountHolds(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, please consent. The old gmail account only has my Cloud Practitioner on it anyway.":  Yes,
		"Go ahead and merge them. My personal one has only the SAA.":                               Yes,
		"Please don't merge them, my previous account only holds the exam I am sitting next week.": No,
		// Near misses.
		"Yes, please consent. The profile only has my Cloud Practitioner.":                   Unclear,
		"Yes, please consent. The old gmail account only shows one certification.":           Unclear,
		"I can see them. The work account only has the SAP.":                                 Unclear,
		"Yes. The old gmail account only has my Cloud Practitioner.":                         Unclear,
		"Yes, please consent. The old gmail account only has my colleague's certifications.": Unclear,
		"Go ahead. The APN page only has the SAP on it.":                                     Unclear,
	})
}

// TestReasonAfterTheAnswer: why it was done that way may follow the answer
// in the same sentence, after "since" or "because" ("Submitted it from my
// phone since the form wouldn't load on the laptop"): the trouble or
// negation in the reason is about the reason, not the answer, as it is
// before the answer. Near misses: a reason that doubts or holds the answer
// (not sure, a draft, a wait for a manager, another's account), the reason
// of a bare "Yes" (what it answers is for a person), an answer in the
// reason too, a reason that says the writer cannot look, a condition ("as
// long as"), and a sentence that goes on after the reason to its answer.
func TestReasonAfterTheAnswer(t *testing.T) {
	readAll(t, map[string]Answer{
		"Submitted it from my home laptop since the form wouldn't load on the office network.": Submitted,
		"I linked it from my phone because the desktop site wouldn't load.":                    Done,
		"Please don't merge them because I still need the old login for an exam.":              No,
		"Not submitted yet because the form wouldn't load.":                                    No,
		// Near misses.
		"Submitted it since the form said it was saved as a draft.":                                               Unclear,
		"Submitted it because my manager has to approve it first.":                                                Unclear,
		"Submitted it because I'm not sure the first one went through.":                                           Unclear,
		"Yes since the form wouldn't load.":                                                                       Unclear,
		"Submitted since I linked the account already.":                                                           Unclear,
		"Linked it because my colleague's account was the one I could log in to.":                                 Unclear,
		"I half expected them not to be there because the page was blank last week, but yes, I can see both now.": Yes,
		"Submitted because my manager filled it in.":                                                              Unclear,
		"I can't see them since I have no access to the APN profile.":                                             Unclear,
		"Go ahead as long as the old exam history is kept.":                                                       Unclear,
	})
}

// TestLateOneThereAsOfNow: that one certification took longer to show up
// than the others, told with that it is there "as of this morning" or
// "as of today", is the story of a Yes, as "it took a few days, but it's
// there now" is: "as of" a time names the time from which it is so. Near
// misses: it is still missing, it showed and went, only expected there,
// and another's profile.
func TestLateOneThereAsOfNow(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, both show now. The SAA took a few days longer to appear than the other, but as of this morning it's there too.": Yes,
		"I can see all three. The Security one took a couple of days to show up, but as of today it is listed.":               Yes,
		// Near misses.
		"Yes, both show now. The SAA took a few days longer to appear, but as of this morning it's gone again.":    Unclear,
		"Yes, both show now. The SAA took a few days longer to appear, but as of this morning it's still missing.": Unclear,
		"Yes, one shows. The SAA took a few days longer, but as of this morning it should be there.":               Unclear,
		"Yes. The SAA took a few days to appear, but as of today it's there on my colleague's profile.":            Unclear,
	})
}

// TestNoWithLaterAndOthersReasons: after a No in words, a question that
// only proposes to come back to it later ("Can we pick this up again after
// the exam?", "Could we revisit it next month?") and a reason that tells
// what others need to see ("their finance team wants to see it there")
// agree with the No, as a plan or a reason after it does. Near misses: the
// same after a Yes or a bare No, a question of another kind or for now, a
// question that asks for the merge itself, and a reason that takes the No
// back.
func TestNoWithLaterAndOthersReasons(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please hold off for now, I have an exam booked on the old account. Can we pick this up again after the exam?": No,
		"Please don't merge yet. Could we revisit it next month?":                                                      No,
		"Not yet please. I still need the old account - my old employer's auditors want to see it there.":              No,
		// Near misses.
		"Yes, go ahead. Can we pick this up again after the exam?":             Unclear,
		"No. Can we pick this up again after the exam?":                        Unclear,
		"Please don't merge yet. Can we do it now instead?":                    Unclear,
		"Please don't merge yet. Can you merge them after the exam?":           Unclear,
		"Please don't merge yet. What happens to my exam booking?":             Unclear,
		"Please hold off. Actually, you can go ahead, I can see it there now.": Unclear,
	})
}

// TestHopeForAQuickAnswer: after a Done or Submitted, a hope only that
// AWS is quick this time ("Fingers crossed they're quicker than last
// time", "Hopefully AWS gets back to us soon") takes the act for done and
// hopes for the next step: it agrees with a Done or Submitted as an
// expectation does. Near misses: a bare hope ("Submitted - fingers
// crossed"), a hope that it went through, worked or is accepted, a hope
// beside a Yes (a consent is not yet the desk's answer), and a hope with
// a doubt of its own.
func TestHopeForAQuickAnswer(t *testing.T) {
	readAll(t, map[string]Answer{
		"Submitted. Fingers crossed AWS is quicker this time than the last time I tried.": Submitted,
		"Form sent. Hopefully they get back to us soon.":                                  Submitted,
		"Linked it just now. Let's hope it doesn't take long to show up.":                 Unclear,
		"Sent the form. Fingers crossed they're quick.":                                   Submitted,
		"Submitted the form. I hope they answer faster than last time!":                   Submitted,
		// Near misses.
		"Submitted - fingers crossed.":                            Unclear,
		"Submitted. Hopefully it went through.":                   Unclear,
		"Submitted. Fingers crossed they accept it.":              Unclear,
		"Submitted. Fingers crossed it works this time.":          Unclear,
		"Yes, go ahead. Hopefully they're quick.":                 Unclear,
		"Submitted. Hopefully they're quick, if it went through.": Unclear,
	})
}

// TestConfirmedOnScreenNoNumberYet: a form the page confirmed is sent,
// whatever receipt's number it did not give ("a confirmation page but no
// reference number", "no case ID yet"), as a mail not come yet is: the
// reply leans Submitted and, as there, is not read as one. Near misses: no
// confirmation on the page, a missing number told before any
// confirmation, a doubt that it went, and an error on the page.
func TestConfirmedOnScreenNoNumberYet(t *testing.T) {
	readAndLean(t, []readLean{
		{"Submitted the form just now. AWS showed a confirmation page but no reference number, as far as I could see.",
			Unclear, Submitted},
		{"I sent the form. Got a confirmation screen, no case ID yet.", Unclear, Submitted},
		// Near misses.
		{"Submitted the form just now. No reference number.", Unclear, Unclear},
		{"No reference number yet. I submitted the form and got a confirmation page.", Unclear, Unclear},
		{"Submitted. The confirmation page came up but no reference number. Not sure it went through.", Unclear, Unclear},
		{"Submitted. The page showed an error but no reference number.", Unclear, Unclear},
	})
}

// TestBothAccountsListed: a sentence that tells what each account holds
// ("the old one has my SAA and DVA, the work one only has the SAP") lists
// what the merge brings together; the second account's "only" is no part
// missing, and beside a consent in words it is plain detail. Near misses:
// the second account's "only" with no list before it in its sentence,
// the list told of what shows, the list in another sentence, and a bare
// "Yes" beside it.
func TestBothAccountsListed(t *testing.T) {
	readAll(t, map[string]Answer{
		"I agree to the merge. The old one has my SAA and DVA, the work one only has the SAP.":      Yes,
		"Confirmed, go ahead: my personal account has two certs, the company account only has one.": Yes,
		// Near misses.
		"I agree to the merge. The work one only has the SAP.":                           Unclear,
		"I agree to the merge. The old one shows my SAA, the work one only has the SAP.": Unclear,
		"I agree to the merge. The old one has my SAA. The work one only has the SAP.":   Unclear,
		"Yes. The old one has my SAA and DVA, the work one only has the SAP.":            Unclear,
		"I can see them. The old one has my SAA, the APN profile only has the SAP.":      Unclear,
	})
}

// TestMoreReasonsForALateAnswer: more of why an answer comes late, set
// aside as side remarks: an illness ("off work with the flu"), a move, a
// busy spell ("it's been a crazy week"), an absence with no internet, and,
// before the answer only, the mail missed (it went to spam, was only just
// seen, メールが迷惑メールフォルダに入っていました). Near misses: a reason
// that goes on to what was not done or to another's answer, the missed
// mail after a bare "Yes" (it may be what the Yes says), and a remark with
// no answer beside it.
func TestMoreReasonsForALateAnswer(t *testing.T) {
	readAll(t, map[string]Answer{
		"Apologies for the slow reply, your email landed in my junk folder. Yes, please consent.":  Yes,
		"Sorry, I only just saw this. Please go ahead with the merge.":                             Yes,
		"Sorry for the wait, I was out sick with covid last week. Yes, go ahead.":                  Yes,
		"Sorry for the slow answer, it's been a hectic week at work. No, please don't merge them.": No,
		"Sorry for the delay, we were moving house. Yes, I agree to the merge.":                    Yes,
		"Sorry for the late reply, I was on a trip in Peru with no signal. Yes, go ahead.":         Yes,
		"ご連絡が遅くなり申し訳ありません、迷惑メールに振り分けられていました。統合をお願いします。":                                            Yes,
		// Near misses.
		"Sorry, your mail went to my spam folder and the link in it is broken. Yes, go ahead.": Unclear,
		"Sorry, I only just saw this, so I haven't checked the profile yet. Yes.":              Unclear,
		"Yes. I only just saw this.": Unclear,
		"Sorry, I missed this and my manager already answered. Yes, go ahead.": Unclear,
		"It's been a crazy week, so I haven't decided yet.":                    Unclear,
		"Sorry for the delay, I was off work with the flu.":                    Unclear,
	})
}

// TestCourtesyReasonOfAnother: the words after a courtesy before the
// answer ("Sorry for the slow reply, I was off sick") are why the courtesy,
// but not when they speak of another person, of whose an account is, or
// of an answer someone gave ("Sorry, the old account belongs to my
// brother", "Sorry, I missed this and my manager already answered"): the
// answer after them may not be the writer's to give. Found while studying
// the late-reply remarks; the plain reasons still pass.
func TestCourtesyReasonOfAnother(t *testing.T) {
	readAll(t, map[string]Answer{
		"Sorry, I was off sick. Yes, go ahead.": Yes,
		// Near misses.
		"Sorry, the old account belongs to my brother. Yes, go ahead.":         Unclear,
		"Sorry, I missed this and my manager already answered. Yes, go ahead.": Unclear,
		"Sorry, my sister uses the other login. Yes, go ahead.":                Unclear,
	})
}

// TestOthersApprovalWithAdverbs: another's approval is not the writer's
// consent however it is worded: with "already", "has just", "also" between
// the person and the verb ("HR already approved it", "legal has just
// signed off"), as without. Near misses: the writer's own approval, and
// another's agreement after the writer's own consent in words (which
// agrees with it).
func TestOthersApprovalWithAdverbs(t *testing.T) {
	readAll(t, map[string]Answer{
		"HR already approved it.":                        Unclear,
		"Thanks, HR already approved it. Yes, go ahead.": Unclear,
		"Legal has just signed off. Yes.":                Unclear,
		"My brother already approved it.":                Unclear,
		"I approve.":                                     Yes,
		"Yes, go ahead. My manager already agreed too.":  Yes,
	})
}

// TestLeaveThemAsTheyAre: asking that the accounts, or things, be left or
// kept as they are ("Please leave the accounts as they are", "keep things
// as they are") is a No to the merge, as "leave them as they are" is.
// Near misses: the same negated, or beside a consent, or of something
// else after a Done.
func TestLeaveThemAsTheyAre(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please leave the accounts as they are.":  No,
		"I'd prefer you keep things as they are.": No,
		"Keep both accounts as they are, thanks.": No,
		// Near misses.
		"Please don't leave the accounts as they are.":               Unclear,
		"Go ahead, but keep everything as it is on the new account.": Unclear,
		"Yes. Leave things as they are otherwise.":                   Unclear,
	})
}
