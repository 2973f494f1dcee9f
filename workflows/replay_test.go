package workflows

import (
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
)

// historyFiles are histories recorded by devstack's TestRecordHistories:
// cases that finished, cases still open, and the mailbox watcher, from the
// first release (testdata/histories) and from later ones (a folder each,
// e.g. testdata/histories/case-edges). A worker upgraded to this code must
// carry them all on.
func historyFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "histories", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	later, err := filepath.Glob(filepath.Join("testdata", "histories", "*", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, later...)
	want := map[string]bool{"merge-completed.json": false, "merge-awaiting-consent.json": false, "share-completed.json": false, "watcher.json": false}
	for _, f := range files {
		if _, ok := want[filepath.Base(f)]; ok {
			want[filepath.Base(f)] = true
		}
	}
	for name, found := range want {
		if !found {
			t.Fatalf("testdata/histories/%s is missing", name)
		}
	}
	return files
}

func quietLogger() sdklog.Logger { return sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler)) }

// The current workflows replay every recorded history without a
// nondeterminism error. A change that fails here would break the running
// cases of the last release: guard it with workflow.GetVersion (see the
// README, "Upgrading a running worker").
func TestReplayRecordedHistories(t *testing.T) {
	r := worker.NewWorkflowReplayer()
	r.RegisterWorkflow(MergeWorkflow)
	r.RegisterWorkflow(ShareWorkflow)
	r.RegisterWorkflow(MailboxWatcherWorkflow)
	for _, f := range historyFiles(t) {
		if err := r.ReplayWorkflowHistoryFromJSONFile(quietLogger(), f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// mergeWithExtraTimer is MergeWorkflow as a careless change would leave it:
// one more step (a timer) before anything else, unguarded.
func mergeWithExtraTimer(ctx workflow.Context, req MergeRequest) (Status, error) {
	if err := workflow.Sleep(ctx, time.Minute); err != nil {
		return Status{}, err
	}
	return MergeWorkflow(ctx, req)
}

// mergeWithPatchedTimer is the same change guarded by workflow.GetVersion:
// histories recorded before it take the old path.
func mergeWithPatchedTimer(ctx workflow.Context, req MergeRequest) (Status, error) {
	if workflow.GetVersion(ctx, "pause-before-start", workflow.DefaultVersion, 1) == 1 {
		if err := workflow.Sleep(ctx, time.Minute); err != nil {
			return Status{}, err
		}
	}
	return MergeWorkflow(ctx, req)
}

// The replay test catches a breaking change: the unguarded variant fails on
// both recorded merge histories, the open one and the finished one, and the
// same change behind GetVersion passes.
func TestReplayCatchesAnUnguardedChange(t *testing.T) {
	merges := []string{filepath.Join("testdata", "histories", "merge-completed.json"), filepath.Join("testdata", "histories", "merge-awaiting-consent.json")}
	historyFiles(t)

	broken := worker.NewWorkflowReplayer()
	broken.RegisterWorkflowWithOptions(mergeWithExtraTimer, workflow.RegisterOptions{Name: "MergeWorkflow"})
	for _, f := range merges {
		err := broken.ReplayWorkflowHistoryFromJSONFile(quietLogger(), f)
		// TMPRL1100 is the SDK's code for a nondeterminism error.
		if err == nil || !strings.Contains(err.Error(), "TMPRL1100") {
			t.Errorf("%s replayed against an unguarded change: got %v, want a nondeterminism error", filepath.Base(f), err)
		}
	}

	patched := worker.NewWorkflowReplayer()
	patched.RegisterWorkflowWithOptions(mergeWithPatchedTimer, workflow.RegisterOptions{Name: "MergeWorkflow"})
	for _, f := range merges {
		if err := patched.ReplayWorkflowHistoryFromJSONFile(quietLogger(), f); err != nil {
			t.Errorf("%s against the change behind GetVersion: %v", filepath.Base(f), err)
		}
	}
}
