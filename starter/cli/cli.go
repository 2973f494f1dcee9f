// Package cli is the operator's command line: start cases, see where they
// stand, cancel them, and list mail that matched no case. Command starter is
// a thin main around it; tests drive it the same way.
package cli

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/mail"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/converter"
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/temporal"

	"github.com/spf13/cobra"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/imapwatch"
	"github.com/certflow/certflow/workflows"
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
	err := root.Execute()
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "starter:", err)
	var usage usageError
	var cfgErr *config.Error
	if errors.As(err, &usage) || errors.As(err, &cfgErr) || strings.HasPrefix(err.Error(), "unknown command") {
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
		r.updateCommand(workflows.UpdateConfirm, "Answer for the person a case waits for: done, yes, submitted"),
		r.approveCommand(),
		r.cancelCommand(), r.unmatchedCommand(), r.attachCommand(), r.mailboxesCommand(), r.classifyCommand(),
		r.importCommand(), r.reportCommand(), r.resolveCommand())
	return root
}

func (r *runner) connect(ctx context.Context) error {
	cfg, err := config.LoadFrom[config.Starter](r.env)
	if err != nil {
		return err
	}
	r.cfg = cfg
	dialCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	c, err := client.DialContext(dialCtx, client.Options{
		HostPort:  cfg.Address,
		Namespace: cfg.Namespace,
		Logger:    sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler)),
	})
	if err != nil {
		return fmt.Errorf("cannot reach Temporal at %s (TEMPORAL_ADDRESS); is the dev stack or a worker's cluster running? %w", cfg.Address, err)
	}
	r.client = c
	return nil
}

func (r *runner) close() {
	if r.client != nil {
		r.client.Close()
	}
}

func (r *runner) mergeCommand() *cobra.Command {
	var name, source, target, lang, id, submit string
	cmd := &cobra.Command{
		Use:   "merge --name NAME --source-email ADDR --target-email ADDR",
		Short: "Start a case that merges two AWS Certification accounts",
		Long: "merge starts a case that asks AWS Training and Certification to merge the account of\n" +
			"--source-email into the account of --target-email, consents when AWS asks, and tells the\n" +
			"requester (at --target-email) when AWS reports the merge done. With --submit form the requester\n" +
			"gets the filled-in text of AWS's web form and submits it; with --submit email certflow mails it.",
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			req, err := validateMerge(name, source, target, lang)
			if err != nil {
				return usageError{err}
			}
			if submit != "" && submit != "form" && submit != "email" {
				return usageError{fmt.Errorf("--submit %q: use form or email", submit)}
			}
			req.Submit = submit
			if id, err = caseID(id, workflows.KindMerge); err != nil {
				return err
			}
			return r.startCase(cmd.Context(), id, workflows.KindMerge, req.TargetEmail, req.Summary(), workflows.MergeWorkflow, req)
		},
	}
	f := cmd.Flags()
	f.StringVar(&name, "name", "", "the requester's full name, as on the certification accounts (required)")
	f.StringVar(&source, "source-email", "", "email of the account to merge away and close (required)")
	f.StringVar(&target, "target-email", "", "email of the account to keep; the requester is told here (required)")
	f.StringVar(&lang, "lang", "ja", "language of the mail: ja or en")
	f.StringVar(&id, "id", "", "case ID (default: merge-<date>-<random>); lower-case letters, digits, '-', '_'")
	f.StringVar(&submit, "submit", "", "form: the requester submits AWS's web form (the default, CERTFLOW_MERGE_SUBMIT); email: certflow mails AWS support (the dev stack's default)")
	return cmd
}

// caseID checks a given ID or makes one.
func caseID(id, kind string) (string, error) {
	if id == "" {
		return newCaseID(kind), nil
	}
	if err := correlate.ValidCaseID(id); err != nil {
		return "", usageError{err}
	}
	return id, nil
}

// startCase starts a case workflow; an ID that exists starts nothing.
func (r *runner) startCase(ctx context.Context, id, kind, requester, summary string, workflow, req any) error {
	if err := r.connect(ctx); err != nil {
		return err
	}
	defer r.close()
	err := r.launch(ctx, id, kind, requester, summary, workflow, req)
	if errors.Is(err, errAlreadyStarted) {
		return fmt.Errorf("case %s already exists; nothing was started (choose another --id)", id)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(r.stdout, "Started %s case %s\n", kind, id)
	fmt.Fprintf(r.stdout, "Web UI:  %s\n", r.caseURL(id))
	fmt.Fprintf(r.stdout, "Status:  go run ./starter status %s\n", id)
	return nil
}

// errAlreadyStarted: a case with that ID exists (running or closed).
var errAlreadyStarted = errors.New("a case with this ID already exists")

// launch starts a case workflow on a connected runner; an ID that exists,
// even of a closed case, starts nothing and returns errAlreadyStarted.
func (r *runner) launch(ctx context.Context, id, kind, requester, summary string, workflow, req any) error {
	_, err := r.client.ExecuteWorkflow(ctx, client.StartWorkflowOptions{
		ID:                       id,
		TaskQueue:                r.cfg.TaskQueue,
		WorkflowIDReusePolicy:    enumspb.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_FAIL,
		// Without this the SDK hands back the existing run as if it had
		// been started.
		WorkflowExecutionErrorWhenAlreadyStarted: true,
		TypedSearchAttributes: temporal.NewSearchAttributes(
			workflows.CaseKindKey.ValueSet(kind),
			workflows.CaseStateKey.ValueSet(string(firstState[kind])),
			workflows.RequesterKey.ValueSet(requester),
		),
		// The Web UI shows the memo on the case's page: one line that says
		// what the case is for.
		Memo: map[string]any{"summary": summary, "name": requestName(req)},
		// The Web UI shows these under "User Metadata" (starter/cli/metadata.go).
		StaticSummary: summary,
		StaticDetails: staticDetails(kind, req),
	}, workflow, req)
	var exists *serviceerror.WorkflowExecutionAlreadyStarted
	if errors.As(err, &exists) {
		return errAlreadyStarted
	}
	if err != nil {
		return fmt.Errorf("start case %s: %w", id, err)
	}
	return nil
}

var firstState = map[string]workflows.State{
	workflows.KindMerge: workflows.StateSubmitting,
	workflows.KindShare: workflows.StateAwaitingLink,
}

func (r *runner) shareCommand() *cobra.Command {
	var name, certEmail, apnEmail, lang, id string
	cmd := &cobra.Command{
		Use:   "share --name NAME --cert-email ADDR --apn-email ADDR",
		Short: "Start a case that shares an employee's AWS Certifications with the company's APN account",
		Long: "share starts a case that mails the employee (at --apn-email) the steps to link their AWS\n" +
			"Certification account (--cert-email) in the APN profile, waits for their \"done\" (or starter confirm),\n" +
			"waits CERTFLOW_SHARE_WAIT for AWS to reflect it, then asks them to check the profile.",
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			var in input
			name = in.name(name)
			cert := in.address("--cert-email", certEmail)
			apn := in.address("--apn-email", apnEmail)
			in.lang(lang)
			if err := in.err(); err != nil {
				return err
			}
			var err error
			if id, err = caseID(id, workflows.KindShare); err != nil {
				return err
			}
			req := workflows.ShareRequest{Name: name, CertEmail: cert, APNEmail: apn, Lang: lang}
			return r.startCase(cmd.Context(), id, workflows.KindShare, apn, req.Summary(), workflows.ShareWorkflow, req)
		},
	}
	f := cmd.Flags()
	f.StringVar(&name, "name", "", "the employee's full name (required)")
	f.StringVar(&certEmail, "cert-email", "", "email of the employee's AWS Certification account (required)")
	f.StringVar(&apnEmail, "apn-email", "", "the employee's APN login; certflow writes to it (required)")
	f.StringVar(&lang, "lang", "ja", "language of the mail: ja or en")
	f.StringVar(&id, "id", "", "case ID (default: share-<date>-<random>); lower-case letters, digits, '-', '_'")
	return cmd
}

// updateCommand runs an operator update. The case's validator refuses it at
// once, changing nothing, when the case is not waiting for it.
func (r *runner) updateCommand(name, short string) *cobra.Command {
	return &cobra.Command{
		Use:   name + " CASE-ID",
		Short: short,
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := r.connect(cmd.Context()); err != nil {
				return err
			}
			defer r.close()
			answer, err := r.update(cmd.Context(), args[0], name)
			if err != nil {
				return err
			}
			fmt.Fprintln(r.stdout, answer)
			return nil
		},
	}
}

func validateMerge(name, source, target, lang string) (workflows.MergeRequest, error) {
	var in input
	name = in.name(name)
	src := in.address("--source-email", source)
	dst := in.address("--target-email", target)
	if src != "" && strings.EqualFold(src, dst) {
		in = append(in, "--source-email and --target-email must differ")
	}
	in.lang(lang)
	if len(in) > 0 {
		return workflows.MergeRequest{}, errors.New(strings.Join(in, "; "))
	}
	return workflows.MergeRequest{Name: name, SourceEmail: src, TargetEmail: dst, Lang: lang}, nil
}

// input gathers every problem with a command's flags, so one message names
// them all.
type input []string

func (in *input) name(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		*in = append(*in, "--name is required")
	} else if strings.ContainsAny(v, "\r\n\t") || len(v) > 200 {
		*in = append(*in, "--name must be one line of at most 200 bytes")
	}
	return v
}

func (in *input) address(flag, v string) string {
	a, err := plainAddress(flag, v)
	if err != nil {
		*in = append(*in, err.Error())
	}
	return a
}

func (in *input) lang(v string) {
	if v != "ja" && v != "en" {
		*in = append(*in, fmt.Sprintf("--lang %q: use ja or en", v))
	}
}

func (in input) err() error {
	if len(in) == 0 {
		return nil
	}
	return usageError{errors.New(strings.Join(in, "; "))}
}

func plainAddress(flag, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", fmt.Errorf("%s is required", flag)
	}
	a, err := mail.ParseAddress(v)
	if err != nil || a.Name != "" || a.Address != v || strings.ContainsAny(v, "\r\n") {
		return "", fmt.Errorf("%s %q is not a plain e-mail address", flag, v)
	}
	return a.Address, nil
}

// newCaseID makes an ID that reads as a case in the Web UI and is unlikely
// to collide: kind, date, six random letters and digits.
func newCaseID(kind string) string {
	const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return fmt.Sprintf("%s-%s-%s", kind, time.Now().UTC().Format("20060102"), b)
}

func (r *runner) caseURL(id string) string {
	return fmt.Sprintf("%s/namespaces/%s/workflows/%s", strings.TrimRight(r.cfg.UIURL, "/"), url.PathEscape(r.cfg.Namespace), url.PathEscape(id))
}

func (r *runner) statusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status CASE-ID",
		Short: "Show where a case stands and its history",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := r.connect(cmd.Context()); err != nil {
				return err
			}
			defer r.close()
			st, err := r.status(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(r.stdout, st)
			}
			printStatus(r.stdout, st, r.caseURL(st.ID))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}

func (r *runner) status(ctx context.Context, id string) (workflows.Status, error) {
	var st workflows.Status
	v, err := r.client.QueryWorkflow(ctx, id, "", workflows.QueryStatus)
	var notFound *serviceerror.NotFound
	if errors.As(err, &notFound) {
		return st, fmt.Errorf("no case %s", id)
	}
	if err != nil {
		return st, fmt.Errorf("ask case %s for its status (is a worker running?): %w", id, err)
	}
	return st, v.Get(&st)
}

func printStatus(w io.Writer, st workflows.Status, link string) {
	fmt.Fprintf(w, "Case:      %s (%s)\n", st.ID, st.Kind)
	fmt.Fprintf(w, "State:     %s\n", st.State)
	if st.Kind == workflows.KindMerge {
		aws := st.AwsCase
		if aws == "" {
			aws = "(not yet known)"
		}
		fmt.Fprintf(w, "AWS case:  %s\n", aws)
	}
	fmt.Fprintf(w, "Requester: %s\n", st.Requester)
	fmt.Fprintf(w, "Web UI:    %s\n", link)
	fmt.Fprintln(w, "History:")
	for _, e := range st.Events {
		fmt.Fprintf(w, "  %s  %s\n", e.At.Local().Format("2006-01-02 15:04:05"), e.What)
	}
	printHeld(w, st)
	printResolvable(w, st)
}

func (r *runner) listCommand() *cobra.Command {
	var state, kind string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List cases, newest first",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			query := fmt.Sprintf("%s IS NOT NULL", workflows.CaseKindKey.GetName())
			for _, f := range []struct{ key, v string }{{workflows.CaseStateKey.GetName(), state}, {workflows.CaseKindKey.GetName(), kind}} {
				if f.v == "" {
					continue
				}
				if strings.ContainsAny(f.v, "'\"\\") {
					return usageError{fmt.Errorf("bad filter value %q", f.v)}
				}
				query += fmt.Sprintf(" AND %s = '%s'", f.key, f.v)
			}
			if err := r.connect(cmd.Context()); err != nil {
				return err
			}
			defer r.close()
			type row struct {
				ID        string    `json:"id"`
				Kind      string    `json:"kind"`
				State     string    `json:"state"`
				Requester string    `json:"requester"`
				AwsCase   string    `json:"aws_case"`
				Started   time.Time `json:"started"`
			}
			var rows []row
			var token []byte
			for {
				resp, err := r.client.ListWorkflow(cmd.Context(), &workflowservice.ListWorkflowExecutionsRequest{Query: query, NextPageToken: token})
				if err != nil {
					return fmt.Errorf("list cases: %w", err)
				}
				for _, e := range resp.Executions {
					sa := e.GetSearchAttributes().GetIndexedFields()
					get := func(k string) string {
						var s string
						if p, ok := sa[k]; ok {
							_ = json.Unmarshal(p.GetData(), &s)
						}
						return s
					}
					rows = append(rows, row{
						ID: e.Execution.WorkflowId, Kind: get(workflows.CaseKindKey.GetName()), State: get(workflows.CaseStateKey.GetName()),
						Requester: get(workflows.RequesterKey.GetName()), AwsCase: get(workflows.AwsCaseKey.GetName()), Started: e.GetStartTime().AsTime(),
					})
				}
				if token = resp.NextPageToken; len(token) == 0 {
					break
				}
			}
			if asJSON {
				if rows == nil {
					rows = []row{}
				}
				return writeJSON(r.stdout, rows)
			}
			tw := tabwriter.NewWriter(r.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "CASE\tKIND\tSTATE\tREQUESTER\tAWS CASE\tSTARTED")
			for _, x := range rows {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", x.ID, x.Kind, x.State, x.Requester, x.AwsCase, x.Started.Local().Format("2006-01-02 15:04"))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&state, "state", "", "only cases in this state (e.g. needs_attention)")
	cmd.Flags().StringVar(&kind, "kind", "", "only cases of this kind (merge)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
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
			if err := r.connect(cmd.Context()); err != nil {
				return err
			}
			defer r.close()
			err := r.client.SignalWorkflow(cmd.Context(), args[0], "", workflows.SignalCancel, workflows.CancelRequest{Reason: reason})
			var notFound *serviceerror.NotFound
			if errors.As(err, &notFound) {
				return fmt.Errorf("no running case %s", args[0])
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(r.stdout, "Asked case %s to cancel.\n", args[0])
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why the case is cancelled (kept in its history)")
	return cmd
}

// connectedWatchers connects and returns every watcher's status; the
// caller closes the connection.
func (r *runner) connectedWatchers(ctx context.Context) ([]workflows.WatcherStatus, error) {
	if err := r.connect(ctx); err != nil {
		return nil, err
	}
	ws, err := r.watchers(ctx)
	if err != nil {
		r.close()
	}
	return ws, err
}

// watchers returns the status of every running mailbox watcher.
func (r *runner) watchers(ctx context.Context) ([]workflows.WatcherStatus, error) {
	resp, err := r.client.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{
		Query: "WorkflowType = 'MailboxWatcherWorkflow' AND ExecutionStatus = 'Running'",
	})
	if err != nil {
		return nil, fmt.Errorf("find mailbox watchers: %w", err)
	}
	var out []workflows.WatcherStatus
	for _, e := range resp.Executions {
		v, err := r.client.QueryWorkflow(ctx, e.Execution.WorkflowId, "", workflows.QueryStatus)
		if err != nil {
			return nil, fmt.Errorf("ask watcher %s (is a worker running?): %w", e.Execution.WorkflowId, err)
		}
		var st workflows.WatcherStatus
		if err := v.Get(&st); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

func (r *runner) unmatchedCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "unmatched",
		Short: "List mail that matched no case (it stays unread in the inbox)",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ws, err := r.connectedWatchers(cmd.Context())
			if err != nil {
				return err
			}
			defer r.close()
			all := []workflows.UnmatchedMail{}
			for _, st := range ws {
				all = append(all, st.Unmatched...)
			}
			if asJSON {
				return writeJSON(r.stdout, all)
			}
			tw := tabwriter.NewWriter(r.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "DATE\tFROM\tSUBJECT\tMESSAGE-ID\tWHY")
			for _, u := range all {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", u.Date.Local().Format("2006-01-02 15:04"), u.From, u.Subject, u.MessageID, u.Reason)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (r *runner) attachCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "attach MESSAGE-ID CASE-ID",
		Short: "Hand a mail that matched no case to a case (see starter unmatched)",
		Args:  exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, caseID := strings.Trim(args[0], "<> "), args[1]
			ws, err := r.connectedWatchers(cmd.Context())
			if err != nil {
				return err
			}
			defer r.close()
			for _, st := range ws {
				for _, u := range st.Unmatched {
					if u.MessageID != id {
						continue
					}
					ev := workflows.AttachedMail(u, workflows.WatcherID(st.Mailbox))
					err := r.client.SignalWorkflow(cmd.Context(), caseID, "", workflows.SignalMail, ev)
					var notFound *serviceerror.NotFound
					if errors.As(err, &notFound) {
						return fmt.Errorf("no running case %s", caseID)
					}
					if err != nil {
						return err
					}
					outcome, err := r.attachOutcome(cmd.Context(), caseID, id)
					if err != nil {
						// Not confirmed: the mail stays on the list, so it is not lost from view.
						return err
					}
					if err := r.client.SignalWorkflow(cmd.Context(), workflows.WatcherID(st.Mailbox), "", workflows.SignalAttached, id); err != nil {
						return fmt.Errorf("handed to %s, but the unmatched list could not be updated: %w", caseID, err)
					}
					fmt.Fprintf(r.stdout, "Handed %s (%s, %q) to case %s as %s: %s.\n", id, u.From, u.Subject, caseID, ev.Kind, outcome)
					return nil
				}
			}
			return usageError{fmt.Errorf("no unmatched mail with Message-ID %s (see starter unmatched)", id)}
		},
	}
}

// attachWait is how long attach waits for the case to say it read the mail.
const attachWait = 20 * time.Second

// attachOutcome waits until the case's history says whether it took the
// attached mail (see workflows.AttachTakenNote). A case that does not say
// so in time (busy sending, or started before cases said so) is reported
// as an error, and the mail stays on the unmatched list.
func (r *runner) attachOutcome(ctx context.Context, caseID, id string) (string, error) {
	deadline := time.Now().Add(attachWait)
	for {
		st, err := r.status(ctx, caseID)
		if err != nil {
			return "", err
		}
		for _, e := range st.Events {
			switch e.What {
			case workflows.AttachTakenNote(id):
				return "the case took it", nil
			case workflows.AttachSeenNote(id):
				return "the case had taken it before", nil
			}
		}
		if time.Now().After(deadline) {
			return "", fmt.Errorf("handed %s to case %s, which has not said it took it (state %s): it stays on the unmatched list; "+
				"check with: starter status %s, and attach it again if the case did not take it", id, caseID, st.State, caseID)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func (r *runner) mailboxesCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "mailboxes",
		Short: "Show each watched mailbox: connected, last contact, watermark, reconnects, quarantined mail",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ws, err := r.connectedWatchers(cmd.Context())
			if err != nil {
				return err
			}
			defer r.close()
			type row struct {
				workflows.WatcherStatus
				LastContact time.Time `json:"last_contact"`
			}
			rows := []row{}
			for _, st := range ws {
				rw := row{WatcherStatus: st}
				// The watch heartbeats while it talks to the server; its last
				// heartbeat is the last contact.
				desc, err := r.client.DescribeWorkflowExecution(cmd.Context(), workflows.WatcherID(st.Mailbox), "")
				if err == nil {
					for _, pa := range desc.GetPendingActivities() {
						if t := pa.GetLastHeartbeatTime(); t != nil && t.AsTime().After(rw.LastContact) {
							rw.LastContact = t.AsTime()
						}
						// The heartbeat carries the live watermark; the
						// workflow learns it when a watch run ends.
						var live workflows.Watermark
						if d := pa.GetHeartbeatDetails(); d != nil && converter.GetDefaultDataConverter().FromPayloads(d, &live) == nil &&
							live.UIDValidity != 0 {
							rw.Watermark = live
						}
					}
				}
				rows = append(rows, rw)
			}
			if asJSON {
				return writeJSON(r.stdout, rows)
			}
			tw := tabwriter.NewWriter(r.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "MAILBOX\tCONNECTED\tLAST CONTACT\tUIDVALIDITY\tLAST UID\tRECONNECTS\tUNMATCHED\tQUARANTINED\tLAST ERROR")
			for _, x := range rows {
				contact := "-"
				if !x.LastContact.IsZero() {
					contact = x.LastContact.Local().Format("2006-01-02 15:04:05")
				}
				fmt.Fprintf(tw, "%s\t%v\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", x.Mailbox, x.Health.Connected, contact,
					x.Watermark.UIDValidity, x.Watermark.LastUID, x.Health.Reconnects, len(x.Unmatched), len(x.Quarantined), x.Health.LastError)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			for _, x := range rows {
				if w := x.Watermark; w.Failures > 0 {
					fmt.Fprintf(r.stdout, "failing in %s: uid %d, %d of %d tries (then it is listed and passed over): %s\n",
						x.Mailbox, w.FailedUID, w.Failures, imapwatch.FailLimit, w.LastFailure)
				}
				for _, q := range x.Quarantined {
					fmt.Fprintf(r.stdout, "quarantined in %s: uid %d %q from %s: %s\n", x.Mailbox, q.UID, q.Subject, q.From, q.Reason)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s takes %d argument(s), got %d", cmd.Name(), n, len(args))}
		}
		return nil
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
