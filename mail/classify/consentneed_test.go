package classify

import "testing"

// TestDeskNeedsTheReadersConsent: the desk saying it needs the reader's
// consent ("we must have written consent from you") asks for it, and
// looking forward to receiving it ("once we receive your consent") tells
// of no consent given. A consent received, or not needed, asks nothing.
// The sentences are written here, not copied from a corpus.
func TestDeskNeedsTheReadersConsent(t *testing.T) {
	checkAWS(t, []awsCase{
		{"We have looked at both profiles. Because a merge is permanent, we must have written consent from you " +
			"before our engineers act on it. Once we receive your consent, it takes about a week.",
			"aws_consent_request", ""},
		{"We needed your approval and received it yesterday. The accounts have now been merged.", "aws_completed", ""},
		{"We do not need your consent for this merge; your request is being processed.", "aws_other", ""},
	})
}
