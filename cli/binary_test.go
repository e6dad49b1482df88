package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// buildBinary builds the program into a temporary folder. It needs the go
// tool: without it the test is skipped, except in CI where it fails.
func buildBinary(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		lacking(t, "the go tool is needed to build the binary and is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "airtable-connect")
	cmd := exec.Command(goTool, "build", "-o", bin, "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// isolatedEnv is the process environment with home and config folders
// moved somewhere throwaway.
func isolatedEnv(t *testing.T) []string {
	dir := t.TempDir()
	return append(os.Environ(), "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_STATE_HOME="+dir,
		"AIRTABLE_TOKEN=", "AIRTABLE_API_URL=http://127.0.0.1:1/v0")
}

func TestBinaryWithoutTerminal(t *testing.T) { // C02
	if runtime.GOOS == "windows" {
		t.Skip("pseudo-terminals are POSIX only")
	}
	bin := buildBinary(t)

	t.Run("stdin /dev/null, stdout a pipe", func(t *testing.T) {
		devNull, err := os.Open(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = devNull.Close() }()
		var out, errOut bytes.Buffer
		cmd := exec.Command(bin)
		cmd.Env = isolatedEnv(t)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = devNull, &out, &errOut
		code, took := runTimed(t, cmd)
		checkNoTerminal(t, code, took, out.String(), errOut.String())
	})

	t.Run("stdout a terminal, stdin a pipe", func(t *testing.T) {
		ptmx, tty, err := pty.Open()
		if err != nil {
			lacking(t, "no pseudo-terminal here: %v", err)
		}
		defer func() { _ = ptmx.Close() }()
		screen := make(chan string)
		go func() {
			b, _ := io.ReadAll(ptmx)
			screen <- string(b)
		}()
		var errOut bytes.Buffer
		cmd := exec.Command(bin, "connect")
		cmd.Env = isolatedEnv(t)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader("x\n"), tty, &errOut
		code, took := runTimed(t, cmd)
		_ = tty.Close()
		var shown string
		select {
		case shown = <-screen:
		case <-time.After(2 * time.Second):
		}
		checkNoTerminal(t, code, took, shown, errOut.String())
	})
}

// lacking stops a test that cannot get what it needs: a skip, except in CI
// (CI=true), where it is a failure.
func lacking(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

func runTimed(t *testing.T, cmd *exec.Cmd) (int, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { <-ctx.Done(); _ = cmd.Process.Kill() }()
	err := cmd.Wait()
	took := time.Since(start)
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return exitErr.ExitCode(), took
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, took
}

func checkNoTerminal(t *testing.T, code int, took time.Duration, stdout, stderr string) {
	t.Helper()
	if code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
	if took > 2*time.Second {
		t.Errorf("took %v, want under 2s", took)
	}
	line := strings.TrimSuffix(stderr, "\n")
	if strings.Contains(line, "\n") || !strings.Contains(line, "--with-token") ||
		strings.Contains(line, "goroutine") {
		t.Errorf("stderr %q: want one line naming --with-token", stderr)
	}
	if stdout != "" {
		t.Errorf("stdout %q, want nothing (no escape sequences)", stdout)
	}
}
