package classify

import "testing"

// The families of AWS's mail that the eleventh and twelfth sets (study sets
// now) showed certflow misreading, in words of our own, each beside the
// near misses it must not take.

// TestMergeFoldedInto: "fold a@… into b@…" is merging; a consent asked with
// it is a consent request. Not a question whether it was done, nor a
// negated one.
func TestMergeFoldedInto(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Could you confirm you want a@example.com folded into b@example.com?", "aws_consent_request", ""},
		{"Before I go on, can you confirm you'd like us to fold your old profile into b@example.com?",
			"aws_consent_request", ""},
		{"Please confirm you do not want a@example.com folded into b@example.com.", "aws_other", ""},
		{"Could you confirm whether a@example.com was already folded into b@example.com last year?",
			"aws_other", SubMoreInfo},
	})
}

// TestQuotedAnswerNamedAfterIt: the words to answer with, and the reply
// named after them as what the desk needs ('a short "yes" in reply is all
// we need'). Not a reply already given, another's, or one for another thing.
func TestQuotedAnswerNamedAfterIt(t *testing.T) {
	checkAWS(t, []awsCase{
		{`Before we merge a@example.com into b@example.com, a short "yes" in reply is all we need.`,
			"aws_consent_request", ""},
		{`We are ready to merge the two profiles. A quick "OK, go ahead" reply is enough.`,
			"aws_consent_request", ""},
		{`We are ready to merge the two profiles. Your "yes" reply reached us on Monday.`, "aws_other", ""},
		{`We are ready to merge the two profiles. A "yes" reply to our survey is all we need.`, "aws_other", ""},
		{`We are ready to merge the two profiles. A "yes" from your manager is all we need.`, "aws_other", ""},
		{`We are ready to merge the two profiles. If you would rather stop, a "no" reply is enough.`,
			"aws_other", ""},
	})
}

// TestYesToProceedOrNoToCancel: a yes asked to go ahead, beside a no asked
// to cancel, is a consent request; the choices the other way round, or for
// another thing, are not.
func TestYesToProceedOrNoToCancel(t *testing.T) {
	checkAWS(t, []awsCase{
		{"All certifications of a@example.com will be merged into b@example.com. Do you wish to continue? " +
			"Please reply YES to proceed or NO to cancel the request.", "aws_consent_request", ""},
		{"We will merge a@example.com into b@example.com. Reply YES to cancel the merge or NO to proceed.",
			"aws_other", ""},
		{"We will merge a@example.com into b@example.com. Reply YES to proceed with the survey or NO to skip it.",
			"aws_other", ""},
		{"We will merge a@example.com into b@example.com. If you no longer want it, reply YES to cancel or NO " +
			"to proceed.", "aws_other", ""},
	})
}

// TestReceiptToComeIsNoConsentGiven: what the reader will receive ("you
// will receive a confirmation from us") tells of no consent given, so the
// consent the mail asks for stands; a consent the desk tells it received
// still leaves the request for a person.
func TestReceiptToComeIsNoConsentGiven(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Once the merge is done you will receive a confirmation from us. However, we can't start it without " +
			"your go-ahead: please confirm you are happy for us to merge a@example.com into b@example.com.",
			"aws_consent_request", ""},
		{"We just need you to confirm that you agree to the merge. Once you confirm, it will be done within a " +
			"week and you will get a notification.", "aws_consent_request", ""},
		{"We received your confirmation yesterday. The merge will be done within a week and you will receive " +
			"a notification.", "aws_other", SubAcknowledgement},
		{"We just need you to confirm that you agree to our new privacy terms before the merge.", "aws_other", ""},
		{"We don't need you to confirm the merge again.", "aws_other", ""},
	})
}

// TestConsentNeededOnFile: "we must have the owner's authorisation on file"
// says what the desk needs, not what it has; "we have it on file" tells it
// given.
func TestConsentNeededOnFile(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We must have the account owner's authorisation on file. Could you reply confirming that you " +
			"authorise us to merge a@example.com into b@example.com?", "aws_consent_request", ""},
		{"We already have your authorisation to merge the accounts on file, so there is nothing more to send.",
			"aws_other", ""},
	})
}

// TestJapaneseMayWeMergeIfSo: 統合してよろしければ…「はい」とご返信ください
// asks for the merge's consent: the condition is the consent itself. Not
// when what is all right is another act, nor when another is to answer.
func TestJapaneseMayWeMergeIfSo(t *testing.T) {
	checkAWS(t, []awsCase{
		{"上記のとおり統合してよろしければ、本メールに「はい」とご返信ください。", "aws_consent_request", ""},
		{"統合を進めてもよろしければ、「はい」とご返信ください。", "aws_consent_request", ""},
		{"統合後のご案内をお送りしてよろしければ、「はい」とご返信ください。", "aws_other", ""},
		{"アンケートにご協力いただいてよろしければ、「はい」とご返信ください。", "aws_other", ""},
		{"統合してよろしければ、ご本人様から「はい」とご返信いただくようお伝えください。", "aws_other", ""},
	})
}

// TestConfirmWhetherItHappened: asked to confirm whether the accounts were
// merged, the reader is asked a fact, not for consent; whether they want it
// still asks for consent.
func TestConfirmWhetherItHappened(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Can you confirm whether the accounts were merged?", "aws_other", SubMoreInfo},
		{"Could you confirm if a@example.com has already been combined with b@example.com?", "aws_other", SubMoreInfo},
		{"Can you confirm whether you want a@example.com merged into b@example.com?", "aws_consent_request", ""},
		{"Could you confirm if you still want us to merge a@example.com into b@example.com?",
			"aws_consent_request", ""},
	})
}

// TestWeNeedYouTo: "we just need you to confirm that you agree" asks, as
// "please" does; not a need under a condition, one denied, one for another
// thing, nor one that has someone else answer.
func TestWeNeedYouTo(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We just need you to reply that you agree to the merge.", "aws_consent_request", ""},
		{"If we need you to agree to anything else about the merge, we will let you know.", "aws_other", ""},
		{"We no longer need you to confirm that you agree to the merge.", "aws_other", ""},
		{"We will need you to agree to the updated candidate terms before the merge.", "aws_other", ""},
		{"We need you to ask the owner of a@example.com to confirm that they agree to the merge.", "aws_other", ""},
		{"We just need you to have Hanako reply that she agrees to the merge.", "aws_other", ""},
	})
}

// TestResolutionLineReportsTheMerge: the merge told in a headline after a
// label of the outcome ("Resolution: accounts consolidated", "Done -
// merged."). Not what was asked for or is expected, a question, a
// negation, nor a merge still to come.
func TestResolutionLineReportsTheMerge(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Case status: Resolved\nResolution: Certification accounts consolidated.", "aws_completed", ""},
		{"Resolution: accounts merged into b@example.com.", "aws_completed", ""},
		{"Done - merged. Let me know if anything looks off.", "aws_completed", ""},
		{"Good news: your two accounts are now one.", "aws_completed", ""},
		{"Requested resolution: accounts merged into b@example.com.", "aws_other", ""},
		{"Expected outcome: certification accounts consolidated.", "aws_other", ""},
		{"Resolution: accounts merged?", "aws_other", ""},
		{"Resolution: accounts not merged.", "aws_other", ""},
		{"Resolution: accounts to be merged once you confirm.", "aws_other", ""},
		{"Done - merge requested.", "aws_other", ""},
		{"Good news: once you confirm, your two accounts will be one.", "aws_other", ""},
		{"Good news: your two accounts are now one, except for the Specialty.", "aws_other", ""},
		{"Result: merged accounts cannot be split again.", "aws_other", ""},
		{"Done - merged into b@example.com once you confirm.", "aws_other", ""},
		{`Your last notice will read "Resolution: accounts merged".`, "aws_other", ""},
	})
}

// TestWrappedAsideGoesOn: a line that ends inside an aside in parentheses
// goes on with the next line, whatever letter that opens with, so the
// sentence is read whole.
func TestWrappedAsideGoesOn(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Everything that was under a@example.com (your Developer - Associate and Security -\n" +
			"Specialty certifications and exam history) has been moved to b@example.com.", "aws_completed", ""},
		{"Everything that is under a@example.com (your Developer - Associate and Security -\n" +
			"Specialty certifications and exam history) will be moved to b@example.com.", "aws_other", ""},
		{"Everything that was under a@example.com (except your Security - Specialty certification) has been " +
			"moved to b@example.com.", "aws_other", ""},
		{"Everything has been moved to our new ticketing system.", "aws_other", ""},
	})
}

// TestPastTimeClauseIsAFact: a time clause in the past ("after we moved
// your certifications") tells what happened; one to come, or a condition,
// does not.
func TestPastTimeClauseIsAFact(t *testing.T) {
	checkAWS(t, []awsCase{
		{"That profile was deactivated after we moved your certifications and exam history over to b@example.com.",
			"aws_completed", ""},
		{"That profile will be deactivated after we move your certifications over to b@example.com.",
			"aws_other", ""},
		{"That profile will be deactivated once we have moved your certifications over to b@example.com.",
			"aws_other", ""},
		{"If we moved your certifications over to b@example.com, the old profile would be deactivated.",
			"aws_other", ""},
	})
}

// TestNowPartOfTheAccount: certifications "now part of b@…" belong to it;
// only a part of them moved is a part.
func TestNowPartOfTheAccount(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your accounts have been consolidated. The certifications held under a@example.com are now part of " +
			"b@example.com.", "aws_completed", ""},
		{"Your accounts have been consolidated. Only part of the certifications moved to b@example.com.",
			"aws_other", ""},
		{"Your accounts have been consolidated. Part of your certifications are now under b@example.com.",
			"aws_other", ""},
	})
}

// TestJapaneseChainedToThePast: a verb chained by its て-less form to a past
// end (資格を…へ移行し、旧アカウントは閉鎖いたしました) is in the past too; a
// plan, a future or a condition at the end is not.
func TestJapaneseChainedToThePast(t *testing.T) {
	checkAWS(t, []awsCase{
		{"a@example.com に登録されていた認定資格および受験履歴を b@example.com へ移行し、旧アカウントは閉鎖いたしました。",
			"aws_completed", ""},
		{"認定資格を b@example.com へ移行し、旧アカウントを閉鎖する予定です。", "aws_other", ""},
		{"認定資格を b@example.com へ移行し、旧アカウントを閉鎖いたします。", "aws_other", ""},
		{"認定資格を b@example.com へ移行し、旧アカウントを閉鎖いたしましたら、ご連絡いたします。", "aws_other",
			SubAcknowledgement},
		{"認定資格を b@example.com へ移行しようとしましたが、エラーとなりました。", "aws_other", ""},
		{"資格を b@example.com へ移行し、旧アカウントを閉鎖するよう担当部署に依頼いたしました。", "aws_other", ""},
		{"資格を b@example.com へ移行し、旧アカウントを閉鎖できるか確認いたしました。", "aws_other", ""},
	})
}

// TestJapaneseEarlierNoticeCorrected: an earlier notice told and then found
// wrong on checking again (先日…旨のご連絡を差し上げましたが、再度確認いたしました
// ところ…): what the check found is the report; 問題なく is no negation.
func TestJapaneseEarlierNoticeCorrected(t *testing.T) {
	checkAWS(t, []awsCase{
		{"先日、統合ができない旨のご連絡を差し上げましたが、再度確認いたしましたところ、統合は問題なく反映されておりました。",
			"aws_completed", ""},
		{"先日、統合が完了した旨のご連絡を差し上げましたが、再度確認いたしましたところ、統合は反映されておりませんでした。",
			"aws_other", ""},
		{"先日、統合ができない旨のご連絡を差し上げましたが、現在再度確認しております。", "aws_other", SubAcknowledgement},
		{"統合は問題なく反映される予定です。", "aws_other", ""},
	})
}

// TestCaseStillWithTheTeam: the desk telling the case is still with a team
// ("still open and with our specialist team") acknowledges it.
func TestCaseStillWithTheTeam(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Just letting you know that your case is still open and with our specialist team. There's no action " +
			"needed from you at the moment.", "aws_other", SubAcknowledgement},
		{"Your case is currently with our back-office team.", "aws_other", SubAcknowledgement},
	})
}

// TestJapaneseReplyWithoutChangingAsksNothing: 件名を変更せずにお送りください
// tells how to reply (refrain from a change), as 変更しないでください does; a
// detail asked beside it is still asked.
func TestJapaneseReplyWithoutChangingAsksNothing(t *testing.T) {
	checkAWS(t, []awsCase{
		{"お問い合わせを受け付けました。\n※ご返信の際は件名を変更せずにお送りください。", "aws_other", SubAcknowledgement},
		{"お問い合わせを受け付けました。受験者IDをお送りください。", "aws_other", SubMoreInfo},
		{"お問い合わせを受け付けました。ご返信の際は件名を変更せずに、受験者IDをお送りください。", "aws_other", SubMoreInfo},
	})
}

// TestJapaneseRequestTopicRefused: the request as the sentence's topic
// (今回のご依頼は、…) is what a later clause says the desk cannot take on; not
// for now only, nor under a condition.
func TestJapaneseRequestTopicRefused(t *testing.T) {
	checkAWS(t, []awsCase{
		{"今回のご依頼は、ご本人以外のメールアドレスから送信されているため、お手続きを進めることができかねます。",
			"aws_other", SubRefusal},
		{"今回のご依頼は、ご本人様の確認が取れるまで、お手続きを進めることができかねます。", "aws_other", ""},
		{"今回のご依頼は、ご同意をいただけない場合、お手続きを進めることができかねます。", "aws_other", ""},
		{"今回のご依頼は、現時点では、お手続きを進めることができかねます。", "aws_other", ""},
	})
}

// TestNeedListItemAsksConsent: a list the desk says it needs from the
// reader ("we need two things from you:") asks for each item; an item that
// is the reader's consent to the merge asks for it. Not consent to another
// thing, nor another's.
func TestNeedListItemAsksConsent(t *testing.T) {
	checkAWS(t, []awsCase{
		{"To proceed with your merge request we need two things from you:\n\n1. Your explicit consent to merge " +
			"a@example.com into b@example.com.\n2. The candidate ID shown on each account.", "aws_consent_request", ""},
		{"To proceed with your merge request we need two things from you:\n\n1. A copy of your photo ID.\n" +
			"2. The candidate ID shown on each account.", "aws_other", SubMoreInfo},
		{"To proceed with your merge request we need two things from you:\n\n1. Your consent to share your exam " +
			"data with our partner.\n2. The candidate ID shown on each account.", "aws_other", SubMoreInfo},
		{"To proceed with your merge request we need two things from your manager:\n\n1. Their consent to merge " +
			"a@example.com into b@example.com.\n2. Their employee number.", "aws_other", ""},
		{"We need two things from you:\n\n1. The consent of the owner of a@example.com to merge it into " +
			"b@example.com.\n2. Your candidate ID.", "aws_other", SubMoreInfo},
		{"We need the consent of the holder of a@example.com to merge it into b@example.com.", "aws_other", ""},
		{"We need two things from you:\n\n1. Confirmation that you do not want the merge.\n2. Your candidate ID.",
			"aws_other", SubMoreInfo},
	})
}

// TestShownUnderOneBesideTheOldClosed: the certifications told all on the
// one account, beside the old account told closed or gone, or as where they
// came from: the merge done. Not two accounts that both show them, nor one
// to come.
func TestShownUnderOneBesideTheOldClosed(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your merge request has been processed. Your transcript under b@example.com now lists all of your " +
			"certifications, including the ones earned with a@example.com, and a@example.com has been closed.",
			"aws_completed", ""},
		{"About your merge: the account a@example.com no longer exists and everything it held lives on " +
			"b@example.com now.", "aws_completed", ""},
		{"Your merge request has been processed. Your transcript under b@example.com now lists all of your " +
			"certifications, and a@example.com still lists them too.", "aws_other", ""},
		{"Once merged, b@example.com will list all of your certifications and a@example.com will be closed.",
			"aws_other", ""},
		{"About your merge: everything a@example.com held will live on b@example.com once you confirm.",
			"aws_other", ""},
		{"About your merge: b@example.com now lists all of your certifications, and so does c@example.com.",
			"aws_other", ""},
		{"About your merge: a@example.com has not been closed and everything it held lives on b@example.com now.",
			"aws_other", ""},
	})
}

// TestFollowUpOnAnEarlierNote: what an earlier note said ("following up on
// my earlier note that the merge was still pending: …") is not said now;
// what follows is read, its "it" the merge the note named.
func TestFollowUpOnAnEarlierNote(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Following up on my earlier note that the merge was still pending: it has now gone through.",
			"aws_completed", ""},
		{"Following up on my earlier note that the merge was still pending: it still is, sorry.", "aws_other", ""},
		{"Following up on my earlier note that the merge was done: it has not gone through after all.",
			"aws_other", ""},
		{"Following up on my earlier note about your exam booking: it has now gone through.", "aws_other", ""},
	})
}

// TestDirectionInTheWaysThisStudyAsked: the account a consent request asks
// to merge into, named in the ways the consent requests read here name it
// (a@… folded into b@…, fold a@… into b@…, … held under a@… will be moved
// to b@…, a table of 統合元 and 統合先), so a request the other way round is
// held for a person.
func TestDirectionInTheWaysThisStudyAsked(t *testing.T) {
	checkDirection(t, map[string][]string{
		"Could you confirm you want b@example.com folded into a@example.com?":                {"a@example.com"},
		"Can you confirm you want us to go ahead and fold b@example.com into a@example.com?": {"a@example.com"},
		"Please review the following:\n\n• All certifications held under b@example.com will be permanently moved " +
			"to a@example.com.\n\nDo you wish to continue? Please reply YES to proceed or NO to cancel.": {
			"a@example.com"},
		"ご依頼の件につき、ご確認のお願いがございます。\n\n統合元 b@example.com\n統合先 a@example.com\n\n" +
			"上記のとおり統合してよろしければ、本メールに「はい」とご返信ください。": {"a@example.com"},
	})
}

// TestFoldOrMergeAnotherThing: folding or merging asked of another thing
// than the accounts ("fold this ticket into your earlier case", "you want
// this case merged into case 123") asks no consent to the merge; the
// accounts, named or pointed to, still do.
func TestFoldOrMergeAnotherThing(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Could you confirm you are happy for us to fold this ticket into your earlier case?", "aws_other", ""},
		{"Can you confirm you want this case merged into case 12345?", "aws_other", ""},
		{"Can you confirm you want your two support tickets folded into one?", "aws_other", ""},
		{"Please confirm you agree to fold your exam bookings into b@example.com.", "aws_other", ""},
		{"Can you confirm you would like the two accounts merged?", "aws_consent_request", ""},
		{"Can you confirm you want them merged?", "aws_consent_request", ""},
		{"I need you to confirm that you would like a@example.com to be merged into b@example.com.",
			"aws_consent_request", ""},
		{"Please confirm you would like this ticket to be merged into your earlier case.", "aws_other", ""},
		{"Please confirm you want us to fold your old profile into b@example.com.", "aws_consent_request", ""},
	})
}

// TestAgreementToTheOfferBefore: a pronoun agreement asked ("let us know
// you're OK with it") right after the desk offers to go ahead with the merge
// now is consent asked for that; not in another paragraph, not negated,
// later, thanked for, another's, nor for another offer or another act.
func TestAgreementToTheOfferBefore(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We are ready to merge your two accounts. Just reply to let us know you're OK with it.",
			"aws_consent_request", ""},
		{"Your merge request.\n\nWe're ready to go ahead on our side. Just reply to this email to let us know " +
			"you're OK with it and we'll take it from there.", "aws_consent_request", ""},
		{"We can merge them today. Let us know if that's OK.", "aws_consent_request", ""},
		{"Your merge request.\n\nWe're ready to go ahead on our side. If you're OK with it, no reply is needed.",
			"aws_other", ""},
		{"Your merge request.\n\nWe're ready to go ahead on our side. Let us know if you're not OK with it.",
			"aws_other", ""},
		{"We're ready to go ahead with the refund for the merge. Just reply to let us know you're OK with it.",
			"aws_other", ""},
		{"Your merge request.\n\nWe're ready to go ahead on our side. Just have your manager reply to let us " +
			"know they're OK with it.", "aws_other", ""},
		{"We're ready to merge them. Just reply to let us know you're OK with it once your exam is over.",
			"aws_other", ""},
		{"We're ready to merge them.\n\nJust reply to let us know you're OK with it.", "aws_other", ""},
		{"We were ready to merge them. Just reply to let us know you're OK with it.", "aws_other", ""},
		{"We're ready to merge your accounts. Let us know if it's OK to send the summary to your manager.",
			"aws_other", ""},
		{"We can merge them today, but we need your ID first. Let us know if that's OK.", "aws_other", ""},
	})
}

// TestAgreementNounToAnotherThing: agreement named as a noun ("your
// agreement to the new privacy policy") is to what follows it, as "agree to"
// is: another thing asks no consent to the merge; the merge or going ahead
// with it does.
func TestAgreementNounToAnotherThing(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Before the merge, please confirm your agreement to the new privacy policy.", "aws_other", ""},
		{"Before we can look at the merge we need two things from you:\n\n1. A screenshot of both profiles.\n" +
			"2. Your agreement to our updated terms.", "aws_other", SubMoreInfo},
		{"Please reply with your authorisation to merge the accounts.", "aws_consent_request", ""},
		{"Please reply with your approval to proceed with the merge.", "aws_consent_request", ""},
		{"Please confirm your agreement to the merge.", "aws_consent_request", ""},
	})
}

// TestWishOfAnotherConfirmed: asked to confirm that someone else wants the
// merge ("your manager wants a@… merged", "Hanako would like …"), the reader
// is asked for another's consent, not their own; "you would like", "it is
// fine for us to" still ask the reader's.
func TestWishOfAnotherConfirmed(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Can you confirm your manager wants a@example.com merged into b@example.com?", "aws_other", ""},
		{"Can you confirm that Hanako would like us to merge the two accounts?", "aws_other", ""},
		{"Can you confirm your manager is happy for us to fold a@example.com into b@example.com?", "aws_other", ""},
		{"Please confirm the account owner agrees to the merge.", "aws_other", ""},
		{"Can you confirm you would like us to merge a@example.com into b@example.com?", "aws_consent_request", ""},
		{"Can you confirm that it is fine for us to merge the accounts?", "aws_consent_request", ""},
	})
}

// TestMoreNearMissesOfThisStudy: the near misses of this study's consent
// rules that the tests above do not name: a condition, a quotation, a
// request for details that names the merge, and another's answer.
func TestMoreNearMissesOfThisStudy(t *testing.T) {
	checkAWS(t, []awsCase{
		{"If you want a@example.com folded into b@example.com, we can do that after your exam.", "aws_other", ""},
		{`The form you sent says "fold a@example.com into b@example.com".`, "aws_other", ""},
		{"Before we fold a@example.com into b@example.com, could you confirm the spelling of your surname?",
			"aws_other", SubMoreInfo},
		{`If the names match, a simple "yes" in reply is all we need.`, "aws_other", ""},
		{"We just need you to confirm the email address on your merge request.", "aws_other", SubMoreInfo},
		{"統合してよろしければ、受験者IDをお知らせください。", "aws_other", SubMoreInfo},
		{"We are ready to merge your accounts. Could you tell us your candidate ID if that's OK?",
			"aws_other", SubMoreInfo},
		{"Please have the owner of a@example.com reply YES to proceed or NO to cancel.", "aws_other", ""},
	})
}
