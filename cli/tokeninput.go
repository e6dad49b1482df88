package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/airtable-connect/airtable-connect/airtable"
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

// tokenInput is a token as read, before any check.
type tokenInput struct {
	raw    string
	source tokenSource
	// cut means standard input held more than maxStdinToken bytes; raw then
	// holds only the first of them.
	cut bool
}

// readToken takes the token from stdin when stdin is not a terminal and holds
// something, and otherwise from AIRTABLE_TOKEN. It never reads a terminal:
// a token typed there would be echoed.
func readToken(env Env) (tokenInput, error) {
	if !env.IsTerminal(env.In) {
		b, err := io.ReadAll(io.LimitReader(env.In, maxStdinToken+1))
		if err != nil {
			return tokenInput{}, fmt.Errorf("read token from stdin: %w", err)
		}
		if len(b) > maxStdinToken {
			return tokenInput{raw: string(b[:maxStdinToken]), source: fromStdin, cut: true},
				nil
		}
		if strings.TrimSpace(string(b)) != "" {
			return tokenInput{raw: string(b), source: fromStdin}, nil
		}
	}
	if t := env.getenv("AIRTABLE_TOKEN"); strings.TrimSpace(t) != "" {
		return tokenInput{raw: t, source: fromEnv}, nil
	}
	return tokenInput{}, exitf(ExitUsage, "No token was given. Pipe it on stdin "+
		"(for example from a password manager) or set AIRTABLE_TOKEN.")
}

// checkToken verifies in against the chosen scopes. Input cut off when read
// is refused with no request, saying it was longer than what was read, and
// an API address the token must not go to is a setting error (exit 2).
func checkToken(ctx context.Context, env Env, in tokenInput, chosen []string) (
	airtable.Report, error,
) {
	if err := airtable.CheckBaseURL(env.baseURL()); err != nil {
		return airtable.Report{}, addressError(err)
	}
	if r, refused := refusedLocally(in, chosen); refused {
		return r, nil
	}
	r, err := airtable.VerifyToken(ctx, in.raw, chosen, env.clientOptions()...)
	if err != nil {
		return r, fmt.Errorf("verify token: %w", err)
	}
	return r, nil
}

// addressError is the usage error for an AIRTABLE_API_URL that CheckBaseURL
// refused. The value itself is not repeated: it may hold credentials.
func addressError(err error) error {
	var bad *airtable.BaseURLError
	if !errors.As(err, &bad) {
		return fmt.Errorf("check api address: %w", err)
	}
	p := bad.Problem()
	return &ExitError{Code: ExitUsage, Err: err, Message: p.Message + " " + p.Fix}
}

// refusedLocally returns the report for input whose shape alone rules it
// out (cut off for length, a legacy key, spaces inside and so on), which
// is never sent anywhere.
func refusedLocally(in tokenInput, chosen []string) (airtable.Report, bool) {
	if in.cut {
		return airtable.ShapeReport(chosen, &airtable.ShapeError{
			Kind: airtable.ShapeTooLong, Length: maxStdinToken, Want: airtable.PATLength,
			Cut: true,
		}), true
	}
	if e := airtable.CheckShape(airtable.NormalizeToken(in.raw)); e != nil && e.Blocking() {
		return airtable.ShapeReport(chosen, e), true
	}
	return airtable.Report{}, false
}
