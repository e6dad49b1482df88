package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/steps"
)

// colourSGR matches a select-graphic-rendition sequence that sets a
// foreground or background colour.
var colourSGR = regexp.MustCompile(`\x1b\[[0-9;:]*(3[0-7]|38|4[0-7]|48|9[0-7]|10[0-7])[;:m]`)

// TestDemoWalk40x12NoColor walks practice mode in a 40x12 terminal with
// NO_COLOR=1: every step's title shows, no colour is ever set, and the
// summary is reached.
func TestDemoWalk40x12NoColor(t *testing.T) {
	e := newEnv(t).set("NO_COLOR", "1")
	tm := startTerm(t, e, 40, 12, "--demo")
	w := walker{t: t, tm: tm, token: airtabletest.SamplePAT}
	w.at = func(s steps.Step) {
		if s.ID == steps.BuilderHub {
			assertRow(t, tm, steps.TokensURL)
		}
	}
	w.walk()

	if code := tm.waitExit(5 * time.Second); code != 0 {
		t.Fatalf("exit code %d, want 0; screen:\n%s", code, frame(tm.screen()))
	}
	if m := colourSGR.FindAllString(string(tm.transcript()), 5); len(m) > 0 {
		t.Errorf("NO_COLOR=1 but the program set colours: %q", m)
	}
	assertRestored(t, tm)
}

// TestResizeKeepsTypedText types into the welcome field and the token
// field, resizes the terminal in the middle of each, and checks that what
// was typed is still there, at 40x12 and after growing and shrinking.
func TestResizeKeepsTypedText(t *testing.T) {
	e := newEnv(t).set("NO_COLOR", "1")
	tm := startTerm(t, e, 40, 12, "--demo")
	w := walker{t: t, tm: tm, token: airtabletest.SamplePAT}

	w.arrive(0, steps.Count(), steps.All()[0])
	// At 40x12 the introduction comes first and the field below the fold.
	tm.scrollFor("> default")
	tm.send(strings.Repeat(keyBack, len("default")))
	tm.typeText("team-a")
	tm.waitFor("> team-a")
	tm.resize(70, 20)
	tm.waitFor("> team-a")
	tm.resize(40, 12)
	tm.waitFor("> team-a")
	tm.send(keyEnter)

	w.walkFrom(steps.BuilderHub, steps.PasteToken)
	half := airtabletest.SamplePAT[:40]
	tm.typeText(half)
	tm.waitFor("The field holds 40 characters.")
	tm.resize(60, 16)
	tm.waitFor("The field holds 40 characters.")
	tm.resize(40, 12)
	tm.waitFor("The field holds 40 characters.")
	tm.typeText(airtabletest.SamplePAT[40:])
	tm.waitFor("The field holds 82 characters.")
	tm.send(keyEnter)
	tm.scrollFor("Press Enter to keep it safe.")
	tm.send(keyCtrlC)
	tm.waitExit(5 * time.Second)
}
