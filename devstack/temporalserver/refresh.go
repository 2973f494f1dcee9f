package temporalserver

import (
	"context"
	"strings"
	"sync/atomic"
	"time"

	"go.temporal.io/server/common/dynamicconfig"
	"google.golang.org/grpc"
)

// saRefreshWindow is how long after a change of the search attributes the
// server reads them from its database on every use.
const saRefreshWindow = 10 * time.Second

// saRefresh drives the server's ForceSearchAttributesCacheRefreshOnRead.
// Always on, it made every row of a visibility page read the attributes from
// the database (a page of 1,000 cases: 1,000 reads, past the server's
// persistence rate limit; a report of 1,500 cases failed on it). It is on
// only while the server starts and for a while after the attributes change
// through its frontend, so one added a moment ago can be used at once;
// otherwise the server's cache (refreshed every minute) serves.
type saRefresh struct{ until atomic.Int64 }

func newSARefresh() *saRefresh {
	r := &saRefresh{}
	r.extend()
	return r
}

func (r *saRefresh) extend() { r.until.Store(time.Now().Add(saRefreshWindow).UnixNano()) }

func (r *saRefresh) on() bool { return time.Now().UnixNano() < r.until.Load() }

// intercept is a frontend interceptor: an AddSearchAttributes or
// RemoveSearchAttributes opens the window, from before the change until
// saRefreshWindow after it.
func (r *saRefresh) intercept(ctx context.Context, req any, info *grpc.UnaryServerInfo,
	handler grpc.UnaryHandler) (any, error) {
	if strings.HasSuffix(info.FullMethod, "/AddSearchAttributes") ||
		strings.HasSuffix(info.FullMethod, "/RemoveSearchAttributes") {
		r.extend()
		defer r.extend()
	}
	return handler(ctx, req)
}

// dynamicClient is the server's dynamic config: fixed settings, and the
// search attributes' refresh as saRefresh says.
type dynamicClient struct {
	static  dynamicconfig.StaticClient
	refresh *saRefresh
}

func (c dynamicClient) GetValue(key dynamicconfig.Key) []dynamicconfig.ConstrainedValue {
	if key == dynamicconfig.ForceSearchAttributesCacheRefreshOnRead.Key() {
		return []dynamicconfig.ConstrainedValue{{Value: c.refresh.on()}}
	}
	return c.static.GetValue(key)
}
