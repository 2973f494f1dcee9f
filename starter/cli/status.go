package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	commonpb "go.temporal.io/api/common/v1"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/converter"

	"github.com/spf13/cobra"

	"github.com/certflow/certflow/workflows"
)

func (r *runner) statusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status CASE-ID",
		Short: "Show where a case stands and its history",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return r.withClient(cmd.Context(), func(ctx context.Context) error {
				st, err := r.queryStatus(ctx, args[0])
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(r.stdout, st)
				}
				printStatus(r.stdout, st, r.caseURL(st.ID))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}

// queryStatus asks a case (running or closed) for its Status.
func (r *runner) queryStatus(ctx context.Context, id string) (workflows.Status, error) {
	var st workflows.Status
	v, err := r.client.QueryWorkflow(ctx, id, "", workflows.QueryStatus)
	if err != nil {
		return st, explain(err, id, caseCall{name: "status", failed: "ask case %s for its status (is a worker running?)"})
	}
	return st, v.Get(&st)
}

// caseRow is one case as list shows it: what visibility says of it.
type caseRow struct {
	ID        string    `json:"id"`
	Kind      string    `json:"kind"`
	State     string    `json:"state"`
	Requester string    `json:"requester"`
	AwsCase   string    `json:"aws_case"`
	Started   time.Time `json:"started"`
}

func (r *runner) listCommand() *cobra.Command {
	var state, kind string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List cases, newest first",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			query, err := listQuery(state, kind)
			if err != nil {
				return err
			}
			return r.withClient(cmd.Context(), func(ctx context.Context) error {
				rows, err := r.listCases(ctx, query)
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(r.stdout, rows)
				}
				return printCases(r.stdout, rows)
			})
		},
	}
	cmd.Flags().StringVar(&state, "state", "", "only cases in this state (e.g. needs_attention)")
	cmd.Flags().StringVar(&kind, "kind", "", "only cases of this kind (merge)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// listQuery is the visibility query for list's filters. A value with a
// quote or backslash is refused, so none can change the query's meaning.
func listQuery(state, kind string) (string, error) {
	query := fmt.Sprintf("%s IS NOT NULL", workflows.CaseKindKey.GetName())
	for _, f := range []struct{ key, v string }{
		{workflows.CaseStateKey.GetName(), state}, {workflows.CaseKindKey.GetName(), kind},
	} {
		if f.v == "" {
			continue
		}
		if strings.ContainsAny(f.v, "'\"\\") {
			return "", usageError{fmt.Errorf("bad filter value %q", f.v)}
		}
		query += fmt.Sprintf(" AND %s = '%s'", f.key, f.v)
	}
	return query, nil
}

// listCases pages through visibility; no case is an empty list, not nil,
// so --json prints [].
func (r *runner) listCases(ctx context.Context, query string) ([]caseRow, error) {
	rows := []caseRow{}
	var token []byte
	for {
		resp, err := r.client.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{
			Query: query, NextPageToken: token,
		})
		if err != nil {
			return nil, fmt.Errorf("list cases: %w", err)
		}
		for _, e := range resp.Executions {
			sa := e.GetSearchAttributes()
			rows = append(rows, caseRow{
				ID:        e.Execution.WorkflowId,
				Kind:      keywordOf(sa, workflows.CaseKindKey.GetName()),
				State:     keywordOf(sa, workflows.CaseStateKey.GetName()),
				Requester: keywordOf(sa, workflows.RequesterKey.GetName()),
				AwsCase:   keywordOf(sa, workflows.AwsCaseKey.GetName()),
				Started:   e.GetStartTime().AsTime(),
			})
		}
		if token = resp.NextPageToken; len(token) == 0 {
			return rows, nil
		}
	}
}

// keywordOf is a Keyword search attribute's value as visibility returns
// it, or "" when the case does not have it.
func keywordOf(sa *commonpb.SearchAttributes, key string) string {
	var s string
	if p, ok := sa.GetIndexedFields()[key]; ok {
		// A value that is not a JSON string is not a keyword certflow set:
		// it reads as missing, as an absent one does.
		_ = json.Unmarshal(p.GetData(), &s)
	}
	return s
}

// memoOf is a string the case's memo holds, or "" when it holds none. A
// value that does not decode as a string reads as missing: the callers
// compare it or show it, and "" is what an older case without it has.
func memoOf(memo *commonpb.Memo, key string) string {
	var s string
	if p := memo.GetFields()[key]; p != nil {
		// A memo field that is not a string (another program's) reads as "".
		_ = converter.GetDefaultDataConverter().FromPayload(p, &s)
	}
	return s
}
