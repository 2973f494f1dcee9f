// Command worker runs certflow: it serves the cases and watches the
// mailboxes. Every setting comes from the environment (see the README).
//
// On SIGTERM or SIGINT it stops taking work, lets running activities finish
// or report their place, and exits 0 within CERTFLOW_SHUTDOWN_TIMEOUT; if it
// cannot, it exits 1 at that bound rather than hang.
//
// `worker -healthcheck` asks a running worker's /healthz instead, for a
// container healthcheck.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/worker/app"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-healthcheck" {
		os.Exit(healthcheck(config.Environ(), os.Stderr))
	}
	cfg, err := config.Load[config.Worker]()
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(2)
	}
	logger := newLogger(os.Stderr, cfg.LogFormat, cfg.LogLevel)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		// The bound is a promise to whoever sent the signal (an init system,
		// Kubernetes): keep it even if something below hangs.
		time.Sleep(cfg.ShutdownTimeout)
		logger.Error("worker did not stop within CERTFLOW_SHUTDOWN_TIMEOUT; exiting", "bound", cfg.ShutdownTimeout)
		os.Exit(1)
	}()
	if err := app.Run(ctx, cfg, logger, app.Options{}); err != nil {
		logger.Error("worker stopped", "error", err)
		os.Exit(1)
	}
}

// newLogger writes JSON lines (for log collectors) or text (for people).
func newLogger(w io.Writer, format, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level)) // validated by config
	opts := &slog.HandlerOptions{Level: l}
	if format == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
