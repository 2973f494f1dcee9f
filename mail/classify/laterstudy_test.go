package classify

import (
	"slices"
	"testing"
)

// The families of AWS's mail that the eighth, ninth and tenth sets (study
// sets now) showed certflow misreading, in words of our own, each beside the
// near misses it must not take.

// TestRelativeWhichAsksNothing: "which" that only joins a clause ("…, after
// which we will raise the request", "post which …") asks for no detail; a
// "which" that asks (which account, which of) still does.
func TestRelativeWhichAsksNothing(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Please approve the merge of a@example.com into b@example.com by replying to this mail, after which " +
			"our back office will carry it out.", "aws_consent_request", ""},
		{"Kindly confirm the merge by return mail, post which I shall raise it with the internal team.",
			"aws_consent_request", ""},
		{"Please reply to confirm the merge, and tell us which account you want to keep.", "aws_other", SubMoreInfo},
		{"Please confirm which email address should stay, after which we will merge the accounts.",
			"aws_other", SubMoreInfo},
	})
}

// TestConfirmAFactAndTheWish: a request to confirm a fact about the reader
// and, beside it, that they want the merge asks for consent; the fact alone
// asks for a detail.
func TestConfirmAFactAndTheWish(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Before I submit the merge, I need you to confirm that both profiles belong to you and that you want " +
			"the exam history of a@example.com moved into b@example.com.", "aws_consent_request", ""},
		{"Please confirm that you own both accounts and that you still wish to merge them.",
			"aws_consent_request", ""},
		{"To submit the merge I need you to confirm that you are the holder of both profiles and that you " +
			"would like the certifications of a@example.com carried over to b@example.com.", "aws_consent_request", ""},
		{"Before I submit the merge, please confirm that both profiles belong to you.", "aws_other", SubMoreInfo},
		{"Please confirm that you own both accounts and that you have cancelled your exam booking.",
			"aws_other", SubMoreInfo},
		{"Before the merge, please confirm that you own both accounts and that you want a new exam voucher.",
			"aws_other", SubMoreInfo},
		{"Please confirm that both profiles belong to you and that you want the merge receipt emailed.",
			"aws_other", SubMoreInfo},
	})
}

// TestHandedOnWithTheRequestNamed: a request named with what it is for
// ("your merge request") handed on or received is an acknowledgement, also
// "passed it along to the people who handle merges".
func TestHandedOnWithTheRequestNamed(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Thanks for your mail. I have handed your account merge request over to our back-office team.",
			"aws_other", SubAcknowledgement},
		{"I've got your merge request and passed it along to the people who look after merges.",
			"aws_other", SubAcknowledgement},
		{"Your merge request has been passed on to our specialists.", "aws_other", SubAcknowledgement},
	})
}

// TestMergedOneAddressIntoAnother: the accounts named by their addresses as
// the object of "merged" report the merge done; negated, asked or
// hypothetical they do not.
func TestMergedOneAddressIntoAnother(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We have merged a@example.com into b@example.com.", "aws_completed", ""},
		{"Thanks for confirming. I went ahead and merged a@example.com into b@example.com this morning.",
			"aws_completed", ""},
		{"We have not merged a@example.com into b@example.com.", "aws_other", ""},
		{"If we merged a@example.com into b@example.com, the voucher would be lost.", "aws_other", ""},
		{"Should we have merged a@example.com into b@example.com?", "aws_other", ""},
	})
}

// TestDoneTheMerge: "we have done the merge" (as non-native agents write)
// reports it done; "once we have done the merge" and "not done" do not.
func TestDoneTheMerge(t *testing.T) {
	checkAWS(t, []awsCase{
		{"As requested we have done the merging of both your accounts.", "aws_completed", ""},
		{"We have done the merge of your two profiles.", "aws_completed", ""},
		{"We have not done the merge yet.", "aws_other", ""},
		{"Once we have done the merge you will get an email from us.", "aws_other", ""},
	})
}

// TestCombinedIntoOneProfile: what the merge moves, combined into one
// profile, reports it done without naming the accounts.
func TestCombinedIntoOneProfile(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We have combined your certifications and exam history into one profile.", "aws_completed", ""},
		{"I have consolidated all of your exam records into a single account.", "aws_completed", ""},
		{"We will combine your certifications into a single profile once you confirm.", "aws_other", ""},
		{"We have not consolidated your certifications into a single profile.", "aws_other", ""},
	})
}

// TestMergeActuallyWentThrough: an adverb between the merge and its verb
// ("actually", "already") keeps the report.
func TestMergeActuallyWentThrough(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Good news: the merge actually went through on Monday.", "aws_completed", ""},
		{"Your merge has already completed.", "aws_completed", ""},
		{"Did the merge actually go through?", "aws_other", ""},
	})
}

// TestAccountNowHasAllCertifications: the one account said to hold all of
// the certifications now reports the merge's result.
func TestAccountNowHasAllCertifications(t *testing.T) {
	checkAWS(t, []awsCase{
		{"About the merge you asked for: b@example.com now has all of your certifications and the exam history.",
			"aws_completed", ""},
		{"Thanks for confirming the merge. b@example.com now holds all 4 certs from the old profile.",
			"aws_completed", ""},
		{"About the merge: b@example.com now has two of your certifications.", "aws_other", ""},
		{"About the merge: does b@example.com now have all your certifications?", "aws_other", ""},
		{"About the merge: after it, b@example.com will have all of your certifications.", "aws_other", ""},
		{"About the merge: a@example.com now has all of your certifications, and so does b@example.com.",
			"aws_other", ""},
	})
}

// TestAsideBetweenSubjectAndVerb: an aside in parentheses that names what
// was moved does not cut the report; one that narrows it still holds it back.
func TestAsideBetweenSubjectAndVerb(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your certifications (Developer - Associate and Security - Specialty) have been transferred from " +
			"a@example.com to b@example.com.", "aws_completed", ""},
		{"Your certifications (except the Specialty) have been transferred to b@example.com.", "aws_other", ""},
		{"Your certifications (not the badges, which failed) have been transferred to b@example.com.",
			"aws_other", ""},
		{"Your certifications (once you confirm) will be transferred to b@example.com.", "aws_other", ""},
		// An aside of what the move waits for, or of a time, is read too.
		{"Your certifications (awaiting your approval) have been transferred to b@example.com.", "aws_other", ""},
		{"Your certifications (subject to a final check) have been transferred to b@example.com.", "aws_other", ""},
		{"Your certifications (due tomorrow) have been transferred to b@example.com.", "aws_other", ""},
	})
}

// TestJapaneseDoneAfterAChainedVerb: 処理を行い、完了しました reports the merge
// done as 実施し、完了しました does; under a condition it does not.
func TestJapaneseDoneAfterAChainedVerb(t *testing.T) {
	checkAWS(t, []awsCase{
		{"本日、a@example.com を b@example.com へ統合する処理を行い、正常に完了いたしました。", "aws_completed", ""},
		{"統合作業を行い、完了しましたら改めてご連絡いたします。", "aws_other", SubAcknowledgement},
	})
}

// TestCertificationsReattached: 付け替え (re-attaching the certifications to
// the other account) is a move of them.
func TestCertificationsReattached(t *testing.T) {
	checkAWS(t, []awsCase{
		{"旧アカウントの認定資格は、すべて b@example.com に付け替えいたしました。", "aws_completed", ""},
		{"旧アカウントの認定資格を b@example.com に付け替えております。", "aws_completed", ""},
		{"認定資格を b@example.com に付け替えることはできかねます。", "aws_other", ""},
		{"ご同意いただけましたら、認定資格を b@example.com に付け替えます。", "aws_other", ""},
		// 移動 (moving) them is a move too.
		{"a@example.com の認定資格を b@example.com へ移動しました。", "aws_completed", ""},
		{"認定資格を b@example.com へ移動することはできかねます。", "aws_other", ""},
		{"ご同意いただけましたら、認定資格を b@example.com へ移動いたします。", "aws_other", ""},
	})
}

// TestNameAndTimeOfACertificationAsked: the name of a certification and
// roughly when it was earned are details asked for.
func TestNameAndTimeOfACertificationAsked(t *testing.T) {
	checkAWS(t, []awsCase{
		{"アカウントを特定するため、取得された資格の名称と、取得されたおおよその時期をお知らせいただけますか。",
			"aws_other", SubMoreInfo},
	})
}

// TestCannotBeMovedBackIsAWarning: "can't be moved back" warns that the
// merge is for good, as "cannot be undone" does.
func TestCannotBeMovedBackIsAWarning(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Please authorise the merge of a@example.com into b@example.com by replying. Note that the merge is " +
			"permanent: your certifications can't be moved back later.", "aws_consent_request", ""},
		{"Please authorise the merge by replying. Once merged, there is no way for us to split the accounts again.",
			"aws_consent_request", ""},
		{"Your certifications could not be moved to b@example.com.", "aws_other", ""},
	})
}

// TestColloquialGoAhead: the desk saying it needs the reader's thumbs-up,
// OK or green light for the merge asks for consent; someone else's does not.
func TestColloquialGoAhead(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Both profiles look like yours. Before I merge them I need a quick thumbs-up from you.",
			"aws_consent_request", ""},
		{"To merge the accounts we just need your green light.", "aws_consent_request", ""},
		{"Before we merge the accounts we need a thumbs-up from your manager.", "aws_other", ""},
		// What the go-ahead is for must be the merge.
		{"We need your thumbs-up on our survey about the merge.", "aws_other", ""},
		{"To merge the accounts we just need your green light on the new terms.", "aws_other", ""},
		{"We need your approval of the merge.", "aws_consent_request", ""},
		// Someone else's approval named after "from you…" is not the reader's.
		{"We need approval from your manager before we merge the accounts.", "aws_other", ""},
		{"We require written authorization from your company's administrator to merge the accounts.",
			"aws_other", ""},
	})
}

// TestStatusListOfMoves: a terse status list whose items state the
// certifications moved reports the merge done; an item whose status is
// not done holds it back.
func TestStatusListOfMoves(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Status of your case:\n\n- Certifications transferred to b@example.com: CLF-C02, SAA-C03\n" +
			"- Exam history transferred: yes\n- a@example.com: deactivated", "aws_completed", ""},
		{"Status of your case:\n\n- Certifications transferred to b@example.com: pending\n", "aws_other", ""},
		{"Status of your case:\n\n- Exam history transferred: no\n", "aws_other", ""},
		{"Status of your case:\n\n- Certifications transferred to b@example.com: not yet\n", "aws_other", ""},
		{"Status of your case:\n\n- Certifications transferred to b@example.com: CLF-C02\n" +
			"- Exam history transferred: pending\n", "aws_other", ""},
		{"Status of your case:\n\n- Badges moved to b@example.com\n", "aws_other", ""},
		{"Your merge is done.\n\n* Certifications transferred: 3\n* Exam records transferred: AWS Certified " +
			"Developer - Associate", "aws_completed", ""},
		{"Your merge is done.\n\n* Certifications transferred: awaiting approval\n", "aws_other", ""},
		{"Your merge is done.\n\n* Certifications transferred: 0\n", "aws_other", ""},
		{"Status of your case:\n\n- Certifications transferred to b@example.com: 2 of 3\n", "aws_other", ""},
	})
}

// TestDeskCorrectsItsEarlierWord: what the desk says it told before and now
// calls wrong reports nothing; what it says now stands.
func TestDeskCorrectsItsEarlierWord(t *testing.T) {
	checkAWS(t, []awsCase{
		{"In my last email I said the merge was still pending, but that was wrong. The merge went through " +
			"yesterday.", "aws_completed", ""},
		{"I told you the merge was complete, but that was not correct. It is still pending.", "aws_other", ""},
		{"I told you the merge was complete, but that was a mistake on my part.", "aws_other", ""},
		{"We said the merge was pending, but that was wrong: the merge failed. Your certifications now appear " +
			"under b@example.com.", "aws_other", ""},
	})
}

// TestSampleAfterTheRequest: a consent asked before the desk shows the mail
// that will follow the merge stands; a mail that says it is itself an
// example asks nothing, nor does a request inside the sample.
func TestSampleAfterTheRequest(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We need your consent to merge a@example.com into b@example.com. Please reply to confirm that you " +
			"agree to the merge.\n\nAfter the merge you will receive an email like this:\n\n" +
			"\"Your accounts have been merged.\"", "aws_consent_request", ""},
		{"This is an example of the email we send. Please reply to confirm that you agree to the merge.",
			"aws_other", ""},
		{"After the merge you will receive an email like this:\n\nPlease reply to confirm that you agree to " +
			"the merge.", "aws_other", ""},
		{"Please reply to confirm that you agree to the merge.\n\nThe following is an example of the email we " +
			"send to account owners.", "aws_other", ""},
	})
}

// TestConsentAskedOfAnother: a consent the desk asks the reader to have
// someone else give ("please have the candidate reply from both
// addresses", "ask the owner of a@… to reply "I agree"") is not the
// reader's to give: certflow's own reply, in the candidate's name, would
// not be what the desk asked for, so a person reads it. The reader's own
// consent is still asked for in "get back to us" and "get in touch".
func TestConsentAskedOfAnother(t *testing.T) {
	checkAWS(t, []awsCase{
		{"As a third party sent this request, please have the candidate reply to this email from both addresses " +
			"to confirm the merge can go ahead.", "aws_other", ""},
		{"Please ask the owner of a@example.com to reply \"I agree\" to confirm the merge.", "aws_other", ""},
		{"Could you ask Hana to confirm she agrees to the merge?", "aws_other", ""},
		{"Kindly have\nNaomi Ito reply to this mail to approve the merge.", "aws_other", ""},
		// Told as a consent asked of another, not as a receipt of the request.
		{"We have received your request. Please have the candidate reply to this email to confirm the merge.",
			"aws_other", ""},
		// The desk's mail to be passed on, and the Japanese "please tell them to reply".
		{"Please pass this on to Megumi so that she can reply to confirm the merge.", "aws_other", ""},
		{"Please forward this email to the account holder and ask them to reply \"I agree\".", "aws_other", ""},
		{"統合にはご本人様の同意が必要です。ご本人様より、本メールへ「同意します」と直接ご返信いただくようお伝えください。",
			"aws_other", ""},
		{"ご依頼者様が第三者のため、山田様ご本人から両方のアドレスでご返信いただけますようご案内ください。",
			"aws_other", ""},
		{"Please reply \"I agree\" to confirm the merge.", "aws_consent_request", ""},
		{"Please send it to us by replying \"I agree\" to confirm the merge.", "aws_consent_request", ""},
		{"Before I can send this to our account team, please confirm that you approve the merge.",
			"aws_consent_request", ""},
		{"統合にご同意いただけますよう、ご返信をお願いいたします。", "aws_consent_request", ""},
		{"Please get back to us to confirm the merge.", "aws_consent_request", ""},
		{"Please get in touch to confirm you agree to the merge.", "aws_consent_request", ""},
	})
}

// TestEarlierAttemptFailedThenDone: trouble told of a first attempt does
// not hold back the merge reported done after it; it asks for no consent,
// and without a report of the merge done it is trouble still.
func TestEarlierAttemptFailedThenDone(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Our first attempt to merge your accounts did not go through because of an error. I ran it again today " +
			"and a@example.com has now been merged into b@example.com.", "aws_completed", ""},
		{"Our first attempt to merge your accounts did not go through. Please reply to confirm you agree to the " +
			"merge.", "aws_other", ""},
		{"Our first attempt to merge your accounts failed, and I am closing this case.", "aws_other", SubRefusal},
		{"Our last attempt to merge your accounts failed. a@example.com has been merged into b@example.com.",
			"aws_other", ""},
	})
}

// TestShownUnderOneInARequestForDetails: certifications told shown under
// one account, in a mail that asks for details, may describe the accounts
// as they are: no completion. A merge reported done in so many words beside
// a request to check stays one.
func TestShownUnderOneInARequestForDetails(t *testing.T) {
	checkAWS(t, []awsCase{
		{"To look into your merge request, could you send us your candidate ID? Your certifications now appear " +
			"under a@example.com.", "aws_other", SubMoreInfo},
		{"About your merge: your certifications now appear under a@example.com. Could you please send us the " +
			"date of your first exam?", "aws_other", SubMoreInfo},
		{"Thanks for confirming the merge. Your certifications now appear under b@example.com.", "aws_completed", ""},
		{"Your accounts have been merged. Please verify that you can sign in with b@example.com.",
			"aws_completed", ""},
	})
}

// TestMergeOnceYouReply: "we will merge the accounts once you reply "I
// agree"" asks for consent: the condition is the reply asked for. What the
// desk will then do must be the merge.
func TestMergeOnceYouReply(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We will merge the accounts once you reply \"I agree\".", "aws_consent_request", ""},
		{"We'll combine the two profiles as soon as you respond to this email with \"Yes\".",
			"aws_consent_request", ""},
		{"We will close this case once you reply \"OK\".", "aws_other", ""},
		{"We will send you a survey once you reply \"Yes\".", "aws_other", ""},
		{"We will merge the accounts once you have signed in and reply \"I agree\".", "aws_other", ""},
	})
}

// TestConsentAsAListItem: a numbered or bulleted item that opens with a
// verb of answering asks, whatever the line before the list said; an item
// that tells what was done asks nothing.
func TestConsentAsAListItem(t *testing.T) {
	checkAWS(t, []awsCase{
		{"To go ahead with the merge, please:\n1. Make sure no exam is booked on a@example.com.\n" +
			"2. Confirm that you agree to the merge of a@example.com into b@example.com.", "aws_consent_request", ""},
		{"Two things before the merge:\n- Check that no exam is booked.\n- Confirm that you agree to the merge.",
			"aws_consent_request", ""},
		{"Here is what we did:\n1. Confirmed that you agree to the merge.\n2. Merged a@example.com into " +
			"b@example.com.", "aws_completed", ""},
		{"Two things before the merge:\n1. Confirm the spelling of your name.\n2. Confirm your candidate ID.",
			"aws_other", SubMoreInfo},
	})
	got := texts(sentences("Please:\n1. Sign in. 2. Confirm the merge."))
	if want := []string{"please:", "1. sign in.", "2. confirm the merge."}; !slices.Equal(got, want) {
		t.Errorf("numbered items: %q, want %q", got, want)
	}
}

// TestListOfWhatWillBe: a list under a line that looks ahead ("After the
// merge:", "If you confirm, the result will be:") tells what will be, so
// its items, however they are worded, report nothing done; under a status
// line they report, and a request in such a list still asks.
func TestListOfWhatWillBe(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Thanks for your request. After the merge:\n- Certifications transferred to b@example.com\n" +
			"- Exam history transferred: yes", "aws_other", ""},
		{"Once you agree, this is what happens:\n\n- Certifications transferred to b@example.com\n" +
			"- a@example.com closed", "aws_other", ""},
		{"If you confirm, the result will be:\n- Exam history transferred: yes", "aws_other", ""},
		{"Once you reply, you will see:\n\n- Your accounts have been merged.", "aws_other", ""},
		{"Status of your request:\n- Certifications transferred to b@example.com\n- Exam history transferred: yes",
			"aws_completed", ""},
		{"If you agree to the merge, please:\n1. Reply to this email with \"I agree\".", "aws_consent_request", ""},
		// A list under the request restated tells what was asked for.
		{"Thank you for contacting us. Your request:\n- Certifications transferred to b@example.com\n" +
			"- Exam history transferred: yes\n\nWe will review it shortly.", "aws_other", SubAcknowledgement},
		{"You asked for the following:\n- All certifications moved to b@example.com", "aws_other", ""},
		{"ご依頼内容は以下のとおりです。\n・認定資格の移行：完了", "aws_other", ""},
		{"Here is a summary of your request and what we did:\n- Certifications transferred to b@example.com\n" +
			"- Exam history transferred: yes", "aws_completed", ""},
		// In Japanese the line ends in 。 and points with 以下.
		{"統合後は以下のとおりとなります。\n・認定資格：b@example.com へ移行されました\n・旧アカウント：削除", "aws_other", ""},
	})
}

// TestJapaneseStatusListAndCorrection: ・認定資格の移行：完了 reports the move
// done, any other status holds it back; what the desk says it told before
// and calls wrong (前回のメールで…とお伝えしましたが、誤りでした) reports nothing.
func TestJapaneseStatusListAndCorrection(t *testing.T) {
	checkAWS(t, []awsCase{
		{"処理状況は以下のとおりです。\n・認定資格の移行：完了\n・受験履歴の移行：完了\n・旧アカウント：無効化済み",
			"aws_completed", ""},
		{"処理状況は以下のとおりです。\n・認定資格の移行：完了\n・受験履歴の移行：処理中", "aws_other", ""},
		{"処理状況は以下のとおりです。\n・認定資格の移行：未完了", "aws_other", ""},
		{"前回のメールで統合は処理中とお伝えしましたが、誤りでした。統合は本日完了いたしました。", "aws_completed", ""},
		{"前回のメールで統合は完了したとお伝えしましたが、誤りでした。", "aws_other", ""},
		{"前回のメールで統合は完了したとお伝えしましたが、誤りでした。現在も処理中です。", "aws_other", ""},
	})
}

// TestPracticeIsNoReport: the desk telling how often it merges accounts
// ("we have merged accounts like yours many times") reports no merge of
// these ones.
func TestPracticeIsNoReport(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Don't worry: we have merged accounts like yours many times.", "aws_other", ""},
		{"We have merged such accounts routinely; yours will be next.", "aws_other", ""},
		{"We have merged your two accounts.", "aws_completed", ""},
	})
}

// TestJapaneseMadeOneAndShownOnTheNewAccount: …を一つのアカウントにまとめました
// and 資格は新アカウントに反映済みです report the merge done; not under a
// condition or a time to come, nor negated, and a delay of the showing is a
// caveat beside a completion.
func TestJapaneseMadeOneAndShownOnTheNewAccount(t *testing.T) {
	checkAWS(t, []awsCase{
		{"a@example.com と b@example.com は一つのアカウントにまとめました。", "aws_completed", ""},
		{"ご同意いただけましたら、一つのアカウントにまとめます。", "aws_other", ""},
		{"旧アカウントの資格はすべて新アカウントに反映済みです。", "aws_completed", ""},
		{"資格は新アカウントに反映されていません。", "aws_other", ""},
		{"資格は、統合後に新アカウントへ反映されます。", "aws_other", ""},
		{"資格の反映は現在処理中です。", "aws_other", ""},
		{"アカウントの統合が完了しました。資格の反映には最大24時間かかる場合がございます。", "aws_completed", ""},
	})
}

// TestMoreWaysOfDone: "your request to merge the accounts has been
// fulfilled", "the merge went ahead / has gone through" and "b@… is now your
// single account" report the merge done; negated, handed on, to come or
// asked they do not, and a question whether the merge went ahead asks no
// consent.
func TestMoreWaysOfDone(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your request to merge the accounts has been fulfilled.", "aws_completed", ""},
		{"Your request to merge the accounts has been completed and passed to our back-office team.",
			"aws_other", ""},
		{"Your request to merge the accounts has not been fulfilled.", "aws_other", ""},
		{"Once approved, your request to merge the accounts will be fulfilled.", "aws_other", ""},
		{"Your merge went ahead yesterday evening.", "aws_completed", ""},
		{"The merge has now gone through.", "aws_completed", ""},
		{"Did your merge go ahead?", "aws_other", ""},
		{"Has the merge gone through on your side?", "aws_other", ""},
		{"May we go ahead with the merge?", "aws_consent_request", ""},
		{"Regarding the merge: b@example.com is now your single account, with all certifications on it.",
			"aws_completed", ""},
		{"Regarding the merge: once merged, b@example.com is now your single account.", "aws_other", ""},
		{"Regarding the merge: b@example.com is now your only account? Please confirm.", "aws_other", ""},
	})
}

// TestMergeOnceWeHaveYourGoAhead: the merge told as waiting for the
// reader's consent named as a thing given or received ("we will merge the
// accounts once we have your go-ahead", "once we receive your consent, we
// will merge them") asks for it; someone else's, a detail, a consent
// received before, or a merge told done do not.
func TestMergeOnceWeHaveYourGoAhead(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We will merge the accounts once we have your go-ahead.", "aws_consent_request", ""},
		{"We're ready to merge a@example.com into b@example.com as soon as you give us your approval.",
			"aws_consent_request", ""},
		{"Once we receive your consent, we will merge the two profiles.", "aws_consent_request", ""},
		{"We will merge the accounts once we have your go-ahead from the owner of b@example.com.", "aws_other", ""},
		{"We will merge the accounts once we have approval from your manager.", "aws_other", ""},
		{"Once we receive your candidate ID, we will merge the two profiles.", "aws_other", ""},
		{"We cannot merge the accounts without your consent, which we received yesterday.", "aws_other", ""},
		{"Once we received your consent, we merged the two profiles.", "aws_completed", ""},
		{"We will not merge the accounts until we have your go-ahead.", "aws_other", ""},
	})
}
