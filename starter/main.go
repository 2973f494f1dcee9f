// Command starter is certflow's operator CLI: `starter merge …` starts a
// case, `starter status ID` shows it. Run `starter --help` for every command.
package main

import (
	"os"
	"strings"

	"github.com/certflow/certflow/starter/cli"
)

func main() {
	env := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	os.Exit(cli.Main(os.Args[1:], env, os.Stdout, os.Stderr))
}
