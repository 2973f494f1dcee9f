package classify

import "testing"

// Probes against the widened AWS readings of bfaf369, in words of our own:
// each new rule read beside the mail it must not take. A consent asked of
// someone else, for other accounts, by another channel, already given or
// already done, and a merge's caveat that loses the certifications, are
// not a consent request certflow may answer; a merge told done only in the
// thread below the desk's words is no completion. Each stays aws_other.

const reviewSig = "\n\nBest regards,\n\nPriya S.\nAWS Training & Certification Customer Support"
const reviewSigJA = "\n\n引き続きよろしくお願いいたします。\n\nAWS トレーニングと認定 カスタマーサポート\n山田"

// TestReviewReplyConsentsNamesOnlyTheAccounts: "by replying, you consent to
// us merging …" asks the consent only when what follows the accounts named
// is at most the account they go into: not others' accounts ("the accounts
// of your team"), accounts of another place ("in the Skill Builder
// portal"), nor a merge told done after it ("…, which we did last week").
func TestReviewReplyConsentsNamesOnlyTheAccounts(t *testing.T) {
	checkProbes15(t, []probe15{
		{"By replying to this email, you consent to us merging the accounts of the other people on your team " +
			"into b@example.com." + reviewSig, other15, nil},
		{"By replying, you consent to us merging your two accounts on the Skill Builder side." + reviewSig,
			other15, nil},
		{"By replying, you agree to the merge of the two profiles, which we carried out on 3 March." + reviewSig,
			other15, nil},
		{"By replying, you consent to us merging the accounts, subject to a check of your ID." + reviewSig,
			other15, nil},
		// Still asked.
		{"By replying, you consent to us merging a@example.com into b@example.com." + reviewSig, consent15, into15b},
		{"By responding to this email, you authorise us to merge both accounts." + reviewSig, consent15, nil},
	})
}

// TestReviewConsentForTheSameIsYoursAndTheMerge: "we would need your
// consent for the same" stands for the merge only when it is the reader's
// consent and the sentence before tells no other thing to be done with the
// accounts (deleted, renamed, moved) that "the same" may be.
func TestReviewConsentForTheSameIsYoursAndTheMerge(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The account a@example.com will be merged into b@example.com. We would need the account owner's " +
			"consent for the same." + reviewSig, other15, nil},
		{"The account a@example.com will be merged into b@example.com. We would need your employer's " +
			"approval for the same." + reviewSig, other15, nil},
		{"After the merge we can also delete the old account a@example.com for you. We would need your consent " +
			"for the same." + reviewSig, other15, nil},
		{"Ahead of the merge we will rename the account a@example.com to your new address. We would need your " +
			"consent for the same." + reviewSig, other15, nil},
		// Still asked.
		{"The account a@example.com will be merged into b@example.com and closed. We would need your consent " +
			"for the same." + reviewSig, consent15, into15b},
	})
}

// TestReviewNoActionThereAfterAConsentGiven: "no action is needed there"
// said because the consent was already given (by a colleague, by phone)
// takes the ask back as "no action is needed" does.
func TestReviewNoActionThereAfterAConsentGiven(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please reply to confirm that you authorise us to merge a@example.com into b@example.com.\n\nUpdate: " +
			"your colleague already confirmed this on your behalf, so no action is needed there." + reviewSig,
			other15, nil},
		{"Please reply to confirm that you authorise us to merge a@example.com into b@example.com.\n\nWe have " +
			"your approval on file now, so no action is needed on that front." + reviewSig, other15, nil},
		// Still asked: the "there" is the booking.
		{"Please reply to confirm that you authorise us to merge a@example.com into b@example.com. I checked " +
			"for exam bookings and found none, so no action is needed there." + reviewSig, consent15, into15b},
	})
}

// TestReviewChannelOfTheConsentIsNotTheInquiry: フォーム/ポータルからのお申し込み
// told as the way the consent is to be given (ご同意は…からのお申し込みでお願い
// いたします) is another channel still; only the reader's inquiry thanked
// for or read is not.
func TestReviewChannelOfTheConsentIsNotTheInquiry(t *testing.T) {
	checkProbes15(t, []probe15{
		{"ご同意はウェブフォームからのお申し込みでお願いいたします。a@example.com を b@example.com に統合して" +
			"よろしいでしょうか。" + reviewSigJA, other15, nil},
		{"同意の手続きはサポートポータルからのご依頼で承ります。a@example.com を b@example.com に統合してよろしい" +
			"でしょうか。" + reviewSigJA, other15, nil},
		// Still asked.
		{"ポータルからのご依頼、拝見いたしました。a@example.com を b@example.com に統合してよろしいでしょうか。" +
			reviewSigJA, consent15, into15b},
	})
}

// TestReviewTopicDoesNotCoverTheCertifications: the extras named as the
// topic (バウチャーは、…) do not make a clause that names the certifications
// too (認定資格と同じく…移行されません) a caveat of extras only: that is
// trouble, no consent to answer.
func TestReviewTopicDoesNotCoverTheCertifications(t *testing.T) {
	checkProbes15(t, []probe15{
		{"バウチャーは、認定資格と同じく統合先へは移行されません。上記をご了承のうえ、統合にご同意いただけますでしょうか。" +
			reviewSigJA, other15, nil},
		{"割引特典は、受験履歴とともに統合先には引き継がれません。統合にご同意いただけますでしょうか。" + reviewSigJA,
			other15, nil},
	})
}

// TestReviewCompletionOfAnotherCase: a merge told done of a case named by a
// number the subject does not hold is another case's, and a merge told
// done beside "we are still waiting for your consent" is not this one's.
func TestReviewCompletionOfAnotherCase(t *testing.T) {
	checkProbes15(t, []probe15{
		{"The two profiles on case 18800001 have now been merged. Yours is next in the queue." + reviewSig,
			other15, nil},
		{"Your accounts have been merged.\n\nApologies, for your own request we are still waiting for your " +
			"consent before we can start." + reviewSig, other15, nil},
		// Still a report: the case named is the subject's ([CASE 123]).
		{"Your accounts have been merged under case 123." + reviewSig, completed15, nil},
	})
}

// TestReviewCertificationsNotShownBesideTheMerge: a merge told done beside
// the certifications, badges or history told not to show on, or move to,
// the account kept (before or after the report) is partial: no completion.
// "If the badges do not appear within a day, tell us", or not "right away",
// is a wait the desk warns of, and the report stands.
func TestReviewCertificationsNotShownBesideTheMerge(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please note your certifications will not show on the remaining profile. Your accounts have been merged." +
			reviewSig, other15, nil},
		{"Your accounts have been merged. Your exam history did not come across, though." + reviewSig, other15, nil},
		{"統合しても、Credly 側の認定は新しいアカウントに表示されません。アカウントの統合は完了いたしました。" + reviewSigJA,
			other15, nil},
		{"アカウントの統合は完了いたしました。ただし、受験記録は新しいアカウントへ反映されておりません。" + reviewSigJA,
			other15, nil},
		// Still a report.
		{"Your accounts have been merged. If your badges do not appear in Credly within a day, let us know." +
			reviewSig, completed15, nil},
		{"Your accounts have been merged. The badges may not show right away; allow up to a day." + reviewSig,
			completed15, nil},
		{"アカウントの統合は完了いたしました。バッジがすぐに表示されない場合は、1日ほどお待ちください。" + reviewSigJA,
			completed15, nil},
	})
}
