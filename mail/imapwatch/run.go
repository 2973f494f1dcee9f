package imapwatch

import (
	"context"
	"math/rand/v2"
	"time"
)

// Health is the state of a Run, reported on every change.
type Health struct {
	Connected  bool
	Since      time.Time // when Connected last changed
	Reconnects int       // connections that succeeded after the first
	Failures   int       // watches that ended in an error
	LastError  string
}

// Backoff bounds Run's waits between attempts.
type Backoff struct {
	Initial, Max time.Duration
}

// DefaultBackoff starts at a second and caps at a minute.
var DefaultBackoff = Backoff{Initial: time.Second, Max: time.Minute}

// Run keeps a watch going until ctx ends, reconnecting after every failure
// with exponential backoff (capped, with full jitter so that many watchers
// do not reconnect in step), and reports each change of health. It returns
// the watermark reached when ctx ends.
func Run(ctx context.Context, cfg Config, from Watermark, handle Handler, progress Progress,
	report func(Health), b Backoff) Watermark {
	cfg.defaults()
	log := cfg.Logger.With("mailbox", cfg.Mailbox)
	h := Health{Since: time.Now()}
	mark := from
	delay := b.Initial
	attempts := 0
	for ctx.Err() == nil {
		attempts++
		connected := false
		mark2, err := Watch(ctx, cfg, mark, handle, func(w Watermark) {
			if !connected {
				connected = true
				if attempts > 1 {
					h.Reconnects++
				}
				h.Connected, h.Since = true, time.Now()
				report(h)
				if h.Failures > 0 {
					log.Info("mailbox watch recovered", "reconnects", h.Reconnects)
				}
			}
			progress(w)
		})
		mark = mark2
		if ctx.Err() != nil {
			break
		}
		if err == nil {
			continue
		}
		h.Failures++
		h.LastError = err.Error()
		if connected {
			delay = b.Initial // it worked for a while: start the backoff afresh
		}
		if h.Connected {
			h.Connected, h.Since = false, time.Now()
		}
		report(h)
		wait := time.Duration(rand.Int64N(int64(delay) + 1))
		log.Warn("mailbox watch failed; reconnecting",
			"error", err, "failures", h.Failures, "in", wait.Round(time.Millisecond))
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		delay = min(delay*2, b.Max)
	}
	return mark
}
