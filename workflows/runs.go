package workflows

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"go.temporal.io/sdk/workflow"
)

// versionRunToken marks the change that puts a token of the case's run in
// every Message-ID it sends, and turns away mail that cites another run's.
// A case ID may be used again once its old run has left Temporal's
// retention: without the token the new run's Message-IDs equal the old
// one's, so the Sent check found the old copies and sent nothing, and
// replies in the old thread moved the new case.
const versionRunToken = "run-token"

// RunToken is the token of the case run whose first run ID (stable across
// continue-as-new) is firstRunID: short, lower case, letters and digits
// only, as a Message-ID's local part must survive mail systems.
func RunToken(firstRunID string) string {
	sum := sha256.Sum256([]byte(firstRunID))
	return hex.EncodeToString(sum[:6])
}

// runTokenOf is the token of the running case. A run the case continued as
// new in computes the same one (same first run ID); every case that can
// continue as new (versionCaseFlood) started after versionRunToken, so none
// has to carry "no token". The SDK's test environment has no first run ID;
// there the run ID stands in.
func runTokenOf(ctx workflow.Context) string {
	info := workflow.GetInfo(ctx)
	id := info.FirstRunID
	if id == "" {
		id = info.WorkflowExecution.RunID
	}
	return RunToken(id)
}

// namedByMessageID reports whether the mark a mail was matched by (see
// MailEvent.By) is one of certflow's Message-IDs, whose run token then says
// which run of the case it belongs to.
func namedByMessageID(by string) bool {
	by = strings.TrimPrefix(by, "forwarded-")
	return by == "in-reply-to" || by == "references" || by == "bounced-message-id"
}

// otherRun says why ev belongs to another run of this case ID, or "": it
// was matched by a Message-ID whose token is not this run's (a Message-ID
// without a token is an older run's too, as this run never sent one).
// Mail matched by the case's reply address carries no token: it is taken
// unless it came well before the case started (receivedBefore).
func (c *caseRun) otherRun(ev MailEvent) string {
	if why := c.receivedBefore(ev); why != "" {
		return why
	}
	if c.runToken == "" || !namedByMessageID(ev.By) || ev.Run == c.runToken {
		return ""
	}
	cited := "a Message-ID without a run token (the format before case runs had one)"
	if ev.Run != "" {
		cited = "the Message-ID of run " + ev.Run
	}
	return fmt.Sprintf("it answers mail of an earlier case with the ID %s: it cites %s, and this case is run %s; "+
		"if it is about this case, run: starter attach %s %s", c.id, cited, c.runToken, ev.MessageID, c.id)
}

// versionDatedRuns marks cases that carry their first run's start and take
// mail received more than startSlack before it as another run's: mail that
// names the case only by its reply address (or its AWS case number) has no
// run token, and a case ID used again (`starter import` of the same sheet,
// months later) took the old run's mail when the watcher offered it again.
const versionDatedRuns = "dated-runs"

// startSlack allows for clocks and delays: mail of the case's own run is
// never received before it started.
const startSlack = 24 * time.Hour

// receivedBefore says why ev, received more than startSlack before the
// case's first run started, is another run's mail, or "". When the mail
// server received it counts (its INTERNALDATE, which the sender cannot
// set); without it, its Date. Mail in this run's own thread (its token)
// and mail the operator attached are this run's.
func (c *caseRun) receivedBefore(ev MailEvent) string {
	if c.started.IsZero() || ev.Attached || ev.Watcher == "" || (namedByMessageID(ev.By) && ev.Run == c.runToken) {
		return ""
	}
	at, what := ev.Received, "received by the mail server"
	if at.IsZero() {
		at, what = ev.Date, "dated"
	}
	if at.IsZero() || !at.Before(c.started.Add(-startSlack)) {
		return ""
	}
	return fmt.Sprintf("it is mail of an earlier case with the ID %s: it was %s %s, "+
		"more than a day before this case started (%s); if it is about this case, run: starter attach %s %s",
		c.id, what, at.UTC().Format(time.RFC3339), c.started.UTC().Format(time.RFC3339), ev.MessageID, c.id)
}
