package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/steps"
)

// TestDemoWalk80x24 walks every step of practice mode in an 80x24 terminal
// with real key bytes and a bracketed paste of the sample token, as a new
// user would, and checks the summary says the token works and where it was
// kept.
func TestDemoWalk80x24(t *testing.T) {
	e := newEnv(t)
	tm := startTerm(t, e, 80, 24, "--demo")
	w := walker{t: t, tm: tm, token: airtabletest.SamplePAT}
	w.at = func(s steps.Step) {
		switch s.ID {
		case steps.BuilderHub, steps.NameToken:
			// Every link and suggestion shows whole on a row of its own.
			if s.URL != "" {
				assertRow(t, tm, s.URL)
			}
		case steps.Summary:
			tm.waitFor("Practice done.")
			tm.waitFor("Saved: in a practice store")
		}
	}
	w.walk()

	if code := tm.waitExit(5 * time.Second); code != 0 {
		t.Fatalf("exit code %d after the summary, want 0; screen:\n%s", code,
			frame(tm.screen()))
	}
	assertRestored(t, tm)
}

// assertRow fails unless some screen row holds exactly text, with nothing
// else on the row, so it can be selected and copied whole.
func assertRow(t *testing.T, tm *term, text string) {
	t.Helper()
	for _, l := range tm.lines() {
		if strings.TrimSpace(l) == text {
			return
		}
	}
	t.Errorf("no row holds %q on its own; screen:\n%s", text, frame(tm.screen()))
}

// assertRestored checks the terminal after the program ended: modes as
// before, alternate screen left, cursor shown.
func assertRestored(t *testing.T, tm *term) {
	t.Helper()
	if d := modeDiff(tm.before, tm.after); len(d) > 0 {
		t.Errorf("terminal modes not restored: %s", strings.Join(d, "; "))
	}
	for _, p := range terminalLeftClean(tm.transcript()) {
		t.Error(p)
	}
	if tm.cursorHidden() {
		t.Error("the emulator's cursor is hidden after the program ended")
	}
}
