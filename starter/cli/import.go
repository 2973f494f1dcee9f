package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base32"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/workflows"
)

// maxImportBytes bounds what import reads: a team's sheet is kilobytes; a
// file of this size is a mistake, not a roster.
const maxImportBytes = 32 << 20

// importColumns are the columns a sheet may have; every other column is a
// mistake (a misspelt header would otherwise drop its values unseen).
var importColumns = map[string]bool{
	"kind": true, "name": true, "source_email": true, "target_email": true,
	"cert_email": true, "apn_email": true, "lang": true, "submit": true, "id": true,
}

// plannedCase is one valid row of a sheet: the case it starts.
type plannedCase struct {
	Line int
	newCase
}

// importResult is what became of one planned case.
type importResult struct {
	plannedCase
	Outcome string // "started", "already started", "failed"
	Err     error
}

func (r *runner) importCommand() *cobra.Command {
	var comma string
	var dryRun bool
	var concurrency int
	cmd := &cobra.Command{
		Use:   "import FILE.csv",
		Short: "Start a case for every row of a CSV file (a team at a time)",
		Long: "import reads a CSV file with a header row (UTF-8, with or without the BOM spreadsheets write):\n" +
			"kind (merge|share), name, source_email and target_email (merge) or cert_email and apn_email (share),\n" +
			"and optionally lang (ja|en), submit (form|email, merge only) and id. Every row is checked first: a file\n" +
			"with any bad row starts nothing and every problem is printed with its line number (exit 2).\n" +
			"A row without id gets one derived from its kind and addresses, so importing the same file again\n" +
			"starts nothing new and says \"already started\" for each row. \"-\" reads the standard input.",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sep, err := commaRune(comma)
			if err != nil {
				return err
			}
			if concurrency < 1 || concurrency > 64 {
				return usageError{fmt.Errorf("--concurrency %d: use 1 to 64", concurrency)}
			}
			data, err := readImportFile(cmd.InOrStdin(), args[0])
			if err != nil {
				return err
			}
			plan, problems := planImport(data, sep)
			if len(problems) > 0 {
				for _, p := range problems {
					fmt.Fprintln(cmd.ErrOrStderr(), p)
				}
				return usageError{fmt.Errorf("%s: %d problem(s); nothing was started", args[0], len(problems))}
			}
			if dryRun {
				for _, p := range plan {
					fmt.Fprintf(r.stdout, "line %d: would start %s case %s: %s\n", p.Line, p.Kind, p.ID, p.Summary)
				}
				fmt.Fprintf(r.stdout, "%d case(s) would start (dry run: nothing was started)\n", len(plan))
				return nil
			}
			return r.runImport(cmd.Context(), plan, concurrency, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&comma, "comma", ",",
		"the field separator: one character, for example ';' (Excel in many locales) or '\\t'")
	f.BoolVar(&dryRun, "dry-run", false, "check the file and print what would start; start nothing (no server needed)")
	f.IntVar(&concurrency, "concurrency", 8, "how many cases start at once (1-64)")
	return cmd
}

func commaRune(s string) (rune, error) {
	if s == `\t` || s == "tab" {
		return '\t', nil
	}
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || size != len(s) || r == '"' || r == '\r' || r == '\n' || r == utf8.RuneError {
		return 0, usageError{fmt.Errorf("--comma %q: give one character, for example ';'", s)}
	}
	return r, nil
}

func readImportFile(stdin io.Reader, name string) ([]byte, error) {
	var in io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, usageError{err}
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(io.LimitReader(in, maxImportBytes+1))
	if err != nil {
		return nil, usageError{fmt.Errorf("read %s: %w", name, err)}
	}
	if len(data) > maxImportBytes {
		return nil, usageError{fmt.Errorf("%s is larger than %d MiB; split it", name, maxImportBytes>>20)}
	}
	return data, nil
}

// planImport checks every row and returns the cases to start, or every
// problem found (with its line number); a file with problems starts nothing.
func planImport(data []byte, comma rune) ([]plannedCase, []string) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, []string{"the file is not UTF-8: save it as \"CSV UTF-8\""}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, []string{fmt.Sprintf("line 1: no header row: %v", err)}
	}
	cols, problems := importHeader(header, comma)
	if len(problems) > 0 {
		return nil, problems
	}
	var plan []plannedCase
	seen := map[string]int{} // a person's key or an ID -> the line that has it
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			problems = append(problems, err.Error())
			var pe *csv.ParseError
			if errors.As(err, &pe) && pe.Err != csv.ErrFieldCount {
				break // the reader cannot go on after a quoting error
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if blankRecord(rec) {
			continue
		}
		if len(rec) != len(header) {
			problems = append(problems, fmt.Sprintf("line %d: %d field(s), the header has %d", line, len(rec), len(header)))
			continue
		}
		row := map[string]string{}
		for i, c := range cols {
			row[c] = strings.TrimSpace(rec[i])
		}
		p, errs := planRow(line, row)
		if len(errs) == 0 {
			errs = repeatedRow(seen, p)
		}
		for _, e := range errs {
			problems = append(problems, fmt.Sprintf("line %d: %s", line, e))
		}
		if len(errs) == 0 {
			plan = append(plan, p)
		}
	}
	if len(plan) == 0 && len(problems) == 0 {
		problems = append(problems, "the file has a header but no rows")
	}
	return plan, problems
}

func importHeader(header []string, comma rune) ([]string, []string) {
	var cols, problems []string
	have := map[string]bool{}
	for i, h := range header {
		c := strings.ToLower(strings.TrimSpace(h))
		switch {
		case c == "":
			problems = append(problems, fmt.Sprintf("line 1: column %d has no name", i+1))
		case !importColumns[c]:
			hint := ""
			if comma != ';' && strings.Contains(c, ";") {
				hint = " (is the file separated by ';'? then use --comma ';')"
			}
			problems = append(problems, fmt.Sprintf("line 1: unknown column %q%s; the columns are kind, name, "+
				"source_email, target_email, cert_email, apn_email, lang, submit, id", h, hint))
		case have[c]:
			problems = append(problems, fmt.Sprintf("line 1: column %q appears twice", c))
		}
		have[c] = true
		cols = append(cols, c)
	}
	for _, need := range []string{"kind", "name"} {
		if !have[need] {
			problems = append(problems, fmt.Sprintf("line 1: the header has no %q column", need))
		}
	}
	return cols, problems
}

func blankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// planRow checks one row with the same rules as the merge and share
// commands and names every problem in it.
func planRow(line int, row map[string]string) (plannedCase, []string) {
	p := plannedCase{Line: line, newCase: newCase{Kind: strings.ToLower(row["kind"])}}
	lang := row["lang"]
	if lang == "" {
		lang = "ja"
	}
	var problems flagProblems
	switch p.Kind {
	case workflows.KindMerge:
		if s := row["submit"]; s != "" && s != "form" && s != "email" {
			problems = append(problems, fmt.Sprintf("submit %q: use form or email", s))
		}
		req, err := validateMerge(row["name"], row["source_email"], row["target_email"], lang)
		if err != nil {
			problems = append(problems, err.Error())
		}
		req.Submit = row["submit"]
		p.Requester, p.Summary, p.Request = req.TargetEmail, req.Summary(), req
	case workflows.KindShare:
		if row["submit"] != "" {
			problems = append(problems, "submit is for merge rows only")
		}
		name := problems.personName(row["name"])
		cert := problems.address("--cert-email", row["cert_email"])
		apn := problems.address("--apn-email", row["apn_email"])
		problems.lang(lang)
		req := workflows.ShareRequest{Name: name, CertEmail: cert, APNEmail: apn, Lang: lang}
		p.Requester, p.Summary, p.Request = apn, req.Summary(), req
	default:
		return p, []string{fmt.Sprintf("kind %q: use merge or share", row["kind"])}
	}
	msgs := []string(problems)
	for i, m := range msgs {
		// The rules speak of flags; a sheet has columns.
		msgs[i] = strings.NewReplacer("--source-email", "source_email", "--target-email", "target_email",
			"--cert-email", "cert_email", "--apn-email", "apn_email", "--name", "name", "--lang", "lang").Replace(m)
	}
	if len(msgs) > 0 {
		return p, msgs
	}
	p.ID = row["id"]
	if p.ID == "" {
		p.ID = stableCaseID(p.Kind, p.addresses()...)
	} else if err := correlate.ValidCaseID(p.ID); err != nil {
		return p, []string{"id: " + err.Error()}
	}
	return p, nil
}

// repeatedRow names the earlier line a row repeats (the same person and
// kind, or the same ID), and remembers this row's keys.
func repeatedRow(seen map[string]int, p plannedCase) []string {
	keys := append(p.personKeys(), "id "+p.ID)
	for _, k := range keys {
		if first, dup := seen[k]; dup {
			return []string{fmt.Sprintf("%s is already on line %d", k, first)}
		}
	}
	for _, k := range keys {
		seen[k] = p.Line
	}
	return nil
}

// personKeys are the keys that say who a row is about: one account may be in
// one case of a kind at a time.
func (p plannedCase) personKeys() []string {
	switch req := p.Request.(type) {
	case workflows.MergeRequest:
		return []string{"merge of source_email " + strings.ToLower(req.SourceEmail)}
	case workflows.ShareRequest:
		return []string{"share of cert_email " + strings.ToLower(req.CertEmail),
			"share for apn_email " + strings.ToLower(req.APNEmail)}
	}
	return nil
}

// addresses are the two addresses a row names, lower-cased: with the kind,
// what its stable ID is made of.
func (p plannedCase) addresses() []string {
	switch req := p.Request.(type) {
	case workflows.MergeRequest:
		return []string{strings.ToLower(req.SourceEmail), strings.ToLower(req.TargetEmail)}
	case workflows.ShareRequest:
		return []string{strings.ToLower(req.CertEmail), strings.ToLower(req.APNEmail)}
	}
	return nil
}

// stableCaseID derives a case ID from what a row is about, so the same row
// imported twice names the same case (and Temporal starts it once).
func stableCaseID(kind string, keys ...string) string {
	h := sha256.New()
	h.Write([]byte(kind))
	for _, k := range keys {
		h.Write([]byte{0})
		h.Write([]byte(k))
	}
	enc := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(h.Sum(nil))
	return kind + "-import-" + strings.ToLower(enc[:16])
}

// runImport starts the planned cases, a bounded number at once, and prints
// what became of each and a summary.
func (r *runner) runImport(ctx context.Context, plan []plannedCase, concurrency int, stderr io.Writer) error {
	return r.withClient(ctx, func(ctx context.Context) error {
		results := r.startAll(ctx, plan, concurrency, stderr)
		return summarize(r.stdout, results)
	})
}

// startAll starts the planned cases, concurrency at a time, with a
// progress bar on a terminal or a line a case elsewhere.
func (r *runner) startAll(ctx context.Context, plan []plannedCase, concurrency int, stderr io.Writer) []importResult {
	bar := progressFor(stderr, len(plan))
	results := make([]importResult, len(plan))
	var mu sync.Mutex
	var wg sync.WaitGroup
	slots := make(chan struct{}, concurrency)
	for i, p := range plan {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			res := r.startPlanned(ctx, p)
			mu.Lock()
			defer mu.Unlock()
			results[i] = res
			if bar != nil {
				// The bar only draws; a terminal that cannot take it
				// loses nothing, as every row is printed below.
				_ = bar.Add(1)
			} else {
				printResult(r.stdout, res)
			}
		}()
	}
	wg.Wait()
	if bar != nil {
		_ = bar.Finish() // as bar.Add above: drawing only
		fmt.Fprintln(stderr)
		for _, res := range results {
			printResult(r.stdout, res)
		}
	}
	return results
}

func (r *runner) startPlanned(ctx context.Context, p plannedCase) importResult {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err := r.startWorkflow(ctx, p.newCase)
	switch {
	case errors.Is(err, errAlreadyStarted):
		return r.checkExisting(ctx, p)
	case err != nil:
		return importResult{plannedCase: p, Outcome: "failed", Err: err}
	}
	return importResult{plannedCase: p, Outcome: "started"}
}

// checkExisting checks that the case with the row's ID is this row's
// request: an ID given in the sheet may name someone else's case, and that
// is a mistake to report, not a row done.
func (r *runner) checkExisting(ctx context.Context, p plannedCase) importResult {
	desc, err := r.client.DescribeWorkflowExecution(ctx, p.ID, "")
	if err != nil {
		return importResult{plannedCase: p, Outcome: "failed", Err: fmt.Errorf("it exists, but could not be read: %w", err)}
	}
	summary := memoOf(desc.GetWorkflowExecutionInfo().GetMemo(), "summary")
	if summary != p.Summary {
		return importResult{plannedCase: p, Outcome: "failed",
			Err: fmt.Errorf("it exists for another request (%q); nothing was started", summary)}
	}
	return importResult{plannedCase: p, Outcome: "already started"}
}

// progressFor draws a progress bar on a terminal; elsewhere (a log, a
// pipe) it returns nil and each row gets a plain line.
func progressFor(w io.Writer, n int) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("starting cases"), progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond))
}

func printResult(w io.Writer, res importResult) {
	if res.Err != nil {
		fmt.Fprintf(w, "line %d: %s case %s failed: %v\n", res.Line, res.Kind, res.ID, res.Err)
		return
	}
	fmt.Fprintf(w, "line %d: %s case %s %s\n", res.Line, res.Kind, res.ID, res.Outcome)
}

func summarize(w io.Writer, results []importResult) error {
	count := map[string]int{}
	var failed []importResult
	for _, res := range results {
		count[res.Outcome]++
		if res.Err != nil {
			failed = append(failed, res)
		}
	}
	fmt.Fprintf(w, "%d started, %d already started, %d failed\n",
		count["started"], count["already started"], count["failed"])
	if len(failed) == 0 {
		return nil
	}
	sort.Slice(failed, func(i, j int) bool { return failed[i].Line < failed[j].Line })
	lines := make([]string, len(failed))
	for i, f := range failed {
		lines[i] = fmt.Sprint(f.Line)
	}
	return fmt.Errorf("%d row(s) failed (lines %s); importing the file again retries them and starts nothing twice",
		len(failed), strings.Join(lines, ", "))
}
