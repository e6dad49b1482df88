package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/steps"
)

var digits = regexp.MustCompile(`\d{2,}`)

func TestPresenterShapeMessagesNameNoLength(t *testing.T) {
	for _, raw := range []string{
		"patTESTTESTTEST00",                   // token id only
		testPAT + testPAT,                     // pasted twice
		strings.Repeat("x", 300),              // too long
		testPAT[:len(testPAT)-1] + "\t" + "a", // whitespace inside
	} {
		d := newDriver(t, Config{Presenter: true})
		d.walkTo(steps.PasteToken)
		d.paste(raw)
		d.press("enter")
		body := d.view()
		if i := strings.Index(body, "Token"); i >= 0 {
			body = body[i:]
		}
		if digits.MatchString(strings.ReplaceAll(body, "Step", "")) {
			t.Fatalf("presenter view names a length:\n%s", body)
		}
	}
}

func TestCtrlPTogglesPresenterOnAnyStep(t *testing.T) {
	for _, s := range steps.All() {
		d := newDriver(t, Config{})
		d.walkTo(s.ID)
		d.press("ctrl+p")
		if !d.m.presenter {
			t.Fatalf("ctrl+p on the %s step left presenter mode off", s.ID)
		}
		d.mustShow("Presenter mode is on")
		d.press("ctrl+p")
		if d.m.presenter {
			t.Fatalf("a second ctrl+p on the %s step left presenter mode on", s.ID)
		}
	}
}

func TestCtrlPHidesTheFieldLength(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.PasteToken)
	d.paste(testPAT)
	d.mustShow("The field holds 82 characters.")
	d.press("ctrl+p")
	if !d.m.presenter {
		t.Fatal("ctrl+p on the paste step left presenter mode off")
	}
	if strings.Contains(d.view(), "82") {
		t.Fatalf("presenter mode still shows the length:\n%s", d.view())
	}
	d.press("ctrl+p")
	d.mustShow("The field holds 82 characters.")
}

// A token of unusual length is only a warning: it is checked live, and the
// warning above the check must not name the length either.
func TestPresenterLengthWarningNamesNoLength(t *testing.T) {
	d := newDriver(t, Config{Presenter: true})
	d.walkTo(steps.PasteToken)
	d.paste(testPAT[:len(testPAT)-1])
	d.press("enter")
	if d.stepID() != steps.Verify {
		t.Fatalf("a short token was not sent to the check; screen:\n%s", d.view())
	}
	d.mustShow("not the length of a personal access token")
	if lengths := regexp.MustCompile(`\b8[12]\b`); lengths.MatchString(d.view()) {
		t.Fatalf("presenter view names a length:\n%s", d.view())
	}
}
