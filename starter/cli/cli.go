// Package cli is the operator's command line: start cases, see where they
// stand, act on them, and list mail that matched no case. Command starter is
// a thin main around it; tests drive it the same way.
//
// One file per command group, as go-imap's imapclient has one per command:
// start.go (merge, share), status.go (status, list), actions.go (confirm,
// approve, resolve, cancel, attach), mailboxes.go (unmatched, mailboxes),
// import.go, report*.go and classify.go; output.go prints what they found,
// temporal.go dials the server and puts its errors in the operator's words.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"go.temporal.io/sdk/client"

	"github.com/spf13/cobra"

	"github.com/certflow/certflow/config"
)

// Main runs the CLI with args (without the program name) and the given
// environment, writing to stdout and stderr. It returns the exit code: 0 on
// success, 1 when a command fails, 2 for bad usage or settings.
func Main(args []string, env map[string]string, stdout, stderr io.Writer) int {
	return Run(args, env, os.Stdin, stdout, stderr)
}

// Run is Main with the standard input given, for commands that read it
// (classify).
func Run(args []string, env map[string]string, stdin io.Reader, stdout, stderr io.Writer) int {
	r := &runner{env: env, stdout: stdout}
	root := r.commands()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	failed, err := root.ExecuteC()
	if err == nil {
		return 0
	}
	if failed == root {
		// The root command runs nothing: what it refuses (an unknown
		// command, a flag of its own) is bad usage. Cobra gives an unknown
		// command no error type, so this is where it gets one.
		err = usageError{err}
	}
	fmt.Fprintln(stderr, "starter:", err)
	return exitCode(err)
}

// exitCode is 0 for no error, 2 for bad usage or settings (usageError,
// *config.Error, wrapped or not) and 1 for a command that failed.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var usage usageError
	var settings *config.Error
	if errors.As(err, &usage) || errors.As(err, &settings) {
		return 2
	}
	return 1
}

// usageError is bad input from the operator (exit 2).
type usageError struct{ error }

type runner struct {
	env    map[string]string
	stdout io.Writer
	cfg    config.Starter
	client client.Client
}

func (r *runner) commands() *cobra.Command {
	root := &cobra.Command{
		Use:   "starter",
		Short: "Start and follow certflow cases",
		Long: "starter is certflow's operator CLI. It talks to the Temporal server named by TEMPORAL_ADDRESS\n" +
			"(namespace TEMPORAL_NAMESPACE); a worker must be running for cases to move.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(r.mergeCommand(), r.shareCommand(), r.statusCommand(), r.listCommand(),
		r.confirmCommand(), r.approveCommand(), r.cancelCommand(),
		r.unmatchedCommand(), r.attachCommand(), r.mailboxesCommand(), r.classifyCommand(),
		r.importCommand(), r.reportCommand(), r.resolveCommand())
	return root
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s takes %d argument(s), got %d", cmd.Name(), n, len(args))}
		}
		return nil
	}
}
