package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/steps"
)

// openAtBuilderHub starts the wizard in e at 80x24, goes to the Builder Hub
// step and presses Enter to open the tokens page. It returns once the
// wizard says how the attempt went, and how long that took.
func openAtBuilderHub(t *testing.T, e *env) (*term, time.Duration) {
	t.Helper()
	tm := startTerm(t, e, 80, 24)
	walker{t: t, tm: tm}.walkTo(steps.BuilderHub)
	pressed := time.Now()
	tm.send(keyEnter)
	tm.scrollFor("Press Enter when the page is open.")
	return tm, time.Since(pressed)
}

// goesOn checks the flow goes on to the next step after Enter.
func goesOn(t *testing.T, tm *term) {
	t.Helper()
	tm.send(keyEnter)
	tm.waitFor("Step 3 of 12")
	tm.send(keyCtrlC)
	tm.waitExit(5 * time.Second)
}

// TestNoisyOpenerStaysOffScreen uses an opener that prints 16 lines to
// stderr and 2 to stdout and exits 0: none of it may reach the screen, and
// the wizard says the browser opened.
func TestNoisyOpenerStaysOffScreen(t *testing.T) {
	e := newEnv(t).set("DISPLAY", ":99")
	record := e.fakeOpener("xdg-open", 2, 16, 0)
	tm, _ := openAtBuilderHub(t, e)
	tm.waitFor("The page opened in your browser.")
	goesOn(t, tm)

	if strings.Contains(string(tm.transcript()), "OPENER-NOISE") {
		t.Errorf("the opener's output reached the terminal:\n%s",
			plainText(tm.transcript()))
	}
	if got := calls(t, record); len(got) != 1 || got[0] != steps.TokensURL {
		t.Errorf("opener calls %q, want one with %s", got, steps.TokensURL)
	}
}

// TestFailingOpenerShowsTheAddress uses an opener that exits 3: the wizard
// says the browser did not open, shows the whole address on a row of its
// own, and goes on.
func TestFailingOpenerShowsTheAddress(t *testing.T) {
	e := newEnv(t).set("DISPLAY", ":99")
	e.fakeOpener("xdg-open", 2, 16, 3)
	tm, _ := openAtBuilderHub(t, e)
	tm.waitFor("The browser did not open")
	assertRow(t, tm, steps.TokensURL)
	if strings.Contains(string(tm.transcript()), "OPENER-NOISE") {
		t.Error("the failing opener's output reached the terminal")
	}
	goesOn(t, tm)
}

// TestSSHWithoutDisplayCallsNoOpener runs as over SSH with no display, in
// a 40-column window: the opener is called zero times, the address shows
// whole on a row of its own, and the flow goes on.
func TestSSHWithoutDisplayCallsNoOpener(t *testing.T) {
	e := newEnv(t).set("SSH_CONNECTION", "192.0.2.1 50000 192.0.2.2 22").
		set("SSH_TTY", "/dev/pts/9")
	record := e.fakeOpener("xdg-open", 0, 0, 0)
	www := e.fakeOpener("x-www-browser", 0, 0, 0)
	tm := startTerm(t, e, 40, 12)
	walker{t: t, tm: tm}.walkTo(steps.BuilderHub)
	assertRow(t, tm, steps.TokensURL)
	tm.send(keyEnter)
	tm.scrollFor("SSH session")
	// In 12 rows the outcome and the address may not fit together; the
	// address must still be there, whole, a page up.
	tm.send(keyPgUp)
	tm.waitFor(steps.TokensURL)
	assertRow(t, tm, steps.TokensURL)
	goesOn(t, tm)

	if n := len(calls(t, record)) + len(calls(t, www)); n != 0 {
		t.Errorf("the opener was called %d times over SSH with no display, want 0", n)
	}
}

// TestWSLUsesWslview runs as under WSL with no xdg-open: wslview is used
// when present, and the person reaches the next step within a second.
// Without wslview the address is shown instead.
func TestWSLUsesWslview(t *testing.T) {
	t.Run("wslview present", func(t *testing.T) {
		e := newEnv(t).set("WSL_DISTRO_NAME", "Ubuntu").set("WSL_INTEROP", "/run/WSL/1_interop")
		record := e.fakeOpener("wslview", 0, 3, 0)
		tm, took := openAtBuilderHub(t, e)
		tm.waitFor("The page opened in your browser.")
		if took > time.Second {
			t.Errorf("the wizard took %v to go on after opening, want at most 1s", took)
		}
		goesOn(t, tm)
		if got := calls(t, record); len(got) != 1 || got[0] != steps.TokensURL {
			t.Errorf("wslview calls %q, want one with %s", got, steps.TokensURL)
		}
	})
	t.Run("no wslview", func(t *testing.T) {
		e := newEnv(t).set("WSL_DISTRO_NAME", "Ubuntu")
		tm, took := openAtBuilderHub(t, e)
		tm.waitFor("wslview")
		assertRow(t, tm, steps.TokensURL)
		if took > time.Second {
			t.Errorf("the wizard took %v to go on, want at most 1s", took)
		}
		goesOn(t, tm)
	})
}
