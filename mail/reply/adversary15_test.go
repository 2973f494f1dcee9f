package reply

import "testing"

// Adversarial review of the readings widened in the fifteenth round
// (side remarks beside a Yes, "Yes please", bracket asides, apologies with
// "if", asking to be told if something does not show): replies written for
// this review in its own words, as people write them, each with the reading
// it must have. Unclear is right for anything unclear: a false Yes to "may
// we consent?" sends a merge consent that cannot be undone.

// probe15 is one reply with the reading Read must give, and a lean Lean
// may give besides Unclear and that reading (Lean is read only when Read
// is Unclear, and a case takes it only where a wrong one is cheap).
type probe15 struct {
	text       string
	read, lean Answer
}

// checkProbes15 checks each probe's Read, and that Lean gives no other answer.
func checkProbes15(t *testing.T, ps []probe15) {
	t.Helper()
	for _, p := range ps {
		if got := Read(p.text); got != p.read {
			t.Errorf("Read(%q) = %q, want %q", p.text, got, p.read)
		}
		if l := Lean(p.text); l != Unclear && l != p.read && l != p.lean {
			t.Errorf("Lean(%q) = %q, want %q or none", p.text, l, p.read)
		}
	}
}

// Test15SideRemarkWithACondition: A side remark that carries a condition ("as long as", "provided", "only if")
// holds the Yes beside it.
func Test15SideRemarkWithACondition(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Sorry for the delay, as long as my old certs carry over.", read: Unclear},
		{text: "Yes, thanks for your help, assuming nothing gets lost.", read: Unclear},
		{text: "Yes please, if that keeps my badges.", read: Unclear},
		{text: "Yes. Thanks for your patience, provided the old transcripts stay.", read: Unclear},
		{text: "Yes. I was on PTO, but only if nothing is deleted.", read: Unclear},
		{text: "Yes, sorry for the slow reply - so long as it can be undone later.", read: Unclear},
		{text: "Yes! Thanks for chasing this, as long as my manager is ok with it.", read: Unclear},
		{text: "Yes. Sorry for the delay. Only if it can be reversed.", read: Unclear},
		{text: "Yes, if it's really necessary. Thanks for your help.", read: Unclear},
		{text: "Sorry for the late reply. Yes, if you're sure nothing breaks.", read: Unclear},
	})
}

// Test15SideRemarkWithADoubt: A Yes with a doubt beside the apology or thanks ("I think", "probably", "not sure")
// is unclear.
func Test15SideRemarkWithADoubt(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Sorry, I'm not sure though.", read: Unclear},
		{text: "Yes I think. Sorry for the delay.", read: Unclear},
		{text: "Yes? Sorry for the late reply.", read: Unclear},
		{text: "Yes... I was on PTO so I'm not sure which one you mean.", read: Unclear},
		{text: "Yes, probably. Thanks for your patience.", read: Unclear},
		{text: "Yes, I guess. Sorry for the delay!", read: Unclear},
		{text: "Yes - I think so anyway. Apologies for the slow response.", read: Unclear},
		{text: "Sorry for the late reply, I'm still not sure, yes maybe.", read: Unclear},
		{text: "Yes (I think?). Thanks for chasing.", read: Unclear},
		{text: "Yes I suppose, thanks for your help.", read: Unclear},
	})
}

// Test15SideRemarkWithAQuestion: A question beside the side remarks, other than when the merge is done, is for a
// person.
func Test15SideRemarkWithAQuestion(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Sorry for the delay - which accounts are these?", read: Unclear},
		{text: "Yes. Thanks for your help! Will I lose anything?", read: Unclear},
		{text: "Yes. How long does the merge take, and will I lose my badges?", read: Unclear},
		{text: "Yes. How long does the merge take? Can it be undone?", read: Unclear},
		{text: "Yes, sorry for the delay. Is this safe?", read: Unclear},
		{text: "Yes please. Which email will I log in with afterwards?", read: Unclear},
		{text: "Yes. Sorry, what happens to my old account?", read: Unclear},
		{text: "Yes. Thanks! Do I need to do anything else?", read: Unclear},
		{text: "Yes. I was on PTO. What was this about again?", read: Unclear},
		{text: "Yes, thank you. Is that the one ending in @gmail?", read: Unclear},
	})
}

// Test15SideRemarkWithAPlan: A plan beside the remark ("will check tomorrow", "I'll confirm with my manager
// first") is no consent now.
func Test15SideRemarkWithAPlan(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. I was on PTO, will check tomorrow.", read: Unclear},
		{text: "Yes, sorry for the delay, I'll confirm with my manager first.", read: Unclear},
		{text: "Yes - back from holiday, will look at it properly on Monday.", read: Unclear},
		{text: "Yes. Thanks for your patience, I'll send the details later.", read: Unclear},
		{text: "Yes. Sorry for the slow reply. I'll get back to you with the account ID.", read: Unclear},
		{text: "Yes please. I'll double check tonight and let you know.", read: Unclear},
		{text: "Yes. Catching up on email now, will reply properly later.", read: Unclear},
		{text: "Yes, I'll think about it. Thanks for your help.", read: Unclear},
	})
}

// Test15AnotherPersonsSay: Another person's say beside a Yes is not the owner's consent.
func Test15AnotherPersonsSay(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Sorry, my manager asked me to say that.", read: Unclear},
		{text: "Yes (my boss says so).", read: Unclear},
		{text: "Yes please - my manager agreed. Thanks for your help.", read: Unclear},
		{text: "Yes. Sorry for the delay, my colleague Ken will confirm.", read: Unclear},
		{text: "Yes, according to my manager. Thanks!", read: Unclear},
		{text: "Yes, on behalf of my colleague. Sorry for the delay.", read: Unclear},
		{text: "Yes from my team lead. Thanks for your patience.", read: Unclear},
		{text: "My manager says yes. Sorry for the late reply.", read: Unclear},
	})
}

// Test15AnotherAccount: A Yes for another or only one account is not the case's consent.
func Test15AnotherAccount(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, sorry for the delay, for my personal one only.", read: Unclear},
		{text: "Yes please, but only the old one.", read: Unclear},
		{text: "Yes (the gmail account, not the work one).", read: Unclear},
		{text: "Yes, for the test account. Thanks!", read: Unclear},
		{text: "Yes. Thanks for your help - but please merge only my second account.", read: Unclear},
		{text: "Yes for the old address only. Sorry for the slow reply.", read: Unclear},
	})
}

// Test15NegationBesideRemarks: A Yes taken back or negated beside a remark; a No with a remark stays No.
func Test15NegationBesideRemarks(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, sorry, I mean no.", read: Unclear},
		{text: "Yes... sorry, actually no.", read: Unclear},
		{text: "Sorry, no.", read: No},
		{text: "No, sorry for the delay.", read: No},
		{text: "Yes - I was on PTO, didn't want it merged though.", read: Unclear},
		{text: "Yes. Thanks, but on second thought, no.", read: Unclear},
		{text: "Yes. Sorry, I don't agree.", read: Unclear},
		{text: "Yes. Sorry I can't agree to this.", read: Unclear},
		{text: "Yes I was on PTO. Please don't merge.", read: Unclear},
		{text: "Yes. No. Sorry, I misread.", read: Unclear},
	})
}

// Test15ReceiptOfMail: A Yes beside words that the mail was got, read, noted or understood may answer whether it
// arrived: unclear. A thanks for the mail after a bare Yes is such a receipt.
func Test15ReceiptOfMail(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, got it.", read: Unclear},
		{text: "Yes, received, thanks.", read: Unclear},
		{text: "Yes, thanks for the email.", read: Unclear},
		{text: "Yes I saw your mail. Sorry for the late reply.", read: Unclear},
		{text: "Yes, noted with thanks.", read: Unclear},
		{text: "Yes, thanks for letting me know.", read: Unclear},
		{text: "Yes, got your message. Thanks for your patience.", read: Unclear},
		{text: "Yes, I got the email from AWS too.", read: Unclear},
		{text: "Yes - received. Sorry for the slow reply.", read: Unclear},
		{text: "Yes, I read it. Thanks for your help.", read: Unclear},
		{text: "Yes, understood. Sorry for the delay.", read: Unclear},
		{text: "Yes, I see. Thanks!", read: Unclear},
		{text: "Yes, I remember. Sorry for the late reply.", read: Unclear},
		{text: "Yes, thanks for the heads up.", read: Unclear},
		{text: "Yes, thanks for the update.", read: Unclear},
		{text: "Yes, thanks for the info.", read: Unclear},
		{text: "Yes, thanks for the reminder. I'll do it tonight.", read: Unclear},
	})
}

// Test15YesPleaseChanged: "Yes please" is a consent only whole: what the please asks for after it ("explain",
// "send it again", "call me", "delete the old one") is another request.
func Test15YesPleaseChanged(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes please explain.", read: Unclear},
		{text: "yes pls call me first", read: Unclear},
		{text: "Yes please send me more details.", read: Unclear},
		{text: "Yes please tell me what happens to my certs.", read: Unclear},
		{text: "Yes please wait.", read: Unclear},
		{text: "Yes please hold off.", read: Unclear},
		{text: "Yes please cancel.", read: Unclear},
		{text: "Yes please cancel it.", read: Unclear},
		{text: "Yes please don't merge.", read: Unclear},
		{text: "Yes please, once I've confirmed.", read: Unclear},
		{text: "Yes please - after Friday.", read: Unclear},
		{text: "Yes please ask my manager.", read: Unclear},
		{text: "Yes please, can you resend the link?", read: Unclear},
		{text: "Yes please remind me next week.", read: Unclear},
		{text: "yes please undo it", read: Unclear},
		{text: "Yes please keep them separate.", read: Unclear},
		{text: "yes plz unlink them", read: Unclear},
		{text: "Yes please stop.", read: Unclear},
		{text: "Yes please, stop the merge.", read: Unclear},
		{text: "Yes please, let me think about it.", read: Unclear},
		{text: "Yes please, I need more time.", read: Unclear},
		{text: "Yes please, give me a call.", read: Unclear},
		{text: "Yes please, more info would help.", read: Unclear},
		{text: "Yes please, after I back up my transcripts.", read: Unclear},
		{text: "Yes please, but not the work one.", read: Unclear},
		{text: "Yes please, though I'd like to check first.", read: Unclear},
		{text: "Yes please, my manager wants it.", read: Unclear},
		{text: "Yes please, for my colleague's account.", read: Unclear},
		{text: "Yes please send it again.", read: Unclear},
		{text: "Yes please, resend.", read: Unclear},
		{text: "Yes please, delete the old one.", read: Unclear},
		{text: "Yes please remove my account.", read: Unclear},
		{text: "Yes please close my account.", read: Unclear},
		{text: "Yes please unsubscribe me.", read: Unclear},
		{text: "Yes please, no merge.", read: Unclear},
		{text: "Yes please, not yet.", read: Unclear},
		{text: "Yes please, but not now.", read: Unclear},
		{text: "Yes please if possible.", read: Unclear},
		{text: "Yes please if you can.", read: Unclear},
		{text: "Yes please?", read: Unclear},
		{text: "Yes please... actually wait.", read: Unclear},
		{text: "Yes please, I mean no.", read: Unclear},
		{text: "Yes please, maybe.", read: Unclear},
		{text: "Yes please, I think.", read: Unclear},
		{text: "Yes please. Call me first.", read: Unclear},
		{text: "Yes please. Wait for my OK.", read: Unclear},
		{text: "Yes please. Explain what it does first.", read: Unclear},
		{text: "Yes please. Only the personal one.", read: Unclear},
		{text: "Yes please.", read: Yes},
		{text: "Yes please!", read: Yes},
		{text: "Yes please, go ahead.", read: Yes},
		{text: "Yes please, thanks!", read: Yes},
		{text: "yes pls", read: Yes},
		{text: "Yes please do!", read: Yes},
		{text: "Yes, please do.", read: Yes},
		{text: "Yes please :)", read: Yes},
		{text: "Yes please, thank you so much.", read: Yes},
	})
}

// Test15ImperativeAfterBareYes: A bare Yes and an order for another act in its sentence is that order, no consent.
func Test15ImperativeAfterBareYes(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, send me the details.", read: Unclear},
		{text: "Yes, call me.", read: Unclear},
		{text: "Yes, explain please.", read: Unclear},
		{text: "Yes, tell me more.", read: Unclear},
		{text: "Yes, remove it.", read: Unclear},
		{text: "Yes - email me the steps.", read: Unclear},
		{text: "Yes, ring me tomorrow.", read: Unclear},
		{text: "Yes, forward it to my manager.", read: Unclear},
		{text: "Yes, ask Tanaka.", read: Unclear},
		{text: "Yes, check with IT.", read: Unclear},
		{text: "Yes, delete my old profile.", read: Unclear},
		{text: "Yes, unlink it.", read: Unclear},
		{text: "Yes, reset it.", read: Unclear},
		{text: "Yes, archive the old one.", read: Unclear},
		{text: "Yes, keep both.", read: Unclear},
		{text: "Yes, leave them as they are.", read: Unclear},
		{text: "Yes, hold on.", read: Unclear},
		{text: "Yes, let me check.", read: Unclear},
		{text: "Yes, let me ask my boss.", read: Unclear},
		{text: "Yes, give me a day.", read: Unclear},
		{text: "Yes, send it to my personal email instead.", read: Unclear},
	})
}

// Test15BracketAsides: An aside in brackets that holds, doubts or reverses the answer keeps it for a person; a
// courtesy in brackets does not.
func Test15BracketAsides(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes (not really).", read: Unclear},
		{text: "Yes (kidding, please don't).", read: Unclear},
		{text: "Yes (after I talk to HR).", read: Unclear},
		{text: "Done (well, almost).", read: Unclear},
		{"Done (not yet actually).", Unclear, No},
		{text: "Submitted (or so I thought, it errored).", read: Unclear},
		{text: "Yes (if that's reversible).", read: Unclear},
		{text: "Yes (my manager's call, not mine).", read: Unclear},
		{text: "Yes (for the other account).", read: Unclear},
		{text: "Done (on my test account).", read: Unclear},
		{text: "Yes (sorry, I meant no).", read: Unclear},
		{text: "Yes (no wait).", read: Unclear},
		{text: "Done (I'll do it tonight).", read: Unclear},
		{text: "Submitted (will submit tomorrow).", read: Unclear},
		{text: "Yes (pending my manager's approval).", read: Unclear},
		{text: "Yes (see below).", read: Unclear},
		{text: "Done (I think).", read: Unclear},
		{text: "Done (mostly).", read: Unclear},
		{text: "Submitted (the draft, anyway).", read: Unclear},
		{text: "Yes (but please wait until Monday).", read: Unclear},
		{text: "Yes (please don't actually merge yet).", read: Unclear},
		{text: "Yes (although I'd rather keep them separate).", read: Unclear},
		{text: "Done (my colleague did it for me).", read: Unclear},
		{text: "Submitted (by my assistant).", read: Unclear},
		{text: "Done (on the wrong account, oops).", read: Unclear},
		{text: "Yes (sort of).", read: Unclear},
		{text: "Yes (as far as I can tell).", read: Unclear},
		{text: "Done (except the last step).", read: Unclear},
		{text: "Yes (to the first question only).", read: Unclear},
		{text: "Done (will confirm once AWS replies).", read: Unclear},
		{text: "Yes, go ahead (after the 15th though).", read: Unclear},
		{text: "Go ahead (not the work account).", read: Unclear},
		{text: "I consent (on condition the history is kept).", read: Unclear},
		{text: "Yes (I was told to say yes).", read: Unclear},
		{text: "Done (it says pending).", read: Unclear},
		{text: "Submitted (still says draft).", read: Unclear},
		{text: "Yes (sorry for the delay).", read: Yes},
		{text: "Yes (sorry for the late reply, I was on PTO).", read: Yes},
		{text: "Done (took a few tries, but it's linked now).", read: Done},
		{text: "Done (sorry for the delay).", read: Done},
		{text: "Submitted (thanks for your patience).", read: Submitted},
		{text: "Yes, go ahead (thanks for chasing).", read: Yes},
	})
}

// Test15ConditionNamedAsOne: A condition named as one ("on one condition", "subject to", "conditionally") beside a
// consent in words holds it.
func Test15ConditionNamedAsOne(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "I consent. On condition that the history is kept.", read: Unclear},
		{text: "Go ahead. Provided nothing is lost.", read: Unclear},
		{text: "Yes, go ahead, on the condition that my badges stay.", read: Unclear},
		{text: "Please go ahead, as long as the old account is kept.", read: Unclear},
		{text: "You may go ahead. Assuming my transcript moves over.", read: Unclear},
		{text: "Go ahead - subject to my manager's OK.", read: Unclear},
		{text: "Go ahead, but only if it can be undone.", read: Unclear},
		{text: "Go ahead. Unless it deletes my old certs.", read: Unclear},
		{text: "Please proceed. Only if nothing is lost.", read: Unclear},
		{text: "I consent, on the understanding that nothing is deleted.", read: Unclear},
		{text: "I agree to the merge (provided my certs are kept).", read: Unclear},
		{text: "Go ahead (assuming it's reversible).", read: Unclear},
		{text: "Go ahead (unless my manager objects).", read: Unclear},
		{text: "I consent (subject to approval).", read: Unclear},
		{text: "Go ahead (only if necessary).", read: Unclear},
		{text: "Go ahead, if needed.", read: Unclear},
		{text: "Go ahead if you must.", read: Unclear},
		{text: "Go ahead, conditionally.", read: Unclear},
		{text: "Go ahead, with one condition: keep my old email.", read: Unclear},
		{text: "Go ahead. One condition - keep my old email.", read: Unclear},
		{text: "OK to merge, on one condition.", read: Unclear},
		{text: "Please go ahead, so long as it's the gmail one that stays.", read: Unclear},
		{text: "Go ahead, except for the test account.", read: Unclear},
		{text: "Go ahead. But not the test account.", read: Unclear},
		{text: "Go ahead. Except my personal one.", read: Unclear},
	})
}

// Test15RequestIsNoCourtesy: A "please" with words of a request beside it ("explain please", "please call",
// "please clarify") is no courtesy beside a bare Yes.
func Test15RequestIsNoCourtesy(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, call me please.", read: Unclear},
		{text: "Yes. Explain please.", read: Unclear},
		{text: "Yes. Wait please.", read: Unclear},
		{text: "Yes, hold please.", read: Unclear},
		{text: "Yes. Details please.", read: Unclear},
		{text: "Yes. More info please.", read: Unclear},
		{text: "Yes. Call me please.", read: Unclear},
		{text: "Yes. Advise please.", read: Unclear},
		{text: "Yes. Confirm please.", read: Unclear},
		{text: "Yes. Clarify please.", read: Unclear},
		{text: "Yes, please clarify.", read: Unclear},
		{text: "Yes, please advise.", read: Unclear},
		{text: "Yes, please confirm.", read: Unclear},
		{text: "Yes, please call.", read: Unclear},
		{text: "Yes, please explain.", read: Unclear},
		{text: "Yes, please elaborate.", read: Unclear},
		{text: "Yes, please hold.", read: Unclear},
		{text: "Yes, please check.", read: Unclear},
		{text: "Yes please check again.", read: Unclear},
		{text: "Yes please re-send.", read: Unclear},
		{text: "Yes please help.", read: Unclear},
		{text: "Yes please help me.", read: Unclear},
		{text: "Yes, please proceed.", read: Yes},
		{text: "Yes, please go ahead.", read: Yes},
		{text: "Yes, please merge them.", read: Yes},
		{text: "Yes, please consent.", read: Yes},
		{text: "Yes please consent on my behalf.", read: Yes},
		{text: "Yes, please go ahead with the merge.", read: Yes},
		{text: "Yes please, merge away.", read: Unclear},
		{text: "Yes. Please proceed.", read: Yes},
	})
}

// Test15ApologyThatIsTheAnswer: An apology that carries the answer ("Sorry, I can't") is read for that answer; one
// about a wrong thread or a mistake is for a person.
func Test15ApologyThatIsTheAnswer(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Sorry, I can't.", read: No},
		{text: "Sorry, not yet.", read: No},
		{text: "Sorry, I'd rather not.", read: No},
		{text: "Apologies, I haven't had a chance yet.", read: Unclear},
		{text: "Sorry, I don't want them merged.", read: No},
		{text: "Sorry for the delay — I'd prefer you didn't.", read: Unclear},
		{text: "Sorry, I haven't submitted it.", read: No},
		{text: "Sorry, still not showing.", read: No},
		{text: "Sorry for the late reply. Not yet.", read: No},
		{text: "Sorry for the slow reply, I haven't done it yet.", read: No},
		{text: "Sorry, I can't do that right now.", read: Unclear},
		{text: "Sorry, can't agree.", read: No},
		{text: "Sorry, I'm not comfortable with that.", read: Unclear},
		{text: "Sorry, I'd like to keep them apart.", read: No},
		{text: "Sorry, but please don't.", read: No},
		{text: "So sorry - I clicked the wrong button. Please ignore my yes.", read: Unclear},
		{text: "Sorry, wrong email.", read: Unclear},
		{text: "Sorry, ignore that.", read: Unclear},
		{text: "Sorry, that was meant for someone else.", read: Unclear},
		{text: "Sorry, I replied to the wrong thread. Yes.", read: Unclear},
		{text: "Yes — sorry, wrong thread.", read: Unclear},
		{text: "Apologies, disregard my last message.", read: Unclear},
		{text: "Sorry I forgot.", read: Unclear},
		{text: "Yes, sorry I forgot.", read: Yes},
		{text: "Sorry, I'm confused.", read: Unclear},
		{text: "Yes, sorry, I'm a bit confused.", read: Unclear},
		{text: "Sorry, who is this?", read: Unclear},
		{text: "Sorry, what is this about?", read: Unclear},
		{text: "Sorry, I don't understand.", read: Unclear},
		{text: "Yes. Sorry, I don't understand what you need.", read: Unclear},
	})
}

// Test15ApologyWithIf: An apology with "if" about the reply itself is a courtesy; one about the answer or the
// question is not.
func Test15ApologyWithIf(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Sorry if this is late, but I don't agree.", read: No},
		{text: "Apologies if this is the wrong thread - yes.", read: Unclear},
		{text: "Sorry if I've got the wrong end of the stick, but yes.", read: Unclear},
		{text: "Sorry if I misunderstood, yes.", read: Unclear},
		{text: "Sorry if this is a silly question, but which accounts?", read: Unclear},
		{text: "Apologies if I'm answering the wrong mail. Yes.", read: Unclear},
		{text: "Sorry if this causes problems, but I'd rather you didn't merge.", read: Unclear},
		{text: "Sorry if I'm being slow, but what does merging do?", read: Unclear},
		{text: "Sorry if this is late. Yes.", read: Yes},
		{text: "Yes, go ahead. Sorry if you get this twice.", read: Yes},
		{text: "Sorry if this is too late. Yes.", read: Yes},
		{text: "Yes. Sorry if it's not what you wanted.", read: Unclear},
		{text: "Yes, sorry if that's a problem.", read: Unclear},
		{text: "Apologies if this is a duplicate, but no wait, don't merge.", read: Unclear},
	})
}

// Test15ToldIfItDoesNotShow: Asking to be told if it does not show stands beside a Done; a doubt, plan or other
// thing beside it does not.
func Test15ToldIfItDoesNotShow(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Done. Let me know if it doesn't show.", read: Done},
		{text: "Done? Let me know if it doesn't show.", read: Unclear},
		{text: "Let me know if it doesn't show up, I haven't done it yet.", read: No},
		{"Done, let me know if it shows up.", Unclear, Done},
		{"Done, shout if it doesn't show - I'm not sure I did it right.", Unclear, Done},
		{text: "Let me know if it doesn't come through, I'll try again tomorrow.", read: Unclear},
		{"Submitted. Let me know if it doesn't come through and I'll resubmit on Monday.", Unclear, Submitted},
		{text: "Not done. Let me know if that's a problem.", read: No},
		{text: "Let me know if it doesn't show.", read: Unclear},
		{text: "Yes. Let me know if it doesn't go through.", read: Unclear},
		{text: "Done for the test account. Let me know if it doesn't show.", read: Unclear},
		{text: "My colleague did it. Let me know if it doesn't show.", read: Unclear},
		{text: "Linked it just now. Tell me if it doesn't show on your side.", read: Done},
		{text: "Submitted the form. Let me know if anything else is needed.", read: Submitted},
		{"Submitted the form. Let me know if I should submit it again for my other" +
			" account.", Unclear, Submitted},
		{"Done. Let me know if you want me to undo it.", Unclear, Done},
		{"Done. Let me know if you still want the merge.", Unclear, Done},
		{"Done. Let me know if it's the wrong one.", Unclear, Done},
	})
}

// Test15DoneBesideRemarks: A Done or Submitted beside side remarks stands; one taken back, done by another, or
// planned does not.
func Test15DoneBesideRemarks(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Done. Sorry for the delay, I was travelling.", read: Done},
		{text: "Done — sorry, I mean I will do it today.", read: Unclear},
		{text: "Submitted, thanks for the help. Oh wait, it's still in draft.", read: Unclear},
		{text: "Done. Thanks for your patience. Actually only the first part.", read: Unclear},
		{text: "Done (sort of).", read: Unclear},
		{text: "Done, thanks for chasing!", read: Done},
		{text: "Submitted - sorry it took me so long.", read: Submitted},
		{text: "Done. I was on PTO, so my colleague did it.", read: Unclear},
		{text: "Submitted. I was away, so my assistant sent it.", read: Unclear},
		{text: "Done. Sorry, I was on PTO, did it from my phone, not sure it went through.", read: Unclear},
		{text: "Sorry for the delay, I was on leave. Will do it today.", read: Unclear},
		{text: "Sorry for the delay, I was on leave and haven't had time. Will do it today.", read: Unclear},
		{text: "Thanks for your patience, I'll submit it tomorrow.", read: Unclear},
		{text: "Thanks for chasing. Doing it now.", read: Unclear},
		{text: "Thanks for your help, trying again now.", read: Unclear},
		{text: "Sorry for the delay. Done for my old account, the new one is still pending.", read: Unclear},
		{text: "Done! Thanks for the help. PS: I also unlinked the old one.", read: Unclear},
		{text: "Done. Sorry for the slow reply - I was on PTO and the link had expired, so I" +
			" used the other one.", read: Unclear},
		{text: "Submitted. Thanks for your help with this.", read: Submitted},
		{text: "Linked now. Sorry it took a while, I was out sick.", read: Done},
		{text: "Hope you're well. Not sure if this is done.", read: Unclear},
		{text: "Hope you're well. I think I've done it.", read: Unclear},
		{text: "Hope this helps. Done, I think.", read: Unclear},
		{text: "Back from PTO. Did someone already do this?", read: Unclear},
		{text: "Done - back from PTO, though the page still says pending.", read: Unclear},
	})
}

// Test15ThanksThatCarryMeaning: Thanks that carry a refusal, a change of mind or a plan are no courtesy.
func Test15ThanksThatCarryMeaning(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, thanks for the warning, I'll hold off.", read: Unclear},
		{text: "No thanks.", read: No},
		{text: "Thanks, but no.", read: No},
		{text: "Yes. Thanks for asking first!", read: Unclear},
		{text: "Thanks for checking - yes.", read: Yes},
		{text: "Thanks but I'll pass.", read: Unclear},
		{text: "Yes, thanks for the explanation, but I don't want them merged.", read: Unclear},
		{text: "Yes. Thanks for the help, but I changed my mind.", read: Unclear},
		{text: "Thanks for your help. I've decided against it.", read: Unclear},
		{text: "Thanks for your patience. I need another week.", read: Unclear},
		{text: "Yes. Thanks for your help, I've asked my manager to reply.", read: Unclear},
		{text: "Yes. Thanks for waiting, I'll confirm once I'm back.", read: Unclear},
		{text: "Yes, thanks for the reminder - will do it tonight.", read: Unclear},
		{text: "Yes, thanks - and please also merge my colleague's account.", read: Unclear},
		{text: "Yes thanks, and please unlink the old one.", read: Unclear},
		{text: "Thanks, I'll let you know.", read: Unclear},
		{text: "Thanks, I'll check.", read: Unclear},
		{text: "Thanks. Will check.", read: Unclear},
	})
}

// Test15AbsenceThatChangesTheAnswer: An absence that tells of another's reply, a lost access, a wait or a look not
// yet taken holds the answer.
func Test15AbsenceThatChangesTheAnswer(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. I was on leave, so my colleague replied on my behalf.", read: Unclear},
		{text: "Yes, I was away - my colleague already said no though.", read: Unclear},
		{text: "Yes, back from PTO - did someone already reply?", read: Unclear},
		{text: "Yes, I was on PTO, so please wait until I check.", read: Unclear},
		{text: "I was on PTO. Yes.", read: Yes},
		{text: "I'm on PTO until Monday, but yes, go ahead.", read: Yes},
		{text: "I'm away until the 15th, please go ahead after that.", read: Unclear},
		{text: "I was on PTO. My manager says yes.", read: Unclear},
		{text: "I was on PTO, so no.", read: No},
		{text: "I was on PTO, so I'm not sure.", read: Unclear},
		{text: "Yes. I was off sick, so I haven't looked yet.", read: Unclear},
		{text: "Yes. I'm on holiday until next week, can it wait?", read: Unclear},
		{text: "Yes. Been busy, haven't checked.", read: Unclear},
		{text: "Yes. I was travelling, so I couldn't log in.", read: Unclear},
		{text: "Yes. I've been away and lost access to my old account.", read: Unclear},
		{text: "Yes, I was on PTO and now the old account is locked.", read: Unclear},
	})
}

// Test15Japanese: The same families in Japanese: 承知しました/確認しました after a bare はい, a request (説明をお願いします, 電話をください), a
// which-account fact (個人アカウントの方です), conditions in brackets.
func Test15Japanese(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "はい。返信が遅くなり申し訳ありません。", read: Yes},
		{text: "はい、出張で不在にしておりました。上司に確認します。", read: Unclear},
		{text: "はい（上司の了承待ち）", read: Unclear},
		{text: "はい、ただし旧アカウントのみ。", read: Unclear},
		{text: "はい、お願いします。ただ、先に電話をください。", read: Unclear},
		{text: "申し訳ありませんが、同意できません。", read: No},
		{text: "すみません、まだです。", read: No},
		{text: "返信が遅くなり申し訳ありません。まだ提出できていません。", read: No},
		{text: "はい、メール受け取りました。", read: Unclear},
		{text: "はい、承知しました。", read: Unclear},
		{text: "はい、確認しました。", read: Unclear},
		{text: "はい、よろしくお願いします。", read: Yes},
		{text: "はい、お願いします（念のため旧アカウントのデータを残してください）。", read: Unclear},
		{text: "はい、お願いします。説明をお願いします。", read: Unclear},
		{text: "はい、詳細を教えてください。", read: Unclear},
		{text: "はい、電話をください。", read: Unclear},
		{text: "はい、少し待ってください。", read: Unclear},
		{text: "はい、上司がそう言っています。", read: Unclear},
		{text: "はい、たぶん。", read: Unclear},
		{text: "はい、と思います。", read: Unclear},
		{text: "はい？", read: Unclear},
		{text: "はい、ありがとうございます。メールを拝見しました。", read: Unclear},
		{text: "はい、同意します。ご対応ありがとうございます。", read: Yes},
		{text: "遅くなってすみません。はい、お願いします。", read: Yes},
		{text: "遅くなってすみません。はい、でも旧アカウントは残してください。", read: Unclear},
		{text: "はい、ただ、統合前に一度ご連絡ください。", read: Unclear},
		{text: "はい、条件付きで同意します。", read: Unclear},
		{text: "同意します（ただし履歴が残る場合に限ります）。", read: Unclear},
		{text: "同意します。ただし、履歴が消えないことが条件です。", read: Unclear},
		{text: "はい、出張中のため来週確認します。", read: Unclear},
		{text: "はい。休暇中でしたので、まだ見ていません。", read: Unclear},
		{text: "はい、個人アカウントの方です。", read: Unclear},
		{text: "はい、テスト用アカウントのみお願いします。", read: Unclear},
		{text: "はい、お願いします。やっぱりやめます。", read: Unclear},
		{text: "はい、お願いします、と上司から伝えるよう言われました。", read: Unclear},
		{text: "YESでお願いします、と上司が言っています。", read: Unclear},
		{text: "はい、すみません、いいえです。", read: Unclear},
		{text: "申し訳ありません、統合はしないでください。", read: No},
		{text: "申し訳ありません、統合しないでください。", read: No},
		{text: "はい、お手数をおかけしますが、先に旧アカウントのデータをバックアップしてください。", read: Unclear},
		{text: "連携しました。返信が遅くなりすみません。", read: Done},
		{text: "提出しました。ご対応ありがとうございます。", read: Submitted},
		{text: "連携しました（たぶん）。", read: Unclear},
		{text: "連携しました（テスト用アカウントで）。", read: Unclear},
		{text: "提出しました（下書きのままかもしれません）。", read: Unclear},
		{text: "完了しました、と思います。", read: Unclear},
		{text: "連携しました。表示されなければ明日やり直します。", read: Unclear},
		{"連携しました。表示されない場合はご連絡ください。", Unclear, Done},
		{text: "提出しました。届いていなければ教えてください、来週再提出します。", read: Unclear},
	})
}

// Test15SignatureAndQuotedThread: The same replies with a signature, a phone's line and the quoted question below:
// only the own words count.
func Test15SignatureAndQuotedThread(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes\n\nSent from my iPhone\n\nOn Mon, 14 Dec 2026 at 09:00, certflow" +
			" <certflow@partner.example> wrote:\n> AWS asks whether your accounts may be" +
			" merged - may we consent?\n> Reply YES or NO.", read: Yes},
		{text: "Yes, sorry for the delay, was on leave.\n--\nJohn Smith\nSolutions Architect |" +
			" Contoso\n+1 555 0100\n\n> AWS asks whether your accounts may be merged - may" +
			" we consent?", read: Yes},
		{text: "Yes, but see my note below.\n\nJohn\n\n> AWS asks whether your accounts may be" +
			" merged - may we consent?", read: Unclear},
		{text: "Yes please explain\n\nSent from my phone\n\n> AWS asks whether your accounts" +
			" may be merged - may we consent?", read: Unclear},
		{text: "Yes?\n\n> AWS asks whether your accounts may be merged - may we consent?", read: Unclear},
		{text: "No, sorry.\n\nBest,\nAiko\n\n> AWS asks whether your accounts may be merged -" +
			" may we consent? Reply YES or NO.", read: No},
		{text: "Thanks for the email.\n\n> AWS asks whether your accounts may be merged - may" +
			" we consent? Reply YES or NO.", read: Unclear},
		{text: "Sorry for the late reply!\n\nCheers,\nTom\n\n> Reply YES to consent or NO to" +
			" stop.", read: Unclear},
		{text: "I was on PTO last week.\n\n> Reply YES to consent or NO to stop.", read: Unclear},
		{text: "Thanks for your help!\n\n> Reply YES to consent or NO to stop.", read: Unclear},
		{text: "Hi,\n\nYes please, go ahead. Sorry for the slow reply, I was" +
			" travelling.\n\nKind regards,\nPriya Nair\nCloud Team Lead\n\nFrom: certflow" +
			" <certflow@partner.example>\nSent: Monday, December 14, 2026 9:00 AM\nSubject:" +
			" Consent to merge\n\nAWS asks whether your accounts may be merged - may we" +
			" consent?", read: Yes},
		{text: "Hi,\n\nYes please, but only after I've downloaded my transcripts. Sorry for" +
			" the slow reply.\n\nKind regards,\nPriya\n\nFrom: certflow" +
			" <certflow@partner.example>\nSent: Monday, December 14, 2026 9:00 AM\n\nAWS" +
			" asks whether your accounts may be merged - may we consent?", read: Unclear},
		{text: "Yes\nMy manager says so\n\n> may we consent?", read: Unclear},
		{text: "Yes\nthe personal one\n\n> may we consent?", read: Unclear},
		{text: "Done, sorry it took a while.\n\nRegards,\nKenji Sato\nTEL: 03-5555-0101\n\n>" +
			" Please link your certification account.", read: Done},
		{text: "Done (on the test account, sorry)\n\nRegards,\nKenji\n\n> Please link your" +
			" certification account.", read: Unclear},
	})
}

// Test15Typos: Mistyped words: a hedge mistyped ("yes i thnk") is a hedge still; a mistyped courtesy may leave a
// Yes unclear, never an answer.
func Test15Typos(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yse, go ahead.", read: Yes},
		{text: "yes plase", read: Yes},
		{text: "yes plase explain", read: Unclear},
		{text: "Sorry for the dealy, yes go ahead.", read: Yes},
		{text: "Yes. I was on PTP, will check tomorow.", read: Unclear},
		{text: "yeah go ahaed", read: Yes},
		{text: "yes pls cal me first", read: Unclear},
		{text: "Yes, sorry for teh delay, as long as nothing gets lsot.", read: Unclear},
		{text: "yes i thnk", read: Unclear},
		{text: "yse? not sure", read: Unclear},
		{text: "Yes, thnaks for the email.", read: Unclear},
		{text: "Yes, thnaks for your help!", read: Unclear},
		{text: "Yess, but only teh old one.", read: Unclear},
		{text: "Nope, sorry.", read: No},
		{text: "no sory", read: No},
		{text: "Doen, i think", read: Unclear},
	})
}

// Test15WhichAccountAfterBareYes: A bare Yes beside which account or who the writer is ("Yes, the personal one",
// "Yes, it's me") answers another question.
func Test15WhichAccountAfterBareYes(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, the personal one.", read: Unclear},
		{text: "Yes, my gmail one.", read: Unclear},
		{text: "Yes, it's the old address.", read: Unclear},
		{text: "Yes - the work account only.", read: Unclear},
		{text: "Yes, for the one ending in .edu.", read: Unclear},
		{text: "Yes, both are mine.", read: Unclear},
		{text: "Yes, that's my old address.", read: Unclear},
		{text: "Yes, that's me.", read: Unclear},
		{text: "Yes, that's correct.", read: Yes},
		{text: "Yes, the addresses are correct.", read: Unclear},
		{text: "Yes, it's me.", read: Unclear},
		{text: "Yes, I have two accounts.", read: Unclear},
		{text: "Yes, I remember making the second one.", read: Unclear},
	})
}

// Test15RemarkFamiliesThatCarryMore: A well-wish, an offer, a thanks or a "no rush" that carries a hold, another's
// account or a question beside a Yes; the one question of how long the merge takes may stand.
func Test15RemarkFamiliesThatCarryMore(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Have a great weekend - and please don't merge until Monday.", read: Unclear},
		{text: "Yes, hope this helps, but check with Tanaka first.", read: Unclear},
		{text: "Yes. Let me know if you need anything else, but don't merge yet.", read: Unclear},
		{text: "Yes, no rush - actually, please wait for my confirmation.", read: Unclear},
		{text: "No rush. I'm still deciding.", read: Unclear},
		{text: "Yes. Not in a rush, but please wait for my manager.", read: Unclear},
		{text: "Yes. Talk soon - I'll call you about the details.", read: Unclear},
		{text: "Yes. Take care, and let's discuss on Monday.", read: Unclear},
		{text: "Yes. Happy to help, though I'm not the account owner.", read: Unclear},
		{text: "Yes, happy to help my colleague with this.", read: Unclear},
		{text: "Yes. Thanks for handling this for my team.", read: Unclear},
		{text: "Yes. Thanks for sorting this out for my manager.", read: Unclear},
		{text: "Yes, thanks for taking care of my colleague's account.", read: Unclear},
		{text: "Yes. Hope you had a good holiday! Did you get my earlier reply?", read: Unclear},
		{text: "Yes. Just curious - will my old certs be lost?", read: Unclear},
		{text: "Yes. Out of curiosity, can the merge be undone?", read: Unclear},
		{text: "Yes. How long does the merge take? And will my badges move over?", read: Unclear},
		{text: "How long does the merge take? Yes if it's quick.", read: Unclear},
		{text: "Yes. How long does the merge take? I need it done before my exam.", read: Unclear},
		{text: "Yes, how long will it take to show?", read: Unclear},
		{text: "Yes. When will the merge be done? My manager wants to know.", read: Unclear},
		{text: "Yes. How long does the merge usually take?", read: Yes},
		{text: "Yes please. Out of curiosity, how long does the merge take?", read: Yes},
	})
}

// Test15RemarkAloneOrBesideANo: A side remark alone is no answer; beside a No it is the No; beside another's word
// or another owner it is for a person.
func Test15RemarkAloneOrBesideANo(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Sorry for the delay.", read: Unclear},
		{text: "Thanks for your help!", read: Unclear},
		{text: "I was on PTO.", read: Unclear},
		{text: "Sorry for the slow reply, I was on PTO all of last week.", read: Unclear},
		{text: "Hope you're well!", read: Unclear},
		{text: "No rush.", read: Unclear},
		{text: "Let me know if you need anything else.", read: Unclear},
		{text: "No. Sorry for the delay.", read: No},
		{text: "Sorry for the delay, but no.", read: No},
		{text: "No - sorry, I was on leave. Please don't merge.", read: No},
		{text: "Not yet, sorry - I was travelling.", read: No},
		{text: "I was on PTO and my manager said no.", read: Unclear},
		{text: "Thanks for your help, but my manager says no.", read: Unclear},
		{text: "Sorry for the delay, my colleague will answer.", read: Unclear},
		{text: "Sorry for the late reply, I'm not the right person for this.", read: Unclear},
		{text: "Sorry for the late reply, this isn't my account.", read: No},
		{text: "Sorry for the slow reply, I don't have a second account.", read: Unclear},
		{text: "Sorry for the delay - I've never had an AWS account.", read: No},
	})
}

// Test15RemarkFamiliesTurned: An apology or absence that gives a reason that changes the answer (approval sought,
// legal reviewing, a change of mind) holds the Yes.
func Test15RemarkFamiliesTurned(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. I wasn't on PTO, I just didn't want to answer.", read: Unclear},
		{text: "Yes. I'm not catching up, I'm deciding.", read: Unclear},
		{text: "Yes. Sorry for not replying sooner, I wanted to check with legal first.", read: Unclear},
		{text: "Yes. Sorry it took so long, I had to ask my manager.", read: Unclear},
		{text: "Yes. Apologies for the delay, I had to get approval from IT.", read: Unclear},
		{text: "Yes, sorry for the delay, we had to discuss it internally.", read: Unclear},
		{text: "Yes. Sorry for the delay, legal is still reviewing.", read: Unclear},
		{text: "Yes. Sorry for the delay - I'm not sure this is right.", read: Unclear},
		{text: "Yes. I've been travelling, so my assistant is replying for me.", read: Unclear},
		{text: "Yes. I was on PTO and someone else may have already answered.", read: Unclear},
		{text: "Yes. I've been busy with the audit, which is why I want to wait.", read: Unclear},
		{text: "Yes. Back from holiday - and I've changed my mind.", read: Unclear},
	})
}

// Test15JapaneseRemarksWithMore: Japanese side remarks beside plans, another's say, a condition, a which-account
// fact or thanks for the mail itself.
func Test15JapaneseRemarksWithMore(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "出張で不在にしておりました。統合は見送ります。", read: No},
		{text: "ご対応ありがとうございます。ただ、統合はしないでください。", read: Unclear},
		{text: "返信が遅くなり申し訳ありません。はい、ただ上司の確認後でお願いします。", read: Unclear},
		{text: "返信が遅くなり申し訳ありません。上司に確認中です。", read: Unclear},
		{text: "はい。出張で不在にしておりました。上司が同意しています。", read: Unclear},
		{text: "はい。休暇中でした。念のため、統合前に旧アカウントの証明書をダウンロードしたいです。", read: Unclear},
		{text: "はい。休暇をいただいておりました。よろしくお願いいたします。", read: Yes},
		{text: "はい、同意します。返信が遅くなり申し訳ありません。", read: Yes},
		{text: "はい、お願いします、と言いたいところですが、上司の許可がまだです。", read: Unclear},
		{text: "ご対応ありがとうございます。", read: Unclear},
		{text: "返信が遅くなり申し訳ありません。", read: Unclear},
		{text: "はい、ご連絡ありがとうございます。", read: Unclear},
		{text: "はい、メールありがとうございます。", read: Unclear},
		{text: "はい、ご案内の件、了解しました。", read: Unclear},
		{text: "はい。ご説明ありがとうございます。ただ、少し考えさせてください。", read: Unclear},
		{text: "はい、少し考えさせてください。", read: Unclear},
		{text: "はい、検討します。", read: Unclear},
		{text: "はい、社内で確認します。", read: Unclear},
		{text: "はい、後ほど連絡します。", read: Unclear},
		{text: "はい、今週中に対応します。", read: Unclear},
		{text: "はい、こちらは私の個人アカウントです。", read: Unclear},
		{text: "はい、両方とも私のアカウントです。", read: Unclear},
		{text: "はい、旧アカウントのほうでお願いします。", read: Unclear},
		{text: "はい、電話で説明をお願いします。", read: Unclear},
		{text: "はい。統合すると資格は消えますか？", read: Unclear},
		{text: "はい、ですが旧アカウントは残してください。", read: Unclear},
		{text: "はい（ただし上司の承認後）。", read: Unclear},
		{text: "はい（冗談です）。", read: Unclear},
		{text: "はい（たぶん）。", read: Unclear},
		{text: "はい（同僚の分です）。", read: Unclear},
		{text: "はい（返信が遅くなりすみません）。", read: Yes},
	})
}

// Test15LongLetters: Whole letters: greeting, remarks, answer, thanks, name; a hold or a worry in them leaves the
// Yes for a person.
func Test15LongLetters(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Hi team,\n\nSorry for the slow reply - I was on PTO all of last week and I'm" +
			" only now catching up on email.\n\nYes please, go ahead and consent on my" +
			" behalf.\n\nThanks for your patience and for chasing this!\n\nBest,\nMarta", read: Yes},
		{text: "Hi team,\n\nSorry for the slow reply - I was on PTO all of last week and I'm" +
			" only now catching up on email.\n\nYes please, go ahead. Actually, could you" +
			" hold off until I've downloaded my old transcripts?\n\nThanks,\nMarta", read: Unclear},
		{text: "Hi team,\n\nSorry for the slow reply. Yes.\n\nOne thing: the old account is" +
			" the one my employer paid for, so please check with them" +
			" first.\n\nThanks,\nMarta", read: Unclear},
		{text: "Hi,\n\nThanks for chasing. I was away at re:Invent. Yes - though I'm a bit" +
			" worried about losing my badges, can you confirm they move over?\n\nBest,\nLee", read: Unclear},
	})
}

// Test15DoneThatWasNotDone: A Done or Submitted beside remarks that take it back, put it off, doubt it or give it
// to another is no Done.
func Test15DoneThatWasNotDone(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Submitted, thanks for the reminder - well, I will have by tonight.", read: Unclear},
		{text: "Done! Have a great weekend. (Well, nearly done.)", read: Unclear},
		{text: "Done. No rush on your side; it still says pending.", read: Unclear},
		{text: "Submitted. Apologies if it's the wrong form.", read: Unclear},
		{text: "Done, sorry if it's on the wrong account.", read: Unclear},
		{text: "Done. Sorry if I did it on my test account.", read: Unclear},
		{text: "Done. Let me know if it doesn't show up - I'm not 100% sure it saved.", read: Unclear},
		{text: "Linked. Shout if it doesn't show, I used my gmail.", read: Done},
		{text: "Done, let me know if nothing comes through from AWS, since I used a different" +
			" email.", read: Unclear},
		{text: "Submitted - thanks for your patience! My manager still has to approve it.", read: Unclear},
		{text: "Done. Thanks for chasing. It's waiting on my manager now.", read: Unclear},
		{text: "Done - thanks! Well, my colleague did it.", read: Unclear},
		{text: "Done. Sorry for the delay, I did it for both of us.", read: Done},
		{text: "Sorry for the delay. Will be done by Friday.", read: Unclear},
		{text: "Thanks for the nudge. Doing it today.", read: Unclear},
		{text: "Thanks for your patience. Almost done.", read: Unclear},
		{text: "Sorry for the slow reply! Done, I think.", read: Unclear},
		{text: "Sorry it took so long - I submitted it twice by mistake.", read: Unclear},
		{text: "Submitted (sorry, I mean drafted).", read: Unclear},
		{"Done (sorry, not yet).", Unclear, No},
		{text: "連携しました（返信が遅くなりすみません）。", read: Done},
		{text: "連携しました（上司が）。", read: Unclear},
		{text: "連携しました（同僚がやってくれました）。", read: Unclear},
		{text: "提出しました、と思います。遅くなり申し訳ありません。", read: Unclear},
		{text: "遅くなり申し訳ありません。明日提出します。", read: Unclear},
		{text: "お待たせしました。来週連携します。", read: Unclear},
		{text: "出張中のため、戻り次第対応します。", read: Unclear},
	})
}

// Test15DoubleAnswersAndSarcasm: Two answers, or thanks said in sarcasm ("thanks a lot for losing my certs last
// time"), beside a Yes.
func Test15DoubleAnswersAndSarcasm(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Sorry, no.", read: Unclear},
		{text: "No. Sorry, yes.", read: Unclear},
		{text: "Yes please! No wait, sorry.", read: Unclear},
		{text: "Yes 🙄 thanks for the 5th reminder.", read: Unclear},
		{text: "Yes. Thanks for nothing.", read: Unclear},
		{text: "Yes... thanks a lot for losing my certs last time.", read: Unclear},
		{text: "Sure, thanks for breaking it last time.", read: Unclear},
		{text: "Yes, great, another merge. Thanks.", read: Unclear},
		{text: "Yes /s", read: Unclear},
	})
}

// Test15OthersSayPassedOn: Another's Yes pointed to or passed on ("See below from my manager: yes please"), or the
// writer speaking for another.
func Test15OthersSayPassedOn(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "See below from my manager: Yes please go ahead.", read: Unclear},
		{text: "Forwarding my manager's reply: yes.", read: Unclear},
		{text: "My manager: \"yes please\". Me: not sure.", read: Unclear},
		{text: "Yes - my manager, who's cc'd, asked me to confirm. Thanks!", read: Unclear},
		{text: "Yes please (on behalf of Ken, who is on PTO).", read: Unclear},
		{text: "Yes. Sorry, replying for Ken while he's on leave.", read: Unclear},
		{text: "Yes. I'm covering for my colleague while she's out.", read: Unclear},
		{text: "Yes. Thanks for your patience, my manager approved it.", read: Unclear},
	})
}

// Test15JapaneseYesPleaseChanged: はい、お願いします with what changes it after (a which-account aside, a later time, a
// call, the steps asked for).
func Test15JapaneseYesPleaseChanged(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "はい、お願いします（旧アカウントの方で）。", read: Unclear},
		{text: "はい、お願いします。ただし来週以降で。", read: Unclear},
		{text: "はい、お願いします。念のため電話ください。", read: Unclear},
		{text: "はい、お願いします。統合後の手順を教えてください。", read: Unclear},
		{text: "はい、お願いします。やはり少し待ってください。", read: Unclear},
		{text: "はい、お願いします。ご対応ありがとうございます。", read: Yes},
		{text: "はい、お願いします。返信が遅くなりすみません。", read: Yes},
		{text: "お願いします。出張で不在にしておりました。", read: Yes},
	})
}

// Test15WhenAndOtherQuestions: How long the merge takes may stand beside a consent; any other question, or the
// same one of "it", may not.
func Test15WhenAndOtherQuestions(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. How long does the merge take once you've got my consent, and will the old" +
			" login still work?", read: Unclear},
		{text: "Yes. How long does the merge take? (I might cancel if it's long.)", read: Unclear},
		{text: "Yes. How long does the merge take? Can I still use the old login after?", read: Unclear},
		{text: "Yes. How long does it take?", read: Unclear},
		{text: "Yes. Do I need to do anything?", read: Unclear},
		{text: "Yes, but how long does the merge take?", read: Unclear},
		{text: "Yes, please go ahead. How long does the merge normally take?", read: Yes},
		{text: "No rush, but how long does the merge take? Yes by the way.", read: Unclear},
	})
}

// Test15ButWithRemarks: A "but" after a side remark: the Yes or No after it stands; a doubt or part after it does
// not.
func Test15ButWithRemarks(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Sorry for the delay, but yes.", read: Yes},
		{text: "Sorry for the delay, but I'm still checking.", read: Unclear},
		{text: "Thanks for your help, but I'm not ready yet.", read: Unclear},
		{text: "Sorry, but yes and no.", read: Unclear},
		{text: "Yes, sorry, but only for the personal one.", read: Unclear},
		{text: "Thanks, but please don't merge them.", read: No},
	})
}

// Test15ApologyWithIfAboutTheAnswer: An apology with "if" about the answer, an earlier reply or the account is for
// a person.
func Test15ApologyWithIfAboutTheAnswer(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Apologies if this is the wrong address - I don't actually have an AWS account.", read: Unclear},
		{text: "Sorry if I'm late - I already merged them myself.", read: Unclear},
		{text: "Sorry if this is confusing, but I said yes earlier and now I'm not sure.", read: Unclear},
		{text: "Sorry if I wasn't clear before. I meant no.", read: Unclear},
		{text: "Sorry if my earlier reply was unclear - yes for the old one only.", read: Unclear},
		{text: "Apologies if this reaches you twice. Yes, go ahead.", read: Unclear},
		{text: "Sorry if this is a bit late! Yes please.", read: Yes},
	})
}

// Test15RemarkPiecesThatHideMore: A remark's clause joined to a negation, a part or another account is no remark.
func Test15RemarkPiecesThatHideMore(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, I was away and didn't get to it.", read: Unclear},
		{text: "I was out sick, so not yet.", read: No},
		{text: "Yes. I've been travelling and haven't checked.", read: Unclear},
		{text: "Yes, sorry for the delay, and no, I don't want the old one kept.", read: Unclear},
		{text: "Yes. Sorry for not replying - or merging.", read: Unclear},
		{text: "Yes, thanks for your help, not for the old account though.", read: Unclear},
		{text: "Yes. Thanks for your patience - only the first one shows.", read: Unclear},
		{text: "Yes. Catching up on mail, and only two of three show.", read: Unclear},
		{text: "Yes. Sorry for the slow reply; the DVA is still missing.", read: Unclear},
		{text: "No. Sorry for the slow reply; the DVA is still missing.", read: No},
		{text: "Yes, all three show now. Sorry for the delay!", read: Yes},
		{text: "Yes. They all show. Thanks for chasing.", read: Yes},
		{text: "Yes. They all show in my personal account. Thanks!", read: Unclear},
		{text: "Yes, they show. Thanks for the email.", read: Yes},
	})
}

// Test15YesPleaseInOtherShapes: "Yes please" with courtesies stays a Yes; with a doubt, another person who holds
// the login or is to be asked, it does not.
func Test15YesPleaseInOtherShapes(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes please, thanks so much!", read: Yes},
		{text: "Yes please, asap.", read: Unclear},
		{text: "Yes please, the sooner the better.", read: Unclear},
		{text: "Yes please go for it.", read: Yes},
		{text: "Yes please, whatever you think is best.", read: Unclear},
		{text: "Yes please, if it's not too much trouble.", read: Unclear},
		{text: "yes please!! but call me", read: Unclear},
		{text: "Yes please - wait, which account is the target?", read: Unclear},
		{text: "Yes please, I trust you.", read: Unclear},
		{text: "Yes please. I think.", read: Unclear},
		{text: "Yes please. Maybe.", read: Unclear},
		{text: "Yes please. Not sure though.", read: Unclear},
		{text: "Yes please. Ask Ken, he knows the details.", read: Unclear},
		{text: "Yes please. My wife has the login.", read: Unclear},
		{text: "Yes please. Sorry it took so long.", read: Yes},
		{text: "Yes please. Thanks for your patience!", read: Yes},
		{text: "Yes please. Hope you're well.", read: Yes},
		{text: "Yes please! Have a lovely weekend.", read: Yes},
	})
}

// Test15ToldIfVariants: Asking to be told if it does not come through beside a Done or Submitted, and with an
// error, a plan, another doer or another account beside it.
func Test15ToldIfVariants(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Done. Let me know if it doesn't show up on your side.", read: Done},
		{text: "Linked it. Let me know if it doesn't come through.", read: Done},
		{text: "Linked it, but let me know if it doesn't come through - I had an error.", read: Unclear},
		{text: "Linked it. Let me know if it doesn't show, then I'll redo it next week.", read: Unclear},
		{text: "Let me know if it doesn't show. Done?", read: Unclear},
		{text: "Let me know if it doesn't show. My colleague did it.", read: Unclear},
		{text: "Let me know if it doesn't show - it was linked to my test account.", read: Unclear},
		{text: "Submitted. Let me know if anything else is needed.", read: Submitted},
		{text: "Submitted. Let me know if you need it in Japanese instead.", read: Unclear},
		{text: "Submitted. Let me know if it doesn't come through, as I'm not sure I hit send.", read: Unclear},
	})
}

// Test15ReasonsAboutTheOldAccount: No way into the old account is a reason beside a consent; of the new one, with
// a wait, a worry or another's use it is not.
func Test15ReasonsAboutTheOldAccount(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Go ahead. I can't even log in to the old one anymore.", read: Yes},
		{text: "Go ahead. I can't log in to the new one anymore.", read: Unclear},
		{text: "Yes. I can't log in to the old one anymore, so please wait until I recover it.", read: Unclear},
		{text: "Yes. I can't log in to the old one anymore - can you merge it anyway?", read: Yes},
		{text: "Yes. I lost access to the old one, is that a problem?", read: Unclear},
		{text: "Yes. I don't use the old one any more, but my employer does.", read: Unclear},
		{text: "Yes. I don't need the old one anymore. Actually, wait, my transcripts are" +
			" there.", read: Unclear},
		{text: "今後使う予定がないので、統合しないでください。", read: No},
		{text: "今後使う予定がないので、統合は少し待ってください。", read: No},
		{text: "今後使う予定がないので、統合に同意します。", read: Yes},
		{text: "今後使う予定がないので、統合に同意しますが、上司の確認後でお願いします。", read: Unclear},
	})
}

// Test15ReturnedShortReplyPhone: Back from leave, a short reply, a phone: remarks; with a look still to take or a
// bare "out" (which may opt out) they are not.
func Test15ReturnedShortReplyPhone(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. I've just returned from vacation.", read: Yes},
		{text: "Yes. I've just returned from vacation and haven't read the details.", read: Unclear},
		{text: "Yes - sorry for the brief reply, on my phone.", read: Yes},
		{text: "Yes - sorry for the brief reply, on my phone, will check properly later.", read: Unclear},
		{text: "Yes - on my phone so can't check which account.", read: Unclear},
		{text: "Yes, I'm out.", read: Unclear},
		{text: "I'm out.", read: Unclear},
		{text: "Yes, I'm off.", read: Unclear},
		{text: "Count me out.", read: Unclear},
		{text: "I'm out, sorry.", read: Unclear},
		{text: "Yes. I was out last week.", read: Yes},
		{text: "Yes, back.", read: Unclear},
	})
}

// Test15PageSaidAskedMeTo: What a page or person asked the writer to do is no answer; what the page said AWS does
// next stands beside a Submitted.
func Test15PageSaidAskedMeTo(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "It asked me to sign in and approve.", read: Unclear},
		{text: "My manager asked me to approve.", read: Unclear},
		{text: "The portal asked me to agree, so I did.", read: Unclear},
		{text: "AWS asked me to consent. I'm not sure.", read: Unclear},
		{text: "Submitted. The confirmation page said they would answer within 5 business" +
			" days.", read: Submitted},
		{text: "Submitted. The page said it failed.", read: Unclear},
		{text: "Submitted? The page said they would answer within 5 business days.", read: Unclear},
		{text: "The confirmation page said they would answer within 5 business days.", read: Unclear},
	})
}

// Test15OffersOfHelpWithACondition: An offer of more help is a courtesy only up to whom and what it is for, not
// with a condition or a deadline after it.
func Test15OffersOfHelpWithACondition(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Let me know if you need anything else from me.", read: Yes},
		{text: "Yes. Let me know if you need anything else from me before I leave on Friday.", read: Unclear},
		{text: "Yes. Let me know if you need anything else, like my manager's approval.", read: Unclear},
		{text: "Yes. Let me know if anything else is needed, otherwise I'll assume it's" +
			" cancelled.", read: Unclear},
	})
}

// Test15JapaneseRunTogetherRemarks: Japanese remarks run together, beside a Yes, a plan or a wait.
func Test15JapaneseRunTogetherRemarks(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "出張中のため返信が遅くなりました。はい、お願いします。", read: Yes},
		{text: "出張中のため返信が遅くなりました。上司に確認してから回答します。", read: Unclear},
		{text: "体調不良でお休みをいただいておりました。まだ確認できていません。", read: Unclear},
		{text: "はい。出張中のため返信が遅くなりましたが、統合は少しお待ちください。", read: Unclear},
		{text: "はい。出張中のため返信が遅くなりました。", read: Yes},
	})
}

// Test15ShortBracketLabels: A short bracket right after a bare answer word labels the answer ("Yes (old one)",
// "Done (sandbox)", はい（上司確認済み）): for a person, unless it is the answer again or a courtesy or relief ("Yes
// (finally)", ＮＯ（いいえ）).
func Test15ShortBracketLabels(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Done (not mine).", read: Unclear},
		{text: "Yes (test account).", read: Unclear},
		{text: "Yes (old one).", read: Unclear},
		{text: "Yes (old one only).", read: Unclear},
		{text: "Done (kind of).", read: Unclear},
		{text: "Yes (for now).", read: Unclear},
		{text: "Yes (tentatively).", read: Unclear},
		{text: "Yes (I think).", read: Unclear},
		{text: "Yes (maybe).", read: Unclear},
		{text: "Yes (not sure).", read: Unclear},
		{text: "Yes (manager approved).", read: Unclear},
		{text: "Yes (per my manager).", read: Unclear},
		{text: "Done (by IT).", read: Unclear},
		{text: "Submitted (to HR).", read: Unclear},
		{text: "Yes (after Friday).", read: Unclear},
		{text: "Yes (next week).", read: Unclear},
		{text: "Yes (with conditions).", read: Unclear},
		{text: "Yes (conditionally).", read: Unclear},
		{text: "Yes (please call).", read: Unclear},
		{text: "Yes (personal account).", read: Unclear},
		{"Done (partially).", Unclear, No},
		{text: "Done (sandbox).", read: Unclear},
		{text: "Yes (no).", read: Unclear},
		{text: "Yes (joking).", read: Unclear},
		{text: "Yes (finally).", read: Yes},
		{text: "Yes (thanks!).", read: Yes},
		{text: "Done (finally).", read: Done},
		{text: "Done (thanks!).", read: Done},
		{text: "Yes（ありがとうございます）", read: Yes},
		{text: "はい（旧アカウント）", read: Unclear},
		{text: "はい（一旦）", read: Unclear},
		{text: "はい（条件付き）", read: Unclear},
		{text: "はい（上司確認済み）", read: Unclear},
		{text: "はい（仮）", read: Unclear},
		{text: "連携しました（一部）", read: Unclear},
		{text: "連携しました（テスト）", read: Unclear},
		{text: "提出しました（下書き）", read: Unclear},
	})
}

// Test15OddPunctuation: Full-width letters, marks and a question mark after an ellipsis ("Yes...?") read as what
// they stand for.
func Test15OddPunctuation(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Ｙｅｓ（ただし旧アカウントのみ）", read: Unclear},
		{text: "ＹＥＳ", read: Yes},
		{text: "YES!!!", read: Yes},
		{text: "YES??", read: Unclear},
		{text: "Yes...?", read: Unclear},
		{text: "Yes - no - wait.", read: Unclear},
		{text: "Yes/No", read: Unclear},
		{text: "Yes or no?", read: Unclear},
		{text: "yes/no/maybe", read: Unclear},
		{text: "\"Yes\"", read: Yes},
		{text: "'Yes' he said.", read: Unclear},
		{text: "> Yes", read: Unclear},
	})
}

// Test15MixedAndIdiomatic: Idioms that hold a Yes ("Yes, whatever", "Yes, pending approval", "for now"), another's
// saying put after what was said ("Go ahead, says my boss"), being asked to say it ("I've been asked to say yes");
// a Yes of emphasis may be left unclear.
func Test15MixedAndIdiomatic(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes. Sorry, I'm not the owner.", read: Unclear},
		{text: "Yes, though it's my boss's call.", read: Unclear},
		{text: "Yes - from my end at least.", read: Unclear},
		{text: "Yes, as far as I'm concerned.", read: Unclear},
		{text: "Yes if you say so.", read: Unclear},
		{text: "Yes, whatever.", read: Unclear},
		{text: "Yes, fine, whatever.", read: Unclear},
		{text: "Yes I suppose so.", read: Unclear},
		{text: "I guess yes.", read: Unclear},
		{text: "Yeah, no.", read: Unclear},
		{text: "No, yes.", read: Unclear},
		{text: "Yes and no.", read: Unclear},
		{text: "Yes-ish.", read: Unclear},
		{text: "Sure, why not?", read: Unclear},
		{text: "Why not.", read: Unclear},
		{text: "Absolutely not.", read: Unclear},
		{text: "No problem.", read: Unclear},
		{text: "Nope, go ahead.", read: Unclear},
		{text: "No, go ahead.", read: Unclear},
		{text: "No objection from my manager.", read: Unclear},
		{text: "Fine by my manager.", read: Unclear},
		{text: "Go ahead, my boss says.", read: Unclear},
		{text: "Go ahead, says my boss.", read: Unclear},
		{text: "Go ahead, I was told to say.", read: Unclear},
		{text: "Yes, I was told to reply yes.", read: Unclear},
		{text: "I've been asked to say yes.", read: Unclear},
		{text: "Apparently I should say yes.", read: Unclear},
		{text: "Yes, I guess that's what you need?", read: Unclear},
		{text: "Yes? I mean, sure.", read: Unclear},
		{text: "Yes, unless there's a catch.", read: Unclear},
		{text: "Yes, barring any issues.", read: Unclear},
		{text: "Yes, pending approval.", read: Unclear},
		{text: "Yes, in principle.", read: Unclear},
		{text: "Yes, for the time being.", read: Unclear},
		{text: "Yes, for now.", read: Unclear},
		{text: "Yes, temporarily.", read: Unclear},
		{text: "Yes, once.", read: Unclear},
		{text: "Yes, this time only.", read: Unclear},
		{text: "Yes, if it's free.", read: Unclear},
		{text: "Yes, as discussed with Ken.", read: Unclear},
		{text: "Yes, as agreed with my manager.", read: Yes},
		{text: "Yes, as my manager said.", read: Unclear},
		{text: "Yes, as requested.", read: Unclear},
		{text: "Yes, absolutely.", read: Yes},
		{text: "Yes, definitely.", read: Unclear},
		{text: "Yes of course.", read: Yes},
		{text: "Sure thing, go ahead.", read: Yes},
		{text: "Yes, go for it!", read: Yes},
	})
}

// Test15JapaneseIdioms: Japanese consents said as what one would like to say (と言いたいところですが), put off to think it
// over (検討させてください), listed as choices (はい・いいえ), another's, or held by a condition.
func Test15JapaneseIdioms(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "はい、上司の指示でそう回答します。", read: Unclear},
		{text: "はい、と回答するよう言われました。", read: Unclear},
		{text: "同意します、と上司が申しております。", read: Unclear},
		{text: "上司いわく、同意とのことです。", read: Unclear},
		{text: "はい、基本的には問題ありません。", read: Unclear},
		{text: "はい、ひとまずお願いします。", read: Unclear},
		{text: "はい、念のため統合前にご連絡ください。", read: Unclear},
		{text: "はい、統合前に一度お電話いただけますか。", read: Unclear},
		{text: "はい、統合は来月以降にお願いします。", read: Unclear},
		{text: "はい、ただ統合後も旧アドレスでログインしたいです。", read: Unclear},
		{text: "はい、旧アカウントの方に統合してください。", read: Unclear},
		{text: "はい、たぶん大丈夫です。", read: Unclear},
		{text: "はい、おそらく問題ないかと。", read: Unclear},
		{text: "はい、問題ないと思います。", read: Unclear},
		{text: "はい、差し支えないかと存じます。", read: Unclear},
		{text: "はい、差し支えありません。", read: Yes},
		{text: "はい、問題ありません。統合をお願いします。", read: Yes},
		{text: "統合に同意いたします。ご対応のほどよろしくお願いいたします。", read: Yes},
		{text: "統合に同意いたします。ただし、上司の承認が下り次第となります。", read: Unclear},
		{text: "統合に同意いたします（上司承認後）。", read: Unclear},
		{text: "同意します。と言いたいところですが、もう少し検討させてください。", read: Unclear},
		{text: "同意しません、と言うつもりでしたが、やはり同意します。", read: Unclear},
		{text: "はい、いいえ。", read: Unclear},
		{text: "はい・いいえ", read: Unclear},
		{text: "はい、いいえ、どちらでもありません。", read: Unclear},
		{text: "よくわかりませんが、はい。", read: Unclear},
		{text: "はいと言っていいのかわかりません。", read: Unclear},
		{text: "はい？どういうことでしょうか。", read: Unclear},
		{text: "はい、承知しました。統合はしないでください。", read: Unclear},
		{text: "いいえ、統合しないでください。出張で返信が遅くなりました。", read: No},
		{text: "いいえ。返信が遅くなり申し訳ありません。", read: No},
		{text: "いいえ、と上司が言っています。", read: Unclear},
	})
}

// Test15MixedLanguage: English answer words with Japanese endings or courtesies, and a condition or another's say
// beside them.
func Test15MixedLanguage(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes、お願いします。", read: Yes},
		{text: "Yes、でも旧アカウントは残してください。", read: Unclear},
		{text: "OKです、上司がそう言っています。", read: Unclear},
		{text: "はい, but only the old one.", read: Unclear},
		{text: "Yes です。よろしくお願いします。", read: Yes},
		{text: "Yesですが、来週以降でお願いします。", read: Unclear},
	})
}

// Test15LeanDoneThatWasNot: Done or Submitted, in Read and Lean, that was only begun, taken back, doubted ("or at
// least I clicked the button", "Done!!! (I hope)"), done by another or of another thing.
func Test15LeanDoneThatWasNot(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Done. Well, I started it, the rest is tomorrow.", read: Unclear},
		{text: "Linked! Oh no wait, that was the old profile.", read: Unclear},
		{text: "Submitted, I think? The button went grey.", read: Unclear},
		{text: "Done. Actually I'm not sure it stuck.", read: Unclear},
		{text: "I linked it. Then it logged me out and now it says not linked.", read: Unclear},
		{text: "Submitted. The page then showed an error, so maybe not.", read: Unclear},
		{text: "Done, although the page said \"something went wrong\".", read: Unclear},
		{text: "Done, on my colleague's laptop with her login.", read: Unclear},
		{text: "Done by my assistant this morning.", read: Unclear},
		{text: "Submitted. Well, my manager did, I just watched.", read: Unclear},
		{text: "Linked. Or at least I clicked the button.", read: Unclear},
		{text: "Done - just need to confirm the email now.", read: Unclear},
		{text: "Submitted, still need to attach the screenshot.", read: Unclear},
		{text: "Done, but haven't accepted the terms yet.", read: Unclear},
		{text: "Linked. It now shows \"pending verification\".", read: Unclear},
		{text: "Done with step 1 of 3.", read: Unclear},
		{text: "Done with the first half.", read: Unclear},
		{"I'm done. Done with all of this, please stop emailing me.", Unclear, No},
		{text: "Submitted the request to unlink.", read: Unclear},
		{text: "Submitted a ticket to AWS support instead.", read: Unclear},
		{text: "Sent AWS an email asking about it.", read: Unclear},
		{text: "Done (pending).", read: Unclear},
		{text: "Done? Let me know.", read: Unclear},
		{text: "Done!!! (I hope)", read: Unclear},
		{text: "Finished reading your mail, will do it later.", read: Unclear},
		{text: "Completed the survey.", read: Unclear},
		{text: "Done the exam.", read: Unclear},
		{text: "Submitted my timesheet.", read: Unclear},
		{text: "Done, sorry for the delay - it's linked now.", read: Done},
		{text: "Linked. It took two tries, but it shows as linked now.", read: Done},
		{text: "Submitted, got the confirmation email.", read: Submitted},
		{text: "Submitted it this morning. Thanks for the reminder!", read: Submitted},
		{text: "連携しました。が、エラーが出ました。", read: Unclear},
		{text: "提出しようとしましたが、エラーになりました。", read: Unclear},
		{text: "連携したつもりですが、表示されません。", read: Unclear},
		{text: "提出済みです（と思います）。", read: Unclear},
		{text: "連携は同僚がしてくれました。", read: Unclear},
		{text: "提出はまだです。明日やります。", read: No},
		{text: "完了しました、と言いたいのですが、まだです。", read: Unclear},
	})
}

// Test15LookBeforeTheAnswer: How the writer looked, told before a bare Yes, may stand; a look at another's, an old
// or another place, one not yet taken, or one that found a doubt may not.
func Test15LookBeforeTheAnswer(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Had a look this morning. Yes.", read: Yes},
		{text: "Opened my APN profile. Yes.", read: Yes},
		{text: "Had a look at the old account. Yes.", read: Unclear},
		{text: "My manager had a look. Yes.", read: Unclear},
		{text: "Had a look, but couldn't find it. Yes.", read: Unclear},
		{text: "Had a look this morning and they were gone. Yes?", read: Unclear},
		{text: "Opened my personal profile. Yes.", read: Unclear},
		{text: "Logged in to the old account and had a look. Yes.", read: Unclear},
		{text: "Had a look on my colleague's laptop. Yes.", read: Unclear},
		{text: "Will have a look. Yes.", read: Unclear},
		{text: "Haven't had a look yet. Yes.", read: Unclear},
		{text: "Had a quick look, not sure. Yes.", read: Unclear},
		{text: "Opened my APN profile. Yes, but only 2 of 3.", read: Unclear},
		{text: "Opened my APN profile. Not sure. Yes.", read: Unclear},
		{text: "Had a look at Credly. Yes.", read: Unclear},
		{text: "Had a look in my inbox. Yes.", read: Unclear},
		{text: "Had a look at your mail. Yes.", read: Unclear},
		{text: "Read your mail. Yes.", read: Unclear},
		{text: "Opened the mail from AWS. Yes.", read: Unclear},
		{text: "Checked with my manager. Yes.", read: Unclear},
		{text: "Checked the test account. Yes.", read: Unclear},
		{text: "Tried to look but the page errored. Yes.", read: Unclear},
		{text: "Had a look but I'm on my phone so I'm not sure. Yes.", read: Unclear},
		{text: "Finally got a chance to look. Yes, but I'd rather keep them separate.", read: Unclear},
		{text: "Finally got a chance to look. Yes? Is that what you need?", read: Unclear},
		{text: "ポータルを開いて確認しました。はい、ただ一部だけです。", read: Unclear},
		{text: "同僚のPCで確認しました。はい。", read: Unclear},
		{text: "旧アカウントにログインして確認しました。はい。", read: Unclear},
		{text: "これから確認します。はい。", read: Unclear},
		{text: "まだ確認できていません。はい。", read: Unclear},
		{text: "ポータルを開いて確認しました。はい。", read: Yes},
		{text: "Checked again to be sure. Yes.", read: Yes},
		{text: "Had a look this morning. No, nothing there yet.", read: No},
		{text: "Opened my APN profile. Nope.", read: No},
	})
}

// Test15GoAheadWithATimeOrAHold: A go-ahead for a while or a time later ("in a bit", "at the end of the month"),
// or under another's word, is no consent now; "whenever you're ready" and "right away" are.
func Test15GoAheadWithATimeOrAHold(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes please do it later.", read: Unclear},
		{text: "Please do it after Friday.", read: Unclear},
		{text: "Please do it once I confirm.", read: Unclear},
		{text: "Go ahead later.", read: Unclear},
		{text: "Go ahead in a bit.", read: Unclear},
		{text: "Go ahead in a week or so.", read: Unclear},
		{text: "Go ahead, but not today.", read: Unclear},
		{text: "Go ahead tomorrow.", read: Unclear},
		{text: "Go ahead at the end of the month.", read: Unclear},
		{text: "Go ahead after my exam.", read: Unclear},
		{text: "Go ahead when my manager says so.", read: Unclear},
		{text: "Go ahead if my manager agrees.", read: Unclear},
		{text: "Let's do it next month.", read: Unclear},
		{text: "Let's do it, but not yet.", read: Unclear},
		{text: "Works for me, after the 20th.", read: Unclear},
		{text: "Fine by me from next week.", read: Unclear},
		{text: "OK to merge after the audit.", read: Unclear},
		{text: "Please proceed after I've exported my transcript.", read: Unclear},
		{text: "Proceed, but give me a day first.", read: Unclear},
		{text: "Proceed once HR confirms.", read: Unclear},
		{text: "Go ahead whenever you're ready.", read: Yes},
		{text: "Please go ahead now.", read: Yes},
		{text: "Go ahead today if you can.", read: Unclear},
		{text: "Please proceed right away.", read: Yes},
		{text: "Yes please, the sooner the better!", read: Unclear},
	})
}

// Test15ConsentForAnotherAct: A Yes to another act (unlink, split, keep apart, merge the other way, into the old
// one, another's account, more accounts than two) is no consent to this merge.
func Test15ConsentForAnotherAct(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes please unlink them.", read: Unclear},
		{text: "Yes, please split them.", read: Unclear},
		{text: "Yes, please keep them separate.", read: Unclear},
		{text: "Yes, please close the old one instead.", read: Unclear},
		{text: "Yes, please delete the new one.", read: Unclear},
		{text: "Yes, please merge them the other way round.", read: Unclear},
		{text: "Yes, please merge them into my gmail one.", read: Unclear},
		{text: "Yes, please merge my colleague's account too.", read: Unclear},
		{text: "Yes, please merge all three.", read: Unclear},
		{text: "I consent to closing the old account.", read: Yes},
		{text: "I agree to keep them separate.", read: Unclear},
		{text: "I agree to the other option.", read: Unclear},
		{text: "Yes, please merge the old one into the new one.", read: Yes},
	})
}

// Test15ShareYesBesideRemarks: A Yes that they show beside remarks stands; one on a phone only, taken back,
// partial, expired, gone, elsewhere or another's is for a person; an apology beside not looking is no No.
func Test15ShareYesBesideRemarks(t *testing.T) {
	checkProbes15(t, []probe15{
		{text: "Yes, they all show now. Thanks for your patience!", read: Yes},
		{text: "Yes, I can see all three. Sorry for the slow reply.", read: Yes},
		{text: "Yes, I can see all three on my phone, not sure about the desktop.", read: Unclear},
		{text: "Yes, I can see them. Sorry, I mean I could yesterday.", read: Unclear},
		{text: "Yes. Sorry for the delay. Only the SAA shows.", read: Unclear},
		{text: "Yes they show. Thanks for asking - but they show as expired.", read: Unclear},
		{text: "Yes, they showed up. Then they vanished, sorry.", read: Unclear},
		{text: "Yes, sorry for the delay - they show in Credly.", read: Unclear},
		{text: "Yes, my colleague can see them. Thanks!", read: Unclear},
		{text: "Yes (my colleague checked).", read: Unclear},
		{text: "Yes - sorry, just checked and two are missing.", read: Unclear},
		{text: "No, sorry - still nothing. Thanks for chasing.", read: No},
		{text: "Sorry, no - none of them show yet.", read: No},
		{text: "Sorry, no idea.", read: Unclear},
		{text: "Sorry, haven't checked.", read: Unclear},
		{text: "Sorry, I can't log in right now.", read: Unclear},
		{text: "Sorry, I don't have access to the APN profile.", read: Unclear},
		{text: "I'm on PTO, can't check.", read: Unclear},
		{text: "はい、表示されています（同僚のアカウントで）。", read: Unclear},
		{text: "はい、表示されています。返信が遅くなりすみません。", read: Yes},
		{text: "はい、表示されています、と思います。", read: Unclear},
		{text: "表示されていました。今は見ていません。", read: Unclear},
		{text: "はい、表示されています。ただしDVAだけ。", read: Unclear},
	})
}
