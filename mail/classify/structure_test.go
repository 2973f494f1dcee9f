package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// The structural rules added when the fourth set became a study set, each
// with the near miss it must not take. The sentences are written here, not
// copied from the set.

// TestConditionGovernsWhatFollows: a condition opening a sentence ("if we
// do not hear from you, …", ご返信がない場合、…) makes what follows it in the
// sentence hypothetical: a warning, not a closing or a failed merge.
func TestConditionGovernsWhatFollows(t *testing.T) {
	checkAWS(t, []awsCase{
		{"統合にご同意いただけますでしょうか。ご返信がない場合、本ケースはクローズいたします。", "aws_consent_request", ""},
		{"統合にご同意いただける場合は、本メールにご返信ください。ご返信がない場合、統合は行われません。",
			"aws_consent_request", ""},
		{"Please reply to confirm you agree to the merge. If we do not hear from you, we cannot merge the accounts.",
			"aws_consent_request", ""},
		// Near misses: no condition, a condition after the closing, and
		// what happened told after a condition.
		{"The accounts have been merged. If you check, the badge transfer was not completed.", "aws_other", ""},
		{"統合は実施されませんでした。本ケースはクローズいたします。", "aws_other", SubRefusal},
		{"The accounts were not merged. I am closing this case, if you have questions please write again.",
			"aws_other", SubRefusal},
	})
}

// TestMergeNotDoneWithoutDoing: 統合は行わずに ("without doing the merge")
// says the merge did not happen; with the case closed, that is a refusal.
func TestMergeNotDoneWithoutDoing(t *testing.T) {
	checkAWS(t, []awsCase{
		{"ご返信をいただけなかったため、統合は行わずに本ケースをクローズいたします。", "aws_other", SubRefusal},
		{"期限までにご同意が確認できなかったので、統合を実施せずにケースを終了させていただきます。", "aws_other", SubRefusal},
		// Near miss: a reminder not to forget the reply is no negation.
		{"忘れずにご返信ください。統合にご同意いただけますでしょうか。", "aws_consent_request", ""},
	})
}

// TestJapaneseCompletionShapes: the merge's work noun after a verb (統合する
// 処理), 対応 as the work, a time word before it, 実施 as doing it, and 済み
// as its end (統合が済みました, 移行済みです); each only in a past or
// stative form.
func TestJapaneseCompletionShapes(t *testing.T) {
	checkAWS(t, []awsCase{
		{"ご依頼の統合の件、先ほど作業を完了しました。", "aws_completed", ""},
		{"二つのアカウントを統合する処理が本日完了いたしました。", "aws_completed", ""},
		{"ご同意を確認しましたので、統合作業を実施しました。", "aws_completed", ""},
		{"統合が済みましたのでお知らせいたします。", "aws_completed", ""},
		{"統合のご依頼につき、旧アカウントの認定資格は新しいアカウントへ移行済みです。", "aws_completed", ""},
		// Near misses: the future, a plan, and 済み describing an account.
		{"統合作業を実施いたします。", "aws_other", ""},
		{"統合する処理を来週実施する予定です。", "aws_other", ""},
		{"統合済みのアカウントは元に戻せません。統合にご同意いただけますでしょうか。", "aws_consent_request", ""},
		{"統合が済みましたら、お知らせいたします。", "aws_other", ""},
	})
}

// TestQuotedLabelIsNoStatus: an earlier notice named by its quoted title
// (「手続き中」のお知らせ) says nothing of where the merge is now, and "の件
// ですが、" introduces the topic, it sets nothing against it.
func TestQuotedLabelIsNoStatus(t *testing.T) {
	checkAWS(t, []awsCase{
		{"先日お送りした「手続き中」のお知らせの件ですが、統合は本日完了いたしました。", "aws_completed", ""},
		{"ご依頼の件ですが、アカウントの統合が完了しました。", "aws_completed", ""},
		// Near misses: work still in progress, and a real "but".
		{"統合は本日完了いたしましたが、一部の認定はまだ手続き中です。", "aws_other", ""},
		{"統合の手続き中です。", "aws_other", ""},
	})
}

// TestResultOfTheMerge: the certifications said to be under the one account
// now ("your certifications now appear under b@…"), in a mail about the
// merge, report it done.
func TestResultOfTheMerge(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Thanks for confirming the merge. Your certifications now appear under b.lee@example.com.",
			"aws_completed", ""},
		{"All set with the merge: your exam history now shows under your work address.", "aws_completed", ""},
		// Near misses: the future, not yet, both addresses, no merge named.
		{"Once the merge is done, your certifications will appear under b.lee@example.com.", "aws_other", ""},
		{"Your certifications do not yet appear under b.lee@example.com; the merge is still in progress.",
			"aws_other", ""},
		{"Your certifications now appear under both addresses. Please confirm you want us to merge them.",
			"aws_consent_request", ""},
		{"Your certifications now appear under b.lee@example.com.", "aws_other", ""},
		{"About the merge: right now your certifications appear under a.lee@example.com and b.lee@example.com.",
			"aws_other", ""},
		{"About the merge: your certifications now appear under a.lee@example.com and b.lee@example.com.",
			"aws_other", ""},
	})
}

// TestListAfterAColon: a request that ends in a colon points to the list
// after it ("could you please send us:"), whose items are then asked for.
func TestListAfterAColon(t *testing.T) {
	checkAWS(t, []awsCase{
		{"About the merge. Before I can go on, could you please send:\n\n" +
			"- the full name on your ID\n- your date of birth", "aws_other", SubMoreInfo},
		// Near miss: a colon after a statement asks for nothing.
		{"About the merge. Here is what we have on file:\n\n- the full name on your ID\n- your date of birth",
			"aws_other", ""},
	})
}

// TestNotOurTeam: a request the desk says is not its to handle, sent to
// another team, with the case closed, is a refusal.
func TestNotOurTeam(t *testing.T) {
	checkAWS(t, []awsCase{
		{"This is about a partner account link, which isn't something our team can help with. " +
			"Please contact Partner Support instead. I'll resolve this case now.", "aws_other", SubRefusal},
		{"Your request falls outside what the certification team handles; please reach out to the partner team. " +
			"I am resolving this case.", "aws_other", SubRefusal},
		{"Unfortunately this is outside of what our team can do. We are closing this case.", "aws_other", SubRefusal},
		{"本件は当窓口の担当外となりますため、ケースをクローズさせていただきます。", "aws_other", SubRefusal},
		// Near miss: the merge done, and the case resolved.
		{"Your accounts have been merged. I'll resolve this case now.", "aws_completed", ""},
	})
}

// TestPastAbilityIsTheDeed: "we were able to merge your accounts" reports
// the merge done; negated, future or asked, it does not.
func TestPastAbilityIsTheDeed(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Good news: we were able to merge your accounts this morning.", "aws_completed", ""},
		{"I managed to combine both profiles into the work one.", "aws_completed", ""},
		{"Unfortunately we were not able to merge your accounts.", "aws_other", SubRefusal},
		{"Once you reply, we will be able to merge your accounts.", "aws_other", ""},
		{"Were you able to merge the accounts on your side?", "aws_other", ""},
	})
}

// TestPermissionAskedInside: a question of permission inside a request
// (…てよろしいか、ご確認ください) and "your go-ahead" ask for consent.
func TestPermissionAskedInside(t *testing.T) {
	checkAWS(t, []awsCase{
		{"アカウントの統合を進めてよろしいか、ご確認をお願いいたします。", "aws_consent_request", ""},
		{"We just need your go-ahead to merge the two profiles.", "aws_consent_request", ""},
		// Near misses: a check that nothing is wrong after the merge, a
		// go-ahead already given.
		{"統合後の表示に問題ないか、ご確認をお願いいたします。", "aws_other", ""},
		{"Thanks for your go-ahead; we will merge the two profiles this week.", "aws_other", ""},
	})
}

// TestDeskForgoesTheMerge: 見送らせていただきます, the desk forgoing the merge,
// is a refusal; a plural of the identifiers asked for is still asked for.
func TestDeskForgoesTheMerge(t *testing.T) {
	checkAWS(t, []awsCase{
		{"本人確認が取れなかったため、アカウントの統合は見送らせていただきます。", "aws_other", SubRefusal},
		{"Before the merge, please send the candidate IDs for both accounts.", "aws_other", SubMoreInfo},
		// Near miss: the reader's own choice to forgo it, told back.
		{"統合を見送りたい場合は、その旨ご返信ください。", "aws_other", ""},
	})
}

// TestRuleInHTMLHeadsTheThread: an <hr> is the rule a person sees; with a
// "From:"/差出人 line under it, what follows is the quoted thread, whose
// words (a consent asked for, a consent given) do not count.
func TestRuleInHTMLHeadsTheThread(t *testing.T) {
	raw := "From: desk <tc-support@amazon.com>\r\nTo: certflow@partner.example\r\nSubject: RE: account merge\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<html><body><div>Hello,<br><br>The two accounts have been merged.<br><br>Kind regards,<br>Desk</div>" +
		"<hr><div>From: CertFlow<br>Please confirm you agree to the merge of the two accounts.</div></body></html>"
	m, err := message.Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	if r := c.Read(m); r.Kind != AWSCompleted {
		t.Errorf("completion with the thread under an <hr>: %s/%s, want aws_completed", r.Kind, r.Sub)
	}
}

// TestCompletionNeedsItsTense: a Japanese completion phrase that ends in
// the bare noun (統合処理が完了) reports the merge done only in a past or
// stative form; "until it completes" tells of later.
func TestCompletionNeedsItsTense(t *testing.T) {
	checkAWS(t, []awsCase{
		{"統合処理が完了するまで、旧アカウントもご利用いただけます。", "aws_other", ""},
		{"統合作業が完了次第、ご連絡いたします。", "aws_other", SubAcknowledgement},
		{"統合処理が完了しております。", "aws_completed", ""},
		{"統合作業が完了。旧アカウントは無効化されました。", "aws_completed", ""},
	})
}

// TestMergedAsADescription: "accounts that are merged …", "accounts are
// merged in the order received" describe a kind of account or the desk's
// practice; they report no merge. "Your accounts are merged" does.
func TestMergedAsADescription(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We have received your request. Note that accounts that are merged cannot be unmerged.",
			"aws_other", SubAcknowledgement},
		{"Your request is with our team. Profiles are merged in the order we receive them.",
			"aws_other", SubAcknowledgement},
		{"Your case was created. Certifications which were merged keep their expiry dates.", "aws_other", ""},
		{"Good news: your accounts are merged.", "aws_completed", ""},
		{"Done - profiles are merged!", "aws_completed", ""},
		{"The two accounts have been merged.", "aws_completed", ""},
	})
}

// TestMoveStillGoingOn: a merge reported done while its move is still
// going on ("the certifications are still being moved", 移行中) is for a
// person.
func TestMoveStillGoingOn(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We have merged the accounts; your certifications are still being moved across.", "aws_other", ""},
		{"統合いたしました。認定資格は現在移行中です。", "aws_other", ""},
		{"We have merged the accounts and moved your certifications.", "aws_completed", ""},
	})
}

// TestDetailsInThePluralAndCheckingNow: the details asked for in the plural
// ("the email addresses and full names") are asked for; the desk checking
// now (担当部署にて確認しております) acknowledges.
func TestDetailsInThePluralAndCheckingNow(t *testing.T) {
	checkAWS(t, []awsCase{
		{"So that we can find both profiles, please reply with the email addresses and full names on each.",
			"aws_other", SubMoreInfo},
		{"お問い合わせありがとうございます。現在、担当チームにて内容を確認しております。", "aws_other", SubAcknowledgement},
		// Near miss: checking done, merge done.
		{"確認しておりましたアカウントの統合が完了いたしました。", "aws_completed", ""},
	})
}

// TestMoreWaysToReportTheMerge: 行いました, 終えました and 反映されました in the
// past, the move in the passive (引き継がれました), "certification history
// from a@… has been transferred"; each in the future or in progress is no
// report.
func TestMoreWaysToReportTheMerge(t *testing.T) {
	checkAWS(t, []awsCase{
		{"ご依頼の統合処理を行いました。", "aws_completed", ""},
		{"統合の手続きを終えました。", "aws_completed", ""},
		{"アカウントの統合が反映されました。", "aws_completed", ""},
		{"認定履歴はすべて新しいアカウントに引き継がれました。", "aws_completed", ""},
		{"Your certification history from a.lee@example.com has been transferred to b.lee@example.com.",
			"aws_completed", ""},
		{"統合処理を行っております。", "aws_other", ""},
		{"統合処理を明日行います。", "aws_other", ""},
		{"統合が反映されるまで数時間かかります。", "aws_other", ""},
		{"認定履歴は統合後に引き継がれます。", "aws_other", ""},
	})
}
