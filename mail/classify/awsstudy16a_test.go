package classify

import "testing"

// The families of AWS's mail that the fifteenth set still showed certflow
// misreading after its first study (the second study of 2 December), in
// words of our own, each beside the near misses it must not take.

// TestDeskAsksWhetherItHasTheConsent: the desk asking whether it has the
// reader's consent ("Do we have your approval to go ahead?") asks for it,
// as "May we have your consent?" does; it tells of none given. Not the
// consent told as had, one to another act, another's, one for later, nor
// the question only reported from an earlier mail.
func TestDeskAsksWhetherItHasTheConsent(t *testing.T) {
	checkProbes15(t, []probe15{
		{"We would move everything on a@example.com to b@example.com. Do we have your approval to go ahead?",
			consent15, into15b},
		{"Do I have your go-ahead to fold a@example.com into b@example.com?", consent15, into15b},
		{"Do we have your permission to merge a@example.com into b@example.com? It cannot be reversed.",
			consent15, into15b},
		// Near misses.
		{"We have your approval to go ahead, so a@example.com will be merged into b@example.com tonight.",
			other15, nil},
		{"We will merge a@example.com into b@example.com next week. Do we have your approval to close this " +
			"case in the meantime?", other15, nil},
		{"Do we have your line manager's approval to merge a@example.com into b@example.com?", other15, nil},
		{"Do we have your approval to merge a@example.com into b@example.com if your manager agrees?",
			other15, nil},
		{"Once your ID has been checked, we will ask whether we have your approval to merge a@example.com " +
			"into b@example.com.", other15, nil},
		{"Earlier in this case we asked: do we have your approval to merge a@example.com into b@example.com?",
			other15, nil},
		{"Do we have your approval to merge a@example.com into b@example.com? Never mind, it is already done.",
			other15, nil},
	})
}
