package cli

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/workflows"
)

// The operator's actions on a case: confirm, approve and resolve are
// Temporal Updates, which the case's validator refuses at once, changing
// nothing, when the case is not waiting for them; cancel and attach are
// signals.

func (r *runner) confirmCommand() *cobra.Command {
	return &cobra.Command{
		Use:   workflows.UpdateConfirm + " CASE-ID",
		Short: "Answer for the person a case waits for: done, yes, submitted",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return r.printUpdate(cmd.Context(), args[0], workflows.UpdateConfirm)
		},
	}
}

func (r *runner) approveCommand() *cobra.Command {
	return &cobra.Command{
		Use:   workflows.UpdateApprove + " CASE-ID [MESSAGE-ID]",
		Short: "Let a merge case send its consent to AWS (CERTFLOW_MERGE_REPLY_POLICY=approve), or act on held mail",
		Long: "approve vouches for a mail the case holds (it would have moved the case but is not authenticated):\n" +
			"name it by its Message-ID, as the operator's alert and starter status show it. The case refuses a\n" +
			"Message-ID it does not hold, so mail held after the one you read is never what you approve.\n" +
			"Without a MESSAGE-ID, approve acts on the held mail only when the case holds exactly one, and\n" +
			"is refused when it holds more; a merge case under CERTFLOW_MERGE_REPLY_POLICY=approve that holds\n" +
			"none sends its consent to AWS.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usageError{fmt.Errorf("%s takes 1 or 2 argument(s), got %d", cmd.Name(), len(args))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var extra []any // none without an ID, so a worker from before it still takes it
			if len(args) == 2 {
				extra = append(extra, workflows.ApproveRequest{MessageID: bareMessageID(args[1])})
			}
			return r.printUpdate(cmd.Context(), args[0], workflows.UpdateApprove, extra...)
		},
	}
}

func (r *runner) resolveCommand() *cobra.Command {
	var as string
	choices := workflows.ResolveChoices()
	cmd := &cobra.Command{
		Use:   "resolve CASE-ID MESSAGE-ID --as " + strings.Join(choices, "|"),
		Short: "Say what a mail of a case is, when certflow could not read it; the case acts on it",
		Long: "resolve tells a case what one of its mails is (starter status lists the mails it can take, with\n" +
			"their Message-IDs): AWS's consent_request or completed, other mail, or a person's yes, no, done or\n" +
			"submitted. The case acts on it as if it had read it so, and its history says the operator\n" +
			"decided. It is refused at once, changing nothing, when the case does not wait for that kind.",
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(choices, as) {
				return usageError{fmt.Errorf("--as %q: use one of %s", as, strings.Join(choices, ", "))}
			}
			return r.printUpdate(cmd.Context(), args[0], workflows.UpdateResolve,
				workflows.ResolveRequest{MessageID: bareMessageID(args[1]), As: as})
		},
	}
	cmd.Flags().StringVar(&as, "as", "", "what the mail is: "+strings.Join(choices, ", ")+" (required)")
	return cmd
}

// bareMessageID is a Message-ID as typed, with or without its <>.
func bareMessageID(typed string) string { return strings.Trim(typed, "<> ") }

// printUpdate runs an operator update on a case and prints the case's
// answer.
func (r *runner) printUpdate(ctx context.Context, id, name string, args ...any) error {
	return r.withClient(ctx, func(ctx context.Context) error {
		answer, err := r.runUpdate(ctx, id, name, args...)
		if err != nil {
			return err
		}
		fmt.Fprintln(r.stdout, answer)
		return nil
	})
}

// runUpdate runs an operator update on a case and waits for its answer; a
// refusal by the case's validator comes back as a plain message.
func (r *runner) runUpdate(ctx context.Context, id, name string, args ...any) (string, error) {
	h, err := r.client.UpdateWorkflow(ctx, client.UpdateWorkflowOptions{
		WorkflowID: id, UpdateName: name, Args: args, WaitForStage: client.WorkflowUpdateStageCompleted,
	})
	var answer string
	if err == nil {
		err = h.Get(ctx, &answer)
	}
	if err != nil {
		return "", explain(err, id, caseCall{name: name, running: true, failed: "could not reach case %s"})
	}
	return answer, nil
}

func (r *runner) cancelCommand() *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "cancel CASE-ID --reason TEXT",
		Short: "Stop a case; it sends nothing more",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(reason) == "" {
				return usageError{errors.New("--reason is required")}
			}
			if strings.ContainsAny(reason, "\r\n") || len(reason) > 500 {
				return usageError{errors.New("--reason must be one line of at most 500 bytes")}
			}
			return r.withClient(cmd.Context(), func(ctx context.Context) error {
				if err := r.signalCase(ctx, args[0], workflows.SignalCancel, workflows.CancelRequest{Reason: reason}); err != nil {
					return err
				}
				fmt.Fprintf(r.stdout, "Asked case %s to cancel.\n", args[0])
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why the case is cancelled (kept in its history)")
	return cmd
}

// signalCase sends a signal to a running case.
func (r *runner) signalCase(ctx context.Context, id, signal string, arg any) error {
	err := r.client.SignalWorkflow(ctx, id, "", signal, arg)
	return explain(err, id, caseCall{name: signal, running: true, failed: "could not reach case %s"})
}

func (r *runner) attachCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "attach MESSAGE-ID CASE-ID",
		Short: "Hand a mail that matched no case to a case (see starter unmatched)",
		Args:  exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			messageID, caseID := bareMessageID(args[0]), args[1]
			return r.withClient(cmd.Context(), func(ctx context.Context) error {
				ws, err := r.watchers(ctx)
				if err != nil {
					return err
				}
				for _, st := range ws {
					for _, u := range st.Unmatched {
						if u.MessageID == messageID {
							return r.attach(ctx, st.Mailbox, u, caseID)
						}
					}
				}
				return usageError{fmt.Errorf("no unmatched mail with Message-ID %s (see starter unmatched)", messageID)}
			})
		},
	}
}

// attach hands the unmatched mail u of mailbox to a case, waits for the
// case to say it took it, and only then has the watcher drop it from its
// list.
func (r *runner) attach(ctx context.Context, mailbox string, u workflows.UnmatchedMail, caseID string) error {
	ev := workflows.AttachedMail(u, workflows.WatcherID(mailbox))
	if err := r.signalCase(ctx, caseID, workflows.SignalMail, ev); err != nil {
		return err
	}
	outcome, err := r.attachOutcome(ctx, caseID, u.MessageID)
	if err != nil {
		// Not confirmed: the mail stays on the list, so it is not lost from view.
		return err
	}
	err = r.client.SignalWorkflow(ctx, workflows.WatcherID(mailbox), "", workflows.SignalAttached, u.MessageID)
	if err != nil {
		return fmt.Errorf("handed to %s, but the unmatched list could not be updated: %w", caseID, err)
	}
	fmt.Fprintf(r.stdout, "Handed %s (%s, %q) to case %s as %s: %s.\n",
		u.MessageID, u.From, u.Subject, caseID, ev.Kind, outcome)
	return nil
}

// attachWait is how long attach waits for the case to say it read the mail.
const attachWait = 20 * time.Second

// attachOutcome waits until the case's history says whether it took the
// attached mail (see workflows.AttachTakenNote). A case that does not say
// so in time (busy sending, or started before cases said so) is reported
// as an error, and the mail stays on the unmatched list.
func (r *runner) attachOutcome(ctx context.Context, caseID, messageID string) (string, error) {
	deadline := time.Now().Add(attachWait)
	for {
		st, err := r.queryStatus(ctx, caseID)
		if err != nil {
			return "", err
		}
		for _, e := range st.Events {
			switch e.What {
			case workflows.AttachTakenNote(messageID):
				return "the case took it", nil
			case workflows.AttachSeenNote(messageID):
				return "the case had taken it before", nil
			}
		}
		if time.Now().After(deadline) {
			return "", fmt.Errorf("handed %s to case %s, which has not said it took it (state %s): "+
				"it stays on the unmatched list; check with: starter status %s, "+
				"and attach it again if the case did not take it", messageID, caseID, st.State, caseID)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
