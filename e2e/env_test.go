package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// env is the controlled environment of one run: every folder the program
// may write to is inside the test's temporary folder, and PATH holds only
// the fake programs the test put there.
type env struct {
	t    *testing.T
	home string // HOME, and the working directory
	bin  string // the only folder on PATH
	vars map[string]string
}

// newEnv returns an environment with colour allowed, TERM=xterm-256color
// and no display, SSH or WSL variables.
func newEnv(t *testing.T) *env {
	t.Helper()
	root := t.TempDir()
	e := &env{
		t: t, home: filepath.Join(root, "home"), bin: filepath.Join(root, "bin"),
		vars: map[string]string{},
	}
	dirs := map[string]string{
		"XDG_CONFIG_HOME": "config",
		"XDG_DATA_HOME":   "data",
		"XDG_STATE_HOME":  "state",
		"XDG_CACHE_HOME":  "cache",
		"XDG_RUNTIME_DIR": "runtime",
		"TMPDIR":          "tmp",
	}
	for _, d := range []string{e.home, e.bin} {
		mkdir(t, d)
	}
	for name, sub := range dirs {
		dir := filepath.Join(root, sub)
		mkdir(t, dir)
		e.vars[name] = dir
	}
	e.vars["HOME"] = e.home
	e.vars["PATH"] = e.bin
	e.vars["TERM"] = "xterm-256color"
	e.vars["LANG"] = "C.UTF-8"
	// No D-Bus session: the system keyring is not reachable, as on a
	// server. The tests never touch the keyring of the machine they run on.
	e.vars["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + filepath.Join(root, "no-bus")
	return e
}

func mkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatalf("make folder: %v", err)
	}
}

// set sets an environment variable for the run.
func (e *env) set(name, value string) *env {
	e.vars[name] = value
	return e
}

// dir returns the folder an XDG or TMPDIR variable points at.
func (e *env) dir(name string) string { return e.vars[name] }

// list returns the environment in the form exec.Cmd wants.
func (e *env) list() []string {
	out := make([]string, 0, len(e.vars))
	for k, v := range e.vars {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// fakeOpener puts a program called name on PATH that records each call
// (one line with its arguments) in a file, prints stdoutLines and
// stderrLines of noise and exits with code. It returns the record file.
func (e *env) fakeOpener(name string, stdoutLines, stderrLines, code int) string {
	e.t.Helper()
	calls := filepath.Join(filepath.Dir(e.bin), name+".calls")
	var b strings.Builder
	b.WriteString("#!/bin/sh\n")
	fmt.Fprintf(&b, "echo \"$*\" >> '%s'\n", calls)
	for i := range stdoutLines {
		fmt.Fprintf(&b, "echo 'OPENER-NOISE stdout line %d'\n", i+1)
	}
	for i := range stderrLines {
		fmt.Fprintf(&b, "echo 'OPENER-NOISE stderr line %d' >&2\n", i+1)
	}
	fmt.Fprintf(&b, "exit %d\n", code)
	path := filepath.Join(e.bin, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o700); err != nil {
		e.t.Fatalf("write fake opener: %v", err)
	}
	return calls
}

// slowOpener puts a program called name on PATH that records its call and
// then waits secs seconds before it exits 0, like an opener that hangs.
func (e *env) slowOpener(name string, secs int) string {
	e.t.Helper()
	calls := filepath.Join(filepath.Dir(e.bin), name+".calls")
	script := fmt.Sprintf("#!/bin/sh\necho \"$*\" >> '%s'\nexec /bin/sleep %d\n", calls, secs)
	if err := os.WriteFile(filepath.Join(e.bin, name), []byte(script), 0o700); err != nil {
		e.t.Fatalf("write slow opener: %v", err)
	}
	return calls
}

// calls returns the argument lines a fake opener recorded.
func calls(t *testing.T, record string) []string {
	t.Helper()
	data, err := os.ReadFile(record)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatalf("read opener record: %v", err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// files lists every file under the environment's writable folders, so a
// test can say nothing was written.
func (e *env) files() []string {
	e.t.Helper()
	var out []string
	roots := []string{e.home}
	for _, name := range []string{
		"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
		"XDG_CACHE_HOME", "TMPDIR",
	} {
		roots = append(roots, e.vars[name])
	}
	for _, root := range roots {
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				out = append(out, p)
			}
			return nil
		})
	}
	return out
}

// walkDir calls fn for root and everything under it.
func walkDir(root string, fn func(path string, info os.FileInfo)) error {
	return filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fn(p, info)
		return nil
	})
}
