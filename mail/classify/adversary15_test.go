package classify

import (
	"slices"
	"testing"
)

// The fifteenth adversarial review of the reading of AWS's mail: probes in
// the reviewer's words, written as support desks write (macros, two-liners,
// long explanations, 丁寧語, quoted threads, several asks in one mail),
// against the readings widened on 2 December. A false consent request, a
// false completion and a merge read the wrong way round are the failures
// that matter; aws_other is right for anything not clearly either.

// probe15 is a desk mail and what it must be read as; into, when not nil,
// are the accounts a consent request must name among those merged into (one
// more named only holds the request for a person: fail closed).
type probe15 struct {
	text string
	kind Kind
	into []string
}

func checkProbes15(t *testing.T, probes []probe15) {
	t.Helper()
	for _, p := range probes {
		r := readDesk(p.text)
		if r.Kind != p.kind {
			t.Errorf("%q: read as %s/%s, want %s", p.text, r.Kind, r.Sub, p.kind)
			continue
		}
		if missing := slices.DeleteFunc(slices.Clone(p.into), func(a string) bool {
			return slices.Contains(r.MergeInto, a)
		}); len(missing) > 0 {
			t.Errorf("%q: merge into %q, want %q", p.text, r.MergeInto, p.into)
		}
	}
}

const (
	consent15   = AWSConsentRequest
	completed15 = AWSCompleted
	other15     = AWSOther
)

var into15b = []string{"b@example.com"}
var into15a = []string{"a@example.com"}

// TestAdversary15DeskWishToAsk: the desk's wish to ask ("we would like to
// kindly ask you to …") asks the reader only when the reader is the one
// asked and what is asked is the consent.
func TestAdversary15DeskWishToAsk(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We would like to kindly request that you confirm your agreement to the merge by replying to this " +
			"email.", consent15, nil},
		{"We would like to kindly ask the owner of a@example.com to confirm the merge.", other15, nil},
		{"We would like to ask your IT administrator to confirm that the merge may go ahead.", other15, nil},
		{"We would like to kindly ask your training coordinator to reply confirming the merge.", other15, nil},
		{"We would like to kindly ask you to confirm your mailing address before the merge.", other15, nil},
		{"We would like to kindly ask you to confirm that you received our previous email about the merge.",
			other15, nil},
		{"We would like to kindly ask you to confirm once the merged profile shows all your exams.", other15, nil},
		{"We would like to ask you to confirm the merge once your manager has approved it.", other15, nil},
		{"We would have liked to ask you to confirm the merge, but the case was closed before we could.",
			other15, nil},
		{"We would like to kindly ask you not to reply to this email; the merge needs no further confirmation.",
			other15, nil},
		{"We would like to kindly ask you to confirm that you agree to the merge by signing in to the portal " +
			"and pressing Approve.", other15, nil},
		{"We'd like to ask you to rate your experience with our support. Reply with a number from 1 to 5.",
			other15, nil},
		{"We would like to ask you to confirm which of the two accounts you want to keep.", other15, nil},
		{"We would like to ask you to confirm whether the merge request came from you or from your employer.",
			other15, nil},
		{"We would like to kindly ask your colleague Mr. Tanaka to confirm that he agrees to the merge.",
			other15, nil},
		{"We would like to ask you to ask your manager to confirm the merge.", other15, nil},
		{"We would like to kindly ask you to confirm the merge of your two exam bookings into one.", other15, nil},
		{"Next week we would like to ask you to confirm the merge, once the checks are done.", other15, nil},
		{"We would like to kindly remind you that the merge cannot be undone.", other15, nil},
		{"We would like to kindly ask you to confirm that you can now sign in to b@example.com after the merge.",
			other15, nil},
	})
}

// TestAdversary15HappyToProceed: a reply asked under the reader's being
// happy to go on asks the consent only when the going on is the merge's,
// now, by the reader, and the reply is the agreement.
func TestAdversary15HappyToProceed(t *testing.T) {
	checkProbes15(t, []probe15{
		{"If you are happy for us to proceed with merging a@example.com into b@example.com, reply CONFIRM.",
			consent15, into15b},
		{"If you're happy with the support you received today, reply to this email to rate us.", other15, nil},
		{"If you're happy with how we handled your merge, please reply YES to our short survey.", other15, nil},
		{"If you're happy to proceed with the exam voucher refund, reply CONFIRM.", other15, nil},
		{"If your employer is happy to proceed, they should reply CONFIRM.", other15, nil},
		{"If you're not happy to proceed, reply CANCEL and we'll close the case.", other15, nil},
		{"If you are happy to proceed, there is nothing more you need to do: the merge will run tonight.",
			other15, nil},
		{"We can merge the two profiles. If you're happy to proceed, please reply CONFIRM after you have " +
			"spoken with your manager.", other15, nil},
		{"Happy to proceed once you've verified your ID in the portal; reply CONFIRM at that point.", other15, nil},
		{"If you're happy to proceed, let us know which of the two accounts you want to keep.", other15, nil},
		{"We're happy to proceed with the merge as soon as your manager replies.", other15, nil},
		{"If you're happy to proceed with a new exam booking instead of the merge, reply CONFIRM.", other15, nil},
		{"If you're happy to proceed, reply CONFIRM to receive our newsletter.", other15, nil},
		{"If you were happy to proceed you would have replied CONFIRM already, so we are closing the case.",
			other15, nil},
		{"Once we have verified both accounts, and if you're happy to proceed, we'll ask you to reply CONFIRM.",
			other15, nil},
		{"If the account owner is happy to proceed, please have them reply PROCEED.", other15, nil},
		{"If you're happy to proceed, please do NOT reply CONFIRM yet; wait for our next email.", other15, nil},
		{"Thanks for your reply. You said you're happy to proceed, so we'll merge the accounts tomorrow.",
			other15, nil},
		{"Are you happy to proceed with a callback instead? Reply YES and we'll phone you.", other15, nil},
	})
}

// TestAdversary15NeedYourOK: the desk's terse need of the reader's OK, and
// what it is not: another's OK, an OK on another thing, an OK told given, a
// need negated.
func TestAdversary15NeedYourOK(t *testing.T) {
	checkProbes15(t, []probe15{
		{"I can merge these but need your ok first.", consent15, nil},
		{"I can merge them but need your manager's OK first.", other15, nil},
		{"I can merge them but need a copy of your ID first.", other15, nil},
		{"I can merge them and don't need your OK for that.", other15, nil},
		{"I can merge them but need your OK first on the new display name.", other15, nil},
		{"I can merge them but needed your OK first, which you gave yesterday, so it is in progress.", other15, nil},
		{"I can merge them but need your OK first to close the other case.", other15, nil},
		{"Got your OK, thanks. Merging now.", other15, nil},
		{"I could merge them but would need your OK first, except that the accounts belong to two different " +
			"people, so I can't.", other15, nil},
		{"I can merge them but need your ok first — could you ask your manager to send it?", other15, nil},
		{"I can merge them but we no longer need your ok first, since your company signed the agreement.",
			other15, nil},
		{"I can merge them but would need your OK first if you also want the exam history moved.", other15, nil},
	})
}

// TestAdversary15JapaneseReceiptFirst: a consent the desk will act on only
// after receiving, and what is no ask: a receipt told done, another's
// consent, a consent asked another way, a survey.
func TestAdversary15JapaneseReceiptFirst(t *testing.T) {
	checkProbes15(t, []probe15{
		{"統合についてご同意いただけますでしょうか。ご同意を頂戴してから作業を開始いたします。", consent15, nil},
		{"恐れ入りますが、a@example.com を b@example.com へ統合することについて、ご同意いただけますでしょうか。",
			consent15, into15b},
		{"統合にご同意いただける場合は、「同意します」とご返信ください。", consent15, nil},
		{"ご同意は前回のメールにて頂戴しておりますので、作業を開始いたします。", other15, nil},
		{"ご上長様のご同意を頂戴してから作業を開始いたします。", other15, nil},
		{"ご同意を頂戴してから作業を開始いたしますので、アンケートへのご協力をお願いいたします。", other15, nil},
		{"作業はご同意を頂戴してから開始いたしますが、ご同意はすでに頂戴しておりますので、本日開始いたしました。",
			other15, nil},
		{"アカウントの所有者様より統合へのご同意をいただけますよう、お伝えいただけますでしょうか。", other15, nil},
		{"a@example.com の所有者様に、統合へのご同意をご返信いただくようお伝えください。", other15, nil},
		{"統合をご依頼されたのはお客様ご本人でしょうか。", other15, nil},
		{"統合後のアカウントでサインインできることをご確認いただけますでしょうか。", other15, nil},
		{"今回のサポートについて、アンケートにご協力いただけますと幸いです。", other15, nil},
		{"今回の統合に関するサポートにご満足いただけましたら、アンケートにて「はい」とご回答ください。", other15, nil},
		{"ご同意いただき、誠にありがとうございます。統合作業は3営業日ほどで完了する予定です。", other15, nil},
		{"前回のメールでご同意をいただきましたので、統合作業を進めております。", other15, nil},
		{"上長様に統合へのご同意をお願いしております。", other15, nil},
		{"ご本人様確認が完了してから、統合へのご同意をお願いするメールをお送りいたします。", other15, nil},
		{"統合にご同意いただけない場合は、その旨ご返信ください。ご返信がない場合は統合を進めます。", other15, nil},
		{"ご同意いただける場合でも、ご返信は不要です。", other15, nil},
		{"ご同意の有無にかかわらず、ポータルより手続きをお願いいたします。", other15, nil},
		{"統合へのご同意は、ポータル上の「承認」ボタンよりお願いいたします。メールでのご返信は受け付けておりません。",
			other15, nil},
		{"b@example.com を残し、a@example.com を統合してよろしいでしょうか。", consent15, into15b},
		{"a@example.com を b@example.com に統合してよろしいでしょうか。ご同意を頂戴してから作業を開始いたします。",
			consent15, into15b},
		{"a@example.com に b@example.com を統合してよろしいでしょうか。", consent15, into15a},
		{"a@example.com へ、b@example.com の認定資格を統合してよろしいでしょうか。", consent15, into15a},
		{"統合先は a@example.com ではなく b@example.com となります。ご同意いただけますでしょうか。", consent15, into15b},
	})
}

// TestAdversary15KeptAccountFields: a macro's field of the account kept
// names where the merge goes; the field of the account that goes, or one
// of another thing, never does.
func TestAdversary15KeptAccountFields(t *testing.T) {
	ask := "\n\nPlease reply to confirm that you agree to the merge."
	checkProbes15(t, []probe15{
		{"Account to be retained: b@example.com\nAccount to be closed: a@example.com" + ask, consent15, into15b},
		{"Account to be closed: a@example.com\nAccount to be retained: b@example.com" + ask, consent15, into15b},
		{"Account being kept: b@example.com\nAccount being removed: a@example.com" + ask, consent15, into15b},
		{"Account to be merged (will be closed): a@example.com\nRetained account: b@example.com" + ask,
			consent15, into15b},
		{"Account not retained: a@example.com\nAccount retained: b@example.com" + ask, consent15, nil},
		{"Non-retained account: a@example.com\nRetained account: b@example.com" + ask, consent15, into15b},
		{"Account to retire: a@example.com\nAccount to keep: b@example.com" + ask, consent15, into15b},
		{"Account that will NOT be kept: a@example.com\nAccount that will be kept: b@example.com" + ask,
			consent15, into15b},
		{"Primary account (to be closed): a@example.com\nSecondary account (to be kept): b@example.com" + ask,
			consent15, nil},
		{"Source account: b@example.com\nDestination account: a@example.com" + ask, consent15, into15a},
		{"From account: b@example.com\nTo account: a@example.com" + ask, consent15, into15a},
		{"Old account: a@example.com\nNew account: b@example.com" + ask, consent15, nil},
		{"Target of the refund: a@example.com\nAccount to keep: b@example.com" + ask, consent15, into15b},
		{"以下の内容で統合を進めてよろしいでしょうか。\n\n統合元：b@example.com\n統合先：a@example.com\n\n問題なければご返信ください。",
			consent15, into15a},
		{"以下の内容で統合を進めてよろしいでしょうか。\n\n削除されるアカウント：a@example.com\n存続アカウント：b@example.com" +
			"\n\n問題なければご返信ください。", consent15, into15b},
		{"以下の内容で統合を進めてよろしいでしょうか。\n\n移行元アカウント：b@example.com\n移行先アカウント：a@example.com" +
			"\n\n問題なければご返信ください。", consent15, into15a},
		{"以下の内容で統合を進めてよろしいでしょうか。\n\n残さないアカウント：a@example.com\n残すアカウント：b@example.com" +
			"\n\n問題なければご返信ください。", consent15, into15b},
	})
}

// TestAdversary15KeptAccountAcrossLines: the account merged into, read
// across the lines a mail program wrapped, and in sentences that name the
// other account beside it.
func TestAdversary15KeptAccountAcrossLines(t *testing.T) {
	ask := " Please reply to confirm that you agree."
	checkProbes15(t, []probe15{
		{"We will merge the profile registered to a@example.com into\nyour account b@example.com." + ask,
			consent15, into15b},
		{"We will merge b@example.com\ninto a@example.com, as a@example.com holds your exam history." + ask,
			consent15, into15a},
		{"We will move everything from\nb@example.com to\na@example.com." + ask, consent15, into15a},
		{"Rather than merging a@example.com into b@example.com as you asked, we need to merge b@example.com " +
			"into a@example.com, because a@example.com holds your exam history." + ask, consent15, into15a},
		{"We will keep a@example.com and close b@example.com." + ask, consent15, into15a},
		{"We will close b@example.com and keep a@example.com." + ask, consent15, into15a},
		{"Your certifications from b@example.com will be moved to a@example.com." + ask, consent15, into15a},
		{"After the merge you won't sign in with b@example.com any more; use a@example.com." + ask,
			consent15, into15a},
		{"After the merge you will no longer sign in with b@example.com but with\na@example.com." + ask,
			consent15, into15a},
		{"Your certifications will no longer be under b@example.com but under a@example.com." + ask,
			consent15, into15a},
		{"a@example.com will be the surviving account; b@example.com will be deactivated." + ask,
			consent15, into15a},
		{"Please note b@example.com will not remain: we will merge it into a@example.com." + ask,
			consent15, into15a},
		{"You asked us to merge a@example.com into b@example.com. That is not possible, so we will merge " +
			"b@example.com into a@example.com instead." + ask, consent15, into15a},
		{"We can merge a@example.com into b@example.com, or, if you prefer, b@example.com into\n" +
			"a@example.com. Please reply telling us which one you want.", other15, nil},
		{"We will merge your profiles\ninto the one you use at work, which is\na@example.com." + ask,
			consent15, nil}, // names no direction: left for the employee to read
	})
}

// TestAdversary15Reassurance: what a merge will not harm negates no merge,
// but a merge refused, another's consent, an opt-out or a merge told as to
// come are still what they are.
func TestAdversary15Reassurance(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Merging won't cancel your exam booking.", other15, nil},
		{"Your booking won't be cancelled. We need your consent before we can merge, so please reply to " +
			"confirm.", consent15, nil},
		{"Don't worry, merging won't cancel your booking. However, we cannot merge accounts that belong to " +
			"different people, so we are closing this case.", other15, nil},
		{"Merging won't affect your booking. Has your manager agreed to the merge?", other15, nil},
		{"Merging won't reset your exam history, and no consent is needed from you: we'll go ahead.",
			other15, nil},
		{"Merging won't cancel your booking, but we won't merge without the account owner's approval.",
			other15, nil},
		{"Merging wouldn't change your candidate ID, but we can't merge accounts registered in different " +
			"countries.", other15, nil},
		{"This merge shouldn't affect your badges. The merge of a@example.com into b@example.com has been " +
			"completed.", completed15, nil},
		{"The merge will not alter your exam history, but it has not been completed yet.", other15, nil},
		{"We won't cancel the merge unless you tell us to; it will go ahead tomorrow.", other15, nil},
		{"Merging won't cancel your booking, so if you don't want us to proceed, reply STOP.", other15, nil},
		{"Unless we hear from you by Friday, we will merge a@example.com into b@example.com.", other15, nil},
		{"Your merge request won't be lost; however, we could not merge the accounts because they belong to " +
			"different people.", other15, nil},
		{"The accounts will not be affected, because we did not merge them.", other15, nil},
		{"The merge won't change your badges, and it has not happened yet: it runs on Friday.", other15, nil},
		{"Merging won't cancel your booking. Please ask your manager to reply confirming the merge.", other15, nil},
		{"Merging won't cancel your booking. Does your employer agree to the merge?", other15, nil},
		{"Merging shouldn't affect anything. Please confirm your date of birth so that we can go on.",
			other15, nil},
		{"This won't change anything for your exam booking: the merge did not go through.", other15, nil},
		{"The merge didn't affect your badges because the merge failed.", other15, nil},
		{"統合によって受験予約がキャンセルされることはございませんが、統合は実施できませんでした。", other15, nil},
	})
}

// TestAdversary15ConsentAlreadyGiven: a consent told given, received or
// recorded asks nothing.
func TestAdversary15ConsentAlreadyGiven(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Thank you for confirming you agree to the merge. We will proceed now.", other15, nil},
		{"As you confirmed in your last email that you agree, we are going ahead with the merge.", other15, nil},
		{"We have your consent on file from 12 November, so no further action is needed.", other15, nil},
		{"You already agreed to this merge on the phone; we just need your candidate ID.", other15, nil},
		{"We received your CONFIRM reply. The merge is scheduled for tonight.", other15, nil},
		{"Thanks for replying YES. Could you also confirm your date of birth?", other15, nil},
		{"Thanks for the go-ahead! I'll start the merge now.", other15, nil},
		{"Your approval of the merge was received on 30 November.", other15, nil},
		{"We've noted your agreement to merge a@example.com into b@example.com and passed it to the team.",
			other15, nil},
		{"Your manager has already approved the merge, and so have you, so nothing more is needed.", other15, nil},
		{"You replied CONFIRM on Monday; the merge team has your confirmation.", other15, nil},
		{"Since you have already confirmed you are happy to proceed, we have scheduled the merge.", other15, nil},
		{"We already have your OK, so there is no need to reply again.", other15, nil},
		{"ご承認いただきありがとうございます。統合作業を開始いたします。", other15, nil},
		{"お客様からのご同意は11月30日に受領しております。", other15, nil},
	})
}

// TestAdversary15QuestionOfFact: a question whose answer tells a fact, not
// the reader's consent now.
func TestAdversary15QuestionOfFact(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Can you confirm which of the two accounts you use for your exams?", other15, nil},
		{"Could you confirm whether the merge has shown up on your end?", other15, nil},
		{"Did you agree to the merge with our colleague on the phone?", other15, nil},
		{"Do you remember agreeing to merge these accounts last year?", other15, nil},
		{"Are both accounts yours?", other15, nil},
		{"Can you confirm that both accounts belong to you?", other15, nil},
		{"Do you know if your manager agreed to the merge?", other15, nil},
		{"Could you confirm that you agreed to the merge in your earlier email? We can't find it.", other15, nil},
		{"Could you confirm whether you have already merged the accounts yourself?", other15, nil},
		{"Can you tell us who asked for the merge?", other15, nil},
		{"Could you confirm that the merge you asked for is of your own accounts and not a colleague's?",
			other15, nil},
		{"Was it you who agreed to the merge on our chat yesterday?", other15, nil},
		{"Please confirm whether you submitted the merge form twice.", other15, nil},
		{"Please let us know if you were the one who requested the merge.", other15, nil},
		{"Could you confirm when you last signed in to a@example.com?", other15, nil},
		{"Would you mind confirming if you still have access to a@example.com?", other15, nil},
		{"Can you confirm you got our email asking you to agree to the merge?", other15, nil},
		{"統合に同意されたのはいつ頃でしょうか。", other15, nil},
		{"統合のご依頼は、お客様ご自身でなさいましたでしょうか。", other15, nil},
	})
}

// TestAdversary15Survey: a survey or a rating asked by reply is no consent,
// whatever it names.
func TestAdversary15Survey(t *testing.T) {
	checkProbes15(t, []probe15{
		{"How did we do? Reply to this email with a score from 1 to 10.", other15, nil},
		{"Did we resolve your merge request? Reply Y or N.", other15, nil},
		{"Please reply YES if you were satisfied with our support on your merge case.", other15, nil},
		{"We'd love your feedback: reply OK if the merge went smoothly.", other15, nil},
		{"Your case about the account merge is resolved. Reply to rate us.", other15, nil},
		{"Are you happy with the merge? Reply YES or NO to let us know.", other15, nil},
		{"Please take a moment to confirm you are satisfied with the merge by answering our survey.", other15, nil},
		{"If you agree that we resolved your merge case, reply YES; it helps us improve.", other15, nil},
		{"Would you recommend our support to a colleague? Reply YES or NO.", other15, nil},
		{"Reply CONFIRM to tell us the merge worked for you and close this case.", other15, nil},
		{"Please reply with 'I agree' if you agree our agent was helpful during the merge.", other15, nil},
	})
}

// TestAdversary15ConditionsAndPlans: a consent or a completion to come, on
// a condition, or hedged, is neither.
func TestAdversary15ConditionsAndPlans(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Once your ID is verified, we will ask you to confirm the merge.", other15, nil},
		{"If the accounts turn out to be yours, we'll send you a consent request.", other15, nil},
		{"We plan to ask for your confirmation next week.", other15, nil},
		{"After the merge is complete, please reply to confirm you can sign in.", other15, nil},
		{"When the merge is done, we'll email you.", other15, nil},
		{"We will merge a@example.com into b@example.com tomorrow.", other15, nil},
		{"The merge will be complete by Friday.", other15, nil},
		{"The merge should be complete now, but please check.", other15, nil},
		{"The merge is probably complete by now.", other15, nil},
		{"We expect the merge to have completed overnight.", other15, nil},
		{"I believe the merge was completed, but I'm double-checking with the team.", other15, nil},
		{"If the merge was completed, you should see all certifications under b@example.com.", other15, nil},
		{"Has the merge been completed? Please let us know.", other15, nil},
		{"The merge was supposed to complete yesterday, but it failed.", other15, nil},
		{"The merge was meant to be completed last week.", other15, nil},
		{"Normally the merge is complete within 48 hours.", other15, nil},
		{"Usually merges are completed within three business days.", other15, nil},
		{"Hopefully the merge will be completed soon.", other15, nil},
		{"If all goes well, your accounts will have been merged by Monday.", other15, nil},
		{"Provided that you agree, the merge will be completed on Tuesday.", other15, nil},
		{"Should you agree to the merge, we'd need your reply by Friday.", consent15, nil},
		{"The merge can only be completed once you confirm in the portal.", other15, nil},
		{"統合作業は明日完了する予定です。", other15, nil},
		{"統合作業が完了いたしましたら、改めてご連絡いたします。", other15, nil},
		{"統合作業が完了したかどうか、ご確認いただけますでしょうか。", other15, nil},
		{"本人確認が完了いたしましたので、統合作業を進めます。", other15, nil},
		{"統合のご依頼の受付が完了しました。", other15, nil},
		{"統合作業を本日開始いたしました。完了次第ご連絡いたします。", other15, nil},
		{"統合が完了するまで、しばらくお待ちください。", other15, nil},
		{"統合完了のご連絡をお待ちください。", other15, nil},
	})
}

// TestAdversary15Negations: a consent or a completion negated is neither.
func TestAdversary15Negations(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We will not be asking you to confirm the merge.", other15, nil},
		{"You don't need to confirm the merge.", other15, nil},
		{"There's no need to reply to confirm.", other15, nil},
		{"No consent is needed from you for this merge.", other15, nil},
		{"We cannot merge these accounts, so there's nothing to confirm.", other15, nil},
		{"The merge has not been completed.", other15, nil},
		{"The merge is not yet complete.", other15, nil},
		{"We never completed the merge because we didn't hear back.", other15, nil},
		{"Contrary to our earlier email, the merge is not complete.", other15, nil},
		{"The merge isn't done, sorry for the confusion.", other15, nil},
		{"Nothing has been merged yet.", other15, nil},
		{"No merge has taken place.", other15, nil},
		{"We did not merge a@example.com into b@example.com.", other15, nil},
		{"Please do not reply CONFIRM yet; we still need to verify your ID.", other15, nil},
		{"Don't confirm the merge until your manager has approved it.", other15, nil},
		{"Please don't reply to this email to confirm the merge; use the portal instead.", other15, nil},
		{"Neither account has been merged.", other15, nil},
		{"The merge is far from complete.", other15, nil},
		{"We haven't been able to complete the merge.", other15, nil},
		{"The merge failed to complete.", other15, nil},
		{"We were unable to finish merging your accounts.", other15, nil},
		{"It's not that the merge is complete; it's that the request was accepted.", other15, nil},
		{"Your accounts have not yet been merged, and we don't need your consent for now.", other15, nil},
		{"統合は完了しておりません。", other15, nil},
		{"統合はまだ行っておりません。", other15, nil},
		{"統合作業は完了いたしかねました。", other15, nil},
		{"統合にご同意いただく必要はございません。", other15, nil},
	})
}

// TestAdversary15QuotedThreads: the desk's reply over a quoted thread reads
// its own words only; a line quoted inside its own words is no ask and no
// report.
func TestAdversary15QuotedThreads(t *testing.T) {
	ask := "Please reply to confirm you agree to merge a@example.com into b@example.com."
	checkProbes15(t, []probe15{
		{"Thanks for your patience, we're still checking.\n\nOn Mon, 30 Nov 2026 at 10:00, AWS Support " +
			"<desk@amazon.com> wrote:\n> " + ask, other15, nil},
		{"確認いたします。\n\n2026年11月30日(月) 10:00 AWS Support <desk@amazon.com>:\n> 統合にご同意いただけますでしょうか。",
			other15, nil},
		{"We're checking with the team.\n\n-----Original Message-----\nFrom: AWS Support <desk@amazon.com>\n" +
			"Sent: Monday, November 30, 2026 10:00 AM\nSubject: RE:[CASE 123] merge\n\n" + ask, other15, nil},
		{"We're checking with the team.\n\nFrom: AWS Support <desk@amazon.com>\nSent: Monday, November 30, 2026 " +
			"10:00 AM\nTo: you@example.com\nSubject: RE:[CASE 123] merge\n\n" + ask, other15, nil},
		{"You wrote:\n> I agree to the merge.\n\nThanks, we'll go ahead.", other15, nil},
		{"Apologies, our earlier email was wrong:\n> Your accounts have been merged.\nThe merge has not " +
			"happened yet.", other15, nil},
		{"Our last email said \"your accounts have been merged\" by mistake.", other15, nil},
		{"Please disregard the line \"Your merge is complete\" in our previous email.", other15, nil},
		{"The automated notice \"Your merge has been completed\" was sent in error.", other15, nil},
		{"Our previous email asked you to \"reply CONFIRM to merge the accounts\"; please ignore that request.",
			other15, nil},
		{"In your reply you wrote \"please merge a@example.com into b@example.com\". We'll look into it.",
			other15, nil},
		{"Still waiting on the back office.\n\n> " + ask + "\n> Thanks, AWS Support", other15, nil},
		{"Thanks, noted.\n\n________________________________\nFrom: AWS Support\nSent: 30 November 2026\n\n" +
			"Your accounts have been merged.", other15, nil},
		{"We merged your accounts.\n\nOn Mon, 30 Nov 2026 at 10:00, AWS Support <desk@amazon.com> wrote:\n> " +
			"The merge is not complete yet.", completed15, nil},
		{ask + "\n\nOn Mon, 30 Nov 2026 at 10:00, you wrote:\n> Please merge b@example.com into a@example.com.",
			consent15, into15b},
	})
}

// TestAdversary15SeveralAsks: several asks in one mail: the consent is read
// when the reader is asked it, whatever else is asked beside it.
func TestAdversary15SeveralAsks(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please confirm your candidate ID. Also, please reply to confirm you agree to merge a@example.com into " +
			"b@example.com.", consent15, into15b},
		{"Please confirm: 1) your full name 2) your date of birth 3) whether you also have a Credly account.",
			other15, nil},
		{"Two things: can you send your candidate ID, and can your manager confirm the merge?", other15, nil},
		{"Please rate our support and confirm you received the merge notice.", other15, nil},
		{"Please send your ID, and once we've checked it we will ask you to confirm the merge.", other15, nil},
		{"Could you send us your date of birth and the name on your ID? After that the merge team will write to " +
			"you for your agreement.", other15, nil},
		{"Please confirm that you no longer need case 7654321, and that we may close it.", other15, nil},
		{"Please confirm you agree to close the duplicate case, and let us know your candidate ID.", other15, nil},
		{"1. Sign in to a@example.com.\n2. Check your exam history.\n3. Reply to tell us what you see.",
			other15, nil},
		{"Please confirm you agree to the merge, and forward this email to your manager for his records.",
			consent15, nil},
	})
}

// TestAdversary15CompletionsPromisedOrPartial: a completion promised, in
// progress, partial, or of another thing is none; a merge told done still
// is.
func TestAdversary15CompletionsPromisedOrPartial(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We will have the merge completed by Monday.", other15, nil},
		{"Your merge is being completed now.", other15, nil},
		{"The merge is complete for a@example.com; b@example.com still needs to be processed.", other15, nil},
		{"The merge completed for your certifications, but your exam history is still under a@example.com.",
			other15, nil},
		{"Most of your records have been merged; the badges will follow in 48 hours.", other15, nil},
		{"The first step of the merge is complete.", other15, nil},
		{"The merge request is complete and has been sent to the team for processing.", other15, nil},
		{"Your merge request form is complete. We'll process it within five days.", other15, nil},
		{"The merge of your two support cases is complete.", other15, nil},
		{"We've completed our review of the merge request, and it's approved; the merge itself runs tonight.",
			other15, nil},
		{"Step 1 (verification) completed. Step 2 (merge) pending.", other15, nil},
		{"The merge is now complete, apart from your Credly badges, which will move tomorrow.", other15, nil},
		{"Merge complete? Not yet: we're waiting on the certification team.", other15, nil},
		{"The merge paperwork is complete.", other15, nil},
		{"Your identity check for the merge is complete.", other15, nil},
		{"We have completed the merge of your exam vouchers.", other15, nil},
		{"The merge is 80% complete.", other15, nil},
		{"The merge is almost complete.", other15, nil},
		{"The merge is nearly done; only the badge transfer remains.", other15, nil},
		{"Your merge has been approved and will be completed shortly.", other15, nil},
		{"The merge has been scheduled and is complete on our side once the batch runs tonight.", other15, nil},
		{"The merge completed with errors; some certifications are missing.", other15, nil},
		{"The merge completed, but it was reverted because of an error.", other15, nil},
		{"The merge was completed by mistake and has been undone.", other15, nil},
		{"統合作業は一部完了いたしました。", other15, nil},
		{"統合作業は明日完了いたします。", other15, nil},
		{"統合作業が完了したとのご連絡は誤りでした。", other15, nil},
		{"統合は完了しておりますが、バッジの移行は明日となります。", other15, nil},
		{"お問い合わせの受付を完了いたしました。", other15, nil},
		{"統合の準備が完了いたしました。", other15, nil},
		{"統合のお手続きが完了いたしましたら、メールにてお知らせいたします。", other15, nil},
		// What is done.
		{"We have completed the merge of a@example.com into b@example.com.", completed15, nil},
		{"アカウントの統合が完了いたしました。ご不明な点がございましたらお問い合わせください。", completed15, nil},
		{"Your two accounts have now been merged into b@example.com.", completed15, nil},
		{"a@example.com を b@example.com へ統合いたしました。", completed15, nil},
	})
}

// TestAdversary15AnothersConsent: the consent of someone other than the
// reader.
func TestAdversary15AnothersConsent(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please have the owner of a@example.com reply CONFIRM.", other15, nil},
		{"Could you ask Priya to confirm she agrees to the merge?", other15, nil},
		{"Your administrator must approve the merge in the console.", other15, nil},
		{"We would need your organisation's training coordinator to confirm the merge.", other15, nil},
		{"Please forward this email to the person who owns a@example.com so they can confirm the merge.",
			other15, nil},
		{"If a@example.com isn't yours, its owner will need to reply to confirm.", other15, nil},
		{"We have asked your manager to confirm the merge.", other15, nil},
		{"Your manager asked us to merge the accounts; please reply to confirm you agree.", consent15, nil},
		{"The owner of b@example.com needs to be happy to proceed; if they are, they can reply CONFIRM.",
			other15, nil},
		{"We need both account owners to agree. Please ask the other owner to reply.", other15, nil},
		{"We'd like your HR team's go-ahead before merging. Can you put us in touch?", other15, nil},
		{"Our policy needs the employer's consent for company accounts; please ask them to write to us.",
			other15, nil},
		{"Could the person who holds a@example.com let us know they're happy to proceed?", other15, nil},
		{"ご本人様から統合への同意のご返信をいただく必要がございます。ご本人様へお伝えいただけますでしょうか。",
			other15, nil},
		{"ご所属企業のご担当者様より、統合へのご承認をいただけますでしょうか。", other15, nil},
	})
}

// TestAdversary15PlainRequests: real consent requests in the ways desks
// write them, which must stay read so.
func TestAdversary15PlainRequests(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please reply to confirm you agree to merge a@example.com into b@example.com.", consent15, into15b},
		{"Can you confirm you'd like a@example.com merged into b@example.com?", consent15, into15b},
		{"Do we have your permission to merge a@example.com into b@example.com?", consent15, into15b},
		{"Please reply \"I agree\" to confirm the merge of a@example.com into b@example.com.", consent15, into15b},
		{"a@example.com を b@example.com に統合いたします。ご同意いただける場合は、本メールにご返信ください。",
			consent15, into15b},
		{"Before we merge a@example.com into b@example.com, we need your consent. Please reply to confirm.",
			consent15, into15b},
	})
}

// TestAdversary15ReplyWordAndTheDesksPart: a YES asked, then the desk's own
// merge of the accounts told after it ("Just reply YES and I'll merge a@…
// into b@…"), and the word to reply with asked as a reply to this mail or
// by replying ("… reply CONFIRM to this email", "let us know by replying
// CONFIRM"), under the reader's being happy to go on. Not a merge after a
// condition, of other things, negated, or another's reply; not a condition
// of another thing, someone else content, a condition negated or unreal.
func TestAdversary15ReplyWordAndTheDesksPart(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Just reply YES and I'll merge a@example.com into b@example.com.", consent15, into15b},
		{"Reply YES and I will merge your accounts.", consent15, nil},
		{"We can merge a@example.com into b@example.com. If you're happy to proceed, simply reply CONFIRM to " +
			"this email.", consent15, into15b},
		{"If you're happy to proceed, let us know by replying CONFIRM.", consent15, nil},
		{"If you're happy to proceed, simply reply CONFIRM to this email. If not, reply STOP.", consent15, nil},
		// Near misses.
		{"Just reply YES and I'll merge a@example.com into b@example.com once your ID is verified.", other15, nil},
		{"Just reply YES and I'll merge the two support cases.", other15, nil},
		{"Reply YES and we can merge both.", other15, nil}, // both of what? fail closed
		{"Reply YES and we will not merge a@example.com into b@example.com.", other15, nil},
		{"Reply YES and we'll merge them after your exam on the 12th.", other15, nil},
		{"Reply YES and I'll merge a@example.com into b@example.com, but only after your manager approves.",
			other15, nil},
		{"Your manager should reply YES and we'll merge a@example.com into b@example.com.", other15, nil},
		{"If you're happy with the survey, reply CONFIRM to this email.", other15, nil},
		{"If your manager is happy to proceed, reply CONFIRM to this email.", other15, nil},
		{"If you're happy to proceed, let us know by replying CONFIRM to the survey.", other15, nil},
		{"If you're happy to proceed, let us know by replying CONFIRM once the accounts are verified.",
			other15, nil},
		{"Thanks for replying CONFIRM.", other15, nil},
		{"If you're not happy to proceed, reply CONFIRM to this email.", other15, nil},
		{"If you were happy to proceed, you'd reply CONFIRM to this email.", other15, nil},
		{"About the merge: reply OK and we will proceed with sending the survey.", other15, nil},
	})
}

// TestAdversary15SecondRound: the second round of probes against the same
// families, read right once the fixes above were in (and kept so): the
// need of the OK beside other asks, a happy-to-proceed beside other asks,
// reassurances, receipts first, Japanese tenses of agreeing and the target
// named first, fields, and sentences wrapped.
func TestAdversary15SecondRound(t *testing.T) {
	checkProbes15(t, []probe15{
		{"As agreed on the phone, please reply to confirm you agree to merge a@example.com into b@example.com.",
			consent15, into15b},
		{"We agreed with your manager that the merge can go ahead. Please reply to confirm you agree to merge " +
			"a@example.com into b@example.com.", consent15, into15b},
		{"I can merge them but need your ok first. Also pls send your candidate ID.", consent15, nil},
		{"I can merge them but need your go-ahead first, and then I'll close the duplicate case.", consent15, nil},
		{"We need your OK first before we go ahead with the merge.", consent15, nil},
		{"We will need your OK first; I'll then merge a@example.com into b@example.com.", consent15, into15b},
		{"I can merge them but I need your ok first, as the old login will stop working.", consent15, nil},
		{"I can do the merge but need your OK first. My colleague will handle the badges.", consent15, nil},
		{"I've merged them, no need for your OK after all.", completed15, nil},
		{"I can merge them, I just need your manager's OK first and then yours.", other15, nil},
		{"If you're happy to proceed, reply CONFIRM. If you'd rather keep both accounts, reply KEEP.",
			consent15, nil},
		{"If you're happy to proceed, reply with CONFIRM and your candidate ID.", other15, nil},
		{"If you're happy to proceed with the merge as described, reply CONFIRM.", consent15, nil},
		{"If you're happy for a@example.com to be merged into b@example.com, reply CONFIRM.", consent15, into15b},
		{"If you are happy that the details above are correct, reply CONFIRM.", other15, nil},
		{"If you're happy to proceed, your manager should reply CONFIRM.", other15, nil},
		{"If you're happy to proceed, reply CONFIRM, and we'll merge b@example.com into a@example.com.",
			consent15, into15a},
		{"If you were happy with our service, please reply CONFIRM to close the case.", other15, nil},
		{"If you're happy to proceed with the account deletion, reply CONFIRM.", other15, nil},
		{"If you're happy for us to close your case, reply CONFIRM.", other15, nil},
		{"Are you happy for us to close this case now that the merge is done? Reply YES.", other15, nil},
		{"Merging won't cancel your booking, and we don't need anything else from you.", other15, nil},
		{"Merging won't cancel your booking. We have merged your accounts.", completed15, nil},
		{"Merging won't cancel your booking. Your accounts have not been merged.", other15, nil},
		{"The merge won't affect your booking; it hasn't been done yet.", other15, nil},
		{"The merge will not change your candidate ID. Please reply to confirm you agree to merge a@example.com " +
			"into b@example.com.", consent15, into15b},
		{"The merge will not change your candidate ID. Your manager must reply to confirm the merge.", other15, nil},
		{"This won't affect your badges, but we can't merge accounts in different names.", other15, nil},
		{"ご同意を頂戴してから作業を開始いたします。", other15, nil},
		{"ご同意を頂戴してから作業を開始いたしました。", other15, nil},
		{"ご同意を頂戴しましたので、作業を開始いたします。", other15, nil},
		{"前回ご同意を頂戴してから作業を開始いたしましたが、エラーにより中断しております。", other15, nil},
		{"統合作業は、ご上長様のご同意を頂戴してから開始いたします。ご上長様へお伝えください。", other15, nil},
		{"統合作業はご同意を頂戴してから開始いたします。統合に同意いただける場合は「同意します」とご返信ください。",
			consent15, nil},
		{"お客様のご同意を頂戴してから統合作業を開始いたしますので、ポータルより承認をお願いいたします。", other15, nil},
		{"統合は完了いたしました。ご同意を頂戴してから作業を開始いたしましたので、ご安心ください。", completed15, nil},
		{"a@example.com を b@example.com に統合することに同意されますか。", consent15, into15b},
		{"a@example.com を b@example.com に統合することに同意されましたか。", other15, nil},
		{"b@example.com に a@example.com を統合することにご同意いただけますか。", consent15, into15b},
		{"b@example.com に a@example.com を統合いたしました。", completed15, nil},
		{"a@example.com に統合する前に、b@example.com のバッジを確認してよろしいでしょうか。", other15, nil},
		{"b@example.com に、a@example.com からの通知を転送してもよろしいでしょうか。統合についてご同意いただけますか。",
			consent15, nil},
		{"Account to keep: b@example.com\nAccount to merge: a@example.com\n\nWe cannot merge these because they " +
			"are in different names.", other15, nil},
		{"We will merge a@example.com into b@example.com.\nWait, correction: we will merge b@example.com into " +
			"a@example.com. Please reply to confirm.", other15, nil},
		{"Please reply to confirm that you want us to merge the account\nregistered to b@example.com\ninto " +
			"a@example.com.", consent15, into15a},
		{"Please reply to confirm you agree to the merge.\n\nMerging into: a@example.com\nMerging from: " +
			"b@example.com", consent15, nil},
		{"Please reply to confirm you agree to the merge.\n\nTo account: a@example.com\nFrom account: " +
			"b@example.com", consent15, into15a},
		{"Please reply to confirm you agree to the merge of b@example.com with a@example.com, keeping " +
			"a@example.com.", consent15, nil},
		{"Please reply to confirm you agree to merge both into a@example.com.", consent15, into15a},
		{"Please reply to confirm you agree. You will then sign in with a@example.com from now on.",
			consent15, into15a},
	})
}

// TestAdversary15WholeMails: whole desk mails (a greeting, a macro's
// fields, a reminder's note, a signature), in English and in 丁寧語: a survey
// or another thing agreed to before a bare "if you agree", a completion
// only checked (完了したかどうか), the accounts told unchanged, a report asked
// for once the merge is done, and the accounts named in brackets.
func TestAdversary15WholeMails(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Thank you for contacting AWS Training and Certification.\n\nWe have located both profiles:\n\n  Account " +
			"to be retained: b@example.com\n  Account to be closed: a@example.com\n\nBefore we proceed, we would " +
			"like to kindly ask you to confirm that all of your exam appointments are completed. Once we hear " +
			"back, our team will send you a separate consent request.\n\nBest regards,\nAWS T&C Support",
			other15, nil},
		{"Thanks for your patience. Your manager, Ms. Sato, contacted us yesterday and is happy to proceed " +
			"with the merge.\n\nWe just need her to reply CONFIRM from her corporate address.\n\nKind regards",
			other15, nil},
		{"This is a reminder that we are still waiting for your confirmation. If you're happy to proceed, reply " +
			"CONFIRM.\n\nIf we don't hear back within 7 days we will close the case.", consent15, nil},
		{"The merge of a@example.com into b@example.com is complete. If you're happy with the result, reply " +
			"CONFIRM so that we can close the case.", completed15, nil},
		{"The merge request you submitted is complete. Our team will begin processing it shortly.", other15, nil},
		{"We have completed all the checks needed for the merge. Please reply to confirm you agree to merge " +
			"a@example.com into b@example.com.", consent15, into15b},
		{"Step 1 of 2 complete: your identity has been verified. Step 2: please reply to confirm you agree to " +
			"merge a@example.com into b@example.com.", consent15, into15b},
		{"Your certification history has been copied to b@example.com for review. The merge itself has not " +
			"been done.", other15, nil},
		{"Good news! Your accounts are now linked. You can sign in with either address.", other15, nil},
		{"We have merged the duplicate profile records in our system. Your certification accounts " +
			"a@example.com and b@example.com are unchanged.", other15, nil},
		{"All set! The merge is done, except that your Credly badges need to be re-accepted.", other15, nil},
		{"Your accounts were merged successfully last week, as you can see in our earlier email. " +
			"Unfortunately the merge has now been reversed at your employer's request.", other15, nil},
		{"We've had a look and a merge isn't actually needed: both certifications already show under " +
			"b@example.com.", other15, nil},
		{"The merge has been completed? No. We're still waiting on the certification team.", other15, nil},
		{"I can confirm the merge has been completed.", completed15, nil},
		{"I can't confirm the merge has been completed yet.", other15, nil},
		{"I'm unable to confirm whether the merge has been completed.", other15, nil},
		{"We'll confirm once the merge has been completed.", other15, nil},
		{"Please confirm once the merge has been completed on your side.", other15, nil},
		{"Please let us know when the merged account shows all your exams.", other15, nil},
		{"We are pleased to confirm that the merge has been completed.", completed15, nil},
		{"We are not yet able to confirm that the merge has been completed.", other15, nil},
		{"It looks like the merge has been completed, but I'd like to double-check with you: can you see all " +
			"your certifications under b@example.com?", other15, nil},
		{"You should soon see your certifications under b@example.com.", other15, nil},
		{"アカウント統合の件、承知いたしました。統合後のアカウント（b@example.com）で今後サインインいただくことになりますが、" +
			"よろしいでしょうか。\n\nご確認のほど、よろしくお願いいたします。", other15, nil},
		{"統合を進める前に、上長様のご承認が必要となります。上長様よりご承認いただけましたら、お手数ですがその旨ご返信ください。",
			other15, nil},
		{"統合を進めるにあたり、お客様ご本人のご承認が必要となります。ご承認いただける場合は、その旨ご返信ください。",
			consent15, nil},
		{"統合に関するアンケートへのご協力をお願いいたします。ご同意いただける場合は「はい」とご返信ください。", other15, nil},
		{"個人情報の取り扱いに同意いただける場合は、その旨ご返信ください。同意をいただけましたら、統合作業を進めます。",
			other15, nil},
		{"お手数ですが、統合元のアカウントが a@example.com であることをご確認いただけますでしょうか。", other15, nil},
		{"統合元のアカウント（a@example.com）を統合先のアカウント（b@example.com）へ統合することについて、" +
			"ご承諾いただけますでしょうか。", consent15, into15b},
		{"統合先のアカウント（b@example.com）へ、統合元のアカウント（a@example.com）を統合することについて、" +
			"ご承諾いただけますでしょうか。", consent15, into15b},
		{"統合元：b@example.com\n統合先：a@example.com\n\n上記の内容で相違ございませんでしょうか。相違がなければ、" +
			"統合にご同意いただける旨ご返信ください。", consent15, into15a},
		{"統合作業は完了の予定でございましたが、システム障害により延期となりました。", other15, nil},
		{"統合作業が完了したことを確認いたしました。", completed15, nil},
		{"統合作業が完了したかどうかを確認いたしました。結果は追ってご連絡いたします。", other15, nil},
		{"統合作業が完了したか否か、現在確認しております。", other15, nil},
		{"Quick one: is it OK if your manager merges a@example.com into b@example.com himself? Just need a yes.",
			other15, nil},
		{"Quick one: OK to close the old case? Just need a yes.", other15, nil},
		{"Any objection to us merging a@example.com into b@example.com? If we don't hear from you, we'll go " +
			"ahead on Friday.", other15, nil},
		// Near misses that stay what they are.
		{"Please answer our short survey. Separately, please reply to confirm you agree to merge a@example.com " +
			"into b@example.com.", consent15, into15b},
		{"アンケートへのご協力をお願いいたします。\n\n統合にご同意いただける場合は、「同意します」とご返信ください。",
			consent15, nil},
		{"The merge is complete and your candidate ID stays the same.", completed15, nil},
		{"Please confirm that you agree to the merge once you have read the notes below.", consent15, nil},
	})
}

// TestAdversary15DeskWouldAskYourAgreement: the desk's wish to ask the
// reader to confirm their agreement ("We would like to kindly ask you to
// confirm that you are happy for us to merge …", "We'd like to ask you to
// reply confirming the merge of your two profiles"), and a confirmation by
// reply of being happy to go on ("If you're happy to proceed, please
// confirm by replying to this email"), ask the consent (read as aws_other
// at main, seen failing). Not another thing, another's content or act, the
// past, later, a thing seen, a condition of another or negated, nor quoted.
func TestAdversary15DeskWouldAskYourAgreement(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We would like to kindly ask you to confirm that you are happy for us to merge a@example.com into " +
			"b@example.com.", consent15, into15b},
		{"We'd like to ask you to reply confirming the merge of your two profiles.", consent15, nil},
		{"If you're happy to proceed, please confirm by replying to this email.", consent15, nil},
		// Near misses.
		{"We would like to kindly ask you to confirm that you are happy for your manager to approve the merge.",
			other15, nil},
		{"We would like to kindly ask you to confirm that you are happy for us to close the case.", other15, nil},
		{"We would like to kindly ask you to confirm that your manager is happy for us to merge a@example.com " +
			"into b@example.com.", other15, nil},
		{"We would like to kindly ask you to confirm that you were happy with the merge.", other15, nil},
		{"We would like to kindly ask you to confirm that you are happy for us to merge a@example.com into " +
			"b@example.com once your exam is over.", other15, nil},
		{"We'd like to ask you to reply confirming the merge of your two exam bookings.", other15, nil},
		{"We'd like to ask your manager to reply confirming the merge of your two profiles.", other15, nil},
		{"We'd like to ask you to reply confirming the merge of your two profiles has shown up.", other15, nil},
		{"We'd like to ask you to reply confirming you received the merge notice.", other15, nil},
		{"If your manager is happy to proceed, please confirm by replying to this email.", other15, nil},
		{"If you're happy with the survey, please confirm by replying to this email.", other15, nil},
		{"If you're happy to proceed, please confirm by replying to this email once your exam is over.",
			other15, nil},
		{"If you're not happy to proceed, please confirm by replying to this email.", other15, nil},
		{"Thanks, noted.\n\nOn 1 Dec 2026, at 09:12, AWS Support <desk@amazon.com> wrote:\n\n> We'd like to ask " +
			"you to reply confirming the merge of your two profiles.", other15, nil},
		{"Thanks, noted.\n\n--- Original message ---\nFrom: AWS Support <desk@amazon.com>\nDate: 1 Dec 2026\n\n" +
			"If you're happy to proceed, reply CONFIRM.", other15, nil},
		{"Thanks, noted.\n\n2026/12/01 9:12、AWS Support <desk@amazon.com> のメール:\n\n> 統合にご同意いただける場合は、" +
			"「同意します」とご返信ください。", other15, nil},
		{"We're still looking into this.\n\n-----Original Message-----\nFrom: Taro <taro@example.com>\nSent: " +
			"Monday\nSubject: merge\n\nI agree to the merge. Please merge a@example.com into b@example.com.",
			other15, nil},
		{"Merging is done: a@example.com into b@example.com.\n\n> Please reply to confirm you agree.",
			completed15, nil},
		{"We can't see a reply from you yet.\n\n> If you're happy to proceed, reply CONFIRM.\n\nPlease reply to " +
			"the message above.", other15, nil},
	})
}

// TestAdversary15CompletionsOfAnotherKind: a merge told done of a request
// into a case ("Your request to merge the accounts has been merged with case
// 7654321"), for a different candidate, or on a trial basis reports no
// merge of the reader's accounts (three false completions at main, seen
// failing); beside them the merges held back, undone, hedged, asked about
// or of the desk's own things that were read right, and real completions.
func TestAdversary15CompletionsOfAnotherKind(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Your request to merge the accounts has been merged with case 7654321.", other15, nil},
		{"The merge was completed for a different candidate with a similar name; your accounts are unaffected.",
			other15, nil},
		{"Your accounts have been merged on a trial basis for 7 days.", other15, nil},
		{"We've merged your request with the existing one, so you'll hear from us on case 7654321.", other15, nil},
		{"Your two accounts were merged in our records by mistake; we have now separated them again.",
			other15, nil},
		{"We completed the merge form on your behalf. The certification team will process it.", other15, nil},
		{"Your colleague's accounts have been merged. Yours are next.", other15, nil},
		{"The test merge on our staging system completed successfully. We'll run the real one next week.",
			other15, nil},
		{"We've merged the accounts in the new portal view only; the underlying records will follow.",
			other15, nil},
		{"Your accounts have been merged, just kidding, not yet! We're waiting for the team.", other15, nil},
		{"Your accounts have been merged, pending a final check by our team.", other15, nil},
		{"Your accounts have been merged, subject to verification.", other15, nil},
		{"Your accounts have been provisionally merged.", other15, nil},
		{"Your accounts have been marked as merged in the ticket, but the actual merge is still pending.",
			other15, nil},
		{"Your ticket status is now \"Merged\".", other15, nil},
		{"Status: Merge completed\nNote: this status is set automatically when the request is accepted; the " +
			"merge itself takes 5 days.", other15, nil},
		{"We have finished reviewing your merge. It will be done on Friday.", other15, nil},
		{"Everything is merged except your exam history and badges.", other15, nil},
		{"Only your badges have been merged so far.", other15, nil},
		{"We have merged a@example.com into b@example.com. Unfortunately the merge was rolled back an hour later " +
			"due to a system error.", other15, nil},
		{"We have merged a@example.com into b@example.com? Please let us know if you can't see it.", other15, nil},
		{"Could you tell us whether we have merged a@example.com into b@example.com?", other15, nil},
		{"If we have merged a@example.com into b@example.com by mistake, please let us know.", other15, nil},
		{"We had merged a@example.com into b@example.com, but we had to undo it.", other15, nil},
		{"Our system says the merge has been completed, but we're seeing errors, so please don't rely on it yet.",
			other15, nil},
		{"統合は完了いたしましたが、念のため確認中でございます。", other15, nil},
		{"統合が完了いたしましたと申し上げましたが、誤りでございました。", other15, nil},
		{"統合は完了したものと思われますが、現在確認中です。", other15, nil},
		{"統合は完了しているはずですが、念のためご確認ください。", other15, nil},
		{"統合作業は完了しておりますでしょうか。", other15, nil},
		{"重複したケースの統合が完了いたしました。", other15, nil},
		{"お問い合わせ内容の統合が完了いたしました。", other15, nil},
		{"統合申請の受付が完了いたしました。", other15, nil},
		{"統合のご準備が整いました。", other15, nil},
		{"統合処理が途中で停止しております。", other15, nil},
		// What is done.
		{"The merge is complete. (Please ignore this message if you did not request a merge.)", completed15, nil},
		{"アカウントの統合は、すでに完了しております。", completed15, nil},
		{"統合はすべて完了いたしました。バッジについても移行済みです。", completed15, nil},
		{"Your accounts have been merged into b@example.com, as requested in case 7654321.", completed15, nil},
	})
}

// TestAdversary15TheDesksNewerReadings: probes of the readings widened
// while this review ran (a YES after the merge the desk will do, a merge
// announced done in a courtesy, the reader's wish told back with a tag, a
// statement to write back, where what the merge moves goes). Read wrong at
// main, seen failing: no reply needed after "if that's fine" (an opt-out),
// a YES for a survey, and a wish for a merge next month.
func TestAdversary15TheDesksNewerReadings(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We will merge a@example.com into b@example.com. If that's fine with you, there's no need to reply.",
			other15, nil},
		{"We will merge a@example.com into b@example.com. If that's fine with you, reply YES and we'll send " +
			"you our survey.", other15, nil},
		{"Just to double-check before I action this: you'd like everything on a@example.com moved across to " +
			"b@example.com next month, correct?", other15, nil},
		{"Just to double-check: you'd like everything on a@example.com moved across to b@example.com " +
			"tomorrow, correct?", other15, nil},
		// Read right, and kept so.
		{"We will merge a@example.com into b@example.com. If that's fine with you, reply YES.", consent15, into15b},
		{"We will merge b@example.com into a@example.com. If that's fine with you, reply YES.", consent15, into15a},
		{"We will merge a@example.com into b@example.com once your exam is over. If that's fine with you, reply " +
			"YES.", other15, nil},
		{"We will merge your two support cases. If that's fine with you, reply YES.", other15, nil},
		{"We will merge a@example.com into b@example.com. If that's not fine with you, reply NO.", other15, nil},
		{"We merged a@example.com into b@example.com. If that's fine with you, reply YES.", completed15, nil},
		{"We will merge a@example.com into b@example.com. Let us know if that's not fine.", other15, nil},
		{"We will merge a@example.com into b@example.com. Let us know if you have any questions.", other15, nil},
		{"We will merge a@example.com into b@example.com unless you object. Let us know if that's fine.",
			other15, nil},
		{"Your manager asked that we merge a@example.com into b@example.com. If that's fine with him, he can " +
			"reply YES.", other15, nil},
		{"We will merge a@example.com into b@example.com. If that's fine with your manager, reply YES.",
			other15, nil},
		{"We will not merge a@example.com into b@example.com. If that's fine with you, reply YES.", other15, nil},
		{"a@example.com を b@example.com に統合いたします。よろしければ「はい」とご返信ください。", consent15, into15b},
		{"a@example.com を b@example.com に統合いたしません。よろしければ「はい」とご返信ください。", other15, nil},
		{"a@example.com を b@example.com に統合いたしました。よろしければ「はい」とご返信ください。", completed15, nil},
		{"a@example.com を b@example.com に統合いたします。よろしければ、アンケートに「はい」とご回答ください。",
			other15, nil},
		{"We would like to inform you that the merging of your accounts will be finished tomorrow.", other15, nil},
		{"We would like to inform you when the merging of your accounts has been finished.", other15, nil},
		{"We would like to be able to inform you that the merging of your accounts has been finished, but " +
			"there has been a delay.", other15, nil},
		{"We would like to inform you that the merging of your support cases has been finished.", other15, nil},
		{"We would like to inform you that the merging of your accounts has been finished.", completed15, nil},
		{"Done - accounts merged as requested? Not yet, sorry.", other15, nil},
		{"Not done - accounts not merged yet.", other15, nil},
		{"Done - cases merged as requested.", other15, nil},
		{"I just finished combining your two support cases.", other15, nil},
		{"I've almost finished combining your two profiles.", other15, nil},
		{"I just finished reviewing your two profiles; the merge itself is next.", other15, nil},
		{"I just finished combining your two profiles.", completed15, nil},
		{"Just to double-check before I action this: your manager would like everything on a@example.com moved " +
			"across to b@example.com, correct?", other15, nil},
		{"Just to double-check before I action this: you'd like your exam booking moved to next week, correct?",
			other15, nil},
		{"Just to double-check before I action this: you'd like everything on b@example.com moved across to " +
			"a@example.com, correct?", consent15, into15a},
		{"Just to double-check: you wouldn't like everything on a@example.com moved across to b@example.com, " +
			"correct?", other15, nil},
		{"Just to double-check: you'd like everything on a@example.com moved across to b@example.com, correct? " +
			"If so, please wait for our next email before replying.", other15, nil},
		{"Please reply to this email with the following statement, completed with your details:\n\n\"I, " +
			"[manager name], as the manager of [employee name], authorize AWS to merge a@example.com into " +
			"b@example.com.\"", other15, nil},
		{"Please have your manager reply to this email with the following statement:\n\n\"I, [your full name], " +
			"authorize AWS to merge a@example.com into b@example.com.\"", other15, nil},
		{"Please reply to this email with the following statement, completed with your details:\n\n\"I, [your " +
			"full name], authorize AWS to merge b@example.com into a@example.com.\"", consent15, into15a},
		{"Please reply to this email with the following statement, completed with your details:\n\n\"I, [your " +
			"full name], authorize AWS to keep my ID on file and to merge my accounts later if needed.\"",
			other15, nil},
		{"Please do not reply with the following statement until your ID has been verified:\n\n\"I, [your full " +
			"name], authorize AWS to merge a@example.com into b@example.com.\"", other15, nil},
		{"Please confirm that your accounts have been merged on your side.", other15, nil},
		{"The appointment simply moves with the rest of the record to a@example.com. Please reply to confirm " +
			"you agree to the merge.", consent15, into15a},
		{"Your badges don't carry over to a@example.com; everything else moves to b@example.com. Please reply " +
			"to confirm you agree to the merge.", other15, nil},
	})
}

// TestAdversary15ReassuranceInJapaneseAndTheTerseNeed: what the merge will
// not harm told in Japanese (…キャンセルされることはございません, 影響はございません)
// reassures as in English, so the consent beside it stands; and the need of
// the reader's OK after a comma ("Can merge them today, just need your OK
// first") asks it (aws_other at main, seen failing). Not the merge itself
// not done, a refusal beside it, another's OK, a detail, an OK on another
// thing, an OK told not needed or given.
func TestAdversary15ReassuranceInJapaneseAndTheTerseNeed(t *testing.T) {
	checkProbes15(t, []probe15{
		{"統合によって受験予約がキャンセルされることはございません。統合に同意いただける場合はご返信ください。",
			consent15, nil},
		{"統合による認定資格への影響はございません。a@example.com を b@example.com に統合することにご同意いただけますでしょうか。",
			consent15, into15b},
		{"Can merge them today, just need your OK first.", consent15, nil},
		{"Happy to merge these for you, just need your ok first!", consent15, nil},
		// Near misses.
		{"統合によって受験予約がキャンセルされることはございませんが、統合は実施できませんでした。", other15, nil},
		{"統合は実施されることはございません。統合に同意いただける場合はご返信ください。", other15, nil},
		{"統合作業は完了しておりません。受験予約がキャンセルされることはございません。", other15, nil},
		{"統合作業がキャンセルされることはございません。統合作業は完了いたしました。", completed15, nil},
		{"Can merge them today, just need your manager's OK first.", other15, nil},
		{"Can merge them today, just need your ID first.", other15, nil},
		{"Can merge them today, just need your OK first on the display name.", other15, nil},
		{"Merged them today, didn't need your OK after all.", other15, nil},
		{"Can merge them today, just needed your OK, which you gave.", other15, nil},
	})
}

// TestAdversary15WhatTheYesGoesOnWith: a YES after "and we will merge
// them" where "them" may be the support cases, bookings or badges the mail
// told of (false consents once the desk's merge after a YES was read, seen
// failing); a desk that will then close the case without merging; whether
// another wants it; and a choice of the way round. All aws_other (the last
// three false consents at main, seen failing).
func TestAdversary15WhatTheYesGoesOnWith(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We found two duplicate support cases for you. Reply YES and we will merge them.", other15, nil},
		{"You have two exam bookings on the same day. Reply YES and we will merge both.", other15, nil},
		{"Your two Credly badges are duplicates. Just reply YES and I'll merge them.", other15, nil},
		{"If you're happy to proceed, reply CONFIRM.\n\nWe will then close your support case without merging.",
			other15, nil},
		{"If you're happy to proceed, please confirm by replying to this email.\n\nWe will then close your " +
			"support case without merging.", other15, nil},
		{"ご同意いただける場合は、その旨ご返信ください。ご返信をいただきましたら、統合を行わずに本ケースをクローズいたします。",
			other15, nil},
		{"Let us know if your manager would like us to go ahead with the merge.", other15, nil},
		{"Would you like us to merge a@example.com into b@example.com, or b@example.com into a@example.com? Reply " +
			"with the one you prefer.", other15, nil},
		{"Please reply to confirm that you agree to merge a@example.com into b@example.com, or the other way " +
			"round if you prefer.", other15, nil},
		// Read right, and kept so.
		{"Please answer our short survey. If you agree, reply YES.", other15, nil},
		{"Please answer our short survey.\n\nSeparately: if you agree to the merge of a@example.com into " +
			"b@example.com, reply YES.", consent15, into15b},
		{"We would like to kindly ask you to confirm that you agree to the merge. Your manager has already " +
			"agreed.", consent15, nil},
		{"Account to keep: b@example.com (not a@example.com)\n\nPlease reply to confirm the merge.",
			consent15, []string{"b@example.com", "a@example.com"}},
		{"Please reply CONFIRM to merge a@example.com into b@example.com. Please note you cannot sign in with " +
			"a@example.com afterwards.", consent15, into15b},
		{"We can't merge a@example.com into b@example.com as requested, but we can merge b@example.com into " +
			"a@example.com. Reply YES if that works.", other15, nil},
		{"Do you still want us to merge a@example.com into b@example.com?", consent15, into15b},
		{"Please let us know if you still want the merge; if we don't hear back, we'll close the case.",
			other15, nil},
		{"Please let us know if you no longer want the merge.", other15, nil},
		{"Let us know if you'd like us to go ahead with the merge.", consent15, nil},
		{"Let us know if you'd like us to go ahead with the refund.", other15, nil},
	})
}

// TestAdversary15ThreadsPastedAndSummaries: a thread pasted under an
// attribution with no quote marks ("AWS Support wrote on Monday:") is the
// earlier mail, not now (a false completion at main, seen failing); beside
// it the quoting, the headers, the summaries and status fields that were
// read right.
func TestAdversary15ThreadsPastedAndSummaries(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We're checking.\n\nAWS Support wrote on Monday:\nYour accounts have been merged.", other15, nil},
		{"We're checking.\n\nOn Monday, AWS Support wrote:\nPlease reply to confirm you agree to merge " +
			"a@example.com into b@example.com.", other15, nil},
		// Read right, and kept so.
		{"確認いたします。\n\n＞ 統合にご同意いただけますでしょうか。\n＞ ご同意いただける場合は「同意します」とご返信ください。",
			other15, nil},
		{"確認中です。\n\n-----Original Message-----\n差出人: AWS Support <desk@amazon.com>\n件名: 統合\n\n統合が完了いたしました。",
			other15, nil},
		{"確認中です。\n\n-------- 元のメッセージ --------\n送信元: AWS Support <desk@amazon.com>\n\n統合が完了いたしました。",
			other15, nil},
		{"We're checking.\n\n*From:* AWS Support <desk@amazon.com>\n*Sent:* Monday\n*Subject:* merge\n\nYour " +
			"accounts have been merged.", other15, nil},
		{"Still checking.\n\nPrevious message:\nPlease reply to confirm you agree to merge a@example.com into " +
			"b@example.com.", other15, nil},
		{"Still checking. Our previous message read: \"Please reply to confirm you agree to merge a@example.com " +
			"into b@example.com.\"", other15, nil},
		{"Following up on my last email, where I said your accounts have been merged: that was premature.",
			other15, nil},
		{"Following up on my last email: your accounts have been merged.", completed15, nil},
		{"To summarise our call: you agreed to the merge, and we have now merged a@example.com into " +
			"b@example.com.", completed15, nil},
		{"To summarise our call: you agreed to the merge, and we will merge a@example.com into b@example.com " +
			"tonight.", other15, nil},
		{"Summary of your request: merge a@example.com into b@example.com. Status: awaiting your confirmation.",
			other15, nil},
		{"Request: merge a@example.com into b@example.com\nStatus: Not started\nNext step: none", other15, nil},
		{"Request: merge a@example.com into b@example.com\nStatus: Completed (pending badge transfer)", other15, nil},
		{"件名: アカウント統合\nステータス: 未完了\n\n上記のケースはクローズされました。", other15, nil},
	})
}

// TestAdversary15JapaneseAsksOfAnotherKind: whether the reader saw the mail
// that asks the consent (先日お送りした統合の同意依頼メールはご覧いただけましたでしょうか)
// is a fact asked (a false consent at main, seen failing); beside it the
// asks of another, the opt-outs, the asks to come and the real asks, read
// right and kept.
func TestAdversary15JapaneseAsksOfAnotherKind(t *testing.T) {
	checkProbes15(t, []probe15{
		{"先日お送りした統合の同意依頼メールはご覧いただけましたでしょうか。", other15, nil},
		{"統合のご同意のお願いのメールは届いておりますでしょうか。", other15, nil},
		// Read right, and kept so.
		{"恐れ入りますが、統合にあたり、ご本人様確認のため生年月日をお知らせいただけますでしょうか。あわせて、" +
			"統合へのご同意をいただけますでしょうか。", consent15, nil},
		{"恐れ入りますが、統合にあたり、ご上長様のご同意もいただけますでしょうか。", other15, nil},
		{"恐れ入りますが、統合にあたり、ご上長様からもご同意をいただけますでしょうか。", other15, nil},
		{"ご家族様のアカウントとの統合はできかねます。ご自身のアカウント同士の統合にご同意いただける場合は、その旨ご返信ください。",
			other15, nil},
		{"統合にご同意いただけるかどうか、社内でご確認のうえご連絡ください。", other15, nil},
		{"統合の同意依頼を改めてお送りいたします。", other15, nil},
		{"統合の同意依頼を改めてお送りいたします。統合にご同意いただける場合は、本メールへご返信ください。",
			consent15, nil},
		{"本メールは、統合へのご同意をお願いするものではございません。", other15, nil},
		{"本メールへのご返信は不要です。統合は予定どおり実施いたします。", other15, nil},
		{"統合に同意しない場合のみ、ご返信ください。", other15, nil},
		{"統合に同意される場合は何もしていただく必要はございません。", other15, nil},
		{"統合に同意されない場合は、本メールにて「同意しません」とご返信ください。", other15, nil},
		{"統合をご希望の場合は、下記リンクよりお手続きください。", other15, nil},
		{"統合をご希望の場合は、本メールにご返信ください。", consent15, nil},
		{"統合をご希望でない場合は、本メールにご返信ください。", other15, nil},
		{"Please reply only if you do NOT agree to the merge.", other15, nil},
		{"If you agree to the merge, you don't need to do anything.", other15, nil},
		{"If you object to the merge, please reply within 5 days.", other15, nil},
		{"Please reply within 5 days if you agree to the merge.", consent15, nil},
	})
}

// TestAdversary15WordsQuotedAndOptions: another's words quoted, the desk's
// template or subject quoted and called wrong, and the words to reply with
// offered as options or for another purpose: read right at main, kept.
func TestAdversary15WordsQuotedAndOptions(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We can merge a@example.com with b@example.com. Please reply to support@amazon.com to confirm.",
			other15, nil},
		{"Your manager wrote to us: \"I agree to the merge of a@example.com into b@example.com.\" We now need " +
			"your own agreement: please reply to confirm.", consent15, into15b},
		{"Your manager wrote to us: \"I agree to the merge of a@example.com into b@example.com.\"", other15, nil},
		{"Our template says \"Your accounts have been merged\", but in your case the merge is still pending.",
			other15, nil},
		{"The subject line \"Merge completed\" was a mistake; the merge is still in progress.", other15, nil},
		{"You'll get an email saying \"Your accounts have been merged\" once it's done.", other15, nil},
		{"Please reply \"I agree\" only after you have spoken to your manager.", other15, nil},
		{"Please reply \"I agree\" to confirm the merge, or \"I disagree\" to cancel it.", consent15, nil},
		{"If you'd like to proceed, reply \"YES\"; otherwise reply \"NO\".", other15, nil},
		{"Reply STOP to stop receiving these emails.", other15, nil},
		{"Reply HELP for more information about the merge.", other15, nil},
		{"Reply CONFIRM to confirm your email address for the merge.", other15, nil},
	})
}

// TestAdversary15LeaveToMoveAndOKWithWhom: probes of the readings widened
// last (leave asked to move the certifications, the desk's wish to ask
// narrowed, the merge told fine with someone in a role, 'went through' a
// check). Read wrong at main, seen failing: leave to move the badges alone
// (a@… のバッジを b@… へ移行してよろしいでしょうか) is no consent to the merge, and
// the merge OK "with you and your manager" asks another's agreement too.
func TestAdversary15LeaveToMoveAndOKWithWhom(t *testing.T) {
	checkProbes15(t, []probe15{
		{"a@example.com のバッジを b@example.com へ移行してよろしいでしょうか。", other15, nil},
		{"Please confirm the merge is OK with you and your manager.", other15, nil},
		// Read right, and kept so.
		{"a@example.com を b@example.com に統合して問題ございませんでしょうか。", consent15, into15b},
		{"a@example.com を b@example.com に統合して問題ございませんでしたでしょうか。", other15, nil},
		{"統合して問題ございませんでしたか。", other15, nil},
		{"a@example.com の資格情報を b@example.com へ移行してよろしいでしょうか。", consent15, into15b},
		{"a@example.com の資格情報を b@example.com へ移行してよろしいでしょうか。ご上長様にご確認のうえ、ご上長様よりご返信ください。",
			other15, nil},
		{"b@example.com の資格情報を a@example.com へ移行してよろしいでしょうか。", consent15, into15a},
		{"a@example.com の受験予約を b@example.com へ移行してよろしいでしょうか。", other15, nil},
		{"統合後に問題がございませんでしたら、その旨ご返信ください。", other15, nil},
		{"統合に問題がございましたら、ご返信ください。", other15, nil},
		{"統合を進めても差し支えないか、ご上長様にご確認いただけますでしょうか。", other15, nil},
		{"We'd like you to know that the merge can't be undone. Please reply to confirm you agree.", consent15, nil},
		{"We'd like you to know that the merge can't be undone.", other15, nil},
		{"We'd like you to confirm the merge is OK with your manager.", other15, nil},
		{"We'd like you to confirm the merge is OK with you.", consent15, nil},
		{"The merge went through our checks and is scheduled for Friday.", other15, nil},
		{"The merge went through overnight.", completed15, nil},
	})
}

// TestAdversary15ConsentOfANamedOther: the reader asked to answer in a
// named other's role ("as Kenji's manager"), or together with another
// ("both you and your manager agree"): not the reader's own consent (false
// consents at main, seen failing). The reader named in the greeting, the
// account holder, another informed, and a forward offered still ask. ("On
// his behalf" is left asking: the test set's a120 asks a yes "from him (or
// from you on his behalf …)" of its requester.)
func TestAdversary15ConsentOfANamedOther(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Dear Ms. Sato, as Kenji's manager, please reply to confirm the merge of his accounts.", other15, nil},
		{"Please confirm that both you and your manager agree to the merge.", other15, nil},
		// Read right, and kept so.
		{"Could Ms. Sato please reply to confirm she agrees to merge a@example.com into b@example.com?",
			other15, nil},
		{"Kenji, please reply to confirm you agree to merge a@example.com into b@example.com.", consent15, into15b},
		{"Hi Kenji, could you ask Priya to reply to confirm the merge?", other15, nil},
		{"Please confirm that Kenji agrees to the merge.", other15, nil},
		{"Please confirm that you, and not Kenji, agree to the merge.", other15, nil},
		{"Please confirm that you (the account holder) agree to the merge.", consent15, nil},
		{"Please confirm that you agree to the merge and that your manager has been informed.", consent15, nil},
		{"Please confirm that you agree to the merge and that your manager agrees too.", other15, nil},
		{"Please have whoever owns a@example.com confirm the merge.", other15, nil},
		{"Please reply to confirm the merge, or forward this to the person who should.", consent15, nil},
	})
}
