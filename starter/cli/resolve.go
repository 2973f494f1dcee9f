package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"

	"github.com/certflow/certflow/workflows"
)

func (r *runner) resolveCommand() *cobra.Command {
	var as string
	cmd := &cobra.Command{
		Use:   "resolve CASE-ID MESSAGE-ID --as " + strings.Join(workflows.ResolveChoices(), "|"),
		Short: "Say what a mail of a case is, when certflow could not read it; the case acts on it",
		Long: "resolve tells a case what one of its mails is (starter status lists the mails it can take, with\n" +
			"their Message-IDs): AWS's consent_request or completed, other mail, or a person's yes, no, done or\n" +
			"submitted. The case acts on it as if it had read it so, and its history says the operator\n" +
			"decided. It is refused at once, changing nothing, when the case does not wait for that kind.",
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !validResolve(as) {
				return usageError{fmt.Errorf("--as %q: use one of %s", as, strings.Join(workflows.ResolveChoices(), ", "))}
			}
			if err := r.connect(cmd.Context()); err != nil {
				return err
			}
			defer r.close()
			answer, err := r.update(cmd.Context(), args[0], workflows.UpdateResolve,
				workflows.ResolveRequest{MessageID: strings.Trim(args[1], "<> "), As: as})
			if err != nil {
				return err
			}
			fmt.Fprintln(r.stdout, answer)
			return nil
		},
	}
	cmd.Flags().StringVar(&as, "as", "", "what the mail is: "+strings.Join(workflows.ResolveChoices(), ", ")+" (required)")
	return cmd
}

func validResolve(as string) bool {
	for _, c := range workflows.ResolveChoices() {
		if as == c {
			return true
		}
	}
	return false
}

// update runs an operator update on a case and waits for its answer; a
// refusal by the case's validator comes back as a plain message.
func (r *runner) update(ctx context.Context, id, name string, args ...any) (string, error) {
	h, err := r.client.UpdateWorkflow(ctx, client.UpdateWorkflowOptions{
		WorkflowID: id, UpdateName: name, Args: args, WaitForStage: client.WorkflowUpdateStageCompleted,
	})
	var answer string
	if err == nil {
		err = h.Get(ctx, &answer)
	}
	var notFound *serviceerror.NotFound
	if errors.As(err, &notFound) {
		return "", fmt.Errorf("no running case %s", id)
	}
	var refused *temporal.ApplicationError
	if errors.As(err, &refused) {
		return "", fmt.Errorf("%s refused: %s", name, refused.Message())
	}
	if err != nil {
		return "", fmt.Errorf("could not reach case %s: %w", id, err)
	}
	return answer, nil
}

// printResolvable lists the mails `starter resolve` can settle.
func printResolvable(w io.Writer, st workflows.Status) {
	mails := st.Resolvable
	if st.Held != nil {
		mails = append([]workflows.MailEvent{*st.Held}, mails...)
	}
	if len(mails) == 0 {
		return
	}
	fmt.Fprintln(w, "Mail the operator can resolve (starter resolve "+st.ID+" MESSAGE-ID --as KIND):")
	for _, m := range mails {
		what := string(m.Kind)
		if m.Sub != "" {
			what += "/" + m.Sub
		}
		fmt.Fprintf(w, "  %s  %s from %s %q", m.MessageID, what, m.From, m.Subject)
		if m.Excerpt != "" {
			fmt.Fprintf(w, ": %q", m.Excerpt)
		}
		fmt.Fprintln(w)
	}
}
