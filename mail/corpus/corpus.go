// Package corpus scores certflow's reading of mail against a labelled
// corpus: a folder of .eml files with a labels.tsv (file, label, …), written
// by people who never saw the rules. Each mail goes through triage, the
// worker's own path, and its reading is compared with what a person said
// it is.
package corpus

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/triage"
)

// Labels a corpus may use.
var Labels = []string{
	"consent_request", "completed", "not_completed", "acknowledgement", "more_info", "refusal",
	"yes", "no", "done", "submitted", "unclear", "auto_reply", "bounce_permanent", "bounce_delay",
}

// Verdict is how a reading compares with its label.
type Verdict string

const (
	// Right: read as what it is.
	Right Verdict = "right"
	// Left: left for the operator (aws_other, unknown), who is told; or a
	// person's answer that the question it replies to does not take, which
	// the case keeps in its history without acting on it (notTaken).
	Left Verdict = "left"
	// Wrong: read as something else.
	Wrong Verdict = "wrong"
)

// Result is one mail's reading.
type Result struct {
	File, Label string
	Got         string // kind, with the sub-kind or bounce type
	// Leaned: the reading right or wrong is a reply's lean, which a case
	// of the mail's kind takes where it asked the question (see leansTaken).
	Leaned  bool
	Verdict Verdict
	// Danger is set for the mistakes that must never happen: a false
	// completion, a false consent, an answer read as its opposite, an
	// unclear reply read as an answer.
	Danger string
}

// Run reads every labelled mail of dir through t.
func Run(ctx context.Context, t triage.Triager, dir string) ([]Result, error) {
	labels, err := readLabels(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		return nil, err
	}
	var out []Result
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(dir, l.file))
		if err != nil {
			return nil, err
		}
		out = append(out, Judge(l.file, l.label, l.caseKind, t.Read(ctx, raw)))
	}
	return out, nil
}

// labelled is one row of labels.tsv: a file, what a person said it is, and
// the kind of case it belongs to (merge or share).
type labelled struct{ file, label, caseKind string }

func readLabels(path string) ([]labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	known := map[string]bool{}
	for _, l := range Labels {
		known[l] = true
	}
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 || cols[0] == "file" || strings.TrimSpace(cols[0]) == "" {
			continue
		}
		if !known[cols[1]] {
			return nil, fmt.Errorf("%s:%d: unknown label %q", path, n, cols[1])
		}
		l := labelled{file: cols[0], label: cols[1]}
		if len(cols) > 2 {
			l.caseKind = cols[2]
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

// got names a reading as the report shows it.
func got(r triage.Report) string {
	switch {
	case r.Kind == classify.AWSOther && r.Sub != "":
		return string(r.Kind) + "/" + r.Sub
	case r.Kind == classify.Bounce && r.Bounce != nil && r.Bounce.Permanent:
		return "bounce/permanent"
	case r.Kind == classify.Bounce:
		return "bounce/delay"
	}
	return string(r.Kind)
}

// want is the reading each label asks for.
var want = map[string]string{
	"consent_request": string(classify.AWSConsentRequest), "completed": string(classify.AWSCompleted),
	"acknowledgement": "aws_other/" + classify.SubAcknowledgement, "more_info": "aws_other/" + classify.SubMoreInfo,
	"refusal": "aws_other/" + classify.SubRefusal,
	"yes":     string(classify.ReplyYes), "no": string(classify.ReplyNo), "done": string(classify.ReplyDone),
	"submitted": string(classify.ReplySubmitted), "unclear": string(classify.Unknown),
	"auto_reply": string(classify.AutoReply), "bounce_permanent": "bounce/permanent", "bounce_delay": "bounce/delay",
}

// leansAsked are the leans a case takes for each question it asks of a
// person (see workflows: a lean is taken only where a wrong answer is
// cheap): the merge's form wait takes submitted or done, the share's link
// wait done and its verify wait no. The consent question is asked of nobody.
var leansAsked = map[string][]classify.Kind{
	"form": {classify.ReplySubmitted, classify.ReplyDone}, "link": {classify.ReplyDone}, "verify": {classify.ReplyNo},
}

// questionsAsked are the questions each kind of case asks of its person.
var questionsAsked = map[string][]string{"merge": {"form"}, "share": {"link", "verify"}}

// leansTaken are the leans a case of caseKind may take from its person,
// whatever they meant: those of every question it asks. So a lean counts,
// right or as a danger, wherever such a wait could take it.
func leansTaken(caseKind string) []classify.Kind {
	var out []classify.Kind
	for _, q := range questionsAsked[caseKind] {
		out = append(out, leansAsked[q]...)
	}
	return out
}

// questionOf is the question a reply answers: the one asked by certflow's
// mail whose Message-ID the reply names (stepQuestion), as the case knows it;
// else as its subject names that mail ("Re: Do your AWS Certifications show
// in the APN profile?"); or "" when neither says, and then the reply counts
// against every lean its kind of case takes.
func questionOf(r triage.Report) string {
	if q := stepQuestion(r.Step); q != "" {
		return q
	}
	if r.Message == nil {
		return ""
	}
	subject := strings.ToLower(r.Message.Subject)
	for _, q := range questions {
		if q.re.MatchString(subject) {
			return q.name
		}
	}
	return ""
}

// stepQuestion is the question certflow's mail of step asks, as the case
// knows it from the Message-ID a reply names (workflows: the waits'
// questions); "" for any other step. Only certflow's own question steps
// count: the earlier sets' Message-IDs carry their writers' own words
// ("certflow.question.…"), and there the subject says the question.
func stepQuestion(step string) string {
	switch {
	case step == "form" || step == "form-reminder":
		return "form"
	case step == "steps" || step == "reminder-link":
		return "link"
	case strings.HasPrefix(step, "verify-") || strings.HasPrefix(step, "reminder-verify-"):
		return "verify"
	case step == "consent":
		return "consent"
	}
	return ""
}

// questions name each question by the subject of the mail that asks it.
var questions = []struct {
	name string
	re   *regexp.Regexp
}{
	{"consent", regexp.MustCompile(`consent|may be merged|同意`)},
	{"verify", regexp.MustCompile(`show in the apn profile|表示されていますか|表示されていますでしょうか`)},
	{"form", regexp.MustCompile(`merge form|統合フォーム|統合申請フォーム`)},
	{"link", regexp.MustCompile(`link your aws certification|share your aws certifications|apn アカウントに(?:連携|共有|リンク)`)},
}

// taken is the report as a case of caseKind would act on it: an unknown
// reply whose lean such a case takes, for the question it answers, is read
// as that lean.
func taken(r triage.Report, label, caseKind string) (triage.Report, bool) {
	takes := leansTaken(caseKind)
	if q := questionOf(r); q != "" && caseKind != "" {
		takes = leansAsked[q] // the reply answers this question: only its wait can take the lean
	}
	if r.Kind != classify.Unknown || r.Lean == "" || !slices.Contains(takes, r.Lean) {
		return r, false
	}
	r.Kind = r.Lean
	return r, true
}

// answersAsked are the answers each question's wait takes from a person
// (workflows: the merge's form wait, the share's link and verify waits). An
// answer in reply to a question whose wait does not take it (a "done" sent
// to the verify question) moves nothing: the case keeps it in its history
// (certflow asks no person for consent today, but the earlier sets hold
// yes and no to that question, which measure how replies are read: they
// count as taken, and anything else in answer to it as not)
// and goes on asking, and since versionAnswerOwnQuestion no later wait
// takes it either, as it names the mail it replies to; since
// versionAnswerNotAsked the operator is told of it at once.
var answersAsked = map[string][]classify.Kind{
	"form": {classify.ReplySubmitted, classify.ReplyDone}, "link": {classify.ReplyDone},
	"verify": {classify.ReplyYes, classify.ReplyNo}, "consent": {classify.ReplyYes, classify.ReplyNo},
}

// notTaken reports whether r is a person's answer that the question it
// replies to, as its subject names it, does not take.
func notTaken(r triage.Report) bool {
	takes, known := answersAsked[questionOf(r)]
	switch r.Kind {
	case classify.ReplyYes, classify.ReplyNo, classify.ReplyDone, classify.ReplySubmitted:
		return known && !slices.Contains(takes, r.Kind)
	}
	return false
}

// Judge compares one report with its label; caseKind (merge or share) says
// which leans a case would take (see leansTaken).
func Judge(file, label, caseKind string, r triage.Report) Result {
	r, leaned := taken(r, label, caseKind)
	res := Result{File: file, Label: label, Got: got(r), Leaned: leaned}
	switch {
	case res.Got == want[label] && !notTaken(r) || label == "not_completed" && r.Kind == classify.AWSOther:
		res.Verdict = Right
	case r.Kind == classify.AWSOther || r.Kind == classify.Unknown || notTaken(r):
		res.Verdict = Left
	default:
		res.Verdict = Wrong
	}
	switch {
	case res.Verdict == Left:
		// The case does not act on it: no reading is dangerous.
	case r.Kind == classify.AWSCompleted && label != "completed":
		res.Danger = "false completion"
	case r.Kind == classify.AWSConsentRequest && label != "consent_request":
		res.Danger = "false consent"
	case r.Kind == classify.ReplyNo && (label == "yes" || label == "done" || label == "submitted"):
		res.Danger = "answer read as its opposite"
	case label == "no" && (r.Kind == classify.ReplyYes || r.Kind == classify.ReplyDone ||
		r.Kind == classify.ReplySubmitted):
		res.Danger = "answer read as its opposite"
	case label == "unclear" && res.Verdict == Wrong && strings.HasPrefix(string(r.Kind), "reply_"):
		res.Danger = "unclear reply read as an answer"
	}
	return res
}

// Report writes the per-label table, in Markdown, and the mistakes.
func Report(name string, rs []Result) string {
	type row struct{ right, wrong, left, leaned int }
	rows := map[string]*row{}
	for _, r := range rs {
		if rows[r.Label] == nil {
			rows[r.Label] = &row{}
		}
		if r.Leaned && r.Verdict == Right {
			rows[r.Label].leaned++
		}
		switch r.Verdict {
		case Right:
			rows[r.Label].right++
		case Wrong:
			rows[r.Label].wrong++
		default:
			rows[r.Label].left++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d mails\n\n", name, len(rs))
	b.WriteString("| label | mails | read right | from a lean | read as something else | left for the operator |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|\n")
	var total row
	for _, l := range Labels {
		r := rows[l]
		if r == nil {
			continue
		}
		n := r.right + r.wrong + r.left
		fmt.Fprintf(&b, "| %s | %d | %d (%.0f%%) | %d | %d | %d |\n",
			l, n, r.right, 100*float64(r.right)/float64(n), r.leaned, r.wrong, r.left)
		total.right, total.wrong, total.left = total.right+r.right, total.wrong+r.wrong, total.left+r.left
		total.leaned += r.leaned
	}
	fmt.Fprintf(&b, "| all | %d | %d (%.0f%%) | %d | %d | %d |\n",
		len(rs), total.right, 100*float64(total.right)/float64(max(1, len(rs))), total.leaned, total.wrong, total.left)
	var misses []string
	for _, r := range rs {
		if r.Verdict != Right {
			m := fmt.Sprintf("- %s (%s): read as %s", r.File, r.Label, r.Got)
			if r.Leaned {
				m += " (from its lean)"
			}
			if r.Danger != "" {
				m += " — " + strings.ToUpper(r.Danger)
			}
			misses = append(misses, m)
		}
	}
	sort.Strings(misses)
	if len(misses) > 0 {
		b.WriteString("\nNot read right:\n" + strings.Join(misses, "\n") + "\n")
	}
	return b.String()
}
