package classify

import (
	"testing"
	"time"

	"github.com/certflow/certflow/mail/message"
)

// The adversarial review of the desk rules of 1 December (second pass):
// near-miss desk mails written by the reviewer, not corpus mail, that were
// read as a completion or a consent request they are not. Each test keeps
// real ones beside them that must still be read so.

// TestDeskThingsMergedNoCompletion: the desk merging or combining its own
// things (duplicate cases, tickets, inquiries, emails: お問い合わせを1件に統合)
// reports no merge of the accounts.
func TestDeskThingsMergedNoCompletion(t *testing.T) {
	expectDesk(t, []string{
		"I have merged your duplicate case 987654 into this one, so we can keep everything in one place.",
		"Your two support cases have been merged.",
		"Your emails have been combined into one thread.",
		"We merged your requests; our certification team will now review the account merge.",
		"重複しておりましたお問い合わせを1件に統合いたしました。",
		"お問い合わせを統合いたしました。アカウント統合につきましては、担当部署にて確認中です。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Per your request, the merge is complete.",
		"As requested in case 123, we have merged your two accounts.",
		"We have merged your two email addresses into one account, b@example.com.",
		"Your merge request has been completed.",
		"ご依頼いただいたアカウントの統合が完了しました。",
	}, AWSCompleted, true)
}

// TestHandedToTeamNoCompletion: a case, a request or the certifications'
// records moved to a team, a queue or a department (専門チームへ移管) is the
// request handed on, not the certifications moved to the other account.
func TestHandedToTeamNoCompletion(t *testing.T) {
	expectDesk(t, []string{
		"Your certification records have been moved to our merge team for review.",
		"We have transferred your certification request to the back-office team.",
		"Your badges and certifications have been transferred to our verification team for review.",
		"We have moved your certifications request to tier 2.",
		"認定資格の統合に関するお問い合わせを、専門チームへ移管いたしました。",
		"本件は認定資格チームへ移管いたしました。",
		"お客様の認定資格に関するケースを担当部署へ引き継ぎいたしました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We have transferred your certifications to b@example.com.",
		"Your certifications have been moved to your work account, as our team confirmed.",
		"認定資格と受験履歴をb@example.comへ移行いたしました。",
	}, AWSCompleted, true)
}

// TestListedConsentOfAnother: a list item or a clause that tells the
// reader, without a "please", to have someone else answer ("2. Ask the
// owner of b@… to reply "I agree"", "…, have them reply to confirm the
// merge") asks a consent of another, not of the reader.
func TestListedConsentOfAnother(t *testing.T) {
	expectDesk(t, []string{
		"To proceed, please:\n1. Confirm your full name.\n2. If the other account belongs to a colleague, " +
			"have them reply to confirm the merge.",
		"To proceed, please:\n1. Sign in to both accounts.\n2. Ask the owner of b@example.com to reply \"I agree\" " +
			"to confirm the merge.",
		"If the second account is your manager's, ask him to confirm the merge by replying to this email.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"To proceed, please:\n1. Confirm your full name.\n2. Reply to confirm that you agree to the merge.",
		"Please confirm the following:\n1. That both accounts are yours\n2. That you agree to the merge",
		"Please reply to this email to confirm the merge. Have your candidate ID ready in case we need it.",
	}, AWSConsentRequest, true)
}

// TestCompletionStillToFinish: a move reported beside a final step still
// pending or to come ("Final verification is still pending", "the merge
// will be finalized after verification"), a merge done on one address only,
// a notice of completion the desk calls a mistake (…完了しましたとのご連絡は、
// 誤りでございました), or certifications shown in the badge platform's
// wallet, reports no merge done.
func TestCompletionStillToFinish(t *testing.T) {
	expectDesk(t, []string{
		"Your certifications have been transferred to b@example.com. Final verification is still pending.",
		"Your certifications have been transferred to b@example.com. The merge will be finalized after verification.",
		"Your accounts have been merged. The merge will be completed once our checks are done.",
		"The merge was completed on a@example.com only.",
		"The merge actually went through on a@example.com's side only.",
		"The merge went through on our side only.",
		"アカウントの統合が完了しましたとのご連絡は、誤りでございました。",
		"「統合が完了しました」という先日のメールは、誤って送信されたものです。",
		"You're all set! Your certifications are now visible under b@example.com in your Credly wallet.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your certifications have been transferred to b@example.com. Your Credly badges may take 24 hours to appear.",
		"The merge is complete. Your certifications are now visible under b@example.com.",
		"アカウントの統合が完了しました。認定資格はb@example.comでご確認いただけます。",
		"Your accounts have been merged. Your certifications are now available in b@example.com only.",
	}, AWSCompleted, true)
}

// TestConsentToAnotherAct: agreement asked for another act or document than
// the merge, whatever merge the sentence names as its topic ("consent to us
// contacting your manager about the merge", "happy for us to send you our
// survey about the merge", "accept the … Program Agreement, which is
// required before the merge", "agree that we may delete the voucher",
// プライバシーポリシーへのご同意, 新しい利用規約に同意いただけましたら), or a
// thumbs-up that a detail is right, or the approval of the reader's
// superior or of the other account's owner (上長様のご承認, 所有者様から…ご同意),
// asks no consent of the reader to the merge.
func TestConsentToAnotherAct(t *testing.T) {
	expectDesk(t, []string{
		"Please reply with a thumbs-up if you are happy for us to send you our survey about the merge.",
		"We just need a quick thumbs-up from you that the details below are correct: full name, candidate ID.",
		"Please reply \"I agree\" to accept the AWS Certification Program Agreement, which is required before the merge.",
		"To consent to us contacting your manager about the merge, please reply YES.",
		"We need your consent to store a copy of your ID for the merge. Please reply \"I agree\".",
		"Please confirm you agree that we may delete the old account's exam voucher.",
		"新しい利用規約に同意いただけましたら、統合を進めます。",
		"統合の前に、プライバシーポリシーへのご同意をお願いいたします。",
		"上長様のご承認をいただけましたら、統合を進めます。",
		"もう一方のアカウントの所有者様から、統合へのご同意をいただく必要がございます。",
		"統合にあたり、ご所属企業の承認が必要となります。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please reply with a thumbs-up if you are happy for us to merge the two accounts.",
		"We just need a quick thumbs-up from you that we can go ahead with the merge.",
		"Please reply \"I agree\" to confirm your agreement to the merge.",
		"Please reply YES to consent to us merging your two accounts.",
		"We need your consent to merge the accounts. Please reply \"I agree\".",
		"Please confirm you agree that the two accounts can be merged.",
		"統合にご同意いただけましたら、統合を進めます。",
		"統合へのご同意をお願いいたします。",
		"ご本人様のご承認をいただけましたら、統合を進めます。",
		"Please confirm the following:\n1. You own both accounts.\n2. You agree that a.b@example.com will be merged " +
			"into b@example.com.\n\nPlease reply \"Yes, I confirm\".",
		"統合を実施する前に、アカウント所有者様の承認が必要です。本メールに「同意します」とご返信ください。",
	}, AWSConsentRequest, true)
}

// TestStatusListWithPendingItem: a status list whose items mix what is done
// with what is still pending ("- Badges transferred: pending", "- Old
// account closed: pending", "- Exam history: not yet moved", ・旧アカウントの
// 削除：未了) reports no merge done, whatever its other items say.
func TestStatusListWithPendingItem(t *testing.T) {
	expectDesk(t, []string{
		"Here is the status of your request:\n- Certifications transferred: yes\n- Badges transferred: pending",
		"Status update:\n- Certifications transferred: done\n- Old account a@example.com closed: pending",
		"Status update:\n- Certifications transferred: done\n- Exam history: not yet moved",
		"・認定資格の移行：完了\n・旧アカウントの削除：未了",
		"・認定資格の移行：完了\n・バッジの再発行：12月10日予定",
		"以下のとおり対応いたしました。\n\n・認定資格の移行：完了\n・受験履歴の移行：完了\n・旧アカウントの閉鎖：ご同意いただき次第実施" +
			"\n\n旧アカウントの閉鎖にご同意いただけますでしょうか。",
		"Status:\n- Certifications transferred: done\n- Old account closed: once you confirm",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Here is the status of your request:\n- Certifications transferred: yes\n- Exam history transferred: yes",
		"Your accounts have been merged.\nNote: this cannot be undone.",
		"Your accounts have been merged.\n- Further action needed: none",
		"・認定資格の移行：完了\n・受験履歴の移行：完了",
	}, AWSCompleted, true)
}

// TestPartStillToFollow: a move reported done beside a part the desk is
// still working on or that will follow ("We are still working on the
// Specialty", "The Specialty will follow tomorrow", "the remaining
// certification will be moved next week") reports no merge done.
func TestPartStillToFollow(t *testing.T) {
	expectDesk(t, []string{
		"We have moved all your certifications to b@example.com. We are still working on the Specialty.",
		"We have moved all your certifications to b@example.com. The Specialty will follow tomorrow.",
		"Your accounts have been merged. The remaining certification will be moved next week.",
		"Your accounts have been merged. The rest of your exam history is to follow.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We have moved all your certifications to b@example.com. Your Credly badges will follow within 24 hours.",
		"Your accounts have been merged. A confirmation email will follow.",
	}, AWSCompleted, true)
}

// TestOtherAccountsMerged: accounts of another system or for a test (AWS
// Builder ID, Partner Central, APN, AWS Training, test accounts, contact
// records in the desk's CRM, テスト用アカウント), or another matter's merge
// (別件の統合), merged, beside the certification accounts told to stay
// separate or a request still in hand (引き続き対応中, 現在確認中), reports no
// merge of the certification accounts.
func TestOtherAccountsMerged(t *testing.T) {
	expectDesk(t, []string{
		"Your test accounts have been merged.",
		"Your two AWS Builder ID accounts have been merged.",
		"Your AWS Partner Central accounts have been merged.",
		"Your APN accounts have been merged.",
		"Your Training accounts have been merged; the certification accounts stay separate.",
		"Your duplicate contact records have been merged.",
		"Your two addresses have been merged in our CRM.",
		"テスト用アカウントの統合が完了いたしました。",
		"先月ご依頼いただいた別件の統合は完了しております。今回のご依頼については現在確認中です。",
		"a@example.comとc@example.comの統合が完了いたしました。b@example.comについては引き続き対応中です。",
		"統合完了時には、「統合が完了しました」とご連絡いたします。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your two certification accounts have been merged.",
		"Your AWS Training and Certification accounts have been merged.",
		"Your AWS Training & Certification accounts have been merged.",
		"Your accounts have been merged. Your APN profile will show the certifications once you link it.",
		"アカウントの統合が完了いたしました。",
		"先日ご依頼いただいた統合が完了しております。",
	}, AWSCompleted, true)
}

// TestQuoteHeadsOfOtherPrograms: the earlier thread under the quote heads
// of other mail programs and helpdesks ("---- On … wrote ----", "Quoting
// … <…@…>:", a "Previous messages in this case:" or "Case history:" line)
// is not the desk's own words.
func TestQuoteHeadsOfOtherPrograms(t *testing.T) {
	expectDesk(t, []string{
		"Thank you. We are checking.\n\n---- On Mon, 01 Dec 2026 10:00:00 +0900 AWS Support <desk@amazon.com> " +
			"wrote ----\nYour accounts have been merged.",
		"Thank you. We are checking.\n\nQuoting AWS Support <desk@amazon.com>:\nYour accounts have been merged.",
		"Thank you. We are checking.\n\nCase history:\n[Agent, 28 Nov] Your accounts have been merged.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We are checking and will reply soon.\n\nPrevious messages in this case:\n\nMessage 2 (AWS): Please " +
			"confirm you agree to the merge by replying YES.",
		"We are checking and will reply soon.\n\nQuoting AWS Support <desk@amazon.com>:\nPlease reply \"I agree\" " +
			"to confirm the merge.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Your accounts have been merged.\n\n---- On Mon, 01 Dec 2026 Taro <taro@example.com> wrote ----\n" +
			"Please merge my accounts.",
		"Your accounts have been merged. Here is the history of your case: you asked on 28 November, we " +
			"verified your ID on 29 November.",
	}, AWSCompleted, true)
}

// TestEarlierRequestRetractedOrTold: a consent request the desk tells it
// made before ("In our last email we asked: …", "Earlier in this case we
// wrote: …"), or asks the reader to ignore ("Please ignore my previous
// email asking you to reply "I agree"", 前回のメールで…ご同意をお願いいたし
// ましたが、…お待ちください), is no consent asked now.
func TestEarlierRequestRetractedOrTold(t *testing.T) {
	expectDesk(t, []string{
		"We are checking and will reply soon.\n\nIn our last email we asked: \"Do you agree to the merge? " +
			"Please reply YES.\"",
		"We will get back to you shortly.\n\nEarlier in this case we wrote: please reply \"I agree\" to confirm the merge.",
		"Please ignore my previous email asking you to reply \"I agree\". We will write again once your ID is verified.",
		"Please disregard our last message about the merge consent; please reply \"I agree\" only after we write again.",
		"前回のメールで統合へのご同意をお願いいたしましたが、本人確認が完了するまでお待ちください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"We have not heard back from you. Please reply \"I agree\" to confirm the merge.",
		"Thank you for your previous email. Please reply \"I agree\" to confirm the merge.",
		"前回のメールへのご返信がまだのようです。統合にご同意いただけますでしょうか。",
	}, AWSConsentRequest, true)
}

// TestConsentHadOrAnothers: a consent the desk says it has in everyday
// words ("we have your go-ahead", "thanks for your quick thumbs-up") before
// asking one for another pair, a sentence that tells how the desk receives
// consents (通常、…ご返信をいただいております), or a list item someone else is
// to answer ("Your colleague Hanako should answer point 2"), asks no
// consent of the reader for this merge.
func TestConsentHadOrAnothers(t *testing.T) {
	expectDesk(t, []string{
		"Thanks, we have your go-ahead for a@example.com and b@example.com. Please also confirm you agree to " +
			"merge c@example.com into b@example.com.",
		"Thanks for your quick thumbs-up. Please also reply \"I agree\" to merge c@example.com into b@example.com.",
		"統合には、通常、お客様から「同意します」とのご返信をいただいております。",
		"Please confirm the following:\n1. The accounts are yours.\n2. You agree to the merge.\n(Your colleague " +
			"Hanako should answer point 2, as the second account is hers.)",
		"Please reply \"I agree\" to confirm the merge. The owner of b@example.com must also reply.",
		"We will merge once you reply \"I agree\" and your manager confirms by email.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Thanks for your reply. Please confirm you agree to merge a@example.com into b@example.com.",
		"統合には、お客様から「同意します」とのご返信をいただく必要があります。",
		"Please reply \"I agree\" to confirm the merge. Your reply should come from b@example.com.",
		"Please confirm the following:\n1. The accounts are yours.\n2. You agree to the merge.\nYou should " +
			"answer both points in one reply.",
	}, AWSConsentRequest, true)
}

// TestMergeUnderWayBesideCompletion: a mail, often bilingual, one half of
// which says the merge is under way or has only started ("The merge is
// underway", "We are working on the merge", 統合の手続きを進めております,
// 統合作業中です, 統合を開始いたしました) while the other reports it done, is
// for a person.
func TestMergeUnderWayBesideCompletion(t *testing.T) {
	expectDesk(t, []string{
		"統合の手続きを進めております。\n\nWe have completed the merge of your accounts.",
		"The merge is underway.\n\n統合が完了いたしました。",
		"We have started merging your accounts.\n\n統合が完了いたしました。",
		"The merge has begun.\n\n統合が完了いたしました。",
		"We are working on the merge.\n\n統合が完了いたしました。",
		"The merge is being carried out.\n\n統合が完了いたしました。",
		"統合作業を実施しております。\n\nYour accounts have been merged.",
		"現在、統合作業中です。\n\nYour accounts have been merged.",
		"統合を開始いたしました。\n\nYour accounts have been merged.",
		"統合処理を行っております。\n\nYour accounts have been merged.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We started the merge yesterday, and the merge is now complete.",
		"統合が完了いたしました。\n\nWe have completed the merge of your accounts.",
		"昨日開始した統合処理が、本日完了いたしました。",
	}, AWSCompleted, true)
}

// TestSampleNamedOtherwise: a sample of the mail or notice to come named
// with a word between ("a preview of the completion email"), as メール例, or
// as 次のような通知, reports nothing.
func TestSampleNamedOtherwise(t *testing.T) {
	expectDesk(t, []string{
		"Below is a preview of the completion email:\nHello, your accounts have been merged.",
		"Here is a copy of our standard completion notice:\n\nYour accounts have been merged.",
		"完了時のメール例：\nアカウントの統合が完了しました。",
		"統合が完了しますと、次のような通知が表示されます：統合が完了しました",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. Your certifications now show under b@example.com.",
		"アカウントの統合が完了しました。次のような表示になっていればご確認は不要です。",
	}, AWSCompleted, true)
}

// TestHedgedOrFailedMove: a report the desk hedges ("I believe b@… now has
// all your certifications", "…, we think", 完了しているはずです, 完了したかと
// 存じます) or sets beside an error of the move ("… or at least we tried;
// the job shows an error") reports no merge done.
func TestHedgedOrFailedMove(t *testing.T) {
	expectDesk(t, []string{
		"I believe b@example.com now has all your certifications.",
		"We have transferred your certifications to b@example.com, we think.",
		"I think your accounts have been merged.",
		"We have transferred your certifications to b@example.com – or at least we tried; the job shows an error.",
		"We have transferred your certifications to b@example.com. The transfer job reported an error.",
		"統合は完了しているはずです。",
		"統合は完了したかと存じます。",
		"統合は完了したと思われます。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We have transferred your certifications to b@example.com. Thank you for your patience.",
		"Your accounts have been merged. We hope this helps.",
		"アカウントの統合が完了いたしました。ご不明な点がございましたら、お気軽にお問い合わせください。",
	}, AWSCompleted, true)
}

// TestMovedToAPlace: certifications or records moved to a place that is no
// account (a portal, a platform, a system, an archive, a region: 新しい
// システムへ移行) report no merge of the accounts.
func TestMovedToAPlace(t *testing.T) {
	expectDesk(t, []string{
		"Your certifications have been carried over to the new certification portal.",
		"We have transferred your certification records to our archive.",
		"We have moved your exam history to the new Pearson VUE portal.",
		"Your certifications have been moved to the Certification Benefits portal.",
		"We moved your certifications to a new region.",
		"認定資格を新しいシステムへ移行いたしました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We have moved your certifications to b@example.com.",
		"Your certifications have been transferred to your work account in the certification system.",
		"認定資格をb@example.comへ移行いたしました。",
	}, AWSCompleted, true)
}

// TestAgreementToAnotherWayOrThing: words of agreement asked for another
// way of merging (later instead, the other way round, 後日, 延期), for a
// mail about the merge ("to have the merge confirmation sent to your
// manager"), for a detail ("to confirm the name that should appear on the
// merged account") or for another thing done after the merge ("to confirm
// that we may keep your old exam voucher after the merge") ask no consent
// to this merge.
func TestAgreementToAnotherWayOrThing(t *testing.T) {
	expectDesk(t, []string{
		"If you would like to merge later instead, reply \"I agree\".",
		"Please reply \"I agree\" if you want us to merge the other way round, b@example.com into a@example.com.",
		"Reply YES to have the merge confirmation sent to your manager too.",
		"Please reply YES to confirm the name that should appear on the merged account.",
		"Please reply \"I agree\" to confirm that we may keep your old exam voucher after the merge.",
		"統合を後日にご希望の場合は、「同意します」とご返信ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"If you would like us to merge the accounts, reply \"I agree\".",
		"Please reply \"I agree\" if you want us to merge a@example.com into b@example.com.",
		"Reply YES to have the accounts merged.",
		"Please reply YES to confirm the merge.",
		"Please reply \"I agree\" to confirm that we may merge your accounts.",
		"統合をご希望の場合は、「同意します」とご返信ください。",
	}, AWSConsentRequest, true)
}

// TestMergeOfAnotherThing: the merge named as of another thing than the
// accounts ("the merge of your support tickets", "the consolidation of
// your exam bookings", "… of your two Skill Builder subscriptions",
// 受験予約の統合) reports no merge of the accounts.
func TestMergeOfAnotherThing(t *testing.T) {
	expectDesk(t, []string{
		"The consolidation of your exam bookings is complete.",
		"The merge of your support tickets is complete.",
		"We have completed the merge of your support tickets.",
		"We completed the merge of your two Skill Builder subscriptions.",
		"受験予約の統合が完了いたしました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"The merge of your two AWS Certification accounts is complete.",
		"We have completed the merge of your accounts into b@example.com.",
		"The merge of both is complete.",
		"アカウントの統合が完了いたしました。",
		"a@example.com と b@example.com の統合が完了いたしました。",
		"ご依頼の統合が完了いたしました。",
		"認定資格アカウントの統合が完了いたしました。",
		"a@example.com から b@example.com への統合作業が完了しました。",
	}, AWSCompleted, true)
}

// TestCompletionDatedAfterOrLongAgo: a merge reported done on a date after
// the desk's mail (a schedule misworded, or a typo), or "a while ago",
// "years ago", だいぶ前に, is not this merge reported done now.
func TestCompletionDatedAfterOrLongAgo(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	sent := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	read := func(text string) Kind {
		return c.Read(&message.Message{From: message.Address{Address: "desk@amazon.com"}, Date: sent,
			Subject: "RE:[CASE 123] merge", Text: "Hello,\n\n" + text + "\n"}).Kind
	}
	for _, text := range []string{
		"The merge was completed on 5 December 2026.",
		"Your accounts were merged on 2026/12/24.",
		"Your accounts were merged a while ago.",
		"Your accounts were merged years ago.",
		"Your accounts were merged some time ago.",
		"統合はだいぶ前に完了しております。",
	} {
		if k := read(text); k == AWSCompleted {
			t.Errorf("%q: read as %s", text, k)
		}
	}
	for _, text := range []string{
		"The merge was completed on 1 December 2026.",
		"The merge was completed yesterday.",
		"Your accounts were merged on 30 November.",
		"統合は本日完了いたしました。",
	} {
		if k := read(text); k != AWSCompleted {
			t.Errorf("%q: read as %s, want %s", text, k, AWSCompleted)
		}
	}
}

// TestConsentAfterTheMergeOrForAnother: words of agreement asked in a list
// under a line that looks past the merge (統合後は、以下の手続きをお願いいたし
// ます。), beside agreement needed to another thing (新しい利用規約に同意いただく
// 必要があります), or whose reply leads to another thing (「同意します」とご返信
// いただければ、アンケートをお送りします) ask no consent to the merge; a merge
// the desk says it can complete once the reader answers is not done.
func TestConsentAfterTheMergeOrForAnother(t *testing.T) {
	expectDesk(t, []string{
		"統合後は以下のとおりです。\n1. 新しい利用規約に同意いただく必要があります。\n2. 「同意します」とご返信ください。",
		"統合後は、以下の手続きをお願いいたします。\n1. 「同意します」とご返信ください。",
		"統合後、アンケートへのご回答をお願いいたします。「同意します」とご返信いただければ、アンケートをお送りします。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please give us a quick thumbs-up so we can complete the merge. Your certifications have been moved to " +
			"b@example.com already.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"統合にご同意いただける場合は、「同意します」とご返信ください。",
		"「同意します」とご返信いただければ、統合を進めます。",
		"アカウント統合（a@example.com → b@example.com）を進めてよろしいか、ご本人様のご同意をいただく必要がございます。" +
			"「統合に同意します」とご返信をお願いいたします。",
		"以下をご確認ください。\n1. 統合後は、a@example.comではサインインできなくなります。\n2. 統合にご同意いただける場合は、" +
			"「同意します」とご返信ください。",
	}, AWSConsentRequest, true)
}

// TestConsentToMergeAnotherThing: agreement asked to merge or combine
// another thing than the accounts (exam bookings, vouchers, support cases,
// badges; 受験予約の統合, 重複したケースの統合), to approve another thing named as
// the object ("approve the new display name for the merged account", "the
// closure of this case", "of how we handled the merge", 統合後の表示名を
// ご承諾, 統合日程をご承諾), or the authorization of the reader's manager or
// of their superior (上長様が統合を承諾されるか), asks no consent of the reader
// to this merge.
func TestConsentToMergeAnotherThing(t *testing.T) {
	expectDesk(t, []string{
		"Kindly confirm you wish to combine the two exam bookings.",
		"Kindly confirm you wish to combine the two vouchers into one.",
		"Kindly confirm you wish to combine the two support cases.",
		"Kindly confirm you wish to combine your Credly badges.",
		"We require your manager's authorization for the merge.",
		"Let us know whether you approve the new display name for the merged account.",
		"Let us know whether you approve the closure of this case.",
		"Let us know whether you approve of how we handled the merge.",
		"統合後の表示名をご承諾いただけますか。",
		"統合日程（12月5日）をご承諾いただけますか。",
		"上長様が統合を承諾されるかお知らせください。",
		"バウチャーの統合にご同意いただけますか。",
		"受験予約の統合にご同意いただけますか。",
		"重複したケースの統合にご同意いただけますか。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Kindly confirm you wish to combine the two accounts.",
		"Kindly confirm you wish to merge a@example.com into b@example.com.",
		"Kindly confirm you wish to combine them.",
		"We require the account owner's authorization for the merge. Please reply \"I agree\".",
		"Let us know whether you approve the merge.",
		"Let us know whether you approve the proposed merge of your accounts.",
		"Please approve the merging of your two accounts by replying to this email.",
		"統合をご承諾いただけますか。",
		"アカウントの統合をご承諾いただけますか。",
		"アカウントの統合にご同意いただけますか。",
		"ご依頼の統合にご同意いただけますか。",
		"Could you please reply stating that you authorize us to merge a.b@example.com into b@example.com?",
		"統合にあたり、以下の点をご了承いただく必要がございます。\n・この操作は元に戻せません\n\nご了承いただけましたら、" +
			"「了承しました」とご返信ください。",
		"以下の統合にご同意いただけるかどうか、本メールへの返信にてお知らせいただけますでしょうか。\n統合するアカウント：a@example.com",
	}, AWSConsentRequest, true)
}

// TestQuotedPendingStatus: the certifications told shown under one account
// with a quoted status still open ('as "pending"', 「処理中」と表示) report no
// merge done.
func TestQuotedPendingStatus(t *testing.T) {
	expectDesk(t, []string{
		"Your certifications now show under b@example.com as \"pending\".",
		"Your certifications now show under b@example.com with the status \"in progress\".",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your certifications now show under b@example.com as \"active\".",
		"Your accounts have been merged. Your case is marked \"resolved\".",
	}, AWSCompleted, true)
}

// TestCompletionSubjectToACheck: a report of the merge done held, in a
// footnote or beside it, to a check still to come ("*Subject to a final
// check by our team.", 最終確認後に確定いたします) reports no merge done.
func TestCompletionSubjectToACheck(t *testing.T) {
	expectDesk(t, []string{
		"Your accounts have been merged.*\n\n*Subject to a final check by our team.",
		"Your accounts have been merged, subject to verification by our back-office team.",
		"アカウントの統合が完了いたしました。※最終確認後に確定いたします。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. The final check by our team is complete.",
		"アカウントの統合が完了いたしました。最終確認も完了しております。",
	}, AWSCompleted, true)
}

// TestJapaneseOtherThingsMerged: in Japanese, the desk merging contact
// details or notification addresses (ご連絡先を…に一本化, 通知先を…に統合),
// customer information (お客様情報の名寄せ), requests (両方のご依頼を1つに
// まとめました), or another system's IDs and accounts (Pearson VUE の受験者ID,
// AWS Builder ID, APN のアカウント, Skill Builder のサブスクリプション), or
// telling the account merge to be announced later (認定アカウントの統合は別途
// ご案内いたします), reports no merge of the certification accounts.
func TestJapaneseOtherThingsMerged(t *testing.T) {
	expectDesk(t, []string{
		"ご連絡先を b@example.com に一本化いたしました。",
		"通知先を b@example.com に統合いたしました。",
		"連絡先情報を統合いたしました。認定アカウントの統合は別途ご案内いたします。",
		"お客様情報の名寄せが完了いたしました。",
		"Pearson VUE の受験者IDを統合いたしました。",
		"AWS Builder ID を統合いたしました。",
		"APN のアカウントを統合いたしました。",
		"Skill Builder のサブスクリプションを統合いたしました。",
		"両方のご依頼を1つにまとめました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"2つのアカウントを b@example.com に統合いたしました。",
		"a@example.com を b@example.com に統合いたしました。",
		"認定アカウントの統合が完了いたしました。バッジについては別途ご案内いたします。",
		"ご依頼いただいたアカウントの統合が完了いたしました。",
	}, AWSCompleted, true)
}

// TestConsentOnBehalfOfAnother: a consent the reader is asked to give on
// behalf of another or in another's role ("on behalf of your employee", "As
// her manager, please reply …", ご本人様に代わって, 上長様として), or a list
// with an item that asks another's approval ("3. Your manager's approval,
// if …"), is not the candidate's own consent: for a person.
func TestConsentOnBehalfOfAnother(t *testing.T) {
	expectDesk(t, []string{
		"Please confirm the following so that we can proceed:\n1. Your full name as on your ID\n2. Whether you " +
			"agree to the merge\n3. Your manager's approval, if the work account belongs to your employer",
		"Please confirm the following on behalf of the candidate:\n1. The candidate agrees to the merge.",
		"As the candidate's manager, please confirm the following:\n1. The candidate agrees to the merge.",
		"Please reply \"I agree\" on behalf of your employee.",
		"Please reply \"I agree\" on behalf of the account owner.",
		"Please reply \"I agree\" for your team member Hanako.",
		"As her manager, please reply \"I agree\" to confirm the merge of Hanako's accounts.",
		"ご本人様に代わって、「同意します」とご返信ください。",
		"上長様として、「同意します」とご返信ください。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"If you are the account holder, please confirm the following:\n1. You agree to the merge.",
		"Please reply \"I agree\" to confirm the merge on behalf of yourself as the owner of both accounts.",
		"ご本人様より「同意します」とご返信ください。",
	}, AWSConsentRequest, true)
}

// TestMergedOnOneSideOrProvisional: records merged on the desk's side while
// another still has to do its part, or with the certification accounts
// still to start on, or a completion marked provisional (（仮）,
// "provisionally"), reports no merge done.
func TestMergedOnOneSideOrProvisional(t *testing.T) {
	expectDesk(t, []string{
		"We've successfully merged the records on our end; our partner Pearson VUE still has to do theirs.",
		"We've successfully merged the records on our end; we'll now start on your certification accounts.",
		"統合は完了いたしました（仮）。",
		"Your accounts have been provisionally merged.",
		"The merge is tentatively complete.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"The merge is complete on our side. Your certifications are now under b@example.com.",
		"Your accounts have been merged. We will now close this case.",
	}, AWSCompleted, true)
}

// TestCompletionQualified: a report of the merge done that the desk
// qualifies ("well, almost", "(well, nearly)", "save for one last check",
// "barring any issues", "in principle", "or will be by the end of today"), or
// beside a last step that remains, reports no merge done.
func TestCompletionQualified(t *testing.T) {
	expectDesk(t, []string{
		"Quick update: your accounts have been merged – well, almost. One last step remains on our side.",
		"Your accounts have been merged, or will be by the end of today.",
		"Your accounts have been merged (well, nearly).",
		"Your accounts have been merged, save for one last check.",
		"Your accounts have been merged, barring any issues in tonight's sync.",
		"Your accounts have been merged in principle.",
		"Your accounts have been merged. One final step remains.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. No further steps remain.",
		"Your accounts have been merged. Nothing else is needed from you.",
	}, AWSCompleted, true)
}

// TestConsentChoiceOrChange: a question that offers a choice of when to
// merge ("now or after your exam on Friday?"), asks leave to change the
// target account (統合先のアカウントを…に変更してもよろしいでしょうか), or tells that
// someone else asked to hold the merge, asks no plain consent: for a person.
func TestConsentChoiceOrChange(t *testing.T) {
	expectDesk(t, []string{
		"Do you want us to merge the accounts now or after your exam on Friday?",
		"Do you still want to go ahead with the merge? Your colleague asked us to hold it.",
		"統合先のアカウントを b@example.com に変更してもよろしいでしょうか。",
		"May we change the target account to b@example.com for the merge? Please reply YES.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Do you want us to merge the accounts now?",
		"Do you still want to go ahead with the merge?",
		"統合を進めてもよろしいでしょうか。",
	}, AWSConsentRequest, true)
}

// TestJapaneseHalfUnderReview: a bilingual mail whose Japanese half says the
// merge is under review or being prepared (統合につきましては、現在審査中です,
// 統合は準備中です) while the English half reports it done is for a person.
func TestJapaneseHalfUnderReview(t *testing.T) {
	expectDesk(t, []string{
		"Your accounts have been merged.\n\n（日本語）統合につきましては、現在審査中です。",
		"Your accounts have been merged.\n\n（日本語）統合は現在準備中です。",
		"Your accounts have been merged.\n\n（日本語）統合の手配中でございます。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged.\n\n（日本語）アカウントの統合が完了いたしました。",
		"先ほどお送りした「統合処理中」のご連絡の件ですが、その後処理が完了し、b@example.com への統合が済みました。",
	}, AWSCompleted, true)
}

// TestConsentToAnotherActOfTheMerge: agreement to a thing the merge only
// names ("the merge fee", "the merge timeline described below"), to another
// act on it ("happy for us to close the merge request"), or to another way
// ("OK with the merge being delayed") asks no consent to the merge.
func TestConsentToAnotherActOfTheMerge(t *testing.T) {
	expectDesk(t, []string{
		"Please confirm you agree to the merge fee of USD 0.",
		"Please confirm you agree to the merge timeline described below.",
		"Please confirm you are happy for us to close the merge request.",
		"Please confirm you're OK with the merge being delayed.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please confirm you agree to the merge of your accounts.",
		"Please confirm you agree to us merging your two accounts.",
		"Please confirm you agree to have the accounts merged.",
		"Please confirm you are happy for us to merge the accounts.",
		"Please confirm you're OK with the merge.",
		"Please reply from both addresses stating that you agree to the merge (or forward this email from the " +
			"second address with your agreement).",
	}, AWSConsentRequest, true)
}

// TestWordingOfAMailToCome: the desk quoting the wording of a request or
// notice it sends ("the standard wording of our consent request is: …")
// shows a sample; it asks nothing and reports nothing.
func TestWordingOfAMailToCome(t *testing.T) {
	expectDesk(t, []string{
		"FYI, the standard wording of our consent request is: \"Please reply I agree to confirm the merge.\" " +
			"You will receive it once your ID is verified.",
		"The text of our completion notice is: \"Your accounts have been merged.\"",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"The text of our completion notice is: \"Your accounts have been merged.\"",
	}, AWSCompleted, false)
}

// TestConsentByAnotherChannel: a consent to be given by another channel
// than a reply (a form, the portal, a link: 下記フォームより「同意する」を選択,
// "Replies to this email cannot be processed") or only from one address
// (からのご返信に限ります, "from your b@… address only") is not one certflow's
// reply can give: for a person.
func TestConsentByAnotherChannel(t *testing.T) {
	expectDesk(t, []string{
		"統合にご同意いただける場合は、下記フォームより「同意する」を選択してください。",
		"統合へのご同意は、AWS 認定ポータルからお手続きください。メールでのご返信は受け付けておりません。",
		"統合にご同意いただけますでしょうか。なお、ご同意はb@example.comからのご返信に限ります。",
		"To consent to the merge, please click the link below. Replies to this email cannot be processed.",
		"Please reply \"I agree\" from your b@example.com address only; replies from other addresses will be ignored.",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"統合にご同意いただける場合は、本メールに「同意します」とご返信ください。",
		"Please reply \"I agree\" to this email to confirm the merge.",
	}, AWSConsentRequest, true)
}

// TestCompletionCorrectedLater: a report of the merge done that a later
// sentence corrects (done on the wrong pair of accounts and being reversed,
// "Correction: … your colleague's case, not yours", "I sent this too early
// – the merge starts tomorrow", こちらは別のお客様宛のご案内でした, ※訂正：…)
// reports no merge done.
func TestCompletionCorrectedLater(t *testing.T) {
	expectDesk(t, []string{
		"Your certifications have been moved to b@example.com, and a@example.com has been closed. Our apologies – " +
			"we have just noticed this was done on the wrong pair of accounts and are reversing it now.",
		"The merge is complete. Correction: the merge is complete for your colleague's case, not yours.",
		"Your accounts have been merged. Sorry, I sent this too early – the merge starts tomorrow.",
		"統合が完了いたしました。大変失礼いたしました、こちらは別のお客様宛のご案内でした。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"Your accounts have been merged. Sorry for the delay in getting back to you.",
		"統合が完了いたしました。ご連絡が遅くなり、大変失礼いたしました。",
	}, AWSCompleted, true)
}

// TestCompletionReportedByAnother: a merge done that the desk only reports
// someone else told it ("Your company admin tells us the accounts were
// merged", "You wrote that the merge is complete", "As you said, …",
// お客様のご認識のとおり) is not the desk's own report.
func TestCompletionReportedByAnother(t *testing.T) {
	expectDesk(t, []string{
		"Your company admin tells us the accounts were merged; we cannot see this on our side yet.",
		"You wrote that the merge is complete. We will double-check.",
		"As you said, your accounts have been merged.",
		"お客様のご認識のとおり、統合は完了しております。",
		"ご担当者様によると、統合は完了しているとのことです。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"As requested, your accounts have been merged.",
		"ご依頼のとおり、統合が完了いたしました。",
	}, AWSCompleted, true)
}

// TestConsentToMoveAnotherThing: leave asked to move another thing than
// what the merge moves (an exam booking, vouchers: 受験予約を…へ移しても
// よろしいでしょうか, バウチャーを…へ移行してもよろしいでしょうか), or to go ahead
// with closing an account after the merge, asks no consent to the merge.
func TestConsentToMoveAnotherThing(t *testing.T) {
	expectDesk(t, []string{
		"Would you like us to move your exam booking to b@example.com as part of the merge?",
		"Would you like us to transfer your vouchers to b@example.com before the merge?",
		"Would you like us to proceed with closing a@example.com after the merge?",
		"統合後、受験予約を b@example.com へ移してもよろしいでしょうか。",
		"統合に伴い、バウチャーを b@example.com へ移行してもよろしいでしょうか。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Would you like us to proceed with the merge?",
		"統合を進めてもよろしいでしょうか。",
	}, AWSConsentRequest, true)
}
