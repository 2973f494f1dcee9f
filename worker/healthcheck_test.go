package main

import (
	"bytes"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestHealthcheck(t *testing.T) {
	var status atomic.Int32
	status.Store(http.StatusOK)
	var paths atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths.Store(r.URL.Path)
		w.WriteHeader(int(status.Load()))
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())

	run := func(addr string) (int, string) {
		var stderr bytes.Buffer
		return healthcheck(map[string]string{"CERTFLOW_HTTP_ADDR": addr}, &stderr), stderr.String()
	}
	if code, out := run("127.0.0.1:" + port); code != 0 || paths.Load() != "/healthz" {
		t.Fatalf("healthy worker: exit %d, path %v, %s", code, paths.Load(), out)
	}
	// The compose file sets 0.0.0.0:8080; the check asks on loopback.
	if code, out := run("0.0.0.0:" + port); code != 0 {
		t.Fatalf("wildcard address: exit %d, %s", code, out)
	}
	status.Store(http.StatusServiceUnavailable)
	if code, out := run("127.0.0.1:" + port); code != 1 || !strings.Contains(out, "503") {
		t.Fatalf("unhealthy worker: exit %d, %s", code, out)
	}
	srv.Close()
	if code, _ := run("127.0.0.1:" + port); code != 1 {
		t.Fatalf("no worker listening: exit %d", code)
	}
	if code, out := run("nonsense"); code != 1 || !strings.Contains(out, "CERTFLOW_HTTP_ADDR") {
		t.Fatalf("bad address: exit %d, %s", code, out)
	}
}
