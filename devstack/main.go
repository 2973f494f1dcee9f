// Command devstack runs all of certflow in one process for a newcomer: an
// embedded Temporal server with its Web UI, a dev IMAP/SMTP mail system, a
// simulated AWS Training and Certification desk, and the worker. Its data
// lives under .devstack/ (CERTFLOW_DEV_DIR), so cases survive a restart.
//
// `devstack desk` runs only the simulated desk, against another mail system
// (see the README's Docker Compose section).
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/worker/app"
)

func main() {
	env := config.Environ()
	if len(os.Args) > 1 {
		if os.Args[1] != "desk" || len(os.Args) > 2 {
			fmt.Fprintln(os.Stderr, "usage: devstack        everything in one process\n"+
				"       devstack desk   only the simulated AWS desk (CERTFLOW_DESK_* settings)")
			os.Exit(2)
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := runDesk(ctx, env, os.Stderr)
		stop()
		os.Exit(code)
	}
	cfg, err := config.Load[config.Devstack]()
	if err != nil {
		fmt.Fprintln(os.Stderr, "devstack:", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	s, err := start(ctx, cfg, env, logger, app.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "devstack:", err)
		var cfgErr *config.Error
		if errors.As(err, &cfgErr) {
			os.Exit(2)
		}
		os.Exit(1)
	}
	s.banner(os.Stdout)
	<-ctx.Done()
	fmt.Fprintln(os.Stdout, "\nstopping the dev stack…")
	if err := s.stop(); err != nil {
		fmt.Fprintln(os.Stderr, "devstack:", err)
		os.Exit(1)
	}
}
