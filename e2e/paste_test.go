package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/steps"
)

// shortcutToken has the token's length and is full of letters that are
// shortcuts elsewhere: q, ? (help), o (open browser), c (copy), t, r/w/a.
var shortcutToken = "patq?oq?oq?oq?oq?." + strings.Repeat("q?ocrwat", 8)

// TestBracketedPasteLandsWhole pastes the token as one bracketed paste and
// checks the field holds every character, the mask shows none of them,
// and the letters inside the paste act as no shortcut.
func TestBracketedPasteLandsWhole(t *testing.T) {
	if len(shortcutToken) != 82 {
		t.Fatalf("shortcutToken has %d characters, want 82", len(shortcutToken))
	}
	e := newEnv(t)
	fakeAirtable(t, e)
	tm := startTerm(t, e, 80, 24)
	w := walker{t: t, tm: tm}

	// On a step without a field, a paste of shortcut letters does nothing.
	w.walkTo(steps.BuilderHub)
	before := tm.screen()
	tm.paste("o?q")
	tm.send(keyRight) // a key after the paste proves the paste was read
	tm.waitFor("Press Enter to open it in your browser.")
	if after := tm.screen(); after != before {
		t.Errorf("a paste on the Builder Hub step changed the screen:\n%s", frame(after))
	}
	w.walkFrom(steps.BuilderHub, steps.PasteToken)

	tm.paste(shortcutToken)
	tm.waitFor("The field holds 82 characters.")
	s := tm.screenJoined()
	for _, shortcut := range []string{
		"to close this help", "Opening your browser",
		"copied (if",
	} {
		if strings.Contains(s, shortcut) {
			t.Errorf("a letter inside the paste acted as a shortcut (%q shows):\n%s",
				shortcut, frame(tm.screen()))
		}
	}
	if row := maskedRow(tm); strings.ContainsAny(strings.SplitN(row, "> ", 2)[1], "pqo?.") {
		t.Errorf("the token field shows token characters: %q", row)
	}

	// Emptied with backspace, the field takes the real token in one paste,
	// and the live check goes on with it.
	tm.send(strings.Repeat(keyBack, 82))
	tm.waitFor("The field is empty.")
	tm.paste(testToken)
	tm.waitFor("The field holds 82 characters.")
	tm.send(keyEnter)
	tm.scrollFor("Press Enter to keep it safe.")
	tm.send(keyCtrlC)
	tm.waitExit(5 * time.Second)
	if leak := secretLeaks(tm.transcript(), testToken); leak != "" {
		t.Errorf("the transcript holds the token: %s", leak)
	}
	if strings.Contains(plainText(tm.transcript()), shortcutToken[16:40]) {
		t.Error("the transcript holds the pasted text")
	}
}
