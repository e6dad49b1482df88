package ui

import (
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
)

func TestBracketedPasteLandsWhole(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.PasteToken)
	d.paste(testPAT)
	if got := d.m.rawToken(); got != testPAT {
		t.Fatalf("field holds %d characters, want the 82 pasted", len(got))
	}
	d.mustShow("The field holds 82 characters.")
}

func TestLettersInsideAPasteAreNoShortcuts(t *testing.T) {
	for _, id := range []steps.ID{steps.Welcome, steps.PasteToken} {
		d := newDriver(t, Config{Open: nil})
		d.walkTo(id)
		d.paste("q?o")
		if d.interrupted || d.quit || d.m.showHelp || d.m.browser.pending {
			t.Fatalf("%s: a pasted q, ? or o acted as a shortcut", id)
		}
		if d.stepID() != id {
			t.Fatalf("%s: the paste moved the wizard to %s", id, d.stepID())
		}
	}
	d := newDriver(t, Config{})
	d.walkTo(steps.PasteToken)
	d.typeText("q?o")
	if d.interrupted || d.m.showHelp || d.m.rawToken() != "q?o" {
		t.Fatalf("typed q?o: interrupted=%v help=%v", d.interrupted, d.m.showHelp)
	}
}

func TestSurroundingWhitespaceIsTrimmed(t *testing.T) {
	for _, raw := range []string{
		testPAT + "\r\n", " " + testPAT, testPAT + "\t",
		testPAT + "\u00a0",
	} {
		d := newDriver(t, Config{})
		d.walkTo(steps.PasteToken)
		d.paste(raw)
		d.press("enter")
		if d.verifier.count() != 1 || d.verifier.tokens[0] != testPAT {
			t.Fatalf("paste %q: verifier got %q", raw, d.verifier.tokens)
		}
	}
}

func TestShapeProblemsSendNothing(t *testing.T) {
	cases := map[string]string{
		"legacy key":   "keyTESTTESTTEST00",
		"token id":     "patTESTTESTTEST00",
		"space inside": "patTESTTESTTEST00. " + strings.Repeat("0", 64),
		"too long":     strings.Repeat("x", 10*1024),
		"pasted twice": testPAT + testPAT,
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			d := newDriver(t, Config{})
			d.walkTo(steps.PasteToken)
			d.paste(raw)
			d.press("enter")
			if d.verifier.count() != 0 {
				t.Fatalf("%d requests for a malformed token", d.verifier.count())
			}
			if d.stepID() != steps.PasteToken {
				t.Fatalf("moved on to %s", d.stepID())
			}
			se := airtable.CheckShape(raw)
			d.mustShow(firstWords(se.Message()))
		})
	}
}

// firstWords returns the start of a message, which survives wrapping.
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(3, len(f))], " ")
}

func TestRawCtrlVBringsAPasteHint(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.PasteToken)
	d.press("ctrl+v")
	d.mustShow("Shift+Insert")
	d = newDriver(t, Config{})
	d.walkTo(steps.PasteToken)
	d.paste("\x16")
	d.mustShow("Shift+Insert")
}

// TestTokenNeverOnScreen walks every step at both sizes and checks every
// frame drawn for the token and for any 10-character piece of it.
func TestTokenNeverOnScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		d := newDriver(t, Config{HubURL: "https://hub.example.com/link"})
		d.resize(size[0], size[1])
		d.walkTo(steps.LinkHub)
		d.press("t", "pgdown", "pgup", "enter")
		for _, s := range steps.All() {
			d.m.step = steps.Index(s.ID)
			d.views = append(d.views, d.view())
			d.press("?")
			d.press("esc")
		}
		for _, v := range d.views {
			assertNoSecret(t, v, testPAT)
		}
		if len(d.clipboard) != 1 || d.clipboard[0] != testPAT {
			t.Fatalf("t should copy the token once, got %d copies", len(d.clipboard))
		}
	}
}

func assertNoSecret(t *testing.T, view, secret string) {
	t.Helper()
	flat := strings.ReplaceAll(view, "\n", "")
	for i := 0; i+10 <= len(secret); i++ {
		if piece := secret[i : i+10]; strings.Contains(flat, piece) {
			t.Fatalf("screen shows %q of the token:\n%s", piece, view)
		}
	}
}

func TestPresenterHidesLengthAndCopy(t *testing.T) {
	d := newDriver(t, Config{})
	d.press("ctrl+p")
	d.mustShow("Presenter mode (for screen sharing) is on")
	d.walkTo(steps.PasteToken)
	d.paste(testPAT)
	v := d.view()
	if strings.Contains(v, "82") || strings.Contains(v, "****") {
		t.Fatalf("presenter screen shows the length:\n%s", v)
	}
	d.press("enter")
	d.mustShow("u***@example.com")
	if strings.Contains(d.view(), "user@example.com") {
		t.Fatalf("presenter screen shows the email:\n%s", d.view())
	}
	d.walkTo(steps.LinkHub)
	d.press("t")
	if len(d.clipboard) != 0 {
		t.Fatal("presenter mode copied the token")
	}
	d.mustShow("off in presenter mode")
}

func TestResizeKeepsWhatWasTyped(t *testing.T) {
	d := newDriver(t, Config{})
	d.press("backspace", "backspace", "backspace", "backspace", "backspace",
		"backspace", "backspace")
	d.typeText("work")
	d.resize(40, 12)
	d.resize(120, 40)
	if d.m.profile() != "work" {
		t.Fatalf("profile after resize = %q", d.m.profile())
	}
	d.walkTo(steps.PasteToken)
	d.typeText("patTESTTE")
	d.resize(40, 12)
	d.resize(30, 8)
	d.mustShow("Window too small", "Ctrl+C quits.")
	d.typeText("xyz")
	d.paste("abc")
	d.press("enter")
	if d.stepID() != steps.PasteToken || d.m.rawToken() != "patTESTTE" {
		t.Fatalf("keys acted in a window too small: step %s", d.stepID())
	}
	d.resize(80, 24)
	if d.m.rawToken() != "patTESTTE" {
		t.Fatal("resizing lost the typed token")
	}
	d.mustShow("The field holds 9 characters.")
}

func TestTokenNameComesFromTheProfile(t *testing.T) {
	d := newDriver(t, Config{Profile: "sales"})
	d.walkTo(steps.NameToken)
	d.mustShow("StackOne Hub - sales")
}

func TestBadProfileNameIsRefused(t *testing.T) {
	d := newDriver(t, Config{Profile: "../x"})
	d.press("enter")
	if d.stepID() != steps.Welcome {
		t.Fatal("an unsafe profile name was accepted")
	}
	d.mustShow("cannot be used")
}

// tickMsg stands for the cursor blinks and other ticks that reach the
// field between key presses.
type tickMsg struct{}

func TestShapeMessageOutlivesCursorBlinks(t *testing.T) {
	d := newDriver(t, Config{})
	d.resize(40, 12)
	d.walkTo(steps.PasteToken)
	d.paste("keyTESTTESTTEST00")
	d.press("enter")
	want := firstWords(airtable.CheckShape("keyTESTTESTTEST00").Message())
	d.send(tickMsg{})
	d.send(tickMsg{})
	d.mustShow(want)
	d.press("backspace")
	if strings.Contains(d.view(), want) {
		t.Fatalf("the message stayed after the field changed:\n%s", d.view())
	}
}

func TestRefusedTokenSaysHowToClearTheField(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.PasteToken)
	d.paste("keyTESTTESTTEST00")
	d.press("enter")
	d.mustShow("Ctrl+U clears the field.")
	d.press("ctrl+u")
	if d.m.rawToken() != "" {
		t.Fatalf("ctrl+u left %d characters", len(d.m.rawToken()))
	}
	d.mustShow("The field is empty.")
}
