package classify

import (
	"slices"
	"testing"
)

// TestConsentRequestNamesWhereTheMergeGoes: the account a consent request
// asks to merge into is read, in the ways desks name it; none when it names
// no direction, and every one when it names more than one.
func TestConsentRequestNamesWhereTheMergeGoes(t *testing.T) {
	checkDirection(t, map[string][]string{
		"Please confirm that you would like us to merge a@example.com into b@example.com. " +
			"This cannot be undone.": {"b@example.com"},
		"Can you confirm you agree that we merge your account a@example.com into your account " +
			"B@Example.com?": {"b@example.com"},
		"a@example.com を b@example.com に統合してもよろしいでしょうか。ご同意いただけますでしょうか。":                      {"b@example.com"},
		"統合先は a@example.com でよろしいでしょうか。ご承諾いただけましたら、ご返信ください。":                                 {"a@example.com"},
		"Please confirm you agree to the merge; b@example.com will be your primary account.": {"b@example.com"},
		"Please confirm you agree to merge your two accounts. This cannot be undone.":        nil,
		"Please confirm you agree that we merge a@example.com into b@example.com " +
			"(統合先は a@example.com).": {"b@example.com", "a@example.com"},
	})
}

// checkDirection checks that each text is a consent request naming want as
// the accounts to merge into.
func checkDirection(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		got := readDesk(text)
		if got.Kind != AWSConsentRequest {
			t.Errorf("%q: read as %s, want a consent request", text, got.Kind)
			continue
		}
		if !slices.Equal(got.MergeInto, want) {
			t.Errorf("%q: merge into %q, want %q", text, got.MergeInto, want)
		}
	}
}

// TestAccountNegatedAloneIsNoTarget: a request that names only one
// account, and names it as the one that goes ("you will be unable to sign
// in with b@… from now on"), asks to merge into the other: it must not
// read as merging into b@…, which would let a case that keeps b@… consent
// to the merge the other way round.
func TestAccountNegatedAloneIsNoTarget(t *testing.T) {
	for _, text := range []string{
		"Please confirm you agree to the merge. You will be unable to sign in with b@example.com from now on.",
		"Please reply to confirm the merge. Afterwards you won't sign in with b@example.com any more.",
	} {
		got := readDesk(text)
		if got.Kind != AWSConsentRequest {
			t.Errorf("%q: read as %s, want a consent request", text, got.Kind)
			continue
		}
		if slices.Equal(got.MergeInto, []string{"b@example.com"}) || len(got.MergeInto) == 0 {
			t.Errorf("%q: merge into %q; want a direction that is not b@example.com alone", text, got.MergeInto)
		}
	}
}
