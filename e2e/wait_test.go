package e2e

import (
	"strings"
	"time"
)

// poll is how often a wait looks at the screen again. The program runs in
// its own process, so the test can only watch for what it draws.
const poll = 10 * time.Millisecond

// waitTimeout bounds every wait for the screen; the program answers a key
// in milliseconds, so only a broken program makes a test wait this long.
const waitTimeout = 10 * time.Second

// waitFor waits until the screen shows want and fails the test with the
// screen when it does not in time.
func (tm *term) waitFor(want string) {
	tm.t.Helper()
	tm.waitUntil("the screen to show "+quote(want), func(s string) bool {
		return strings.Contains(s, want)
	})
}

// scrollFor waits until the screen shows want, pressing Page Down while
// the screen says more is hidden below, as a person in a small window does.
func (tm *term) scrollFor(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for time.Now().Before(deadline) {
		s := tm.screenJoined()
		switch {
		case strings.Contains(s, want):
			return
		case strings.Contains(s, moreBelow):
			tm.send(keyPgDown)
			// Give the program a moment to draw the scrolled text.
			for end := time.Now().Add(time.Second); time.Now().Before(end); {
				if tm.screenJoined() != s {
					break
				}
				time.Sleep(poll)
			}
		default:
			time.Sleep(poll)
		}
	}
	tm.waitFor(want)
}

// screenJoined returns the screen with its rows joined by spaces, so text
// wrapped at the edge reads as one line.
func (tm *term) screenJoined() string {
	return strings.Join(tm.lines(), " ")
}

// moreBelow is what the wizard shows when a step's text goes on below.
const moreBelow = "↓ more"

// waitUntil polls the screen until ok holds for it. The screen is joined
// without line breaks too, so text wrapped at the edge still matches.
func (tm *term) waitUntil(what string, ok func(screen string) bool) {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		s := tm.screen()
		if ok(s) || ok(strings.ReplaceAll(s, "\n", " ")) {
			return
		}
		select {
		case <-tm.exited:
			// One last look: the final frame may have come with the exit.
			<-tm.drainedOrSoon()
			if s := tm.screen(); ok(s) {
				return
			}
			tm.t.Fatalf("the program exited (code %d) while waiting for %s; screen:\n%s",
				tm.exitCode(), what, frame(tm.screen()))
		default:
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out after %v waiting for %s; screen:\n%s",
				waitTimeout, what, frame(tm.screen()))
		}
		time.Sleep(poll)
	}
}

// drainedOrSoon returns a channel closed when the output has been read to
// its end, or after a short while.
func (tm *term) drainedOrSoon() <-chan struct{} {
	ch := make(chan struct{})
	go func() {
		select {
		case <-tm.drained:
		case <-time.After(2 * time.Second):
		}
		close(ch)
	}()
	return ch
}

// waitExit waits for the program to end and returns its exit code.
func (tm *term) waitExit(limit time.Duration) int {
	tm.t.Helper()
	select {
	case <-tm.exited:
	case <-time.After(limit):
		tm.t.Fatalf("the program did not exit within %v; screen:\n%s", limit,
			frame(tm.screen()))
	}
	<-tm.drainedOrSoon()
	return tm.exitCode()
}

func (tm *term) exitCode() int {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.code
}

// frame marks the left edge of every row of a screen dump, so a dump in a
// failure message reads as the screen did.
func frame(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString("|" + l + "\n")
	}
	return b.String()
}

func quote(s string) string { return "\"" + s + "\"" }

// expect waits until want shows in the text the program wrote after the
// point the last expect matched, and moves that point past it. It reads
// line-by-line output, where the screen scrolls and a waitFor could match
// an old line.
func (tm *term) expect(want string) {
	tm.t.Helper()
	tm.waitUntil("the output to show "+quote(want), func(string) bool {
		text := plainText(tm.transcript())
		i := strings.Index(text[min(tm.seen, len(text)):], want)
		if i < 0 {
			return false
		}
		tm.seen += i + len(want)
		return true
	})
}
