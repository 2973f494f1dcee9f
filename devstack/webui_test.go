package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"go.temporal.io/sdk/converter"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/workflows"
)

// browser finds Debian's chromium; the test skips without it (a plain
// `go test ./...` on a fresh machine), and .ci/run installs it and fails on
// any skip.
func browser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH (.ci/run installs Debian's chromium)")
	return ""
}

// newBrowser starts a headless chromium for the test, closed when it ends.
func newBrowser(t *testing.T, chromium string, within time.Duration) context.Context {
	t.Helper()
	ctx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 900))...)
	ctx, cancelBrowser := chromedp.NewContext(ctx)
	ctx, cancelTimeout := context.WithTimeout(ctx, within)
	t.Cleanup(func() { cancelTimeout(); cancelBrowser(); cancelAlloc() })
	return ctx
}

// In a real browser, the Web UI lists cases by the search attributes
// certflow sets, and each case carries its one-line summary as a memo.
func TestWebUIFindsCasesBySearchAttributes(t *testing.T) {
	chromium := browser(t)
	s := testStackWith(t, config.Devstack{
		Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: 100 * time.Millisecond,
		EmployeeDomain: "corp.example", EmployeeDelay: 100 * time.Millisecond,
	}, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_SHARE_WAIT": "1s"})
	defer func() { _ = s.stop() }()

	if code, _, errOut := starter(t, s, "share", "--name", "Hanako Sato", "--cert-email", "hanako@personal.example",
		"--apn-email", "hanako@corp.example", "--id", "share-ui-1"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--id", "merge-ui-1"); code != 0 {
		t.Fatal(errOut)
	}
	waitForState(t, s, "share-ui-1", workflows.StateCompleted, 60*time.Second)
	waitForState(t, s, "merge-ui-1", workflows.StateCompleted, 60*time.Second)

	c := devClient(t, s)
	defer c.Close()
	desc, err := c.DescribeWorkflowExecution(context.Background(), "share-ui-1", "")
	if err != nil {
		t.Fatal(err)
	}
	var summary string
	if p := desc.GetWorkflowExecutionInfo().GetMemo().GetFields()["summary"]; p == nil || converter.GetDefaultDataConverter().FromPayload(p, &summary) != nil ||
		summary != "share the certifications of Hanako Sato (hanako@personal.example) with the APN account hanako@corp.example" {
		t.Fatalf("memo summary = %q", summary)
	}

	ctx := newBrowser(t, chromium, 60*time.Second)

	list := s.temporal.UIURL() + "/namespaces/default/workflows?query=" + url.QueryEscape(`CaseKind="share" AND CaseState="completed"`)
	err = chromedp.Do(ctx, chromedp.Navigate(list), chromedp.WaitVisible(chromedp.Search(`//a[contains(., "share-ui-1")]`)))
	if shot, serr := chromedp.Run(ctx, chromedp.FullScreenshot(80)); serr == nil {
		_ = os.WriteFile(filepath.Join(s.cfg.Dir, "webui.jpg"), shot, 0o644)
	}
	if err != nil {
		t.Fatalf("the Web UI did not list share-ui-1 under %s: %v", list, err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "merge-ui-1") || !strings.Contains(text, "ShareWorkflow") {
		t.Fatalf("the filtered list shows the wrong cases:\n%s", text)
	}

	// The case's own page shows its state.
	err = chromedp.Do(ctx, chromedp.Navigate(s.temporal.UIURL()+"/namespaces/default/workflows/share-ui-1"),
		chromedp.WaitVisible(chromedp.Search(`//*[normalize-space(text())="Completed" or normalize-space(text())="COMPLETED"]`)))
	if err != nil {
		page, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
		t.Fatalf("the case page does not show its state: %v\n%s", err, page)
	}
	// It tells the story: the static summary under User Metadata, and the
	// timer's and the activities' summaries on the timeline, not "Timer 1 (1s)".
	for _, want := range []string{
		"share the certifications of Hanako Sato (hanako@personal.example) with the APN account hanako@corp.example",
		"waiting for 1s", "send the sharing steps to hanako@corp.example",
	} {
		wctx, wcancel := context.WithTimeout(ctx, 15*time.Second)
		err = chromedp.Do(wctx, chromedp.WaitVisible(chromedp.Search(fmt.Sprintf(`//*[contains(text(), %q)]`, want))))
		wcancel()
		if shot, serr := chromedp.Run(ctx, chromedp.FullScreenshot(80)); serr == nil {
			_ = os.WriteFile(filepath.Join(s.cfg.Dir, "webui-case.jpg"), shot, 0o644)
		}
		if err != nil {
			page, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
			t.Fatalf("the case page does not show %q: %v\n%s", want, err, page)
		}
	}
	// The static details (who, from which address to which) are on the
	// User Metadata tab; the memo has the summary alone.
	err = chromedp.Do(ctx, chromedp.Click(chromedp.Search(`//*[normalize-space(text())="User Metadata"]`)),
		chromedp.WaitVisible(chromedp.Search(`//*[contains(text(), "APN login (mail goes here)")]`)))
	if shot, serr := chromedp.Run(ctx, chromedp.FullScreenshot(80)); serr == nil {
		_ = os.WriteFile(filepath.Join(s.cfg.Dir, "webui-metadata.jpg"), shot, 0o644)
	}
	if err != nil {
		page, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
		t.Fatalf("the User Metadata tab does not show the case's details: %v\n%s", err, page)
	}
}
