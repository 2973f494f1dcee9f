package reply

import "testing"

// TestLeanIsNeverYes: a lean is Done, Submitted or No; where Read answers,
// Lean agrees or is Unclear.
func TestLeanIsNeverYes(t *testing.T) {
	for _, c := range []struct {
		text string
		want Answer
	}{
		{"Done.", Done},
		{"Yes", Unclear},
		{"Yes, they all show.", Unclear},
		{"Hmm, which menu do you mean?", Unclear}, // a question
		{"Only the Developer one is listed, the SysOps one is missing.", Unclear}, // a part: for the operator
	} {
		if got := Lean(c.text); got != c.want {
			t.Errorf("Lean(%q) = %q, want %q (Read: %q)", c.text, got, c.want, Read(c.text))
		}
	}
}

// TestLeanToleratesWhatFollowsTheAnswer: once a person has answered, what
// they add (a story of how it went, an offer, a doubt about something
// else) does not spoil the lean; a question, a plan, a failure, a doubt
// before the answer and a Yes beside a No do. These are rule tests in the
// rule writer's words; the corpus is the measure.
func TestLeanToleratesWhatFollowsTheAnswer(t *testing.T) {
	for _, c := range []struct {
		text string
		want Answer
	}{
		{"I connected the two accounts in the partner portal this morning. The first try timed out, " +
			"but the second one went fine and the page now says connected. Let me know if you need anything else.\n\n" +
			"Thanks,\nPriya", Done},
		{"Form is submitted. I put the certflow address in as the contact, as you asked, " +
			"though I wasn't sure whether to use my work or private address for the account.\n\nKen", Submitted},
		{"Sadly only the Cloud Practitioner badge appears there. The Data Engineer one isn't listed yet.", Unclear},
		{"The SAA one appears, the SAP one does not.", No},
		{"I linked the accounts, but I used the wrong account. I'll redo it on Monday.", Unclear},
		{"I linked the accounts, but the portal then said the request failed.", Unclear},
		{"I linked the accounts. Should I also add my old address somewhere?", Unclear},
		{"Not sure this worked, to be honest. I linked them anyway.", Unclear},
		{"Yes, the Developer one appears. The SysOps one is missing.", Unclear},
		{"Yes, all three appear on the profile now, thanks for chasing this. On Monday they were not there.", Unclear},
		{"アカウントの紐付けを行いました。一度エラーになりましたが、再度試したら完了しました。", Unclear},
		{"フォームを送信しました。連絡先には指定されたアドレスを入れてあります。", Submitted},
		{"フォームを送信しました。これで大丈夫でしょうか", Unclear},
		{"認定資格はまだ一件も表示されていません。連携は先週済ませました。", No},
		{"Nothing is listed on the profile yet. For the record, I linked it last Tuesday.", No},
		{"Yes, I linked it, but nothing is listed yet.", Done},
		{"I used my other account for it. Done.", Unclear}, // what was done may be the wrong thing
		{"Done. I shared my badge with my manager instead of linking the accounts.", Unclear},
		{"Submitted. Please hold off on the merge until I talk to HR.", No}, // the form wait takes no No
		// A short negated fragment speaks of a part only beside what shows.
		{"Fine with me. It's my old address, I don't use it for anything now.", Unclear},
		{"Done - it was not on the profile page like I thought, but it's linked now.", Done}, // a doubt after the answer; only a link question takes Done
	} {
		if got := Lean(c.text); got != c.want {
			t.Errorf("Lean(%q) = %q, want %q (Read: %q)", c.text, got, c.want, Read(c.text))
		}
	}
}
