package message

import "testing"

// decodeUTF7 against RFC 2152's forms, and the broken ones mail carries.
func TestDecodeUTF7(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hi Mom -+Jjo--!", "Hi Mom -\u263a-!"},
		{"A+ImIDkQ.", "A\u2262\u0391."},
		{"1 +- 1", "1 + 1"},
		{"+2D3eAADp-", "\U0001F600\u00e9"}, // a surrogate pair, then a BMP rune
		{"+2D3eAA", "\U0001F600"},          // a run that ends with the input
		{"+2D0AYQ-x", "\ufffdax"},          // a high surrogate without its pair
		{"+3AA-", "\ufffd"},                // a low surrogate alone
		{"+2D0-", "\ufffd"},                // a high surrogate at the run's end
		{"+2D3YPd4A-", "\ufffd\U0001F600"}, // two high surrogates, then a low one
		{"caf\xe9", "caf\ufffd"},           // 8-bit bytes are not UTF-7
	} {
		if got := decodeUTF7([]byte(c.in)); got != c.want {
			t.Errorf("decodeUTF7(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
