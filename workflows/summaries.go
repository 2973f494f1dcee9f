package workflows

import (
	"fmt"
	"strings"
	"time"
)

// The Web UI shows these one-line summaries on the timeline of a case, so it
// reads "follow-up after 3 days" rather than a timer's number. A summary is
// user metadata on the command: replay does not compare it, so changing the
// words never makes a recorded history non-deterministic.

// mailWords says what sending a template means, with %s for the recipients.
var mailWords = map[string]string{
	TemplateMergeRequest:   "send the merge request to %s",
	TemplateMergeForm:      "send the filled-in AWS form to %s",
	TemplateMergeFollowUp:  "send a follow-up to %s",
	TemplateMergeConsent:   "send consent to %s",
	TemplateMergeCompleted: "tell %s the merge is done",
	TemplateShareSteps:     "send the sharing steps to %s",
	TemplateShareReminder:  "remind %s",
	TemplateShareVerify:    "ask %s to check the APN profile",
	TemplateShareCompleted: "tell %s the sharing is done",
	TemplateOperatorAlert:  "tell the operator (%s)",
}

func mailSummary(m OutgoingMail) string {
	to := strings.Join(m.To, ", ")
	if words, ok := mailWords[m.Template]; ok {
		return fmt.Sprintf(words, to)
	}
	return fmt.Sprintf("send %s mail to %s", m.Template, to)
}

func remindSummary(state State, d time.Duration) string {
	return fmt.Sprintf("follow-up after %s in %s", humanDuration(d), state)
}

func giveUpSummary(state State, d time.Duration) string {
	return fmt.Sprintf("needs attention after %s in %s", humanDuration(d), state)
}

func sleepSummary(state State, d time.Duration) string {
	return fmt.Sprintf("%s for %s", state, humanDuration(d))
}

// humanDuration writes whole days and hours as words and anything else as
// Go does (the dev stack's seconds).
func humanDuration(d time.Duration) string {
	plural := func(n int64, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return fmt.Sprintf("%d %ss", n, unit)
	}
	switch {
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		return plural(int64(d/(24*time.Hour)), "day")
	case d >= time.Hour && d%time.Hour == 0:
		return plural(int64(d/time.Hour), "hour")
	}
	return d.String()
}
