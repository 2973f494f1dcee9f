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

// TestAccountNamedByAddressIsMerged: "a@… is merged into b@…", the
// account named by its address, reports the merge done as "your accounts
// are merged" does. Not asked, negated, under a condition, in a consent
// asked for, or telling how a merge goes: within some days, by whom,
// after what ("your accounts are merged within 5 days of your
// confirmation" was read as done before; it is not).
func TestAccountNamedByAddressIsMerged(t *testing.T) {
	checkProbes15(t, []probe15{
		{"Done - a@example.com is merged into b@example.com. Closing the case.", completed15, nil},
		{"Good news: a@example.com is merged into b@example.com, and your certifications are all there.",
			completed15, nil},
		// Near misses.
		{"Once you confirm, a@example.com is merged into b@example.com.", other15, nil},
		{"If you reply yes, a@example.com is merged into b@example.com.", other15, nil},
		{"a@example.com is merged into b@example.com?", other15, nil},
		{"a@example.com is not merged into b@example.com yet.", other15, nil},
		{"When a@example.com is merged into b@example.com, your certifications move.", other15, nil},
		{"a@example.com is merged into b@example.com within 5 days of your confirmation.", other15, nil},
		{"Your accounts are merged into b@example.com within 5 days of your confirmation.", other15, nil},
		{"a@example.com is merged into b@example.com by our team in 3 to 5 business days.", other15, nil},
		{"Each account is merged into the one you keep.", other15, nil},
		{"Do you agree that a@example.com is merged into b@example.com?", consent15, into15b},
	})
}
