package e2e

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/steps"
)

// TestWalkKeepsTokenOffScreen walks the real (not practice) wizard against
// a fake Airtable on 127.0.0.1 with a token only the fake knows. With no
// keyring reachable, the person agrees to a file. The token must never be
// written to the terminal, the API must receive it exactly, and the token
// command must read back the same value from a private file.
func TestWalkKeepsTokenOffScreen(t *testing.T) {
	e := newEnv(t)
	srv := fakeAirtable(t, e)
	tm := startTerm(t, e, 80, 24)
	w := walker{t: t, tm: tm, token: testToken, save: agreeToFile}
	w.at = func(s steps.Step) {
		if s.ID == steps.Summary {
			tm.waitFor("Saved: ")
		}
	}
	w.walk()
	if code := tm.waitExit(5 * time.Second); code != 0 {
		t.Fatalf("exit code %d, want 0; screen:\n%s", code, frame(tm.screen()))
	}

	if leak := secretLeaks(tm.transcript(), testToken); leak != "" {
		t.Errorf("the terminal transcript holds the token: %s", leak)
	}
	assertRestored(t, tm)
	wantAuth := "Bearer " + testToken
	for _, r := range srv.Requests() {
		if r.Authorization != wantAuth {
			t.Errorf("%s %s sent Authorization of %d characters, want the token exactly",
				r.Method, r.Path, len(r.Authorization))
		}
	}

	got := runPlain(t, e, nil, 10*time.Second, "token")
	if got.code != 0 || strings.TrimSpace(got.stdout) != testToken {
		t.Fatalf("token command: exit %d, %d characters on stdout, stderr %q; want the "+
			"saved token", got.code, len(strings.TrimSpace(got.stdout)), got.stderr)
	}
	assertPrivateFiles(t, e)
}

// agreeToFile answers the save step when no keyring is reachable: it
// moves from the default (No) to the file and presses Enter.
func agreeToFile(tm *term) {
	tm.t.Helper()
	tm.waitFor("No system keyring can be reached here.")
	tm.waitFor("Yes, save it to a file")
	tm.send(keyDown)
	tm.waitFor("> Yes, save it to a file")
	tm.send(keyEnter)
}

// assertPrivateFiles checks that every file the run left under the
// config folder is readable by its owner only, and every folder is 0700.
func assertPrivateFiles(t *testing.T, e *env) {
	t.Helper()
	root := e.dir("XDG_CONFIG_HOME")
	found := 0
	err := walkDir(root, func(path string, info os.FileInfo) {
		if path == root {
			return
		}
		found++
		mode := info.Mode().Perm()
		switch {
		case info.IsDir() && mode != 0o700:
			t.Errorf("folder %s has mode %o, want 700", path, mode)
		case !info.IsDir() && mode&0o077 != 0:
			t.Errorf("file %s has mode %o, want 600", path, mode)
		}
	})
	if err != nil {
		t.Fatalf("walk config folder: %v", err)
	}
	if found == 0 {
		t.Errorf("nothing was written under %s", root)
	}
}
