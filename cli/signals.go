package cli

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// stopSignals end a run the way Ctrl+C does: SIGINT, SIGTERM from kill or
// a service manager, and SIGHUP from a closed terminal window, tmux pane or
// dropped SSH link.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// signalError is the cause of a context that a signal cancelled.
type signalError struct{ sig os.Signal }

func (e *signalError) Error() string { return e.sig.String() + " signal received" }

// Is makes a signal count as a cancellation.
func (e *signalError) Is(target error) bool { return target == context.Canceled }

// code is the exit code for the signal: 128 plus its number, the shells'
// convention (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
func (e *signalError) code() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return ExitCancelled
}

// notifySignals returns ctx cancelled with a *signalError cause when one of
// stopSignals arrives. The caller must call stop when the run ends; until
// then the signals no longer end the process on their own, so the wizard
// can restore the terminal first.
func notifySignals(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			cancel(&signalError{sig: s})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}

// signalOf returns the signal that cancelled ctx, or nil.
func signalOf(ctx context.Context) *signalError {
	var se *signalError
	if errors.As(context.Cause(ctx), &se) {
		return se
	}
	return nil
}
