package cli

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestConnectWithTokenPresenterNamesNoLength checks that a shared screen
// learns nothing about the token's length, whether the shape stopped it
// before sending or Airtable refused it with the length as a finding.
func TestConnectWithTokenPresenterNamesNoLength(t *testing.T) {
	runs := regexp.MustCompile(`\d+`)
	for _, raw := range []string{
		tokAll[:17],              // the id alone
		tokAll[:70],              // cut short: Airtable refuses it
		tokAll + tokAll,          // pasted twice
		strings.Repeat("x", 300), // far too long
		tokAll[:40] + " " + tokAll[40:],
	} {
		h := newHarness(t)
		r := h.run(raw, "connect", "--with-token", "--presenter", "--profile", "p")
		n := len([]rune(strings.TrimSpace(raw)))
		for _, run := range runs.FindAllString(r.out+r.err, -1) {
			if run == strconv.Itoa(n) || run == "82" {
				t.Errorf("%d chars: output names a length:\n%s", n, r.out)
			}
		}
		if r.code != ExitRejected {
			t.Errorf("%d chars: exit %d, want %d", n, r.code, ExitRejected)
		}
	}
}
