package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/steps"
)

func TestEveryStepGoesForwardAndBack(t *testing.T) {
	d := newDriver(t, Config{})
	all := steps.All()
	for i, s := range all {
		if d.stepID() != s.ID {
			t.Fatalf("step %d: on %s, want %s", i+1, d.stepID(), s.ID)
		}
		d.mustShow(fmt.Sprintf("Step %d of %d", i+1, len(all)), s.Part.String())
		if i > 0 && s.ID != steps.Verify && s.ID != steps.Save {
			d.press("esc")
			if d.stepID() != all[i-1].ID {
				t.Fatalf("esc on %s went to %s, want %s", s.ID, d.stepID(), all[i-1].ID)
			}
			d.press("enter")
			if all[i-1].ID == steps.PasteToken {
				continue // Enter on the paste step starts a new check.
			}
			if all[i-1].ID == steps.Verify {
				d.press("enter") // ready: Enter saves again and goes on.
				continue
			}
		}
		if s.ID == steps.PasteToken {
			d.paste(testPAT)
		}
		if s.ID == steps.Summary {
			break
		}
		d.press("enter")
	}
	d.press("enter")
	if !d.quit || d.interrupted {
		t.Fatalf("Enter on the summary should finish: quit=%v interrupted=%v", d.quit, d.interrupted)
	}
	if !d.m.result.Saved || d.m.result.Profile != "default" {
		t.Fatalf("result = %+v, want saved default profile", d.m.result)
	}
}

func TestShiftTabGoesBack(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.Scopes)
	d.press("shift+tab")
	if d.stepID() != steps.NameToken {
		t.Fatalf("shift+tab went to %s", d.stepID())
	}
}

func TestCtrlCAtEveryStepLeavesWithoutSaving(t *testing.T) {
	for _, s := range steps.All() {
		t.Run(string(s.ID), func(t *testing.T) {
			d := newDriver(t, Config{})
			d.walkTo(s.ID)
			before := d.store.writes()
			if s.ID == steps.PasteToken {
				d.typeText("patTESTTE") // half typed
			}
			d.press("ctrl+c")
			if !d.interrupted {
				t.Fatalf("ctrl+c on %s did not interrupt", s.ID)
			}
			after := s.ID == steps.Save || s.ID == steps.LinkHub || s.ID == steps.Summary
			if !after && d.store.writes() != 0 || d.store.writes() != before {
				t.Fatalf("ctrl+c on %s: %d store writes", s.ID, d.store.writes())
			}
		})
	}
}

func TestCtrlCWhileVerifyingCancelsTheRequest(t *testing.T) {
	d := newDriver(t, Config{})
	d.verifier.block = true
	d.walkTo(steps.PasteToken)
	d.paste(testPAT)
	d.press("enter")
	d.mustShow("Asking Airtable")
	d.press("ctrl+c")
	if !d.interrupted {
		t.Fatal("ctrl+c while verifying did not interrupt")
	}
	if err := <-d.verifier.stopped; err == nil {
		t.Fatal("the request in flight was not cancelled")
	}
	if d.store.writes() != 0 {
		t.Fatalf("%d store writes after ctrl+c", d.store.writes())
	}
}

func TestBuilderHubOpensOffTheLoopAndShowsFailure(t *testing.T) {
	var opened []string
	cfg := Config{Open: func(_ context.Context, url string) browser.Result {
		opened = append(opened, url)
		return browser.Result{Reason: "the opener exited with status 3"}
	}}
	d := newDriver(t, cfg)
	d.walkTo(steps.BuilderHub)
	d.press("enter")
	if len(opened) != 1 || opened[0] != steps.TokensURL {
		t.Fatalf("opened %v", opened)
	}
	d.mustShow("did not open", steps.TokensURL)
	d.press("enter")
	if d.stepID() != steps.FindTokens {
		t.Fatalf("after a failed open, Enter went to %s", d.stepID())
	}
}

func TestURLStaysWholeAtNarrowWidth(t *testing.T) {
	d := newDriver(t, Config{})
	d.resize(40, 12)
	d.walkTo(steps.BuilderHub)
	for _, l := range strings.Split(d.view(), "\n") {
		if strings.Contains(l, "airtable.com/create") && strings.TrimSpace(l) != steps.TokensURL {
			t.Fatalf("address not on a line of its own: %q", l)
		}
	}
	d.mustShow(steps.TokensURL)
	if !strings.Contains(d.m.render(), "\x1b]8;;"+steps.TokensURL) {
		t.Fatal("address is not also a hyperlink")
	}
	d.press("c")
	if len(d.clipboard) != 1 || d.clipboard[0] != steps.TokensURL {
		t.Fatalf("clipboard = %q", d.clipboard)
	}
}

func TestScopesRequiredStaysTickedAndPresets(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.Scopes)
	d.press("space") // cursor on user.email:read
	if !d.m.scopes.on[airtable.ScopeUserEmailRead] {
		t.Fatal("the required scope was unticked")
	}
	d.mustShow("required")
	d.press("r")
	want := []string{
		airtable.ScopeUserEmailRead, airtable.ScopeDataRecordsRead,
		airtable.ScopeSchemaBasesRead, airtable.ScopeDataRecordCommentsRead,
	}
	if got := d.m.scopes.chosen(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("read only preset = %v", got)
	}
	d.press("a")
	if len(d.m.scopes.chosen()) != 8 {
		t.Fatalf("all preset = %v", d.m.scopes.chosen())
	}
	d.press("down", "space")
	if d.m.scopes.on[airtable.ScopeDataRecordsRead] {
		t.Fatal("space did not untick data.records:read")
	}
	d.press("c")
	if len(d.clipboard) != 1 || !strings.HasPrefix(d.clipboard[0], "user.email:read\n") {
		t.Fatalf("copied scope list = %q", d.clipboard)
	}
}

func TestBaseAccessShowsTheChoice(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.BaseAccess)
	d.press("down")
	d.mustShow("Chosen: All current and future bases")
	d.press("up")
	d.mustShow("Chosen: Specific bases, added one by one")
	d.press("down", "enter")
	if d.m.access.choice != steps.AccessAll {
		t.Fatalf("choice = %s", d.m.access.choice)
	}
	d.press("esc")
	d.mustShow("Chosen: All current and future bases")
}

func TestLongAddressesShowEveryCharacterAtNarrowWidth(t *testing.T) {
	hub := "https://hub.example.com/connect/airtable?integration=sales-team-2026"
	d := newDriver(t, Config{HubURL: hub, Demo: true, DemoToken: testPAT})
	d.resize(40, 24)
	d.walkTo(steps.PasteToken)
	if !strings.Contains(strings.ReplaceAll(d.view(), "\n", ""), testPAT) {
		t.Fatalf("practice token not shown whole:\n%s", d.view())
	}
	d.walkTo(steps.LinkHub)
	flat := strings.ReplaceAll(d.view(), "\n", "")
	if !strings.Contains(flat, hub) {
		t.Fatalf("hub address not shown whole:\n%s", d.view())
	}
	for _, row := range strings.Split(d.view(), "\n") {
		if ansi.StringWidth(row) > 40 {
			t.Fatalf("row wider than the window: %q", row)
		}
	}
}

func TestEscWhileVerifyingStopsTheCheck(t *testing.T) {
	d := newDriver(t, Config{})
	d.verifier.block = true
	d.walkTo(steps.PasteToken)
	d.paste(testPAT)
	d.press("enter", "esc")
	if d.stepID() != steps.PasteToken {
		t.Fatalf("esc while checking went to %s", d.stepID())
	}
	if err := <-d.verifier.stopped; err == nil {
		t.Fatal("the check was not cancelled")
	}
	if d.m.rawToken() != testPAT {
		t.Fatal("going back lost the pasted token")
	}
}

func TestTabAndShiftTabMirrorEachOtherOnEveryStep(t *testing.T) {
	for _, s := range steps.All() {
		if s.ID == steps.Welcome || s.ID == steps.Summary {
			continue
		}
		t.Run(string(s.ID), func(t *testing.T) {
			d := newDriver(t, Config{})
			d.walkTo(s.ID)
			if s.ID == steps.Verify || s.ID == steps.Save {
				return // Enter there starts work; covered by the list test
			}
			if s.ID == steps.PasteToken {
				d.paste(testPAT)
			}
			d.press("tab")
			if d.m.step != steps.Index(s.ID)+1 {
				t.Fatalf("tab on %s went to %s", s.ID, d.stepID())
			}
			d.press("shift+tab")
			if d.stepID() != s.ID {
				t.Fatalf("shift+tab came back to %s, not %s", d.stepID(), s.ID)
			}
		})
	}
}

func TestArrowsMoveAndTickOnTheScopes(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.Scopes)
	on := func(name string) bool { return d.m.scopes.on[name] }
	d.press("down") // data.records:read, ticked by default
	d.send(tea.KeyPressMsg{Code: tea.KeyLeft})
	if on(airtable.ScopeDataRecordsRead) {
		t.Fatal("← did not untick")
	}
	d.send(tea.KeyPressMsg{Code: tea.KeyLeft})
	if on(airtable.ScopeDataRecordsRead) {
		t.Fatal("← ticked instead of leaving it unticked")
	}
	d.send(tea.KeyPressMsg{Code: tea.KeyRight})
	d.send(tea.KeyPressMsg{Code: tea.KeyRight})
	if !on(airtable.ScopeDataRecordsRead) {
		t.Fatal("→ did not tick")
	}
	d.press("space")
	if on(airtable.ScopeDataRecordsRead) {
		t.Fatal("space did not untick")
	}
	d.press("tab")
	if d.stepID() != steps.BaseAccess {
		t.Fatalf("tab on the scopes went to %s", d.stepID())
	}
	d.press("shift+tab")
	d.mustShow("space or → ticks, ← unticks")
	d.press("?")
	d.mustShow("enter/tab", "esc/shift+tab", "↑/k", "↓/j", "→ ticks, ← unticks")
}

func TestFooterNamesTabWhenThereIsRoom(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.FindTokens)
	d.resize(120, 24)
	d.mustShow("enter/tab continue • esc/shift+tab back")
}

func TestLastFrameIsEmptyWhenLeaving(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.Scopes)
	if d.m.View().Content == "" {
		t.Fatal("a running step drew nothing")
	}
	d.press("ctrl+c")
	if !d.interrupted || d.m.View().Content != "" {
		t.Fatalf("after ctrl+c the last frame holds %q", d.m.View().Content)
	}
	d = newDriver(t, Config{})
	d.walkTo(steps.Summary)
	d.press("enter")
	if !d.quit || d.m.View().Content != "" {
		t.Fatalf("after the summary the last frame holds %q", d.m.View().Content)
	}
}

func TestResultSaysLinkedAndProgressKept(t *testing.T) {
	d := newDriver(t, Config{StateDir: t.TempDir()})
	d.walkTo(steps.Summary)
	if !d.m.result.Linked {
		t.Fatal("Enter on the link step did not count as linked")
	}
	d = newDriver(t, Config{StateDir: t.TempDir()})
	d.walkTo(steps.Scopes)
	d.press("ctrl+c")
	if !d.m.result.ProgressKept || d.m.result.Linked {
		t.Fatalf("result after ctrl+c = %+v", d.m.result)
	}
	d = newDriver(t, Config{})
	d.walkTo(steps.Scopes)
	d.press("ctrl+c")
	if d.m.result.ProgressKept {
		t.Fatal("progress counted as kept with nowhere to keep it")
	}
}
