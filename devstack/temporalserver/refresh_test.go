package temporalserver

import (
	"context"
	"testing"

	"go.temporal.io/server/common/dynamicconfig"
	"google.golang.org/grpc"
)

// The search attributes are read afresh on every use only for a while after
// they change: an AddSearchAttributes through the frontend opens the window,
// a visibility list does not.
func TestSearchAttributesAreReadAfreshOnlyAfterAChange(t *testing.T) {
	r := &saRefresh{}
	c := dynamicClient{static: dynamicconfig.StaticClient{}, refresh: r}
	force := func() bool {
		return c.GetValue(dynamicconfig.ForceSearchAttributesCacheRefreshOnRead.Key())[0].Value.(bool)
	}
	call := func(method string) {
		_, _ = r.intercept(context.Background(), nil, &grpc.UnaryServerInfo{FullMethod: method},
			func(context.Context, any) (any, error) { return nil, nil })
	}
	call("/temporal.api.workflowservice.v1.WorkflowService/ListWorkflowExecutions")
	if force() {
		t.Fatal("a list turned the refresh on")
	}
	call("/temporal.api.operatorservice.v1.OperatorService/AddSearchAttributes")
	if !force() {
		t.Fatal("an added search attribute is not read afresh")
	}
	if !newSARefresh().on() {
		t.Fatal("a starting server does not read the attributes afresh")
	}
}
