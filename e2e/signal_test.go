package e2e

import (
	"syscall"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/steps"
)

// TestSignalsRestoreTerminal sends SIGINT, SIGTERM and SIGHUP (a closed
// tmux pane or a dropped SSH link) to the wizard in the middle of the
// token step: each time it must end soon with 128 plus the signal's
// number, save nothing, and leave the terminal as it found it.
func TestSignalsRestoreTerminal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) { signalMidToken(t, sig) })
	}
}

// signalMidToken sends sig to the wizard with part of a token typed and
// checks the terminal and the folders afterwards.
func signalMidToken(t *testing.T, sig syscall.Signal) {
	t.Helper()
	e := newEnv(t)
	fakeAirtable(t, e)
	tm := startTerm(t, e, 80, 24)
	walker{t: t, tm: tm}.walkTo(steps.PasteToken)
	tm.typeText(testToken[:20])
	tm.waitFor("The field holds 20 characters.")

	if err := tm.cmd.Process.Signal(sig); err != nil {
		t.Fatalf("send %v: %v", sig, err)
	}
	if code := tm.waitExit(3 * time.Second); code != 128+int(sig) {
		t.Errorf("exit code %d after %v, want %d", code, sig, 128+int(sig))
	}
	assertRestored(t, tm)
	assertNothingSaved(t, e)
}
