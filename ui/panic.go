package ui

import (
	"bytes"
	"errors"
	"io"
	"os"
	"sync"
	"time"

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
	mu   sync.Mutex
	buf  bytes.Buffer
	grew chan struct{} // gets a value after each piece is kept
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
	c := &stderrCapture{orig: os.Stderr, w: w, grew: make(chan struct{}, 1)}
	c.done.Add(1)
	go c.keep(r)
	os.Stderr = w
	return c
}

// keep stores everything read from r until the pipe is closed.
func (c *stderrCapture) keep(r *os.File) {
	defer c.done.Done()
	b := make([]byte, 4096)
	for {
		n, err := r.Read(b)
		if n > 0 {
			c.mu.Lock()
			c.buf.Write(b[:n])
			c.mu.Unlock()
			select {
			case c.grew <- struct{}{}:
			default:
			}
		}
		if err != nil {
			_ = r.Close()
			return
		}
	}
}

// awaitReport waits for the end of Bubble Tea's panic report. Bubble Tea
// writes it from its own goroutine after Run has returned, so standard
// error must stay captured until the stack trace has arrived and nothing
// more came for a moment (or, at most, two seconds).
func (c *stderrCapture) awaitReport() {
	if c == nil {
		return
	}
	deadline := time.After(2 * time.Second)
	for {
		c.mu.Lock()
		seen := bytes.Contains(c.buf.Bytes(), []byte("goroutine "))
		c.mu.Unlock()
		select {
		case <-c.grew:
		case <-time.After(50 * time.Millisecond):
			if seen {
				return
			}
		case <-deadline:
			return
		}
	}
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
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}

// runProgram runs p with standard error captured, and turns a panic into
// a *PanicError carrying Bubble Tea's report. Anything else written to
// standard error meanwhile is passed on once the terminal is restored.
func runProgram(p *tea.Program) (tea.Model, error) {
	c := captureStderr()
	final, err := p.Run()
	if errors.Is(err, tea.ErrProgramPanic) {
		c.awaitReport()
	}
	written := c.stop()
	if errors.Is(err, tea.ErrProgramPanic) {
		return final, &PanicError{Report: written, Err: err}
	}
	if written != "" {
		_, _ = io.WriteString(os.Stderr, written)
	}
	return final, err
}
