package e2e

import (
	"testing"
	"time"
)

// interruptLimit is how soon the program must be gone after Ctrl+C.
const interruptLimit = 500 * time.Millisecond

// TestCtrlCExitsWithin500ms presses Ctrl+C at each moment of
// interruptCases, three times each, and demands the exit within 500 ms
// every time.
func TestCtrlCExitsWithin500ms(t *testing.T) {
	for _, c := range interruptCases() {
		t.Run(c.name, func(t *testing.T) {
			for range 3 {
				_, tm, took := interrupt(t, c)
				if took > interruptLimit {
					t.Errorf("the program took %v to exit after Ctrl+C, want at most %v; "+
						"the end of its output: %q", took.Round(time.Millisecond),
						interruptLimit, tail(tm.transcript(), 160))
				}
			}
		})
	}
}

// tail returns the last n bytes of b.
func tail(b []byte, n int) []byte { return b[max(len(b)-n, 0):] }
