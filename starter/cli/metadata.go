package cli

import (
	"fmt"
	"strings"

	"github.com/certflow/certflow/workflows"
)

// staticDetails is what the Web UI shows under "User Metadata" on a case's
// page (Markdown): who, what, from which address to which. It is fixed at
// start; the case's state is in its search attributes and history.
func staticDetails(kind string, req any) string {
	var rows [][2]string
	switch r := req.(type) {
	case workflows.MergeRequest:
		submit := r.Submit
		if submit == "" {
			submit = "the worker's default (CERTFLOW_MERGE_SUBMIT)"
		}
		rows = [][2]string{{"Requester", r.Name}, {"Merge away (source)", r.SourceEmail},
			{"Keep (target, told when done)", r.TargetEmail}, {"Request sent by", submit}, {"Mail language", r.Lang}}
	case workflows.ShareRequest:
		rows = [][2]string{{"Employee", r.Name}, {"AWS Certification account", r.CertEmail},
			{"APN login (mail goes here)", r.APNEmail}, {"Mail language", r.Lang}}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**certflow %s case**\n\n", kind)
	for _, row := range rows {
		fmt.Fprintf(&b, "- **%s:** %s\n", row[0], row[1])
	}
	return b.String()
}

// requestName is the person a case is for, kept in the memo for the report.
func requestName(req any) string {
	switch r := req.(type) {
	case workflows.MergeRequest:
		return r.Name
	case workflows.ShareRequest:
		return r.Name
	}
	return ""
}
