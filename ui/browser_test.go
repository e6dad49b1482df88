package ui

import (
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/browser"
)

// TestOpenOutcomeReadsAsSentences checks every opener result is worded as
// whole sentences: no reason in brackets, no doubled full stop, and advice
// to open the address by hand whenever no page opened.
func TestOpenOutcomeReadsAsSentences(t *testing.T) {
	cases := []struct {
		name   string
		result browser.Result
		want   string
	}{
		{"opened", browser.Result{Opened: true}, "The page opened in your browser."},
		{
			"no display",
			browser.Result{
				Skipped: true,
				Reason:  "No graphical display was found, so no browser was started.",
			},
			"No graphical display was found, so no browser was started. " +
				"Open the address above by hand.",
		},
		{
			"ssh without a full stop",
			browser.Result{
				Skipped: true,
				Reason:  "This is an SSH session with no display",
			},
			"This is an SSH session with no display. Open the address above by hand.",
		},
		{
			"skipped without reason",
			browser.Result{Skipped: true},
			"No browser was started here. Open the address above by hand.",
		},
		{
			"failed",
			browser.Result{Reason: "The browser did not answer in time."},
			"The browser did not open. The browser did not answer in time. " +
				"Open the address above by hand.",
		},
		{
			"failed without reason",
			browser.Result{},
			"The browser did not open. Open the address above by hand.",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := openOutcome(c.result)
			if got != c.want {
				t.Fatalf("got  %q\nwant %q", got, c.want)
			}
			for _, bad := range []string{"(", "..", ".)"} {
				if strings.Contains(got, bad) {
					t.Fatalf("%q holds %q", got, bad)
				}
			}
		})
	}
}
