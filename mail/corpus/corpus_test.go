package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/triage"
)

// knownDangers are the dangerous readings by the corpus rule that certflow
// keeps on purpose, each with why (the corpus README says more). Any other
// fails TestLabelledCorpus, in every set.
var knownDangers = map[string]string{
	// A "yes" sent to the steps mail under a subject the judge cannot place:
	// the case does not take it (it names the steps mail it replies to).
	// The partial displays once kept here (ub033, vc004, vc033) now stay
	// unknown for the operator (reply.display).
	"nineteenth/mails/ub077.eml": "a yes to another question, judged without it",
}

// TestLabelledCorpus reads the labelled corpora through triage and fails
// on any reading that must never happen: a false completion, a false
// consent, an answer read as its opposite, an unclear reply read as an
// answer (but for knownDangers). With -v it prints the per-label report.
func TestLabelledCorpus(t *testing.T) {
	sets := []string{"twentieth", "nineteenth", "eighteenth", "seventeenth", "sixteenth", "fifteenth", "fourteenth",
		"thirteenth", "twelfth", "eleventh", "tenth", "ninth", "eighth", "seventh", "sixth", "fifth", "fourth", "test", "eval", "dev"}
	for _, set := range sets {
		dir := filepath.Join("..", "classify", "testdata", "corpus", set)
		if _, err := os.Stat(filepath.Join(dir, "labels.tsv")); err != nil {
			t.Fatalf("corpus %s: %v", set, err)
		}
		rs, err := Run(context.Background(), Triager(), dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) < 80 {
			t.Fatalf("corpus %s has %d labelled mails; want at least 80", set, len(rs))
		}
		t.Log("\n" + Report(set, rs))
		for _, r := range rs {
			if why, known := knownDangers[set+"/"+r.File]; r.Danger != "" && known {
				t.Logf("%s/%s (%s): read as %s: %s, kept: %s", set, r.File, r.Label, r.Got, r.Danger, why)
			} else if r.Danger != "" {
				t.Errorf("%s/%s (%s): read as %s: %s", set, r.File, r.Label, r.Got, r.Danger)
			}
		}
	}
}

// TestJudgeTakesALeanOnlyWhereItsCaseWould: a lean counts as the reading
// only for the question its case asked and takes it for; a lean taken
// against its label is a danger like any answer.
func TestJudgeTakesALeanOnlyWhereItsCaseWould(t *testing.T) {
	leaning := func(k classify.Kind) triage.Report { return triage.Report{Kind: classify.Unknown, Lean: k} }
	for _, c := range []struct {
		label, caseKind string
		lean            classify.Kind
		verdict         Verdict
		danger          bool
	}{
		{"done", "share", classify.ReplyDone, Right, false},
		{"submitted", "merge", classify.ReplySubmitted, Right, false},
		{"no", "share", classify.ReplyNo, Right, false},
		{"no", "merge", classify.ReplyNo, Left, false}, // a merge case asks nobody yes or no
		{"yes", "share", classify.ReplyNo, Wrong, true},
		{"unclear", "share", classify.ReplyDone, Wrong, true},
		{"unclear", "merge", classify.ReplyNo, Right, false}, // not taken: still unknown, as it should be
		{"done", "", classify.ReplyDone, Left, false},        // no case kind: no lean is taken
	} {
		r := Judge("f", c.label, c.caseKind, leaning(c.lean))
		if r.Verdict != c.verdict || (r.Danger != "") != c.danger {
			t.Errorf("%s/%s leaning %s: verdict %s, danger %q; want %s, danger %v",
				c.caseKind, c.label, c.lean, r.Verdict, r.Danger, c.verdict, c.danger)
		}
	}
}

// TestJudgeReadsTheQuestionFromTheSubject: an unclear reply whose subject
// names the question it answers counts only against the leans that
// question's wait takes; one whose subject does not say counts against all
// of its case's.
func TestJudgeReadsTheQuestionFromTheSubject(t *testing.T) {
	reply := func(subject string, lean classify.Kind) triage.Report {
		return triage.Report{Kind: classify.Unknown, Lean: lean, Message: &message.Message{Subject: subject}}
	}
	verify := "Re: Do your AWS Certifications show in the APN profile?"
	for _, c := range []struct {
		subject string
		lean    classify.Kind
		danger  bool
	}{
		{verify, classify.ReplyDone, false}, // the verify wait takes no Done
		{verify, classify.ReplyNo, true},
		{"Re: Please link your AWS Certification account", classify.ReplyDone, true},
		{"Re: Please link your AWS Certification account", classify.ReplyNo, false},
		{"Re: hello", classify.ReplyDone, true},
		{"Re: hello", classify.ReplyNo, true},
	} {
		if r := Judge("f", "unclear", "share", reply(c.subject, c.lean)); (r.Danger != "") != c.danger {
			t.Errorf("%q leaning %s: danger %q, want %v", c.subject, c.lean, r.Danger, c.danger)
		}
	}
}
