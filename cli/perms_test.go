//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// C13: token, list and status tighten store folders others could open, and
// say so on standard error, as saving does.
func TestReadingCommandsTightenLooseFolders(t *testing.T) {
	h := newHarness(t)
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "work",
		"--insecure-storage"); r.code != 0 {
		t.Fatalf("connect: exit %d", r.code)
	}
	tokens := filepath.Join(h.dir, "tokens")
	for _, args := range [][]string{
		{"token", "--profile", "work"}, {"list"}, {"status"},
	} {
		for _, dir := range []string{h.dir, tokens} {
			if err := os.Chmod(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		r := h.run("", args...)
		if r.code != ExitOK {
			t.Errorf("%v: exit %d", args, r.code)
		}
		for _, dir := range []string{h.dir, tokens} {
			info, err := os.Stat(dir)
			if err != nil || info.Mode().Perm() != 0o700 {
				t.Errorf("%v left %s with mode %v (%v), want 0700", args, dir, info.Mode(), err)
			}
			if !strings.Contains(r.err, "The folder "+dir+" could be opened by other users") {
				t.Errorf("%v did not warn about %s", args, dir)
			}
		}
		if strings.Contains(r.out, "could be opened") {
			t.Errorf("%v put the warning on standard output", args)
		}
	}
}
