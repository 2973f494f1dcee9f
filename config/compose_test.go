package config_test

// No Docker engine runs on the machines the tests run on, so this test is
// the check of docker-compose.yml and docker-compose.mail.yml: it loads them
// with compose-go, the library Docker Compose itself uses, after the
// README's first step (.env.example copied to .env), and holds them to what
// certflow reads and needs.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
	enumspb "go.temporal.io/api/enums/v1"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/workflows"
)

const repo = ".."

var (
	baseServices = []string{"postgresql", "temporal-admin-tools", "temporal", "temporal-create-namespace", "temporal-ui", "certflow-worker"}
	mailServices = []string{"mail", "aws-desk"}
)

// loadCompose loads the compose files, named relative to the repository,
// from a copy of them next to a .env copied from .env.example, so neither a
// developer's own .env nor the shell's environment changes the result.
func loadCompose(t *testing.T, profiles []string, files ...string) (*types.Project, string) {
	t.Helper()
	dir := t.TempDir()
	copies := []string{}
	for _, f := range append([]string{".env.example"}, files...) {
		b, err := os.ReadFile(filepath.Join(repo, f))
		if err != nil {
			t.Fatal(err)
		}
		to := filepath.Join(dir, f)
		if f == ".env.example" {
			to = filepath.Join(dir, ".env")
		} else {
			copies = append(copies, to)
		}
		if err := os.WriteFile(to, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	opts, err := cli.NewProjectOptions(copies,
		cli.WithWorkingDirectory(dir),
		cli.WithEnvFiles(filepath.Join(dir, ".env")),
		cli.WithDotEnv,
		cli.WithProfiles(profiles),
	)
	if err != nil {
		t.Fatal(err)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("compose files %v do not load: %v", files, err)
	}
	return p, dir
}

func service(t *testing.T, p *types.Project, name string) types.ServiceConfig {
	t.Helper()
	s, ok := p.Services[name]
	if !ok {
		t.Fatalf("service %s is missing (services: %v)", name, p.ServiceNames())
	}
	return s
}

// environment is a service's resolved environment: env_file, then environment:.
func environment(s types.ServiceConfig) map[string]string {
	out := map[string]string{}
	for k, v := range s.Environment {
		if v != nil {
			out[k] = *v
		}
	}
	return out
}

// rawEnvironmentKeys lists the keys a compose file sets in a service's
// environment: block (not from its env_file).
func rawEnvironmentKeys(t *testing.T, file, svc string) []string {
	t.Helper()
	opts, err := cli.NewProjectOptions([]string{filepath.Join(repo, file)},
		cli.WithWorkingDirectory(repo), cli.WithEnvFiles(filepath.Join(repo, ".env.example")), cli.WithDotEnv)
	if err != nil {
		t.Fatal(err)
	}
	model, err := opts.LoadModel(context.Background())
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	services, _ := model["services"].(map[string]any)
	s, _ := services[svc].(map[string]any)
	var keys []string
	switch env := s["environment"].(type) {
	case map[string]any:
		for k := range env {
			keys = append(keys, k)
		}
	case []any:
		for _, kv := range env {
			k, _, _ := strings.Cut(fmt.Sprint(kv), "=")
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func variableNames(vars []config.Variable) map[string]bool {
	out := map[string]bool{}
	for _, v := range vars {
		out[v.Name] = true
	}
	return out
}

// envFileKeys lists the variables a .env-format file sets.
func envFileKeys(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var keys []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, _, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: not a VAR=value line: %q", path, line)
		}
		keys = append(keys, k)
	}
	return keys
}

// requiredWorkerVariables asks the config which worker settings it cannot do
// without, rather than keeping a second list here.
func requiredWorkerVariables(t *testing.T) []string {
	t.Helper()
	_, err := config.LoadFrom[config.Worker](map[string]string{})
	var cfgErr *config.Error
	if !errors.As(err, &cfgErr) {
		t.Fatalf("an empty environment loads as a worker config (err %v): the test cannot learn the required settings", err)
	}
	var out []string
	for name, problem := range cfgErr.Problems {
		if problem == "required, not set" {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		t.Fatal("the config reports no required worker setting")
	}
	return out
}

// goModVersion is the version go.mod requires of module.
func goModVersion(t *testing.T, module string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(module) + `\s+v(\S+)`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("go.mod does not require %s", module)
	}
	return string(m[1])
}

// pinnedTag reports whether an image reference names one specific build: a
// digest, or a tag carrying a full version (1.32.1, 16.15) or a date
// (bookworm-20260824-slim); never latest, never a bare major (16, 16-alpine).
func pinnedTag(ref string) bool {
	if strings.Contains(ref, "@sha256:") {
		return true
	}
	i := strings.LastIndex(ref, ":")
	if i < 0 || strings.Contains(ref[i:], "/") {
		return false // no tag: latest
	}
	tag := ref[i+1:]
	if tag == "latest" || strings.Contains(tag, "latest") {
		return false
	}
	return regexp.MustCompile(`^v?\d+\.\d+(\.\d+)*([-_.][A-Za-z0-9.]+)*$|\d{8}`).MatchString(tag)
}

func TestPinnedTag(t *testing.T) {
	for ref, want := range map[string]bool{
		"postgres:16.15": true, "temporalio/server:1.32.1": true, "debian:bookworm-20260824-slim": true,
		"golang:1.26.8-bookworm": true, "gcr.io/distroless/static-debian12@sha256:0123": true,
		"postgres": false, "postgres:latest": false, "postgres:16": false, "postgres:16-alpine": false,
		"debian:bookworm-slim": false, "localhost:5000/x": false,
	} {
		if got := pinnedTag(ref); got != want {
			t.Errorf("pinnedTag(%q) = %v, want %v", ref, got, want)
		}
	}
}

func TestComposeServicesAndOrder(t *testing.T) {
	p, _ := loadCompose(t, nil, "docker-compose.yml")
	for _, name := range baseServices {
		service(t, p, name)
	}
	for _, name := range mailServices {
		if _, on := p.Services[name]; on {
			t.Errorf("service %s runs without --profile mail", name)
		}
		if _, off := p.DisabledServices[name]; !off {
			t.Errorf("service %s is not defined (as a disabled mail-profile service)", name)
		}
	}

	for _, d := range []struct{ svc, on, condition string }{
		{"temporal-admin-tools", "postgresql", types.ServiceConditionHealthy},
		{"temporal", "temporal-admin-tools", types.ServiceConditionCompletedSuccessfully},
		{"temporal-create-namespace", "temporal", types.ServiceConditionHealthy},
		{"temporal-ui", "temporal", types.ServiceConditionHealthy},
		{"certflow-worker", "temporal", types.ServiceConditionHealthy},
		{"certflow-worker", "temporal-create-namespace", types.ServiceConditionCompletedSuccessfully},
	} {
		dep, ok := service(t, p, d.svc).DependsOn[d.on]
		if !ok {
			t.Errorf("service %s does not depend on %s", d.svc, d.on)
		} else if dep.Condition != d.condition {
			t.Errorf("service %s waits for %s to be %q, want %q", d.svc, d.on, dep.Condition, d.condition)
		}
	}

	for _, name := range []string{"postgresql", "temporal", "certflow-worker"} {
		hc := service(t, p, name).HealthCheck
		if hc == nil || hc.Disable || len(hc.Test) == 0 {
			t.Errorf("service %s has no healthcheck", name)
		}
	}
	if hc := service(t, p, "postgresql").HealthCheck; hc != nil && !strings.Contains(strings.Join(hc.Test, " "), "pg_isready") {
		t.Errorf("postgresql's healthcheck does not use pg_isready: %v", hc.Test)
	}
	if hc := service(t, p, "certflow-worker").HealthCheck; hc != nil && !slices.Contains(hc.Test, "-healthcheck") {
		t.Errorf("the worker's healthcheck is not `worker -healthcheck`: %v", hc.Test)
	}
}

// Every image is pinned to one build, in the compose file and in every
// Dockerfile it builds; Temporal's images match the server version the dev
// stack embeds (go.mod), the Web UI the UI server it embeds.
func TestComposeImagesPinned(t *testing.T) {
	p, dir := loadCompose(t, []string{"mail"}, "docker-compose.yml", "docker-compose.mail.yml")
	server, ui := goModVersion(t, "go.temporal.io/server"), goModVersion(t, "github.com/temporalio/ui-server/v2")
	for name, s := range p.Services {
		if s.Build != nil {
			rel, err := filepath.Rel(dir, s.Build.Context)
			if err != nil || strings.HasPrefix(rel, "..") {
				t.Errorf("service %s builds from %q, outside the repository", name, s.Build.Context)
				continue
			}
			dockerfile := s.Build.Dockerfile
			if dockerfile == "" {
				dockerfile = "Dockerfile"
			}
			if !filepath.IsAbs(dockerfile) {
				dockerfile = filepath.Join(s.Build.Context, dockerfile)
			}
			rel, _ = filepath.Rel(dir, dockerfile)
			checkDockerfile(t, name, filepath.Join(repo, rel), s.Build.Target)
			continue
		}
		if !pinnedTag(s.Image) {
			t.Errorf("service %s: image %q is not pinned to a version", name, s.Image)
		}
		switch repoName, tag, _ := strings.Cut(s.Image, ":"); repoName {
		case "temporalio/server", "temporalio/admin-tools":
			if tag != server {
				t.Errorf("service %s: %s, but the project embeds Temporal server %s", name, s.Image, server)
			}
		case "temporalio/ui":
			if tag != ui {
				t.Errorf("service %s: %s, but the project embeds UI server %s", name, s.Image, ui)
			}
		}
	}
}

// checkDockerfile holds a Dockerfile's base images to the same rule, and
// checks the target stage exists.
func checkDockerfile(t *testing.T, svc, path, target string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("service %s: %v", svc, err)
		return
	}
	stages := map[string]bool{"scratch": true}
	from := regexp.MustCompile(`(?im)^FROM\s+(\S+)(?:\s+AS\s+(\S+))?`)
	for _, m := range from.FindAllStringSubmatch(string(b), -1) {
		if !stages[strings.ToLower(m[1])] && !pinnedTag(m[1]) {
			t.Errorf("%s (service %s): base image %q is not pinned to a version", path, svc, m[1])
		}
		if m[2] != "" {
			stages[strings.ToLower(m[2])] = true
		}
	}
	if target != "" && !stages[strings.ToLower(target)] {
		t.Errorf("service %s builds target %q, which %s does not define", svc, target, path)
	}
}

// What the worker gets is what certflow reads, and all it needs: the keys of
// the env file (.env, as copied from .env.example) are settings of config/,
// the environment: blocks set only worker settings, and every setting the
// worker requires is set, so the loaded environment passes config's own checks.
func TestComposeWorkerEnvironment(t *testing.T) {
	worker := variableNames(config.Variables[config.Worker]())
	all := variableNames(config.Variables[config.Worker]())
	for k := range variableNames(config.Variables[config.Devstack]()) {
		all[k] = true
	}
	for k := range variableNames(config.Variables[config.Desk]()) {
		all[k] = true
	}

	for _, key := range envFileKeys(t, filepath.Join(repo, ".env.example")) {
		if !all[key] {
			t.Errorf(".env.example (the worker's env file) sets %s, which config/ does not read", key)
		}
	}
	for _, file := range []string{"docker-compose.yml", "docker-compose.mail.yml"} {
		for _, key := range rawEnvironmentKeys(t, file, "certflow-worker") {
			if !worker[key] {
				t.Errorf("%s: certflow-worker's environment sets %s, which is not a worker setting", file, key)
			}
		}
	}

	required := requiredWorkerVariables(t)
	for _, variant := range []struct {
		name     string
		profiles []string
		files    []string
	}{
		{"real mailbox", nil, []string{"docker-compose.yml"}},
		{"mail profile", []string{"mail"}, []string{"docker-compose.yml", "docker-compose.mail.yml"}},
	} {
		t.Run(variant.name, func(t *testing.T) {
			p, dir := loadCompose(t, variant.profiles, variant.files...)
			s := service(t, p, "certflow-worker")
			if len(s.EnvFiles) != 1 || filepath.Base(s.EnvFiles[0].Path) != ".env" || filepath.Dir(s.EnvFiles[0].Path) != dir {
				t.Errorf("certflow-worker's env_file is %v, want the project's .env", s.EnvFiles)
			}
			env := environment(s)
			for _, name := range required {
				if strings.TrimSpace(env[name]) == "" {
					t.Errorf("certflow-worker: required setting %s is set neither by compose nor by .env.example", name)
				}
			}
			// Files named by the settings are container paths: check them
			// against the bind mounts instead of this machine.
			files := map[string]string{}
			for _, v := range s.Volumes {
				if v.Type == types.VolumeTypeBind {
					rel, _ := filepath.Rel(dir, v.Source)
					if _, err := os.Stat(filepath.Join(repo, rel)); err != nil {
						t.Errorf("certflow-worker mounts %s, which is not in the repository", rel)
					}
					files[v.Target] = rel
				}
			}
			for _, name := range []string{"CERTFLOW_DKIM_TXT_FILE", "CERTFLOW_AWS_PHRASES_FILE", "CERTFLOW_TEMPLATE_DIR"} {
				if path := env[name]; path != "" {
					if _, ok := files[path]; !ok {
						t.Errorf("certflow-worker: %s=%s is not mounted into the container", name, path)
					}
					delete(env, name)
				}
			}
			if _, err := config.LoadFrom[config.Worker](env); err != nil {
				t.Errorf("certflow-worker's environment does not load: %v", err)
			}
		})
	}
}

// The namespace job creates what the worker uses: its namespace and
// certflow's search attributes; the UI looks at the same frontend.
func TestComposeNamespaceJob(t *testing.T) {
	p, _ := loadCompose(t, nil, "docker-compose.yml")
	job := environment(service(t, p, "temporal-create-namespace"))
	worker := environment(service(t, p, "certflow-worker"))
	if job["NAMESPACE"] == "" || job["NAMESPACE"] != worker["TEMPORAL_NAMESPACE"] {
		t.Errorf("temporal-create-namespace creates namespace %q, the worker uses %q", job["NAMESPACE"], worker["TEMPORAL_NAMESPACE"])
	}
	want := searchAttributeSpecs()
	if got := strings.Fields(job["SEARCH_ATTRIBUTES"]); !slices.Equal(got, want) {
		t.Errorf("temporal-create-namespace creates search attributes %v, certflow uses %v", got, want)
	}
	// The CI tier runs the same script with its own list.
	ci, err := os.ReadFile(filepath.Join(repo, ".ci", "temporalcluster"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`SEARCH_ATTRIBUTES="([^"]*)"`).FindSubmatch(ci)
	if m == nil || !slices.Equal(strings.Fields(string(m[1])), want) {
		t.Errorf(".ci/temporalcluster does not create the search attributes certflow uses, %v", want)
	}
	if job["TEMPORAL_ADDRESS"] != worker["TEMPORAL_ADDRESS"] {
		t.Errorf("temporal-create-namespace talks to %q, the worker to %q", job["TEMPORAL_ADDRESS"], worker["TEMPORAL_ADDRESS"])
	}
	if ui := environment(service(t, p, "temporal-ui"))["TEMPORAL_ADDRESS"]; ui != worker["TEMPORAL_ADDRESS"] {
		t.Errorf("temporal-ui shows %q, the worker uses %q", ui, worker["TEMPORAL_ADDRESS"])
	}
	for _, name := range []string{"temporal-admin-tools", "temporal-create-namespace", "temporal"} {
		for _, v := range service(t, p, name).Volumes {
			if v.Type == types.VolumeTypeBind {
				rel, _ := filepath.Rel(filepath.Dir(p.ComposeFiles[0]), v.Source)
				if _, err := os.Stat(filepath.Join(repo, rel)); err != nil {
					t.Errorf("service %s mounts %s, which is not in the repository", name, rel)
				}
			}
		}
	}
}

// Secrets stay out of the committed files: no service but the worker (whose
// settings come from .env) gets a password in clear, the database password
// is a file the repository ignores, and so is .env.
func TestComposeSecrets(t *testing.T) {
	p, dir := loadCompose(t, nil, "docker-compose.yml")
	for name, s := range p.Services {
		if name == "certflow-worker" {
			continue
		}
		for k, v := range environment(s) {
			if (strings.Contains(k, "PASSWORD") || strings.Contains(k, "PWD")) && !strings.HasSuffix(k, "_FILE") && v != "" {
				t.Errorf("service %s: %s is set in the compose file", name, k)
			}
		}
	}
	for name, sec := range p.Secrets {
		rel, _ := filepath.Rel(dir, sec.File)
		if !ignored(t, rel) {
			t.Errorf("secret %s comes from %s, which .gitignore does not ignore", name, rel)
		}
	}
	if !ignored(t, ".env") {
		t.Error(".gitignore does not ignore .env")
	}
}

// ignored is a simple reading of .gitignore: a pattern equal to the path,
// or to one of its leading directories (with or without a trailing slash).
func ignored(t *testing.T, path string) bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repo, ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(line), "/"), "/")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if path == line || strings.HasPrefix(path, line+"/") {
			return true
		}
	}
	return false
}

// The mail profile: its services exist only there; the worker and the desk
// share the mail container's loopback; the desk is a sender the worker
// reads as AWS (its domain in CERTFLOW_AWS_SENDER_DOMAINS, not certflow's own)
// and the address merge requests go to.
func TestComposeMailProfile(t *testing.T) {
	p, _ := loadCompose(t, []string{"mail"}, "docker-compose.yml", "docker-compose.mail.yml")
	for name, s := range p.Services {
		inProfile := slices.Contains(s.Profiles, "mail")
		if inProfile != slices.Contains(mailServices, name) {
			t.Errorf("service %s: profiles %v; only %v belong to the mail profile", name, s.Profiles, mailServices)
		}
		if inProfile && len(s.Profiles) != 1 {
			t.Errorf("service %s: profiles %v, want only mail", name, s.Profiles)
		}
	}
	worker, desk := service(t, p, "certflow-worker"), service(t, p, "aws-desk")
	for _, s := range []types.ServiceConfig{worker, desk} {
		if s.NetworkMode != "service:mail" {
			t.Errorf("service %s: network_mode %q, want service:mail (plain text only on loopback)", s.Name, s.NetworkMode)
		}
		if dep, ok := s.DependsOn["mail"]; !ok || dep.Condition != types.ServiceConditionHealthy {
			t.Errorf("service %s does not wait for mail to be healthy", s.Name)
		}
	}
	if hc := service(t, p, "mail").HealthCheck; hc == nil || len(hc.Test) == 0 {
		t.Error("service mail has no healthcheck")
	}

	deskCfg, err := config.LoadFrom[config.Desk](environment(desk))
	if err != nil {
		t.Fatalf("aws-desk's environment does not load: %v", err)
	}
	env := environment(worker)
	_, deskDomain, _ := strings.Cut(deskCfg.Address, "@")
	from, err := mail.ParseAddress(env["CERTFLOW_MAIL_FROM"])
	if err != nil {
		t.Fatalf("CERTFLOW_MAIL_FROM: %v", err)
	}
	_, ownDomain, _ := strings.Cut(from.Address, "@")
	if !slices.Contains(strings.Split(env["CERTFLOW_AWS_SENDER_DOMAINS"], ","), deskDomain) {
		t.Errorf("the desk writes from %s, not in the worker's CERTFLOW_AWS_SENDER_DOMAINS %q", deskDomain, env["CERTFLOW_AWS_SENDER_DOMAINS"])
	}
	if deskDomain == ownDomain {
		t.Errorf("the desk writes from certflow's own domain %s", ownDomain)
	}
	if env["CERTFLOW_MERGE_SUPPORT_ADDRESS"] != deskCfg.Address {
		t.Errorf("merge requests go to %s, the desk is %s", env["CERTFLOW_MERGE_SUPPORT_ADDRESS"], deskCfg.Address)
	}
	if env["CERTFLOW_IMAP_ADDRESS"] == deskCfg.IMAPAddress && env["CERTFLOW_IMAP_USERNAME"] == deskCfg.Login {
		t.Error("the worker and the desk read the same mailbox")
	}
}

// The scripts the one-shot jobs and the temporal service run exist where
// their entrypoints look (through the bind mount) and parse as sh scripts.
func TestComposeEntrypointScripts(t *testing.T) {
	p, dir := loadCompose(t, nil, "docker-compose.yml")
	checked := 0
	for name, s := range p.Services {
		if len(s.Entrypoint) < 2 || s.Entrypoint[0] != "/bin/sh" {
			continue
		}
		script := s.Entrypoint[1]
		var host string
		for _, v := range s.Volumes {
			if v.Type == types.VolumeTypeBind && strings.HasPrefix(script, v.Target+"/") {
				rel, _ := filepath.Rel(dir, v.Source)
				host = filepath.Join(repo, rel, strings.TrimPrefix(script, v.Target+"/"))
			}
		}
		if host == "" {
			t.Errorf("service %s runs %s, which no bind mount provides", name, script)
			continue
		}
		if out, err := exec.Command("sh", "-n", host).CombinedOutput(); err != nil {
			t.Errorf("service %s: %s does not parse: %v\n%s", name, host, err, out)
		}
		checked++
	}
	if checked < 3 {
		t.Errorf("checked %d entrypoint scripts, want those of temporal-admin-tools, temporal and temporal-create-namespace", checked)
	}
}

// The schema job and both of Temporal's stores use one PostgreSQL port:
// the server's config template reads the visibility store's port from
// VISIBILITY_DB_PORT, so it is stated beside DB_PORT.
func TestComposeDatabasePort(t *testing.T) {
	p, _ := loadCompose(t, nil, "docker-compose.yml")
	server := environment(service(t, p, "temporal"))
	job := environment(service(t, p, "temporal-admin-tools"))
	if server["DB_PORT"] == "" || server["VISIBILITY_DB_PORT"] != server["DB_PORT"] || job["SQL_PORT"] != server["DB_PORT"] {
		t.Errorf("PostgreSQL's port: DB_PORT %q, VISIBILITY_DB_PORT %q, the schema job's SQL_PORT %q; want one port in all three",
			server["DB_PORT"], server["VISIBILITY_DB_PORT"], job["SQL_PORT"])
	}
}

// searchAttributeSpecs are certflow's search attributes as create-namespace.sh
// takes them: NAME for a Keyword, NAME:TYPE for another type.
func searchAttributeSpecs() []string {
	var specs []string
	for _, k := range workflows.SearchAttributeKeys() {
		spec := k.GetName()
		if t := k.GetValueType(); t != enumspb.INDEXED_VALUE_TYPE_KEYWORD {
			name := strings.TrimPrefix(t.String(), "INDEXED_VALUE_TYPE_")
			spec += ":" + name[:1] + strings.ToLower(name[1:])
		}
		specs = append(specs, spec)
	}
	return specs
}
