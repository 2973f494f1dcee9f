package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/correlate"
)

func run(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	// Nothing listens on port 1: any command that got as far as dialling
	// would fail with exit 1, so exit 2 proves the input was refused first.
	code := Main(args, map[string]string{"TEMPORAL_ADDRESS": "127.0.0.1:1"}, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestBadInputExitsTwoAndSaysWhy(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"merge", "--source-email", "a@x.example", "--target-email", "b@x.example"}, "--name is required"},
		{[]string{"merge", "--name", "T", "--source-email", "not-an-address", "--target-email", "b@x.example"}, `--source-email "not-an-address" is not a plain e-mail address`},
		{[]string{"merge", "--name", "T", "--source-email", "Taro <a@x.example>", "--target-email", "b@x.example"}, "not a plain e-mail address"},
		{[]string{"merge", "--name", "T", "--source-email", "a@x.example", "--target-email", "A@x.example"}, "must differ"},
		{[]string{"merge", "--name", "T\r\nBcc: x@evil.example", "--source-email", "a@x.example", "--target-email", "b@x.example"}, "one line"},
		{[]string{"merge", "--name", "T", "--source-email", "a@x.example", "--target-email", "b@x.example", "--lang", "fr"}, `--lang "fr"`},
		{[]string{"merge", "--name", "T", "--source-email", "a@x.example", "--target-email", "b@x.example", "--id", "Bad ID"}, "case ID"},
		{[]string{"merge", "--bogus"}, "unknown flag"},
		{[]string{"status"}, "takes 1 argument"},
		{[]string{"cancel", "merge-1"}, "--reason is required"},
		{[]string{"list", "--state", "x' OR 1=1"}, "bad filter value"},
		{[]string{"share", "--cert-email", "a@x.example", "--apn-email", "b@x.example"}, "--name is required"},
		{[]string{"share", "--name", "H", "--cert-email", "nope", "--apn-email", "b@x.example"}, `--cert-email "nope"`},
		{[]string{"share", "--name", "H", "--cert-email", "a@x.example", "--apn-email", "b@x.example", "--id", "Share 1"}, "case ID"},
		{[]string{"confirm"}, "takes 1 argument"},
		{[]string{"merge", "--name", "T", "--source-email", "a@x.example", "--target-email", "b@x.example", "--submit", "fax"}, `--submit "fax"`},
		{[]string{"approve", "a", "b", "c"}, "takes 1 or 2 argument"},
		{[]string{"approve"}, "takes 1 or 2 argument"},
	}
	for _, c := range cases {
		code, _, errOut := run(c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 mentioning %q", c.args, code, errOut, c.want)
		}
	}
}

func TestBadSettingExitsTwo(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"status", "merge-1"}, map[string]string{"TEMPORAL_ADDRESS": "no-port"}, &out, &errOut)
	if code != 2 || !strings.Contains(errOut.String(), "TEMPORAL_ADDRESS") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
}

func TestUnreachableTemporalIsAClearFailure(t *testing.T) {
	code, _, errOut := run("status", "merge-1")
	if code != 1 || !strings.Contains(errOut, "cannot reach Temporal at 127.0.0.1:1 (TEMPORAL_ADDRESS)") {
		t.Fatalf("exit %d, %q", code, errOut)
	}
}

func TestGeneratedCaseIDs(t *testing.T) {
	seen := map[string]bool{}
	pattern := regexp.MustCompile(`^merge-\d{8}-[a-z2-9]{6}$`)
	for i := 0; i < 1000; i++ {
		id := newCaseID("merge")
		if !pattern.MatchString(id) || correlate.ValidCaseID(id) != nil {
			t.Fatalf("bad generated ID %q", id)
		}
		if seen[id] {
			t.Fatalf("ID %q generated twice in 1000", id)
		}
		seen[id] = true
	}
}

func TestHelpDescribesEveryCommand(t *testing.T) {
	code, out, _ := run("--help")
	for _, cmd := range []string{"merge", "share", "status", "list", "confirm", "approve", "cancel", "unmatched", "attach", "mailboxes", "import", "report"} {
		if code != 0 || !strings.Contains(out, cmd) {
			t.Fatalf("help (exit %d) lacks %s:\n%s", code, cmd, out)
		}
	}
}

func TestUnknownCommandAndStrayArgumentsAreUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"bogus"}, {"merge", "extra"}, {"list", "x"}, {"mailboxes", "y"}} {
		if code, _, errOut := run(args...); code != 2 {
			t.Errorf("%v: exit %d (%s), want 2", args, code, errOut)
		}
	}
}
