package classify

import "testing"

// An attacker's probes against the readings of AWS support's mail widened
// on 2 December (the fifteenth and seventeenth sets' studies, and where a
// helpdesk thread's own words end): each is written as some desk would
// write it, in English or Japanese, and tries to make a widened rule send
// a consent nobody asked for or tell a merge done that is not.

// TestAdv16ConsentNotAsked: a question about something else, a consent
// asked of a third party, one already received, a plan, a condition, an
// earlier request told again, a warning alone.
func TestAdv16ConsentNotAsked(t *testing.T) {
	checkProbes15(t, []probe15{
		// The details-right condition with quoted words that agree.
		{"内容にお間違いがなければ、「統合に同意します」とご返信いただくよう、ご本人様にお伝えください。", other15, nil},
		{"上記の内容でよろしければ、「統合に同意します」とのご返信は既に頂戴しておりますので、ご対応は不要です。", other15, nil},
		{"If the details above are correct, your manager should reply \"I agree to the merge\".", other15, nil},
		{"If the details above are correct, there is no need to reply \"I agree to the merge\" again.", other15, nil},
		{"If the details above are correct, we will reply \"I agree to the merge\" to the partner team for you.",
			other15, nil},
		{"If the details above are correct, please reply \"I agree to the merge\" after your exam next month.",
			other15, nil},
		{"「統合に同意します」とご返信いただく必要はございません。", other15, nil},
		{"「統合に同意します」とのご返信を頂戴しましたので、手続きを進めてまいります。", other15, nil},
		{"「統合に同意します」とご返信いただいた場合、その後の取り消しはできかねます。", other15, nil},
		{"統合を中止される場合は、「統合に同意しません」とご返信ください。", other15, nil},
		{"If you want us to stop, reply \"I do not agree to the merge\".", other15, nil},
		// A consent hoped for, or told received.
		{"ご同意を頂戴できましたので、統合の手続きを開始いたします。", other15, nil},
		{"先日ご同意を頂戴しましたので、改めてのご返信は不要です。", other15, nil},
		// A warning alone.
		{"Please note that a merge isn't something we can undo.", other15, nil},
		{"統合は元に戻すことができませんので、ご了承ください。", other15, nil},
		// A bare go-ahead whose object is something else, another's, or later.
		// (The merge told done beside a go-ahead with another thing is the report it is.)
		{"We merged a@example.com into b@example.com yesterday. Shall we proceed with closing the case?",
			completed15, nil},
		{"We plan to merge a@example.com into b@example.com. Your manager will let us know whether to go ahead.",
			other15, nil},
		{"We can merge the two accounts. Last week you told us that you want us to go ahead.", other15, nil},
		{"We can merge the two accounts for you. We have asked your colleague whether he wants us to go ahead.",
			other15, nil},
		{"アカウントの統合が可能です。進めてよろしいか、ご上司の方にご確認いただき、ご上司の方からご返信ください。",
			other15, nil},
		{"アカウントの統合を予定しております。進めてよろしいかどうかは、後日改めてお伺いいたします。", other15, nil},
		{"お二つのアカウントの統合は既に完了しております。このまま進めてもよろしいでしょうか。", completed15, nil},
		// Do we have your approval, told as had or of another.
		{"We have your approval to go ahead, so there is nothing more you need to do.", other15, nil},
		{"Do we have your manager's approval to go ahead with the merge?", other15, nil},
		{"Do we have your approval to go ahead with the refund?", other15, nil},
		// A statement to include, written for another or not to be sent.
		{"Your manager should include the following statement in a reply: \"I authorize AWS to merge the " +
			"accounts a@example.com and b@example.com.\"", other15, nil},
		{"Please do not include this statement in your reply: \"I authorize AWS to merge my accounts.\"",
			other15, nil},
		{"Please include the following statement in your reply to your HR department: \"I authorize AWS to " +
			"merge my accounts.\"", other15, nil},
		// A list to confirm whose items are not the reader's consent.
		{"We ask that you confirm by reply that:\n1. both accounts belong to you\n2. the merge was already " +
			"completed on our side", other15, nil},
		{"Please confirm:\n- that a@example.com is yours\n- that your employer has authorised the merge",
			other15, nil},
	})
}

// TestAdv16ConsentKeptAccount: a leave that names the account kept keeps
// it the way the desk wrote it.
func TestAdv16ConsentKeptAccount(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Shall we go ahead and merge b@example.com, your work email address, into a@example.com?",
			consent15, into15a},
		{"a@example.com（個人用）を残して、もう一方をそちらに統合する形でよろしいでしょうか。", consent15, into15a},
		{"Please include the following statement in your reply: \"I, [name], confirm that I am the owner of " +
			"a@example.com and b@example.com, and I authorize AWS to merge them into a@example.com.\"",
			consent15, into15a},
		{"We will merge a@example.com -> b@example.com only after your manager approves it.", other15, nil},
		// The account kept told in words of keeping no rule read: named all the same.
		{"a@example.com（会社用）を残す形で統合を進めてもよろしいでしょうか。", consent15, into15a},
		{"a@example.com に一本化してよろしいでしょうか。", consent15, into15a},
		{"統合先（残るアカウント）　　：a@example.com\n上記の内容で統合に同意いただけますか。", consent15, into15a},
		{"Primary (retained): a@example.com\nDo you agree to the merge?", consent15, into15a},
		{"Do you agree to merge the accounts, with a@example.com as the primary?", consent15, into15a},
		{"The plan is to keep a@example.com and merge b@example.com into it. Do you agree to the merge?",
			consent15, into15a},
		// Which to keep asked: both named, so a person decides.
		{"統合に同意いただけますか。また、統合後に残すメールアドレス（a@example.com または b@example.com）を" +
			"お知らせください。", consent15, []string{"a@example.com", "b@example.com"}},
	})
}

// TestAdv16ConsentSentElsewhere: the consent's words to go to another
// person, or told not needed.
func TestAdv16ConsentSentElsewhere(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please forward this email to your manager and ask them to reply \"I agree to the merge\".", other15, nil},
		{"Please send the following statement to your manager: \"I authorize AWS to merge my accounts.\"",
			other15, nil},
		{"Please write \"I authorize AWS to merge my accounts\" in your email to your supervisor.", other15, nil},
		{"Please reply to your manager with \"I agree to the merge\".", other15, nil},
		{"There is no need to reply \"I agree to the merge\" again; we have it on file.", other15, nil},
		{"May we have your approval to go ahead with the refund?", other15, nil},
		{"Please give us your approval to proceed with the voucher transfer.", other15, nil},
		// The near misses that stay consent requests.
		{"Please include the following statement in your reply:\n\n\"I authorize AWS to merge my accounts.\"",
			consent15, nil},
		{"Do we have your approval to go ahead with the merge?", consent15, nil},
	})
}

// TestAdv16CompletionNotDone: negated, failed, future, conditional,
// partial, scheduled, or a completion of something else.
func TestAdv16CompletionNotDone(t *testing.T) {
	checkProbes15(t, []probe15{
		// What the desk can see.
		{"I can see that your merge has not gone through yet.", other15, nil},
		{"I can see that your merge request went through to the merge team.", other15, nil},
		{"I can see that your colleague's merge went through.", other15, nil},
		{"I can see that the merge of your two profiles went through, but your badges are missing.", other15, nil},
		{"I can't see that your merge went through.", other15, nil},
		{"We can now see your accounts have been flagged for the merge.", other15, nil},
		// The merge named by its accounts, and other things merged.
		{"The merge of your two profiles will have gone through by Monday.", other15, nil},
		{"The merge of your two profiles went through for the exam history only.", other15, nil},
		{"The merge of your two support cases went through.", other15, nil},
		{"The merge of your two exam appointments has completed.", other15, nil},
		{"Your two support cases are now one.", other15, nil},
		{"Your two requests have been merged into this case.", other15, nil},
		{"We have merged your two tickets into one; your certification accounts will be merged next.", other15, nil},
		// Now one, all set.
		{"Your two AWS Certification accounts are now one step closer to being merged.", other15, nil},
		{"Your two AWS Certification accounts are now one (in our test environment).", other15, nil},
		{"Your two accounts are now one on paper; the data migration runs tomorrow.", other15, nil},
		{"Your two accounts have become one in our records, except for the Specialty exam.", other15, nil},
		{"Once the accounts have become one, you will sign in with b@example.com.", other15, nil},
		{"Merged - all set? Not quite: we still need your ID.", other15, nil},
		{"Done - merged your duplicate tickets.", other15, nil},
		// A request processed, and its earlier state.
		{"Your merge request has been processed successfully. It will be completed in 5-7 business days.",
			other15, nil},
		{"Your request for the merge was processed successfully, but it was declined.", other15, nil},
		{"The merge I said was scheduled has now been cancelled.", other15, nil},
		{"The merge that was scheduled for last week has now been postponed.", other15, nil},
		{"The merge you asked about has been completed?", other15, nil},
		{"The review of your merge request is complete.", other15, nil},
		{"Your refund has been completed.", other15, nil},
		{"Your case has been resolved.", other15, nil},
		// Japanese: after the merge, notices, ておく, the gloss.
		{"統合後、アカウントは一つになります。", other15, nil},
		{"統合後にご案内いたしますので、今しばらくお待ちください。", other15, nil},
		{"統合が完了しましたら、改めてご連絡いたします。", other15, nil},
		{"マージ（統合）の完了は来週の予定です。", other15, nil},
		{"マージ（統合）はまだ完了しておりません。", other15, nil},
		{"マージ（統合）が一部完了しました。", other15, nil},
		{"お問い合わせのマージ（統合）が完了しました。", other15, nil},
		{"重複していたお問い合わせの統合が完了しました。", other15, nil},
		{"本メールは、統合が完了したことをお知らせするものではございません。", other15, nil},
		{"本メールは、統合のご依頼の受付が完了したことをお知らせするものです。", other15, nil},
		{"審査が完了したことをお知らせいたします。統合は来週行います。", other15, nil},
		{"テスト環境で統合しておきました。本番環境の統合は明日です。", other15, nil},
		{"統合しておきますので、しばらくお待ちください。", other15, nil},
		{"統合完了です！ただし、認定資格の一部はまだ移行されていません。", other15, nil},
		{"ご返金の手続きが完了しました。", other15, nil},
		{"統合が完了したとお伝えしましたが、実際には完了しておりませんでした。", other15, nil},
	})
}

// TestAdv16Threads: the quoted earlier mail of a helpdesk thread, newest
// first or oldest first, under Zendesk-like heads, ">" quotes and Outlook
// blocks, is not this mail's.
func TestAdv16Threads(t *testing.T) {
	const notice = "##- Please type your reply above this line -##\n\n" +
		"Your request (#77120) has been updated. To add additional comments, reply to this email.\n\n"
	const rule = "\n\n------------------------------\n\n"
	checkAWS(t, []awsCase{
		// Newest first: the newest message is a plan; the merge done and the ask are earlier.
		{notice + rule + "Kenji (AWS Support)\nDec 10, 2026, 09:12 UTC\n\nThanks. We will merge the accounts " +
			"on Friday." + rule + "Kenji (AWS Support)\nDec 9, 2026, 17:03 UTC\n\nPlease reply to confirm that " +
			"you authorize us to merge the two accounts.", "aws_other", ""},
		{notice + rule + "Kenji (AWS Support)\nDec 10, 2026, 09:12 UTC\n\nWe are still working on it." + rule +
			"Kenji (AWS Support)\nDec 9, 2026, 17:03 UTC\n\nYour accounts have been merged.", "aws_other", ""},
		// Oldest first: the first head is the earliest message; the newest says the consent is had.
		{notice + rule + "Kenji (AWS Support)\nDec 9, 2026, 17:03 UTC\n\nPlease reply to confirm that you " +
			"authorize us to merge the two accounts." + rule + "Kenji (AWS Support)\nDec 10, 2026, 09:12 UTC\n\n" +
			"Thank you, we have your consent. The merge is scheduled for Friday.", "aws_other", ""},
		{notice + rule + "Kenji (AWS Support)\nDec 9, 2026, 17:03 UTC\n\nYour accounts have been merged." + rule +
			"Kenji (AWS Support)\nDec 10, 2026, 09:12 UTC\n\nCorrection: the merge failed and we are retrying.",
			"aws_other", ""},
		// Japanese heads.
		{"お問い合わせ (#77120) が更新されました。\n" + rule + "佐藤（AWS サポート）\n2026年12月10日 9:12\n\n" +
			"統合後に改めてご連絡いたします。" + rule + "佐藤（AWS サポート）\n2026年12月9日 17:03\n\n" +
			"統合に同意いただける場合は、「同意します」とご返信ください。", "aws_other", SubAcknowledgement},
		// ">" quotes and Outlook blocks.
		{"We will merge the accounts once the ID check is done.\n\nOn Dec 8, 2026, at 10:00, AWS Support " +
			"wrote:\n> Your accounts have been merged.", "aws_other", ""},
		{"Thank you, we are checking with the merge team.\n\n-----Original Message-----\nFrom: AWS Support " +
			"<tc-support@amazon.com>\nSent: Tuesday, December 8, 2026 10:00 AM\nSubject: RE:[CASE 1234567]\n\n" +
			"Please confirm that you authorize us to merge the two accounts.", "aws_other", ""},
		{"確認しております。\n\n差出人: AWS サポート <tc-support@amazon.com>\n送信日時: 2026年12月8日 10:00\n" +
			"件名: RE:[CASE 1234567]\n\nアカウントの統合が完了しました。", "aws_other", SubAcknowledgement},
	})
}

// TestAdv16CompletionHeldBack: a report beside the merge still to be done
// by the desk, only wished for, handed on, or with an exception in
// brackets.
func TestAdv16CompletionHeldBack(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your merge request has been processed successfully, and we will now schedule the merge.", other15, nil},
		{"Your merge request has been processed successfully. We will merge the accounts shortly.", other15, nil},
		{"Your merge request has been processed successfully. Next, we will start the merge.", other15, nil},
		{"Your accounts have been merged. We'll arrange the merge of your exam history next week.", other15, nil},
		{"I wish I could say that your accounts have been merged.", other15, nil},
		{"We'd love to tell you the merge is done, but there is one more check.", other15, nil},
		{"The merge went through and is now with the merge team for a final look.", other15, nil},
		{"統合完了です！（ただし、バッジの移行は明日になります）", other15, nil},
		{"統合が完了しました。（ただし、一部の認定資格は来週移行されます）", other15, nil},
		// The near misses that stay completions.
		{"We would like to let you know that your accounts have been merged.", completed15, nil},
		{"The merge went through; your case is now with the closing team.", completed15, nil},
		{"統合完了です。（なお、反映には最大24時間かかる場合があります）", completed15, nil},
		{"Your accounts have been merged. If you have more accounts, we can merge those as well on request.",
			completed15, nil},
	})
}

// TestAdv16ConsentSecondRound: a warning told as a note, and the consent
// to be talked over with or given by another, in Japanese.
func TestAdv16ConsentSecondRound(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please note: once you agree to the merge, it cannot be undone.", other15, nil},
		{"Please keep in mind that after you consent to the merge, there is no undoing it.", other15, nil},
		{"Please be aware that if you agree to the merge, it cannot be reversed.", other15, nil},
		{"統合にご同意いただけるかどうか、ご家族とご相談ください。", other15, nil},
		{"「統合に同意します」とのご返信を、ご上司様からいただけますでしょうか。", other15, nil},
		{"「統合に同意します」とのご返信を、人事の担当者様よりいただけますか。", other15, nil},
		// The near misses that stay consent requests.
		{"Please note: once you agree to the merge, it cannot be undone. Please reply \"I agree to the merge\" " +
			"to go ahead.", consent15, nil},
		{"「統合に同意します」とのご返信をいただけますでしょうか。", consent15, nil},
		{"統合に同意されるかどうか、ご上司とご相談のうえご返信ください。", consent15, nil},
		{"統合へのご同意について、ご本人様よりご回答をお願いいたします。", consent15, nil},
	})
}

// TestAdv16WentThroughTo: where the merge went on to is no merge done.
func TestAdv16WentThroughTo(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The merge of your two profiles went through to the next stage.", other15, nil},
		{"Your merge went through to the next step; we will update you.", other15, nil},
		{"The merge went through to our engineering team.", other15, nil},
		{"The merge has gone through to the final stage.", other15, nil},
		// The near misses that stay completions.
		{"The merge went through to completion.", completed15, nil},
		{"The merge went through successfully.", completed15, nil},
	})
}

// TestAdv16QuotedWordsToldOrElsewhere: words to reply with that the desk
// tells it received, or that agree to the merge of another thing.
func TestAdv16QuotedWordsToldOrElsewhere(t *testing.T) {
	checkProbes15(t, []probe15{
		{"上記の内容でよろしければ、「統合に同意します」とご返信いただいております。", other15, nil},
		{"「統合に同意します」とご返信いただいておりますので、ご対応は不要です。", other15, nil},
		{"Please reply \"I agree to the merge of my exam bookings\".", other15, nil},
		{"If the details above are correct, reply \"I agree to the merge of my exam bookings\".", other15, nil},
		{"内容にお間違いがなければ、「受験予約の統合に同意します」とご返信ください。", other15, nil},
		// The near misses that stay consent requests.
		{"上記の内容でよろしければ、「統合に同意します」とご返信いただけますでしょうか。", consent15, nil},
		{"If the details above are correct, reply \"I agree to the merge of my two accounts\".", consent15, nil},
	})
}
