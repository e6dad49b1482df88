package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/steps"
)

func TestQuotedButtonNamesStayOnOneRowAt40(t *testing.T) {
	d := newDriver(t, Config{})
	d.resize(40, 40)
	d.walkTo(steps.BaseAccess)
	d.mustShow(`"+ Add a base"`)
	for _, r := range strings.Split(d.view(), "\n") {
		if ansi.StringWidth(r) > 40 {
			t.Fatalf("row wider than the window: %q", r)
		}
	}
}

func TestListRowsHangUnderTheirText(t *testing.T) {
	rows := hangingWrap("> [x] schema.bases:read lets the hub list the tables", 24)
	if len(rows) < 2 {
		t.Fatalf("did not wrap: %q", rows)
	}
	for _, r := range rows[1:] {
		if !strings.HasPrefix(r, "      ") || r[6] == ' ' {
			t.Fatalf("continuation %q does not hang under the text (rows %q)", r, rows)
		}
	}
	for _, r := range rows {
		if ansi.StringWidth(r) > 24 {
			t.Fatalf("row %q wider than 24", r)
		}
	}
	plain := hangingWrap("Press the button and then some more words here", 20)
	if strings.HasPrefix(plain[1], " ") {
		t.Fatalf("a plain paragraph was indented: %q", plain)
	}
}
