package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/temporal"

	"github.com/certflow/certflow/config"
)

// dialTimeout bounds the dial: a server that does not answer is reported,
// not waited for.
const dialTimeout = 10 * time.Second

// withClient loads the settings, dials Temporal, runs do and closes the
// connection: every command that talks to the server goes through here.
func (r *runner) withClient(ctx context.Context, do func(ctx context.Context) error) error {
	if err := r.connect(ctx); err != nil {
		return err
	}
	defer r.close()
	return do(ctx)
}

func (r *runner) connect(ctx context.Context) error {
	cfg, err := config.LoadFrom[config.Starter](r.env)
	if err != nil {
		return err
	}
	r.cfg = cfg
	dialCtx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	c, err := client.DialContext(dialCtx, client.Options{
		HostPort:  cfg.Address,
		Namespace: cfg.Namespace,
		Logger:    sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler)),
	})
	if err != nil {
		return fmt.Errorf("cannot reach Temporal at %s (TEMPORAL_ADDRESS); "+
			"is the dev stack or a worker's cluster running? %w", cfg.Address, err)
	}
	r.client = c
	return nil
}

func (r *runner) close() {
	if r.client != nil {
		r.client.Close()
	}
}

// errAlreadyStarted: a case with that ID exists (running or closed).
var errAlreadyStarted = errors.New("a case with this ID already exists")

// A caseCall is what the CLI asked of a workflow, for the words of
// Temporal's errors about it.
type caseCall struct {
	// name is the command, as a refusal names it ("approve refused: …").
	name string
	// running: only a running workflow takes the call (a signal or an
	// update); a closed one still answers a query.
	running bool
	// failed says what could not be done, with %s for the workflow ID.
	failed string
}

// explain puts Temporal's error about workflow id in the operator's words:
// an ID that exists, a case that does not (or no longer runs), a refusal
// by the case's validator, or anything else with what was being done.
func explain(err error, id string, call caseCall) error {
	var exists *serviceerror.WorkflowExecutionAlreadyStarted
	var notFound *serviceerror.NotFound
	var refused *temporal.ApplicationError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &exists):
		return errAlreadyStarted
	case errors.As(err, &notFound) && call.running:
		return fmt.Errorf("no running case %s", id)
	case errors.As(err, &notFound):
		return fmt.Errorf("no case %s", id)
	case errors.As(err, &refused):
		return fmt.Errorf("%s refused: %s", call.name, refused.Message())
	}
	return fmt.Errorf(call.failed+": %w", id, err)
}
