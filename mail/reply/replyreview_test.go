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

// TestReview21RequestToAnInternalDesk: a ticket or request sent to the
// company's own IT, helpdesk or service desk, or a request for access to
// the form, is help asked of another desk, not AWS's merge form (the
// "another desk" family, as a case with APN support is): no Submitted. A
// case raised with AWS is still the form's request.
func TestReview21RequestToAnInternalDesk(t *testing.T) {
	checkReadAsking(t, "a request to an internal desk", []struct {
		text string
		want Answer
	}{
		{"I submitted a ticket to IT so I can get into the form.", Unclear},
		{"Submitted a request to our helpdesk.", Unclear},
		{"Submitted: I logged a ticket with the service desk this morning.", Unclear},
		{"I opened a ticket with the IT team about the form.", Unclear},
		{"Submitted an access request, now waiting for IT.", Unclear},
		{"Submitted a request for access to the form.", Unclear},
		{"社内のヘルプデスクに申請を提出しました。", Unclear},
		{"フォームへのアクセス申請を提出しました。", Unclear},
		{"情シスに依頼を送信しました。", Unclear},
		// near misses: the form's own request, sent through the form or with AWS
		{"I raised a case with AWS support.", Submitted},
		{"Submitted the request through the form, it's with AWS now.", Submitted},
		{"Submitted. IT helped me find the page.", Submitted},
		{"申請を提出しました。", Submitted},
	})
}

// TestReview21DoneOnAColleaguesAccount: a Done told as done on a colleague's
// or boss's account (同僚のアカウントで操作しました, 上司のIDで連携しました) is
// not the writer's own link, as one on a family member's account is not,
// also when told aside (ちなみに、…).
func TestReview21DoneOnAColleaguesAccount(t *testing.T) {
	checkLean(t, "done on a colleague's account, leaning", []struct {
		text string
		want Answer
	}{
		{"完了しました\n\nちなみに、上司のアカウントで連携しました。", Unclear},
		{"連携しました。田中さんのアカウントでログインしていました。", Unclear},
		{"完了しました。自分のアカウントで操作しました。", Done},
	})
	checkReadAsking(t, "done on a colleague's account", []struct {
		text string
		want Answer
	}{
		{"完了しました。\n\nちなみに、同僚のアカウントで操作しました。", Unclear},
		{"完了しました。上司のアカウントで連携しました。", Unclear},
		{"連携しました。先輩のIDでログインして行いました。", Unclear},
		{"完了しました\n\n念のため、上司のIDで連携しました。", Unclear},
		{"完了しました\n\nちなみに、上司のアカウントで連携しました。", Unclear},
		// near misses: the writer's own account, a colleague who only showed the way
		{"完了しました。自分のアカウントで操作しました。", Done},
		{"完了しました。\n\nちなみに、同僚に手順を教えてもらいました。", Done},
	})
}

// TestReview21PersonalInPlaceOfWork: a Done told as done on a personal
// account put in for the work one ("since the work one wouldn't log in",
// "instead of my company account") is another account than the case's, as
// one told with "though" is. A personal account named alone may be the
// certification account itself, and stays read.
func TestReview21PersonalInPlaceOfWork(t *testing.T) {
	checkReadAsking(t, "a personal account in place of the work one", []struct {
		text string
		want Answer
	}{
		{"Done, linked it.\nOn my personal account, since the work one wouldn't log in.", Unclear},
		{"Done, I pressed save. Used my gmail account instead of my company account.", Unclear},
		{"Linked, with my private login because the work login is locked.", Unclear},
		// near misses: the personal account that is the certification account
		{"Done, I linked my personal AWS Certification account.", Done},
	})
	checkLean(t, "a personal account in place of the work one, leaning", []struct {
		text string
		want Answer
	}{
		{"Done, linked it and pressed save.\nOn my personal account, since the work one wouldn't log in.", Unclear},
	})
}
