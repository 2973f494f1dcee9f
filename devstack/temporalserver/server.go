// Package temporalserver runs a whole Temporal server, and its Web UI, inside
// the dev stack's process, with SQLite in one file so cases survive a
// restart. It follows the server's own temporaltest "lite" setup, which
// cannot be imported (it is internal) and keeps its database in memory.
package temporalserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/server/common/authorization"
	"go.temporal.io/server/common/cluster"
	"go.temporal.io/server/common/config"
	"go.temporal.io/server/common/dynamicconfig"
	"go.temporal.io/server/common/log"
	sqliteplugin "go.temporal.io/server/common/persistence/sql/sqlplugin/sqlite"
	"go.temporal.io/server/schema/sqlite"
	"go.temporal.io/server/temporal"

	uiserver "github.com/temporalio/ui-server/v2/server"
	uiconfig "github.com/temporalio/ui-server/v2/server/config"
	uioptions "github.com/temporalio/ui-server/v2/server/server_options"
)

// Config says where the server listens and keeps its data.
type Config struct {
	// DatabaseFile is the SQLite file; it and its schema are created when missing.
	DatabaseFile string
	// FrontendPort is the gRPC port on 127.0.0.1 clients use; 0 picks a free
	// one. The server's other services take the seven ports after it.
	FrontendPort int
	// UIPort is the Web UI's HTTP port on 127.0.0.1; 0 picks a free one; -1 runs no UI.
	UIPort int
	// Namespace is created on start if missing.
	Namespace string
	// SearchAttributes are registered in Namespace, with their types, when
	// the database is created (the worker adds those missing later).
	SearchAttributes map[string]enumspb.IndexedValueType
	// MaxSignalsPerExecution lowers the server's limit on signals to one
	// workflow run (Temporal's default is 10,000), so a test can reach it;
	// 0 keeps the default.
	MaxSignalsPerExecution int
	// SuggestContinueAsNewAfter lowers the history length (events) past
	// which the server suggests continuing as new, so a test can reach it;
	// 0 keeps the default.
	SuggestContinueAsNewAfter int
}

// Server is a running Temporal server.
type Server struct {
	server   temporal.Server
	ui       *uiserver.Server
	frontend string
	uiURL    string
}

const host = "127.0.0.1"

// Start starts the server and, unless disabled, the Web UI, and returns once
// the frontend answers.
func Start(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Namespace == "" {
		cfg.Namespace = "default"
	}
	ports, err := freePorts(cfg.FrontendPort, 8)
	if err != nil {
		return nil, err
	}
	if cfg.UIPort >= 0 {
		if cfg.UIPort, err = checkPort(cfg.UIPort); err != nil {
			return nil, err
		}
	}
	sqlConfig, err := openDatabase(cfg)
	if err != nil {
		return nil, err
	}
	frontend := net.JoinHostPort(host, strconv.Itoa(ports[0]))
	srv, err := newServer(cfg, serverConfig(sqlConfig, frontend, ports))
	if err != nil {
		return nil, err
	}
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("start the Temporal server: %w", err)
	}
	s := &Server{server: srv, frontend: frontend}
	if err := s.waitReady(ctx, cfg.Namespace); err != nil {
		_ = srv.Stop() // the wait's error is the one to report
		return nil, err
	}
	if cfg.UIPort >= 0 {
		s.startUI(cfg.UIPort, cfg.Namespace)
	}
	return s, nil
}

// openDatabase creates the SQLite file and its schema when missing, and the
// namespace with its search attributes, and returns the server's SQL
// settings for it.
func openDatabase(cfg Config) (*config.SQL, error) {
	dir := filepath.Dir(cfg.DatabaseFile)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	sqlConfig := &config.SQL{
		PluginName:        sqliteplugin.PluginName,
		DatabaseName:      cfg.DatabaseFile,
		ConnectAttributes: map[string]string{"mode": "rwc", "_journal_mode": "wal", "_synchronous": "2"},
	}
	if _, err := os.Stat(cfg.DatabaseFile); errors.Is(err, os.ErrNotExist) {
		if err := sqlite.SetupSchema(sqlConfig); err != nil {
			return nil, fmt.Errorf("create the Temporal schema in %s: %w", cfg.DatabaseFile, err)
		}
	}
	nsConfig, err := sqlite.NewNamespaceConfig("active", cfg.Namespace, false, cfg.SearchAttributes)
	if err != nil {
		return nil, err
	}
	if err := sqlite.CreateNamespaces(sqlConfig, nsConfig); err != nil {
		return nil, fmt.Errorf("create namespace %s: %w", cfg.Namespace, err)
	}
	return sqlConfig, nil
}

// serverConfig is one cluster of all four services on loopback, on SQLite,
// archival off: ports[0] is the frontend's gRPC port, the others the
// services' membership and gRPC ports.
func serverConfig(sqlConfig *config.SQL, frontend string, ports []int) *config.Config {
	service := func(grpc, membership int) config.Service {
		return config.Service{RPC: config.RPC{GRPCPort: grpc, MembershipPort: membership, BindOnIP: host}}
	}
	return &config.Config{
		Global: config.Global{
			Membership: config.Membership{MaxJoinDuration: 30 * time.Second, BroadcastAddress: host},
			PProf:      config.PProf{Port: 0},
		},
		Persistence: config.Persistence{
			DefaultStore: sqliteplugin.PluginName, VisibilityStore: sqliteplugin.PluginName, NumHistoryShards: 1,
			DataStores: map[string]config.DataStore{sqliteplugin.PluginName: {SQL: sqlConfig}},
		},
		ClusterMetadata: &cluster.Config{
			EnableGlobalNamespace: false, FailoverVersionIncrement: 10,
			MasterClusterName: "active", CurrentClusterName: "active",
			ClusterInformation: map[string]cluster.ClusterInformation{
				"active": {Enabled: true, InitialFailoverVersion: 1, RPCAddress: frontend},
			},
		},
		DCRedirectionPolicy: config.DCRedirectionPolicy{Policy: "noop"},
		Services: map[string]config.Service{
			"frontend": service(ports[0], ports[1]),
			"history":  service(ports[2], ports[3]),
			"matching": service(ports[4], ports[5]),
			"worker":   service(ports[6], ports[7]),
		},
		Archival: config.Archival{
			History:    config.HistoryArchival{State: "disabled"},
			Visibility: config.VisibilityArchival{State: "disabled"},
		},
		PublicClient: config.PublicClient{HostPort: frontend},
		NamespaceDefaults: config.NamespaceDefaults{Archival: config.ArchivalNamespaceDefaults{
			History:    config.HistoryArchivalNamespaceDefaults{State: "disabled"},
			Visibility: config.VisibilityArchivalNamespaceDefaults{State: "disabled"},
		}},
	}
}

// newServer builds the server of serverConfig with its logger, the default
// authorizer, and certflow's dynamic settings.
func newServer(cfg Config, serverConfig *config.Config) (temporal.Server, error) {
	authorizer, err := authorization.GetAuthorizerFromConfig(&serverConfig.Global.Authorization)
	if err != nil {
		return nil, err
	}
	// The server logs a great deal, errors included, in normal operation
	// (for example every long poll cut at shutdown); keep it out of the
	// newcomer's terminal, in a file beside the database.
	logger := log.NewZapLogger(log.BuildZapLogger(log.Config{
		Level: "warn", OutputFile: filepath.Join(filepath.Dir(cfg.DatabaseFile), "temporal.log"),
	}))
	claimMapper, err := authorization.GetClaimMapperFromConfig(&serverConfig.Global.Authorization, logger)
	if err != nil {
		return nil, err
	}
	refresh := newSARefresh()
	srv, err := temporal.NewServer(
		temporal.WithConfig(serverConfig),
		temporal.ForServices(temporal.DefaultServices),
		temporal.WithLogger(logger),
		temporal.WithAuthorizer(authorizer),
		temporal.WithClaimMapper(func(*config.Config) authorization.ClaimMapper { return claimMapper }),
		temporal.WithDynamicConfigClient(dynamicClient{static: dynamicSettings(cfg), refresh: refresh}),
		temporal.WithChainedFrontendGrpcInterceptors(refresh.intercept),
	)
	if err != nil {
		return nil, fmt.Errorf("configure the Temporal server: %w", err)
	}
	return srv, nil
}

func dynamicSettings(cfg Config) dynamicconfig.StaticClient {
	settings := dynamicconfig.StaticClient{}
	if cfg.MaxSignalsPerExecution > 0 {
		settings[dynamicconfig.MaximumSignalsPerExecution.Key()] =
			[]dynamicconfig.ConstrainedValue{{Value: cfg.MaxSignalsPerExecution}}
	}
	if cfg.SuggestContinueAsNewAfter > 0 {
		settings[dynamicconfig.HistoryCountSuggestContinueAsNew.Key()] =
			[]dynamicconfig.ConstrainedValue{{Value: cfg.SuggestContinueAsNewAfter}}
	}
	return settings
}

// Frontend is the host:port clients dial.
func (s *Server) Frontend() string { return s.frontend }

// UIURL is the Web UI's base URL, "" when it does not run.
func (s *Server) UIURL() string { return s.uiURL }

// Stop stops the UI and the server.
func (s *Server) Stop() error {
	if s.ui != nil {
		s.ui.Stop()
	}
	return s.server.Stop()
}

func (s *Server) startUI(port int, namespace string) {
	s.ui = uiserver.NewServer(uioptions.WithConfigProvider(&uiconfig.Config{
		Host:                host,
		Port:                port,
		TemporalGRPCAddress: s.frontend,
		EnableUI:            true,
		DefaultNamespace:    namespace,
		HideLogs:            true,
		DisableNewsFetch:    true,
		CORS:                uiconfig.CORS{CookieInsecure: true},
	}))
	s.uiURL = fmt.Sprintf("http://%s:%d", host, port)
	// Start serves until Stop, and then returns the server's close. The port
	// was found free just before; were it taken since, the page would not
	// load and the cases would run on: the UI is only for looking.
	go func() { _ = s.ui.Start() }()
}

// waitReady polls until the namespace can be described: the frontend is up
// and the namespace registry has loaded.
func (s *Server) waitReady(ctx context.Context, namespace string) error {
	deadline := time.Now().Add(time.Minute)
	var lastErr error
	for time.Now().Before(deadline) {
		c, err := client.Dial(client.Options{HostPort: s.frontend, Namespace: namespace,
			Logger: sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler))})
		if err == nil {
			_, err = c.WorkflowService().DescribeNamespace(ctx,
				&workflowservice.DescribeNamespaceRequest{Namespace: namespace})
			c.Close()
			if err == nil {
				return nil
			}
		}
		lastErr = err
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	return fmt.Errorf("the Temporal server did not become ready: %w", lastErr)
}

// freePorts returns n consecutive free ports on 127.0.0.1 starting at first,
// or at a free base picked at random when first is 0. Consecutive, fixed
// ports matter across restarts: the server finds its peers from membership
// rows in its database, and rows left by the previous run then point at the
// new run's services instead of at dead ports. A random base is taken below
// Linux's ephemeral range (32768 and up), so no port the kernel hands out
// meanwhile (for a test's listener or an outgoing connection) can take one
// of them between this check and the server's bind.
func freePorts(first, n int) ([]int, error) {
	if first != 0 {
		return consecutive(first, n)
	}
	var lastErr error
	for try := 0; try < 50; try++ {
		ports, err := consecutive(20000+rand.IntN(12000), n)
		if err == nil {
			return ports, nil
		}
		lastErr = err
	}
	return nil, fmt.Errorf("no %d consecutive free ports found: %w", n, lastErr)
}

func consecutive(base, n int) ([]int, error) {
	var out []int
	for p := base; p < base+n; p++ {
		if _, err := checkPort(p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// checkPort binds port (0: any) to prove it free and returns the number.
func checkPort(port int) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return 0, fmt.Errorf("port %d on %s is not free: %w", port, host, err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
