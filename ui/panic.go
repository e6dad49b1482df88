package ui

import (
	"bytes"
	"errors"
	"io"
	"os"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// PanicError is what Run returns after a panic inside the wizard's own
// code. Bubble Tea prints its panic report to the process's standard error,
// sometimes while the wizard still owns the screen, where the alternate
// screen would swallow it; Run keeps that report here instead, so the
// caller can print it once the terminal is restored. Report may hold
// secrets: remove them before printing it.
type PanicError struct {
	Report string
	Err    error
}

// Error describes the panic without its report.
func (e *PanicError) Error() string { return "wizard panicked" }

// Unwrap returns the error Bubble Tea gave.
func (e *PanicError) Unwrap() error { return e.Err }

// stderrCapture holds what was written to os.Stderr while it was replaced.
type stderrCapture struct {
	orig *os.File
	w    *os.File
	buf  bytes.Buffer
	done sync.WaitGroup
}

// captureStderr replaces os.Stderr with a pipe until stop is called, so
// that nothing but the wizard reaches the terminal while it runs. It
// returns nil when no pipe can be made; the wizard then runs without it.
func captureStderr() *stderrCapture {
	r, w, err := os.Pipe()
	if err != nil {
		return nil
	}
	c := &stderrCapture{orig: os.Stderr, w: w}
	c.done.Add(1)
	go func() {
		defer c.done.Done()
		_, _ = io.Copy(&c.buf, r)
		_ = r.Close()
	}()
	os.Stderr = w
	return c
}

// stop puts the original standard error back and returns what was
// written meanwhile.
func (c *stderrCapture) stop() string {
	if c == nil {
		return ""
	}
	os.Stderr = c.orig
	_ = c.w.Close()
	c.done.Wait()
	return c.buf.String()
}

// runProgram runs p with standard error captured, and turns a panic into
// a *PanicError carrying Bubble Tea's report. Anything else written to
// standard error meanwhile is passed on once the terminal is restored.
func runProgram(p *tea.Program) (tea.Model, error) {
	c := captureStderr()
	final, err := p.Run()
	written := c.stop()
	if errors.Is(err, tea.ErrProgramPanic) {
		return final, &PanicError{Report: written, Err: err}
	}
	if written != "" {
		_, _ = io.WriteString(os.Stderr, written)
	}
	return final, err
}
