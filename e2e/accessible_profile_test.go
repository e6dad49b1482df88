package e2e

import (
	"testing"
	"time"
)

// TestAccessibleEnterKeepsProfile presses only Enter at the profile
// prompt, which says "Enter keeps it": the wizard must go on to step 2.
func TestAccessibleEnterKeepsProfile(t *testing.T) {
	e := newEnv(t).set("TERM", "dumb")
	fakeAirtable(t, e)
	tm := startTerm(t, e, 80, 24)
	tm.expect("Profile name (Enter keeps it):")
	tm.send(keyEnter)
	tm.expect("Step 2 of 12")
	tm.send(keyCtrlC)
	tm.waitExit(5 * time.Second)
}
