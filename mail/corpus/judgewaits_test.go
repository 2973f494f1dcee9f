package corpus

import (
	"context"
	"testing"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/triage"
)

// TestJudgeCountsEveryLeanItsWaitWouldTake: the merge's form wait
// takes a lean of submitted or done from any reply of the requester, and
// the share's link wait a lean of done from any reply of the employee,
// whatever the reply's label: a "no" ("No, I have not submitted it yet")
// that leans to submitted is taken by the case against its label, which is
// a danger the judge must count.
func TestJudgeCountsEveryLeanItsWaitWouldTake(t *testing.T) {
	for _, c := range []struct {
		label, caseKind string
		lean            classify.Kind
	}{
		{"no", "merge", classify.ReplySubmitted},
		{"no", "merge", classify.ReplyDone},
		{"no", "share", classify.ReplyDone},
	} {
		r := Judge("x.eml", c.label, c.caseKind, triage.Report{Kind: classify.Unknown, Lean: c.lean})
		if r.Danger == "" {
			t.Errorf("%s reply labelled %s leaning %s: verdict %v, no danger; its case's wait takes the lean",
				c.caseKind, c.label, c.lean, r.Verdict)
		}
	}
}

// TestJudgeKnowsWhichQuestionAnAnswerReplies: a bare "Done" sent in
// reply to the share's verify question, or a "Yes" to its steps mail, is
// unclear as an answer to that question, and the case does not act on it
// (its wait does not take that kind): left, not a danger. Where the
// subject does not name the question, or the question takes the reading,
// the danger stays.
func TestJudgeKnowsWhichQuestionAnAnswerReplies(t *testing.T) {
	verify := "Re: Do your AWS Certifications show in the APN profile?"
	steps := "RE: Please share your AWS Certifications with our APN account"
	form := "Re: Please submit the AWS Certification account merge form (Ken Ito)"
	for _, c := range []struct {
		label, subject string
		kind           classify.Kind
		danger         bool
		verdict        Verdict
	}{
		{"unclear", verify, classify.ReplyDone, false, Left},
		{"unclear", steps, classify.ReplyYes, false, Left},
		{"unclear", form, classify.ReplyYes, false, Left},
		{"done", verify, classify.ReplyDone, false, Left},
		{"unclear", verify, classify.ReplyNo, true, Wrong},
		{"unclear", steps, classify.ReplyDone, true, Wrong},
		{"yes", verify, classify.ReplyNo, true, Wrong},
		{"unclear", "Re: your mail", classify.ReplyDone, true, Wrong},
		{"yes", verify, classify.ReplyYes, false, Right},
		{"unclear", "Re: AWS 認定資格を APN アカウントに共有してください", classify.ReplyYes, false, Left},
		{"unclear", "RE: AWS asks whether your accounts may be merged: may we consent?", classify.ReplySubmitted, false, Left},
	} {
		r := triage.Report{Kind: c.kind, Message: &message.Message{Subject: c.subject}}
		got := Judge("x.eml", c.label, "share", r)
		if (got.Danger != "") != c.danger || got.Verdict != c.verdict {
			t.Errorf("%s labelled %s, read %s: verdict %s, danger %q; want %s, danger %v",
				c.subject, c.label, c.kind, got.Verdict, got.Danger, c.verdict, c.danger)
		}
	}
}

// TestJudgeTakesTheQuestionFromCertflowsMessageID: a case knows the
// question from the step in the Message-ID a reply names, whatever the
// subject says; the judge must too. A Message-ID whose step is not one
// of certflow's questions (the earlier sets' writers' own) leaves the
// subject to say it.
func TestJudgeTakesTheQuestionFromCertflowsMessageID(t *testing.T) {
	verify := "Re: Do your AWS Certifications show in the APN profile?"
	for _, c := range []struct {
		label, subject, step string
		kind                 classify.Kind
		verdict              Verdict
	}{
		{"unclear", "Re: your mail", "verify-2", classify.ReplyDone, Left},
		{"unclear", "Re: your mail", "reminder-verify-1", classify.ReplyDone, Left},
		{"done", verify, "reminder-link", classify.ReplyDone, Right},
		{"submitted", "Fwd: note", "form-reminder", classify.ReplySubmitted, Right},
		{"unclear", "Re: your mail", "steps", classify.ReplyYes, Left},
		{"unclear", "Re: your mail", "question", classify.ReplyDone, Wrong},
		{"unclear", verify, "question", classify.ReplyDone, Left},
	} {
		r := triage.Report{Kind: c.kind, Step: c.step, Message: &message.Message{Subject: c.subject}}
		if got := Judge("x.eml", c.label, "share", r); got.Verdict != c.verdict {
			t.Errorf("%q replying to step %q, labelled %s, read %s: verdict %s, want %s",
				c.subject, c.step, c.label, c.kind, got.Verdict, c.verdict)
		}
	}
	raw := "From: Aiko <aiko@partner.example>\r\nTo: certflow+share-20261209-p2m7xd@partner.example\r\n" +
		"Subject: Re: quick one\r\nDate: Tue, 15 Dec 2026 09:00:00 +0900\r\nMessage-ID: <r1@partner.example>\r\n" +
		"In-Reply-To: <certflow.verify-1.share-20261209-p2m7xd.k3v9qa@partner.example>\r\n\r\nDone.\r\n"
	read := Triager().Read(context.Background(), []byte(raw))
	if read.Step != "verify-1" {
		t.Fatalf("triage found step %q in the reply's In-Reply-To, want verify-1", read.Step)
	}
}
