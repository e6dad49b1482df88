package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/steps"
)

// scrollTo presses PgDn until text shows, as a person would.
func (d *driver) scrollTo(text string) {
	d.t.Helper()
	for range 10 {
		if strings.Contains(d.view(), text) {
			return
		}
		d.press("pgdown")
	}
	d.mustShow(text)
}

// TestBrowserOutcomeInViewAt40x12 presses Enter on the Builder Hub step
// in a 40x12 window: the outcome and the next action show at once, the
// address is still on screen, and PgUp reaches the words above it.
func TestBrowserOutcomeInViewAt40x12(t *testing.T) {
	cfg := Config{Open: func(context.Context, string) browser.Result {
		return browser.Result{Skipped: true,
			Reason: "This is an SSH session with no display, so no browser was started here."}
	}}
	d := newDriver(t, cfg)
	d.resize(40, 12)
	d.walkTo(steps.BuilderHub)
	d.press("enter")
	d.mustShow("Press Enter when the page is open.", "by hand.", steps.TokensURL)
	d.press("pgup")
	d.mustShow("Sign in to airtable.com")
	d.press("pgdown")
	d.mustShow("Press Enter when the page is open.")
}

// TestScrollStopsAtTheEnds checks that PgDn pressed past the end does not
// pile up: one PgUp moves the view back at once.
func TestScrollStopsAtTheEnds(t *testing.T) {
	d := newDriver(t, Config{})
	d.resize(40, 12)
	d.walkTo(steps.Scopes)
	top := d.view()
	d.press("pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown")
	bottom := d.view()
	d.press("pgup")
	if d.view() == bottom {
		t.Fatalf("PgUp after many PgDn did not move the view:\n%s", d.view())
	}
	d.press("pgup", "pgup", "pgup", "pgup", "pgup", "pgup")
	if d.view() != top {
		t.Fatalf("PgUp did not return to the top:\n%s", d.view())
	}
}
