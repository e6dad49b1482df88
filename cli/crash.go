package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/rescue"
	"github.com/airtable-connect/airtable-connect/store"
	"github.com/airtable-connect/airtable-connect/ui"
)

// errCrashed is the cause of the wizard's context after a panic in
// something it called.
var errCrashed = errors.New("internal error")

// crashGuard catches a panic in what the wizard calls off its screen loop:
// the verifier, the store and the browser opener. The panic is kept, the
// wizard's context is cancelled so the wizard ends and restores the
// terminal, and only then is the report printed. (Bubble Tea's own
// recovery prints its report before the terminal is restored when the
// panic happens in a batch of commands, and the alternate screen then
// swallows it.)
type crashGuard struct {
	cancel context.CancelCauseFunc

	mu      sync.Mutex
	value   any
	stack   []byte
	secrets []string
}

// catch records the panic r, if any, and cancels the wizard. It returns
// errCrashed when there was a panic, for the caller to return.
func (g *crashGuard) catch(r any, secrets ...string) error {
	if r == nil {
		return nil
	}
	stack := debug.Stack()
	if p, ok := r.(*rescue.Panic); ok {
		r, stack = p.Value, p.Stack
	}
	g.mu.Lock()
	if g.value == nil {
		g.value, g.stack = r, stack
	}
	g.secrets = append(g.secrets, secrets...)
	g.mu.Unlock()
	g.cancel(errCrashed)
	return errCrashed
}

// report prints the kept panic with every secret removed and reports
// whether there was one. Call it only after the wizard has returned.
func (g *crashGuard) report(w io.Writer) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.value == nil {
		return false
	}
	writePanicReport(w, g.value, g.stack, g.secrets)
	return true
}

// writePanicReport prints what a person can send in a bug report: the
// panic value and a stack, with secrets and anything shaped like a token
// removed. A nil stack means the calling goroutine's.
func writePanicReport(w io.Writer, value any, stack []byte, secrets []string) {
	if stack == nil {
		stack = debug.Stack()
	}
	writePanicText(w, fmt.Sprintf("panic: %v\n\n%s", value, stack), secrets)
}

// writePanicText prints a panic report already rendered as text, with
// secrets and anything shaped like a token removed.
func writePanicText(w io.Writer, text string, secrets []string) {
	fmt.Fprintln(w, "airtable-connect stopped on an internal error (a panic). Please "+
		"report it with the lines below; they hold no token.")
	fmt.Fprintln(w)
	fmt.Fprint(w, strings.TrimRight(redact(text, secrets), "\n")+"\n")
}

// guardedVerifier is a ui.Verifier whose panics the guard catches.
type guardedVerifier struct {
	g     *crashGuard
	inner ui.Verifier
}

// Verify runs the inner verifier; after a panic it returns errCrashed.
func (v guardedVerifier) Verify(
	ctx context.Context, token string, scopes []string,
) (rep airtable.Report, err error) {
	defer func() {
		if e := v.g.catch(recover(), token); e != nil {
			err = e
		}
	}()
	return v.inner.Verify(ctx, token, scopes)
}

// guardedStore is a ui.TokenStore whose panics the guard catches.
type guardedStore struct {
	g     *crashGuard
	inner ui.TokenStore
}

// SaveKeyring saves through the inner store; after a panic it returns
// errCrashed.
func (s guardedStore) SaveKeyring(ctx context.Context, profile, token string) (err error) {
	defer func() {
		if e := s.g.catch(recover(), token); e != nil {
			err = e
		}
	}()
	return s.inner.SaveKeyring(ctx, profile, token)
}

// SaveFile saves through the inner store; after a panic it returns
// errCrashed.
func (s guardedStore) SaveFile(profile, token string) (path string, err error) {
	defer func() {
		if e := s.g.catch(recover(), token); e != nil {
			err = e
		}
	}()
	return s.inner.SaveFile(profile, token)
}

// SaveProfile saves through the inner store; after a panic it returns
// errCrashed.
func (s guardedStore) SaveProfile(p store.Profile) (err error) {
	defer func() {
		if e := s.g.catch(recover()); e != nil {
			err = e
		}
	}()
	return s.inner.SaveProfile(p)
}

// guardedOpen wraps open so the guard catches its panics.
func (g *crashGuard) guardedOpen(
	open func(context.Context, string) browser.Result,
) func(context.Context, string) browser.Result {
	return func(ctx context.Context, url string) (res browser.Result) {
		defer func() {
			if g.catch(recover()) != nil {
				res = browser.Result{Reason: "The browser could not be started."}
			}
		}()
		return open(ctx, url)
	}
}
