// Command worker runs certflow: it serves the merge cases and watches the
// mailbox. Every setting comes from the environment (see the README).
//
// `worker -healthcheck` asks a running worker's /healthz instead, for a
// container healthcheck.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/worker/app"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-healthcheck" {
		env := map[string]string{}
		for _, kv := range os.Environ() {
			if k, v, ok := strings.Cut(kv, "="); ok {
				env[k] = v
			}
		}
		os.Exit(healthcheck(env, os.Stderr))
	}
	cfg, err := config.Load[config.Worker]()
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(2)
	}
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := app.Run(ctx, cfg, logger, app.Options{}); err != nil {
		logger.Error("worker stopped", "error", err)
		os.Exit(1)
	}
}
