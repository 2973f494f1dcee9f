package classify

import (
	"slices"
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// The families of AWS's mail that the twentieth set (and a few left from
// the sixteenth and eighteenth) showed certflow misreading, in words of our
// own, each beside the near misses it must not take. A false consent
// request or a false completion is the failure that matters: when unsure,
// the mail stays aws_other.

// TestOfferedNoBesideYes: a NO offered beside the YES ("reply YES to go on
// with the merge or NO to drop it") is the other word the reader may send,
// with or without a comma before it: neither a negation of the ask nor
// trouble with the merge. A YES put under a condition, negated, or asked
// after a failed merge asks for no consent still.
func TestOfferedNoBesideYes(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Kindly reply YES to confirm the merge, or NO to withdraw the request.", consent15, nil},
		{"Kindly reply YES to confirm the merge or NO to withdraw the request.", consent15, nil},
		{"Reply YES to go ahead, or NO to stop here.", consent15, nil},
		// Near misses.
		{"Please don't reply YES to confirm the merge or NO to withdraw it just yet.", other15, nil},
		{"If you never asked for this merge, reply YES or NO to withdraw it.", other15, nil},
		{"The merge failed on our side. Reply YES to try once more or NO to withdraw the request.", other15, nil},
		{"Reply YES to confirm the merge or NO to withdraw, after your exam next week.", other15, nil},
		{"Reply YES to receive our survey or NO to skip it.", other15, nil},
	})
}

// TestInquiryChannelIsNotTheAnswerChannel: the way the reader's request
// came (フォームからのお問い合わせ, ポータルよりのご依頼) is no channel the desk
// asks the answer by; a consent to be given through a form or the portal
// still is.
func TestInquiryChannelIsNotTheAnswerChannel(t *testing.T) {
	checkProbes15(t, []probe15{
		{"ウェブフォームからのお問い合わせをいただき、ありがとうございます。a@example.com を b@example.com に統合することに" +
			"ご同意いただけますでしょうか。", consent15, into15b},
		{"ポータルよりのご依頼を拝見しました。a@example.com を b@example.com に統合してよろしいでしょうか。", consent15, into15b},
		// Near misses.
		{"フォームからのお問い合わせありがとうございます。統合にご同意いただける場合は、下記のフォームより「同意」を" +
			"お選びください。", other15, nil},
		{"フォームからのお問い合わせありがとうございます。統合へのご同意は、ポータルにてお手続きください。", other15, nil},
		{"フォームからのお問い合わせありがとうございます。統合に同意されない場合は、その旨ご返信ください。", other15, nil},
	})
}

// TestNoActionOnTheThingAside: "no action is needed there" said of a thing
// just told of (an exam booking the reader does not have) takes back no ask
// of the mail; "no action is needed" of the mail, or from the reader, does.
func TestNoActionOnTheThingAside(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please reply to confirm that you authorise us to merge a@example.com into b@example.com. A booked exam " +
			"would be lost in the merge; I looked and you have no booking, so no action is needed there.",
			consent15, into15b},
		// Near misses.
		{"Please reply to confirm that you authorise us to merge a@example.com into b@example.com. " +
			"No further action is needed.", other15, nil},
		{"Please reply to confirm that you authorise us to merge a@example.com into b@example.com. " +
			"No action is needed from you.", other15, nil},
		{"Your consent is on file, so no action is needed there. We will merge a@example.com into b@example.com.",
			other15, nil},
	})
}

// TestExtrasNamedAsTheTopic: in Japanese the thing not moved may be the
// topic of the clause before (割引クーポンは、統合先には引き継がれません): a
// caveat of vouchers or discounts, no trouble with the merge. What is not
// moved told in a clause of its own (認定資格も…) is trouble still.
func TestExtrasNamedAsTheTopic(t *testing.T) {
	checkProbes15(t, []probe15{
		{"・未使用の受験割引クーポンは、統合先のアカウントには移行されません。\n\n上記をご了承のうえ、統合にご同意" +
			"いただけますでしょうか。", consent15, nil},
		// Near misses.
		{"・認定資格は、統合先のアカウントには移行されません。\n\n上記をご了承のうえ、統合にご同意いただけますでしょうか。",
			other15, nil},
		{"割引クーポンは、統合先には移行されず、認定資格も移行されませんでした。統合にご同意いただけますでしょうか。",
			other15, nil},
		{"割引クーポンは、統合先へは移行されません。統合は完了いたしました。", other15, nil},
	})
}

// TestCountedMoveStatus: a summary line that counts what was moved ("-
// Exam history moved: 3 exam appointments") tells the move done, as a bare
// count does; a part ("1 of 3"), none, or a status still open does not.
func TestCountedMoveStatus(t *testing.T) {
	const done = "Your two certification accounts have been merged.\n\n"
	checkProbes15(t, []probe15{
		{done + "- Exam history moved: 3 exam appointments\n- Certifications moved: 2", completed15, nil},
		{done + "- Exam records moved: 6 records", completed15, nil},
		// Near misses.
		{done + "- Exam history moved: 1 of 3 exam appointments", other15, nil},
		{done + "- Exam history moved: 3 exam appointments pending", other15, nil},
		{done + "- Exam history moved: no exam appointments", other15, nil},
		{done + "- Exam history moved: 0 exam appointments", other15, nil},
		{"Your two certification accounts will be merged.\n\n- Exam history moved: 3 exam appointments", other15, nil},
	})
}

// TestDeskTellsItWillReply: the desk telling that it will answer ("our team
// will look at your request and reply to this address") asks the reader
// for nothing: with a receipt, an acknowledgement. A request for details
// beside it is still one.
func TestDeskTellsItWillReply(t *testing.T) {
	expectSub(t, "We got your message and opened a case. Someone on our team will review your request and reply "+
		"to this email address within two days.", AWSOther, SubAcknowledgement)
	expectSub(t, "Your case has been opened. An agent will reply to this email address soon.", AWSOther,
		SubAcknowledgement)
	// Near misses.
	expectSub(t, "Could you reply with the candidate ID of your old profile? An agent will reply within two days.",
		AWSOther, SubMoreInfo)
	expectSub(t, "We will review your request and reply. Meanwhile, please send us your candidate ID.",
		AWSOther, SubMoreInfo)
	checkProbes15(t, []probe15{
		{"Please reply to confirm that we may merge a@example.com into b@example.com; we will reply when done.",
			consent15, into15b},
	})
}

// TestRequestUnderReview: "… has been received and is being reviewed by our
// staff", a helpdesk's receipt, is an acknowledgement.
func TestRequestUnderReview(t *testing.T) {
	expectSub(t, "Your request (#55120) has been received and is being reviewed by our support staff.\n\n"+
		"To add additional comments, reply to this email.", AWSOther, SubAcknowledgement)
	// Near miss: a merge said to be reviewed before it is done reports no merge.
	expectSub(t, "The merge is being reviewed by our team before we finish it.", AWSOther, "")
}

// TestAutomaticReceiptFromTheDesk: AWS mail marked automatic by its
// subject (【自動返信】, "Automatic reply") that reads as a receipt is the
// acknowledgement it is; whatever else such a mail says (a consent asked,
// a merge told done) is not taken from a program's mail: it stays an
// automatic reply.
func TestAutomaticReceiptFromTheDesk(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	for _, tc := range []struct {
		subject, text string
		kind          Kind
		sub           string
	}{
		{"【自動返信】お問い合わせを受け付けました", "お問い合わせを受け付けました。担当者より順次ご連絡いたします。\n",
			AWSOther, SubAcknowledgement},
		{"Automatic reply: we received your request", "We have received your request. An agent will get back to " +
			"you within two business days.\n", AWSOther, SubAcknowledgement},
		// Near misses.
		{"【自動返信】統合のご確認", "a@example.com を b@example.com に統合することにご同意いただけますでしょうか。\n",
			AutoReply, ""},
		{"Automatic reply: your case", "Your accounts have been merged.\n", AutoReply, ""},
		{"Automatic reply: your case", "Thanks for writing.\n", AutoReply, ""},
	} {
		r := c.Read(&message.Message{From: message.Address{Address: "desk@amazon.com"}, Subject: tc.subject,
			Text: tc.text})
		if r.Kind != tc.kind || r.Sub != tc.sub {
			t.Errorf("%q / %q: read as %s/%s, want %s/%s", tc.subject, tc.text, r.Kind, r.Sub, tc.kind, tc.sub)
		}
	}
}

// TestDetailsNeededOverAList: "To find the other profile I'll need a little
// more information:" over a numbered list asks for the details listed.
func TestDetailsNeededOverAList(t *testing.T) {
	expectSub(t, "I found only one profile. To find the other one I'll need a little more information:\n\n"+
		"1. The candidate ID of the other profile\n2. The exam name and roughly when you took it",
		AWSOther, SubMoreInfo)
	expectSub(t, "We would need some additional details:\n\n- your full name as on your ID\n- your date of birth",
		AWSOther, SubMoreInfo)
	expectSub(t, "To check the older profile is yours, we'll need a few details only you would know:\n\n"+
		"- the month of your first exam\n- the name of that exam", AWSOther, SubMoreInfo)
	// Near miss: details needed later ask for nothing now.
	expectSub(t, "We will need some details later, once the merge is done.", AWSOther, "")
}

// TestFooterOnWhatNotToSend: a footer that warns what not to reply with
// ("Please do not reply with sensitive information such as passwords")
// asks for no information; a request for details beside it still does.
func TestFooterOnWhatNotToSend(t *testing.T) {
	expectSub(t, "We have received your request and opened a case.\n\nPlease do not reply with sensitive "+
		"information such as passwords or payment details.", AWSOther, SubAcknowledgement)
	expectSub(t, "Please send us your candidate ID. Please do not reply with sensitive information such as "+
		"passwords.", AWSOther, SubMoreInfo)
}

// TestPatienceAskedOnly: "please bear with me while we verify everything"
// asks the reader to wait, for no detail; "please bear with us and send
// your candidate ID" asks for it.
func TestPatienceAskedOnly(t *testing.T) {
	expectSub(t, "I have your merge form and am going through both profiles. It takes a while to verify "+
		"everything, so please bear with me - I will be in touch as soon as I have news.", AWSOther, SubAcknowledgement)
	expectSub(t, "Please bear with us and send your candidate ID.", AWSOther, SubMoreInfo)
}

// TestJapaneseCannotBeSplitAgain: 一度統合したアカウントを再度分けることは
// できません warns that a merge cannot be undone, as 分離 and 分割 do: no
// trouble beside the consent asked or the merge told done.
func TestJapaneseCannotBeSplitAgain(t *testing.T) {
	checkProbes15(t, []probe15{
		{"b@example.com を残し、a@example.com を統合いたします。なお、一度統合したアカウントを再度分けることは" +
			"できません。この内容で統合を実施してもよろしいでしょうか。", consent15, into15b},
		{"統合は完了いたしました。なお、統合したアカウントを再び分けることはできません。", completed15, nil},
		// Near miss: the merge itself could not be done.
		{"アカウントを分けることができませんでしたので、統合はできませんでした。", other15, nil},
	})
}

// TestLeaveAskedToMerge: the desk asking leave to merge the accounts it
// names ("May we merge the account registered to a@… into the one
// registered to b@…?") asks for the consent. Not leave to merge another
// thing or system, "them" (which may be the support cases told of), a
// negated or conditional ask, a time to come, a choice, or a question of
// when.
func TestLeaveAskedToMerge(t *testing.T) {
	checkProbes15(t, []probe15{
		{"May we merge the account registered to a@example.com (Candidate ID AWS00000001) into the account " +
			"registered to b@example.com (Candidate ID AWS00000002)?", consent15, into15b},
		{"Can we combine your two profiles?", consent15, nil},
		// Near misses.
		{"May we merge your two support tickets?", other15, nil},
		{"May we merge your Credly accounts?", other15, nil},
		{"You opened two cases about this. May we merge them?", other15, nil},
		{"May we not merge a@example.com into b@example.com?", other15, nil},
		{"May we merge a@example.com into b@example.com once your exam is over?", other15, nil},
		{"May we merge a@example.com into b@example.com next week?", other15, nil},
		{"May we merge a@example.com into b@example.com, or would you rather keep a@example.com?", other15, nil},
		{"When may we merge a@example.com into b@example.com?", other15, nil},
		{"May we merge the account a@example.com into your open case?", other15, nil},
		{"May we merge a@example.com into b@example.com.", other15, nil},
		{"May we merge a@example.com into b@example.com, and which exam did you take last?", other15, nil},
	})
}

// TestSeparateSystemsRefused: "separate" told of what things are ("they
// are separate systems") is no warning that a merge cannot be undone, so
// what the sentence says the desk cannot do is read: with the case closed,
// a refusal. A warning that the accounts cannot be separated again is
// still a warning, beside the consent it goes with.
func TestSeparateSystemsRefused(t *testing.T) {
	expectSub(t, "A Builder ID login and a certification account are separate systems and we are not able to "+
		"merge one into the other. I am closing this case.", AWSOther, SubRefusal)
	checkProbes15(t, []probe15{
		{"Please reply \"I agree\" to confirm the merge. Once merged, the two profiles cannot be separated.",
			consent15, nil},
		{"Please reply \"I agree\" to confirm the merge. Afterwards we cannot separate the accounts again.",
			consent15, nil},
	})
}

// TestAccountNumberAbbreviation: "account no. 2" is an account's number:
// its "no" negates nothing and its dot ends no sentence.
func TestAccountNumberAbbreviation(t *testing.T) {
	list := "1) a@example.com - candidate ID AWS0001\n2) b@example.com - candidate ID AWS0002\n\n"
	checkProbes15(t, []probe15{
		{list + "Kindly confirm your consent for merging the above accounts into account no. 2.", consent15, nil},
		{list + "Kindly confirm your consent for merging account No.1 into account No.2.", consent15, nil},
		// Near misses.
		{list + "We could not merge account no. 1 into account no. 2.", other15, nil},
		{list + "Kindly do not confirm the merge into account no. 2 yet.", other15, nil},
		{list + "Once you confirm, account no. 1 will be merged into account no. 2.", other15, nil},
	})
	expectSub(t, "No. We cannot merge these accounts.", AWSOther, SubRefusal)
}

// TestReplyToldAsTheConsent: a sentence that tells the reader what a reply
// gives ("By replying, you agree to the merge of a@… into b@…", "by
// replying to confirm, you confirm … and that you consent to us merging
// them") asks for that consent, as 'by replying "I approve" you authorise
// the merge' does. Not when it is negated, conditional, of another thing
// merged (cases, another system's profiles), or of a reply already given.
func TestReplyToldAsTheConsent(t *testing.T) {
	checkProbes15(t, []probe15{
		{"By replying to confirm, you confirm that both profiles are yours and that you consent to us merging " +
			"a@example.com into b@example.com.", consent15, into15b},
		{"By replying, you agree to the merge of a@example.com into b@example.com.", consent15, into15b},
		{"By replying to this email, you authorise us to merge the two accounts.", consent15, nil},
		// Near misses.
		{"By replying to confirm, you confirm that both profiles are yours.", other15, nil},
		{"By replying, you do not consent to us merging the accounts.", other15, nil},
		{"If the profiles are yours, by replying you consent to us merging the accounts.", other15, nil},
		{"By replying, you consent to us merging your two support cases.", other15, nil},
		{"By replying, you consent to us merging a@example.com into your open case.", other15, nil},
		{"By replying, you agree to the merge of your Pearson VUE profiles.", other15, nil},
		{"By replying, you agree to the merge of your exam bookings.", other15, nil},
		{"Thank you. By replying, you agreed to the merge.", other15, nil},
		{"By replying, you consent to us merging a@example.com into b@example.com once your exam is over.",
			other15, nil},
		{"By replying, you confirm that your manager consents to us merging the accounts.", other15, nil},
		{"By replying, you confirm that you have cancelled your booked exam and that you consent to us merging " +
			"a@example.com into b@example.com.", other15, nil},
	})
}

// TestConsentForTheSame: "we would need your consent for the same" asks
// consent to what the sentence before told, when that is the merge of the
// accounts still to come; after a merge of another thing (tickets,
// bookings, another system's accounts) it is for a person.
func TestConsentForTheSame(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The account a@example.com will be merged into b@example.com and closed.\n\nBefore we go on, we would " +
			"need your consent for the same.", consent15, into15b},
		// Near misses.
		{"We will merge your two support tickets. We would need your consent for the same.", other15, nil},
		{"We will merge your Credly accounts. We would need your consent for the same.", other15, nil},
		{"We will merge your two exam bookings. We would need your approval for the same.", other15, nil},
		{"We can also move your exam vouchers to the new account. We would need your consent for the same.",
			other15, nil},
		{"a@example.com will be merged into b@example.com. We do not need your consent for the same.", other15, nil},
		{"We would need your consent for the same.", other15, nil},
	})
}

// TestJapaneseUnchangedByTheMerge: what the merge leaves as it is (統合に
// よって有効期限が変わることはございません) is a reassurance, no trouble
// beside the consent asked; what it does not move of the account is.
func TestJapaneseUnchangedByTheMerge(t *testing.T) {
	checkProbes15(t, []probe15{
		{"統合によって認定の有効期限が変わることはございません。a@example.com を b@example.com に統合してよろしいでしょうか。",
			consent15, into15b},
		// Near misses.
		{"統合によって認定資格が移行されることはございません。a@example.com を b@example.com に統合してよろしいでしょうか。",
			other15, nil},
		{"統合は完了しましたが、認定資格は移行されませんでした。有効期限が変わることはございません。", other15, nil},
	})
}

// TestNowBeforeBeen: "now" may stand before "been" ("your accounts have now
// been consolidated"), as in "has now been merged": the merge done.
func TestNowBeforeBeen(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your two profiles have now been consolidated.", completed15, nil},
		{"Your exam history from both profiles has now been combined.", completed15, nil},
		// Near misses.
		{"Your profiles have not now been consolidated.", other15, nil},
		{"Once your profiles have now been consolidated, we will write again.", other15, nil},
		{"Have your profiles now been consolidated?", other15, nil},
		{"Your support tickets have now been consolidated.", other15, nil},
		{"Your profiles will have now been consolidated by Friday.", other15, nil},
	})
}

// TestJapaneseEvenIfMergedElsewhere: what any merge leaves undone in
// another system (統合しても APN 側のプロフィールには反映されません), the
// answer to a question the reader asked, is no trouble with this merge;
// what it does not move of the certifications, badges or history is.
func TestJapaneseEvenIfMergedElsewhere(t *testing.T) {
	checkProbes15(t, []probe15{
		{"ご質問の件ですが、統合しても Partner Central 側のプロフィールには自動で反映されません。\n\nアカウントの統合は" +
			"完了しております。", completed15, nil},
		// Near misses.
		{"統合しても認定資格は移行されません。アカウントの統合は完了しております。", other15, nil},
		{"統合しても Credly のバッジは移行されません。アカウントの統合は完了しております。", other15, nil},
		{"統合しても APN 側には反映されませんでした。アカウントの統合は完了しております。", other15, nil},
		{"統合してもよろしいでしょうか。", consent15, nil},
	})
}

// TestNoteOnWhatTheReaderKept: a starred note on what the reader had kept
// ("* If you had saved your old transcript link, it will stop working") is
// the reader's own doing, no footnote that holds the report back; a starred
// condition or time on the merge ("* once the job has run") still is.
func TestNoteOnWhatTheReaderKept(t *testing.T) {
	const done = "I have completed the merge of your two certification accounts.\n\n"
	checkProbes15(t, []probe15{
		{done + "* If you had bookmarked your old transcript link, it will stop working.", completed15, nil},
		// Near misses.
		{done + "* If you have confirmed, the merge will run tonight.", other15, nil},
		{done + "* Once the overnight job has run.", other15, nil},
		{done + "* If you had saved your old link, the merge is not yet final.", other15, nil},
	})
}

// expectSub checks what text, as the desk's mail, reads as, with its sub-kind.
func expectSub(t *testing.T, text string, kind Kind, sub string) {
	t.Helper()
	if r := readDesk(text); r.Kind != kind || r.Sub != sub {
		t.Errorf("%q: read as %s/%s, want %s/%s", text, r.Kind, r.Sub, kind, sub)
	}
}

// TestStatusArrowsNameTheKeptAccount: a table of the two accounts each with
// what will happen to it ("a@… -> will be merged and closed", "b@… -> will
// be kept") names the kept one only: the one told merged or closed goes.
func TestStatusArrowsNameTheKeptAccount(t *testing.T) {
	const ask = "\n\nPlease reply YES to confirm the merge."
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"a@example.com -> will be merged and closed\nb@example.com -> will be kept" + ask, []string{"b@example.com"}},
		{"b@example.com -> will be kept\na@example.com -> will be closed" + ask, []string{"b@example.com"}},
		// Near miss: both told kept is no direction the case can take.
		{"a@example.com -> will be kept\nb@example.com -> will be kept" + ask,
			[]string{"a@example.com", "b@example.com"}},
	} {
		r := readDesk(tc.text)
		if r.Kind != AWSConsentRequest || !slices.Equal(r.MergeInto, tc.want) {
			t.Errorf("%q: read as %s into %q, want a consent into %q", tc.text, r.Kind, r.MergeInto, tc.want)
		}
	}
}
