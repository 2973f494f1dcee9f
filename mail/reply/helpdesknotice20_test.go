package reply

import "testing"

// TestOwnWordsNoticeWrappedOrSolved: the helpdesk's notice over a thread
// listed newest first may be wrapped by the mail program onto two lines, or
// say the request was solved with its number bare ("Your request #4410 has
// been solved. To reopen this request, reply to this email.", お問い合わせ
// #4410 は解決済みになりました。): the newest message under its head is still
// this mail's words, and the earlier ones below the next head are not. A
// paragraph with more than the notice in it, or a thread listed oldest
// first, is read as before: only to the first head.
func TestOwnWordsNoticeWrappedOrSolved(t *testing.T) {
	const rule = "\n\n----------------------------------------\n\n"
	newest := "Lena (AWS Support)\n\nMar 4, 2026, 10:15 CET\n\nHi Sam,\n\nThe two profiles are merged now."
	older := "Sam\n\nMar 2, 2026, 08:05 CET\n\nPlease merge my profiles."
	for _, c := range []struct{ name, in, want string }{
		{"notice wrapped over two lines",
			"Your request (#4410) has been updated. To add additional comments, reply\nto this email." + rule +
				newest + rule + older,
			"Your request (#4410) has been updated. To add additional comments, reply\nto this email." + rule + newest},
		{"solved, number bare",
			"Your request #4410 has been solved. To reopen this request, reply to this email." + rule + newest +
				rule + older,
			"Your request #4410 has been solved. To reopen this request, reply to this email." + rule + newest},
		{"solved, in Japanese",
			"お問い合わせ #4410 は解決済みになりました。再開するには、このメールにご返信ください。" + rule + newest + rule + older,
			"お問い合わせ #4410 は解決済みになりました。再開するには、このメールにご返信ください。" + rule + newest},
		// Near misses.
		{"words after the wrapped notice in its paragraph",
			"Your request (#4410) has been updated. To add additional comments, reply\nto this email. We merged " +
				"them." + rule + newest + rule + older,
			"Your request (#4410) has been updated. To add additional comments, reply\nto this email. We merged " +
				"them."},
		{"listed oldest first",
			"Your request #4410 has been solved." + rule + older + rule + newest,
			"Your request #4410 has been solved."},
	} {
		if got := OwnWords(c.in); got != c.want {
			t.Errorf("%s:\nOwnWords = %q\nwant      %q", c.name, got, c.want)
		}
	}
}
