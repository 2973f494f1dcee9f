package reply

import "testing"

// What may stand beside a Yes, bare or in words, and what may not: the
// Yes answers the thirteenth and fourteenth sets left for the operator,
// studied by family. Every sentence is written here, in words of its own,
// none copied from a set; the near misses were written before the rules
// were run against them.

// TestSideRemarksBesideAYes: consents and Yes answers with only side
// remarks beside them are read as Yes.
func TestSideRemarksBesideAYes(t *testing.T) {
	reads(t, Yes,
		// An apology for the delay, in its many shapes.
		"Yes. Sorry for the late reply.",
		"Yes, sorry for the slow response.",
		"Yes - apologies for the delay on my end.",
		"Sorry it took me so long to get back to you. Yes.",
		"Yes. Sorry for not getting back to you sooner.",
		"Yes. Late reply, sorry!",
		"Yes, sorry it took me a while.",
		"Yes. So sorry for keeping you waiting.",
		"Yes. My apologies for the belated response.",
		"Yes. Sorry I couldn't reply earlier.",
		"Hi, sorry for the delay. Yes please go ahead.",
		// Away, busy, back, catching up.
		"Yes. I was on PTO.",
		"Yes. I was out of office last week.",
		"Yes. I've been swamped with year-end work.",
		"Yes - just back from holiday and catching up on email.",
		"Yes. I'm only now catching up on my inbox.",
		"Yes. I was off sick for a few days, apologies for the delay.",
		"Yes. I've been travelling all of last week, so sorry for the slow reply.",
		"Yep, go ahead. Sorry for the radio silence, I was at re:Invent.",
		"Hey - sorry, just back from a customer workshop. Yes, go ahead.",
		"Yes.\n\nSorry for the slow reply, I was on PTO all of last week.\n\nThanks,\nMaria",
		"Yes, I was on holiday over the break.",
		"Yes. Been slammed this week, sorry.",
		// Thanks for the help, well-wishes, offers, no rush.
		"Yes. Thanks for chasing this!",
		"Yes. Thank you so much for your help with this.",
		"Yes, much appreciated.",
		"Yes. Thanks for your patience.",
		"Yes, please! Thanks for sorting this out for me.",
		"Yes. Have a great weekend!",
		"Yes, thanks! Enjoy the rest of your week.",
		"Yes. Hope you're doing well.",
		"Yes. Happy Friday!",
		"Yes. Let me know if you need anything else from me.",
		"Yes. Shout if you have any questions.",
		"Yes. Happy to help.",
		"Yes. No rush on my end.",
		"Yes, they all show now. Sorry for the slow reply!",
		"Yes, I can see all three in the profile. Thanks for following up.",
		// "Yes please" cannot answer whether a mail arrived or whose the
		// accounts are: a consent in words.
		"Yes please.",
		"Yes, please.",
		"Yes please do.",
		"Yes please!",
		"Yes please. Both accounts are mine.",
		"Yes please. The old address was from my last job.",
		// The question of when, of the merge by name.
		"Yes. How long does the merge usually take?",
		"Yes, how long does the merge take?",
		"Go ahead and consent. Out of curiosity, how long does AWS usually take once they have consent?",
		"Please consent. Just curious, how long does the merge take?",
		// Japanese.
		"はい。返信が遅くなり申し訳ありません。",
		"はい、お願いします。出張で不在にしておりました。",
		"はい。先週は休暇をいただいておりました。",
		"はい。ご対応ありがとうございます。",
		"はい、同意します。返信が遅くなってしまい、すみません。",
		"はい。何かあればご連絡ください。",
		"はい。良い週末をお過ごしください。",
		"はい、お待たせしてすみません。",
		"はい、表示されています。ご連絡が遅れまして失礼いたしました。",
		"出張で不在にしており、返信が遅くなりました。はい、同意します。",
		"はい。バタバタしておりまして、遅くなりすみません。",
		"はい、統合してください。お手数をおかけしますが、引き続きよろしくお願いいたします。",
		"はい。統合完了までどのくらいかかりますか？",
		"はい、問題ありません。出張中のため返信が遅くなりました。",
		"はい。先週は体調不良でお休みをいただいておりました。",
		"はい、同意します。ご連絡が遅くなり申し訳ございません。",
		"はい、お願いいたします。年末年始休暇で不在にしており、失礼いたしました。",
		// More of the same.
		"Yes. Hope this helps.",
		"Yes. Talk soon.",
		"Yes. Just curious.",
		"Yes! Back from PTO, and they're all there now.",
		"Go ahead. How long does the merge take? I leave on Friday.",
		"Yes. How long does it take to merge the accounts?",
		"Yes, I was away from my desk.",
		"Sure - go ahead. I've been heads down on a release, sorry for the wait.",
		"Yes please, thanks! I was on PTO until Monday.",
		"Yes please. Sorry for the slow reply, I was off sick.",
		"Yes. I was out last week.",
		"Yes. I was off work for a few days.",
		"Yes. Back from PTO.",
		"Yes. I've just returned from vacation.",
		"Yes. I'm travelling this week, sorry for the short reply.",
		"Yes, sorry for the brief reply, on my phone.",
	)
}

// TestSideRemarksLeaveOtherAnswers: beside another answer the remarks
// change nothing either.
func TestSideRemarksLeaveOtherAnswers(t *testing.T) {
	readAll(t, map[string]Answer{
		"No. Sorry for the late reply.":                    No,
		"Not yet, sorry - I've been swamped.":              No,
		"Please don't merge them. I was on PTO last week.": No,
		"Done. Sorry for the delay, I was travelling.":     Done,
		"Submitted the form. Thanks for your patience.":    Submitted,
		"いいえ、まだです。返信が遅くなり申し訳ありません。":                        No,
		"完了しました。出張で不在にしており、遅くなりました。":                       Done,
		"No. How long does the merge take?":                Unclear, // which is it?
		"Done. How long does the merge usually take?":      Unclear,
		"They all show now. How long does the merge take?": Unclear, // a merge on a share question
		"Not yet. No rush.": No,
		"Sorry for the slow reply. I've linked the accounts.": Done,
	})
}

// TestSideRemarkLookAlikes: sentences that open like a side remark, or
// stand beside one, but say something of the answer (a reason, a doubt, a
// question, a condition, whose the accounts are, that the mail arrived,
// another person's say) are never read as Yes.
func TestSideRemarkLookAlikes(t *testing.T) {
	readsNot(t, []string{
		// A reason or a doubt after the remark.
		"Yes. Sorry, I can't agree to this.",
		"Yes. I was on PTO, so I haven't checked which account to keep.",
		"Yes. Sorry for the late reply, I need to check with my manager first.",
		"Yes. I was on PTO and haven't looked at the profile yet.",
		"Yes. Sorry for the delay, but please wait until I check.",
		"Yes. I'm back from PTO and will look at it tomorrow.",
		"Yes. Sorry for the late reply, I wasn't sure whether to agree.",
		"Yes, I was on PTO so I couldn't check.",
		"Yes, though I was on PTO and haven't read AWS's message.",
		"Yes. I was on PTO until yesterday when I noticed the accounts were different.",
		"Yes, sorry for the late reply, I thought I had already said no.",
		"Yes. Thanks for the reminder, I will check tonight.",
		"Yes. Thanks for chasing this, I'll reply to AWS myself.",
		"Yes. Sorry for the slow reply; this is for my colleague's account.",
		"Yes, sorry for the late reply - the certifications are not showing.",
		"Yes. I was on PTO. They don't show yet.",
		"Yes. I was out sick, so please ask my colleague instead.",
		"Yes. I've been busy with the other account.",
		"Yes, I was on holiday with my old account.",
		"Yes. Thanks for your patience. I'm not sure it's the right account though.",
		"Yes. Thanks for handling this, but please keep the old account.",
		"Yes. Have a great weekend! Please don't merge until Monday.",
		"Yes. Enjoy your weekend. Don't merge yet.",
		"Yes - I've been on leave. Actually, please hold off.",
		"Yes. Sorry for the late reply. No.",
		"Yes. Thanks for your help. Cancel the merge please.",
		"Yes!! Sorry, I mean no.",
		"Yes, they were there before I went on PTO.",
		"Yes. Let me know if that's a problem.",
		"Yes. Let me know if I should merge them myself.",
		"Yes. Let me know if you need anything else. Actually, wait.",
		// Another matter, or the answer taken back.
		"Yes — sorry, wrong thread",
		"Yes - wrong thread, sorry.",
		// A question.
		"Yes. Sorry, which accounts?",
		"Yes? Sorry for the late reply.",
		"Sorry for the late reply. Is this about my old account?",
		"Yes. Hope you're well. Which account will be kept?",
		"Yes. Just back from holiday - did you mean the gmail account?",
		"Yes. Hope you're well! Sorry, which case is this?",
		"Yes. Thanks for the help. Which of the two addresses will remain?",
		"Yes. How long does it usually take?", // of "it": may ask when they will show
		"Yes. How long does the merge take? I want to be sure before I agree.",
		"Yes. How long does the merge take, and can I undo it?",
		"Yes. How long will the merge take if I change my mind?",
		"Yes. When will the merge be done? I need the old account until Friday.",
		"Yes. Why does the merge take so long?",
		"Yes. How long does the merge take to undo?",
		// Whose the accounts are, the mail received, another's say.
		"Yes. Both accounts are mine.",
		"Yes. Sorry for the late reply. Both accounts are mine.",
		"Yes. Sorry for the delay, I was out - both accounts are mine.",
		"Yes, thanks for letting me know.",
		"Yes. I got your message while I was on PTO.",
		"Yes, I got your email. Sorry for the late reply.",
		"Yes, my manager says fine",
		"Yes. Sorry for the slow reply. My manager has approved it.",
		"Yes. Sorry for the delay, my manager told me to say yes.",
		"Yes. I've been busy, my boss approved it.",
		"Yes, my colleague says so. Sorry for the delay.",
		"Yes. I was on PTO last week, but my colleague said the old account should stay.",
		"Yes. Sorry for the slow reply - I was on PTO and my colleague handled it.",
		"Yes, happy to help. I don't own the old account.",
		"Yes. I was on PTO. The accounts are not both mine.",
		// "Yes please" with more in its sentence.
		"Yes please wait.",
		"Yes, please wait until Monday.",
		"Yes please, but only after my exam.",
		"Yes please don't merge them yet.",
		"Yes please, if my manager agrees.",
		"Yes please, but not the old account.",
		"Yes please? I'm not sure what this is.",
		"Yes, please. Actually no.",
		"Yes please... wait, which accounts?",
		"Yes please cancel it.",
		"Yes, please hold off for now.",
		"Yes please keep them separate.",
		// Japanese.
		"はい。出張で不在にしておりましたので、まだ確認できていません。",
		"はい。返信が遅くなり申し訳ありません。上司に確認します。",
		"はい、メールは受け取りました。返信が遅くなりすみません。",
		"はい。統合までどのくらいかかりますか？上司の承認が必要かもしれません。",
		"はい。お待たせしました。統合は来週にしてください。",
		"はい、ご対応ありがとうございます。ただ、統合は待ってください。",
		"はい。何かあればご連絡ください。上司の確認がまだです。",
		"はい、バタバタしておりまして、まだ見ていません。",
		"はい。先週は出張で不在にしておりました。旧アカウントは残してください。",
		"はい。両方とも私のアカウントです。返信が遅くなり申し訳ありません。",
		"はい。休暇中に上司が対応しました。",
		"はい。出張中のため確認できておりません。",
		"はい。体調不良で統合できませんでした。",
		"はい。出張で、上司が対応しました。",
		"はい。返信が遅くなり申し訳ありません。どちらのアカウントが残りますか？",
		"はい。先週は休暇をいただいておりました。まだ見ていません。",
		// More of the same.
		"Yes. No hurry, next month is fine.",
		"Yes. Not urgent - I'll check next week.",
		"I was on PTO so my colleague said yes.",
		"Yes. Sorry for the delay - my manager wanted to check first.",
		"Yes - I was on PTO when AWS emailed.",
		"Yes, catching up on mail now, will check the profile later.",
		"Yes. Thanks for your help, my manager is cc'd.",
		"Yes. Thanks, my manager will confirm.",
		"Yes. How long does the merge usually take? Can it be reversed?",
		"Yes. How long does the merge take? I leave on Friday.",
		"Yes, back from leave. Will check the profile tomorrow.",
		"Yes, I was on PTO, and I haven't checked the accounts.",
		"Yes. Sorry, my manager has to approve it first.",
		"Yes, because I was on PTO.",
		// "I'm out", "I'm off" may opt out; out or off for a time is away.
		"Yes. I'm out.",
		"Yes. I'm off.",
		"Yes. I was on PTO and my manager approved it.",
		"Yes, on my phone so can't check the accounts.",
		"Yes. I've returned the form.",
		"Yes. Sorry for the short answer: no.",
	}, Yes)
}

// TestConsentForLaterOrAfterAWord: a consent set for a time to come, or
// after a word with someone, in its own sentence or beside it, is no
// consent now; a consent is sent at once. Nor is a bare "yes" that the
// news was received. What showed after something
// happened, or a word had before, does not put anything off.
func TestConsentForLaterOrAfterAWord(t *testing.T) {
	readsNot(t, []string{
		"Go ahead, after the 15th.",
		"Consent, next week.",
		"Go ahead, next week please.",
		"Next week, go ahead.",
		"After the 15th, please consent.",
		"Go ahead - tomorrow.",
		"Please consent. Not before Friday though.",
		"Yes please, once my exam is over.",
		"Please do, after Monday.",
		"Go ahead. Once HR has signed off.",
		"I want to be sure before I agree.",
		"Yes. I want to make sure before we go ahead.",
		"Yes please check with my manager.",
		"Go ahead and ask my manager.",
		"Sure, go ahead, but talk to HR first.",
		"OK to merge, please check with legal.",
		"来週以降で、統合をお願いします。",
		"明日から同意してください。",
		"Yes please, after the 15th.",
		// Nor is a bare "yes" beside news received.
		"Yes I got it. Thanks!",
		"Yes, got that.",
	}, Yes)
	readAll(t, map[string]Answer{
		"Yes, they show. They appeared after I relinked.":    Yes,
		"They all show now, after a couple of days.":         Yes,
		"Go ahead, I checked with my manager and it's fine.": Yes,
		"Go ahead before Friday.":                            Yes,
		"Please consent. I left that company in 2021.":       Yes,
		"Done. I submitted it after lunch.":                  Submitted,
		"Not yet. Next week, probably.":                      No,
	})
}

// TestShowedAfterAWhile: that the certifications took time to appear is
// the story of a Yes that they are there now, as "at first" is (and the
// time a link or a form took, of its Done or Submitted); and
// spoken Japanese drops the い of ている (出てます) in a Yes's detail too.
func TestShowedAfterAWhile(t *testing.T) {
	reads(t, Yes,
		"Yep! It took a few days to show up but they're all there now.",
		"Took a while to appear, but they are listed now.",
		"Yes! Took a couple of days but they're there now.",
		"はい、出てます！",
		"はい、ちゃんと並んでます。",
	)
	readsNot(t, []string{
		"It took a few days but they're still not there.",
		"Yes, it took a while but now only two show.",
		"It took a week to appear but it's gone again now.",
		"It took a couple of days, but now it shows my old name.",
		"Yes, it took a while. Will check again tomorrow.",
		"はい、出てますが一つ足りません。",
		"はい、確認してます。",
		"はい、待ってます。",
	}, Yes)
	// So too for what was done: the time it took is its story.
	readAll(t, map[string]Answer{
		"It took two days but it's linked now.":             Done,
		"It took a few days but the form is submitted now.": Submitted,
	})
	readsNot(t, []string{
		"It took a while but I'm done with this.",
		"It took a while, but I gave up.",
		"Took a while but no, still nothing.",
	}, Yes, Done, Submitted)
}

// TestOnlyMine: "only" ending a sentence of whose the accounts are says
// no one else's ("they belong to me only"), beside a consent in words;
// before a verb, or of one of them, it still narrows.
func TestOnlyMine(t *testing.T) {
	reads(t, Yes,
		"Yes, please proceed. Both the accounts belong to me only.",
		"Go ahead. The accounts are mine only.",
		"Kindly go ahead, the old one is used by me only.",
	)
	readsNot(t, []string{
		"Yes. Mine only shows the CCP.",
		"Go ahead, but only the old one is mine.",
		"Please proceed. Only one of them is mine.",
		"Yes, both are mine only.", // a bare "yes" may answer whether they are
		"Go ahead. The old one belongs to me only for testing.",
	}, Yes)
}

// TestNoWayIntoTheOldOne: that the writer cannot get into the old account
// any more is why losing it does not matter, as not needing it is; "log
// in to the old one" names no account the merge goes to. Of the new one,
// of "it" unnamed, or beside a No, it is no reason.
func TestNoWayIntoTheOldOne(t *testing.T) {
	reads(t, Yes,
		"Sure, fine by me. The old one is pretty much dead, I can't even log in to it anymore.",
		"Please consent. I no longer have access to the old address.",
		"Go ahead - I lost access to the university one years ago.",
	)
	readsNot(t, []string{
		"Go ahead. I can't log in to the new one anymore.",
		"Go ahead. I can't log in to it anymore.",
		"Go ahead, I can't access the old account, so I can't consent from it.",
		"I can't log in to the old one anymore.",
		"Sure. The old account is gone, I can't access it anymore, please don't merge.",
		"Go ahead, merge them into the old one.",
		"Go ahead. I will log in to the old one from now on.",
	}, Yes)
}

// TestOfferOfMoreHelpEndsThere: an offer of more help is a courtesy only
// up to whom and what it is for; more after it may set a condition.
func TestOfferOfMoreHelpEndsThere(t *testing.T) {
	readAll(t, map[string]Answer{
		"Go ahead. Let me know if AWS needs anything else from me!":        Yes,
		"Done. Let me know if anything else is needed from my side.":       Done,
		"Submitted. If they need anything else, let me know.":              Submitted,
		"Go ahead. Let me know if you need anything else before I agree.":  Unclear,
		"Yes. Let me know if you need anything else before I agree.":       Unclear,
		"Go ahead. Let me know if you need anything more and I'll cancel.": Unclear,
	})
}

// TestNoPlanToUseTheOldOne: no plan to use the old account (使う予定がない,
// with が as with は) is the reason for a consent after it; one that
// negates the merge or the consent itself disagrees with it.
func TestNoPlanToUseTheOldOne(t *testing.T) {
	reads(t, Yes,
		"古いアドレスの方は今後使う予定がないので、統合に同意していただいて構いません。",
		"旧アカウントは使うつもりがないので、統合してください。",
		"Since I no longer use the old one, go ahead and merge them.",
	)
	readsNot(t, []string{
		"統合する予定がないので、同意してください。",
		"統合する予定はないので、同意してください。",
		"同意する予定がないので、進めてください。",
		"Since I don't want them merged, go ahead.",
		"旧アカウントは使う予定がないので大丈夫です。",
		"旧アカウントを使う予定があるので、統合してください。",
	}, Yes)
	readAll(t, map[string]Answer{"直接連携できなかったため、申請しました。": Submitted})
}

// TestKeepTheOldOne: asking to keep the old account, plainly, beside a
// consent in words or "Yes please", is not the merge AWS asked about: the
// merge closes it, or it asks for the other way round.
func TestKeepTheOldOne(t *testing.T) {
	readsNot(t, []string{
		"Please go ahead. Keep the old one.",
		"Go ahead. Keep the old account.",
		"Go ahead. I want to keep the old one.",
		"Yes please. Keep the old one.",
		"Sure, consent. Keeping my personal account.",
	}, Yes)
}

// TestSideRemarkBesideAShownYes: beside a bare "Yes" and one sentence that
// the certifications are there, a side remark changes nothing; what shows
// elsewhere, in part, or before, is still no Yes.
func TestSideRemarkBesideAShownYes(t *testing.T) {
	reads(t, Yes,
		"Yes. Sorry for the delay. All three are on the page now.",
		"Yes, sorry for the late reply. They're all listed.",
		"はい。返信が遅くなりすみません。3つとも表示されています。",
	)
	readsNot(t, []string{
		"Yes. Sorry for the delay. The old one is on the page.",
		"Yes. I was on PTO. Both show on my personal account.",
		"Yes. Sorry for the wait, two of three are there.",
		"Yes - just back from leave. They were there before I left.",
		"はい。出張で不在にしておりました。旧アカウントに表示されています。",
		"Yes, thanks for your patience. It shows zero certifications.",
		"Yes. Hope you're well. The list is empty.",
		"Yes, sorry for the slow reply. Not all of them are there.",
	}, Yes)
}
