// Command airtable-connect walks a person through creating an Airtable
// personal access token, verifies it live and saves it safely. Everything
// but the process exit lives in package cli.
package main

import (
	"context"
	"os"

	"github.com/airtable-connect/airtable-connect/cli"
)

// Set at release time with -ldflags "-X main.version=... -X main.commit=...
// -X main.date=...". Builds made with go install fall back to the module's
// build information.
var (
	version = ""
	commit  = ""
	date    = ""
)

func main() {
	build := cli.Build{Version: version, Commit: commit, Date: date}
	os.Exit(cli.Execute(context.Background(), build))
}
