package workflows

import (
	"time"

	"github.com/certflow/certflow/config"
)

// Policy is the worker's configuration as a case sees it. It is read once,
// through an activity, so it is recorded in the history and replays the same.
type Policy struct {
	SupportAddress    string        `json:"support_address"`
	OperatorEmail     string        `json:"operator_email"`
	RemindAfter       time.Duration `json:"remind_after"`
	GiveUpAfter       time.Duration `json:"give_up_after"`
	MergeReplyPolicy  string        `json:"merge_reply_policy"` // "auto" or "approve"
	MergeSubmit       string        `json:"merge_submit"`       // "form" or "email"
	MergeFormURL      string        `json:"merge_form_url"`
	ShareRemindAfter  time.Duration `json:"share_remind_after"`
	ShareGiveUpAfter  time.Duration `json:"share_give_up_after"`
	ShareWait         time.Duration `json:"share_wait"`
	ShareRecheckAfter time.Duration `json:"share_recheck_after"`
	ShareMaxChecks    int           `json:"share_max_checks"`
	// SendAlertAfter is how long a send may be retried before the case shows
	// as needs_attention (zero: never; cases started before the setting).
	SendAlertAfter time.Duration `json:"send_alert_after,omitempty"`
	// MaxMails is how many mails a case takes; more go to the unmatched list
	// (zero: no cap; cases started before the setting).
	MaxMails int `json:"max_mails,omitempty"`
}

// NewPolicy is the one place the worker's settings become a case's Policy:
// the CasePolicy activity returns it, and the tests build theirs with it, so
// a setting a case reads is a field of config.Worker, a field of Policy and
// a line here. It runs in the activity, never in workflow code.
func NewPolicy(c config.Worker) Policy {
	return Policy{
		SupportAddress:    c.Merge.SupportAddress,
		OperatorEmail:     c.Mail.OperatorEmail,
		RemindAfter:       c.Merge.RemindAfter,
		GiveUpAfter:       c.Merge.GiveUpAfter,
		MergeReplyPolicy:  c.Merge.ReplyPolicy,
		MergeSubmit:       c.Merge.Submit,
		MergeFormURL:      c.Merge.FormURL,
		ShareRemindAfter:  c.Share.RemindAfter,
		ShareGiveUpAfter:  c.Share.GiveUpAfter,
		ShareWait:         c.Share.Wait,
		ShareRecheckAfter: c.Share.RecheckAfter,
		ShareMaxChecks:    c.Share.MaxChecks,
		SendAlertAfter:    c.SMTP.SendAlertAfter,
		MaxMails:          c.Mail.CaseMaxMails,
	}
}
