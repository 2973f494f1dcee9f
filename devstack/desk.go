package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/awsdesk"
)

// runDesk is `devstack desk`: the simulated AWS desk alone, against a mail
// system of someone else's (the compose mail profile's Dovecot and
// OpenSMTPD), configured from the CERTFLOW_DESK_ variables. It returns the
// exit status: 2 for bad settings, as every certflow program does.
func runDesk(ctx context.Context, env map[string]string, stderr io.Writer) int {
	cfg, err := config.LoadFrom[config.Desk](env)
	if err != nil {
		fmt.Fprintln(stderr, "devstack desk:", err)
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	logger.Info("simulated AWS desk reading its mail", "address", cfg.DeskAddress, "login", cfg.DeskLogin,
		"imap", cfg.DeskIMAPAddress, "smtp", cfg.DeskSMTPAddress)
	err = awsdesk.Run(ctx, awsdesk.Config{
		Address: cfg.DeskAddress, Login: cfg.DeskLogin, Password: cfg.DeskPassword,
		IMAPAddr: cfg.DeskIMAPAddress, SMTPAddr: cfg.DeskSMTPAddress,
		Delay: cfg.DeskDelay, StateFile: cfg.DeskStateFile, Logger: logger,
	})
	if err != nil {
		fmt.Fprintln(stderr, "devstack desk:", err)
		return 1
	}
	return 0
}
