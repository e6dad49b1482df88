package e2e

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// term is one run of the program in a pseudo-terminal, with the screen as a
// terminal emulator shows it and every byte the program wrote.
type term struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File // our side of the pseudo-terminal
	tty  *os.File // the program's side, kept open to read its modes

	mu   sync.Mutex
	emu  *vt.Emulator
	raw  bytes.Buffer
	code int // exit code once exited is closed; -1 for a signal
	seen int // how far expect has read the plain transcript

	before   unix.Termios // terminal modes before the program started
	after    unix.Termios // terminal modes after it exited
	exited   chan struct{}
	drained  chan struct{}
	exitedAt time.Time
}

// startTerm runs the program with args in a cols x rows pseudo-terminal
// with the environment e. The program is killed when the test ends.
func startTerm(t *testing.T, e *env, cols, rows int, args ...string) *term {
	t.Helper()
	needBinary(t)
	return startProgram(t, e, cols, rows, binPath, args...)
}

// startTermStdin runs the program like startTerm, but with its standard
// input read from in (such as a pipe) instead of the terminal.
func startTermStdin(t *testing.T, e *env, cols, rows int, in io.Reader,
	args ...string,
) *term {
	t.Helper()
	needBinary(t)
	return start(t, e, cols, rows, in, binPath, args...)
}

// startProgram runs the program at path like startTerm.
func startProgram(t *testing.T, e *env, cols, rows int, path string, args ...string) *term {
	t.Helper()
	return start(t, e, cols, rows, nil, path, args...)
}

// start runs path in a new pseudo-terminal; a nil in reads the terminal.
func start(t *testing.T, e *env, cols, rows int, in io.Reader, path string,
	args ...string,
) *term {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("open pseudo-terminal: %v", err)
	}
	size := &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}
	if err := pty.Setsize(ptmx, size); err != nil {
		t.Fatalf("set terminal size: %v", err)
	}
	tm := &term{
		t: t, ptmx: ptmx, tty: tty, emu: vt.NewEmulator(cols, rows),
		exited: make(chan struct{}), drained: make(chan struct{}),
	}
	tm.before = tm.modes()

	tm.cmd = exec.Command(path, args...)
	tm.cmd.Env = e.list()
	tm.cmd.Dir = e.home
	tm.cmd.Stdin, tm.cmd.Stdout, tm.cmd.Stderr = tty, tty, tty
	tm.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if in != nil {
		tm.cmd.Stdin = in
		// The terminal is then the program's standard output (fd 1).
		tm.cmd.SysProcAttr.Ctty = 1
	}
	if err := tm.cmd.Start(); err != nil {
		t.Fatalf("start program: %v", err)
	}

	go tm.readScreen()
	go tm.answerQueries()
	go tm.wait()
	t.Cleanup(tm.stop)
	return tm
}

// readScreen feeds every byte the program writes to the emulator and keeps
// it in the transcript, until the terminal is closed.
func (tm *term) readScreen() {
	defer close(tm.drained)
	buf := make([]byte, 32*1024)
	for {
		n, err := tm.ptmx.Read(buf)
		if n > 0 {
			tm.mu.Lock()
			tm.raw.Write(buf[:n])
			_, _ = tm.emu.Write(buf[:n])
			tm.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// answerQueries copies the emulator's answers to the program's terminal
// queries (cursor position, colours, modes) back into the program's input.
// The answers go through a channel so the emulator never waits on the
// program while the screen lock is held.
func (tm *term) answerQueries() {
	replies := make(chan []byte, 256)
	go func() {
		for r := range replies {
			_, _ = tm.ptmx.Write(r)
		}
	}()
	defer close(replies)
	buf := make([]byte, 4096)
	for {
		n, err := tm.emu.Read(buf)
		if n > 0 {
			select {
			case replies <- bytes.Clone(buf[:n]):
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// wait records the exit code and the terminal modes left behind, then lets
// the reader see the end of the output.
func (tm *term) wait() {
	err := tm.cmd.Wait()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		code = -2
	}
	after := tm.modes()

	tm.mu.Lock()
	tm.code, tm.after, tm.exitedAt = code, after, time.Now()
	tm.mu.Unlock()
	close(tm.exited)

	// Once our copy of the program's side is closed, the reader gets the
	// rest of the output and then an error. A child the program left
	// behind may still hold the terminal, so the read is also bounded.
	_ = tm.tty.Close()
	_ = tm.ptmx.SetReadDeadline(time.Now().Add(2 * time.Second))
}

// modes reads the terminal modes of the program's side of the terminal.
func (tm *term) modes() unix.Termios {
	tm.t.Helper()
	tio, err := unix.IoctlGetTermios(int(tm.tty.Fd()), unix.TCGETS)
	if err != nil {
		tm.t.Errorf("read terminal modes: %v", err)
		return unix.Termios{}
	}
	return *tio
}

// stop kills a program still running at the end of the test and closes the
// terminal.
func (tm *term) stop() {
	select {
	case <-tm.exited:
	default:
		_ = tm.cmd.Process.Kill()
		<-tm.exited
		tm.t.Logf("the program was still running at the end; screen:\n%s", tm.screen())
	}
	select {
	case <-tm.drained:
	case <-time.After(3 * time.Second):
	}
	// Closing the emulator's reply pipe ends answerQueries; the emulator's
	// own Close would race with the Read that goroutine is blocked in.
	if pw, ok := tm.emu.InputPipe().(*io.PipeWriter); ok {
		_ = pw.CloseWithError(io.EOF)
	}
	_ = tm.ptmx.Close()
}

// send writes bytes to the program as if typed.
func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.ptmx, s); err != nil {
		tm.t.Fatalf("type %q: %v", s, err)
	}
}

// paste sends s as one bracketed paste.
func (tm *term) paste(s string) {
	tm.t.Helper()
	tm.send(pasteStart + s + pasteEnd)
}

// typeText sends s one character at a time, as a person types.
func (tm *term) typeText(s string) {
	tm.t.Helper()
	for _, r := range s {
		tm.send(string(r))
	}
}

// resize changes the size of the terminal and of the emulator.
func (tm *term) resize(cols, rows int) {
	tm.t.Helper()
	tm.mu.Lock()
	tm.emu.Resize(cols, rows)
	tm.mu.Unlock()
	size := &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}
	if err := pty.Setsize(tm.ptmx, size); err != nil {
		tm.t.Fatalf("resize terminal: %v", err)
	}
}

// transcript returns a copy of every byte the program has written so far.
func (tm *term) transcript() []byte {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return bytes.Clone(tm.raw.Bytes())
}

// lines returns the screen as text, one string per row, read cell by cell.
func (tm *term) lines() []string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	w, h := tm.emu.Width(), tm.emu.Height()
	rows := make([]string, h)
	for y := range h {
		var b strings.Builder
		for x := 0; x < w; x++ {
			c := tm.emu.CellAt(x, y)
			switch {
			case c == nil:
				b.WriteByte(' ')
			case c.Content == "" && c.Width == 0:
				// The second half of a wide character.
			default:
				b.WriteString(c.Content)
			}
		}
		rows[y] = strings.TrimRight(b.String(), " ")
	}
	return rows
}

// screen returns the screen as one string, rows joined by newlines.
func (tm *term) screen() string {
	return strings.Join(tm.lines(), "\n")
}

// cursorHidden reports whether the emulator's cursor is hidden.
func (tm *term) cursorHidden() bool {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.CursorHidden()
}
