package classify

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/message"
)

// TestCorpusClassifies runs every message of the shared corpus (beside the
// project checkout, not in it) through parsing, classification and
// correlation, the worker's path: each comes out with a kind, "invalid"
// included, and nothing panics.
func TestCorpusClassifies(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skipf("shared mail corpus not found at %s; skipping", dir)
	}
	c := Classifier{AWSDomains: []string{"amazon.com", "aws.amazon.com"}}
	counts := map[Kind]int{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || d.Name() == "README.md" || d.Name() == "LICENSE" {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		kind := Invalid
		m, perr := message.Parse(raw)
		switch {
		case perr == nil:
			kind = c.Classify(m)
			_ = correlate.Find(m, "certs@example.com")
		case !errors.Is(perr, message.ErrInvalid):
			t.Errorf("%s: error %v does not wrap ErrInvalid", p, perr)
		}
		if kind == "" {
			t.Errorf("%s: no kind", p)
		}
		counts[kind]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	if total < 100 {
		t.Fatalf("only %d corpus files ran", total)
	}
	t.Logf("corpus: %d files classified: %v", total, counts)
}

// FuzzClassify runs raw bytes through the worker's path (parse, classify,
// correlate): nothing may panic, and every message comes out with a kind.
func FuzzClassify(f *testing.F) {
	f.Add([]byte("From: aws-cs-trainingcertification-form@amazon.com\r\nSubject: RE:[CASE 1234567890] x\r\nIn-Reply-To: <certflow.request.merge-1@example.com>\r\n\r\nPlease reply to this email to confirm that you would like to merge these accounts.\r\n"))
	f.Add([]byte("From: taro@corp.example\r\nTo: certs+share-1@example.com\r\nSubject: Re: x\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n\x1b$B40N;$7$^$7$?\x1b(B\r\n> yes\r\n"))
	f.Add([]byte("Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>はい</p>\r\n--b--\r\n"))
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := message.Parse(raw)
		if err != nil {
			if !errors.Is(err, message.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		if c.Classify(m) == "" {
			t.Fatal("no kind")
		}
		if got := correlate.Find(m, "certs@example.com"); got.CaseID != "" && correlate.ValidCaseID(got.CaseID) != nil {
			t.Fatalf("correlation named an impossible case %q", got.CaseID)
		}
	})
}
