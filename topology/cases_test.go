package topology

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/starter/cli"
	"github.com/certflow/certflow/workflows"
)

// startCases starts the merge and share cases with the operator's CLI, as
// an operator would; each case's people have addresses of their own.
func startCases(t *testing.T, e env, run string) []string {
	t.Helper()
	var ids []string
	start := func(args ...string) {
		var out, errOut bytes.Buffer
		if code := cli.Main(args, map[string]string{"TEMPORAL_ADDRESS": e.temporal}, &out, &errOut); code != 0 {
			t.Fatalf("starter %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errOut.String())
		}
	}
	for i := 1; i <= mergeCases; i++ {
		id := fmt.Sprintf("topo-%s-m%02d", run, i)
		who := fmt.Sprintf("m%02d.%s", i, run)
		start("merge", "--name", "Taro Yamada "+strconv.Itoa(i), "--source-email", who+"@personal.example",
			"--target-email", who+"@merge.example", "--id", id)
		ids = append(ids, id)
	}
	for i := 1; i <= shareCases; i++ {
		id := fmt.Sprintf("topo-%s-s%02d", run, i)
		who := fmt.Sprintf("s%02d.%s", i, run)
		start("share", "--name", "Hanako Sato "+strconv.Itoa(i), "--cert-email", who+"@personal.example",
			"--apn-email", who+"@"+employeeHosts, "--id", id)
		ids = append(ids, id)
	}
	return ids
}

func status(ctx context.Context, c client.Client, id string) (workflows.Status, error) {
	var st workflows.Status
	v, err := c.QueryWorkflow(ctx, id, "", workflows.QueryStatus)
	if err == nil {
		err = v.Get(&st)
	}
	return st, err
}

// waitPast waits until the case is in a state other than the given one
// (a case's states only move forward).
func waitPast(t *testing.T, c client.Client, id string, state workflows.State) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		st, err := status(ctx, c, id)
		cancel()
		if err == nil && st.State != state && st.State != "" {
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("case %s did not get past %s within 3 minutes", id, state)
}

// watcherHolder waits until the watcher's watch runs on a worker process
// other than notPid, started after since, and returns that process's pid
// (the SDK's worker identity is "pid@host@").
func watcherHolder(t *testing.T, c client.Client, watcher string, notPid int, since time.Time, within time.Duration) int {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		desc, err := c.DescribeWorkflowExecution(ctx, watcher, "")
		cancel()
		if err == nil {
			for _, pa := range desc.GetPendingActivities() {
				pid, _ := strconv.Atoi(strings.SplitN(pa.GetLastWorkerIdentity(), "@", 2)[0])
				started := pa.GetLastStartedTime()
				if pa.GetActivityType().GetName() == "WatchMailbox" && pid > 0 && pid != notPid &&
					started != nil && started.AsTime().After(since) {
					return pid
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no worker other than pid %d took the watch of %s within %s", notPid, watcher, within)
	return 0
}

// waitCompleted waits until every case has completed; a case in any other
// state at the deadline fails the test with every case's state.
func waitCompleted(t *testing.T, c client.Client, ids []string) {
	t.Helper()
	deadline := time.Now().Add(allDone)
	left := map[string]workflows.State{}
	for _, id := range ids {
		left[id] = ""
	}
	for len(left) > 0 && time.Now().Before(deadline) {
		for id := range left {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			st, err := status(ctx, c, id)
			cancel()
			switch {
			case err == nil && st.State == workflows.StateCompleted:
				delete(left, id)
			case err == nil:
				left[id] = st.State
			}
		}
		time.Sleep(time.Second)
	}
	if len(left) > 0 {
		b, _ := json.Marshal(left)
		t.Fatalf("%d of %d cases did not complete within %s: %s", len(left), len(ids), allDone, b)
	}
}
