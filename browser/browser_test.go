package browser

import (
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
)

const hubURL = "https://airtable.com/create/tokens"

// fakeOpener writes an executable script named name into a fresh folder and
// returns that folder. The script records each call in a "calls" file there.
func fakeOpener(t *testing.T, name, body string) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("fake openers are shell scripts; no POSIX shell on Windows")
	}
	dir := t.TempDir()
	script := "#!/bin/sh\necho \"$@\" >> '" + filepath.Join(dir, "calls") + "'\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// calls returns how many times the fake opener in dir was run.
func calls(t *testing.T, dir string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "calls"))
	if errors.Is(err, os.ErrNotExist) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(b), "\n")
}

// opener builds an Opener that sees only env and the programs in dir.
func opener(dir string, env map[string]string) Opener {
	return Opener{
		Getenv: func(k string) string { return env[k] },
		LookPath: func(n string) (string, error) {
			p := filepath.Join(dir, n)
			if _, err := os.Stat(p); err != nil {
				return "", exec.ErrNotFound
			}
			return p, nil
		},
		ReadFile: func(string) ([]byte, error) { return []byte("Linux version 6.1.0"), nil },
		GOOS:     "linux",
		Timeout:  time.Second,
	}
}

// captureStd swaps os.Stdout and os.Stderr for a pipe while f runs and
// returns everything written to them.
func captureStd(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		got <- string(b)
	}()

	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = w, w
	f()
	os.Stdout, os.Stderr = oldOut, oldErr
	_ = w.Close()
	return <-got
}

func TestOpenerOutputNeverReachesOurOutput(t *testing.T) { // C08
	noisy := `i=0; while [ $i -lt 16 ]; do echo "opener warning $i" >&2; i=$((i+1)); done
echo "opener said one"; echo "opener said two"`
	tests := []struct {
		name       string
		exit       string
		wantOpened bool
	}{
		{"exit 0 opens", "exit 0", true},
		{"exit 3 does not", "exit 3", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := fakeOpener(t, "xdg-open", noisy+"\n"+tt.exit)
			var res Result
			out := captureStd(t, func() {
				o := opener(dir, map[string]string{"DISPLAY": ":0"})
				res = o.Open(context.Background(), hubURL)
			})
			if strings.Contains(out, "opener") {
				t.Errorf("opener output reached our output: %q", out)
			}
			if res.Opened != tt.wantOpened {
				t.Errorf("Opened = %v, want %v (reason %q)", res.Opened, tt.wantOpened, res.Reason)
			}
			if !tt.wantOpened && res.Reason == "" {
				t.Error("a failed open gives no reason")
			}
			if got := calls(t, dir); got != 1 {
				t.Errorf("opener called %d times, want 1", got)
			}
		})
	}
}

func TestWSLUsesWslviewOrSkips(t *testing.T) { // C09
	env := map[string]string{"WSL_DISTRO_NAME": "Debian"}

	dir := fakeOpener(t, "wslview", "exit 0")
	start := time.Now()
	res := opener(dir, env).Open(context.Background(), hubURL)
	if !res.Opened || calls(t, dir) != 1 {
		t.Errorf("with wslview: %+v, calls %d; want opened once", res, calls(t, dir))
	}

	dir = fakeOpener(t, "xdg-open", "exit 0")
	o := opener(dir, nil)
	o.ReadFile = func(string) ([]byte, error) {
		return []byte("Linux version 5.15.90.1-microsoft-standard-WSL2"), nil
	}
	res = o.Open(context.Background(), hubURL)
	if !res.Skipped || res.Opened || res.Reason == "" {
		t.Errorf("without wslview: %+v, want skipped with a reason", res)
	}
	if calls(t, dir) != 0 {
		t.Error("xdg-open was called on WSL")
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %v, want under 1s", d)
	}
}

func TestSSHWithoutDisplayCallsNoOpener(t *testing.T) { // C10
	for _, env := range []map[string]string{
		{"SSH_CONNECTION": "10.0.0.2 50000 10.0.0.1 22", "SSH_TTY": "/dev/pts/1"},
		{"SSH_TTY": "/dev/pts/1"},
		{},
	} {
		dir := fakeOpener(t, "xdg-open", "exit 0")
		res := opener(dir, env).Open(context.Background(), hubURL)
		if !res.Skipped || res.Opened || res.Reason == "" {
			t.Errorf("env %v: %+v, want skipped with a reason", env, res)
		}
		if n := calls(t, dir); n != 0 {
			t.Errorf("env %v: opener called %d times, want 0", env, n)
		}
	}
}

func TestSSHWithForwardedDisplayOpens(t *testing.T) {
	dir := fakeOpener(t, "xdg-open", "exit 0")
	env := map[string]string{"SSH_CONNECTION": "x", "DISPLAY": "localhost:10.0"}
	if res := opener(dir, env).Open(context.Background(), hubURL); !res.Opened {
		t.Errorf("got %+v, want opened", res)
	}
}

func TestHangingOpenerIsAbandoned(t *testing.T) {
	dir := fakeOpener(t, "xdg-open", "exec sleep 5")
	o := opener(dir, map[string]string{"DISPLAY": ":0"})
	o.Timeout = 200 * time.Millisecond

	start := time.Now()
	res := o.Open(context.Background(), hubURL)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Open took %v with a hanging opener", d)
	}
	if res.Opened || res.Reason == "" {
		t.Errorf("got %+v, want not opened with a reason", res)
	}
}

func TestMissingOpenerSaysSo(t *testing.T) {
	o := opener(t.TempDir(), map[string]string{"DISPLAY": ":0"})
	res := o.Open(context.Background(), hubURL)
	if res.Opened || res.Reason == "" {
		t.Errorf("got %+v, want a reason", res)
	}
}

func TestDefaultTimeoutIsAFewSeconds(t *testing.T) {
	if got := (Opener{}).timeout(); got < time.Second || got > 5*time.Second {
		t.Errorf("default timeout %v", got)
	}
}
