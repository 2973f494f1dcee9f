package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/workflows"
)

// caseIDs names n cases of a run.
func caseIDs(run string, n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("bench-%s-%06d", run, i)
	}
	return ids
}

// startCases starts merge cases (submitted by email, so the first step is a
// real mail to the desk address) and waits until every one waits for AWS's
// consent request. It returns how long that took.
func startCases(ctx context.Context, s *stack, w workerSetup, ids []string,
	within time.Duration) (time.Duration, error) {
	t0 := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	work := make(chan int)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				_, err := s.client.ExecuteWorkflow(ctx, client.StartWorkflowOptions{ID: ids[i], TaskQueue: w.taskQueue()},
					workflows.MergeWorkflow, workflows.MergeRequest{
						Name:        fmt.Sprintf("Bench Person %d", i),
						SourceEmail: benchSource(i),
						TargetEmail: benchTarget(i),
						Lang:        "en",
						Submit:      "email",
					})
				if err != nil {
					errs <- fmt.Errorf("start %s: %w", ids[i], err)
				}
			}
		}()
	}
	for i := range ids {
		work <- i
	}
	close(work)
	wg.Wait()
	close(errs)
	for err := range errs {
		return 0, err
	}
	// Every case has sent its request once the mail server took it; only
	// then ask Temporal, rarely: a count query scans the visibility table
	// on the SQLite server's one connection, and asking often would slow
	// the very thing measured.
	deadline := time.Now().Add(within)
	for _, id := range ids {
		for {
			if _, ok := s.seen.when(requestID(id)); ok {
				break
			}
			if time.Now().After(deadline) {
				return time.Since(t0), fmt.Errorf("case %s did not send its request within %s", id, within)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	if _, err := waitForCases(ctx, s, w.taskQueue(), workflows.StateAwaitingConsent, int64(len(ids)),
		time.Until(deadline)+time.Minute); err != nil {
		return time.Since(t0), err
	}
	return time.Since(t0), nil
}

// waitForCases waits until n running cases of the task queue are in state.
func waitForCases(ctx context.Context, s *stack, taskQueue string, state workflows.State, n int64,
	within time.Duration) (int64, error) {
	deadline := time.Now().Add(within)
	var got int64
	var err error
	for time.Now().Before(deadline) {
		got, err = s.countCases(ctx, taskQueue, state)
		if err == nil && got >= n {
			return got, nil
		}
		time.Sleep(2 * time.Second)
	}
	return got, fmt.Errorf("only %d of %d cases on %s reached %s within %s (last error: %v)", got, n, taskQueue, state,
		within, err)
}

// inject delivers the mails over one SMTP connection; spread > 0 spaces
// them at random moments over that long, 0 sends them as fast as the server
// takes them.
func inject(s *stack, mails []awsMail, spread time.Duration) error {
	at := make([]time.Duration, len(mails))
	if spread > 0 {
		for i := range at {
			at[i] = time.Duration(rand.Int64N(int64(spread)))
		}
		sort.Slice(at, func(i, j int) bool { return at[i] < at[j] })
	}
	c, err := smtp.Dial(s.mail.SMTPAddr())
	if err != nil {
		return err
	}
	defer c.Close()
	t0 := time.Now()
	for i, m := range mails {
		if d := time.Until(t0.Add(at[i])); d > 0 {
			time.Sleep(d)
		}
		if err := c.SendMail(m.from, []string{m.rcpt}, bytes.NewReader(m.raw)); err != nil {
			return fmt.Errorf("inject %s: %w", m.caseID, err)
		}
	}
	return c.Quit()
}

// e2eResult is one end-to-end run.
type e2eResult struct {
	Name         string          `json:"name"`
	Mode         string          `json:"mode"` // idle or poll
	Cases        int             `json:"cases"`
	Spread       string          `json:"spread"` // over how long the mails were delivered; 0s: as fast as SMTP took them
	StartSeconds float64         `json:"start_seconds"`
	Progressed   int             `json:"progressed"`
	Latency      stats           `json:"latency"`
	PerSecond    float64         `json:"cases_per_second"`     // progressed / (last reply - first accept)
	Sustained    float64         `json:"sustained_per_second"` // between the 10th and 90th percentile replies
	InjectSecs   float64         `json:"inject_seconds"`       // how long SMTP took to accept them all
	Samples      []time.Duration `json:"-"`                    // per case, sorted
	Bytes        *proxyCounts    `json:"imap_bytes,omitempty"` // through the proxy, when one was used
}

// endToEnd runs n cases on a worker of setup w: they are started and brought
// to awaiting_consent, then AWS's consent requests arrive by SMTP and each
// case's consent reply is waited for at the SMTP server.
func endToEnd(ctx context.Context, s *stack, name, mode string, w workerSetup, n int, spread,
	within time.Duration) (*e2eResult, error) {
	if err := s.prepare(w); err != nil {
		return nil, err
	}
	iw, err := s.startWorker(w)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err := iw.stop(); err != nil {
			s.log.Warn("stop worker", "error", err)
		}
	}()
	ids := caseIDs(w.name, n)
	startTook, err := startCases(ctx, s, w, ids, 5*time.Minute+time.Duration(n)*200*time.Millisecond)
	if err != nil {
		return nil, err
	}
	res, err := injectAndWait(ctx, s, w, ids, spread, within)
	if res != nil {
		res.Name, res.Mode, res.StartSeconds = name, mode, startTook.Seconds()
	}
	return res, err
}

// consentRequests are AWS's consent requests to the cases, each in the
// thread of the case's request.
func consentRequests(s *stack, w workerSetup, ids []string) []awsMail {
	mails := make([]awsMail, len(ids))
	for i, id := range ids {
		mails[i] = awsConsentMail(id, s.seen.sentID(requestID(id)), w.mailbox(), awsSender, i)
	}
	return mails
}

// injectAndWait delivers AWS's consent requests to the cases and waits for
// every consent reply.
func injectAndWait(ctx context.Context, s *stack, w workerSetup, ids []string, spread,
	within time.Duration) (*e2eResult, error) {
	t0 := time.Now()
	if err := inject(s, consentRequests(s, w, ids), spread); err != nil {
		return nil, err
	}
	injected := time.Since(t0)
	res := &e2eResult{Cases: len(ids), Spread: spread.String(), InjectSecs: injected.Seconds()}
	deadline := time.Now().Add(within)
	pending := map[string]bool{}
	for _, id := range ids {
		pending[id] = true
	}
	var first, last time.Time
	var done []time.Time
	for len(pending) > 0 && time.Now().Before(deadline) {
		for id := range pending {
			reply, ok := s.seen.when(consentReplyID(id))
			if !ok {
				continue
			}
			accepted, ok := s.seen.when(benchConsentID(id, awsDomain))
			if !ok {
				continue
			}
			delete(pending, id)
			res.Samples = append(res.Samples, reply.Sub(accepted))
			done = append(done, reply)
			if first.IsZero() || accepted.Before(first) {
				first = accepted
			}
			if reply.After(last) {
				last = reply
			}
		}
		if len(pending) > 0 {
			time.Sleep(100 * time.Millisecond)
		}
	}
	res.Progressed = len(res.Samples)
	res.Latency = summarize(res.Samples)
	sort.Slice(res.Samples, func(i, j int) bool { return res.Samples[i] < res.Samples[j] })
	if res.Progressed > 0 && last.After(first) {
		res.PerSecond = float64(res.Progressed) / last.Sub(first).Seconds()
	}
	sort.Slice(done, func(i, j int) bool { return done[i].Before(done[j]) })
	if len(done) >= 10 {
		a, b := done[len(done)/10], done[len(done)*9/10]
		if b.After(a) {
			res.Sustained = float64(len(done)*9/10-len(done)/10) / b.Sub(a).Seconds()
		}
	}
	if len(pending) > 0 {
		return res, fmt.Errorf("%d of %d cases on %s did not progress within %s", len(pending), len(ids), w.taskQueue(),
			within)
	}
	return res, nil
}
