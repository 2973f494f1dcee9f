package reply

import "testing"

// TestHeadStampOrdersAsTime: the dates a helpdesk writes in its heads, in
// the forms it writes them, sort as the times they name; a head with none
// that can be read is 0, so its thread's order is not taken as shown.
func TestHeadStampOrdersAsTime(t *testing.T) {
	earlier := []string{"dec 9, 2026, 11:59 pm gmt+9", "10 dec 2026 00:30", "2026年12月10日(木) 9:12",
		"2026-12-10 09:13", "december 10, 2026 at 12:05 pm"}
	for i := 1; i < len(earlier); i++ {
		if a, b := stampOf(earlier[i-1]), stampOf(earlier[i]); a == 0 || b == 0 || a >= b {
			t.Errorf("%q (%d) should be before %q (%d)", earlier[i-1], a, earlier[i], b)
		}
	}
	for _, l := range []string{"yesterday at 10:02", "kenji (aws support)", ""} {
		if s := stampOf(l); s != 0 {
			t.Errorf("%q: stamp %d, want none", l, s)
		}
	}
}
