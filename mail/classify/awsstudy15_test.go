package classify

import "testing"

// The families of AWS's mail that the thirteenth and fourteenth sets (study
// sets now) showed certflow misreading, in words of our own, each beside
// the near misses it must not take.

// TestNounPhraseClosedByWhatFollowsIt: what a merge is of ends at its head,
// before the words said of it ("the profiles named above", "the account held
// under a@…", "AWS00112233", a candidate ID): the accounts, so the consent
// or the report is of the merge. Not another thing so described, another's
// consent, a question, a condition, nor words only quoted from the thread.
func TestNounPhraseClosedByWhatFollowsIt(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We found both profiles. Please reply confirming you agree to the merge of the two profiles named above.",
			"aws_consent_request", ""},
		{"Please write back confirming that you want us to merge the account held under a@example.com into " +
			"b@example.com.", "aws_consent_request", ""},
		{"The consolidation of AWS00112233 into AWS00445566 is complete.", "aws_completed", ""},
		// Near misses.
		{"Please reply confirming you agree to the merge of the exam bookings named above.", "aws_other", ""},
		{"Please write back confirming that you want us to merge the support cases held under a@example.com " +
			"into this one.", "aws_other", ""},
		{"Please have your manager write back confirming that she agrees to the merge of the two profiles named " +
			"above.", "aws_other", ""},
		{"Did you ask for the merge of the two profiles named above?", "aws_other", ""},
		{"Thanks, we are looking into it.\n\n> Please reply confirming you agree to the merge of the two " +
			"profiles named above.", "aws_other", SubAcknowledgement},
		{"The consolidation of AWS00112233 into AWS00445566 will be complete once you confirm.", "aws_other", ""},
		{"The consolidation of the support cases named above is complete.", "aws_other", ""},
		{"The merge of AWS00112233 into AWS00445566 went through this morning.", "aws_completed", ""},
		{"The merge of AWS00112233 into AWS00445566 will go through this week.", "aws_other", ""},
		{"The merge of AWS00112233 into AWS00445566 went through, except for one badge.", "aws_other", ""},
		{"The merge of your two accounts will be completed tomorrow.", "aws_other", ""},
		{"The merge of case 1234567 into case 7654321 went through this morning.", "aws_other", ""},
	})
}

// TestAnswerNotYetReceivedIsNoTrouble: the desk telling that the reader's
// answer has not come yet ("we haven't had your go-ahead yet", ご承認をまだ
// いただいておりません) tells what the merge waits for, no trouble with it, so
// the consent it asks again stands. Not with the case closed for it (a
// refusal), another's answer awaited, trouble told beside it, nor the ask
// only quoted.
func TestAnswerNotYetReceivedIsNoTrouble(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We still haven't had your go-ahead for the merge, so it is paused. Can you reply confirming that you " +
			"agree to merge a@example.com into b@example.com?", "aws_consent_request", ""},
		{"アカウント統合についてのご承認をまだいただいておりません。a@example.com を b@example.com に統合することに" +
			"ご同意いただける場合は、その旨ご返信ください。", "aws_consent_request", ""},
		// Near misses.
		{"We did not receive your approval for the merge, so this case has now been closed.", "aws_other",
			SubRefusal},
		{"アカウント統合についてのご承認をいただけませんでしたので、本ケースをクローズいたしました。", "aws_other", SubRefusal},
		{"We still haven't had your manager's go-ahead for the merge. Can you reply confirming that you agree " +
			"to merge a@example.com into b@example.com?", "aws_other", ""},
		{"We still haven't had your go-ahead, and the merge could not be started because of an error. Can you " +
			"reply confirming that you agree to merge a@example.com into b@example.com?", "aws_other", ""},
		{"We still haven't had your go-ahead for the merge. Please ask the account owner to reply confirming " +
			"that they agree to merge a@example.com into b@example.com.", "aws_other", ""},
		{"Thanks, we will look into it.\n\n> We still haven't had your go-ahead for the merge. Can you reply " +
			"confirming that you agree to merge a@example.com into b@example.com?", "aws_other", ""},
	})
}

// TestDeskAsksYouToConfirm: the desk's wish to ask the reader ("we would
// like to kindly ask you to confirm …") is a consent asked of the reader,
// not of another; whom the desk would ask is still read ("… to ask your
// manager to confirm", a name), and what it asks is still weighed (whether
// the reader asked for it is a question of fact).
func TestDeskAsksYouToConfirm(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We would like to politely ask you to confirm that you agree to us merging a@example.com into " +
			"b@example.com.", "aws_consent_request", ""},
		{"We'd like to request you to confirm that you agree to merge a@example.com into b@example.com.",
			"aws_consent_request", ""},
		// Near misses.
		{"We would like to politely ask your manager to confirm that she agrees to us merging a@example.com " +
			"into b@example.com.", "aws_other", ""},
		{"We would like to ask Kenji to confirm that he agrees to us merging a@example.com into b@example.com.",
			"aws_other", ""},
		{"We would like to ask you to confirm whether you are the one who asked for a@example.com to be merged " +
			"into b@example.com.", "aws_other", ""},
		{"We would like to politely ask you to confirm that you agree to our updated privacy terms before the " +
			"merge.", "aws_other", ""},
	})
}

// TestReceiptFirstIsNoConsentGiven: a consent the desk will work only after
// receiving (ご同意を頂戴してから作業を開始いたします, ご承認をいただいた後に
// 統合いたします) tells of no consent given, so the request beside it stands;
// one told received still holds it back.
func TestReceiptFirstIsNoConsentGiven(t *testing.T) {
	checkAWS(t, []awsCase{
		{"a@example.com を b@example.com に統合してよろしいでしょうか。ご本人様のご承認を頂戴してから統合作業に" +
			"着手いたします。差し支えなければ、その旨ご返信ください。", "aws_consent_request", ""},
		{"a@example.com を b@example.com に統合してよろしいでしょうか。ご同意をいただいた後に統合いたします。",
			"aws_consent_request", ""},
		// Near misses.
		{"a@example.com を b@example.com に統合してよろしいでしょうか。ご本人様のご承認はすでにいただいております。",
			"aws_other", ""},
		{"ご上長様のご承認をいただいてから統合作業に着手いたします。ご上長様よりその旨ご返信いただけますようお伝えください。",
			"aws_other", ""},
		{"統合作業はご同意をいただいてから開始いたしますが、統合の内容についてのご質問はございますか。", "aws_other", ""},
	})
}

// TestTerseNeedOfConsent: a terse desk's need of the reader's OK, its
// subject left out after "but" or "and" ("I can combine them but need your
// go-ahead first"), and "pls" for please. Not a need of a detail, of
// another's OK, of an OK on another thing, nor a "pls" that asks no consent.
func TestTerseNeedOfConsent(t *testing.T) {
	checkAWS(t, []awsCase{
		{"I can combine the two profiles but need your go-ahead first. Old login a@example.com stops working " +
			"after.", "aws_consent_request", ""},
		{"Pls confirm you agree to us merging a@example.com into b@example.com.", "aws_consent_request", ""},
		// Near misses.
		{"I can combine the two profiles but need your candidate ID first.", "aws_other", SubMoreInfo},
		{"I can combine the two profiles but need your manager's go-ahead first.", "aws_other", ""},
		{"I can combine the two profiles and need your OK on the new display name.", "aws_other", ""},
		{"I can combine the two profiles. Pls confirm you got our email about the merge.", "aws_other", SubMoreInfo},
		{"Pls confirm whether you asked us to merge a@example.com into b@example.com.", "aws_other", ""},
		{"Could you check if it was you who requested that we merge a@example.com into b@example.com?",
			"aws_other", ""},
	})
}

// TestMacroFieldsNameWhereTheMergeGoes: a macro's field of the account kept,
// under the names desks give it ("Account to be retained:", "Retained
// account:"), or aligned with ideographic spaces (存続するアカウント　　：),
// names where a consent request merges; the field of the account that goes
// does not.
func TestMacroFieldsNameWhereTheMergeGoes(t *testing.T) {
	checkDirection(t, map[string][]string{
		"We can merge these profiles:\n\n  Account being retained: b@example.com\n  Account being merged: " +
			"a@example.com\n\nPlease reply confirming you agree to the merge of the profiles listed above.": {
			"b@example.com"},
		"We can merge these profiles:\n\n  Retained account: b@example.com\n  Merged account: a@example.com\n\n" +
			"Please reply confirming you agree to the merge.": {"b@example.com"},
		"以下の内容で統合を進めてよろしいでしょうか。\n\n・統合元アカウント　　： a@example.com\n・残すアカウント　　　： " +
			"b@example.com\n\n問題なければ、その旨ご返信ください。": {"b@example.com"},
		"We can merge these profiles:\n\n  Account to be merged: a@example.com\n\nPlease reply confirming you " +
			"agree to the merge.": nil,
	})
}

// TestWhatTheMergeWillNotHarm: what a merge will not harm ("merging won't
// cancel your booking", "your badges won't be affected") reassures, and
// negates no merge: the consent asked beside it stands. Not another's
// consent, a merge that did not change what it should (told of what
// happened), a merge promised once the accounts are verified, nor a merge
// to come told done.
func TestWhatTheMergeWillNotHarm(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Merging won't cancel your exam booking; it moves with the rest of your record to b@example.com. " +
			"Do you authorise me to proceed with the merge?", "aws_consent_request", ""},
		{"Your badges won't be affected by the merge. Please reply to confirm you agree to merge a@example.com " +
			"into b@example.com.", "aws_consent_request", ""},
		// Near misses.
		{"Merging won't cancel your exam booking. Does your manager authorise us to proceed with the merge?",
			"aws_other", ""},
		{"Our first try did not change which account you sign in with, and the merge failed. Do you authorise " +
			"me to proceed with the merge?", "aws_other", ""},
		{"Merging won't cancel your exam booking. We will merge the accounts once they are verified.",
			"aws_other", ""},
		{"Your accounts will be merged tomorrow; this won't affect your badges.", "aws_other", ""},
	})
}

// TestContentToGoOnIsTheAgreement: a reply asked under the reader's being
// content to go on ("if you're happy to proceed, reply with PROCEED and
// we'll handle the rest"), or with what the desk set out where the merge
// follows the reply ("if you are fine with all of the above, reply 'I agree'
// and I will put the merge through"), asks for that agreement. Not content
// with another thing, or with "it" or "the above" alone (it may be another
// thing), someone else content, a condition negated, a YES for another
// purpose or one held for later, nor the ask only quoted.
func TestContentToGoOnIsTheAgreement(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We can now merge a@example.com into b@example.com. If you're happy to proceed, reply with PROCEED and " +
			"we'll handle the rest.", "aws_consent_request", ""},
		{"We can now merge a@example.com into b@example.com. If you're happy to go ahead on that basis, just " +
			"answer OK.", "aws_consent_request", ""},
		{`Here is what a merge of your two profiles does. If you are fine with all of the above, reply "I agree" ` +
			`and I will put the merge through.`, "aws_consent_request", ""},
		// Near misses.
		{"We can now merge a@example.com into b@example.com. If you're happy to proceed with the refund, reply " +
			"with PROCEED and we'll handle the rest.", "aws_other", ""},
		{"We can now merge a@example.com into b@example.com. If your manager is happy to proceed, reply with " +
			"PROCEED and we'll handle the rest.", "aws_other", ""},
		{"We can now merge a@example.com into b@example.com. If you're not happy to proceed, just answer OK.",
			"aws_other", ""},
		{"We can now merge a@example.com into b@example.com. If you're happy to proceed, answer OK to get the " +
			"merge report by post.", "aws_other", ""},
		{"We can now merge a@example.com into b@example.com. If you're happy to proceed, answer OK once the " +
			"accounts are verified.", "aws_other", ""},
		{`If you are fine with the new display name above, reply "I agree" and I will put it through.`,
			"aws_other", ""},
		{"We changed the display name on your merged profile. If you're fine with it, reply YES.", "aws_other", ""},
		{`We changed the display name on your merged profile. If you're fine with it, reply "I agree".`,
			"aws_other", ""},
		{`We changed the display name for the merge. If you are fine with the above, reply "I agree".`,
			"aws_other", ""},
		{"Thanks, noted.\n\n> If you're happy to proceed, reply with PROCEED and we'll handle the rest.",
			"aws_other", ""},
	})
}

// TestWrappedSentenceNamesWhereTheMergeGoes: the account a consent request
// merges into is read across the lines a mail program wrapped ("… the
// account registered to\na@… into your account b@…"); a field on its own
// line is still read alone.
func TestWrappedSentenceNamesWhereTheMergeGoes(t *testing.T) {
	checkDirection(t, map[string][]string{
		"We are ready to merge the account registered to\na@example.com into your account b@example.com.\n" +
			"Please reply confirming that you agree to the merge.": {"b@example.com"},
		"We are ready to merge your old profile,\na@example.com, into\nb@example.com. Please reply confirming " +
			"that you agree to the merge.": {"b@example.com"},
		"Please reply confirming that you agree to the merge of the profiles listed below.\n\n" +
			"Profile merged: a@example.com\nAccount to keep: b@example.com": {"b@example.com"},
	})
}

// TestCompletionInOtherWords: a merge reported done in the ways the
// thirteenth and fourteenth sets' desks wrote it, each beside the reports
// it must not take: announced in a courtesy ("We would like to inform you
// that …"), the desk finished merging ("I just finished combining …"), a
// headline answering the request ("Done - profiles merged as you asked"),
// and what moved "as part of the merge" (no part of it). Not a merge to
// come, negated, asked about, partial, or of another thing.
func TestCompletionInOtherWords(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We would like to inform you that the consolidation of your two profiles has been completed.",
			"aws_completed", ""},
		{"All sorted! I have just finished combining your two profiles, so everything now sits on b@example.com.",
			"aws_completed", ""},
		{"Done - profiles merged as you asked.", "aws_completed", ""},
		{"I have merged your two accounts. Your badges were moved as part of the merge and may take a day to " +
			"show.", "aws_completed", ""},
		// Near misses.
		{"We would like to inform you that the consolidation of your two profiles will be completed next week.",
			"aws_other", ""},
		{"We would like to inform you that the consolidation of your two profiles has not been completed.",
			"aws_other", ""},
		{"We would like to inform you that the consolidation of your support cases has been completed.",
			"aws_other", ""},
		{"Once I have finished merging your two profiles, everything will sit on b@example.com.", "aws_other", ""},
		{"I have not finished merging your two profiles yet.", "aws_other", ""},
		{"Have we finished merging your two profiles?", "aws_other", ""},
		{"Done - profiles merged as you asked, except the Security badge.", "aws_other", ""},
		{"Done - profiles will be merged as you asked.", "aws_other", ""},
		{"Done - support tickets merged as you asked.", "aws_other", ""},
		{"I have merged your two accounts. Only your badges were moved as part of the merge.", "aws_other", ""},
		{"Your badges will be moved as part of the merge once you confirm.", "aws_other", ""},
	})
}

// TestCaseRecordIsNoSample: a subject among the fields of a case's record
// ("Case ID: … / Subject: … / Status: …") is the case's title, no sample of a
// mail to come, so the record's resolution and the agent's note after it
// are read; the title itself reports nothing. A sample introduced as one,
// a title that only reads like a report, and a status still open stay no
// completion.
func TestCaseRecordIsNoSample(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Case ID: 1234567\nSubject: Profile merge\nStatus: Closed\nResolution: Profiles merged\n\n" +
			"I merged a@example.com into b@example.com today.", "aws_completed", ""},
		{"Case ID: 1234567\nSubject: Profile merge\nStatus: Solved\n\nAgent note: your two profiles have been " +
			"merged into b@example.com.", "aws_completed", ""},
		// Near misses.
		{"Once the merge is done you will get this email:\n\nSubject: Your profiles have been merged\n" +
			"Status: Solved", "aws_other", ""},
		{"Case ID: 1234567\nSubject: Your profiles have been merged\nStatus: Open\n\nWe are still looking " +
			"into your request.", "aws_other", SubAcknowledgement},
		{"Case ID: 1234567\nSubject: Profile merge\nStatus: Pending\nResolution: Profiles merged", "aws_other",
			SubAcknowledgement},
		{"Subject: Your profiles have been merged\n\nThis is the notice we will send when the merge is done.",
			"aws_other", ""},
	})
}

// TestWishToldBackWithATag: the reader's wish for the merge told back to
// them and made a question by a tag ("Quick check before I go ahead: you'd
// like a@… merged into b@…, right?") asks for their yes to it. Not
// another's wish, a negated one, one for later or another way, a wish of
// another thing, a statement without the tag, nor the ask only quoted.
func TestWishToldBackWithATag(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Quick check before I go ahead: you'd like a@example.com merged into b@example.com, right?",
			"aws_consent_request", ""},
		{"Just to double-check: you want all the certifications on a@example.com moved over to b@example.com " +
			"and the old login retired, is that correct? A merge is final.", "aws_consent_request", ""},
		// Near misses.
		{"Quick check: your manager would like a@example.com merged into b@example.com, right?", "aws_other", ""},
		{"Quick check: you wouldn't like a@example.com merged into b@example.com, right?", "aws_other", ""},
		{"Quick check: you'd like a@example.com merged into b@example.com after your exam, right?",
			"aws_other", ""},
		{"Quick check: you'd like a@example.com merged into b@example.com instead, right?", "aws_other", ""},
		{"Quick check: you'd like the merge receipt sent to b@example.com, right?", "aws_other", ""},
		{"Quick check: you'd like your two support cases merged, right?", "aws_other", ""},
		{"Quick check: you'd like a@example.com merged into b@example.com.", "aws_other", ""},
		{"Thanks.\n\n> Quick check: you'd like a@example.com merged into b@example.com, right?", "aws_other", ""},
	})
}

// TestStatementToWriteBack: the reader asked to reply with a statement that
// follows, in which they agree to the merge in the first person ('"I, [your
// full name], authorise AWS to merge a@… into b@…"'), is asked for consent.
// Not a statement of another thing, a negated one, one asked of someone
// else, one told already sent, nor the ask only quoted.
func TestStatementToWriteBack(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Please reply to this email with the following statement:\n\n\"I, [your full name], authorise AWS to " +
			"merge a@example.com into b@example.com.\"", "aws_consent_request", ""},
		{"Kindly answer using the wording below.\n\n\"I agree that my profile a@example.com may be merged into " +
			"b@example.com.\"", "aws_consent_request", ""},
		{"Our rules ask for a written authorisation first. Please reply with the statement below, filled in " +
			"with your name and candidate ID:\n\n\"I, [name], [candidate ID], authorise AWS Training and " +
			"Certification to merge the profile held under a@example.com into the one held under b@example.com.\"\n\n" +
			"We will go ahead once your authorisation arrives.", "aws_consent_request", ""},
		// Near misses.
		{"Please reply to this email with the following statement:\n\n\"I, [your full name], authorise AWS to " +
			"keep a copy of my passport for the merge.\"", "aws_other", SubMoreInfo},
		{"Please reply to this email with the following statement:\n\n\"I, [your full name], do not authorise " +
			"AWS to merge a@example.com into b@example.com.\"", "aws_other", SubMoreInfo},
		{"Please have your manager reply to this email with the following statement:\n\n\"I, [full name], " +
			"authorise AWS to merge a@example.com into b@example.com.\"", "aws_other", ""},
		{"Thank you for replying with the following statement:\n\n\"I, Ana Silva, authorise AWS to merge " +
			"a@example.com into b@example.com.\"", "aws_other", ""},
		{"Thanks, we are on it.\n\n> Please reply to this email with the following statement:\n>\n> \"I, [your " +
			"full name], authorise AWS to merge a@example.com into b@example.com.\"", "aws_other", ""},
	})
}

// TestDeskClosedTheCase: the desk telling it closed the case ("we have
// closed your case"), will take no action, or does not process such
// requests, beside what it cannot do or an answer that never came, refuses
// the request. Not a case closed after the merge was done, nor no action
// under a condition or until a reply.
func TestDeskClosedTheCase(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Merge requests must come from the account holder. Yours came from another address, so we cannot act " +
			"on it. We have closed your case.", "aws_other", SubRefusal},
		{"We did not hear back about the details we asked for, so we closed the case without changing your " +
			"accounts. To merge them, please open a new request.", "aws_other", SubRefusal},
		{"A request to merge a candidate's records must come from the candidate. We do not process such " +
			"requests from employers, so we will take no action on it.", "aws_other", SubRefusal},
		// Near misses.
		{"Your two accounts have been merged and we have closed your case.", "aws_completed", ""},
		{"We need your candidate ID before we can merge the accounts, and we will take no further action until " +
			"you reply.", "aws_other", SubMoreInfo},
		{"If we do not hear from you within a week, we will take no action on the merge and close the case.",
			"aws_other", ""},
	})
}

// TestInvitationIsNoRequest: what the reader may send if they have more to
// add ("If you have further details for your case, reply to this email",
// 追加の情報がございましたら、…ご返信ください), and a relative "which" after a
// preposition ("in the order in which it arrived"), ask for no details in a
// receipt. A detail asked outright, or a "which" that asks, still does.
func TestInvitationIsNoRequest(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We have received your merge request and opened case 1234567. If you have further details for your " +
			"case, just reply to this email.", "aws_other", SubAcknowledgement},
		{"アカウント統合のお問い合わせを受け付けました。追加の情報がございましたら、本メールへご返信ください。", "aws_other",
			SubAcknowledgement},
		{"We have received your merge request. We answer requests in the order in which they arrive.",
			"aws_other", SubAcknowledgement},
		// Near misses.
		{"We have received your merge request. Please send us a copy of your ID.", "aws_other", SubMoreInfo},
		{"We have received your merge request. In which account would you like to keep your badges?",
			"aws_other", SubMoreInfo},
		{"We have received your merge request. If you have two accounts, please send us the email address of " +
			"each.", "aws_other", SubMoreInfo},
	})
}

// TestListOfDetailsAsked: a request that counts the things it asks ("Could
// you help me with two things?") or ends in a colon points to the list
// after it, whose details (a name, an explanation) are asked for; a list
// the desk only tells is not.
func TestListOfDetailsAsked(t *testing.T) {
	checkAWS(t, []awsCase{
		{"To merge your accounts I need a little more. Could you help me with two things?\n\n1) your full name " +
			"as on your ID\n2) the month you last sat an exam", "aws_other", SubMoreInfo},
		{"The names on your two accounts differ, so we cannot merge them yet. Please reply with:\n- the name " +
			"you use for exams\n- an explanation of why the names differ", "aws_other", SubMoreInfo},
		// Near misses.
		{"We have merged your accounts, and two things moved with them:\n\n1) your exam history\n2) your " +
			"badges", "aws_completed", ""},
	})
}

// TestQuestionsInAListOfChecks: the questions in a list the desk points to
// as what it would check with the reader (以下の2点をご確認させてください。
// ・…でお間違いないでしょうか) ask for details. A list that asks the merge's
// consent stays a consent request, and a list only told asks nothing.
func TestQuestionsInAListOfChecks(t *testing.T) {
	checkAWS(t, []awsCase{
		{"統合のご依頼について、以下の2点をご確認させてください。\n\n・統合先は b@example.com でお間違いないでしょうか。\n" +
			"・a@example.com には現在もサインインできますか。", "aws_other", SubMoreInfo},
		{"Before we merge, please check the following:\n\n- Is b@example.com the account you sign in with?\n" +
			"- Do you still use a@example.com?", "aws_other", SubMoreInfo},
		// Near misses.
		{"統合について、以下をご確認ください。\n\n・a@example.com を b@example.com に統合してよろしいでしょうか。",
			"aws_consent_request", ""},
		{"アカウント統合のお問い合わせを受け付けました。内容は以下のとおりです。\n\n・統合元: a@example.com\n" +
			"・統合先: b@example.com", "aws_other", SubAcknowledgement},
	})
}

// TestDoneMergeConfirmedIsNoConsent: asked to confirm that the merge was
// done ("Please confirm that your accounts have been merged on your side",
// "… that the merge went through"), the reader is asked a fact, not for
// consent; and a YES to go on right after the desk offers to close the case
// goes on with that. The reader's wish confirmed, and a YES after an offer
// to merge, still ask.
func TestDoneMergeConfirmedIsNoConsent(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Please confirm that your two profiles have been merged on your side.", "aws_other", SubMoreInfo},
		{"Please confirm that the consolidation has completed at your end.", "aws_other", SubMoreInfo},
		{"Could you confirm that the merge went through for you?", "aws_other", SubMoreInfo},
		{"We have your merge request. We can close this case for you now. If you're happy to proceed, reply YES.",
			"aws_other", ""},
		// Near misses that stay consent requests.
		{"Please confirm that you want your two profiles merged.", "aws_consent_request", ""},
		{"We can merge a@example.com into b@example.com now. If you're happy to proceed, reply YES.",
			"aws_consent_request", ""},
		{"To merge them we will close a@example.com and keep b@example.com. If you're happy to proceed, reply YES.",
			"aws_consent_request", ""},
	})
}

// TestWhereTheRecordMoves: where what the merge moves goes, told of now or
// later ("the booking simply moves with the rest of your record to b@…",
// "your badges carry over to b@…"), names where a consent request merges,
// beside a reassurance ("merging won't cancel it"); a move negated beside it
// names every account, so the request is held.
func TestWhereTheRecordMoves(t *testing.T) {
	checkDirection(t, map[string][]string{
		"Merging won't cancel your exam booking - it simply moves with the rest of your record to " +
			"b@example.com. Do you authorise me to proceed with the merge?": {"b@example.com"},
		"Your badges carry over to b@example.com as well. Please reply to confirm you agree to the merge.": {
			"b@example.com"},
		"Merging won't cancel your booking, and it won't carry over to b@example.com: it stays on a@example.com. " +
			"Do you authorise me to proceed with the merge?": {"b@example.com", "a@example.com"},
	})
}

// TestAgreementToTheMergeJustTold: the desk tells the merge it will do,
// naming the accounts ("We will merge a@… into b@….", a@… を b@… に統合
// いたします。), and the next sentence asks a reply under the bare condition
// of agreeing to it ("If that's OK, reply YES", よろしければ「はい」とご返信
// ください): the reply is that agreement. Not after a merge held for later
// or another act told, another's OK, a condition negated, a YES for another
// purpose or held, another asked to reply, nor only quoted.
func TestAgreementToTheMergeJustTold(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We will merge a@example.com into b@example.com. If that's fine with you, reply YES.",
			"aws_consent_request", ""},
		{"We can merge a@example.com into b@example.com today. Let us know if that's fine.",
			"aws_consent_request", ""},
		{"a@example.com を b@example.com に統合いたします。差し支えなければ「はい」とご返信ください。",
			"aws_consent_request", ""},
		// Near misses.
		{"We will merge a@example.com into b@example.com once both are verified. If that's fine with you, " +
			"reply YES.", "aws_other", ""},
		{"We will send you the merge summary. If that's fine with you, reply YES.", "aws_other", ""},
		{"受験予約を b@example.com に移動いたします。差し支えなければ「はい」とご返信ください。", "aws_other", ""},
		{"We will merge a@example.com into b@example.com. If that's fine with your manager, reply YES.",
			"aws_other", ""},
		{"We will merge a@example.com into b@example.com. If that's not fine with you, reply YES.",
			"aws_other", ""},
		{"We will merge a@example.com into b@example.com. If that's fine with you, reply YES to get the summary.",
			"aws_other", ""},
		{"We will merge a@example.com into b@example.com. If that's fine with you, reply YES once your exam " +
			"is over.", "aws_other", ""},
		{"a@example.com を b@example.com に統合いたします。差し支えなければ、ご上長様より「はい」とご返信いただけます" +
			"ようお伝えください。", "aws_other", ""},
		{"Thanks.\n\n> We will merge a@example.com into b@example.com. If that's fine with you, reply YES.",
			"aws_other", ""},
	})
}

// TestHeadlineDoneSuccessfully: a headline of the merge's end with its
// manner ("Merge completed successfully.") reports it done; asked, negated,
// or held to a part, it does not.
func TestHeadlineDoneSuccessfully(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Consolidation finished successfully.", "aws_completed", ""},
		// Near misses.
		{"Consolidation finished successfully?", "aws_other", ""},
		{"Consolidation not finished successfully.", "aws_other", ""},
		{"Consolidation finished successfully, except for your badges.", "aws_other", ""},
		{"Consolidation finished successfully for one of the two profiles.", "aws_other", ""},
	})
}

// TestWishToAskNamesTheAnswer: the desk's wish to ask counts as asking only
// with the answer it asks ("we'd like you to confirm …"), not with what it
// would have the reader know or be aware of; and the merge told fine with
// someone in a role ("confirm the merge is OK with your manager") asks
// another's agreement. "… OK with you" is the reader's.
func TestWishToAskNamesTheAnswer(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We'd like you to confirm that you agree to us merging a@example.com into b@example.com.",
			"aws_consent_request", ""},
		{"Could you confirm the merge of a@example.com into b@example.com is OK with you?",
			"aws_consent_request", ""},
		// Near misses.
		{"We would like you to know that agreeing to the merge of a@example.com into b@example.com cannot be " +
			"taken back.", "aws_other", ""},
		{"Please confirm the merge of a@example.com into b@example.com is OK with your line manager.",
			"aws_other", ""},
		{"Please confirm that the merge is fine with your employer.", "aws_other", ""},
	})
}

// TestLeaveAskedInOtherForms: leave asked with a "no problem" negative in
// form (統合を進めて問題ございませんでしょうか, …ても差し支えないでしょうか), and
// leave asked to move the certifications (a@… の資格情報を b@… へ移行して
// よろしいでしょうか), ask consent. Not a question held inside a request to
// check with another (上長様に…問題ないか、ご確認いただけますか), one whose topic
// is another (上長様は…), one of the past, one of a detail, nor a move of
// another thing (受験予約).
func TestLeaveAskedInOtherForms(t *testing.T) {
	checkAWS(t, []awsCase{
		{"a@example.com を b@example.com に統合させていただいて問題ございませんでしょうか。", "aws_consent_request", ""},
		{"アカウント統合の件です。a@example.com を b@example.com に統合しても差し支えないでしょうか。",
			"aws_consent_request", ""},
		{"アカウント統合の件です。a@example.com の認定履歴を b@example.com へ移行してよろしいでしょうか。",
			"aws_consent_request", ""},
		// Near misses.
		{"ご上長様に、統合させていただいて問題ないか、ご確認いただけますでしょうか。", "aws_other", ""},
		{"ご上長様は、a@example.com を b@example.com に統合しても差し支えないでしょうか。", "aws_other", ""},
		{"先日の統合を進めて問題ございませんでしたでしょうか。", "aws_other", ""},
		{"統合後の表示名は山田花子で問題ございませんでしょうか。", "aws_other", ""},
		{"アカウント統合の件です。受験予約を b@example.com へ移行してよろしいでしょうか。", "aws_other", ""},
	})
}

// TestWentThroughACheck: a merge that "went through" a check it passed
// ("… went through our checks", "… security review") is not the merge done,
// nor is one told done later ("… will be done on Monday", "we will run it
// on Monday"); "the merge went through (this morning)" still is.
func TestWentThroughACheck(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your merge request went through our checks.", "aws_other", ""},
		{"The merge of AWS00112233 into AWS00445566 went through security review.", "aws_other", ""},
		{"The consolidation went through the approval step and will be done on Friday.", "aws_other", ""},
		{"The consolidation is approved; we will run it on Friday.", "aws_other", ""},
		// Near misses that stay completions.
		{"The consolidation went through this morning.", "aws_completed", ""},
		{"Good news: your merge went through!", "aws_completed", ""},
	})
}
