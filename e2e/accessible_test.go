package e2e

import (
	"strings"
	"testing"
	"time"
)

// TestAccessibleKeepsTokenHidden walks the plain line-by-line wizard, once
// with --accessible and once with TERM=dumb, typing the token at its
// prompt. The transcript must never hold the token, and the token command
// must read back exactly the token that was typed.
func TestAccessibleKeepsTokenHidden(t *testing.T) {
	cases := []struct {
		name string
		term string
		args []string
	}{
		{"accessible flag", "xterm-256color", []string{"--accessible"}},
		{"TERM=dumb", "dumb", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t).set("TERM", c.term)
			fakeAirtable(t, e)
			tm := startTerm(t, e, 80, 24, c.args...)
			walkAccessible(tm, testToken)
			if code := tm.waitExit(10 * time.Second); code != 0 {
				t.Fatalf("exit code %d, want 0; screen:\n%s", code, frame(tm.screen()))
			}

			if leak := secretLeaks(tm.transcript(), testToken); leak != "" {
				t.Errorf("the transcript holds the token: %s", leak)
			}
			if d := modeDiff(tm.before, tm.after); len(d) > 0 {
				t.Errorf("terminal modes not restored: %s", strings.Join(d, "; "))
			}
			got := runPlain(t, e, nil, 10*time.Second, "token")
			if got.code != 0 || strings.TrimSpace(got.stdout) != testToken {
				t.Errorf("token command: exit %d, %d characters on stdout, stderr %q; "+
					"want the typed token", got.code, len(strings.TrimSpace(got.stdout)),
					got.stderr)
			}
		})
	}
}

// walkAccessible answers the plain prompts of every step in order: the
// profile, no browser, the default scopes and bases, the token, and a file
// when no keyring is reachable.
func walkAccessible(tm *term, token string) {
	tm.t.Helper()
	tm.expect("Profile name (Enter keeps it):")
	tm.send(keyEnter)
	tm.expect("Open it in your browser?")
	tm.expect("Enter a number between 1 and 2:")
	tm.typeText("2" + keyEnter)
	for range 3 { // the Builder Hub, the tokens page, the token's name
		tm.expect("Press Enter to go on.")
		tm.send(keyEnter)
	}
	tm.expect("Enter a number between 1 and 4:")
	tm.typeText("1" + keyEnter)
	tm.expect("Press Enter to go on.")
	tm.send(keyEnter)
	tm.expect("Enter a number between 1 and 2:")
	tm.typeText("1" + keyEnter)
	for range 2 { // the base access, create and copy
		tm.expect("Press Enter to go on.")
		tm.send(keyEnter)
	}
	tm.expect("Token (nothing shows while you paste):")
	tm.typeText(token + keyEnter)
	tm.expect("Token: accepted")
	tm.expect("Press Enter to go on.")
	tm.send(keyEnter)
	tm.expect("Save the token to a file only you can read? [y/N]")
	tm.typeText("y" + keyEnter)
	tm.expect("Step 11 of 12")
	tm.expect("Press Enter to go on.")
	tm.send(keyEnter)
	tm.expect("Step 12 of 12")
}

// TestAccessibleRefusesPipedStdin runs the accessible wizard with its
// standard input from a pipe and its output on a terminal: the token could
// not be read with echo off, so the program must stop at once with exit 2
// and one clear line, echo nothing it was given and print no stack trace.
func TestAccessibleRefusesPipedStdin(t *testing.T) {
	e := newEnv(t)
	fakeAirtable(t, e)
	in := strings.NewReader("default\n" + testToken + "\n")
	tm := startTermStdin(t, e, 80, 24, in, "--accessible")
	code := tm.waitExit(2 * time.Second)

	if code != 2 {
		t.Errorf("exit code %d, want 2; screen:\n%s", code, frame(tm.screen()))
	}
	out := plainText(tm.transcript())
	if strings.Contains(out, "goroutine ") || strings.Contains(out, "panic") {
		t.Errorf("the output holds a stack trace:\n%s", out)
	}
	if strings.Contains(out, testToken[:17]) {
		t.Errorf("the output echoes what was piped in:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 || !strings.Contains(out, "--with-token") {
		t.Errorf("want one line naming the way to run without a terminal; got:\n%s", out)
	}
}
