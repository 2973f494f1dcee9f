package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
)

// listIDs returns the IDs `starter list --json` shows, once visibility
// shows at least want of them (it catches up a moment after a start).
func listIDs(t *testing.T, s *stack, want int) map[string]string {
	t.Helper()
	var ids map[string]string
	for i := 0; i < 100; i++ {
		code, out, errOut := starter(t, s, "list", "--json")
		if code != 0 {
			t.Fatalf("list: %s", errOut)
		}
		var rows []struct{ ID, Kind string }
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatal(err)
		}
		ids = map[string]string{}
		for _, r := range rows {
			ids[r.ID] = r.Kind
		}
		if len(ids) >= want {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return ids
}

// A team is started from a sheet on the dev stack's Temporal: every row
// once, a second import starts nothing new, and a bad sheet starts nothing.
func TestImportStartsATeamOnce(t *testing.T) {
	s := testStackWith(t, config.Devstack{
		Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: 100 * time.Millisecond,
		EmployeeDomain: "corp.example", EmployeeDelay: 100 * time.Millisecond,
	}, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_SHARE_WAIT": "1s"})
	defer func() { _ = s.stop() }()
	sample := filepath.Join("..", "docs", "examples", "team.csv")

	code, out, errOut := starter(t, s, "import", sample)
	if code != 0 || !strings.HasSuffix(out, "5 started, 0 already started, 0 failed\n") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	started := regexp.MustCompile(`(?m)^line \d: (merge|share) case ((merge|share)-import-[a-z2-7]{16}) started$`).FindAllStringSubmatch(out, -1)
	if len(started) != 5 {
		t.Fatalf("import did not say started for each row:\n%s", out)
	}
	ids := listIDs(t, s, 5)
	for _, m := range started {
		if ids[m[2]] != m[1] {
			t.Fatalf("%s is not listed as a %s case: %v", m[2], m[1], ids)
		}
	}

	code, out, errOut = starter(t, s, "import", sample)
	if code != 0 || strings.Count(out, " already started\n") != 5 || !strings.HasSuffix(out, "0 started, 5 already started, 0 failed\n") {
		t.Fatalf("re-import: exit %d\n%s%s", code, out, errOut)
	}

	// A sheet from a ';' spreadsheet with a BOM: one good row and one bad
	// one starts nothing; fixed, it starts its row.
	bad := filepath.Join(t.TempDir(), "excel.csv")
	sheet := "\xef\xbb\xbfkind;name;cert_email;apn_email\r\nshare;Jiro Sato;jiro@personal.example;jiro.sato@corp.example\r\n"
	if err := os.WriteFile(bad, []byte(sheet+"share;Nobody;nobody;n@corp.example\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut = starter(t, s, "import", "--comma", ";", bad); code != 2 || !strings.Contains(errOut, "line 3: cert_email") {
		t.Fatalf("bad sheet: exit %d %s", code, errOut)
	}
	time.Sleep(time.Second) // what a wrong start would need to reach visibility
	if n := len(listIDs(t, s, 0)); n != 5 {
		t.Fatalf("a bad sheet started something: %d cases", n)
	}
	if err := os.WriteFile(bad, []byte(sheet), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut = starter(t, s, "import", "--comma", ";", bad); code != 0 || !strings.Contains(out, "1 started, 0 already started") {
		t.Fatalf("fixed sheet: exit %d\n%s%s", code, out, errOut)
	}
}
