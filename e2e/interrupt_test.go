package e2e

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/steps"
)

// interruptCase is one moment at which a person presses Ctrl+C.
type interruptCase struct {
	name string
	// prepare sets up the environment before the program starts; nil
	// starts a fake Airtable that answers at once.
	prepare func(t *testing.T, e *env)
	// reach brings the wizard to the moment Ctrl+C is pressed.
	reach func(t *testing.T, tm *term)
}

// interruptCases are the moments people press Ctrl+C: on the welcome
// screen, while the browser opener hangs, with half a token typed, while
// Airtable is slow to answer, and at the question whether to save to a file.
func interruptCases() []interruptCase {
	return []interruptCase{
		{name: "welcome", reach: func(_ *testing.T, tm *term) {
			tm.waitFor("> default")
		}},
		{name: "browser opener hanging", prepare: func(_ *testing.T, e *env) {
			e.set("DISPLAY", ":99")
			e.slowOpener("xdg-open", 30)
		}, reach: func(t *testing.T, tm *term) {
			walker{t: t, tm: tm}.walkTo(steps.BuilderHub)
			tm.send(keyEnter)
			tm.waitFor("Opening your browser")
		}},
		{name: "half-typed token", reach: func(t *testing.T, tm *term) {
			walker{t: t, tm: tm}.walkTo(steps.PasteToken)
			tm.typeText(testToken[:30])
			tm.waitFor("The field holds 30 characters.")
		}},
		{name: "while verifying", prepare: func(t *testing.T, e *env) {
			fakeAirtable(t, e).SetLatency(20 * time.Second)
		}, reach: func(t *testing.T, tm *term) {
			walker{t: t, tm: tm}.walkTo(steps.PasteToken)
			tm.paste(testToken)
			tm.waitFor("The field holds 82 characters.")
			tm.send(keyEnter)
			tm.waitFor("Asking Airtable")
		}},
		{name: "save question", reach: func(t *testing.T, tm *term) {
			walker{t: t, tm: tm, token: testToken}.walkTo(steps.Save)
			tm.waitFor("No, do not save it")
		}},
	}
}

// interrupt runs c: it starts the wizard, brings it to the moment, presses
// Ctrl+C and waits for the exit. It returns the run and how long the
// program took to end after the key.
func interrupt(t *testing.T, c interruptCase) (*env, *term, time.Duration) {
	t.Helper()
	e := newEnv(t)
	if c.prepare != nil {
		c.prepare(t, e)
	} else {
		fakeAirtable(t, e)
	}
	tm := startTerm(t, e, 80, 24)
	c.reach(t, tm)

	pressed := time.Now()
	tm.send(keyCtrlC)
	tm.waitExit(5 * time.Second)
	return e, tm, tm.exitedAt.Sub(pressed)
}

// TestCtrlCAtEveryStep presses Ctrl+C at each moment of interruptCases.
// Each time the program must exit 130 with one short line, save nothing,
// and leave the terminal as it found it. (How fast it exits is checked on
// its own.)
func TestCtrlCAtEveryStep(t *testing.T) {
	for _, c := range interruptCases() {
		t.Run(c.name, func(t *testing.T) {
			e, tm, took := interrupt(t, c)
			t.Logf("exited %v after Ctrl+C", took.Round(time.Millisecond))

			if code := tm.exitCode(); code != 130 {
				t.Errorf("exit code %d, want 130", code)
			}
			assertOneShortLine(t, tm)
			assertNothingSaved(t, e)
			assertRestored(t, tm)
			if leak := secretLeaks(tm.transcript(), testToken); leak != "" {
				t.Errorf("the transcript holds the token: %s", leak)
			}
		})
	}
}

// assertOneShortLine checks that after the program left the alternate
// screen, the normal screen holds exactly one short message: one line of
// text, which the 80-column window may wrap onto a second row.
func assertOneShortLine(t *testing.T, tm *term) {
	t.Helper()
	var text []string
	for _, l := range tm.lines() {
		if strings.TrimSpace(l) != "" {
			text = append(text, l)
		}
	}
	if len(text) == 0 || len(text) > 2 || len(strings.Join(text, "")) >= 160 {
		t.Errorf("want one short line after the program ended; screen:\n%s",
			frame(tm.screen()))
	}
}

// assertNothingSaved checks that no token or profile was kept: the config
// folder is empty, and no file anywhere in the run's folders holds the
// token. (Progress between runs may be kept; it never holds the token.)
func assertNothingSaved(t *testing.T, e *env) {
	t.Helper()
	for _, f := range e.files() {
		if strings.HasPrefix(f, e.dir("XDG_CONFIG_HOME")+"/") {
			t.Errorf("a file was saved after Ctrl+C: %s", f)
		}
		data, err := os.ReadFile(f)
		if err == nil && strings.Contains(string(data), testToken[18:]) {
			t.Errorf("the file %s holds the token", f)
		}
	}
}
