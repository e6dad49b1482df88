package ui

import (
	"regexp"
	"strings"
	"testing"
)

// A practice run in accessible mode says so in every step's heading, and
// never tells the person the token goes into the system keyring.
func TestAccessiblePracticeSaysPracticeAndNeverTheKeyring(t *testing.T) {
	v, st := &fakeVerifier{report: goodReport()}, &fakeStore{}
	answers := strings.Repeat("\n", 9) + testPAT + "\n" + "\n\n"
	cfg := Config{Demo: true, DemoToken: testPAT, Verifier: v, Store: st}
	_, out, err := accessibleRunWith(t, cfg, answers)
	if err != nil {
		t.Fatalf("accessible run: %v\n%s", err, out)
	}

	headings := regexp.MustCompile(`(?m)^.*Step \d+ of 12\..*$`).FindAllString(out, -1)
	if len(headings) < 12 {
		t.Fatalf("%d step headings, want every step's:\n%s", len(headings), out)
	}
	for _, h := range headings {
		if !strings.HasPrefix(h, "Practice. Step ") {
			t.Fatalf("heading %q does not say it is practice", h)
		}
	}
	flat := strings.Join(strings.Fields(out), " ") // lines are wrapped at 80 columns
	if strings.Contains(flat, "system keyring") {
		t.Fatalf("a practice run mentions the system keyring:\n%s", out)
	}
	for _, want := range []string{
		"the token goes into a practice store, never into your real keyring",
		"Saved in a practice store, which is thrown away",
	} {
		if !strings.Contains(flat, want) {
			t.Fatalf("transcript lacks %q:\n%s", want, out)
		}
	}
}
