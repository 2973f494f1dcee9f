package classify

import "testing"

// The review, as an attacker, of e6a786a (the nineteenth set's AWS
// families): desk mail in the reviewer's words that mentions merging,
// confirming, arrows and helpdesk markers without asking for consent or
// reporting the merge done. Each test below held a probe that was misread
// (a false consent or a false completion) before its family was fixed;
// beside them are the readings that must stand.

// TestAdversary19ArrowTakenBack: a terse "Merged." on an arrow, or any
// report of the merge, that the writer takes back in the next breath ("Actually
// no, the job errored out", "Wait, that is backwards"), that a line marks a
// draft, or that a heading says is only planned, reports nothing done.
func TestAdversary19ArrowTakenBack(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Merged.\nAWS11112222 -> AWS33334444\n(draft - do not send until approved)", other15, nil},
		{"[DRAFT]\nWe have merged a@example.com into b@example.com.", other15, nil},
		{"Planned:\nMerged.\nAWS11112222 -> AWS33334444", other15, nil},
		{"Proposed:\nWe have merged a@example.com into b@example.com.", other15, nil},
		{"Merged. AWS11112222 -> AWS33334444. Actually no, the job errored out; we will retry.", other15, nil},
		{"We have merged a@example.com into b@example.com. Hang on, not so fast. It is queued.", other15, nil},
		{"Merged.\nAWS33334444 -> AWS11112222\nWait, that is backwards. Please hold.", other15, nil},
		{"We have merged a@example.com into b@example.com. The migration failed at the last step.", other15, nil},
		// Still done: a report with ordinary detail after it.
		{"Merged.\nAWS11112222 -> AWS33334444\nSign in with b@example.com from now on.", completed15, nil},
		{"We have merged a@example.com into b@example.com. Please allow up to 24 hours for the badges to " +
			"appear.", completed15, nil},
		{"We have merged a@example.com into b@example.com. The draft certificate you asked about is attached.",
			completed15, nil},
	})
}

// TestAdversary19AskTakenBackByNoNeed: a bare "No need" after the ask
// takes it back as "Never mind" does; "no need to …" telling what the
// reader need not do beside the ask takes nothing back.
func TestAdversary19AskTakenBackByNoNeed(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Confirm you want a@example.com merged into b@example.com? No need - your manager already did.",
			other15, nil},
		{"Please reply to consent to the merge of a@example.com into b@example.com. No need, actually: we " +
			"have it on file.", other15, nil},
		// Still asked.
		{"Please reply to consent to the merge of a@example.com into b@example.com. No need to attach " +
			"anything.", consent15, into15b},
	})
}

// TestAdversary19MergedIntoAnotherThing: what is merged into a ticket, a
// case or a thread is merged into no account, whatever goes into it
// ("merge Account 1 into Account 2's ticket", "your history being merged
// into the new case"); in Japanese, inquiries or bookings as the object of
// 統合 are another thing merged. The accounts merged into one account stay
// a consent request.
func TestAdversary19MergedIntoAnotherThing(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please confirm that you authorise us to merge Account 1 into Account 2's ticket.", other15, nil},
		{"Please confirm that you authorise us to merge a@example.com into b@example.com's support case.",
			other15, nil},
		{"Please confirm that you consent to your account history being merged into the new ticket.",
			other15, nil},
		{"Could you reply to agree to us folding the older account thread into this case?", other15, nil},
		{"2件のお問い合わせを統合することにご同意いただけますか？", other15, nil},
		{"お問い合わせ2件を統合してよろしいでしょうか？", other15, nil},
		{"以下2点についてご返信をお願いいたします。\n\n1. チケット2件をマージすることへのご同意\n2. ご登録の生年月日",
			other15, nil},
		// Still asked: the merge into an account.
		{"Please confirm that you authorise us to merge Account 1 into Account 2.", consent15, nil},
		{"Please confirm that you consent to a@example.com being merged into your new account.", consent15, nil},
		{"Please reply to agree to your two accounts being merged into one account.", consent15, nil},
		{"本ケースについて、2つのアカウントを統合してよろしいでしょうか？", consent15, nil},
	})
}

// TestAdversary19ChoiceOfMerge: a question that offers the merge beside
// its opposite direction with the accounts named by their labels, or beside
// no merge at all ("merged into b@… or kept separate"), asks a choice: a
// yes answers neither. A merge asked alone is still asked.
func TestAdversary19ChoiceOfMerge(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please confirm whether you authorise us to merge Account 1 into Account 2 or Account 2 into " +
			"Account 1.", other15, nil},
		{"Please confirm whether you want account A merged into account B, or account B into account A.",
			other15, nil},
		{"Please confirm whether you want a@example.com merged into b@example.com or kept separate.",
			other15, nil},
		{"Please reply to confirm whether you want a@example.com merged into b@example.com or not.",
			other15, nil},
		{"I need two quick things from you:\n\n- confirm whether you want the accounts merged or kept " +
			"separate\n- your date of birth", other15, nil},
		// Still asked.
		{"Please confirm that you want a@example.com merged into b@example.com.", consent15, into15b},
		{"Please confirm you want account 1 merged into account 2 or let us know if anything is unclear.",
			consent15, nil},
	})
}

// TestAdversary19LabelledOwnerAsked: the owner of an account named by its
// label ("the owner of Account 1") is another person, as the owner of
// a@… is: a consent asked of them is not the reader's.
func TestAdversary19LabelledOwnerAsked(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please have the owner of Account 1 confirm that we may merge Account 1 into Account 2.", other15, nil},
		{"Please ask the owner of account #2 to confirm that we may merge the accounts.", other15, nil},
		// Still the reader's.
		{"Please confirm that we may merge Account 1 into Account 2.", consent15, nil},
	})
}

// TestAdversary19AskedWhetherConsentGiven: a question whether the reader
// already gave or sent consent ("Did you send your confirmation …?", "Have
// you given your consent …?", "Has your confirmation … reached us?"), or
// one that checks the accounts were merged on the reader's word ("Accounts
// merged into b@… per your confirmation?"), asks about the past: a yes is
// no consent now. Four of these were read as consent requests. Questions that ask
// for agreement now still ask it.
func TestAdversary19AskedWhetherConsentGiven(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Did you already send us your confirmation for merging a@example.com into b@example.com?", other15, nil},
		{"Have you given your consent to merge a@example.com into b@example.com through the portal?",
			other15, nil},
		{"Has your written consent to the merge of a@example.com into b@example.com arrived yet?", other15, nil},
		{"Resolution: Profiles merged into primary account (b@example.com) per your written consent?",
			other15, nil},
		{"Were both accounts merged into b@example.com with your approval?", other15, nil},
		{"So a@example.com merged into b@example.com with your agreement?", other15, nil},
		// Still asked.
		{"Do you consent to a@example.com being merged into b@example.com?", consent15, into15b},
		{"Can you give us your consent to merge a@example.com into b@example.com?", consent15, into15b},
		{"Have you decided? Please give your consent to merge a@example.com into b@example.com.",
			consent15, into15b},
	})
}
