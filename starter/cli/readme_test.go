package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shellCommands returns the command lines of a Markdown file's ```sh
// blocks, each without its trailing comment and with its spaces collapsed.
func shellCommands(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	inBlock := false
	for _, line := range strings.Split(string(data), "\n") {
		switch trimmed := strings.TrimSpace(line); {
		case strings.HasPrefix(trimmed, "```"):
			inBlock = !inBlock && trimmed == "```sh"
		case inBlock:
			cmd, _, _ := strings.Cut(trimmed, " #")
			if cmd = strings.Join(strings.Fields(cmd), " "); cmd != "" && !strings.HasPrefix(cmd, "#") {
				out = append(out, cmd)
			}
		}
	}
	return out
}

// The Japanese README shows only commands that README.md shows too, so the
// two cannot drift apart: a command renamed in one is caught here.
func TestJapaneseReadmeCommandsAreInReadme(t *testing.T) {
	english := map[string]bool{}
	for _, c := range shellCommands(t, "README.md") {
		english[c] = true
	}
	japanese := shellCommands(t, "README.ja.md")
	if len(japanese) < 15 {
		t.Fatalf("README.ja.md shows only %d commands: %q", len(japanese), japanese)
	}
	for _, c := range japanese {
		if !english[c] {
			t.Errorf("README.ja.md shows %q, which README.md does not", c)
		}
	}
}
