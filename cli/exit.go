package cli

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// Exit codes. They are part of the command-line interface: scripts branch
// on them, and the help text lists them.
const (
	ExitOK          = 0   // everything worked
	ExitFailure     = 1   // something failed; the message says what
	ExitUsage       = 2   // wrong usage, or the wizard had no terminal
	ExitRejected    = 3   // Airtable did not accept the token
	ExitMissing     = 4   // the token works but a required scope or base is missing
	ExitUnreachable = 5   // Airtable could not be reached
	ExitCancelled   = 130 // the person pressed Ctrl+C (or SIGINT arrived)
)

// A signal that stops a run before anything was saved ends it with 128
// plus the signal's number, as shells report it: 130 for SIGINT, 129 for
// SIGHUP, 143 for SIGTERM.

// exitCodesHelp is the exit code table shown in --help.
const exitCodesHelp = `Exit codes:
  0    ok
  1    failure
  2    usage error, or no terminal for the wizard
  3    token not accepted by Airtable
  4    a required scope or base is missing
  5    Airtable unreachable
  129  stopped by SIGHUP (the terminal closed)
  130  cancelled with Ctrl+C or SIGINT
  143  stopped by SIGTERM
Once the wizard has saved the token, leaving it with Ctrl+C still exits 0.`

// ExitError ends a command with a chosen exit code. Message is the one line
// a person reads on stderr; empty means the command already said all there
// is to say.
type ExitError struct {
	Code    int
	Message string
	Err     error
}

// Error returns the underlying error's text, or the message.
func (e *ExitError) Error() string {
	if e.Err != nil {
		return e.Err.Error()
	}
	if e.Message != "" {
		return e.Message
	}
	return fmt.Sprintf("exit status %d", e.Code)
}

// Unwrap returns the underlying error, if any.
func (e *ExitError) Unwrap() error { return e.Err }

// exitf returns an ExitError with a formatted message.
func exitf(code int, format string, args ...any) *ExitError {
	return &ExitError{Code: code, Message: fmt.Sprintf(format, args...)}
}

// silentExit ends with code after the command printed its own output.
func silentExit(code int) error {
	if code == ExitOK {
		return nil
	}
	return &ExitError{Code: code}
}

// usageError marks errors in how the command was called.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// interrupted reports whether err means the person cancelled.
func interrupted(err error) bool {
	return errors.Is(err, tea.ErrInterrupted) || errors.Is(err, context.Canceled)
}

// exitCode translates the error a command returned into the process's exit
// code. It is the only place that does.
func exitCode(err error) int {
	var ee *ExitError
	var ue *usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ee):
		return ee.Code
	case interrupted(err):
		return ExitCancelled
	case errors.As(err, &ue), isCobraUsage(err):
		return ExitUsage
	}
	return ExitFailure
}
