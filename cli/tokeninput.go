package cli

import (
	"fmt"
	"io"
	"strings"
)

// maxStdinToken bounds how much of stdin is read as a token. Anything near
// it is far too long for a token and is refused by the shape check.
const maxStdinToken = 64 << 10

// tokenSource says where a token given to a non-interactive command came
// from, for the one line that tells the person.
type tokenSource string

const (
	fromStdin tokenSource = "standard input"
	fromEnv   tokenSource = "AIRTABLE_TOKEN"
)

// readToken takes the token from stdin when stdin is not a terminal and holds
// something, and otherwise from AIRTABLE_TOKEN. It never reads a terminal:
// a token typed there would be echoed.
func readToken(env Env) (string, tokenSource, error) {
	if !env.IsTerminal(env.In) {
		b, err := io.ReadAll(io.LimitReader(env.In, maxStdinToken))
		if err != nil {
			return "", "", fmt.Errorf("read token from stdin: %w", err)
		}
		if strings.TrimSpace(string(b)) != "" {
			return string(b), fromStdin, nil
		}
	}
	if t := env.getenv("AIRTABLE_TOKEN"); strings.TrimSpace(t) != "" {
		return t, fromEnv, nil
	}
	return "", "", exitf(ExitUsage, "No token was given. Pipe it on stdin "+
		"(for example from a password manager) or set AIRTABLE_TOKEN.")
}
