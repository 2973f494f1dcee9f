package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func writeCSV(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "team.csv")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// A file with bad rows starts nothing: every problem is named with its line
// and the exit is 2 before any server is dialled (run's port 1 would make a
// dial exit 1).
func TestImportOfABadFileStartsNothingAndNamesEveryLine(t *testing.T) {
	file := writeCSV(t, "kind,name,source_email,target_email,cert_email,apn_email,lang\n"+
		"merge,Taro Yamada,taro@personal.example,taro@corp.example,,,ja\n"+ // line 2: fine
		"fax,Nobody,,,,,\n"+ // line 3: unknown kind
		"share,Hanako Sato,,,not-an-address,hanako@corp.example,ja\n"+ // line 4: bad address
		"merge,Taro Yamada,taro@personal.example,other@corp.example,,,ja\n"+ // line 5: same person as line 2
		"share,,,,a@x.example,b@corp.example,fr\n"+ // line 6: no name, bad lang
		"merge,\"Ken\nIto\",ken@old.example,ken@corp.example,,,ja\n") // lines 7-8: a name on two lines
	code, out, errOut := run("import", file)
	if code != 2 || out != "" {
		t.Fatalf("exit %d, stdout %q; want 2 and nothing", code, out)
	}
	for _, want := range []string{
		`line 3: kind "fax": use merge or share`,
		`line 4: cert_email "not-an-address" is not a plain e-mail address`,
		"line 5: merge of source_email taro@personal.example is already on line 2",
		"line 6: name is required", `line 6: lang "fr": use ja or en`,
		"line 7: name must be one line",
		"6 problem(s); nothing was started",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, "line 2:") {
		t.Errorf("the good line 2 was reported:\n%s", errOut)
	}
}

func TestImportRefusesAMisspeltHeaderAndHintsAtTheSeparator(t *testing.T) {
	code, _, errOut := run("import", writeCSV(t, "kind,name,cert_mail,apn_email\nshare,H,a@x.example,b@x.example\n"))
	if code != 2 || !strings.Contains(errOut, `unknown column "cert_mail"`) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	code, _, errOut = run("import", writeCSV(t, "kind;name;cert_email;apn_email\nshare;H;a@x.example;b@x.example\n"))
	if code != 2 || !strings.Contains(errOut, "--comma ';'") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if code, _, errOut = run("import", "--comma", ";;", "x.csv"); code != 2 || !strings.Contains(errOut, "one character") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}

// A sheet saved by Excel in a ';' locale: BOM, CRLF, ';' and quoted fields.
func TestImportDryRunReadsASpreadsheetExport(t *testing.T) {
	file := writeCSV(t, "\xef\xbb\xbfKind;Name;Cert_Email;APN_Email;Lang\r\n"+
		"share;\"Sato; Hanako\";hanako@personal.example;hanako@corp.example;\r\n"+
		";;;;\r\n"+
		"share;佐藤 次郎;jiro@personal.example;jiro@corp.example;en\r\n")
	code, out, errOut := run("import", "--comma", ";", "--dry-run", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	id := regexp.MustCompile(`share-import-[a-z2-7]{16}`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "line 2: would start share case ") ||
		!strings.HasPrefix(lines[1], "line 4: would start share case ") || !id.MatchString(lines[0]) ||
		!strings.Contains(lines[0], "Sato; Hanako (hanako@personal.example)") || !strings.Contains(lines[1], "佐藤 次郎") ||
		lines[2] != "2 case(s) would start (dry run: nothing was started)" {
		t.Fatalf("dry run printed:\n%s", out)
	}
	// The ID is the kind and the addresses: the same row, however spelt,
	// names the same case.
	_, again, _ := run("import", "--dry-run", writeCSV(t, "kind,name,cert_email,apn_email\nSHARE,Hanako,Hanako@Personal.example,hanako@corp.example\n"))
	if got, want := id.FindString(again), id.FindString(lines[0]); got != want {
		t.Fatalf("the same addresses gave IDs %s and %s", got, want)
	}
}

func TestTheSampleSheetIsValid(t *testing.T) {
	code, out, errOut := run("import", "--dry-run", filepath.Join("..", "..", "docs", "examples", "team.csv"))
	if code != 0 || !strings.Contains(out, "5 case(s) would start") {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
}
