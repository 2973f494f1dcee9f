package workflows

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// The worker registers each workflow by its function's name (the SDK's
// default), so a Type constant that drifts from it would make every
// WorkflowType query find nothing.
func TestWorkflowTypesAreTheRegisteredNames(t *testing.T) {
	for typ, fn := range map[string]any{
		TypeMerge: MergeWorkflow, TypeShare: ShareWorkflow, TypeMailboxWatcher: MailboxWatcherWorkflow,
	} {
		full := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
		if name := full[strings.LastIndex(full, ".")+1:]; name != typ {
			t.Errorf("constant %q, but the worker registers %q", typ, name)
		}
	}
}
