package reply

import "testing"

// TestDashInsideACertificationName: AWS names its certifications with a
// dash before the level ("Developer - Associate", "Security - Specialty",
// "DevOps Engineer – Professional"), and people copy the names so: such a
// dash joins the name, it does not cut the sentence, so "the Developer -
// Associate is listed" is read whole and not as a name alone and a
// "Associate is listed". Near misses: a dash after an answer word stays a
// cut ("Yes - Professional and Associate both show" is still two pieces
// that agree), a part named by what is missing stays no Yes, and a dash
// before a word that names no level still cuts.
func TestDashInsideACertificationName(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes. I opened the partner portal and the Developer - Associate is listed under my name.": Yes,
		"Yes, the SysOps Administrator – Associate shows on the profile page now.":                Yes,
		"No. The Machine Learning - Specialty is still not listed.":                               No,
		"Yes - Professional and Associate both show.":                                             Yes,
		// Near misses.
		"Yes. The DevOps Engineer - Professional is listed but the Security - Specialty is missing.": Unclear,
		"The Developer - Associate shows, the Data Engineer - Associate does not.":                   Unclear,
		"Yes. The Developer - Associate shows in my personal account.":                               Unclear,
	})
	// A part shows: no lean (display), and no Yes.
	leanAll(t, map[string]Answer{
		"Only one. The Security - Specialty is listed, the Developer - Associate is missing.":                    Unclear,
		"Only one of the two. Data Engineer - Associate appears, but DevOps Engineer - Professional is missing.": Unclear,
	})
}

// TestLookThenWhatShowed: "I opened the profile and the SAA is listed" is
// how the writer looked, then what showed there: the look is detail and
// the showing the answer, as if a comma stood between them. Near misses:
// a look at another's or a wrong place, a showing of nothing or of
// something else, a hedge on the showing, a status instead of a showing,
// and a look joined to a deed rather than a showing.
func TestLookThenWhatShowed(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes. I logged into the partner portal and my three certifications are listed.": Yes,
		"Yes, I opened the profile and both certifications show up.":                    Yes,
		"No. I refreshed the page and the certifications are still not listed.":         No,
		// Near misses.
		"Yes. I logged into my colleague's profile and the certification is listed.": Unclear,
		"Yes. I opened the profile and it shows 0 certifications.":                   Unclear,
		"Yes. I opened the profile and it's listed, I think.":                        Unclear,
		"Yes. I opened the profile and it says pending.":                             Unclear,
		"Yes. I logged into my personal account and the certification shows.":        Unclear,
	})
}

// TestShownWithItsEntry: a certification said to show "with its
// validation number and the expiry date" is described
// as it stands on the page: those words are what is there, no detail of
// their own. Near misses: a wrong or missing part of the entry, an error
// shown with it, and the same words with no showing at all.
func TestShownWithItsEntry(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, the Developer Associate is listed with its validation number and the expiry date.": Yes,
		"Yes. Both certifications appear with their validation numbers and the issue dates.":     Yes,
		"The SAA shows up with its credential ID and the expiration date (2028).":                Yes,
		// Near misses.
		"Yes, the SAA is listed with the wrong expiry date.":                        Unclear,
		"The SAA is listed with an error next to the validation number.":            Unclear,
		"Yes, the SAA is listed without its validation number and the expiry date.": Unclear,
		"Yes. I have the validation number and the expiry date.":                    Unclear,
	})
}

// TestConsentKnowingWhatItCosts: beside a consent in words, the writer
// says they know what the merge costs, in the forms people use for it:
// the formal 旨 for こと (元に戻せない旨も理解しております), 統合後に as the
// time, "I read the note about it not being reversible", and that nothing
// on the old account is needed any more ("I don't need anything from the
// old account any more"). None is a cancel. Near misses: the same alone,
// asked, with a wait, with a request to keep the old account, or needing
// something from it.
func TestConsentKnowingWhatItCosts(t *testing.T) {
	readAll(t, map[string]Answer{
		"統合に同意いたします。統合後に元に戻せない旨も理解しております。":                                                  Yes,
		"統合をお願いします。元に戻せない旨、承知しております。":                                                       Yes,
		"I read the warning about it not being reversible. Please go ahead with the merge.": Yes,
		"You can merge them. I saw the note about the merge not being reversible.":          Yes,
		"Please go ahead and merge. I don't need anything from the old account any more.":   Yes,
		"I agree to the merge, I no longer need anything from that account.":                Yes,
		// Near misses.
		"統合後に元に戻せない旨も理解しております。":                                                                    Unclear,
		"統合に同意いたします。元に戻せない旨は理解しておりますが、少しお待ちください。":                                                  Unclear,
		"I read the warning about it not being reversible. Can I think about it?":                  Unclear,
		"I read the warning about it not being reversible.":                                        Unclear,
		"Please go ahead and merge. I still need something from the old account first.":            Unclear,
		"Please go ahead and merge. I don't need anything from the old account, but keep it open.": Unclear,
	})
}

// TestJapaneseShowingSaidOtherWays: the ways Japanese writers say the
// certifications show that were not read: 出ています said alone with its
// subject left out (出てました！, ちゃんと出てます, もう出てますよ), casual
// thanks (ありがと), a check made beside the showing (表示されています。
// 全部確認済みです: how they know it, no Done), and the certifications
// named in brackets after 認定 (AWS 認定（…アソシエイト、…アソシエイト）が表示
// されていることを確認いたしました). Near misses: 出て with another subject (an
// error), asked, hedged, shown and gone, a part, a check without a showing
// (still a Done), a Done of another act beside the showing, and a bracket
// that says more than names.
func TestJapaneseShowingSaidOtherWays(t *testing.T) {
	readAll(t, map[string]Answer{
		"出てました！ありがと〜":          Yes,
		"ちゃんと出てます。":            Yes,
		"もう出てますよ！":             Yes,
		"表示されてます。全部確認済みです。":    Yes,
		"2つとも確認済みです。表示されています。": Yes,
		"APNのプロフィールに認定（ソリューションアーキテクト アソシエイト、デベロッパー アソシエイト）が表示されていることを確認いたしました。": Yes,
		"まだ出てないです。": No,
		// Near misses.
		"エラーが出てました。":         Unclear,
		"出てました？":             Unclear,
		"たぶん出てると思います。":       Unclear,
		"出てたけど消えました。":        Unclear,
		"1つだけ出てました。":         Unclear,
		"確認済みです。":            Done,
		"表示されてます。連携も完了しました。": Unclear,
		"APNのプロフィールに認定（個人アカウントの方だけ）が表示されていることを確認いたしました。": Unclear,
	})
}

// TestAnAnswerInOneLetter: "Y" or "N" alone on the first line, as people
// type on a phone, is Yes or No. Near misses: the letter asked, a letter
// under other words (an initial signing the mail), a letter with more on
// its line, and another letter.
func TestAnAnswerInOneLetter(t *testing.T) {
	readAll(t, map[string]Answer{
		"Y\n\nSent from my iPhone": Yes,
		"y.":                       Yes,
		"N\n\nSent from my phone":  No,
		// Near misses.
		"Y?":                       Unclear,
		"Thanks!\n\nY":             Unclear,
		"Will look later.\nN":      Unclear,
		"Y if it keeps my history": Unclear,
		"K":                        Unclear,
	})
}

// TestConsentPassedOnWithAWS: "please confirm it with AWS" after a consent
// asks certflow to give AWS what was agreed, as "confirm it to them" does.
// Near misses: "confirm with AWS" with nothing confirmed (it may ask to
// check with them), first or under a condition, and asked.
func TestConsentPassedOnWithAWS(t *testing.T) {
	readAll(t, map[string]Answer{
		"No objection here - please confirm it with AWS.": Yes,
		"Fine by me. Please confirm my consent with AWS.": Yes,
		// Near misses.
		"Please confirm with AWS.":                         Unclear,
		"Fine by me. Please confirm it with AWS first.":    Unclear,
		"Please confirm it with AWS if the history stays.": Unclear,
		"Could you confirm it with AWS?":                   Unclear,
	})
}

// TestNoWithAskForWhatElseToTry: a No beside a question that asks only
// what else to try or do, or for ideas ("Anything else I should try?",
// "Any other suggestions?", 他に試せることはありますか), is the No, with the
// question for a person. Near misses: the same beside a Done or Submitted
// (it may doubt that the act took), a question that doubts the No or asks
// how to look, and a question holding another answer.
func TestNoWithAskForWhatElseToTry(t *testing.T) {
	for _, c := range []struct {
		text string
		want Answer
	}{
		{"No, still nothing there. I refreshed twice. Anything else I should try?", No},
		{"Not yet, they aren't listed. Any other suggestions?", No},
		{"まだ表示されていません。他に試せることはありますか？", No},
		// Near misses.
		{"Done. Anything else I should do?", Unclear},
		{"Submitted. Anything else I should try?", Unclear},
		{"No. Is it the right page though?", Unclear},
		{"No. Where should I look?", Unclear},
		{"No. Anything else I should try, or should I just merge?", Unclear},
	} {
		if got, _ := ReadAsking(c.text); got != c.want {
			t.Errorf("ReadAsking(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOwnershipSaidInIndianEnglish: Indian English puts verbs of state in
// the progressive ("both the accounts are belonging to me only", "I am
// having no issue with …", "I am confirming that …"), read as the plain
// forms; "no issue(s)" is "no problem"; an "only" of whose the accounts
// are may end a clause before "and". Near misses: accounts said to be
// another's (a colleague's, a brother's, in either form), a condition
// after "no issue", and the same beside no consent.
func TestOwnershipSaidInIndianEnglish(t *testing.T) {
	readAll(t, map[string]Answer{
		"Kindly proceed with the merge. Both the accounts are belonging to me only.":                     Yes,
		"Please go ahead. I am confirming that both of my accounts are belonging to me.":                 Yes,
		"Kindly merge them. I am having no issue with the old account getting deactivated.":              Yes,
		"Please proceed. Both accounts belong to me only and I have no issues with the old one closing.": Yes,
		// Near misses.
		"Kindly proceed with the merge. Both the accounts are belonging to my colleague.": Unclear,
		"Please go ahead with the merge. The old account belongs to my brother.":          Unclear,
		"Please go ahead. I am having no issue with it, but wait until Friday.":           Unclear,
		"Both the accounts are belonging to me only.":                                     Unclear,
	})
}

// TestNoWithTheActPutOff: after a No in words, a question that puts the act
// itself off to a time to come ("Can we do it after the exam?", "Could we
// do the merge in January?") is the No's plan, as asking to come back to
// it is. Near misses: "after all" (anyway: it asks for the act now), after
// a Yes or a bare No, and a question for the act now.
func TestNoWithTheActPutOff(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please don't merge yet, my exam is booked on the old account. Can we do it after the exam?": No,
		"Hold off for now please. Could we do the merge in January?":                                 No,
		// Near misses.
		"Please don't merge yet. Can we do it after all?":   Unclear,
		"Yes. Can we do it after the exam?":                 Unclear,
		"No. Can we do it after the exam?":                  Unclear,
		"Please don't merge yet. Can we do it now instead?": Unclear,
	})
}

// TestCheckMadeForGoodMeasure: 一応 before a check that is no answer
// (一応確認しましたが、特に問題なさそうです) says only why the writer looked,
// beside a consent in words. Near misses: 一応 before an answer (一応連携し
// ました, 一応確認できました: a hedge), a check that found trouble, and a bare
// はい beside the check alone (it may only say the mail was read, with
// 一応 or 念のため as without).
func TestCheckMadeForGoodMeasure(t *testing.T) {
	readAll(t, map[string]Answer{
		"統合してもらって大丈夫です。旧アカウントの履歴も一応確認しましたが、特に問題なさそうです。": Yes,
		"同意します。一応、確認しましたが問題ありません。":                      Yes,
		// Near misses.
		"一応連携しました。":  Unclear,
		"一応確認できました。": Unclear,
		"統合して大丈夫です。一応確認しましたが、問題があるかもしれません。": Unclear,
		"はい。一応確認しました。":   Unclear,
		"はい。念のため確認しました。": Unclear,
	})
}

// TestStepBeforeTheyShowed: after a Yes, the step the showing waited for,
// told before it ("I had to log out and back in before they appeared") or
// with "once" in the past ("they showed up once I refreshed"), tells that
// they show, as "they appeared after I refreshed" does; a tip for others
// may follow. Near misses: the step done in another's account, a showing
// still to come ("they'll show up once I refresh"), one gone again, the
// step without a showing, and a step that undoes (unlink, remove).
func TestStepBeforeTheyShowed(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes. I had to sign out and back in before they appeared.":                       Yes,
		"Yes, they turned up once I cleared the browser cache.":                          Yes,
		"Yes. Had to refresh the page twice before they showed up, FYI for anyone else.": Yes,
		// Near misses.
		"Yes. I had to log into my colleague's profile before they appeared.": Unclear,
		"Yes. They will show up once I refresh.":                              Unclear,
		"Yes. I had to relink it before they appeared, but now one is gone.":  Unclear,
		"Yes. I had to sign out and back in.":                                 Unclear,
		"Yes. I had to unlink it before they appeared.":                       Unclear,
		"Yes, they showed up once I removed the old link.":                    Unclear,
	})
}

// TestAcknowledgementJoinedByAnd: beside a consent, "X and I understand Y"
// where Y only acknowledges what the merge does is read as two sentences,
// X and an acknowledgement that is nothing ("I checked the old account and
// I understand everything moves to the new one"); an "and" inside
// brackets ("my exams (SAA and DVA)") joins names, no clauses. Near misses:
// a doubt in X, another's account in X, the same without a consent, and an
// acknowledgement that holds an answer.
func TestAcknowledgementJoinedByAnd(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, please merge. I checked the old account and I understand everything moves to the new one.":              Yes,
		"You can agree to the merge. My exams (SAA and DVA) are on the old account and I'm aware they will be moved.": Yes,
		// Near misses.
		"Yes, please merge. I might keep the old one and I understand it will be closed.": Unclear,
		"Yes, please merge. I checked my colleague's account and I understand it moves.":  Unclear,
		"I checked the old account and I understand everything moves to the new one.":     Unclear,
		"Yes, please merge. I checked and I understand it is not done yet.":               Unclear,
	})
}

// TestLeanNoAfterTheActDone: to "do they show?", "I linked it as you said
// but it still shows nothing" leans No: what was done, then that it still
// does not show (Lean only: in the wait for the link the same words may
// mean it is done, and that wait takes no No). A question whether the
// writer erred ("Maybe I did something wrong?", "Did I miss a step?") asks
// why, as "could the link have failed?" does. Near misses: the act done
// on another's account, no "still", a question that names a wrong thing
// or another act, a Yes, and Read, which stays unclear.
func TestLeanNoAfterTheActDone(t *testing.T) {
	leanAll(t, map[string]Answer{
		"Sadly no. I linked the account as you said but the profile still shows 0 certifications.": No,
		"No. I linked it last week but it still does not show. Did I do something wrong?":          No,
		"No, nothing is listed yet. Did I miss a step?":                                            No,
		// Near misses.
		"No. I linked my colleague's account but it still does not show.":           Unclear,
		"No. I linked it but it does not show, I think.":                            Unclear,
		"No. I linked it but it still does not show. Did I link the wrong account?": Unclear,
		"No. I linked it but it still does not show. Should I link the other one?":  Unclear,
		"Yes. Did I do something wrong?":                                            Unclear,
	})
	readAll(t, map[string]Answer{
		"Sadly no. I linked the account as you said but the profile still shows 0 certifications.": Unclear,
	})
}

// TestLeanTroubleTold: the words of a past failure ("kept crashing",
// "timed out") and of a trouble still so ("still", "keeps") are read as
// the rule of troubleBefore says (before, their patterns began with a
// backspace character and never matched): a trouble before the answer is
// overcome by a Done told as now. Near misses: no "now", and a trouble
// still so.
func TestLeanTroubleTold(t *testing.T) {
	leanAll(t, map[string]Answer{
		"The page kept crashing on me. Linked it now.": Done,
		// Near misses.
		"It kept failing. I linked it.":               Unclear,
		"The form crashed. It still crashes. Linked.": Unclear,
	})
}

// TestConsentInEverydayWords: ways of consenting that many people use
// and that were not read: "OK with" the merge or a pronoun for it ("I'm
// okay with the merge"), what the merge is good for given as
// its reason beside a consent in words ("it would be good to have
// everything in one place"), and in Japanese that the old account is no
// longer used (旧アカウントはもう使っていません). Near misses: negated, asked,
// under a condition, OK with another's deciding (whatever the word:
// "fine with my manager deciding", "it's up to my boss", before read as a
// consent), the benefit beside a bare Yes or under a condition, and the
// reason alone.
func TestConsentInEverydayWords(t *testing.T) {
	readAll(t, map[string]Answer{
		"I'm okay with the merge.": Yes,
		"Ok with that, thanks.":    Yes,
		"Yes, please merge - it would be good to have all my certs under my work address.": Yes,
		"Go ahead. It'll be nice to have everything in one place.":                         Yes,
		"はい、統合をお願いします。旧アカウントはもう使っていません。":                                                   Yes,
		"I'm not ok with the merge.": No,
		// Near misses.
		"Are you ok with it?":                                                              Unclear,
		"I'm ok with it once I've checked the history.":                                    Unclear,
		"I'm ok with my manager deciding.":                                                 Unclear,
		"I'm fine with my manager deciding.":                                               Unclear,
		"Go ahead, it's up to my boss anyway.":                                             Unclear,
		"Fine with whatever my team lead decides.":                                         Unclear,
		"Yes. It would be good to have everything in one place.":                           Unclear,
		"Go ahead. It would be good to have everything in one place if the history stays.": Unclear,
		"旧アカウントはもう使っていません。":                                                                Unclear,
	})
}

// TestConsentAsWritersAroundTheWorldPutIt: "do the merge", "please do the
// needful", permission given ("you have my permission"), "it is ok for me"
// as many Europeans write it, 統合OKです, a reason that all is fine before
// the request (問題ないので進めてください), and the writer's own choice not to
// (今回は統合しないでおきます: No). Near misses: negated, asked of the
// writer, under a condition, the reason alone or before another request,
// permission not given.
func TestConsentAsWritersAroundTheWorldPutIt(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, you can do the merge.":            Yes,
		"Yes, please do the needful.":           Yes,
		"You have my permission to merge them.": Yes,
		"It's ok for me to merge the accounts.": Yes,
		"統合OKです。":                               Yes,
		"問題ないので進めてください。":                        Yes,
		"統合の件、問題ありませんのでお願いします。":                 Yes,
		"今回は統合しないでおきます。":                        No,
		"Please don't do the merge.":            No,
		// Near misses.
		"Is it ok for me to wait?":             Unclear,
		"It's ok for me if the history stays.": Unclear,
		"問題ないので。":                              Unclear,
		"統合の件、問題ありませんので、確認をお願いします。":                 Unclear,
		"No permission given yet, I need to check.": Unclear,
	})
}

// TestNotWantingTheMerge: "I don't want the merge" as a whole sentence is
// No, after an apology too ("I'm sorry but I don't want the merge"). Near
// misses: what is not wanted is something about the merge ("I don't want
// the merge to be delayed" wants it), and the same asked.
func TestNotWantingTheMerge(t *testing.T) {
	readAll(t, map[string]Answer{
		"I don't want the merge.":                   No,
		"No, I'm sorry but I don't want the merge.": No,
		"I do not want this merge, please.":         No,
		// Near misses.
		"I don't want the merge to be delayed.":        Unclear,
		"I don't want the merge to fail, so go ahead.": Unclear,
		"I don't want the merge?":                      Unclear,
	})
}

// TestCertificationsNamedInFull: the full names of AWS certifications
// beside words of showing ("my Solutions Architect Associate and Developer
// Associate are there") say which ones show, however many words they take;
// a page that "says" a count of certifications shows them ("it says 3
// certifications now", "the page says 0 certifications"). Near misses: a
// named one missing, named in another's or the personal account, named
// with no showing, and a count of none beside a Yes.
func TestCertificationsNamedInFull(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, my Solutions Architect Associate and Developer Associate are there.":           Yes,
		"Yes, the DevOps Engineer Professional and the Security Specialty are listed.":       Yes,
		"Yes, it says 3 certifications now.":                                                 Yes,
		"No, the page says 0 certifications.":                                                No,
		"No, the Developer Associate and the SysOps Administrator Associate are not listed.": No,
		// Near misses.
		"Yes, the Solutions Architect Professional is listed but the Security Specialty is missing.": Unclear,
		"Yes, the Solutions Architect Associate shows in my personal account.":                       Unclear,
		"Yes, I passed the Solutions Architect Associate.":                                           Unclear,
		"Yes, it says 0 certifications.":                                                             Unclear,
	})
}

// TestOldAccountStillNeeded: beside a consent, that the old account is
// still used or needed, or something on it ("I still need the old one",
// "I still use that account for work", "I still need something from the
// old account"), is a reason against the merge, which closes it: it agrees
// with a No in words only (before, read as plain detail beside the
// consent: a false consent). Near misses: no longer needed, and the same
// beside a No. And the spoken まだ出てません is No as まだ出ていません is.
func TestOldAccountStillNeeded(t *testing.T) {
	readAll(t, map[string]Answer{
		"Please merge. I still need something from the old account.": Unclear,
		"Go ahead. I still use that account for work.":               Unclear,
		"You can consent. I still need the old one for my exams.":    Unclear,
		// Near misses.
		"Go ahead, I no longer need the old one.":     Yes,
		"No, please don't. I still need the old one.": No,
		"まだ出てません。":                                    No,
	})
}

// TestReasonAgainstBesideConsent: beside a consent, a reason against the
// merge agrees with a No in words only: something still pending on the
// old account ("I have an exam booked on the old account", "my voucher is
// on the old one"), a worry ("I'm a bit worried about my transcript"), the
// old account as the main one, and in Japanese the old account still used
// or the main one (旧アカウントはまだ使っています, 旧アカウントの方がメインです).
// Before, each was plain detail beside the consent: a false consent. Near
// misses: what the old account holds from the past ("I passed my exams on
// the old account"), "no worries", and the same reasons beside a No.
func TestReasonAgainstBesideConsent(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, go ahead. I have an exam scheduled on the old account next week.": Unclear,
		"Yes, go ahead. My voucher is on the old account.":                      Unclear,
		"Go ahead. I'm a bit worried about losing my transcript.":               Unclear,
		"Go ahead. The gmail one is my main account.":                           Unclear,
		"統合してください。旧アカウントはまだ使っています。":                                             Unclear,
		"同意します。旧アカウントの方がメインです。":                                                 Unclear,
		// Near misses.
		"Yes, go ahead. I passed my exams on the old account.":        Yes,
		"Yes, please go ahead. No worries.":                           Yes,
		"No, please don't. I have an exam booked on the old account.": No,
		"いいえ、統合しないでください。旧アカウントはまだ使っています。":                             No,
	})
}
