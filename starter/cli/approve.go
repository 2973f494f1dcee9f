package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/certflow/certflow/workflows"
)

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
			if err := r.connect(cmd.Context()); err != nil {
				return err
			}
			defer r.close()
			var extra []any // none without an ID, so a worker from before it still takes it
			if len(args) == 2 {
				extra = append(extra, workflows.ApproveRequest{MessageID: strings.Trim(args[1], "<> ")})
			}
			answer, err := r.update(cmd.Context(), args[0], workflows.UpdateApprove, extra...)
			if err != nil {
				return err
			}
			fmt.Fprintln(r.stdout, answer)
			return nil
		},
	}
}

// printHeld lists the mails `starter approve` can vouch for.
func printHeld(w io.Writer, st workflows.Status) {
	held := st.HeldMails
	if len(held) == 0 && st.Held != nil {
		held = []workflows.MailEvent{*st.Held}
	}
	if len(held) == 0 {
		return
	}
	fmt.Fprintln(w, "Held mail (if it is genuine: starter approve "+st.ID+" MESSAGE-ID):")
	for _, m := range held {
		fmt.Fprintf(w, "  %s  %s from %s %q", m.MessageID, m.Kind, m.From, m.Subject)
		if len(m.Trust) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(m.Trust, "; "))
		}
		fmt.Fprintln(w)
	}
}
