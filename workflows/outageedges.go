package workflows

import (
	"errors"

	"go.temporal.io/sdk/workflow"
)

// versionOutageEdges marks the fixes of a case in a long mail outage at the
// edges of its life (the second review of issue 13):
//   - the one alert that a case has reached its cap may continue as new
//     while it is retried, as any alert does: the mail is handed back
//     before it (before, a flood during the outage grew the run until the
//     server terminated the case);
//   - a held-back alert that went out as a cancelled case ended is
//     recorded as sent (before, as abandoned, and the alerts it carried
//     were put back as not sent);
//   - an ended case sending its held-back alerts heeds a cancel through
//     Temporal, and may continue as new during the send;
//   - mail kept for a wait, behind a held mail whose alert makes the wait
//     continue as new, is carried to that wait (CaseCarry.EarlyLeft);
//   - an update accepted during a sleep goes with the sleep into the next
//     run (it no longer keeps the case from continuing as new), a resolve
//     is refused where no wait reads one (a sleep, a send between two
//     waits, an ending case), and an update whose channel is full fails.
//
// Cases started before it replay without them.
const versionOutageEdges = "outage-edges"

// takeOutageEdges reads whether the case has versionOutageEdges.
func (c *caseRun) takeOutageEdges(ctx workflow.Context) {
	c.outageEdges = workflow.GetVersion(ctx, versionOutageEdges, workflow.DefaultVersion, 1) >= 1
}

// takeCarryErr takes c.carryErr when it says the case continues as new.
func (c *caseRun) takeCarryErr() error {
	err := c.carryErr
	c.carryErr = nil
	if !c.outageEdges || !errors.Is(err, errContinueAsNew) {
		return nil
	}
	return err
}

// heedEndingCancel keeps, for an ending case that was not cancelled, its
// own context's Done channel: finish sends the held-back alerts on a
// disconnected context, and a cancel through Temporal (the Web UI) gives
// them up, as `starter cancel` does.
func (c *caseRun) heedEndingCancel(ctx workflow.Context) {
	if c.outageEdges && c.cancel == nil && ctx.Err() == nil {
		c.endingCancel = ctx.Done()
	}
}
