package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/airtable"
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

// scrollBackTo presses PgUp until text shows.
func (d *driver) scrollBackTo(text string) {
	d.t.Helper()
	for range 10 {
		if strings.Contains(d.view(), text) {
			return
		}
		d.press("pgup")
	}
	d.mustShow(text)
}

// mustHide fails if the screen holds text.
func (d *driver) mustHide(text string) {
	d.t.Helper()
	if strings.Contains(d.view(), text) {
		d.t.Fatalf("screen shows %q:\n%s", text, d.view())
	}
}

// TestBrowserOutcomeInViewAt40x12 presses Enter on the Builder Hub step
// in a 40x12 window: the outcome and the next action show at once, the
// address is still on screen, and PgUp reaches the words above it.
func TestBrowserOutcomeInViewAt40x12(t *testing.T) {
	cfg := Config{Open: func(context.Context, string) browser.Result {
		return browser.Result{
			Skipped: true,
			Reason:  "This is an SSH session with no display, so no browser was started here.",
		}
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

// rejectedReport is what a token Airtable refused gets.
func rejectedReport() airtable.Report {
	p := airtable.Problem{
		Kind:    airtable.KindTokenRejected,
		Message: "Airtable did not accept this token: it is wrong, incomplete or revoked.",
		Fix: "Copy the whole token again and paste it. If you no longer have it, " +
			"create a new one in the Builder Hub.",
	}
	return airtable.Report{
		Outcome: airtable.OutcomeRejected, Problems: []airtable.Problem{p},
		Checks: []airtable.CheckRow{{
			Label: "Token", Status: airtable.CheckFailed,
			Note: p.Message, Fix: p.Fix,
		}},
	}
}

// TestFailureHeadlineShowsNextToChoicesAt40x12 checks that after a failed
// check in a 40x12 window the cause shows right above the choices, and
// that the table is reachable with PgUp.
func TestFailureHeadlineShowsNextToChoicesAt40x12(t *testing.T) {
	d := newDriver(t, Config{})
	d.verifier.report = rejectedReport()
	d.resize(40, 12)
	d.walkTo(steps.Verify)
	d.mustShow("Airtable did not accept this token.", "Paste the token again",
		"Quit without saving")
	d.mustHide("Account:")
	d.scrollBackTo("✗ Token")
	d.press("down")
	d.mustShow("Airtable did not accept this token.", "> Quit without saving")
	d.mustHide("Go back to the scopes")
}

func TestFailureHeadlineNamesTheCause(t *testing.T) {
	scope := func(s string) airtable.Problem {
		return airtable.Problem{Kind: airtable.KindScopeMissing, Scope: s}
	}
	cases := []struct {
		name string
		r    airtable.Report
		want string
	}{
		{"rejected", rejectedReport(), "Airtable did not accept this token."},
		{
			"one scope",
			airtable.Report{
				Valid:    true,
				Problems: []airtable.Problem{scope("schema.bases:read")},
			},
			"The token lacks the scope schema.bases:read.",
		},
		{
			"two scopes",
			airtable.Report{Valid: true, Problems: []airtable.Problem{
				scope("schema.bases:read"), scope("data.records:read"),
			}},
			"The token lacks 2 of the chosen scopes.",
		},
		{"no base", airtable.Report{Valid: true, Problems: []airtable.Problem{
			{Kind: airtable.KindNoBase},
		}}, "The token reaches no base."},
		{"unreachable", airtable.Report{Problems: []airtable.Problem{
			{Kind: airtable.KindUnreachable},
		}}, "Airtable could not be reached."},
		{"warnings only", airtable.Report{Valid: true}, "The token reaches no base."},
	}
	for _, c := range cases {
		if got := failureHeadline(c.r); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestWelcomeIntroFirstAt40x12 checks the first thing a person reads in a
// 40x12 window is the introduction, with the field below the fold until
// the person types in it.
func TestWelcomeIntroFirstAt40x12(t *testing.T) {
	d := newDriver(t, Config{})
	d.resize(40, 12)
	d.mustShow("You will make a personal access token", "↓ more")
	d.scrollTo("> default")
	d.scrollBackTo("You will make")
	d.typeText("x")
	d.mustShow("> defaultx")
	d.press("enter")
	if d.stepID() != steps.BuilderHub || d.m.result.Profile != "defaultx" {
		t.Fatalf("on %s with profile %q", d.stepID(), d.m.result.Profile)
	}
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

// TestPasteAgainStartsWithAnEmptyField checks that choosing to paste the
// token again after a refusal empties the field, so the new paste does not
// land after the old token.
func TestPasteAgainStartsWithAnEmptyField(t *testing.T) {
	d := newDriver(t, Config{})
	d.verifier.report = rejectedReport()
	d.walkTo(steps.Verify)
	d.press("enter") // the first choice: paste the token again
	if d.stepID() != steps.PasteToken || d.m.rawToken() != "" {
		t.Fatalf("on %s with %d characters in the field", d.stepID(), len(d.m.rawToken()))
	}
	d.mustShow("The field is empty.")
	d.paste(testPAT)
	d.mustShow("The field holds 82 characters.")
}

// TestStepOpensAtItsTopAt40x12 checks the Builder Hub step opens at its
// first sentence, that PgDn brings what to press into view, and that the
// keys line names the step's keys before it runs out of room.
func TestStepOpensAtItsTopAt40x12(t *testing.T) {
	d := newDriver(t, Config{Open: func(context.Context, string) browser.Result {
		return browser.Result{Opened: true}
	}})
	d.resize(40, 12)
	d.walkTo(steps.BuilderHub)
	d.mustShow("Sign in to airtable.com.", "enter continue • o open page • ? help")
	d.press("pgdown")
	d.mustShow("Press Enter to open it in your browser.")
}

// TestOutcomesInViewAt40x12 checks a passed check and a finished save
// show their outcome and the next action without scrolling.
func TestOutcomesInViewAt40x12(t *testing.T) {
	d := newDriver(t, Config{})
	d.resize(40, 12)
	d.walkTo(steps.Verify)
	d.mustShow("The token works. Press Enter to keep it")
	d.press("enter")
	d.mustShow("Saved in your system keyring.", "Press Enter to link the account")
}

// TestKeyLineNeverCutsAKey checks the keys line at 40 columns drops keys
// whole, keeping "? help" (or ctrl+c where letters go in a field), enter
// and the step's essential key.
func TestKeyLineNeverCutsAKey(t *testing.T) {
	d := newDriver(t, Config{HubURL: "https://hub.example.com/link"})
	d.resize(40, 12)
	essential := map[steps.ID]string{
		steps.Scopes: "space tick", steps.BuilderHub: "o open page",
	}
	for _, s := range steps.All() {
		d.m.step = steps.Index(s.ID)
		rows := strings.Split(d.view(), "\n")
		last := rows[len(rows)-1]
		want := []string{"? help", "enter"}
		if d.m.typing() {
			want = []string{"ctrl+c quit", "enter"}
		}
		if e := essential[s.ID]; e != "" {
			want = append(want, e)
		}
		if strings.Contains(last, "…") || ansi.StringWidth(last) > 40 {
			t.Fatalf("%s: keys line %q cut or too wide", s.ID, last)
		}
		for _, w := range want {
			if !strings.Contains(last, w) {
				t.Fatalf("%s: keys line %q lacks %q", s.ID, last, w)
			}
		}
	}
}

// TestHelpListsOnlyKeysThatWork checks the help on a reading step leaves
// out the keys of other steps, and that Tab goes on there like Enter.
func TestHelpListsOnlyKeysThatWork(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.FindTokens)
	d.press("?")
	d.mustShow("enter", "esc/shift+tab", "ctrl+p")
	for _, other := range []string{"space", "copy token", "r/w/a", "↑/k"} {
		if strings.Contains(d.view(), other) {
			t.Fatalf("help lists %q on a step where it does nothing:\n%s", other, d.view())
		}
	}
	d.press("esc", "tab")
	if d.stepID() == steps.FindTokens {
		t.Fatal("tab did not go on")
	}
}
