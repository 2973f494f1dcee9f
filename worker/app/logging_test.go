package app

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	sdklog "go.temporal.io/sdk/log"
)

// The SDK's lines about a case carry case_id, whether the SDK binds
// WorkflowID with With (as its workflow and activity loggers do) or passes it
// on the line; a watcher's lines do not, and a line that has case_id keeps
// its own.
func TestSDKLinesAboutACaseCarryCaseID(t *testing.T) {
	var buf bytes.Buffer
	sdk := sdklog.NewStructuredLogger(slog.New(withCaseID(slog.NewJSONHandler(&buf, nil))))
	sdklog.With(sdk, "WorkflowID", "merge-1", "RunID", "r").Info("bound")
	sdk.Info("inline", "WorkflowID", "share-2")
	sdklog.With(sdk, "WorkflowID", "mailbox-watcher:certs@example.com/INBOX").Info("watcher")
	sdk.Info("own", "WorkflowID", "merge-3", "case_id", "merge-3")
	sdk.Info("none")

	var got []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	want := []any{"merge-1", "share-2", nil, "merge-3", nil}
	for i, w := range want {
		if got[i]["case_id"] != w {
			t.Errorf("line %q: case_id = %v, want %v", got[i]["msg"], got[i]["case_id"], w)
		}
	}
	if n := strings.Count(buf.String(), `"case_id"`); n != 3 {
		t.Errorf("case_id appears %d times, want 3 (never twice on a line):\n%s", n, buf.String())
	}
}
