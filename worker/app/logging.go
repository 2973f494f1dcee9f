package app

import (
	"context"
	"log/slog"
	"strings"

	"github.com/certflow/certflow/workflows"
)

// sdkHandler is the handler the Temporal SDK logs through. The SDK names a
// workflow WorkflowID; a case's workflow ID is its case ID, so lines about a
// case also get case_id, as certflow's own lines have, and one query finds
// both. The mailbox watchers' IDs are not cases and get none.
type sdkHandler struct{ slog.Handler }

func withCaseID(h slog.Handler) slog.Handler { return sdkHandler{h} }

func caseAttr(attrs func(func(slog.Attr) bool)) (slog.Attr, bool) {
	var id string
	has := false
	attrs(func(a slog.Attr) bool {
		switch a.Key {
		case "WorkflowID":
			id = a.Value.String()
		case "case_id":
			has = true
		}
		return true
	})
	if id == "" || has || strings.HasPrefix(id, workflows.WatcherID("")) {
		return slog.Attr{}, false
	}
	return slog.String("case_id", id), true
}

func (h sdkHandler) Handle(ctx context.Context, r slog.Record) error {
	if a, ok := caseAttr(r.Attrs); ok {
		r = r.Clone()
		r.AddAttrs(a)
	}
	return h.Handler.Handle(ctx, r)
}

func (h sdkHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	each := func(f func(slog.Attr) bool) {
		for _, a := range attrs {
			if !f(a) {
				return
			}
		}
	}
	if a, ok := caseAttr(each); ok {
		attrs = append(attrs[:len(attrs):len(attrs)], a)
	}
	return sdkHandler{h.Handler.WithAttrs(attrs)}
}

func (h sdkHandler) WithGroup(name string) slog.Handler {
	return sdkHandler{h.Handler.WithGroup(name)}
}
