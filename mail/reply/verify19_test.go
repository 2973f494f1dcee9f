package reply

import "testing"

// The nineteenth set's study of answers to "Do your AWS Certifications show
// in the APN profile? Reply yes or no" (with the sixteenth and eighteenth
// sets' misses of the same question): the answer is plain, and around it
// people say when they saw, wish the team well, or tell what the page
// shows where the certifications are missing. Each probe is written for
// this study in its own words; the near misses beside each family say what
// must stay for a person.

// Test19SeenInThePast: "I saw them", "Saw both this morning" after a Yes
// says they show, as "I can see them" does; not seeing them is a No.
func Test19SeenInThePast(t *testing.T) {
	checkReadAsking(t, "seen in the past", []struct {
		text string
		want Answer
	}{
		{"Yes. I saw them this morning.", Yes},
		{"Yes! Saw both of them this morning. Thanks for checking in.", Yes},
		{"yes, saw all three on the profile", Yes},
		{"No, I never saw them there.", No},
		// near misses: seen elsewhere, seen once and gone, seen of something else
		{"Yes, I saw them on Credly.", Unclear},
		{"Yes. I saw them yesterday but today the list is empty.", Unclear},
		{"I saw them, but only in my personal account.", Unclear},
		{"Yes. I saw your mails.", Unclear},
	})
}

// Test19SeasonWishes: a season's wish to the reader or the team ("Merry
// Christmas to you all!", "Happy holidays to the whole team") is a
// courtesy beside the answer, as "Happy holidays!" is.
func Test19SeasonWishes(t *testing.T) {
	checkReadAsking(t, "season wishes", []struct {
		text string
		want Answer
	}{
		{"Yes.\n\nMerry Christmas to you all!\nKen", Yes},
		{"Yes, they show.\nHappy holidays to everyone on the team!", Yes},
		{"No, not yet.\n\nSeason's greetings,\nAna", No},
		{"Yes.\nHappy new year to the whole team :)", Yes},
		// near misses: the wish carries a plan or a condition, or another's say
		{"Yes.\n\nMerry Christmas, I'll check again after the break!", Unclear},
		{"Yes.\nHappy holidays to you, my manager says to wait.", Unclear},
	})
}

// Test19jaFoundWhenLooked: 確認したら出ていました, "when I looked, they were
// there": a たら clause before a past predicate tells what was found, as
// 確認したところ does; before a present or future one it is a condition.
func Test19jaFoundWhenLooked(t *testing.T) {
	checkReadAsking(t, "found when looked", []struct {
		text string
		want Answer
	}{
		{"はい。今朝ログインしたら表示されていました。", Yes},
		{"はい、先ほど見てみたら両方とも出ていました。", Yes},
		{"いいえ。昨晩確認したら、まだ出ていませんでした。", No},
		// near misses: a condition, a plan, a contradiction
		{"はい。確認したら表示されると思います。", Unclear},
		{"確認したら連絡します。", Unclear},
		{"はい。確認したら出ていませんでした。", Unclear},
		{"ログインしたら出ていましたが、今は消えています。", Unclear},
	})
}

// Test19NoWithWhatThePageShows: after a No, a sentence that tells what
// the page shows in the certifications' place (another part of the
// profile shown "but" the certifications missing, a count of 0, "No
// certifications found") agrees with the No.
func Test19NoWithWhatThePageShows(t *testing.T) {
	checkReadAsking(t, "no with what the page shows", []struct {
		text string
		want Answer
	}{
		{"No. My profile shows my photo and role, but the certifications section is empty.", No},
		{"No - the certifications tab says 0.", No},
		{"No. I can see the rest of the team's, but mine are not there.", No},
		{"No. I can see my teammates' certifications but mine are not listed.", No},
		// near misses: the "but" turns to a Yes, to a partial list, or to a doubt
		{"No. The page was empty at first, but now both are there.", Unclear},
		{"No. It says 0, but the team view shows mine.", Unclear},
		{"No. It showed 0 but I'm not sure I'm on the right profile.", Unclear},
	})
}

// Test19LeanNoWithThePagesWords: "I linked it as asked but the
// certifications section still says 0 / "No certifications found"" leans
// No, as "still shows 0 certifications" does (Lean only: TestLeanNoAfterTheActDone).
func Test19LeanNoWithThePagesWords(t *testing.T) {
	leanAll(t, map[string]Answer{
		"No, I linked it on Monday but it still says \"No certifications found\".":              No,
		"no. linked it last week as you said but the certs section on my profile still says 0.": No,
		// Near misses.
		"No. I linked it but it says 0, I think.":                                   Unclear,
		"No. I linked my colleague's account but the section still says 0.":         Unclear,
		"No. I linked it last week but the certifications tab still says 0 errors.": Unclear,
	})
	readAll(t, map[string]Answer{
		"No, I linked it on Monday but it still says \"No certifications found\".": Unclear,
	})
}

// Test19ShownYesBesideAnotherMatter: a Yes in words that the certifications
// show, then a paragraph that opens as another matter and asks of it
// ("By the way, …?", 別件ですが、…か。), is the Yes with that paragraph beside
// it for a person (ReadAsking), as a Done's questions are.
func Test19ShownYesBesideAnotherMatter(t *testing.T) {
	checkReadAsking(t, "shown yes beside another matter", []struct {
		text string
		want Answer
	}{
		{"Yes, both are listed now.\n\nBy the way, who do I talk to about exam vouchers?\n\nCheers,\nTom", Yes},
		{"Yes they show.\n\nAlso - when is the next partner tier review? Our lead wants to plan.", Yes},
		{"はい、表示されています。\n\n別件ですが、来月の研修の申込先を教えていただけますか。\n\n山田", Yes},
		// near misses: a bare Yes (it may be a consent), a consent, the aside
		// before the answer, or an aside that weighs on the showing or the act
		{"Yes.\n\nBy the way, who do I talk to about exam vouchers?", Unclear},
		{"Yes, please go ahead.\n\nBy the way, who do I talk to about exam vouchers?", Unclear},
		{"Btw, who do I talk to about exam vouchers?\n\nYes, they show.", Unclear},
		{"Yes, they show.\n\nBy the way, is it a problem that one is marked expired?", Unclear},
		{"Yes, they show.\n\nAlso, do I have to relink after my transfer?", Unclear},
		{"Yes, they show.\n\nBy the way, my manager says to wait. Who should I ask?", Unclear},
		{"はい、表示されています。\n\nちなみに、古い名前で出ていますが大丈夫でしょうか。", Unclear},
		{"Yes, they show.\n\nWho do I talk to about exam vouchers?", Unclear},
		{"Yes, they show.\n\nPS: is this mail genuine?", Unclear},
		{"Yes, they show.\n\nBy the way, can you remove my old account from the team page?", Unclear},
		{"はい、表示されています。\n\n別件ですが、旧アドレスを削除していただけますか。", Unclear},
		{"はい、表示されています。\n\nところで、このメールはどなたからのものでしょうか。", Unclear},
	})
}

// Test19BracketSaysItShows: a bracket after a bare Yes that only says again,
// in words, that they show (はい（表示されています）, "Yes (both listed)") is
// the answer said twice; one that names a part, a place or a doubt stays a
// label for a person.
func Test19BracketSaysItShows(t *testing.T) {
	readAll(t, map[string]Answer{
		"はい（両方とも表示されています）。": Yes,
		"Yes (they show).":       Yes,
		"Yes (all three listed)": Yes,
		// Near misses.
		"はい（一部のみ表示されています）":                   Unclear,
		"Yes (shows on Credly).":             Unclear,
		"Yes (they show, I think).":          Unclear,
		"Yes (they show on my old account).": Unclear,
		"No (they show).":                    Unclear,
		"Yes (not showing).":                 Unclear,
	})
}

// Test19NoRunsOn: an opening "no" typed without its comma ("no they don't
// show yet", "nope it isn't there") is the answer, not a second negation of
// the sentence after it.
func Test19NoRunsOn(t *testing.T) {
	readAll(t, map[string]Answer{
		"no they do not show yet":                    No,
		"nope it isnt there, checked again":          No,
		"no they not show yet\n\nsent from my phone": No,
		// Near misses: the sentence after it says they show, or hedges.
		"no they show":                   Unclear,
		"no they not show yet i think":   Unclear,
		"no it should be there tomorrow": Unclear,
	})
}

// Test19ScreenshotOffered: an offer of a screenshot, should it be wanted
// ("happy to send a screenshot if you need one", スクリーンショットが必要でし
// たらお送りします), says nothing of the answer beside it.
func Test19ScreenshotOffered(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, both are listed. I can send a screenshot if needed.":         Yes,
		"No, still nothing there. Let me know if you'd like a screenshot.": No,
		"はい、表示されています。\nスクショが必要でしたらお送りしますので、お申し付けください。":                     Yes,
		// Near misses: the screenshot is to show a doubt, a part, or is sent
		// in place of the answer.
		"Yes. I can send a screenshot if you want to check it is the right one.": Unclear,
		"スクリーンショットが必要でしたらお送りします。":                                                Unclear,
		"はい、一部表示されています。スクショが必要でしたらお送りします。":                                       Unclear,
	})
}

// Test19HardToFindSaidNegatively: "it was not easy to find the menu" tells
// the effort it took, as "the menu was hard to find" does, and negates
// nothing of the answer.
func Test19HardToFindSaidNegatively(t *testing.T) {
	readAll(t, map[string]Answer{
		"Yes, I see them now. Thanks for the help, it wasn't easy to find the setting.": Yes,
		"Yes they show. It was not that obvious to locate the page :)":                  Yes,
		// Near misses: not easy to see them, or not found at all.
		"Yes they show. It is not easy to see them though.": Unclear,
		"Yes they show. I could not find the menu.":         Unclear,
	})
}
