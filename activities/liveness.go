package activities

import (
	"context"
	"sync"
	"time"

	"go.temporal.io/sdk/activity"

	"github.com/certflow/certflow/mail/imapwatch"
	"github.com/certflow/certflow/workflows"
)

// watchLiveness keeps a watch's heartbeat going while the watch shows life.
// The watch reports progress at least once per IDLE refresh; between
// reports a ticker repeats the last watermark, but only while the watch has
// shown life recently. A watch stuck somewhere no watchdog reaches stops
// heartbeating, Temporal times the activity out and runs it afresh: a
// watcher never looks alive while it has stopped.
type watchLiveness struct {
	ctx   context.Context // the activity's: heartbeats are recorded on it
	bound time.Duration   // how long the watch may show no life
	mu    sync.Mutex      // held while recording, so an older watermark never overwrites a newer one
	last  workflows.Watermark
	alive time.Time
}

func newWatchLiveness(ctx context.Context, from workflows.Watermark, bound time.Duration) *watchLiveness {
	return &watchLiveness{ctx: ctx, bound: bound, last: from, alive: time.Now()}
}

// beat records the watermark the watch reached, as a heartbeat.
func (l *watchLiveness) beat(w imapwatch.Watermark) {
	now := toWatermark(w)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.last, l.alive = now, time.Now()
	activity.RecordHeartbeat(l.ctx, now)
}

// lifeSign notes life that moves no watermark (a reconnect attempt).
func (l *watchLiveness) lifeSign() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.alive = time.Now()
}

// keepBeating repeats the last heartbeat every second until done, or until
// the watch has shown no life for longer than its bound: then it calls
// stalled and stops, so the heartbeat lapses.
func (l *watchLiveness) keepBeating(done <-chan struct{}, stalled func(quiet time.Duration)) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			if quiet, ok := l.repeat(); !ok {
				stalled(quiet)
				return
			}
		}
	}
}

// repeat records the last watermark again, unless the watch has been quiet
// too long.
func (l *watchLiveness) repeat() (quiet time.Duration, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if quiet = time.Since(l.alive); quiet > l.bound {
		return quiet, false
	}
	activity.RecordHeartbeat(l.ctx, l.last)
	return quiet, true
}
