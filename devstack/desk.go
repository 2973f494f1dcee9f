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
	logger.Info("simulated AWS desk reading its mail", "address", cfg.Address, "login", cfg.Login,
		"imap", cfg.IMAPAddress, "smtp", cfg.SMTPAddress)
	err = awsdesk.Run(ctx, awsdesk.Config{
		Address: cfg.Address, Login: cfg.Login, Password: cfg.Password,
		IMAPAddr: cfg.IMAPAddress, SMTPAddr: cfg.SMTPAddress,
		Delay: cfg.Delay, StateFile: cfg.StateFile, Logger: logger,
	})
	if err != nil {
		fmt.Fprintln(stderr, "devstack desk:", err)
		return 1
	}
	return 0
}
