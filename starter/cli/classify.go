package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/triage"
)

func (r *runner) classifyCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "classify [FILE]",
		Short: "Say what the worker would make of one mail (no Temporal server needed)",
		Long: "classify reads one RFC 5322 message from FILE (standard input when none) and applies the\n" +
			"worker's parsing, limits, classification, correlation and sender-trust rules, under the same\n" +
			"settings (CERTFLOW_AWS_SENDER_DOMAINS, CERTFLOW_TRUSTED_AUTHSERV_IDS, CERTFLOW_VERIFY_DKIM, …).\n" +
			"It prints one JSON object: kind, authenticated, from, case (what the headers name), aws_case,\n" +
			"message_id, reasons, and when they apply sub (what an aws_other mail is: acknowledgement,\n" +
			"more_info, refusal), excerpt (the first lines of the sender's own words), lean (what an unknown\n" +
			"reply leans to: reply_done, reply_submitted or reply_no; a case takes it only in the wait that\n" +
			"asked that question) and bounce (a delivery report: permanent, status, recipient, diagnostic,\n" +
			"returned_message_id). " +
			"Every message gives exit 0, one that cannot be read included (kind\n" +
			"\"invalid\"); bad usage or settings give exit 2.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError{fmt.Errorf("classify takes at most one FILE, got %d arguments", len(args))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := config.LoadFrom[config.Classify](r.env)
			if err != nil {
				return err
			}
			t, err := triage.FromSettings(cfg.Trust, cfg.From, cfg.MaxMessageBytes)
			if err != nil {
				return usageError{err}
			}
			in, name := cmd.InOrStdin(), "standard input"
			if len(args) == 1 {
				f, err := os.Open(args[0])
				if err != nil {
					return usageError{err}
				}
				defer f.Close()
				in, name = f, args[0]
			}
			// One byte past the limit is enough to know it is over.
			raw, err := io.ReadAll(io.LimitReader(in, cfg.MaxMessageBytes+1))
			if err != nil {
				return usageError{fmt.Errorf("read %s: %w", name, err)}
			}
			report := t.Read(cmd.Context(), raw)
			if len(raw) > int(cfg.MaxMessageBytes) {
				report.Reasons = []string{
					fmt.Sprintf("over the %d-byte limit (CERTFLOW_IMAP_MAX_MESSAGE_BYTES)", cfg.MaxMessageBytes)}
			}
			return json.NewEncoder(r.stdout).Encode(report)
		},
	}
}
