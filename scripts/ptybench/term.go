package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// session is one program running in a pseudo-terminal, with its screen as
// a terminal emulator draws it.
type session struct {
	cmd     *exec.Cmd
	ptmx    *os.File
	started time.Time

	mu      sync.Mutex
	emu     *vt.Emulator
	changed chan struct{} // gets a value after each chunk of output
	exited  chan struct{}
}

// start runs argv in a cols x rows pseudo-terminal with the environment
// env and the working folder dir.
func start(argv, env []string, dir string, cols, rows int) (*session, error) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		return nil, fmt.Errorf("open pseudo-terminal: %w", err)
	}
	size := &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)} //nolint:gosec // small sizes
	if err := pty.Setsize(ptmx, size); err != nil {
		return nil, fmt.Errorf("set terminal size: %w", err)
	}

	s := &session{
		ptmx: ptmx, emu: vt.NewEmulator(cols, rows),
		changed: make(chan struct{}, 1), exited: make(chan struct{}),
	}
	//nolint:gosec // the programs measured are named by the one running the script
	s.cmd = exec.Command(argv[0], argv[1:]...)
	s.cmd.Env, s.cmd.Dir = env, dir
	s.cmd.Stdin, s.cmd.Stdout, s.cmd.Stderr = tty, tty, tty
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	s.started = time.Now()
	if err := s.cmd.Start(); err != nil {
		_ = ptmx.Close()
		_ = tty.Close()
		return nil, fmt.Errorf("start %s: %w", argv[0], err)
	}
	// The program holds its own copy of the terminal from here on.
	_ = tty.Close()

	go s.read()
	go s.answer()
	go func() {
		_ = s.cmd.Wait()
		close(s.exited)
	}()
	return s, nil
}

// read feeds the program's output to the emulator until the terminal closes.
func (s *session) read() {
	buf := make([]byte, 32*1024)
	for {
		n, err := s.ptmx.Read(buf)
		if n > 0 {
			s.mu.Lock()
			_, _ = s.emu.Write(buf[:n])
			s.mu.Unlock()
			select {
			case s.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// answer sends the emulator's replies to terminal queries (cursor position,
// colours) back to the program, as a real terminal does.
func (s *session) answer() {
	buf := make([]byte, 4096)
	for {
		n, err := s.emu.Read(buf)
		if n > 0 {
			_, _ = s.ptmx.Write(bytes.Clone(buf[:n]))
		}
		if err != nil {
			return
		}
	}
}

// screen returns the screen's rows joined by spaces, so text wrapped at the
// edge reads as one line.
func (s *session) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, h := s.emu.Width(), s.emu.Height()
	var b strings.Builder
	for y := range h {
		var row strings.Builder
		for x := range w {
			c := s.emu.CellAt(x, y)
			if c == nil || c.Content == "" {
				if c == nil || c.Width != 0 {
					row.WriteByte(' ')
				}
				continue
			}
			row.WriteString(c.Content)
		}
		b.WriteString(strings.TrimRight(row.String(), " "))
		b.WriteByte(' ')
	}
	return b.String()
}

// errTimeout means the text did not appear in time.
var errTimeout = errors.New("timed out")

// waitFor waits until the screen holds want and returns when it was first
// seen.
func (s *session) waitFor(want string, limit time.Duration) (time.Time, error) {
	deadline := time.After(limit)
	for {
		if strings.Contains(s.screen(), want) {
			return time.Now(), nil
		}
		select {
		case <-s.changed:
		case <-s.exited:
			if strings.Contains(s.screen(), want) {
				return time.Now(), nil
			}
			return time.Time{}, fmt.Errorf("the program exited before %q showed", want)
		case <-deadline:
			return time.Time{}, fmt.Errorf("%w waiting for %q; screen: %s", errTimeout, want,
				strings.Join(strings.Fields(s.screen()), " "))
		}
	}
}

// send writes bytes to the program as if typed.
func (s *session) send(keys string) error {
	_, err := io.WriteString(s.ptmx, keys)
	return err
}

// stop ends the program: Ctrl+C first so it can clean up, then a kill.
func (s *session) stop() {
	_ = s.send("\x03")
	select {
	case <-s.exited:
	case <-time.After(2 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	_ = s.ptmx.Close()
	// Closing the reply pipe ends answer. The emulator's own Close would
	// race with the Read that answer is blocked in.
	if pw, ok := s.emu.InputPipe().(*io.PipeWriter); ok {
		_ = pw.CloseWithError(io.EOF)
	}
}
