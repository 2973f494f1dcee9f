package workflows

import (
	"fmt"
	"strings"
	"time"

	"go.temporal.io/sdk/workflow"
)

// versionTrustBinding marks the change that also holds people's
// unauthenticated answers and AWS mail about other accounts, learns the AWS
// case number only from mail bound to the case, and paces the operator
// alerts that incoming mail causes.
const versionTrustBinding = "trust-binding"

// versionNoStrangers marks the change that also holds AWS mail naming
// accounts that are not the case's.
const versionNoStrangers = "no-stranger-accounts"

// versionMergeDirection marks the change that holds AWS's consent request
// when it names another account to merge into than the case's own.
const versionMergeDirection = "merge-direction"

// alertInterval is how often mail may cause an operator alert per case.
const alertInterval = time.Hour

// maxDeferredAlerts bounds the alerts kept for the next summary.
const maxDeferredAlerts = 20

// distrust says why mail that would move the case must be held for the
// operator instead, or "" when the case may act on it.
func (c *caseRun) distrust(ev MailEvent) string {
	switch {
	case c.checkTrust && isAWS(ev.Kind) && ev.ForwardedBy != "":
		return "it was forwarded by " + ev.ForwardedBy + ", so it cannot be authenticated"
	case c.checkTrust && isAWS(ev.Kind) && !ev.Authenticated:
		return "it is not authenticated"
	case c.trustBinding && isAnswer(ev.Kind) && !ev.Authenticated:
		return "anyone can write " + ev.From + " in From, and this answer is not authenticated"
	}
	if c.trustBinding && isAWS(ev.Kind) {
		// Mail about other accounts is told as such first: which way it
		// merges them says nothing more to the operator.
		if why := c.unbound(ev); why != "" {
			return why
		}
	}
	if c.checkDirection && ev.Kind == MailConsentRequest && c.mergeInto != "" && intoAnother(ev, c.mergeInto) {
		return fmt.Sprintf("it asks to merge into %s, but this case merges into %s",
			strings.Join(ev.MergeInto, ", "), c.mergeInto)
	}
	return ""
}

// intoAnother reports a consent request that names an account to merge
// into other than target: a merge the other way round cannot be undone.
func intoAnother(ev MailEvent, target string) bool {
	for _, a := range ev.MergeInto {
		if !strings.EqualFold(a, target) {
			return true
		}
	}
	return false
}

// unbound says why AWS's mail is not about this case: a genuine AWS mail
// about someone else's accounts, sent to this case's address, must not move
// it. Once learned, the AWS case number binds; before that, the mail must
// name both of the case's accounts.
func (c *caseRun) unbound(ev MailEvent) string {
	if len(c.accounts) == 0 || ev.ResolvedBy {
		// The operator who resolved the mail as this case's said it is about it.
		return ""
	}
	if c.awsCase != "" && ev.AwsCase != "" {
		if ev.AwsCase != c.awsCase {
			return fmt.Sprintf("it names AWS case %s, but this case is AWS case %s", ev.AwsCase, c.awsCase)
		}
		return ""
	}
	if others := strangers(ev.Mentions, c.accounts); c.noStrangers && len(others) > 0 {
		return fmt.Sprintf("it names accounts that are not this case's (%s)", strings.Join(others, ", "))
	}
	if mentionsAll(ev.Mentions, c.accounts) {
		return ""
	}
	return fmt.Sprintf("it names neither this case's AWS case number nor both of its accounts (%s)",
		strings.Join(c.accounts, ", "))
}

// strangers are the mentions that are not among accounts.
func strangers(mentions, accounts []string) []string {
	var out []string
	for _, m := range mentions {
		if !mentionsAll(accounts, []string{m}) {
			out = append(out, m)
		}
	}
	return out
}

// mentionsAll reports whether every address of want is in mentions.
func mentionsAll(mentions, want []string) bool {
	for _, w := range want {
		found := false
		for _, m := range mentions {
			if strings.EqualFold(m, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func isAnswer(k MailKind) bool {
	return k == MailReplyYes || k == MailReplyNo || k == MailReplyDone || k == MailReplySubmitted
}

// mayTeachAwsCase reports whether ev may teach the case its AWS case number:
// only AWS's authenticated mail that names both accounts, never a subject
// anyone could write.
func (c *caseRun) mayTeachAwsCase(ev MailEvent) bool {
	if !c.trustBinding {
		return true
	}
	if ev.Vouched || (ev.ResolvedBy && ev.Authenticated) {
		return true // the operator bound it to this case
	}
	aws := isAWS(ev.Kind) || ev.Kind == MailAWSOther
	return aws && ev.Authenticated && ev.ForwardedBy == "" && len(c.accounts) > 0 &&
		mentionsAll(ev.Mentions, c.accounts) && (!c.noStrangers || len(strangers(ev.Mentions, c.accounts)) == 0)
}

// learnAwsCase records the AWS case number of ev when it may teach it.
func (c *caseRun) learnAwsCase(ctx workflow.Context, ev MailEvent) {
	if ev.AwsCase == "" || c.awsCase != "" || !c.mayTeachAwsCase(ev) {
		return
	}
	c.awsCase = ev.AwsCase
	c.data["AwsCase"] = ev.AwsCase
	c.record(ctx, "AWS case number is "+ev.AwsCase)
	c.upsert(ctx, AwsCaseKey.ValueSet(c.keyword(ev.AwsCase)))
}

// alertPacer holds back the operator alerts that incoming mail causes, so
// that a flood of forged mail is one alert an hour, not a flood of alerts.
type alertPacer struct {
	last     time.Time
	deferred []string
	dropped  int
	flush    workflow.Future // fires when the deferred alerts may go
	sent     int             // alerts sent (versionCaseFlood): their steps
}

// alertAboutMail tells the operator about a mail, at most once per
// alertInterval; the rest wait for the next alert, which lists them.
func (c *caseRun) alertAboutMail(ctx workflow.Context, why string) error {
	now := workflow.Now(ctx)
	p := &c.alerts
	if !c.trustBinding || p.last.IsZero() || now.Sub(p.last) >= alertInterval {
		return c.tellOperator(ctx, why)
	}
	if len(p.deferred) < maxDeferredAlerts {
		p.deferred = append(p.deferred, why)
	} else {
		p.dropped++
	}
	c.record(ctx, "operator alert deferred (one an hour per case): "+why)
	if p.flush == nil {
		p.flush = workflow.NewTimerWithOptions(ctx, p.last.Add(alertInterval).Sub(now),
			workflow.TimerOptions{Summary: "send the deferred operator alerts (one an hour per case)"})
	}
	return nil
}

// withDeferred adds the deferred alerts to why and starts a new interval.
func (c *caseRun) withDeferred(ctx workflow.Context, why string) string {
	p := &c.alerts
	if c.trustBinding {
		p.last = workflow.Now(ctx)
	}
	if len(p.deferred) == 0 {
		return why
	}
	var b strings.Builder
	b.WriteString(why)
	fmt.Fprintf(&b, "\n\nAlso since the last alert (%d more):", len(p.deferred)+p.dropped)
	for _, d := range p.deferred {
		b.WriteString("\n- " + d)
	}
	if p.dropped > 0 {
		fmt.Fprintf(&b, "\n- and %d more; the case's history has them all", p.dropped)
	}
	p.deferred, p.dropped = nil, 0
	return b.String()
}

// addAlertFlush lets sel send the deferred alerts when their time comes.
func (c *caseRun) addAlertFlush(ctx workflow.Context, sel workflow.Selector, stepErr *error) {
	if c.alerts.flush == nil {
		return
	}
	sel.AddFuture(c.alerts.flush, func(workflow.Future) {
		c.alerts.flush = nil
		if len(c.alerts.deferred) > 0 {
			*stepErr = c.tellOperator(ctx, "alerts held back during the last hour")
		}
	})
}
