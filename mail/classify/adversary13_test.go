package classify

import "testing"

// The thirteenth adversarial review of the reading of AWS's mail: probes
// written as support agents would write them, each family that was misread
// in the dangerous direction, beside the genuine readings it must keep.

// TestAdversary13ChainInsideANounClause: a Japanese move in the continuative
// form chained to a past end reports the move only when the end is the
// chain's own last act (…移行し、旧アカウントを閉鎖いたしました). When the
// chain is a clause that names a procedure, a proposal, a decision or a
// booking (…閉鎖する手続きを開始いたしました, …閉鎖することにいたしました), what
// was done in the past is only that: the move is still to be done.
func TestAdversary13ChainInsideANounClause(t *testing.T) {
	expectDesk(t, []string{
		"資格を b@example.com へ移行し、旧アカウントを閉鎖する手続きを開始いたしました。",
		"資格を b@example.com へ移行し、旧アカウントを閉鎖することを提案いたしました。",
		"資格を b@example.com へ移行し、旧アカウントを閉鎖することにいたしました。",
		"資格を b@example.com へ移行し、旧アカウントを閉鎖する作業を予約しました。",
		"資格を b@example.com に引き継ぎ、旧アカウントを削除する方針を決定いたしました。",
		"資格を b@example.com へ移行し、旧アカウントを閉鎖できるよう設定を変更しました。",
		"資格を b@example.com へ移行し、旧アカウントの閉鎖を試みましたが、完了しておりません。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"資格を b@example.com へ移行し、旧アカウントは閉鎖いたしました。",
		"資格を b@example.com に移行し、a@example.com を閉鎖いたしました。",
	}, AWSCompleted, true)
}

// TestAdversary13SampleOfTheAskToCome: the desk shows what a request will
// look like, or what another team will ask ("the consent request looks like
// this:", "Our template reads:", "Here is what the back office will ask
// you:"): the words after it are a sample, not this mail's ask. A consent
// asked before a sample of what follows the merge is still asked.
func TestAdversary13SampleOfTheAskToCome(t *testing.T) {
	expectDesk(t, []string{
		"For reference, the consent request looks like this:\n  \"Please reply YES to confirm that you agree to " +
			"merge a@example.com into b@example.com.\"\nYou will receive it from our back office in a few days.",
		"Our template reads: Please confirm that you agree to merge a@example.com into b@example.com. You'll get " +
			"that from the back office soon.",
		"Here is what the back office will ask you:\nPlease confirm that you agree to merge a@example.com into " +
			"b@example.com.\nPlease wait for their email; don't reply to this one.",
		"The message from the merge team will look something like this:\n\nPlease reply YES to merge a@example.com " +
			"into b@example.com.",
		"The standard wording we use is: \"Please confirm you agree to merge a@example.com into b@example.com.\" " +
			"Our colleagues will send it once the review is over.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please confirm that you agree to merge a@example.com into b@example.com. After the merge you will " +
			"receive an email like this:\nYour accounts have been merged.",
		"We are ready to merge a@example.com into b@example.com. Please reply YES to confirm that you agree.",
	}, AWSConsentRequest, true)
}

// TestAdversary13AnotherIsNeededToAgree: the desk says whom it needs to
// answer, and that is someone other than the reader ("We need your manager
// to confirm …", "we would like the owner of a@… to reply", 上長の方が統合に
// 同意される場合は…): another's consent, not the reader's. The reader
// needed to answer still is.
func TestAdversary13AnotherIsNeededToAgree(t *testing.T) {
	expectDesk(t, []string{
		"We need your manager to confirm that the accounts a@example.com and b@example.com may be merged.",
		"Before we merge a@example.com into b@example.com we would like Hanako Sato to reply confirming she agrees.",
		"We will need your company's administrator to approve the merge of a@example.com into b@example.com.",
		"We require your employer to confirm the merge of a@example.com into b@example.com in writing.",
		"上長の方が統合に同意される場合は、「同意します」とご返信ください。",
		"a@example.com を b@example.com に統合するには、会社の管理者様からのご承認が必要です。ご承認いただける場合はご返信ください。",
		"Does your company agree to merging a@example.com into b@example.com?",
		"Does Hanako agree to the merge of a@example.com into b@example.com?",
		"Is your manager OK with the merge of a@example.com into b@example.com?",
		"Would your employer be happy for us to merge a@example.com into b@example.com?",
		"ご上長様は統合に同意されていますか。",
		"会社として統合に同意いただけますでしょうか。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"We need you to confirm that you want a@example.com merged into b@example.com.",
		"Do you agree to merge a@example.com into b@example.com? Please reply to this email.",
		"Would you be happy for us to merge a@example.com into b@example.com? Please reply yes.",
		"We would like you to reply confirming that you agree to merge a@example.com into b@example.com.",
		"統合に同意いただける場合は、「同意します」とご返信ください。",
		"To protect your record we need the account holder to confirm: please reply to confirm that you want " +
			"a@example.com merged into b@example.com.",
	}, AWSConsentRequest, true)
}

// TestAdversary13WhetherConsentWasGiven: the desk asks whether the reader
// already agreed, or asks them to confirm a fact about the merge in the
// past ("Can you confirm you have already consented …?", "Did you agree to
// … in your last reply?", 既に…ご同意いただいているかどうか, "confirm the merge
// was what your colleague asked for"): a fact asked, no agreement now. The
// agreement asked now stays a consent request.
func TestAdversary13WhetherConsentWasGiven(t *testing.T) {
	expectDesk(t, []string{
		"Can you confirm you have consented to the merge already in the previous case?",
		"Did you agree to merge a@example.com into b@example.com in your last reply? Just checking what you meant.",
		"Could you let us know whether you had already approved the merge of a@example.com into b@example.com " +
			"with my colleague?",
		"Have you already agreed to merging a@example.com into b@example.com on the phone with us?",
		"既に統合にご同意いただいているかどうか、ご確認いただけますでしょうか。",
		"以前のケースで a@example.com と b@example.com の統合にご同意いただいたか、お知らせください。",
		"We just need you to confirm the merge was what your colleague asked for.",
		"Please confirm that the merge of a@example.com into b@example.com was requested by you.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Do you agree to merge a@example.com into b@example.com? Please reply to confirm.",
		"Please confirm that you agree to merge a@example.com into b@example.com.",
		"Please confirm the merge of a@example.com into b@example.com is what you want.",
		"a@example.com を b@example.com に統合することにご同意いただけるか、ご返信ください。",
	}, AWSConsentRequest, true)
}

// TestAdversary13AnotherSystemsMerge: agreement asked to merge the accounts
// of another system than AWS Certification (the exam provider's, the badge
// platform's, Amazon's shop) is no consent to this merge, as a report of
// such a merge is no completion. The certification accounts' merge beside
// a word on the badges is still asked.
func TestAdversary13AnotherSystemsMerge(t *testing.T) {
	expectDesk(t, []string{
		"Please confirm that you agree to merge your two Pearson VUE profiles.",
		"Please reply YES to confirm you agree to merge your Credly accounts.",
		"Credly アカウントの統合に同意いただける場合は、「同意します」とご返信ください。",
		"ピアソンVUEのアカウントを統合してよろしければ、「はい」とご返信ください。",
		"Could you confirm you want your two Amazon.com shopping accounts merged?",
		"Please confirm you agree to merge your AWS Educate accounts.",
		"Please confirm you agree to merge your two AWS Academy profiles.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Your two Amazon.com retail accounts have been merged.",
		"Your AWS Educate accounts have been merged.",
		"Your AWS Academy profiles have been merged into b@example.com.",
		"Your AWS re:Post profiles have been merged.",
		"Your Coursera accounts have been merged.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Please confirm that you agree to merge a@example.com into b@example.com. Your Credly badges will be " +
			"issued again to b@example.com afterwards.",
	}, AWSConsentRequest, true)
}

// TestAdversary13EarlierAskAndItsAnswer: the desk quotes what it asked
// before ("Our earlier email asked: …") and tells the reader answered it
// ("You replied yes", "you have already agreed to the merge"): nothing is
// asked now. A reminder that asks again is still a request.
func TestAdversary13EarlierAskAndItsAnswer(t *testing.T) {
	expectDesk(t, []string{
		`Our earlier email asked: "Do you agree to merge a@example.com into b@example.com?" You replied yes, thank you.`,
		`My last message asked you to confirm that you agree to merge a@example.com into b@example.com. You said ` +
			`yes on Tuesday, so the merge is now with our engineers.`,
		"You have already agreed to merge a@example.com into b@example.com. Please confirm that you agree to the " +
			"merge of a@example.com into b@example.com if you have not done so.",
		"前回お送りした「統合に同意いただける場合は、『同意します』とご返信ください」とのメールに、ご返信をいただきました。" +
			"ありがとうございます。",
		"前回のメールで統合にご同意いただけるかお伺いしたところ、「はい」とご返信いただきました。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"We have not heard back from you. Please confirm that you agree to merge a@example.com into b@example.com.",
	}, AWSConsentRequest, true)
}

// TestAdversary13AgreementToAnotherAct: the agreement asked is to another
// act than merging now: closing the case, waiting, putting the merge off or
// merging only later ("happy for the case to be closed", "agree that we
// should wait until next month", "agree to merge … only after your exam").
// Agreement to merge now, and a wish for the accounts to be merged, still
// ask.
func TestAdversary13AgreementToAnotherAct(t *testing.T) {
	expectDesk(t, []string{
		"Please let us know if you're happy for the case to be closed now that the merge request has been submitted.",
		"Do you agree that we should wait until next month to merge a@example.com into b@example.com?",
		"Please confirm that you agree to merge a@example.com into b@example.com only after your exam on Friday.",
		"Could you confirm you are OK with us postponing the merge of a@example.com into b@example.com?",
		"Please reply YES if you agree to put the merge of a@example.com into b@example.com on hold.",
		"統合を来月まで延期することにご同意いただける場合は、「同意します」とご返信ください。",
		"Kindly confirm if the merge can be done after your exam on 12th.",
		"Kindly confirm if we can merge the accounts after 15th December.",
		"試験の終了後に統合してよろしければ、「はい」とご返信ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please let us know if you're happy for the two accounts to be merged into b@example.com.",
		"We can consolidate your two profiles. Please reply confirming that you want this consolidation to take place.",
		"Please confirm that you agree to merge a@example.com into b@example.com.",
		"Kindly confirm if we can merge the accounts. Your exam booked after 15th December is not affected.",
	}, AWSConsentRequest, true)
}

// TestAdversary13AskToCome: the ask is for a time to come, or under a
// hypothesis: the reader will be asked later, at a point still to come, or
// in a notice the desk will send (「…ご返信ください」とのご案内を明日お送り
// いたします, …ご返信いただくよう後日改めてご案内いたします). Nothing is asked
// now. An ask now beside a word of what comes next is still one.
func TestAdversary13AskToCome(t *testing.T) {
	expectDesk(t, []string{
		`You may be asked later to reply "YES" to confirm the merge of a@example.com into b@example.com.`,
		"Once the checks are finished you will be asked to confirm that you agree to merge a@example.com into " +
			"b@example.com.",
		"At that point, we will need your consent to merge a@example.com into b@example.com.",
		"Should you wish to merge a@example.com into b@example.com in the future, please reply with your consent " +
			"at that time.",
		"Should you decide to go ahead, we would need your written consent to merge a@example.com into b@example.com.",
		"統合してよろしければ「はい」とご返信くださいとのご案内を、明日お送りいたします。",
		"「統合に同意します」とご返信いただくよう、後日改めてご案内いたします。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please confirm that you agree to merge a@example.com into b@example.com. We will then write again once " +
			"it is done.",
		"統合に同意いただける場合は、「同意します」とご返信ください。完了後、改めてご連絡いたします。",
		"We will need your consent to merge a@example.com into b@example.com. Please reply to confirm.",
		"We would need your written consent to merge a@example.com into b@example.com. Please reply \"I agree\".",
	}, AWSConsentRequest, true)
}

// TestAdversary13CompletionTakenBack: a completion the mail takes back or
// puts off in words that do not name the merge again: an elliptic "or they
// will be, once you confirm", a "not yet" or a joke undone, the writer's
// "I meant …", a sentence that opens with "it" and tells it scheduled or to
// come, a footnote of a condition. Each is for a person. A completion
// beside how long the change takes to show still stands.
func TestAdversary13CompletionTakenBack(t *testing.T) {
	expectDesk(t, []string{
		"Good news: your accounts are now merged — or they will be, once you confirm.",
		"Everything that was under a@example.com has been moved to b@example.com. Sorry, I meant to write that " +
			"this is what will happen once you confirm.",
		"Your accounts have been merged. (Just kidding - not yet! It is scheduled for Monday.)",
		"Your accounts have been merged.*\n\n* once the overnight job runs.",
		"Your certifications are now all under b@example.com. Well, they will be by Friday; the job is queued.",
		"The merge is complete. Correction: it will be complete once our engineers run the job tonight.",
		"The merge is complete. Actually, it is scheduled for tomorrow morning, sorry for the confusion.",
		"The merge has been completed successfully.\n\nNote: this status is automated and may be inaccurate. " +
			"An agent will confirm within 2 days.",
		"The merge went through. Or so I thought — our logs show it was rolled back automatically.",
		"Your accounts have been merged. Kidding. They have not.",
		"Your accounts have been merged. Sorry, they haven't yet.",
		"The merge has been completed — not.",
		"Merge complete: false",
		"The merge is complete bar the final check.",
		"Your accounts have been merged, kind of.",
		"統合が完了いたしました。\n\nなお、本メールは自動送信されたものであり、実際の統合状況とは異なる場合がございます。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. It may take up to 24 hours for the change to show on your profile.",
		"Your accounts have been merged. It will be visible on b@example.com within a day.",
		"Your accounts have been merged. They have not been charged anything for it.",
		"Merge complete: yes",
		"The merge is complete. Your badges will be issued again to b@example.com within 48 hours.",
	}, AWSCompleted, true)
}

// TestAdversary13DesksOwnAgreement: the agreement or confirmation named is
// the desk's own or its teams' ("before I confirm it to you", "Our back
// office has to agree to the merge", "We need to confirm the merge
// internally", 社内で承認を得る必要がございます, 弊社担当部署の承認が必要です): no
// agreement is asked of the reader. The desk needing to confirm the reader's
// agreement still asks it.
func TestAdversary13DesksOwnAgreement(t *testing.T) {
	expectDesk(t, []string{
		"I can see that the merge was marked as complete, but I need to double check before I confirm it to you.",
		"Before I confirm the merge with our engineers, I need to check one thing.",
		"Our back office has to agree to the merge before it can run; please bear with us.",
		"We need to confirm the merge internally before proceeding.",
		"統合について、社内で承認を得る必要がございます。",
		"統合の実施には、弊社担当部署の承認が必要です。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"We need to confirm that you agree to merge a@example.com into b@example.com. Please reply YES.",
		"We need to confirm your consent before we merge a@example.com into b@example.com; please reply to this email.",
		"統合の実施には、お客様の承認が必要です。ご承認いただける場合はご返信ください。",
	}, AWSConsentRequest, true)
}

// TestAdversary13CompletionNotForReal: what was shown or done is called a
// preview in a sentence of its own ("This is a preview of what your account
// will look like"), was merged by mistake or into the wrong account and is
// being undone, moved nothing ("0 of 3 certifications moved"), or the work
// is told still to be carried out in the passive (実際の統合作業は…3営業日以内に
// 行われます). None is the merge done. A completion beside how soon the
// change shows, or beside a duplicate made in error, stands.
func TestAdversary13CompletionNotForReal(t *testing.T) {
	expectDesk(t, []string{
		"Your certifications now show under b@example.com. This is a preview of what your account will look " +
			"like after the merge.",
		"I merged the accounts by mistake into a@example.com instead of b@example.com; we are fixing it.",
		"We merged your accounts into the wrong address (a@example.com). We are undoing that now.",
		"Your accounts have been merged. Unfortunately they were merged the wrong way round, and we are " +
			"reversing it.",
		"Merge completed: 0 of 3 certifications moved.",
		"統合が完了いたしました。実際の統合作業は担当部署にて3営業日以内に行われます。",
		"統合手続きが完了いたしました。資格の移行は3営業日以内に行われます。",
		"統合のお手続きを完了いたしました。資格の移管は担当部署にて実施されます。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. The duplicate account a@example.com, which was created in error, is " +
			"now closed.",
		"統合が完了いたしました。統合後のアカウントへの反映は24時間以内に行われます。",
		"Your accounts have been merged: 3 of 3 certifications moved.",
	}, AWSCompleted, true)
}

// TestAdversary13EarlierMailUnderAHeading: a line that only names an
// earlier mail of the desk, or the reader's request, heads a copy of it
// ("My last update (Nov 30):", "For reference, here is what we sent on
// Monday:", 【前回のご案内】, ＜前回のメール＞, ■前回のご案内): what follows it is
// quoted, reported or asked then, not now. A line about the earlier mail
// that says something of it (前回のご案内に誤りがございました) is read.
func TestAdversary13EarlierMailUnderAHeading(t *testing.T) {
	expectDesk(t, []string{
		"We are still checking.\n\nMy last update (Nov 30):\nYour AWS Certification accounts have been merged.",
		"We are still checking.\n\nFor reference, here is what we sent on Monday:\nYour AWS Certification " +
			"accounts have been merged.",
		"お問い合わせありがとうございます。確認中です。\n\n【前回のご案内】\n統合が完了いたしました。資格はすべて b@example.com に" +
			"移行されております。",
		"確認中です。\n\n＜前回のメール＞\n統合が完了いたしました。",
		"確認中です。\n\n■前回のご案内\n統合が完了いたしました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We are still checking.\n\nOur previous email:\nPlease reply \"I agree\" to confirm the merge of " +
			"a@example.com into b@example.com.",
		"確認中です。\n\n【前回のご案内】\n統合に同意いただける場合は、「同意します」とご返信ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"前回のご案内に誤りがございました。統合が完了いたしました。資格はすべて b@example.com に移行されております。",
		"Sorry for the wait.\n\nYour AWS Certification accounts have been merged.",
	}, AWSCompleted, true)
}

// TestAdversary13AskBesideTheAgreement: the sentence names the agreement
// only as a time or a need, and asks for something else now: to read notes
// or send questions before agreeing ("Before you agree to the merge, please
// read the notes below", 統合に同意される前に、以下の注意事項をご確認ください), an
// identity document first (統合には同意が必要ですが、まずは…身分証明書をお送り
// ください), a signed consent form (統合の同意書にご署名のうえ、ご返送ください), or
// that the reader understands the merge cannot be undone. The agreement
// asked in so many words still is.
func TestAdversary13AskBesideTheAgreement(t *testing.T) {
	expectDesk(t, []string{
		"Before you agree to the merge, please read the notes below.",
		"Before agreeing to merge a@example.com into b@example.com, please make sure you have downloaded your " +
			"certificates.",
		"If you have any questions about the merge before you agree, just reply to this email.",
		"統合に同意される前に、以下の注意事項をご確認ください。",
		"統合には同意が必要ですが、まずはご本人確認のため身分証明書をお送りください。",
		"We will need your consent to the merge, but first please send us a copy of your photo ID.",
		"統合の同意書にご署名のうえ、ご返送ください。",
		"Please confirm that you understand that once merged, the accounts cannot be separated.",
		"Please confirm you understand the merge of a@example.com into b@example.com cannot be undone.",
		"Provided you have already downloaded your certificates, please reply \"I agree\" to confirm the merge.",
		"As long as your exam on Friday is over, please reply YES to merge a@example.com into b@example.com.",
		"統合先のメールアドレスに誤りがないかご確認のうえ、「はい」とご返信ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please read the notes below, then reply \"I agree\" to confirm the merge of a@example.com into " +
			"b@example.com.",
		"Please confirm that you understand the merge cannot be undone and that you agree to merge a@example.com " +
			"into b@example.com.",
		"統合に同意いただける場合は、「同意します」とご返信ください。",
		"If both accounts are yours and you agree, reply YES to merge a@example.com into b@example.com.",
		"If you would like us to go ahead, please reply \"I agree\" to merge a@example.com into b@example.com.",
	}, AWSConsentRequest, true)
}

// TestAdversary13DoneThenStillToCome: a report of one part or of the
// request, beside what is still to be done in words the merge's own do not
// name: a team that "will now process it", a phase of several ("Phase 1 of
// 2 complete", "Phase 2 … will run next week"), the certifications that
// "will move over" or "are merged separately and will follow". None is the
// merge done. How soon the change shows is no part still to come.
func TestAdversary13DoneThenStillToCome(t *testing.T) {
	expectDesk(t, []string{
		"Your request to merge the accounts has been fulfilled on our side; the data team will now process it.",
		"Phase 1 of 2 complete: your profile has been merged. Phase 2 (certifications) will run next week.",
		"Your profiles have been merged. Note: certifications are merged separately and will follow.",
		"Your accounts have been merged. Your certifications will move over during the next sync.",
		"Your accounts have been merged. The records team will handle the rest and will complete it tomorrow.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. Your certifications will appear under b@example.com within 24 hours.",
		"Your accounts have been merged. Step 1: sign in to b@example.com to see all your certifications.",
	}, AWSCompleted, true)
}

// TestAdversary13JapanesePermissionForAnotherAct: leave asked, under the
// merge as a topic, for another act: to call, to send a survey, to put the
// procedure off (統合の件で、お電話差し上げてもよろしいでしょうか, 統合について
// アンケートをお送りしてもよろしいでしょうか, 統合の手続きを来週に延ばしても…);
// in English, a thing the merge only names wished for ("Do you want the
// merge confirmation sent …?"). Leave to merge, or to go ahead with it, is
// still asked.
func TestAdversary13JapanesePermissionForAnotherAct(t *testing.T) {
	expectDesk(t, []string{
		"統合の件で、お電話差し上げてもよろしいでしょうか。",
		"統合についてアンケートをお送りしてもよろしいでしょうか。",
		"統合の手続きを来週に延ばしてもよろしいでしょうか。",
		"統合に関して、ご登録の電話番号にご連絡してもよろしいでしょうか。",
		"Do you want the merge confirmation sent to b@example.com? Please reply yes.",
		"Would you like a merge summary emailed to your manager? Reply YES.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"a@example.com を b@example.com に統合してもよろしいでしょうか。",
		"統合を進めてもよろしいでしょうか。",
		"旧アカウントの統合を実施してもよろしいでしょうか。",
	}, AWSConsentRequest, true)
}

// TestAdversary13DirectionNamedOtherwise: the account a consent request
// merges into, named by what is kept, what remains, where all ends up, a
// field of the request, or in Japanese by what is left (a@… を残し, 存続
// アカウント：a@…, b@… の資格を a@… に移します): read, so that a request the other
// way round is held for a person rather than answered. A wrong reading here
// only holds a request.
func TestAdversary13DirectionNamedOtherwise(t *testing.T) {
	const agree = ` Please reply "I agree" to confirm the merge.`
	const jaAgree = "統合に同意いただける場合は、「同意します」とご返信ください。"
	a := []string{"a@example.com"}
	checkDirection(t, map[string][]string{
		"We will merge your accounts, keeping a@example.com as the main one." + agree:                          a,
		"a@example.com will remain and b@example.com will be deactivated." + agree:                             a,
		"The account that will remain after the merge is a@example.com." + agree:                               a,
		"All certifications will end up on a@example.com once merged." + agree:                                 a,
		"We'll keep a@example.com and retire b@example.com." + agree:                                           a,
		"b@example.com's certifications will be moved across to a@example.com." + agree:                        a,
		"Source: b@example.com\nDestination: a@example.com\n" + agree:                                          a,
		"Account to keep: a@example.com\nAccount to close: b@example.com\n" + agree:                            a,
		"a@example.com を残し、b@example.com を閉鎖いたします。" + jaAgree:                                                  a,
		"存続アカウント：a@example.com\n" + jaAgree:                                                                    a,
		"b@example.com の資格を a@example.com に移します。" + jaAgree:                                                    a,
		"Please reply \"I agree\" to confirm the merge. Your certifications will then be under a@example.com.": a,
		"Please reply \"I agree\" to confirm the merge. You'll sign in with a@example.com afterwards.":         a,
		jaAgree + "統合後は a@example.com でサインインしてください。":                                                           a,
		"Please confirm you agree to merge your two accounts. This cannot be undone.":                          nil,
	})
}

// TestAdversary13WhetherTheMergeWorked: the reader asked whether the merge
// went well or shows right ("Can you confirm the merge went OK on your
// side?", "Kindly confirm that the merge is reflecting on your end", "Do
// you agree the merge was completed correctly?", "OK with the merged
// account", 統合が正しく反映されているか…): a check after the merge, no
// agreement to it.
func TestAdversary13WhetherTheMergeWorked(t *testing.T) {
	expectDesk(t, []string{
		"Can you confirm the merge went OK on your side? Please reply yes or no.",
		"Please confirm you are OK with the merged account so we can close this case.",
		"Do you agree the merge was completed correctly?",
		"Do you confirm that the merge has been done as you wished?",
		"Kindly confirm that the merge is reflecting on your end.",
		"Kindly confirm that everything looks fine after the merge.",
		"統合が正しく反映されているか、ご確認のうえ「はい」とご返信ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Can you confirm you want the merge to go ahead? Please reply yes or no.",
		"Please confirm you are OK with the merge of a@example.com into b@example.com.",
		"統合してもよろしいか、ご確認のうえ「はい」とご返信ください。",
	}, AWSConsentRequest, true)
}

// TestAdversary13AnotherOrEarlierMergeDone: the merge reported done is an
// earlier one (以前の統合（c@…）は完了しております, which reading strips of
// its 以前), another account's with this one still to do ("The c@… merge is
// done. a@… is next", "… a@… will be done separately"), or only how it looks
// ("appear to have been merged", おそらく…). None is this merge done.
func TestAdversary13AnotherOrEarlierMergeDone(t *testing.T) {
	expectDesk(t, []string{
		"以前の統合（c@example.com）は完了しております。今回の a@example.com の件につきましては、追ってご連絡いたします。",
		"The c@example.com merge is done. a@example.com is next.",
		"We've finished merging c@example.com into b@example.com; a@example.com will be done separately.",
		"Your accounts appear to have been merged.",
		"おそらく統合は完了しております。",
		"Builder ID の統合が完了いたしました。",
		"c@example.com と b@example.com の統合は完了しました。a@example.com については追ってご連絡します。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"統合は完了しております。資格はすべて b@example.com に移行されております。",
		"Your accounts have been merged. Next, you can sign in with b@example.com.",
	}, AWSCompleted, true)
}

// TestAdversary13EarlierMessageLabel: a sentence that opens with a label
// naming an earlier message ("Previous message: …", "Our last email said:
// …") reports and asks what that message did, not this one.
func TestAdversary13EarlierMessageLabel(t *testing.T) {
	expectDesk(t, []string{
		"We are still checking.\n\nPrevious message: Your accounts have been merged.",
		"We are still checking. Our last email said: the merge of a@example.com into b@example.com is complete.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We are still checking. Previous message: please reply \"I agree\" to confirm the merge of a@example.com " +
			"into b@example.com.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Thanks for your previous message. Your accounts have been merged.",
	}, AWSCompleted, true)
}

// TestAdversary13ProceedWithTheOfferBefore: a bare "reply YES to proceed"
// right after the desk offers another thing ("We can send you a printed
// transcript", "We would like to send you a short survey about the merge")
// proceeds with that thing. A reply the desk asks to hold off ("Please wait
// until your exam on Friday is over before you reply", ご返信は来週以降に…,
// 試験終了後にご返信ください) cannot be sent now: the mail is for a person. The
// YES after an offer to merge is still a consent request.
func TestAdversary13ProceedWithTheOfferBefore(t *testing.T) {
	expectDesk(t, []string{
		"We can send you a printed transcript of your merged account. Reply YES to proceed or NO to cancel.",
		"We would like to send you a short survey about the merge. Reply YES to proceed or NO to cancel.",
		"We are ready to merge a@example.com into b@example.com. Reply YES to proceed or NO to cancel. (Please " +
			"wait until your exam on Friday is over before you reply.)",
		"We are ready to merge a@example.com into b@example.com. Reply YES to proceed or NO to cancel, after you " +
			"have spoken to your manager.",
		"統合してよろしければ「はい」とご返信ください。なお、ご返信は来週以降にお願いいたします。",
		"統合してよろしければ「はい」とご返信ください。ただし、試験終了後にご返信ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"We are ready to merge a@example.com into b@example.com. Reply YES to proceed or NO to cancel.",
		"We can merge a@example.com into b@example.com today. Reply YES to proceed.",
	}, AWSConsentRequest, true)
}

// TestAdversary13AskTakenBackLater: a later sentence takes the ask back
// ("Actually, scratch that", "Correction: we don't need your consent after
// all", "Wait — don't reply yet", "On second thought, please hold off",
// "Never mind", まだご返信はお控えください, 上記は別のお客様へのご案内でした):
// nothing is asked of the reader now.
func TestAdversary13AskTakenBackLater(t *testing.T) {
	const ask = "Please confirm you agree to merge a@example.com into b@example.com. "
	const jaAsk = "統合に同意いただける場合は、「同意します」とご返信ください。"
	expectDesk(t, []string{
		ask + "Actually, scratch that: we need your ID first.",
		ask + "Correction: we don't need your consent after all.",
		ask + "Wait — don't reply yet, we're still checking your IDs.",
		ask + "On second thought, please hold off.",
		ask + "Never mind, your colleague already confirmed.",
		jaAsk + "…と申し上げましたが、まだご返信はお控えください。",
		jaAsk + "失礼いたしました、上記は別のお客様へのご案内でした。",
		ask + "\n\n統合に関するご同意は不要です。",
		ask + "No consent is needed from you for this kind of merge.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		ask + "Please hold off on booking any exam until the merge is complete.",
		ask + "(Disregard this if you already replied yesterday.)",
	}, AWSConsentRequest, true)
}

// TestAdversary13CompletionOfAnotherCase: a completion the writer then says
// was of another case or customer, written by mistake, or still to be
// checked ("Never mind — I was looking at the wrong case", 上記は別のお客様へ
// のご案内でした, ※上記は誤って記載したものです, 別のケースと取り違えておりました).
func TestAdversary13CompletionOfAnotherCase(t *testing.T) {
	expectDesk(t, []string{
		"統合が完了いたしました。失礼いたしました、上記は別のお客様へのご案内でした。",
		"統合が完了いたしました。※上記は誤って記載したものです。",
		"Your accounts have been merged. On second thought, I should double-check that first.",
		"Your accounts have been merged. Never mind — I was looking at the wrong case.",
		"Your accounts have been merged. Wrong case, sorry!",
		"統合が完了いたしました。申し訳ございません、別のケースと取り違えておりました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. Thank you for your patience with this case.",
	}, AWSCompleted, true)
}

// TestAdversary13QuotedAnswerToldReceived: the quoted answer told seen or
// received (「同意します」とのご返信を確認いたしました, …ご返信を拝見しました) asks
// for nothing: the consent is given.
func TestAdversary13QuotedAnswerToldReceived(t *testing.T) {
	expectDesk(t, []string{
		"「同意します」とのご返信を確認いたしました。統合を進めます。",
		"「同意します」とのご返信を拝見いたしました。これより統合いたします。",
		"統合に同意する旨のご回答を受領いたしました。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"統合に同意いただける場合は、「同意します」とご返信ください。ご返信を確認次第、統合を進めます。",
	}, AWSConsentRequest, true)
}

// TestAdversary13AgreementWithAFactToAffirm: the "I agree" asked for would
// also affirm a fact of the reader's doing or another's approval ("- You
// have cancelled any exam booked on a@…" among the items, "… and that your
// employer has approved it"): certflow cannot say it is so; the mail is for
// a person. A list of the merge's own details still asks.
func TestAdversary13AgreementWithAFactToAffirm(t *testing.T) {
	expectDesk(t, []string{
		"Please confirm the following by replying \"I agree\":\n- You agree to merge a@example.com into " +
			"b@example.com\n- You have cancelled any exam booked on a@example.com",
		"Please reply \"I agree\" to confirm that you want the merge and that your employer has approved it.",
		"Please confirm the following by replying \"I agree\":\n- The merge of a@example.com into b@example.com " +
			"cannot be undone\n- You do not have any exam scheduled on a@example.com",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please confirm the following by replying \"I agree\":\n- You agree to merge a@example.com into " +
			"b@example.com\n- You understand that this cannot be undone",
	}, AWSConsentRequest, true)
}

// TestAdversary13ReplyGoesElsewhere: the mail says it is not read, or that
// the answer goes to another mail ("This mailbox is not monitored. … reply
// \"I agree\" to the email from your case agent"): a reply to it consents to
// nothing. A notice sent to every closed case alike reports no merge.
func TestAdversary13ReplyGoesElsewhere(t *testing.T) {
	expectDesk(t, []string{
		"This mailbox is not monitored. To agree to the merge of a@example.com into b@example.com, reply \"I agree\" " +
			"to the email from your case agent.",
		"Please reply \"I agree\" to the consent email sent by our back office to merge a@example.com into " +
			"b@example.com, not this one.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Automatic reply: Your merge has been completed. (This message is sent automatically to every case that " +
			"is closed.)",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Please reply \"I agree\" to this email to confirm the merge of a@example.com into b@example.com.",
	}, AWSConsentRequest, true)
}

// TestAdversary13MergedIntoADocument: what was merged went into a document
// ("Your certifications have been merged into a single PDF certificate",
// "… into a single score report"): no accounts merged.
func TestAdversary13MergedIntoADocument(t *testing.T) {
	expectDesk(t, []string{
		"Your exam results have been merged into a single score report.",
		"Your certifications have been merged into a single PDF certificate.",
		"資格の証明書を1つのPDFに統合いたしました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your certifications have been merged into b@example.com. A PDF certificate is attached.",
	}, AWSCompleted, true)
}

// TestAdversary13FactOfThePersonConfirmed: who someone is, what they may do
// or what they can receive, asked to be confirmed ("Can you confirm you are
// the person who requested the merge …?", "… they are authorised to
// request this?", "… you can receive email at a@…"): a fact, no agreement.
// Agreement or a wish asked with "you are" still is.
func TestAdversary13FactOfThePersonConfirmed(t *testing.T) {
	expectDesk(t, []string{
		"We received a request from your colleague to merge a@example.com into b@example.com. Can you confirm they " +
			"are authorised to request this?",
		"Can you confirm that the person who asked for the merge of a@example.com into b@example.com was you?",
		"Can you confirm you are the person who requested the merge of a@example.com into b@example.com?",
		"Please confirm you can receive email at a@example.com; we will then merge it into b@example.com.",
		"統合をご依頼されたのがご本人様であることを、「はい」とご返信のうえご確認ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Can you confirm you are happy for us to merge a@example.com into b@example.com?",
		"Please confirm you are the owner of both accounts and that you agree to merge a@example.com into " +
			"b@example.com.",
		"Can you confirm you are OK with the merge of a@example.com into b@example.com?",
		"統合に同意いただける場合は、ご本人様であることを確認のうえ、「同意します」とご返信ください。",
	}, AWSConsentRequest, true)
}
