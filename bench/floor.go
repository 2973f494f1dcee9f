package main

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
)

// floorMailbox receives the floor's mail; a bare IMAP client idles on it.
const floorMailbox = "floor@" + certsDomain

// floorIMAP measures SMTP accept → IDLE EXISTS at a bare IMAP client:
// the least any IMAP push client can take to learn of a mail.
func floorIMAP(s *stack, samples int) ([]time.Duration, error) {
	if err := s.mail.AddMailbox(floorMailbox); err != nil {
		return nil, err
	}
	exists := make(chan time.Time, 16)
	c, idle, err := idleOnFloor(s, exists)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	// The samples are taken by then and the connection closes right after:
	// an error ending IDLE changes nothing.
	defer func() { _ = idle.Close() }()

	sc, err := smtp.Dial(s.mail.SMTPAddr())
	if err != nil {
		return nil, err
	}
	defer sc.Close()
	var out []time.Duration
	for i := 0; i < samples; i++ {
		drain(exists)
		drain(s.seen.floor)
		raw := fmt.Sprintf("From: <probe@bench.test>\r\nTo: <%s>\r\nSubject: floor %d\r\n"+
			"Message-ID: <floor.%d@bench.test>\r\n\r\nprobe\r\n", floorMailbox, i, i)
		if err := sc.SendMail("probe@bench.test", []string{floorMailbox}, bytes.NewReader([]byte(raw))); err != nil {
			return nil, err
		}
		var accepted, seen time.Time
		timeout := time.After(10 * time.Second)
		for accepted.IsZero() || seen.IsZero() {
			select {
			case accepted = <-s.seen.floor:
			case seen = <-exists:
			case <-timeout:
				return nil, fmt.Errorf("floor sample %d: no EXISTS within 10s", i)
			}
		}
		out = append(out, seen.Sub(accepted))
	}
	return out, nil
}

// idleOnFloor logs a bare IMAP client in to the floor mailbox and starts
// IDLE; each EXISTS it is told of sends its time on exists.
func idleOnFloor(s *stack, exists chan<- time.Time) (*imapclient.Client, *imapclient.IdleCommand, error) {
	c, err := imapclient.DialInsecure(s.mail.IMAPAddr(), &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// Runs on the client's reader goroutine: only note the time.
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					select {
					case exists <- time.Now():
					default:
					}
				}
			},
		},
	})
	if err != nil {
		return nil, nil, err
	}
	err = c.Login(floorMailbox, password).Wait()
	if err == nil {
		_, err = c.Select("INBOX", nil).Wait()
	}
	var idle *imapclient.IdleCommand
	if err == nil {
		idle, err = c.Idle()
	}
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	return c, idle, nil
}

func drain(ch chan time.Time) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

// floorStarted carries, from the floor's activity, when it started.
var floorStarted = make(chan time.Time, 1)

// FloorWorkflow waits for a signal, runs one activity, and again, n times:
// the least a workflow engine round trip takes from a signal to the step it
// causes.
func FloorWorkflow(ctx workflow.Context, n int) error {
	ch := workflow.GetSignalChannel(ctx, "go")
	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: 10 * time.Second})
	for i := 0; i < n; i++ {
		ch.Receive(ctx, nil)
		if err := workflow.ExecuteActivity(actx, FloorStep, i).Get(ctx, nil); err != nil {
			return err
		}
	}
	return nil
}

// FloorStep reports when it started.
func FloorStep(ctx context.Context, i int) error {
	select {
	case floorStarted <- time.Now():
	default:
	}
	return nil
}

// floorTemporal measures signal → next activity started on a bare
// workflow on its own task queue, with a worker in this process.
func floorTemporal(ctx context.Context, s *stack, samples int) ([]time.Duration, error) {
	const tq = "bench-floor"
	w := worker.New(s.client, tq, worker.Options{})
	w.RegisterWorkflow(FloorWorkflow)
	w.RegisterActivityWithOptions(FloorStep, activity.RegisterOptions{Name: "FloorStep"})
	if err := w.Start(); err != nil {
		return nil, err
	}
	defer w.Stop()
	run, err := s.client.ExecuteWorkflow(ctx, client.StartWorkflowOptions{ID: "bench-floor", TaskQueue: tq},
		FloorWorkflow, samples)
	if err != nil {
		return nil, err
	}
	time.Sleep(500 * time.Millisecond) // let it reach its first wait
	var out []time.Duration
	for i := 0; i < samples; i++ {
		drain(floorStarted)
		t0 := time.Now()
		if err := s.client.SignalWorkflow(ctx, run.GetID(), run.GetRunID(), "go", nil); err != nil {
			return nil, err
		}
		select {
		case t1 := <-floorStarted:
			out = append(out, t1.Sub(t0))
		case <-time.After(10 * time.Second):
			return nil, fmt.Errorf("floor sample %d: the activity did not start within 10s", i)
		}
		// The activity's completion and the next wait are not measured.
		time.Sleep(30 * time.Millisecond)
	}
	return out, run.Get(ctx, nil)
}
