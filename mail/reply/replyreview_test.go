package reply

import "testing"

// The review of the day's widened readings: replies written for the review
// that the reading took as an answer while they put it on another account
// or thing. Each family's near misses say what must still be read.

// TestReview21FormerEmployersAccount: the account, login or address of the
// writer's old company or job ("my old company's account", "my previous
// employer's login", 前の会社のアカウント, 前職のアドレス) is not the case's,
// as "my old account" is not: what shows there, or was done while logged
// into it, tells nothing of the profile asked about. After an answer, so is
// being logged into (signed in with) an old account, beside a Yes or a Done.
func TestReview21FormerEmployersAccount(t *testing.T) {
	checkReadAsking(t, "a former employer's account", []struct {
		text string
		want Answer
	}{
		{"They show, in my previous company's account.", Unclear},
		{"Yes, they're there on my old firm's profile.", Unclear},
		{"They are there.\n\nSorry, I just realised I was signed into my former employer's account.", Unclear},
		{"They are there.\n\nI was logged in with my old job's email.", Unclear},
		{"Yes, all three show.\n\nP.S. I noticed I was logged into my old account.", Unclear},
		{"Both are there.\n\nSorry, I was signed in as my previous account.", Unclear},
		{"前の会社のアカウントに表示されていました。", Unclear},
		{"前職のアカウントで確認したところ、表示されていました。", Unclear},
		{"表示されていました。\n\nなお、以前の会社のメールアドレスでログインしていました。", Unclear},
		{"Done.\n\nP.S. I was logged into my previous employer's account.", Unclear},
		{"旧アカウントで確認したところ、表示されていました。", Unclear},
		// near misses: the case's own account, a company's name, the old account told as merged away, a No
		{"Yes, all three show. I logged into my company account to check.", Yes},
		{"They show now. My previous company's certifications carried over too.", Yes},
		{"They show. I was logged into my work account.", Yes},
		{"表示されていました。会社のアカウントでログインして確認しました。", Yes},
		{"No, nothing shows. I was logged into my old account, I'll try the new one.", No},
		// beside the merge form the old account is the source: naming it is no slip
		{"Submitted.\n\nFYI I was signed into my old account to fill it in.", Submitted},
	})
}
