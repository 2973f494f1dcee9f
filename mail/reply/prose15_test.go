package reply

import "testing"

// Prose before an answer: what the writer did to find out (checked,
// looked, logged in, had a look), when and on what they looked, or a
// greeting, stands before a Yes without changing it; a reason, a
// condition, a doubt, someone else's look, another account, a negation,
// a plan or a question still leaves the reply for a person. Every
// sentence is written here in words of its own, none copied from a set.

// TestHowIFoundOutBeforeAYes: a look told before the answer is set aside.
func TestHowIFoundOutBeforeAYes(t *testing.T) {
	reads(t, Yes,
		// Had, took, gave a look.
		"Had a look. Yes.",
		"I had a look. Yes.",
		"I've had a look. Yes.",
		"Just had a look. Yes.",
		"Took a look. Yes.",
		"I took a quick look. Yes.",
		"Had a quick peek. Yes.",
		"Had a closer look. Yes.",
		"Had another look. Yes.",
		"I've taken a look. Yes.",
		"Had a glance. Yes.",
		// When: now or today.
		"Had a look this afternoon. Yes.",
		"Took a look just now. Yes.",
		"Had a quick look a few minutes ago. Yes.",
		"Had another look earlier today. Yes.",
		"This morning, I had a look. Yes.",
		"Just now I had a look. Yes.",
		"Had a look first thing. Yes.",
		"Had a look before replying. Yes.",
		// What: the writer's own page.
		"Had a look at the profile. Yes.",
		"I looked at my APN profile. Yes.",
		"Took a look at Partner Central. Yes.",
		"Looked at the certifications tab. Yes.",
		"Had a look at the profile page today. Yes.",
		"Double-checked the portal. Yes.",
		"Rechecked my profile this evening. Yes.",
		// Where: the device or the site.
		"Had a look on my laptop. Yes.",
		"Took a look on the desktop site. Yes.",
		"Checked from my work laptop a moment ago. Yes.",
		"Had a look in the browser. Yes.",
		// Logged in, signed in, and looked.
		"Logged in. Yes.",
		"I logged in and had a look. Yes.",
		"Signed in and took a look. Yes.",
		"Logged back in and checked. Yes.",
		"I logged into the portal and looked at my profile. Yes.",
		"Logged in to Partner Central this morning and checked. Yes.",
		"Signed in on my laptop. Yes.",
		// The answer in words after it.
		"Had a look. Yes, they're all listed.",
		"Took a look this afternoon. Yes, both of them show.",
		"Had a look. Yes please.",
		"Had a look. Sure, go ahead.",
		"Had a look. Please consent.",
		"Had a look, yes.",
		"Took a peek, yes they show.",
		"Had a look. They all show.",
		// Several at once, and with a side remark.
		"Sorry for the delay. Had a look this afternoon. Yes.",
		"Had a look, sorry for the slow reply. Yes.",
		"Had a look on my laptop just now. Yes, go ahead.",
		// A greeting with no name before it.
		"Evening all. Yes.",
		"Morning folks, yes.",
		"Afternoon everyone. Yes, please go ahead.",
		"Hiya. Yes.",
		"Hello again. Yes, go ahead.",
		"Greetings. Yes.",
		"Hey there, had a look. Yes.",
		// Japanese: when and where one looked.
		"先ほどプロフィールを確認しました。はい。",
		"今朝ポータルにログインして確認しました。はい、表示されています。",
		"本日、画面を見てみました。はい。",
		"改めてチェックしました。はい、同意します。",
		"パートナーセントラルにログインしました。はい。",
	)
}

// TestHowIFoundOutBeforeOtherAnswers: the same look before a No, a Done
// or a Submitted leaves each as it is.
func TestHowIFoundOutBeforeOtherAnswers(t *testing.T) {
	reads(t, No,
		"Had a look. No.",
		"Took a look this afternoon. No, nothing there.",
		"Had a look at the profile. Not yet.",
		"Logged in and had a look. Please don't.",
	)
	reads(t, Done,
		"Had a look just now. Done.",
		"Logged in and checked. Done.",
	)
	// Lean reads the same look before what it leans to.
	for text, want := range map[string]Answer{
		"Had a look. Not there yet.":                     No,
		"Took a look this afternoon. Nothing there yet.": No,
		"Logged in and had a look. Done.":                Done,
		"Had a look, I've linked it now.":                Done,
	} {
		if got := Lean(text); got != want {
			t.Errorf("Lean(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestProseThatLeavesAYes: prose before a Yes that may bear on it still
// leaves the reply for a person (a false Yes may send a consent that
// cannot be undone).
func TestProseThatLeavesAYes(t *testing.T) {
	readsNot(t, []string{
		// The look found something, or failed.
		"Had a look and they aren't there. Yes.",
		"Had a look, but the page wouldn't load. Yes.",
		"Had a look, only one shows. Yes.",
		"Had a look, the DVA is missing. Yes.",
		"Logged in and checked, nothing there. Yes.",
		"Couldn't log in. Yes.",
		"Tried to log in. Yes.",
		"Had a look and got an error. Yes.",
		// No look taken, or one to come.
		"I haven't had a look. Yes.",
		"Didn't have a look. Yes.",
		"Never had a look. Yes.",
		"Haven't logged in yet. Yes.",
		"I'll have a look. Yes.",
		"I will have a look tonight. Yes.",
		"Going to have a look. Yes.",
		"I'll log in tomorrow and check. Yes.",
		"Let me have a look first. Yes.",
		"Need to have a look. Yes.",
		// A question about the look, or a question mark.
		"Had a look? Yes.",
		"Should I have a look first? Yes.",
		"Where do I have a look? Yes.",
		"Had a look. Yes?",
		// A doubt or a condition beside it.
		"Had a look, not sure. Yes.",
		"Had a look and I'm not sure. Yes.",
		"Had a look, still thinking. Yes.",
		"Had a look. Maybe.",
		"Had a look. Yes, I think so.",
		"Had a look. Yes, if it's safe.",
		"Had a look. Yes, once my manager agrees.",
		"Had a look. Yes, but only two of them.",
		"Had a look. Yes, but not the old one.",
		"If it's safe, had a look. Yes.",
		// Someone else looked, or looked with the writer.
		"My manager had a look. Yes.",
		"Someone else had a look. Yes.",
		"My colleague logged in and checked. Yes.",
		"Had a look with my manager. Yes.",
		"Checked with my colleague. Yes.",
		"HR had a look this morning. Yes.",
		// Another account, or another thing looked at.
		"Had a look at the old account. Yes.",
		"Had a look at the other account. Yes.",
		"Logged in to my old account and checked. Yes.",
		"Logged in with the old address and checked. Yes.",
		"Checked the old profile. Yes.",
		"Had a look at the exam dates. Yes.",
		"Had a look at my vouchers. Yes.",
		"Had a look at what AWS wrote. Yes.",
		"Had a look at the terms. Yes.",
		// A look long ago tells nothing of now.
		"Had a look yesterday. Yes.",
		"Had a look last week. Yes.",
		"Checked a few days ago. Yes.",
		"Had a look on Monday. Yes.",
		// A reason that may change it.
		"Had a look, I still need the old login. Yes.",
		"Had a look because I was worried about losing my history. Yes.",
		"I had a look since my exam is next week. Yes.",
		// Japanese near misses.
		"ログインして確認しましたが、表示されていません。はい。",
		"まだ確認していません。はい。",
		"明日確認します。はい。",
		"上司に確認してから回答します。はい。",
		"確認したところ、一部しか表示されていません。",
		"昨日確認しました。はい、かもしれません。",
		"古いアカウントにログインして確認しました。はい。",
		"確認しましたか？はい。",
	}, Yes)
}

// TestLookAfterABareYes: after a bare Yes the same look may be what the
// Yes says ("Yes. Had a look": I did look), so it is set aside only
// before the answer.
func TestLookAfterABareYes(t *testing.T) {
	readsNot(t, []string{
		"Yes. Had a look this morning.",
		"Yes. I logged in and had a look.",
		"Yes. Took a look on my laptop.",
		"Yes.\n\nHad a look at the profile just now.",
		"Yes, had a look.",
	}, Yes)
}

// TestBringingUpThePage: opening the page, or finding the time to look,
// is a look too; the same near misses hold.
func TestBringingUpThePage(t *testing.T) {
	reads(t, Yes,
		"Opened my APN profile. Yes.",
		"Pulled up Partner Central this afternoon. Yes, go ahead.",
		"Refreshed the page. Yes.",
		"Went into the portal just now. Yes.",
		"Finally got a chance to look. Yes.",
		"Got round to checking the profile. Yes.",
		"Had a moment to have a look. Yes.",
		"Checked again to be sure. Yes.",
		"I checked just now to make sure. Yes, they show.",
		"プロフィールを見たところ、はい、表示されています。",
		"ポータルを開いて確認しました。はい。",
	)
	reads(t, No, "Refreshed the page. No.", "見たところ、まだ表示されていません。")
	readsNot(t, []string{
		"Opened the old account. Yes.",
		"Opened the email from AWS. Yes.",
		"Refreshed the page, still nothing. Yes.",
		"Didn't get a chance to look. Yes.",
		"Haven't had time to check. Yes.",
		"Will get a chance to look tomorrow. Yes.",
		"Got a chance to look at the old account. Yes.",
		"Went to the old portal. Yes.",
		"Checked to be sure, but it's odd. Yes.",
		"Opened my profile? Yes.",
		"Yes. Opened my APN profile.",
		"Yes. Finally got a chance to look.",
		"ポータルを開いて確認しましたが、見当たりません。はい。",
	}, Yes)
}
