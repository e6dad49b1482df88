package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/steps"
)

// TestPracticeModeShowsOnEveryScreen checks the practice tag is in the
// header of every step, at 80x24 and at 40x12, with the step number and
// the part still there.
func TestPracticeModeShowsOnEveryScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		d := newDriver(t, Config{Demo: true, DemoToken: testPAT})
		d.resize(size[0], size[1])
		for d.stepID() != steps.Summary {
			head := strings.Split(d.view(), "\n")[0]
			want := []string{"Practice", d.m.current().Part.String()}
			for _, w := range want {
				if !strings.Contains(head, w) {
					t.Fatalf("%dx%d %s: header %q lacks %q", size[0], size[1],
						d.stepID(), head, w)
				}
			}
			if d.stepID() == steps.PasteToken {
				d.paste(testPAT)
			}
			d.press("enter")
		}
		d.mustShow("Practice")
	}
}

// TestPracticeSaveSaysThrownAway checks practice mode never claims the
// token went into the system keyring.
func TestPracticeSaveSaysThrownAway(t *testing.T) {
	d := newDriver(t, Config{Demo: true, DemoToken: testPAT})
	d.walkTo(steps.LinkHub)
	d.press("esc")
	d.mustShow("practice store", "thrown away")
	if strings.Contains(d.view(), "system keyring.") {
		t.Fatalf("practice save claims the system keyring:\n%s", d.view())
	}
	d.walkTo(steps.Summary)
	d.mustShow("Saved: in a practice store", "Practice done.")
	if strings.Contains(d.view(), "system keyring") || strings.Contains(d.view(), "All set") {
		t.Fatalf("practice summary claims a real save:\n%s", d.view())
	}
}

// TestRealHeaderKeepsStepWord checks that outside practice mode even the
// longest header keeps "Step N of 12" at 40 columns.
func TestRealHeaderKeepsStepWord(t *testing.T) {
	d := newDriver(t, Config{})
	d.resize(40, 12)
	d.walkTo(steps.LinkHub)
	if head := strings.Split(d.view(), "\n")[0]; !strings.HasPrefix(head, "Step 11 of 12") {
		t.Fatalf("header %q", head)
	}
}

// TestSampleTokenShowsWholeAtEveryWidth checks the practice sample shows
// every character at widths from 40 up, in view while the field is empty,
// and that pasting it as copied over several rows lands as the token.
func TestSampleTokenShowsWholeAtEveryWidth(t *testing.T) {
	for _, w := range []int{40, 41, 60, 80, 81, 82, 120} {
		d := newDriver(t, Config{Demo: true, DemoToken: testPAT})
		d.resize(w, 16)
		d.walkTo(steps.PasteToken)
		var rows []string
		for _, l := range strings.Split(d.view(), "\n") {
			if strings.HasPrefix(l, "pat") || (len(rows) > 0 && strings.Trim(l, "0") == "" &&
				l != "") {
				rows = append(rows, l)
			}
		}
		if got := strings.Join(rows, ""); got != testPAT {
			t.Fatalf("width %d: the sample shows as %q:\n%s", w, got, d.view())
		}
		for _, r := range rows {
			if len(r) > w {
				t.Fatalf("width %d: a row of %d characters", w, len(r))
			}
		}
		d.paste(strings.Join(rows, "\r\n") + "\n")
		if d.m.rawToken() != testPAT {
			t.Fatalf("width %d: pasting the rows gave %d characters", w, len(d.m.rawToken()))
		}
	}
}

func TestRowBreaksStayRefusedOutsidePractice(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.PasteToken)
	d.paste(testPAT[:40] + "\n" + testPAT[40:])
	d.press("enter")
	if d.verifier.count() != 0 {
		t.Fatal("a token with a line break inside was sent")
	}
}

// TestSampleRowsStayTogetherAt40x12 checks that scrolling in the smallest
// window shows the practice sample's rows all together or not at all.
func TestSampleRowsStayTogetherAt40x12(t *testing.T) {
	d := newDriver(t, Config{Demo: true, DemoToken: testPAT})
	d.resize(40, 12)
	d.walkTo(steps.PasteToken)
	pieces := []string{testPAT[:40], testPAT[40:80], testPAT[80:]}
	whole := false
	check := func() {
		t.Helper()
		seen := 0
		for _, l := range strings.Split(d.view(), "\n") {
			for _, p := range pieces {
				if strings.TrimSpace(l) == p {
					seen++
				}
			}
		}
		if seen != 0 && seen != len(pieces) {
			t.Fatalf("only %d of the sample's rows show:\n%s", seen, d.view())
		}
		whole = whole || seen == len(pieces)
	}
	check()
	for range 6 {
		d.press("pgdown")
		check()
	}
	for range 6 {
		d.send(tea.KeyPressMsg{Code: tea.KeyPgUp})
		check()
	}
	if !whole {
		t.Fatal("the sample never showed whole")
	}
}
