package e2e

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// childEnv makes the test binary act as a tiny terminal program instead of
// running the tests, so the harness can be checked without the product.
const childEnv = "E2E_HARNESS_CHILD"

func init() {
	if os.Getenv(childEnv) != "1" {
		return
	}
	// Ask for the cursor position, then read one line in the terminal's
	// normal line mode: the emulator's answer arrives before the typed text.
	fmt.Print("ready\x1b[6n")
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Printf("\r\ngot %q\r\n", strings.TrimSpace(line))
	os.Exit(7)
}

// TestHarnessRunsAProgram checks the harness itself: typed keys reach the
// program, its output reaches the emulated screen, terminal queries are
// answered, and the exit code and terminal modes are read.
func TestHarnessRunsAProgram(t *testing.T) {
	e := newEnv(t).set(childEnv, "1")
	tm := startProgram(t, e, 40, 12, os.Args[0])
	// The terminal echoes the emulator's answer as "^[[1;6R"; typing only
	// after it shows keeps the answer ahead of the typed text.
	tm.waitFor("ready^[[1;6R")
	tm.send("abc" + keyEnter)
	tm.waitFor(`got "\x1b[1;6Rabc"`)

	if code := tm.waitExit(5 * time.Second); code != 7 {
		t.Errorf("exit code %d, want 7", code)
	}
	if d := modeDiff(tm.before, tm.after); len(d) > 0 {
		t.Errorf("terminal modes changed: %v", d)
	}
	// The terminal's own echo shows the typed text after the prompt.
	if got := tm.lines()[0]; !strings.HasPrefix(got, "ready") || !strings.HasSuffix(got, "abc") {
		t.Errorf("first row %q, want the prompt and the echoed text", got)
	}
}

// TestSecretLeaksSeesTokenDrawnInPieces checks the transcript check itself:
// a token drawn with colour changes between its characters still counts.
func TestSecretLeaksSeesTokenDrawnInPieces(t *testing.T) {
	drawn := "x\x1b[1m" + testToken[:40] + "\x1b[m\x1b[2C" + testToken[40:] + "\r\n"
	if secretLeaks([]byte(drawn), testToken) == "" {
		t.Error("a token split by escape sequences was not found")
	}
	if got := secretLeaks([]byte("***\x1b[m"+testToken[:20]), testToken); got != "" {
		t.Errorf("a token prefix alone was reported: %s", got)
	}
}
