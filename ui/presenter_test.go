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
