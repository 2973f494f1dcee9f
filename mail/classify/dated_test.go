package classify

import (
	"testing"
	"time"

	"github.com/certflow/certflow/mail/message"
)

// TestCompletionOfAnEarlierMerge: a report of the merge done dated well
// before the desk's mail, or naming an earlier merge, is another merge's:
// a person reads it. A date close to the mail, or none, keeps the report.
func TestCompletionOfAnEarlierMerge(t *testing.T) {
	sent := time.Date(2026, 12, 14, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		sent time.Time
		kind Kind
	}{
		{"Thanks for your merge request. Our records show the merge was completed on 3 March 2024.", sent, AWSOther},
		{"Our records show your accounts were merged on March 3rd, 2024.", sent, AWSOther},
		{"We checked: a@example.com was merged into b@example.com in 2023.", sent, AWSOther},
		{"記録によると、アカウントの統合は2024年3月3日に完了しております。", sent, AWSOther},
		{"記録によると、a@example.com は2023年に b@example.com へ統合済みです。", sent, AWSOther},
		{"a@example.com は本日 b@example.com へ統合済みです。", sent, AWSCompleted},
		{"Your previous merge request was completed, and your certifications now appear under b@example.com.",
			sent, AWSOther},
		{"About the merge: your accounts were merged two years ago.", sent, AWSOther},
		// A month and day with no year is the last such day: March is long
		// before a December mail, December 11 is not.
		{"The merge was completed on March 3.", sent, AWSOther},
		{"The merge was completed on December 11.", sent, AWSCompleted},
		{"The merge actually went through on 2026-12-10.", sent, AWSCompleted},
		{"The merge was completed on 2024/03/03.", sent, AWSOther},
		{"Our records show the merge was completed on 03/03/2024.", sent, AWSOther},
		{"Our records show the merge was completed on 12/12/2026.", sent, AWSCompleted},
		{"The merge was completed in March.", sent, AWSOther},
		{"The merge was completed in December.", sent, AWSCompleted},
		{"Your accounts have been merged.", sent, AWSCompleted},
		// No Date to measure from: a dated report is held, an undated one stands.
		{"The merge was completed on December 11.", time.Time{}, AWSOther},
		{"Your accounts have been merged.", time.Time{}, AWSCompleted},
		// The date of another event (an exam passed, a certification earned
		// or expiring) in the sentence is not the merge's.
		{"Your accounts have been merged; the exam you passed on 3 March 2024 now shows under b@example.com.",
			sent, AWSCompleted},
		{"a@example.com has been merged into b@example.com, with the certification you earned in 2023.",
			sent, AWSCompleted},
		{"統合が完了いたしました。2023年3月3日に取得された資格も含め、b@example.com へ移行いたしました。", sent, AWSCompleted},
		{"Your exam accounts were merged on 3 March 2024.", sent, AWSOther},
		// Words that only start like a month are no date.
		{"We have marked 2 items on your file. Your accounts have been merged.", sent, AWSCompleted},
	}
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	for _, tc := range cases {
		m := &message.Message{From: message.Address{Address: "tc-support@amazon.com"}, Date: tc.sent,
			Subject: "RE:[CASE 1234567] account-assistance", Text: tc.text}
		if got := c.Read(m).Kind; got != tc.kind {
			t.Errorf("%q (sent %v): %s, want %s", tc.text, tc.sent, got, tc.kind)
		}
	}
}
