package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	commonpb "go.temporal.io/api/common/v1"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	workflowpb "go.temporal.io/api/workflow/v1"
	"go.temporal.io/api/workflowservice/v1"

	"github.com/spf13/cobra"

	"github.com/certflow/certflow/workflows"
)

// reportCase is one case as the report shows it.
type reportCase struct {
	ID         string    `json:"id"`
	Kind       string    `json:"kind"`
	State      string    `json:"state"`
	Person     string    `json:"person"`
	Requester  string    `json:"requester"`
	Summary    string    `json:"summary"`
	AwsCase    string    `json:"aws_case"`
	Started    time.Time `json:"started"`
	LastChange time.Time `json:"last_change"`
	// DaysInState counts whole days since the case entered its state.
	DaysInState int    `json:"days_in_state"`
	WaitsFor    string `json:"waits_for"`
	Open        bool   `json:"open"`
}

// reportFilter is what the report covers, as `list` filters.
type reportFilter struct {
	Kind, State string
	Since       time.Time
}

var filterValue = regexp.MustCompile(`^[a-z_]{1,40}$`)

// query is the visibility query for the filter; the values are checked, so
// nothing the operator types can change the query's meaning.
func (f reportFilter) query() (string, error) {
	q := workflows.CaseKindKey.GetName() + " IS NOT NULL"
	for _, c := range []struct{ key, flag, v string }{
		{workflows.CaseKindKey.GetName(), "--kind", f.Kind}, {workflows.CaseStateKey.GetName(), "--state", f.State},
	} {
		if c.v == "" {
			continue
		}
		if !filterValue.MatchString(c.v) {
			return "", usageError{fmt.Errorf("bad filter value %s %q", c.flag, c.v)}
		}
		q += fmt.Sprintf(" AND %s = '%s'", c.key, c.v)
	}
	if !f.Since.IsZero() {
		q += fmt.Sprintf(" AND StartTime >= '%s'", f.Since.UTC().Format(time.RFC3339))
	}
	return q, nil
}

// parseSince reads --since: a date (2026-11-01) or an age (30d, 12h).
func parseSince(v string, now time.Time) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", v, time.Local); err == nil {
		return t, nil
	}
	if days, ok := strings.CutSuffix(v, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n >= 0 {
			return now.AddDate(0, 0, -n), nil
		}
	}
	if d, err := time.ParseDuration(v); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, usageError{fmt.Errorf("--since %q: give a date (2026-11-01) or an age (30d, 12h)", v)}
}

// collectCases pages through visibility for every case the filter covers.
// Visibility says when each case entered its state (CaseStateSince); only
// for an open case without it (started before certflow set it, or not yet
// run by a worker) is the end of its history read.
func (r *runner) collectCases(ctx context.Context, query string, pageSize int, now time.Time,
	lang string) ([]reportCase, error) {
	var cases []reportCase
	req := &workflowservice.ListWorkflowExecutionsRequest{
		Namespace: r.cfg.Namespace, Query: query, PageSize: int32(pageSize),
	}
	for {
		resp, err := r.listPage(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list cases: %w", err)
		}
		for _, e := range resp.GetExecutions() {
			cases = append(cases, caseFromVisibility(e))
		}
		if req.NextPageToken = resp.GetNextPageToken(); len(req.NextPageToken) == 0 {
			break
		}
	}
	if err := r.learnStateTimes(ctx, cases); err != nil {
		return nil, err
	}
	for i := range cases {
		c := &cases[i]
		c.DaysInState = int(now.Sub(c.LastChange).Hours() / 24)
		if c.Open {
			c.WaitsFor = waitsFor(lang, c.Kind, c.State)
		}
	}
	sortForAttention(cases)
	return cases, nil
}

// listPage reads one page of visibility. A page of a thousand cases from
// a busy SQLite server can take longer than the client's usual 10 s.
func (r *runner) listPage(ctx context.Context,
	req *workflowservice.ListWorkflowExecutionsRequest) (*workflowservice.ListWorkflowExecutionsResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var resp *workflowservice.ListWorkflowExecutionsResponse
	err := whenNotBusy(ctx, func() (err error) {
		resp, err = r.client.WorkflowService().ListWorkflowExecutions(ctx, req)
		return err
	})
	return resp, err
}

func caseFromVisibility(e *workflowpb.WorkflowExecutionInfo) reportCase {
	sa := e.GetSearchAttributes()
	c := reportCase{
		ID:        e.GetExecution().GetWorkflowId(),
		Kind:      keywordOf(sa, workflows.CaseKindKey.GetName()),
		State:     keywordOf(sa, workflows.CaseStateKey.GetName()),
		Requester: keywordOf(sa, workflows.RequesterKey.GetName()),
		AwsCase:   keywordOf(sa, workflows.AwsCaseKey.GetName()),
		Summary:   memoOf(e.GetMemo(), "summary"),
		Person:    memoOf(e.GetMemo(), "name"),
		Started:   e.GetStartTime().AsTime(),
		Open:      e.GetStatus() == enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING,
	}
	if c.Person == "" { // cases started before the memo had the name
		c.Person = c.Requester
	}
	if p, ok := sa.GetIndexedFields()[workflows.CaseStateSinceKey.GetName()]; ok && c.Open {
		var since time.Time
		if json.Unmarshal(p.GetData(), &since) == nil {
			c.LastChange = since
		}
	}
	if !c.Open {
		// A closed case changed its state last as it ended.
		c.LastChange = e.GetCloseTime().AsTime()
		if !finalState(c.State) {
			// Ended from outside (terminated, timed out): say so, not the
			// state it was in.
			c.State = strings.ToLower(strings.TrimPrefix(e.GetStatus().String(), "WORKFLOW_EXECUTION_STATUS_"))
		}
	}
	return c
}

func finalState(s string) bool {
	switch workflows.State(s) {
	case workflows.StateCompleted, workflows.StateCancelled, workflows.StateFailed:
		return true
	}
	return false
}

// learnStateTimes reads, for each open case visibility gave no
// CaseStateSince, the newest change of its CaseState from the end of its
// history: a few events, a bounded number of cases at once.
func (r *runner) learnStateTimes(ctx context.Context, cases []reportCase) error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	// More at once only queues up at the server (and trips the dev stack's
	// persistence rate limit).
	slots := make(chan struct{}, 8)
	for i := range cases {
		if !cases[i].Open || !cases[i].LastChange.IsZero() {
			continue
		}
		wg.Add(1)
		slots <- struct{}{}
		go func(c *reportCase) {
			defer wg.Done()
			defer func() { <-slots }()
			t, err := r.stateSince(ctx, c.ID)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = fmt.Errorf("read the history of case %s: %w", c.ID, err)
			}
			c.LastChange = t
		}(&cases[i])
	}
	wg.Wait()
	return firstErr
}

// stateSince is when the case's CaseState was last set (at the latest, when
// it started).
func (r *runner) stateSince(ctx context.Context, id string) (time.Time, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req := &workflowservice.GetWorkflowExecutionHistoryReverseRequest{
		Namespace: r.cfg.Namespace, Execution: &commonpb.WorkflowExecution{WorkflowId: id}, MaximumPageSize: 32,
	}
	for page := 0; page < 100; page++ {
		var resp *workflowservice.GetWorkflowExecutionHistoryReverseResponse
		err := whenNotBusy(ctx, func() (err error) {
			resp, err = r.client.WorkflowService().GetWorkflowExecutionHistoryReverse(ctx, req)
			return err
		})
		if err != nil {
			return time.Time{}, err
		}
		for _, e := range resp.GetHistory().GetEvents() {
			switch e.GetEventType() {
			case enumspb.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES:
				fields := e.GetUpsertWorkflowSearchAttributesEventAttributes().GetSearchAttributes().GetIndexedFields()
				if _, ok := fields[workflows.CaseStateKey.GetName()]; ok {
					return e.GetEventTime().AsTime(), nil
				}
			case enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
				return e.GetEventTime().AsTime(), nil
			}
		}
		if req.NextPageToken = resp.GetNextPageToken(); len(req.NextPageToken) == 0 {
			break
		}
	}
	return time.Time{}, fmt.Errorf("no state change found in its history")
}

// whenNotBusy runs call, again after a pause while the server says it is
// busy (its persistence rate limit), at most 8 times within ctx.
func whenNotBusy(ctx context.Context, call func() error) error {
	pause := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := call()
		if !serverBusy(err) || attempt == 8 {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(pause):
		}
		pause = min(2*pause, 2*time.Second)
	}
}

// serverBusy: the server refused for its rate limit. The dev stack's
// server reports it from some reads (its search-attribute lookups) in the
// message of another error, hence the second test.
func serverBusy(err error) bool {
	var busy *serviceerror.ResourceExhausted
	return errors.As(err, &busy) || (err != nil && strings.Contains(err.Error(), "Persistence Max QPS Reached"))
}

// needsPerson: a case in one of these states waits for a person.
func needsPerson(state string) bool {
	return state == string(workflows.StateNeedsAttention) || state == string(workflows.StateFailed)
}

// sortForAttention puts the cases that need a person first, then the open
// ones longest in their state, then the closed ones, newest first.
func sortForAttention(cases []reportCase) {
	rank := func(c reportCase) int {
		switch {
		case needsPerson(c.State):
			return 0
		case c.Open:
			return 1
		}
		return 2
	}
	sort.SliceStable(cases, func(i, j int) bool {
		a, b := cases[i], cases[j]
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		if rank(a) < 2 && !a.LastChange.Equal(b.LastChange) {
			return a.LastChange.Before(b.LastChange)
		}
		if !a.LastChange.Equal(b.LastChange) {
			return a.LastChange.After(b.LastChange)
		}
		return a.ID < b.ID
	})
}

// reportLang is --lang, or the language of LC_ALL or LANG.
func reportLang(flag string, env map[string]string) (string, error) {
	if flag != "" {
		if flag != "ja" && flag != "en" {
			return "", usageError{fmt.Errorf("--lang %q: use ja or en", flag)}
		}
		return flag, nil
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := env[k]; v != "" {
			if strings.HasPrefix(v, "ja") {
				return "ja", nil
			}
			return "en", nil
		}
	}
	return "en", nil
}

func (r *runner) reportCommand() *cobra.Command {
	var f reportFilter
	var since, htmlFile, lang string
	var asCSV, asJSON bool
	var pageSize int
	cmd := &cobra.Command{
		Use:   "report [--kind K] [--state S] [--since 30d] [--csv | --json | --html FILE]",
		Short: "Report every case: state, days in it, what it waits for; totals; an HTML page to hand on",
		Long: "report lists every case (filters as list, and --since a date or an age) with the person, state,\n" +
			"start, last change, days in the current state, AWS case number and what it waits for; cases that\n" +
			"need a person come first. --html FILE writes one self-contained page with the totals by kind and\n" +
			"state, a chart of cases by state over time and, for share cases, how many employees'\n" +
			"certifications are shared with the APN account. --lang ja|en (default from LANG).",
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			now := time.Now()
			var err error
			if f.Since, err = parseSince(since, now); err != nil {
				return err
			}
			if lang, err = reportLang(lang, r.env); err != nil {
				return err
			}
			if pageSize < 1 || pageSize > 1000 {
				return usageError{fmt.Errorf("--page-size %d: use 1 to 1000", pageSize)}
			}
			if n := countTrue(asCSV, asJSON, htmlFile != ""); n > 1 {
				return usageError{fmt.Errorf("choose one of --csv, --json and --html")}
			}
			query, err := f.query()
			if err != nil {
				return err
			}
			return r.withClient(cmd.Context(), func(ctx context.Context) error {
				cases, err := r.collectCases(ctx, query, pageSize, now, lang)
				if err != nil {
					return err
				}
				rep := newReport(cases, f, lang, now)
				return r.writeReport(rep, asCSV, asJSON, htmlFile)
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.Kind, "kind", "", "only cases of this kind (merge, share)")
	fl.StringVar(&f.State, "state", "", "only cases in this state (e.g. needs_attention)")
	fl.StringVar(&since, "since", "", "only cases started since a date (2026-11-01) or an age (30d, 12h)")
	fl.BoolVar(&asCSV, "csv", false, "print CSV (one row a case)")
	fl.BoolVar(&asJSON, "json", false, "print JSON: totals, the share headline and every case")
	fl.StringVar(&htmlFile, "html", "", "write a self-contained HTML page to this file")
	fl.StringVar(&lang, "lang", "", "language of the words: ja or en (default: from LC_ALL or LANG)")
	fl.IntVar(&pageSize, "page-size", 1000, "cases fetched from visibility per request")
	// MarkHidden fails only for a flag that does not exist; page-size is
	// defined just above.
	_ = fl.MarkHidden("page-size")
	return cmd
}

// countTrue is how many of bs are true.
func countTrue(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
