// Command temporalcli is the part of the `temporal` CLI that
// compose/temporal/create-namespace.sh uses, so CI runs that script itself
// without the CLI (which is not packaged for Debian): installed as
// `temporal` on the script's PATH, it answers
//
//	temporal operator cluster health                                   --address A
//	temporal operator namespace describe --namespace N                 --address A
//	temporal operator namespace create   --namespace N --retention D   --address A
//	temporal operator search-attribute list   --namespace N            --address A
//	temporal operator search-attribute create --namespace N --name S --type Keyword --address A
//
// through the server's own gRPC API, with the exit status the script tests.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/api/workflowservice/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/protobuf/types/known/durationpb"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "temporal:", err)
		os.Exit(1)
	}
}

// options are the flags the script passes, wherever they stand.
type options struct {
	address, namespace, retention, name, typ string
}

func run(args []string, out io.Writer) error {
	var words []string
	for len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		words, args = append(words, args[0]), args[1:]
	}
	var o options
	fs := flag.NewFlagSet("temporal", flag.ContinueOnError)
	fs.StringVar(&o.address, "address", "127.0.0.1:7233", "frontend host:port")
	fs.StringVar(&o.namespace, "namespace", "default", "namespace")
	fs.StringVar(&o.retention, "retention", "72h", "retention of closed workflows")
	fs.StringVar(&o.name, "name", "", "search attribute name")
	fs.StringVar(&o.typ, "type", "Keyword", "search attribute type")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := grpc.NewClient(o.address, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	return dispatch(ctx, conn, strings.Join(words, " "), o, out)
}

func dispatch(ctx context.Context, conn *grpc.ClientConn, cmd string, o options, out io.Writer) error {
	ws, ops := workflowservice.NewWorkflowServiceClient(conn), operatorservice.NewOperatorServiceClient(conn)
	switch cmd {
	case "operator cluster health":
		resp, err := grpc_health_v1.NewHealthClient(conn).Check(ctx,
			&grpc_health_v1.HealthCheckRequest{Service: "temporal.api.workflowservice.v1.WorkflowService"})
		if err != nil {
			return err
		}
		if resp.Status != grpc_health_v1.HealthCheckResponse_SERVING {
			return fmt.Errorf("frontend is %s", resp.Status)
		}
		fmt.Fprintln(out, "SERVING")
		return nil
	case "operator namespace describe":
		_, err := ws.DescribeNamespace(ctx, &workflowservice.DescribeNamespaceRequest{Namespace: o.namespace})
		return err
	case "operator namespace create":
		d, err := time.ParseDuration(o.retention)
		if err != nil {
			return fmt.Errorf("--retention: %w", err)
		}
		_, err = ws.RegisterNamespace(ctx, &workflowservice.RegisterNamespaceRequest{
			Namespace: o.namespace, WorkflowExecutionRetentionPeriod: durationpb.New(d)})
		return err
	case "operator search-attribute list":
		resp, err := ops.ListSearchAttributes(ctx, &operatorservice.ListSearchAttributesRequest{Namespace: o.namespace})
		if err != nil {
			return err
		}
		var names []string
		for n, t := range resp.CustomAttributes {
			names = append(names, n+" "+t.String())
		}
		sort.Strings(names)
		fmt.Fprintln(out, strings.Join(names, "\n"))
		return nil
	case "operator search-attribute create":
		t, ok := enumspb.IndexedValueType_value["INDEXED_VALUE_TYPE_"+strings.ToUpper(o.typ)]
		if o.name == "" || !ok {
			return errors.New("--name and a --type such as Keyword are needed")
		}
		_, err := ops.AddSearchAttributes(ctx, &operatorservice.AddSearchAttributesRequest{Namespace: o.namespace,
			SearchAttributes: map[string]enumspb.IndexedValueType{o.name: enumspb.IndexedValueType(t)}})
		return err
	}
	return fmt.Errorf("unknown command %q (only what create-namespace.sh uses is here)", cmd)
}
