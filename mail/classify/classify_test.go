package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/message"
)

func TestClassify(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com", "aws.amazon.com"}}
	aws := message.Address{Address: "aws-cs-trainingcertification-form@amazon.com"}
	cases := []struct {
		name    string
		from    message.Address
		subject string
		text    string
		want    Kind
	}{
		{"consent request", aws, "RE:[CASE 1234567890] [AWS Training and Certification Form Submission] - account-assistance",
			"We have received your request to merge two AWS Certification accounts. Please reply to this email to confirm that you would like to merge these accounts. Once the accounts are merged, this cannot be reversed.", AWSConsentRequest},
		{"completed", aws, "RE:[CASE 1234567890] x", "We have successfully merged your AWS Certification accounts.", AWSCompleted},
		{"japanese consent", aws, "RE:[CASE 1234567890] x", "アカウントの統合をご希望の場合は、統合に同意いただけることを確認のため返信してください。", AWSConsentRequest},
		{"japanese completed", aws, "RE:[CASE 1234567890] x", "アカウントの統合が完了しました。", AWSCompleted},
		{"quoted completion does not count", aws, "RE:[CASE 1] x", "Please confirm the merge.\n> your accounts have been merged\n", AWSConsentRequest},
		{"aws but about something else", aws, "Your exam voucher", "Here is your voucher.", AWSOther},
		{"subdomain", message.Address{Address: "no-reply@support.aws.amazon.com"}, "x", "We have successfully merged your accounts.", AWSCompleted},
		{"look-alike domain", message.Address{Address: "aws@amazon.com.evil.example"}, "x", "We have successfully merged your accounts.", Unknown},
		{"suffix is not a subdomain", message.Address{Address: "aws@notamazon.com"}, "x", "We have successfully merged your accounts.", Unknown},
		{"person", message.Address{Address: "taro@corp.example"}, "Re: merge", "please confirm the merge", Unknown},
	}
	for _, tc := range cases {
		m := &message.Message{From: tc.from, Subject: tc.subject, Text: tc.text}
		if got := c.Classify(m); got != tc.want {
			t.Errorf("%s: Classify = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestPhrasesFileExtends(t *testing.T) {
	aws := message.Address{Address: "no-reply@amazon.com"}
	m := &message.Message{From: aws, Subject: "RE:[CASE 1234567890] x", Text: "All set on our side. The unification is finished."}
	builtIn := Classifier{AWSDomains: []string{"amazon.com"}}
	if got := builtIn.Classify(m); got != AWSOther {
		t.Fatalf("built-in phrases: %s, want %s (the test's wording must be new)", got, AWSOther)
	}
	path := filepath.Join(t.TempDir(), "phrases.txt")
	if err := os.WriteFile(path, []byte("# site additions\n[merge]\nunification\n[completed]\nThe Unification Is Finished\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := LoadPhrases(path)
	if err != nil {
		t.Fatal(err)
	}
	extended := Classifier{AWSDomains: []string{"amazon.com"}, Phrases: p}
	if got := extended.Classify(m); got != AWSCompleted {
		t.Fatalf("with %s: %s, want %s", path, got, AWSCompleted)
	}
	// The built-in ones still hold.
	m.Text = "We have successfully merged your AWS Certification accounts."
	if got := extended.Classify(m); got != AWSCompleted {
		t.Fatalf("built-in phrase with the file loaded: %s", got)
	}
}

func TestPhrasesFileErrors(t *testing.T) {
	for text, want := range map[string]string{
		"orphan phrase\n":    "bad.txt:1: phrase \"orphan phrase\" before any [section]",
		"[merge]\nx\n[oops]": "bad.txt:3: unknown section [oops]",
	} {
		_, err := ParsePhrases([]byte(text), "bad.txt")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", text, err, want)
		}
	}
	if _, err := LoadPhrases(filepath.Join(t.TempDir(), "missing.txt")); err == nil {
		t.Error("a missing file loaded without error")
	}
}

// TestReadingLeansOnlyWhereTheReplyIsUnknown: a person's reply that is
// read as an answer has no lean; an unknown one carries where it leans;
// AWS's mail never leans.
func TestReadingLeansOnlyWhereTheReplyIsUnknown(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	person := message.Address{Address: "ana@corp.example"}
	// Nothing shows, and how it was linked beside it: a lean No (a part
	// showing would lean nowhere).
	partial := "Nothing is listed on the profile yet. For the record, I linked it last Tuesday."
	for _, tc := range []struct {
		from       message.Address
		text       string
		kind, lean Kind
	}{
		{person, "Done.", ReplyDone, ""},
		{person, partial, Unknown, ReplyNo},
		{person, "Which menu do you mean?", Unknown, ""},
		{message.Address{Address: "desk@amazon.com"}, partial, AWSOther, ""},
	} {
		r := c.Read(&message.Message{From: tc.from, Subject: "Re: x", Text: tc.text})
		if r.Kind != tc.kind || r.Lean != tc.lean {
			t.Errorf("%s %q: kind %s lean %q; want %s lean %q", tc.from.Address, tc.text, r.Kind, r.Lean, tc.kind, tc.lean)
		}
	}
}

// TestAnswerInTheSubjectOfAnEmptyReply: ReadSubject reads a reply with no
// words of its own by what the person added after a dash at the end of its
// subject; a reply with words, and a subject that adds nothing, answer
// nothing there (triage decides when the subject may answer).
func TestAnswerInTheSubjectOfAnEmptyReply(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	person := message.Address{Address: "ana@corp.example"}
	quoted := "> Please link your account and reply 'done'.\n"
	for _, tc := range []struct {
		subject, text string
		want          Kind
	}{
		{"Re: Please link your AWS Certification account - DONE", quoted, ReplyDone},
		{"RE: AW: Do your AWS Certifications show in the APN profile? -- Yes!", quoted, ReplyYes},
		{"Re: Please link your AWS Certification account - DONE", "Which menu do you mean?\n" + quoted, Unknown},
		{"Re: Please link your AWS Certification account", quoted, Unknown},
		{"Re: [CASE 1] Form Submission - account-assistance", quoted, Unknown},
	} {
		r := c.ReadSubject(&message.Message{From: person, Subject: tc.subject, Text: tc.text})
		if r.Kind != tc.want {
			t.Errorf("%q over %q: %s, want %s", tc.subject, tc.text, r.Kind, tc.want)
		}
	}
}
