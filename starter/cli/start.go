package cli

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/spf13/cobra"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"

	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/workflows"
)

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
			return r.startCase(cmd.Context(), newCase{ID: id, Kind: workflows.KindMerge,
				Requester: req.TargetEmail, Summary: req.Summary(), Request: req})
		},
	}
	f := cmd.Flags()
	f.StringVar(&name, "name", "", "the requester's full name, as on the certification accounts (required)")
	f.StringVar(&source, "source-email", "", "email of the account to merge away and close (required)")
	f.StringVar(&target, "target-email", "", "email of the account to keep; the requester is told here (required)")
	langAndIDFlags(cmd, &lang, &id, workflows.KindMerge)
	f.StringVar(&submit, "submit", "", "form: the requester submits AWS's web form (the default, "+
		"CERTFLOW_MERGE_SUBMIT); email: certflow mails AWS support (the dev stack's default)")
	return cmd
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
			var problems flagProblems
			name = problems.personName(name)
			cert := problems.address("--cert-email", certEmail)
			apn := problems.address("--apn-email", apnEmail)
			problems.lang(lang)
			if err := problems.err(); err != nil {
				return err
			}
			var err error
			if id, err = caseID(id, workflows.KindShare); err != nil {
				return err
			}
			req := workflows.ShareRequest{Name: name, CertEmail: cert, APNEmail: apn, Lang: lang}
			return r.startCase(cmd.Context(), newCase{ID: id, Kind: workflows.KindShare,
				Requester: apn, Summary: req.Summary(), Request: req})
		},
	}
	f := cmd.Flags()
	f.StringVar(&name, "name", "", "the employee's full name (required)")
	f.StringVar(&certEmail, "cert-email", "", "email of the employee's AWS Certification account (required)")
	f.StringVar(&apnEmail, "apn-email", "", "the employee's APN login; certflow writes to it (required)")
	langAndIDFlags(cmd, &lang, &id, workflows.KindShare)
	return cmd
}

// langAndIDFlags are the flags every command that starts a case has.
func langAndIDFlags(cmd *cobra.Command, lang, id *string, kind string) {
	f := cmd.Flags()
	f.StringVar(lang, "lang", "ja", "language of the mail: ja or en")
	f.StringVar(id, "id", "", "case ID (default: "+kind+"-<date>-<random>); lower-case letters, digits, '-', '_'")
}

// newCase is a case to start: its ID, kind, search attributes and memo,
// and the request its workflow runs on (a MergeRequest or ShareRequest).
type newCase struct {
	ID, Kind, Requester, Summary string
	Request                      any
}

// workflowOf is each kind's workflow.
var workflowOf = map[string]any{
	workflows.KindMerge: workflows.MergeWorkflow,
	workflows.KindShare: workflows.ShareWorkflow,
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
func (r *runner) startCase(ctx context.Context, c newCase) error {
	return r.withClient(ctx, func(ctx context.Context) error {
		err := r.startWorkflow(ctx, c)
		if errors.Is(err, errAlreadyStarted) {
			return fmt.Errorf("case %s already exists; nothing was started (choose another --id)", c.ID)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(r.stdout, "Started %s case %s\n", c.Kind, c.ID)
		fmt.Fprintf(r.stdout, "Web UI:  %s\n", r.caseURL(c.ID))
		fmt.Fprintf(r.stdout, "Status:  go run ./starter status %s\n", c.ID)
		return nil
	})
}

// startWorkflow starts a case workflow on a connected runner; an ID that exists,
// even of a closed case, starts nothing and returns errAlreadyStarted.
func (r *runner) startWorkflow(ctx context.Context, c newCase) error {
	_, err := r.client.ExecuteWorkflow(ctx, client.StartWorkflowOptions{
		ID:                       c.ID,
		TaskQueue:                r.cfg.TaskQueue,
		WorkflowIDReusePolicy:    enumspb.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_FAIL,
		// Without this the SDK hands back the existing run as if it had
		// been started.
		WorkflowExecutionErrorWhenAlreadyStarted: true,
		TypedSearchAttributes: temporal.NewSearchAttributes(
			workflows.CaseKindKey.ValueSet(c.Kind),
			workflows.CaseStateKey.ValueSet(string(firstState[c.Kind])),
			workflows.RequesterKey.ValueSet(c.Requester),
		),
		// The Web UI shows the memo on the case's page: one line that says
		// what the case is for.
		Memo: map[string]any{"summary": c.Summary, "name": requestName(c.Request)},
		// The Web UI shows these under "User Metadata" (starter/cli/metadata.go).
		StaticSummary: c.Summary,
		StaticDetails: staticDetails(c.Kind, c.Request),
	}, workflowOf[c.Kind], c.Request)
	return explain(err, c.ID, caseCall{name: "start", failed: "start case %s"})
}

var firstState = map[string]workflows.State{
	workflows.KindMerge: workflows.StateSubmitting,
	workflows.KindShare: workflows.StateAwaitingLink,
}

// newCaseID makes an ID that reads as a case in the Web UI and is unlikely
// to collide: kind, date, six random letters and digits.
func newCaseID(kind string) string {
	const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
	b := make([]byte, 6)
	// crypto/rand.Read never returns an error and always fills b: it
	// crashes the program if the system's source fails (its documentation).
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return fmt.Sprintf("%s-%s-%s", kind, time.Now().UTC().Format("20060102"), b)
}

func validateMerge(name, source, target, lang string) (workflows.MergeRequest, error) {
	var problems flagProblems
	name = problems.personName(name)
	src := problems.address("--source-email", source)
	dst := problems.address("--target-email", target)
	if src != "" && strings.EqualFold(src, dst) {
		problems = append(problems, "--source-email and --target-email must differ")
	}
	problems.lang(lang)
	if len(problems) > 0 {
		return workflows.MergeRequest{}, errors.New(strings.Join(problems, "; "))
	}
	return workflows.MergeRequest{Name: name, SourceEmail: src, TargetEmail: dst, Lang: lang}, nil
}

// flagProblems gathers every problem with a command's flags (or an import
// row's columns), so one message names them all.
type flagProblems []string

// personName checks a person's name and returns it trimmed.
func (p *flagProblems) personName(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		*p = append(*p, "--name is required")
	} else if strings.ContainsAny(v, "\r\n\t") || len(v) > 200 {
		*p = append(*p, "--name must be one line of at most 200 bytes")
	}
	return v
}

// address checks a plain e-mail address and returns it trimmed.
func (p *flagProblems) address(flag, v string) string {
	a, err := plainAddress(flag, v)
	if err != nil {
		*p = append(*p, err.Error())
	}
	return a
}

func (p *flagProblems) lang(v string) {
	if v != "ja" && v != "en" {
		*p = append(*p, fmt.Sprintf("--lang %q: use ja or en", v))
	}
}

// err is every problem in one usage error, or nil.
func (p flagProblems) err() error {
	if len(p) == 0 {
		return nil
	}
	return usageError{errors.New(strings.Join(p, "; "))}
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
