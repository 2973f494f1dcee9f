package cli

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/temporal"

	"github.com/certflow/certflow/config"
)

// Each class of exit code comes from the type of the error, never from its
// words: a failed command whose message happens to read like bad usage
// still exits 1, and a usage error wrapped by a caller still exits 2.
func TestExitCodeComesFromTheErrorsType(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
		want int
	}{
		{"success", nil, 0},
		{"bad usage", usageError{errors.New("--name is required")}, 2},
		{"bad usage, wrapped", fmt.Errorf("import: %w", usageError{errors.New("bad row")}), 2},
		{"bad settings", &config.Error{Problems: map[string]string{"TEMPORAL_ADDRESS": "no port"}}, 2},
		{"bad settings, wrapped", fmt.Errorf("load: %w", &config.Error{Problems: map[string]string{"X": "y"}}), 2},
		{"failed command", errors.New("cannot reach Temporal"), 1},
		{"failed command from Temporal", fmt.Errorf("no running case x: %w", serviceerror.NewNotFound("gone")), 1},
		{"failed command that reads like usage", errors.New("unknown command from the case's history"), 1},
	} {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("%s (%v): exit %d, want %d", c.name, c.err, got, c.want)
		}
	}
}

// The unknown-command class has no error type of cobra's own: the root
// command runs nothing, so whatever it refuses is bad usage.
func TestUnknownCommandExitsTwoAndSaysWhich(t *testing.T) {
	code, _, errOut := run("mergee", "--name", "T")
	if code != 2 || !containsAll(errOut, `unknown command "mergee"`, "merge") {
		t.Fatalf("exit %d, %q; want 2 naming the command and suggesting merge", code, errOut)
	}
	if code, out, _ := run(); code != 0 || !containsAll(out, "Available Commands") {
		t.Fatalf("no command: exit %d, %q; want the help and exit 0", code, out)
	}
}

func containsAll(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

// Temporal's errors come out in the operator's words, one mapping for
// every command: the messages the end-to-end tests look for ("no running
// case", "approve refused") are made here.
func TestTemporalErrorsInTheOperatorsWords(t *testing.T) {
	signal := caseCall{name: "cancel", running: true, failed: "could not reach case %s"}
	query := caseCall{name: "status", failed: "ask case %s for its status (is a worker running?)"}
	notFound := serviceerror.NewNotFound("workflow not found")
	busy := errors.New("connection refused")
	for _, c := range []struct {
		err  error
		call caseCall
		want string
	}{
		{notFound, signal, "no running case merge-1"},
		{fmt.Errorf("update: %w", notFound), signal, "no running case merge-1"},
		{notFound, query, "no case merge-1"},
		{temporal.NewApplicationError("the case is not waiting for yes", "refused"), caseCall{name: "resolve"},
			"resolve refused: the case is not waiting for yes"},
		{busy, query, "ask case merge-1 for its status (is a worker running?): connection refused"},
	} {
		got := explain(c.err, "merge-1", c.call)
		if got == nil || got.Error() != c.want {
			t.Errorf("%v as %s: %v, want %q", c.err, c.call.name, got, c.want)
		}
	}
	exists := serviceerror.NewWorkflowExecutionAlreadyStarted("started", "", "")
	if got := explain(exists, "merge-1", caseCall{name: "start"}); !errors.Is(got, errAlreadyStarted) {
		t.Errorf("an ID that exists: %v, want errAlreadyStarted", got)
	}
	if got := explain(busy, "merge-1", query); !errors.Is(got, busy) {
		t.Errorf("the cause is lost: %v", got)
	}
	if explain(nil, "merge-1", query) != nil {
		t.Error("no error became one")
	}
}
