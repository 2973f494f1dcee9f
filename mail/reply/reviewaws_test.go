package reply

import "testing"

// TestReviewBareNumberNeedsTheNoticesWords: a desk's own line that names
// its case by a bare number and asks a reply ("Case #4410: please reply to
// this email with your candidate ID") is its words, not a helpdesk notice
// over a newest-first thread: the messages below the next head are the
// thread, not read (a merge told there is no completion of this mail).
func TestReviewBareNumberNeedsTheNoticesWords(t *testing.T) {
	const rule = "\n\n----------------------------------------\n\n"
	older := "Priya (AWS Support)\n\nMar 1, 2026, 09:00 CET\n\nHello Sam, your two profiles have been merged."
	for _, own := range []string{
		"Case #4410: please reply to this email with your candidate ID.",
		"Regarding #4410, kindly reply to this email once you have checked both profiles.",
		"お問い合わせ #4410 について、このメールにご返信ください。",
	} {
		if got := OwnWords(own + rule + older); got != own {
			t.Errorf("OwnWords(%q + thread) = %q, want only the desk's line", own, got)
		}
	}
}

// TestReviewJapaneseNoticeWithGa: the Japanese notice may join its number
// with が (リクエスト番号 #4410 が更新されました): still a notice, and the newest
// message below it is this mail's words.
func TestReviewJapaneseNoticeWithGa(t *testing.T) {
	const rule = "\n\n----------------------------------------\n\n"
	notice := "リクエスト番号 #4410 が更新されました。"
	newest := "岡本 (AWS Support)\n\n2026年3月4日 10:15 JST\n\n統合してよろしいでしょうか。"
	older := "Sam\n\n2026年3月2日 08:05 JST\n\n統合をお願いします。"
	if got, want := OwnWords(notice+rule+newest+rule+older), notice+rule+newest; got != want {
		t.Errorf("OwnWords = %q, want %q", got, want)
	}
}
