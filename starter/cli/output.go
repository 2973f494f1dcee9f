package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"text/tabwriter"

	"github.com/certflow/certflow/mail/imapwatch"
	"github.com/certflow/certflow/workflows"
)

// Layouts of the times the commands print, in the operator's time zone.
const (
	minuteLayout = "2006-01-02 15:04"
	secondLayout = "2006-01-02 15:04:05"
)

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// newTable writes tab-separated rows as aligned columns; Flush writes them.
func newTable(w io.Writer, header string) *tabwriter.Writer {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, header)
	return tw
}

// caseURL is the case's page in the Web UI.
func (r *runner) caseURL(id string) string {
	return fmt.Sprintf("%s/namespaces/%s/workflows/%s",
		strings.TrimRight(r.cfg.UIURL, "/"), url.PathEscape(r.cfg.Namespace), url.PathEscape(id))
}

func printStatus(w io.Writer, st workflows.Status, link string) {
	fmt.Fprintf(w, "Case:      %s (%s)\n", st.ID, st.Kind)
	fmt.Fprintf(w, "State:     %s\n", st.State)
	if st.Kind == workflows.KindMerge {
		aws := st.AwsCase
		if aws == "" {
			aws = "(not yet known)"
		}
		fmt.Fprintf(w, "AWS case:  %s\n", aws)
	}
	fmt.Fprintf(w, "Requester: %s\n", st.Requester)
	fmt.Fprintf(w, "Web UI:    %s\n", link)
	fmt.Fprintln(w, "History:")
	for _, e := range st.Events {
		fmt.Fprintf(w, "  %s  %s\n", e.At.Local().Format(secondLayout), e.What)
	}
	printHeld(w, st)
	printResolvable(w, st)
}

// printHeld lists the mails `starter approve` can vouch for.
func printHeld(w io.Writer, st workflows.Status) {
	held := st.HeldMails
	if len(held) == 0 && st.Held != nil {
		held = []workflows.MailEvent{*st.Held}
	}
	if len(held) == 0 {
		return
	}
	fmt.Fprintln(w, "Held mail (if it is genuine: starter approve "+st.ID+" MESSAGE-ID):")
	for _, m := range held {
		fmt.Fprintf(w, "  %s  %s from %s %q", m.MessageID, m.Kind, m.From, m.Subject)
		if len(m.Trust) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(m.Trust, "; "))
		}
		fmt.Fprintln(w)
	}
}

// printResolvable lists the mails `starter resolve` can settle.
func printResolvable(w io.Writer, st workflows.Status) {
	mails := st.Resolvable
	if st.Held != nil {
		mails = append([]workflows.MailEvent{*st.Held}, mails...)
	}
	if len(mails) == 0 {
		return
	}
	fmt.Fprintln(w, "Mail the operator can resolve (starter resolve "+st.ID+" MESSAGE-ID --as KIND):")
	for _, m := range mails {
		what := string(m.Kind)
		if m.Sub != "" {
			what += "/" + m.Sub
		}
		fmt.Fprintf(w, "  %s  %s from %s %q", m.MessageID, what, m.From, m.Subject)
		if m.Excerpt != "" {
			fmt.Fprintf(w, ": %q", m.Excerpt)
		}
		if m.Lean != "" {
			fmt.Fprintf(w, " (leans to %s)", m.Lean)
		}
		fmt.Fprintln(w)
	}
}

func printCases(w io.Writer, rows []caseRow) error {
	tw := newTable(w, "CASE\tKIND\tSTATE\tREQUESTER\tAWS CASE\tSTARTED")
	for _, x := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n",
			x.ID, x.Kind, x.State, x.Requester, x.AwsCase, x.Started.Local().Format(minuteLayout))
	}
	return tw.Flush()
}

func printUnmatched(w io.Writer, mails []workflows.UnmatchedMail) error {
	tw := newTable(w, "DATE\tFROM\tSUBJECT\tMESSAGE-ID\tWHY")
	for _, u := range mails {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n",
			u.Date.Local().Format(minuteLayout), u.From, u.Subject, u.MessageID, u.Reason)
	}
	return tw.Flush()
}

// printDroppedHandBacks says how many mails cases handed back fell off a
// full unmatched list: unlike mail that names no case, they are no longer
// unread in the folder.
func printDroppedHandBacks(w io.Writer, ws []workflows.WatcherStatus) {
	for _, st := range ws {
		if st.HandBacksDropped > 0 {
			fmt.Fprintf(w, "%s: %d mails that cases handed back fell off this list (it was full of them); "+
				"they are in the processed folder, or flagged \\Seen in %s\n", st.Mailbox, st.HandBacksDropped, st.Mailbox)
		}
	}
}

// printMailboxes shows one line a mailbox, then the message each watch is
// failing on and every quarantined mail.
func printMailboxes(w io.Writer, rows []mailboxRow) error {
	tw := newTable(w, "MAILBOX\tCONNECTED\tLAST CONTACT\tUIDVALIDITY\tLAST UID\tRECONNECTS\t"+
		"UNMATCHED\tQUARANTINED\tLAST ERROR")
	for _, x := range rows {
		contact := "-"
		if !x.LastContact.IsZero() {
			contact = x.LastContact.Local().Format(secondLayout)
		}
		fmt.Fprintf(tw, "%s\t%v\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", x.Mailbox, x.Health.Connected, contact,
			x.Watermark.UIDValidity, x.Watermark.LastUID, x.Health.Reconnects,
			len(x.Unmatched), len(x.Quarantined), x.Health.LastError)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, x := range rows {
		if wm := x.Watermark; wm.Failures > 0 {
			fmt.Fprintf(w, "failing in %s: uid %d, %d of %d tries (then it is listed and passed over): %s\n",
				x.Mailbox, wm.FailedUID, wm.Failures, imapwatch.FailLimit, wm.LastFailure)
		}
		for _, q := range x.Quarantined {
			fmt.Fprintf(w, "quarantined in %s: uid %d %q from %s: %s\n", x.Mailbox, q.UID, q.Subject, q.From, q.Reason)
		}
	}
	return nil
}
