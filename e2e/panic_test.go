package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/steps"
)

// panicEnv makes the program built with the e2epanic tag panic (case C01):
// with "verify" the verification command panics; with "goroutine" a
// goroutine the program started panics, both after the token was pasted.
// The panic value holds the token. Release builds ignore the variable.
const panicEnv = "AIRTABLE_CONNECT_TEST_PANIC"

// TestPanicRestoresTerminal makes the program panic while verifying, once
// in a command and once in a goroutine of its own: the terminal must come
// back as it was, the exit code must be non-zero, and the panic report
// must come after the restore and hold no token.
func TestPanicRestoresTerminal(t *testing.T) {
	for _, where := range []string{"verify", "goroutine"} {
		t.Run(where, func(t *testing.T) {
			e := newEnv(t).set(panicEnv, where)
			fakeAirtable(t, e)
			tm := startProgram(t, e, 80, 24, panicBinary(t))
			walker{t: t, tm: tm}.walkTo(steps.PasteToken)
			tm.paste(testToken)
			tm.waitFor("The field holds 82 characters.")
			tm.send(keyEnter)
			code := tm.waitExit(5 * time.Second)

			if code == 0 {
				t.Error("exit code 0 after a panic, want non-zero")
			}
			assertRestored(t, tm)
			raw := string(tm.transcript())
			report := raw[strings.LastIndex(raw, altScreenOff)+1:]
			if !strings.Contains(strings.ToLower(plainText([]byte(report))), "panic") {
				t.Errorf("no panic report after the terminal was restored; output after "+
					"leaving the alternate screen: %q", report)
			}
			if leak := secretLeaks(tm.transcript(), testToken); leak != "" {
				t.Errorf("the transcript holds the token: %s", leak)
			}
		})
	}
}

// TestReleaseBuildHasNoPanicSwitch sets the panic switch for the program
// built without the e2epanic tag: the check must run as usual.
func TestReleaseBuildHasNoPanicSwitch(t *testing.T) {
	e := newEnv(t).set(panicEnv, "verify")
	fakeAirtable(t, e)
	tm := startTerm(t, e, 80, 24)
	walker{t: t, tm: tm}.walkTo(steps.PasteToken)
	tm.paste(testToken)
	tm.waitFor("The field holds 82 characters.")
	tm.send(keyEnter)
	tm.waitFor("The token works.")
	tm.send(keyCtrlC)
	if code := tm.waitExit(5 * time.Second); code != 130 {
		t.Errorf("exit code %d, want 130 after Ctrl+C", code)
	}
}
