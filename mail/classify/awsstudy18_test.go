package classify

import "testing"

// The families of AWS's mail that the eighteenth set showed certflow
// misreading, in words of our own, each beside the near misses it must
// not take.

// TestDeskWillComeBackToYou: an agent who has taken the case and "will
// come back to you" with an update acknowledges it, as "will get back to
// you" does. Beside a consent asked for, a merge told done or refused,
// or a question to answer, the mail is still what those make it.
func TestDeskWillComeBackToYou(t *testing.T) {
	for _, p := range []struct {
		text string
		kind Kind
		sub  string
	}{
		{"I'm Priya and I have taken your case. I will check the two accounts with our team and " +
			"will come back to you with an update within 48 hours.", AWSOther, SubAcknowledgement},
		{"Thanks for your patience. We will come back to you as soon as our certification team has looked " +
			"at the accounts.", AWSOther, SubAcknowledgement},
		// near misses
		{"Please reply to confirm that you agree to merge a@example.com into b@example.com. " +
			"Once we hear from you we will come back to you with an update.", AWSConsentRequest, ""},
		{"Your accounts have been merged. We will come back to you if anything else is needed.", AWSCompleted, ""},
		{"Could you send us the exam registration number? We will come back to you once we have it.",
			AWSOther, SubMoreInfo},
	} {
		if r := readDesk(p.text); r.Kind != p.kind || r.Sub != p.sub {
			t.Errorf("%q: read as %s/%s, want %s/%s", p.text, r.Kind, r.Sub, p.kind, p.sub)
		}
	}
}
