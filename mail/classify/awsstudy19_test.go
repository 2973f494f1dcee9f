package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// The families of AWS's mail that the nineteenth set showed certflow
// misreading, in words of our own, each beside the near misses it must
// not take. A false consent request or a false completion is the failure
// that matters: when unsure, the mail stays aws_other.

// TestAccountNamedByItsLabel: a desk that lists the accounts as "Account 1"
// and "Account 2" (or A and B) and then asks leave to "merge Account 1 into
// Account 2" asks for the merge of the accounts, not of another thing.
// Tickets, cases or bookings with numbers are still other things, and a
// merge only promised, negated or put under a condition asks nothing.
func TestAccountNamedByItsLabel(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Account 1 (closed): a@example.com\nAccount 2 (kept): b@example.com\n\n" +
			"Please reply confirming that you authorise us to merge Account 1 into Account 2.", consent15, nil},
		{"Could you confirm that we may merge account A into account B?", consent15, nil},
		{"Kindly confirm you agree to us merging account #1 into account #2.", consent15, nil},
		// Near misses.
		{"Please confirm that you authorise us to merge ticket 1 into ticket 2.", other15, nil},
		{"Please confirm that you want us to merge case 1 into case 2.", other15, nil},
		{"We will not merge account 1 into account 2 until the exam is over.", other15, nil},
		{"Once you confirm, we will merge account 1 into account 2.", other15, nil},
		{"Please confirm that you do not want us to merge account 1 into account 2.", other15, nil},
		{"Please confirm whether account 1 is the one you use for exams.", other15, nil},
	})
}

// TestConsentToAnAccountBeingMerged: agreement asked to "the account
// registered under a@… being merged into the account registered under b@…"
// is agreement to the merge, and the account kept is the one after "into".
// Agreement to another thing being merged (support cases, a voucher) is
// not: before, "your two support cases being merged" was read as a consent.
func TestConsentToAnAccountBeingMerged(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Please confirm that you consent to the account registered under a@example.com being merged into " +
			"the account registered under b@example.com.", consent15, into15b},
		{"Please reply to agree to your certification accounts being merged into one.", consent15, nil},
		{"Please confirm that you consent to account 1 being merged into account 2.", consent15, nil},
		// Near misses.
		{"Please confirm that you consent to your two support cases being merged.", other15, nil},
		{"Please confirm that you consent to the exam voucher being merged into your new account.", other15, nil},
		{"Please do not confirm that you consent to a@example.com being merged into b@example.com yet.",
			other15, nil},
		{"Please confirm whether you consent to a@example.com being merged into b@example.com or the " +
			"other way round.", other15, nil},
		{"We will ask you later to consent to a@example.com being merged into b@example.com.", other15, nil},
	})
}

// TestNeedsFromYouList: a line that says the desk needs some things from
// the reader, told small ("two quick things"), with what they are for
// ("before we can continue"), or in the passive ("Two things are needed
// from you"), points to the list under it as "we need two things from
// you:" does: an item that asks agreement to the merge asks it.
func TestNeedsFromYouList(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Before I merge them I need two quick things from you:\n\n- your authorisation to merge a@example.com " +
			"into b@example.com, and\n- the spelling of your name for the certificates.", consent15, into15b},
		{"Two things are needed from you before we can continue:\n\n1. Your confirmation that you agree to " +
			"a@example.com being merged into b@example.com.\n2. The date of your last exam.", consent15, into15b},
		// Near misses: a list of details only, a list of another's
		// agreement, and agreement told as given.
		{"Two things are needed from you before we can continue:\n\n1. The date of your last exam.\n" +
			"2. Your date of birth.", other15, nil},
		{"I need two quick things from you:\n\n- your manager's authorisation to merge a@example.com into " +
			"b@example.com\n- your date of birth", other15, nil},
		{"Two things are needed from you before we can continue:\n\n1. Thank you for agreeing to the merge " +
			"already.\n2. The date of your last exam.", other15, nil},
	})
}

// TestBareConfirmImperative: a short agent's "Confirm you want a@… merged
// into b@…" asks as "please confirm" does, and what the desk promises after
// it ("and I will take care of it today") does not put the ask off as a
// "today" of the ask would. A detail or a fact confirmed, a negation, a
// condition, a choice, and the desk's own "We confirm" ask nothing.
func TestBareConfirmImperative(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Got both accounts. Confirm you want a@example.com merged into b@example.com and I will take care " +
			"of it today.", consent15, into15b},
		{"Just confirm that you agree to the merge.", consent15, nil},
		{"Please confirm you want the accounts merged and we will process it right away.", consent15, nil},
		// Near misses.
		{"Confirm your full name and I will merge the accounts today.", other15, nil},
		{"Confirm you have cancelled your exam and I will merge the accounts today.", other15, nil},
		{"Confirm you do not want the accounts merged and I will close the case today.", other15, nil},
		{"Confirm you want the accounts merged, but not today.", other15, nil},
		{"If you confirm you want the accounts merged, I will take care of it today.", other15, nil},
		{"Confirm whether you want the accounts merged or kept apart and I will take care of it today.",
			other15, nil},
		{"We confirm you want the accounts merged and will do it today.", other15, nil},
		{"Confirmed: you want the accounts merged.", other15, nil},
		{"Please confirm you want the accounts merged, and we will ask for your formal consent later.",
			other15, nil},
		{"Please let us know later if you want the accounts merged and we will do it today.", other15, nil},
	})
}

// TestCandidateIDNamedInLeaveQuestion: a question of leave to merge that
// names each account with its candidate ID (旧アカウント（受験者ID: AWS…）を…へ
// マージしてよろしいですか) asks no ID: the ID only names the account. A
// question that asks for an ID, or whether one is right, still asks for
// details.
func TestCandidateIDNamedInLeaveQuestion(t *testing.T) {
	checkProbes15(t, []probe15{
		{"旧アカウント（受験者ID: AWS11112222）を新アカウント（受験者ID: AWS33334444）へマージしてよろしいですか？",
			consent15, nil},
		// Near misses.
		{"統合先アカウントの受験者IDを教えていただけますか？", other15, nil},
		{"受験者IDが正しいかご確認のうえ、統合してよろしいでしょうか。", other15, nil},
		{"旧アカウント（受験者ID: AWS11112222）を新アカウントへマージしてよろしいですか、それとも逆方向がよろしいですか？",
			other15, nil},
		{"旧アカウント（受験者ID: AWS11112222）を新アカウントへマージしてよろしいかどうか、上長様にご確認いただけますか？",
			other15, nil},
	})
	if r := readDesk("統合先アカウントの受験者IDを教えていただけますか？"); r.Sub != SubMoreInfo {
		t.Errorf("a question for the ID: read as %s/%s, want more_info", r.Kind, r.Sub)
	}
}

// TestJapaneseReplyOnPoints: 以下2点についてご返信ください points to the
// numbered points under it as ご回答ください does: a point that is agreement
// to the merge is asked for, beside a detail. Points that are only details,
// or agreement to another thing, ask no consent.
func TestJapaneseReplyOnPoints(t *testing.T) {
	checkProbes15(t, []probe15{
		{"統合を進めるにあたり、以下2点についてご返信をお願いいたします。\n\n" +
			"1. a@example.com を b@example.com へ統合することへのご同意\n2. ご登録の生年月日", consent15, into15b},
		// Near misses.
		{"統合を進めるにあたり、以下2点についてご返信をお願いいたします。\n\n1. ご登録の生年月日\n2. 最後の受験日",
			other15, nil},
		{"統合を進めるにあたり、以下2点についてご返信をお願いいたします。\n\n" +
			"1. 新しい利用規約へのご同意\n2. ご登録の生年月日", other15, nil},
		{"統合を進めるにあたり、以下2点についてご返信をお願いいたします。\n\n" +
			"1. 上長様による統合へのご同意\n2. ご登録の生年月日", other15, nil},
	})
}

// TestDeskAgentWillContactYou: 担当者よりご連絡いたします is the desk's own
// agent writing to the reader (its humble verb says so), not a reply the
// reader is to have someone else send: a consent asked beside it is the
// reader's. A reply asked from the reader's manager or person in charge is
// still another's.
func TestDeskAgentWillContactYou(t *testing.T) {
	checkProbes15(t, []probe15{
		{"お問い合わせ番号 123 について、担当者よりご連絡いたします。\n統合前にお客様ご本人の承認が必要です。" +
			"内容をご確認のうえ、「承認します」とご返信ください。", consent15, nil},
		{"担当から追ってご連絡差し上げます。統合に同意いただける場合は「同意します」とご返信ください。", consent15, nil},
		// Near misses.
		{"統合前に承認が必要です。上長様より「承認します」とご返信いただけますでしょうか。", other15, nil},
		{"統合前に承認が必要です。ご担当者様から「承認します」とのご返信をいただけますか。", other15, nil},
		{"統合前に承認が必要です。担当者よりご返信ください。", other15, nil},
	})
	if r := readDesk("担当者より改めてご連絡いたします。"); r.Sub != SubAcknowledgement {
		t.Errorf("the agent will write: read as %s/%s, want acknowledgement", r.Kind, r.Sub)
	}
}

// TestMergedOnArrow: a terse agent's bare "Merged." followed by the two
// accounts joined by an arrow ("AWS111 -> AWS222.") reports the merge done.
// Not a question, a negation, an arrow with a condition after it, a word
// taken back, numbered tickets, a merge to come, or a mail that names other
// things a desk merges.
func TestMergedOnArrow(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Merged. AWS11112222 -> AWS33334444. Sign in with b@example.com. Closing this case.", completed15, nil},
		{"Merged.\na@example.com -> b@example.com", completed15, nil},
		// Near misses.
		{"Merged? AWS11112222 -> AWS33334444.", other15, nil},
		{"Not merged. AWS11112222 -> AWS33334444.", other15, nil},
		{"Merged. AWS11112222 -> AWS33334444 once you confirm.", other15, nil},
		{"Merged. AWS11112222 -> AWS33334444. Oops, not yet - it runs tonight.", other15, nil},
		{"Merged. Ticket 1234 -> ticket 5678.", other15, nil},
		{"We found your two duplicate tickets. Merged. AWS11112222 -> AWS33334444.", other15, nil},
		{"Will be merged. AWS11112222 -> AWS33334444.", other15, nil},
		{"To merge: AWS11112222 -> AWS33334444. Please confirm.", other15, nil},
	})
}

// TestJapaneseHelpdeskThread: a helpdesk that frames its reply marker in
// "##- … -##" in Japanese lists the request's comments newest first; the
// newest comment is the mail's own words (a consent asked, a receipt), and
// certflow's request below it is not read.
func TestJapaneseHelpdeskThread(t *testing.T) {
	const rule = "\n\n------------------------------\n\n"
	thread := func(newest, older string) string {
		return "##- このメールの上に返信を入力してください -##\n\nお問い合わせ(4455)が更新されました。" + rule +
			"山田 (AWS Training and Certification)\n\nDec 8, 2026, 10:00 UTC+09:00\n\n" + newest + rule +
			"certflow\n\nDec 7, 2026, 09:00\n\n" + older
	}
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	for _, p := range []struct {
		newest, older string
		kind          Kind
		sub           string
	}{
		{"統合前にお客様の承認が必要です。「承認します」とご返信ください。", "アカウントの統合をお願いします。",
			AWSConsentRequest, ""},
		{"お問い合わせを受け付けました。担当者より順次ご連絡いたします。",
			"統合に同意します。統合は完了しましたか？", AWSOther, SubAcknowledgement},
		// Near miss: the consent asked is in the older comment only.
		{"お問い合わせを受け付けました。", "統合前に承認が必要です。「承認します」とご返信ください。",
			AWSOther, SubAcknowledgement},
	} {
		m := &message.Message{From: message.Address{Address: "support@amazon.com"},
			Subject: "[CASE 1] 認定アカウント統合のご依頼", Text: thread(p.newest, p.older)}
		if r := c.Read(m); r.Kind != p.kind || r.Sub != p.sub {
			t.Errorf("%q: read as %s/%s, want %s/%s", p.newest, r.Kind, r.Sub, p.kind, p.sub)
		}
	}
}
