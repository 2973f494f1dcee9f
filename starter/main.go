// Command starter is certflow's operator CLI: `starter merge …` starts a
// case, `starter status ID` shows it. Run `starter --help` for every command.
package main

import (
	"os"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/starter/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], config.Environ(), os.Stdout, os.Stderr))
}
