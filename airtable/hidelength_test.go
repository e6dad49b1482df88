package airtable_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// digitRuns finds every run of digits in a text.
var digitRuns = regexp.MustCompile(`\d+`)

// namesLength reports whether text holds a digit run equal to one of ns.
func namesLength(text string, ns ...int) bool {
	for _, run := range digitRuns.FindAllString(text, -1) {
		for _, n := range ns {
			if run == strconv.Itoa(n) {
				return true
			}
		}
	}
	return false
}

// shapeSamples gives one value of every shape kind.
var shapeSamples = map[airtable.ShapeKind]string{
	airtable.ShapeEmpty:         " ",
	airtable.ShapeLegacyKey:     "keyTESTTESTTEST00",
	airtable.ShapeTokenIDOnly:   "patTESTTESTTEST00",
	airtable.ShapeOAuthToken:    "oaaTESTTEST.v1.abc.def",
	airtable.ShapeWhitespace:    pat[:40] + " " + pat[40:],
	airtable.ShapeControlChar:   "\x16" + pat,
	airtable.ShapePastedTwice:   pat + pat,
	airtable.ShapeTooLong:       strings.Repeat("x", 300),
	airtable.ShapeWrongLength:   pat[:70],
	airtable.ShapeUnknownPrefix: "abc" + pat[3:],
	airtable.ShapeBadCharacters: pat[:19] + "?" + pat[20:],
	airtable.ShapeUnusual:       pat[:18] + strings.Repeat("Z", 64),
}

func TestDescribeHidingLengthNamesNoLength(t *testing.T) {
	for kind, raw := range shapeSamples {
		e := airtable.CheckShape(raw)
		if e == nil || e.Kind != kind {
			t.Fatalf("sample for %s gave %v", kind, e)
		}
		texts := []string{e.Describe(true), e.DescribeFinding(true)}
		r := airtable.ShapeReport(nil, e).WithoutLengths()
		for _, p := range r.Problems {
			texts = append(texts, p.Message)
		}
		for _, c := range r.Checks {
			texts = append(texts, c.Note)
		}
		for _, s := range texts {
			if namesLength(s, e.Length, e.Want) {
				t.Errorf("%s: %q names a length", kind, s)
			}
		}
		if e.Describe(false) != e.Message() || e.Describe(true) == "" {
			t.Errorf("%s: Describe(false) is not Message, or Describe(true) is empty", kind)
		}
	}
	cut := &airtable.ShapeError{Kind: airtable.ShapeTooLong, Length: 65536, Want: 82, Cut: true}
	if namesLength(cut.Describe(true), 65536, 82) {
		t.Errorf("cut input: %q names a length", cut.Describe(true))
	}
}

// A token of unusual length that Airtable refuses gets the length finding
// added to the refusal; without lengths it must still say what is wrong.
func TestRejectedWithShapeWithoutLengths(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	short := pat[:70]
	r := verify(t, s, short, nil)
	p := problem(t, r, airtable.KindTokenRejected)
	if p.Shape == nil || !namesLength(p.Message, 70, 82) {
		t.Fatalf("the refusal does not carry the shape finding: %q", p.Message)
	}
	hidden := r.WithoutLengths()
	var texts []string
	for _, p := range hidden.Problems {
		texts = append(texts, p.Message, p.Text(true))
	}
	for _, c := range hidden.Checks {
		texts = append(texts, c.Note, c.Fix)
	}
	for _, s := range texts {
		if namesLength(s, 70, 82) {
			t.Errorf("presenter text names a length: %q", s)
		}
	}
	if got := problem(t, hidden, airtable.KindTokenRejected).Message; !strings.Contains(got,
		"not the length of a personal access token") {
		t.Errorf("the refusal lost its finding: %q", got)
	}
	if !namesLength(problem(t, r, airtable.KindTokenRejected).Message, 70) {
		t.Errorf("WithoutLengths changed the report it was called on")
	}
}
