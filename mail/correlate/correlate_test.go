package correlate

import (
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/message"
)

func TestMessageIDRoundTrip(t *testing.T) {
	id := MessageID("merge-20261125-abc234", "consent", "Corp.Example")
	if id != "certflow.consent.merge-20261125-abc234@corp.example" {
		t.Fatalf("MessageID = %q", id)
	}
	for _, in := range []string{id, "<" + id + ">", " <" + id + "> "} {
		if c, ok := CaseFromMessageID(in, "corp.example"); !ok || c != "merge-20261125-abc234" {
			t.Fatalf("CaseFromMessageID(%q) = %q, %v", in, c, ok)
		}
	}
	for _, bad := range []string{"", "abc@x", "certflow.consent@x", "certflow..case@x", "certflow.step.Bad Case@x", "other.step.case@x"} {
		if c, ok := CaseFromMessageID(bad, "x"); ok {
			t.Fatalf("CaseFromMessageID(%q) = %q, want no case", bad, c)
		}
	}
}

// Anyone can write an ID of certflow's shape; only certflow's own domain
// makes it certflow's.
func TestMessageIDOfAnotherDomainNamesNoCase(t *testing.T) {
	for _, id := range []string{
		"certflow.consent.merge-20261125-abc234@evil.example",
		"certflow.consent.merge-20261125-abc234@corp.example.evil.example",
	} {
		if c, ok := CaseFromMessageID(id, "corp.example"); ok {
			t.Errorf("CaseFromMessageID(%q) = %q, want no case", id, c)
		}
	}
	if c, ok := CaseFromMessageID("certflow.consent.merge-20261125-abc234@corp.example", ""); ok {
		t.Errorf("with no domain configured: %q, want no case", c)
	}
	m := &message.Message{InReplyTo: []string{"certflow.request.merge-a@evil.example"}}
	if got := Find(m, "certs@devstack.test"); got.CaseID != "" {
		t.Fatalf("Find = %+v, want no case", got)
	}
}

func TestCaseFromAddress(t *testing.T) {
	cases := []struct {
		addr, want string
		ok         bool
	}{
		{"certs+merge-1@devstack.test", "merge-1", true},
		{"Certs+Merge-1@DevStack.test", "merge-1", true},
		{"certs@devstack.test", "", false},
		{"certs+merge-1@other.test", "", false},
		{"other+merge-1@devstack.test", "", false},
		{"certs+bad tag@devstack.test", "", false},
	}
	for _, c := range cases {
		got, ok := CaseFromAddress(c.addr, "certs@devstack.test")
		if got != c.want || ok != c.ok {
			t.Errorf("CaseFromAddress(%q) = %q, %v; want %q, %v", c.addr, got, ok, c.want, c.ok)
		}
	}
	if got := ReplyAddress("certs@devstack.test", "merge-1"); got != "certs+merge-1@devstack.test" {
		t.Fatalf("ReplyAddress = %q", got)
	}
}

func TestAwsCase(t *testing.T) {
	for subject, want := range map[string]string{
		"RE:[CASE 1234567890] [AWS Training and Certification Form Submission] - account-assistance": "1234567890",
		"Re: RE: [case 1234567890] x": "1234567890",
		"[CASE #12345678901]":         "12345678901",
		"[CASE 12] too short":         "",
		"no token":                    "",
	} {
		if got := AwsCase(subject); got != want {
			t.Errorf("AwsCase(%q) = %q, want %q", subject, got, want)
		}
	}
}

func TestFindPrefersThreadHeaders(t *testing.T) {
	m := &message.Message{
		Subject:     "RE:[CASE 1234567890] x",
		InReplyTo:   []string{"desk.1@aws.example"},
		References:  []string{"certflow.request.merge-a@devstack.test", "desk.1@aws.example"},
		To:          []message.Address{{Address: "certs+merge-b@devstack.test"}},
		DeliveredTo: []string{"certs+merge-b@devstack.test"},
	}
	got := Find(m, "certs@devstack.test")
	if got.CaseID != "merge-a" || got.By != "references" || got.AwsCase != "1234567890" {
		t.Fatalf("Find = %+v", got)
	}
	m.References = nil
	if got := Find(m, "certs@devstack.test"); got.CaseID != "merge-b" || got.By != "address" {
		t.Fatalf("Find without thread = %+v", got)
	}
	m.To, m.DeliveredTo = nil, []string{"certs+merge-c@devstack.test"}
	if got := Find(m, "certs@devstack.test"); got.CaseID != "merge-c" {
		t.Fatalf("Find by Delivered-To = %+v", got)
	}
	m.DeliveredTo = nil
	if got := Find(m, "certs@devstack.test"); got.CaseID != "" || got.AwsCase != "1234567890" {
		t.Fatalf("Find with only the AWS token = %+v", got)
	}
}

// Since case runs have a token, a case's Message-IDs name the run too, and a
// reply carries it back (the case checks it is its own); the old format
// still names the case, with no run.
func TestRunMessageIDNamesTheRun(t *testing.T) {
	id := RunMessageID("merge-a", "request", "0a1b2c3d4e5f", "Corp.Example")
	if id != "certflow.request.merge-a.0a1b2c3d4e5f@corp.example" {
		t.Fatalf("RunMessageID = %q", id)
	}
	if c, run, ok := ParseMessageID("<"+id+">", "corp.example"); !ok || c != "merge-a" || run != "0a1b2c3d4e5f" {
		t.Fatalf("ParseMessageID(%q) = %q, %q, %v", id, c, run, ok)
	}
	if c, run, ok := ParseMessageID("certflow.request.merge-a@corp.example", "corp.example"); !ok || c != "merge-a" || run != "" {
		t.Fatalf("old format: %q, %q, %v", c, run, ok)
	}
	if RunMessageID("merge-a", "request", "", "corp.example") != MessageID("merge-a", "request", "corp.example") {
		t.Fatal("an empty run does not give the old format")
	}
	for _, bad := range []string{"certflow.request.merge-a.@corp.example", "certflow.request.merge-a.x.y@corp.example",
		"certflow.request.merge-a.-x@corp.example"} {
		if c, _, ok := ParseMessageID(bad, "corp.example"); ok {
			t.Errorf("ParseMessageID(%q) = %q, want no case", bad, c)
		}
	}
	m := &message.Message{InReplyTo: []string{"desk.1@aws.example"}, References: []string{id}}
	if got := Find(m, "certs@corp.example"); got.CaseID != "merge-a" || got.Run != "0a1b2c3d4e5f" || got.By != "references" {
		t.Fatalf("Find = %+v", got)
	}
}

// A reply names the step of the mail it answers (In-Reply-To first, else
// the newest of certflow's IDs in References), so a case can tell which of
// its questions the answer is for; a plus-address alone names no step.
func TestFindNamesTheStepRepliedTo(t *testing.T) {
	verify := RunMessageID("share-a", "verify-2", "k3x9", "devstack.test")
	steps := RunMessageID("share-a", "steps", "k3x9", "devstack.test")
	m := &message.Message{InReplyTo: []string{"<" + strings.ToUpper(verify) + ">"}, References: []string{steps}}
	if got := Find(m, "certs@devstack.test"); got.Step != "verify-2" || got.CaseID != "share-a" {
		t.Fatalf("Find by In-Reply-To = %+v, want step verify-2", got)
	}
	m.InReplyTo = []string{"CAF123@mail.example"}
	m.References = []string{steps, verify, "CAF123@mail.example"}
	if got := Find(m, "certs@devstack.test"); got.Step != "verify-2" || got.By != "references" {
		t.Fatalf("Find by References = %+v, want the newest certflow ID's step", got)
	}
	m.References = []string{"certflow.verify-1.share-a@other.example"}
	m.To = []message.Address{{Address: "certs+share-a@devstack.test"}}
	if got := Find(m, "certs@devstack.test"); got.Step != "" || got.By != "address" {
		t.Fatalf("Find by address = %+v, want no step", got)
	}
}
