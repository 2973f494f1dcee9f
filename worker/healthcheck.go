package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/certflow/certflow/config"
)

// healthcheck is `worker -healthcheck`: it asks the running worker's own
// /healthz (at CERTFLOW_HTTP_ADDR) and returns the exit status for a
// container healthcheck, because the worker image has no shell or curl.
func healthcheck(env map[string]string, stderr io.Writer) int {
	// Other settings may be unreadable here; only the HTTP address matters,
	// and the config supplies its default.
	cfg, err := config.LoadFrom[config.Worker](env)
	if cfgErr, ok := err.(*config.Error); ok && cfgErr.Problems["CERTFLOW_HTTP_ADDR"] != "" {
		fmt.Fprintln(stderr, "healthcheck: CERTFLOW_HTTP_ADDR:", cfgErr.Problems["CERTFLOW_HTTP_ADDR"])
		return 1
	}
	if cfg.HTTPAddr == "" {
		fmt.Fprintln(stderr, "healthcheck: CERTFLOW_HTTP_ADDR is off, so the worker serves no /healthz")
		return 1
	}
	host, port, err := net.SplitHostPort(cfg.HTTPAddr)
	if err != nil {
		fmt.Fprintln(stderr, "healthcheck:", err)
		return 1
	}
	// A wildcard listener is reached on loopback from inside its container.
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get("http://" + net.JoinHostPort(host, port) + "/healthz")
	if err != nil {
		fmt.Fprintln(stderr, "healthcheck:", err)
		return 1
	}
	defer resp.Body.Close()
	// Read only to finish the exchange: the status below is the answer.
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(stderr, "healthcheck: /healthz answered", resp.Status)
		return 1
	}
	return 0
}
