package classify

import "testing"

// The families of AWS's mail that the fifteenth set still showed certflow
// misreading after its first study (the second study of 2 December), in
// words of our own, each beside the near misses it must not take.

// TestDeskAsksWhetherItHasTheConsent: the desk asking whether it has the
// reader's consent ("Do we have your approval to go ahead?") asks for it,
// as "May we have your consent?" does; it tells of none given. Not the
// consent told as had, one to another act, another's, one for later, nor
// the question only reported from an earlier mail.
func TestDeskAsksWhetherItHasTheConsent(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We would move everything on a@example.com to b@example.com. Do we have your approval to go ahead?",
			consent15, into15b},
		{"Do I have your go-ahead to fold a@example.com into b@example.com?", consent15, into15b},
		{"Do we have your permission to merge a@example.com into b@example.com? It cannot be reversed.",
			consent15, into15b},
		// Near misses.
		{"We have your approval to go ahead, so a@example.com will be merged into b@example.com tonight.",
			other15, nil},
		{"We will merge a@example.com into b@example.com next week. Do we have your approval to close this " +
			"case in the meantime?", other15, nil},
		{"Do we have your line manager's approval to merge a@example.com into b@example.com?", other15, nil},
		{"Do we have your approval to merge a@example.com into b@example.com if your manager agrees?",
			other15, nil},
		{"Once your ID has been checked, we will ask whether we have your approval to merge a@example.com " +
			"into b@example.com.", other15, nil},
		{"Earlier in this case we asked: do we have your approval to merge a@example.com into b@example.com?",
			other15, nil},
		{"Do we have your approval to merge a@example.com into b@example.com? Never mind, it is already done.",
			other15, nil},
	})
}

// TestGoAheadAfterTheMergeNamed: a bare go-ahead asked ("Please confirm that
// you want us to go ahead", "Shall we proceed?", 上記の内容で進めてもよろしい
// でしょうか), with no object of its own, asks for the merge that the
// sentence just before it (in its paragraph or the one before) names as
// still to come. Not after a merge told done, a survey or another offer, a
// request for details, nor a go-ahead with another thing, asked of another,
// for later, negated, or with the merge only in a quoted earlier mail.
func TestGoAheadAfterTheMergeNamed(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We can only start the merge of a@example.com into b@example.com once you agree to it. Please reply " +
			"to confirm that you want us to go ahead.", consent15, into15b},
		{"Everything on a@example.com would be moved into b@example.com by the merge.\n\nShall we proceed?",
			consent15, into15b},
		{"a@example.com を b@example.com に統合する予定です。この内容で進めてよろしいか、ご返信ください。",
			consent15, into15b},
		{"統合元：a@example.com\n統合先：b@example.com\n統合後は元に戻せないため、念のため確認させてください。\n" +
			"上記のとおり手続きを進めてもよろしいでしょうか。", consent15, into15b},
		{"We are writing about the merge of your accounts (a@example.com -> b@example.com).\n\nPlease reply " +
			"to confirm that you would like us to go ahead.", consent15, into15b},
		{"We are writing about the merge of your accounts (b@example.com → a@example.com). Shall we proceed?",
			consent15, into15a},
		{"The merge will keep b@example.com and close a@example.com. Should we go ahead?", consent15, into15b},
		// Near misses.
		{"The merge will keep b@example.com. Should we go ahead and send you the new certificate?", other15, nil},
		{"The merge of a@example.com into b@example.com is complete. Would you like us to go ahead?",
			completed15, nil},
		{"We plan to merge a@example.com into b@example.com. Shall we go ahead and close your older case too?",
			other15, nil},
		{"We plan to merge a@example.com into b@example.com. Please ask your manager to confirm that we may " +
			"go ahead.", other15, nil},
		{"We plan to merge a@example.com into b@example.com. Please confirm you would like us to go ahead " +
			"with the refund.", other15, nil},
		{"We plan to merge a@example.com into b@example.com. Next week we will ask you whether we may go ahead.",
			other15, nil},
		{"We plan to merge a@example.com into b@example.com. Please do not confirm yet that we may go ahead.",
			other15, nil},
		{"We would like your feedback on the merge you will receive. Please confirm you would like us to " +
			"go ahead.", other15, nil},
		{"To merge a@example.com into b@example.com we need your candidate ID. Please confirm when we may " +
			"proceed.", other15, nil},
		{"> We plan to merge a@example.com into b@example.com.\n\nShall we go ahead?", other15, nil},
		{"a@example.com を b@example.com に統合いたしました。この内容で進めてよろしいか、ご返信ください。",
			completed15, nil},
		{"a@example.com を b@example.com に統合する予定です。この内容で進めてよろしいか、上長様にご確認いただけますか。",
			other15, nil},
	})
}

// TestLeaveToMergeAskedInside: a question of leave held inside a sentence
// that asks (統合してよいか、確認させてください, 統合して良いか、ご返信ください)
// asks for the consent, as 統合してもよろしいか does. Not the desk checking
// with its own people (上長に確認させてください, 社内で確認いたします), the
// reader asked to check with theirs, a check for later, one of a detail,
// nor a question only reported.
func TestLeaveToMergeAskedInside(t *testing.T) {
	checkProbes15(t, []probe15{
		{"a@example.com を b@example.com に統合してよいか、念のため確認させてください。", consent15, into15b},
		{"a@example.com を b@example.com へ統合して良いか、ご返信いただけますか。", consent15, into15b},
		{"a@example.com の資格を b@example.com に移してもいいか、確認させてください。統合は取り消せません。",
			consent15, into15b},
		// Near misses.
		{"a@example.com を b@example.com に統合してよいか、上長に確認させてください。", other15, nil},
		{"a@example.com を b@example.com に統合してもよろしいか、上長に確認させてください。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、責任者と相談いたします。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、社内で確認させてください。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、ご上長様にご確認いただけますか。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、来週改めて確認させてください。", other15, nil},
		{"統合先のメールアドレスが b@example.com でよいか、確認させてください。", other15, nil},
		{"前回のメールで、a@example.com を b@example.com に統合してよいか確認させていただきましたが、" +
			"統合は完了しております。", other15, nil},
	})
}

// TestAccountNamedInALeaveToMerge: in a question of leave to merge ("…を
// 残して、もう一方をそちらに統合する形でよろしいでしょうか", "Shall we go ahead and
// merge a@… into b@…, your work email address?") the address
// word told with its address names the account kept; it asks for no
// detail. Not a question which address, whether an address is right, a
// detail asked beside it, a leave asked of another, nor the account kept
// without the merge asked.
func TestAccountNamedInALeaveToMerge(t *testing.T) {
	checkProbes15(t, []probe15{
		{"会社のメールアドレス（b@example.com）を残して、a@example.com をそちらに統合する形でよろしいでしょうか？",
			consent15, into15b},
		{"お勤め先のメールアドレス b@example.com を残し、もう一方をそちらへ統合してもよろしいでしょうか。",
			consent15, into15b},
		{"Shall we go ahead and merge a@example.com into b@example.com, your work email address?",
			consent15, into15b},
		// Near misses.
		{"どちらのメールアドレスに統合してよろしいでしょうか？", other15, nil},
		{"統合先のメールアドレス（b@example.com）に誤りがないか、ご確認いただけますでしょうか。", other15, nil},
		{"Could you confirm the email address (b@example.com) is correct before we merge a@example.com into it?",
			other15, nil},
		{"Would you like us to keep your work email address (b@example.com) and merge a@example.com into it? " +
			"Please also send us your candidate ID.", other15, nil},
		{"会社のメールアドレス（b@example.com）を残して統合する形でよろしいか、上長様にご確認いただけますか。",
			other15, nil},
		{"会社のメールアドレス（b@example.com）を残す形でよろしいでしょうか？", other15, nil},
		{"Which email address (a@example.com or b@example.com) would you like us to merge into?", other15, nil},
	})
}

// TestStatementOfOwnershipThenAuthority: the statement the reader is asked
// to include in a reply ("include the following statement", "add this
// statement") may first affirm that the reader owns the accounts and then
// authorise the merge ('"I, [name], confirm that I am the owner of a@… and
// b@…, and I authorize AWS to merge them into b@…"'): it is the reader's
// own agreement, as one that only authorises is. Not a statement that
// authorises another thing, a negated one, one written in another's role,
// one asked of someone else, nor one only quoted from an earlier mail.
func TestStatementOfOwnershipThenAuthority(t *testing.T) {
	ask := "Please reply to this email and include the following statement, completed with your details:\n\n"
	checkProbes15(t, []probe15{
		{ask + "\"I, [full name], confirm that I am the owner of the accounts a@example.com and b@example.com, " +
			"and I authorize AWS to merge these accounts into the account registered under b@example.com.\"",
			consent15, into15b},
		{"To go on we need it in writing. Please add this statement to your reply:\n\n\"I, [your name], own " +
			"both a@example.com and b@example.com, and I authorise AWS to merge a@example.com into " +
			"b@example.com.\"", consent15, into15b},
		{ask + "\"I, [full name], authorize AWS to merge a@example.com into b@example.com.\"", consent15, into15b},
		// Near misses.
		{ask + "\"I, [full name], confirm that I am the owner of the accounts a@example.com and b@example.com, " +
			"and I authorize AWS to keep a copy of my ID.\"", other15, nil},
		{ask + "\"I, [full name], confirm that I am the owner of the accounts a@example.com and b@example.com, " +
			"and I do not authorize AWS to merge them.\"", other15, nil},
		{ask + "\"I, [full name], confirm that I am the manager of the owner of a@example.com, and I authorize " +
			"AWS to merge a@example.com into b@example.com.\"", other15, nil},
		{"Please ask the account owner to reply and include the following statement:\n\n\"I, [full name], " +
			"confirm that I am the owner of a@example.com, and I authorize AWS to merge a@example.com into " +
			"b@example.com.\"", other15, nil},
		{ask + "\"I, [full name], confirm that I am the owner of the accounts a@example.com and b@example.com.\"",
			other15, nil},
		{"Thank you.\n\n> " + ask + "> \"I, [full name], confirm that I am the owner of a@example.com, and I " +
			"authorize AWS to merge a@example.com into b@example.com.\"", other15, nil},
	})
}

// TestConfirmByReplyThatTheListSays: a request to confirm by reply what a
// list after it says ("We ask that you confirm by reply that:", "Please
// confirm:") points to the list as "confirm the following:" does: an item
// that authorises the merge asks for the consent, beside one that the
// accounts are the reader's. Not a list whose items only state facts, or
// one with a fact of the reader's doing, another's authority, or the merge
// told done: what a list the reader is asked to confirm says is asked, it
// reports nothing done.
func TestConfirmByReplyThatTheListSays(t *testing.T) {
	ask := "According to your request, a@example.com should be merged into b@example.com.\n\n" +
		"We ask that you review the above and confirm by reply that:\n\n"
	checkProbes15(t, []probe15{
		{ask + "(a) both accounts belong to you, and\n(b) you authorize AWS to merge them as described.",
			consent15, into15b},
		{"The account associated with a@example.com should be retained, and the one associated with " +
			"b@example.com should be merged into it.\n\nWe ask that you confirm by reply that:\n\n(a) both " +
			"accounts belong to you, and\n(b) you authorize AWS to merge them as described.", consent15, into15a},
		{"Please confirm:\n\n1. a@example.com and b@example.com are both yours\n2. you agree to merge " +
			"a@example.com into b@example.com", consent15, into15b},
		// Near misses.
		{ask + "(a) both accounts belong to you, and\n(b) you have cancelled any exam booked on a@example.com.",
			other15, nil},
		{ask + "(a) you have cancelled any exam booked on a@example.com, and\n(b) you authorize AWS to merge them " +
			"as described.", other15, nil},
		{ask + "(a) both accounts belong to you, and\n(b) your manager authorizes AWS to merge them as described.",
			other15, nil},
		{"Please confirm that:\n\n- your accounts have been merged\n- your certifications show under b@example.com",
			other15, nil},
		{"Please confirm the following:\n\n- your accounts have been merged", other15, nil},
		{"Thank you.\n\n> " + "We ask that you confirm by reply that:\n>\n> (a) both accounts belong to you, " +
			"and\n> (b) you authorize AWS to merge a@example.com into b@example.com.", other15, nil},
	})
}

// TestAccountsNowOneAndMergedAllSet: the accounts told one now after the
// news is announced ("Good news, your request has been fulfilled: your two
// AWS Certification accounts are now one"), and the verb alone beside a word
// that all is done, on either side ("Merged - all set.", "All set - merged."),
// report the merge done. Not negated, failed, still to come, under a
// condition, for part of them, asked, or only quoted.
func TestAccountsNowOneAndMergedAllSet(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We're pleased to let you know that your request has been fulfilled: your two AWS Certification " +
			"profiles are now one.", completed15, nil},
		{"Good news: both of your accounts are now a single account.", completed15, nil},
		{"Merged - you're all set.", completed15, nil},
		{"All set — merged.", completed15, nil},
		{"Your two profiles have become one.", completed15, nil},
		{"統合完了です！", completed15, nil},
		// Near misses.
		{"Your request has not been fulfilled: your two accounts are not one yet.", other15, nil},
		{"We're pleased to let you know that your request will be fulfilled soon: your two AWS Certification " +
			"profiles will then be one.", other15, nil},
		{"Once you confirm, your two accounts are now one.", other15, nil},
		{"Good news: two of your three accounts are now one; the third is still separate.", other15, nil},
		{"Your two accounts are now one?", other15, nil},
		{"Our system said \"your two accounts are now one\", but the merge failed.", other15, nil},
		{"Merged - not yet, sorry.", other15, nil},
		{"Merged? Not yet.", other15, nil},
		{"Your two profiles will become one.", other15, nil},
		{"統合完了ですか？", other15, nil},
		{"統合完了ですが、バッジの移行に失敗しました！", other15, nil},
		{"Merged accounts can't be split again - all set?", other15, nil},
		{"Merged by Friday - all set then.", other15, nil},
		{"All set — merged, except for your Specialty certification.", other15, nil},
		{"> Merged - all set.\n\nWe will merge your accounts tomorrow.", other15, nil},
	})
}

// TestSuchACaseIsThePresentOne: "in such a case" after a fact told in the
// past (同一のご本人様であることを確認できませんでした。このような場合、規定により統合
// を承ることができません) is the reader's case, as "In such cases, we are
// unable to merge them" is in English: a refusal, not a hypothesis. Not
// after a sentence that is itself a hypothesis, nor a refusal for now only,
// one that gives a way on, or a question.
func TestSuchACaseIsThePresentOne(t *testing.T) {
	refused := []string{
		"ご提出いただいた情報では、同一のご本人様であることを確認できませんでした。このような場合、規定により" +
			"統合を承ることができません。",
		"両アカウントの氏名が一致しませんでした。\n\nこの場合、アカウントの統合はお受けできません。",
		"We could not confirm that both accounts are yours. In such cases, we are unable to merge them.",
	}
	notRefused := []string{
		"ご本人様確認ができない場合もございます。このような場合、統合を承ることができません。",
		"氏名が一致しない場合は、統合を承ることができません。",
		"両アカウントの氏名が一致しませんでした。このような場合、現時点では統合を承ることができません。" +
			"身分証明書をご提出ください。",
		"両アカウントの氏名が一致しませんでした。このような場合でも、身分証明書をご提出いただければ統合" +
			"を承ることができます。",
		"両アカウントの氏名が一致しませんでした。このような場合、統合を承ることはできないのでしょうか？",
	}
	for _, text := range refused {
		if r := readDesk(text); r.Sub != SubRefusal {
			t.Errorf("%q: read as %s/%s, want a refusal", text, r.Kind, r.Sub)
		}
	}
	for _, text := range notRefused {
		if r := readDesk(text); r.Sub == SubRefusal {
			t.Errorf("%q: read as a refusal", text)
		}
	}
}

// TestDetailsTheDeskWillNeed: the desk's need told with a modal before the
// list of it ("I'll need a few more details from you:", "we would need the
// following:"), a question which of two ("残すアカウントは、どちらにいたしますか"),
// and an identifier asked to be sent to the writer ("could you send me the
// registration number …") ask for details. Not a need of another's, nor a
// consent asked beside the question, nor a completion with an offer after it.
func TestDetailsTheDeskWillNeed(t *testing.T) {
	checkAWS(t, []awsCase{
		{"To find both accounts, I'll need a few more details from you:\n\n1. The candidate ID of each account\n" +
			"2. The date of your last exam", "aws_other", SubMoreInfo},
		{"We would need the following:\n\n- your legal name\n- the candidate ID of each account", "aws_other",
			SubMoreInfo},
		{"統合の件、承知しました。統合後に残すアカウントは、どちらにいたしますか？\nA. a@example.com\nB. b@example.com",
			"aws_other", SubMoreInfo},
		{"Could you send me the booking number of that exam? It is in your appointment email.", "aws_other",
			SubMoreInfo},
		// Near misses.
		{"We would need the following from your manager:\n\n- a note that the merge is fine", "aws_other", ""},
		{"We have merged your accounts. If anything looks wrong, just send me a note.", "aws_completed", ""},
		{"a@example.com を b@example.com に統合してよろしいでしょうか。どちらにも同じ資格が表示されます。",
			"aws_consent_request", ""},
	})
}
