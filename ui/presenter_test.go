package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
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

// oddLengths are lengths no screen shows otherwise, so finding them means
// a shape sentence gave a length away.
var oddLengths = regexp.MustCompile(`\b(4711|8093)\b`)

// Every kind of shape finding, as the paste step (blocking) or the check
// step (warning) shows it, names no length while presenting, and names it
// again once presenter mode is switched off.
func TestPresenterHidesTheLengthOfEveryShapeKind(t *testing.T) {
	kinds := []airtable.ShapeKind{
		airtable.ShapeEmpty, airtable.ShapeLegacyKey, airtable.ShapeTokenIDOnly,
		airtable.ShapeOAuthToken, airtable.ShapeWhitespace, airtable.ShapeControlChar,
		airtable.ShapePastedTwice, airtable.ShapeTooLong, airtable.ShapeWrongLength,
		airtable.ShapeUnknownPrefix, airtable.ShapeBadCharacters, airtable.ShapeUnusual,
	}
	for _, k := range kinds {
		for _, cut := range []bool{false, true} {
			se := &airtable.ShapeError{
				Kind: k, Length: 4711, Want: 8093, Prefix: "abc", Cut: cut, Odd: 2,
			}
			d := newDriver(t, Config{Presenter: true})
			if se.Blocking() {
				d.walkTo(steps.PasteToken)
				d.m.paste.shape = se
			} else {
				d.walkTo(steps.Verify)
				d.m.paste.warn = se
			}
			if oddLengths.MatchString(d.view()) {
				t.Fatalf("%s: presenter view names a length:\n%s", k, d.view())
			}
			d.press("ctrl+p")
			if oddLengths.MatchString(se.Message()) && !oddLengths.MatchString(d.view()) {
				t.Fatalf("%s: the length stayed hidden after presenting:\n%s", k, d.view())
			}
		}
	}
}

// A token Airtable refused (401) whose shape was also odd: the table row
// that repeats the refusal names no length while presenting.
func TestPresenterHidesTheLengthInARefusalWithShape(t *testing.T) {
	warnings := []airtable.ShapeKind{
		airtable.ShapeWrongLength, airtable.ShapeUnknownPrefix, airtable.ShapeUnusual,
	}
	for _, k := range warnings {
		se := &airtable.ShapeError{Kind: k, Length: 4711, Want: 8093, Prefix: "abc"}
		want := refusedWithShape(se)
		d := newDriver(t, Config{})
		d.verifier.report = want
		d.walkTo(steps.PasteToken)
		d.paste(testPAT)
		d.press("ctrl+p", "enter")
		if d.stepID() != steps.Verify {
			t.Fatalf("%s: the token did not reach the check: %s", k, d.stepID())
		}
		d.mustShow("Airtable did not accept this token.")
		if oddLengths.MatchString(d.view()) {
			t.Fatalf("%s: presenter view names a length:\n%s", k, d.view())
		}
		if got := d.m.verify.report.Problems[0].Message; got != want.Problems[0].Message {
			t.Fatalf("%s: presenting changed the report itself: %q", k, got)
		}
	}
}
