package classify

import "testing"

// Adversarial probes, in our own words, against the readings widened by the
// second study of the fifteenth set (awsstudy16a_test.go): the desk asking
// whether it has the consent, a bare go-ahead after the merge named, leave
// asked inside a sentence, an address named in a leave to merge, a
// statement of ownership then authority, a list to confirm, the accounts
// now one and "Merged - all set", "in such a case", and the details the
// desk will need. Each is a near miss that a careless widening would take:
// a false consent request, a false completion or a merge the wrong way
// round is the failure that matters.

// TestAdversary16aDoWeHaveYourConsent: "Do we have your …?" asks for the
// consent only when it is the reader's, now, for this merge.
func TestAdversary16aDoWeHaveYourConsent(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We are about to merge b@example.com into a@example.com. Do we have your go-ahead?", consent15, into15a},
		{"Do we have your consent to merge a@example.com into b@example.com, or would you rather keep them " +
			"apart?", other15, nil}, // a yes to either of two is no answer
		{"Do we have your consent on file for the merge of a@example.com into b@example.com? Our records say " +
			"yes, so no reply is needed.", other15, nil},
		{"Do we have your consent to share your exam results with your employer?", other15, nil},
		{"Do we have your colleague's consent to merge a@example.com into b@example.com?", other15, nil},
		{"Do we have your consent to merge a@example.com into b@example.com? We have already merged them.",
			other15, nil},
		{"Why do we have your consent to merge a@example.com into b@example.com on file if you never gave it?",
			other15, nil},
		{"We do have your consent to merge a@example.com into b@example.com, so nothing more is needed.",
			other15, nil},
	})
}

// TestAdversary16aGoAheadAfterTheMerge: a bare go-ahead takes the merge of
// the sentence before only when that one names the merge still to come.
func TestAdversary16aGoAheadAfterTheMerge(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We will merge a@example.com into b@example.com. Please let us know if we may proceed.", consent15,
			into15b},
		{"Merging a@example.com into b@example.com would move all four certifications. Are you happy for us " +
			"to go ahead?", consent15, into15b},
		{"We will merge a@example.com into b@example.com. Please let us know if we may proceed once your " +
			"manager agrees.", other15, nil},
		{"We will merge a@example.com into b@example.com. Could your manager confirm we may proceed?",
			other15, nil},
		{"We will merge a@example.com into b@example.com. We won't go ahead.", other15, nil},
		{"We will not merge a@example.com into b@example.com. Shall we go ahead?", other15, nil},
		{"The merge of a@example.com into b@example.com failed. Shall we go ahead?", other15, nil},
		{"We merged a@example.com into b@example.com yesterday. Shall we go ahead?", completed15, nil},
		{"We will merge a@example.com into b@example.com. Please confirm the spelling of your name before we " +
			"go ahead.", other15, nil},
		{"We will merge a@example.com into b@example.com.\n\nWe also offer a free transcript. Shall we " +
			"go ahead?", other15, nil},
		{"We will merge a@example.com into b@example.com.\n\nPlease rate our service. Shall we go ahead?",
			other15, nil},
		{"Do you still want a@example.com merged into b@example.com? If so, we would like to know whether we " +
			"should go ahead.", other15, nil},
		{"We can merge a@example.com into b@example.com, or close the case instead. Shall we go ahead?",
			other15, nil},
		{"Our previous message said: we will merge a@example.com into b@example.com. Shall we go ahead?",
			other15, nil},
		{"We will merge a@example.com into b@example.com.\n\n\n\nSome unrelated text.\n\nShall we go ahead?",
			other15, nil},
		{"a@example.com を b@example.com に統合する予定です。このまま進めてよろしいか、来週改めてご連絡ください。",
			other15, nil},
		{"a@example.com を b@example.com に統合する予定です。このまま進めてよろしいか、ご家族の方にご確認ください。",
			other15, nil},
		{"a@example.com を b@example.com に統合する予定です。このまま進めてよろしいでしょうか。", consent15, into15b},
		{"a@example.com を b@example.com に統合することはできません。このまま進めてよろしいでしょうか。", other15, nil},
		{"We are writing about the merge of your accounts (a@example.com -> b@example.com), which failed. " +
			"Shall we proceed?", other15, nil},
	})
}

// TestAdversary16aLeaveAskedInside: leave in plain words is asked of the
// reader; a check with the desk's people or a detail is not.
func TestAdversary16aLeaveAskedInside(t *testing.T) {
	checkProbes15(t, []probe15{
		{"b@example.com を a@example.com に統合していいか、ご返信ください。", consent15, into15a},
		{"a@example.com を b@example.com に統合してよいか、マネージャーと相談させてください。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、チームに確認いたします。", other15, nil},
		{"a@example.com を b@example.com に統合してよいかどうか、現在確認中です。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、統合後にご確認ください。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、お伺いしたところ、ご同意いただきました。", other15, nil},
		{"受験予約を変更してよいか、ご返信ください。統合は来週行います。", other15, nil},
		{"a@example.com を b@example.com に統合しないでよいか、ご返信ください。", other15, nil},
	})
}

// TestAdversary16aAddressInALeave: the address told with its address word
// names the account kept only in a leave to merge.
func TestAdversary16aAddressInALeave(t *testing.T) {
	checkProbes15(t, []probe15{
		{"個人のメールアドレス（b@example.com）を残して、a@example.com をそちらに統合する形でよろしいでしょうか？",
			consent15, into15b},
		{"メールアドレス（b@example.com）が正しいか、統合してよろしいか、ご返信ください。", other15, nil},
		// A detail asked in a sentence of its own leaves the leave asked beside it.
		{"統合してよろしいでしょうか。また、新しいメールアドレス（c@example.com）もお知らせください。", consent15, nil},
		{"いずれのメールアドレス（a@example.com / b@example.com）に統合してもよろしいでしょうか？", other15, nil},
		{"Shall we merge a@example.com into b@example.com, your personal email address, and what is your " +
			"candidate ID?", other15, nil},
		{"Could you send us the email address (c@example.com?) you would like us to merge into?", other15, nil},
	})
}

// TestAdversary16aStatementOfOwnership: the ownership first only, then the
// authority; no other role, thing or way.
func TestAdversary16aStatementOfOwnership(t *testing.T) {
	ask := "Please reply and include the following statement:\n\n"
	checkProbes15(t, []probe15{
		{ask + "\"I, [name], confirm that I am the owner of a@example.com and b@example.com, and I authorise AWS " +
			"to merge a@example.com into b@example.com.\"", consent15, into15b},
		{ask + "\"I, [name], confirm that I am the owner of a@example.com and b@example.com, and I authorise AWS " +
			"to merge b@example.com into a@example.com.\"", consent15, into15a},
		{ask + "\"I, [name], confirm that I am the owner of a@example.com, and I authorise my manager to merge " +
			"the accounts later.\"", other15, nil},
		{ask + "\"I, [name], confirm that I am not the owner of a@example.com, and I authorise AWS to merge " +
			"a@example.com into b@example.com.\"", other15, nil},
		{ask + "\"I, [name], confirm that I am the owner of a@example.com, and I authorise AWS to merge my " +
			"Pearson VUE profiles.\"", other15, nil},
		{"Please do not include the following statement in your reply:\n\n\"I, [name], confirm that I am the " +
			"owner of a@example.com, and I authorise AWS to merge a@example.com into b@example.com.\"",
			other15, nil},
		{"Please add the following statement to the signed form and post it to us:\n\n\"I, [name], confirm " +
			"that I am the owner of a@example.com, and I authorise AWS to merge a@example.com into " +
			"b@example.com.\"", other15, nil},
		{"Thank you for your reply, which included the following statement:\n\n\"I, Ana, confirm that I am " +
			"the owner of a@example.com, and I authorise AWS to merge a@example.com into b@example.com.\"",
			other15, nil},
	})
}

// TestAdversary16aListToConfirm: a list to confirm by reply asks the
// consent only through an item that is the reader's authority to merge.
func TestAdversary16aListToConfirm(t *testing.T) {
	ask := "Please confirm by reply that:\n\n"
	checkProbes15(t, []probe15{
		{ask + "- both accounts are yours\n- you authorise us to merge b@example.com into a@example.com",
			consent15, into15a},
		{ask + "- both accounts are yours\n- your accounts have been merged", other15, nil},
		{ask + "- both accounts are yours\n- the merge of a@example.com into b@example.com went through",
			other15, nil},
		{ask + "- both accounts are yours\n- the account owner authorises us to merge them", other15, nil},
		{ask + "- both accounts are yours\n- you do not authorise us to merge them", other15, nil},
		{ask + "- both accounts are yours\n- you authorise us to keep a copy of your passport", other15, nil},
		{ask + "- you have downloaded your certificates\n- you authorise us to merge them", other15, nil},
		{"Please do not confirm by reply that:\n\n- you authorise us to merge a@example.com into b@example.com",
			other15, nil},
		{"Your manager should confirm by reply that:\n\n- she authorises us to merge a@example.com into " +
			"b@example.com", other15, nil},
		{"We have checked and can confirm that:\n\n- your accounts have been merged into b@example.com",
			other15, nil}, // a report under "confirm that:" is left for a person, as before
	})
}

// TestAdversary16aNowOneAndAllSet: the accounts one now and "Merged - all
// set" only as reports of this merge done.
func TestAdversary16aNowOneAndAllSet(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Good news: your two AWS certification accounts are now one, under b@example.com.", completed15, nil},
		{"Great news: your two accounts will be one by Friday.", other15, nil},
		{"Good news: your two accounts are now one, but the badge transfer failed.", other15, nil},
		{"Your request has been fulfilled: your two support cases are now one.", other15, nil},
		{"Your request has been fulfilled: your two accounts are now one, if you accept the new terms.",
			other15, nil},
		{"We're pleased to let you know that your request has been fulfilled: your two accounts are now one? " +
			"Please check.", other15, nil},
		{"Your request has been fulfilled: your voucher is now applied. The two accounts are still separate.",
			other15, nil},
		{"Merged - all set? Not quite, we still need your consent.", other15, nil},
		{"Merged - all done, except the exam history.", other15, nil},
		{"All set — merged tomorrow.", other15, nil},
		{"All set - merged cases 123 and 456.", other15, nil},
		{"Combined - all set.", completed15, nil},
		{"Merged - all set.\n\nSorry, that was meant for another customer.", other15, nil},
		{"If you reply YES: merged - all set.", other15, nil},
	})
}

// TestAdversary16aSuchACaseAndDetails: "in such a case" stays a hypothesis
// after one, and the desk's needed details never make a consent request.
func TestAdversary16aSuchACaseAndDetails(t *testing.T) {
	checkProbes15(t, []probe15{
		{"氏名が一致しませんでした。このような場合、統合を承ることができませんので、a@example.com を " +
			"b@example.com に統合してよろしいか、ご返信ください。", other15, nil},
		{"氏名が一致しませんでした。この場合、統合が完了しました。", other15, nil},
		{"I'll need the following from you:\n\n- your manager's approval of the merge", other15, nil},
		{"We would need the following:\n\n- your agreement to merge a@example.com into b@example.com " +
			"once your manager has signed off", other15, nil},
		{"We would need the following from your manager:\n\n- her agreement to merge a@example.com into " +
			"b@example.com", other15, nil},
		{"Could you send me your OK to merge a@example.com into b@example.com, and the booking number of " +
			"your exam?", other15, nil},
		{"どちらに統合するか、上長様とご相談のうえご返信ください。", other15, nil},
	})
}

// TestAdversary16aSecondRound: the second round of probes. Read wrong before
// it, seen failing: a go-ahead that is only the time an ask is set against
// ("Let us know if you have any questions before we proceed", a false
// consent request of this study's widening); the consent to be given by
// telephone; a reply asked only after something is over (受験が終わってから、
// …ご返信ください), at main before this study too.
func TestAdversary16aSecondRound(t *testing.T) {
	plan := "We will merge a@example.com into b@example.com. "
	checkProbes15(t, []probe15{
		{plan + "Let us know if you have any questions before we proceed.", other15, nil},
		{plan + "Let us know if you have any questions before we can proceed.", other15, nil},
		{plan + "Feel free to reply if anything is unclear before we go ahead.", other15, nil},
		{plan + "Please call us to confirm that we may go ahead.", other15, nil},
		{plan + "Please confirm by phone that we may go ahead.", other15, nil},
		{"Please confirm by phone that you agree to merge a@example.com into b@example.com.", other15, nil},
		{"a@example.com を b@example.com に統合する予定です。受験が終わってから、進めてよろしいかご返信ください。",
			other15, nil},
		{"受験が終わってから、a@example.com を b@example.com に統合してよろしいかご返信ください。", other15, nil},
		{plan + "If you would like us to go ahead, there is nothing more to do.", other15, nil},
		{plan + "You don't need to confirm that we may go ahead.", other15, nil},
		{plan + "Your manager has confirmed we may go ahead.", other15, nil},
		{plan + "Thank you for confirming we may go ahead.", other15, nil},
		{plan + "We have confirmed internally that we may proceed.", other15, nil},
		{plan + "Reply STOP if you don't want us to go ahead.", other15, nil},
		{plan + "Please wait for our next email before you tell us whether we may proceed.", other15, nil},
		{plan + "Please make sure your exam is over before we proceed.", other15, nil},
		{plan + "Would you like us to wait, or go ahead?", other15, nil},
		{plan + "Do you want us to cancel or proceed?", other15, nil},
		{"a@example.com を b@example.com に統合する予定です。「進めてもよろしいでしょうか」とご本人様にお伝えください。",
			other15, nil},
		{"Please reply and include the following statement:\n\n\"I, [name], own both accounts, and I authorise " +
			"AWS to merge them if my manager agrees.\"", other15, nil},
		{"Please confirm that:\n\n- you authorise us to merge a@example.com into b@example.com\n- your manager " +
			"agrees too", other15, nil},
		{"Good news: your two accounts are now one, and we have closed the case.", other15, nil},
		{"Merged — all set, apart from the badge.", other15, nil},
		// Read right, and kept so.
		{"As agreed on the phone, please reply to confirm you agree to merge a@example.com into b@example.com.",
			consent15, into15b},
		{plan + "Please let us know whether we should proceed.", consent15, into15b},
		{plan + "Is it okay for us to go ahead?", consent15, into15b},
		{plan + "Please reply to confirm you would like us to go ahead.", consent15, into15b},
	})
}

// TestAdversary16aThirdRound: the third round. Read wrong before it, seen
// failing: the bare verb after other things a desk merges ("I found two
// duplicate tickets … Merged - all set.", and "Done - merged." after them
// at main before this study too) was read as the merge done; a go-ahead
// with a thing named in its own sentence ("受験予約の変更を進めてよろしいでしょ
// うか", "Your exam is next week - shall we proceed with it?") as the
// consent, by this study's bare go-ahead.
func TestAdversary16aThirdRound(t *testing.T) {
	plan := "We will merge a@example.com into b@example.com. "
	checkProbes15(t, []probe15{
		{"I found two duplicate tickets for your request. Merged — all set.", other15, nil},
		{"I found two duplicate tickets for your request. Done — merged.", other15, nil},
		{"重複したお問い合わせが2件ございました。Merged - all set.", other15, nil},
		{"If you confirm, the result will be:\n\nMerged - all set.", other15, nil},
		{plan + "受験予約の変更を進めてよろしいでしょうか。", other15, nil},
		{plan + "Your exam is next week — shall we proceed with it?", other15, nil},
		{plan + "Your exam is next week. Shall we proceed with it?", other15, nil},
		{"Do I have your agreement that the merge should wait until March?", other15, nil},
		{"Please confirm:\n\n- you would like your exam moved before we merge a@example.com into b@example.com",
			other15, nil},
		// Read right, and kept so.
		{"Done — merged.", completed15, nil},
		{"Done - merged into b@example.com.", completed15, nil},
		{"Your two accounts: merged — all set.", other15, nil},
		{"a@example.com を b@example.com に統合する予定です。念のため、このまま進めてもよろしいでしょうか。",
			consent15, into15b},
	})
}

// TestAdversary16aFourthRound: the fourth round. Read wrong before it, seen
// failing: a statement to copy into a web form, write on paper and sign, or
// paste with another's name (this study's wider "include", "copy", "paste",
// "write"; with "reply with the following statement" a signed one and
// another's name at main before this study too); a leave to merge that also
// changes an address ("… and change your email address (c@…)?"), taken by
// this study's address named in a leave.
func TestAdversary16aFourthRound(t *testing.T) {
	statement := ":\n\n\"I, [name], authorise AWS to merge a@example.com into b@example.com.\""
	checkProbes15(t, []probe15{
		{"Please copy the following statement into the web form and reply once done" + statement, other15, nil},
		{"Please write the following statement on paper, sign it and reply with a scan" + statement, other15, nil},
		{"Please reply to this email and paste the following statement, with your manager's name filled in" +
			statement, other15, nil},
		{"Please reply to this email and include the following statement, with your manager's name filled in" +
			statement, other15, nil},
		{"Please reply to this email with the following statement, with your manager's name filled in" +
			statement, other15, nil},
		{"Please reply to this email with the following statement, then sign it" + statement, other15, nil},
		{"Please reply and include the following statement in a new support case, not in this thread" +
			statement, other15, nil},
		{"Shall we go ahead and merge a@example.com into b@example.com and change your email address " +
			"(c@example.com)?", other15, nil},
		{"会社のメールアドレス（b@example.com）を残して、a@example.com をそちらに統合し、メールアドレスを変更しても" +
			"よろしいでしょうか？", other15, nil},
		{"a@example.com を b@example.com に統合してよいかわからない場合は、お問い合わせください。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、ご本人様確認の後にご連絡いたします。", other15, nil},
		{"b@example.com を残しますか、それとも a@example.com を残しますか？統合してよろしいかご返信ください。",
			consent15, []string{"a@example.com", "b@example.com"}}, // both named: held for a person
		// Read right, and kept so.
		{"Please reply and include the following statement" + statement, consent15, into15b},
		{"Please add the following statement to your reply" + statement, consent15, into15b},
	})
}

// TestAdversary16aFifthRound: the fifth round, on leave asked inside a
// sentence in any of its forms (…てよろしいか, …てよいか, …ていいか). Read wrong
// before it, at main before this study too, and seen failing: the reader
// asked to write only if unsure (統合してよろしいかどうか迷われている場合は、ご連絡
// ください), to ask the account's holder (…ご本人様にお聞きください), or to
// answer a survey about it (…アンケートにご回答ください).
func TestAdversary16aFifthRound(t *testing.T) {
	checkProbes15(t, []probe15{
		{"統合していいかどうか迷われている場合は、ご連絡ください。", other15, nil},
		{"統合してよろしいかどうか迷われている場合は、ご連絡ください。", other15, nil},
		{"a@example.com を b@example.com に統合してよいか、ご判断が難しい場合はお電話ください。", other15, nil},
		{"If you are unsure whether we may merge a@example.com into b@example.com, please let us know.",
			other15, nil},
		{"統合してもいいか、ご本人様にお聞きください。", other15, nil},
		{"統合してもよろしいか、ご本人様にお尋ねいただけますか。", other15, nil},
		{"統合してもよろしいか、アンケートにご回答ください。", other15, nil},
		{"統合してもいいかをお尋ねしたメールに、まだご返信がありません。", other15, nil},
		{"統合してもいいかについては、担当者から改めてご連絡いたします。", other15, nil},
		{"以前、統合してもいいかお伺いしましたが、ご返信はまだでしょうか。", other15, nil},
		// Read right, and kept so: the reader answers, after talking it over.
		{"a@example.com を b@example.com に統合していいか、ご家族とご相談のうえご返信ください。", consent15, into15b},
		{"a@example.com を b@example.com に統合してもいいか、ご返信ください。", consent15, into15b},
	})
}

// TestAdversary16aNowOneEndsItsClause: the accounts "now one" report the
// merge only with "one" ending its clause, the account or an address in
// brackets after it. Read wrong before it (the subject's forms widened by
// this study), seen failing: "Your two AWS Certification accounts are now
// one of our priorities" as the merge done.
func TestAdversary16aNowOneEndsItsClause(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your two AWS Certification accounts are now one of our priorities.", other15, nil},
		{"Your two accounts are now one step closer to being merged.", other15, nil},
		{"Your two profiles have become one of the cases we are reviewing.", other15, nil},
		{"Your two accounts are now one account under b@example.com.", completed15, nil},
		{"Completed. Both profiles are now one (b@example.com).", completed15, nil},
		{"Your two accounts are one now.", completed15, nil},
	})
}

// TestAdversary16aReminders: a bare go-ahead in a reminder takes the merge
// only while the merge named before it is still to come. Read wrong before
// it, seen failing, by this study's bare go-ahead: after "…, which we
// completed last week" and after the merge "on hold while we check your ID".
func TestAdversary16aReminders(t *testing.T) {
	about := "This is a reminder about the merge of a@example.com into b@example.com"
	checkProbes15(t, []probe15{
		{about + ", which we completed last week. Please reply to confirm you would like us to proceed.",
			other15, nil},
		{"The merge of a@example.com into b@example.com is on hold while we check your ID. Please confirm you " +
			"would like us to proceed.", other15, nil},
		{"The merge of a@example.com into b@example.com has been cancelled at your request. Please confirm you " +
			"would like us to proceed.", other15, nil},
		{about + ". Your manager still needs to confirm that we may proceed.", other15, nil},
		{"We are unable to proceed with the merge of a@example.com into b@example.com until your manager " +
			"confirms. Please ask her whether we may proceed.", other15, nil},
		{"a@example.com を b@example.com に統合する手続きは完了しております。このまま進めてよろしいでしょうか。",
			completed15, nil},
		// Read right, and kept so.
		{"We are unable to proceed with the merge of a@example.com into b@example.com until the account " +
			"holder confirms. Please confirm that you would like us to go ahead.", consent15, into15b},
		{about + ".\n\nPlease reply to confirm you would like us to proceed.", consent15, into15b},
	})
}
