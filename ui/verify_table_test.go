package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/steps"
)

// liveVerifier runs the real check against the fake Airtable.
type liveVerifier struct{ url string }

func (v liveVerifier) Verify(ctx context.Context, token string, scopes []string) (
	airtable.Report, error,
) {
	return airtable.VerifyToken(ctx, token, scopes, airtable.WithBaseURL(v.url))
}

func TestCheckTableShowsChosenScopesAndBasesAbove80x24Fold(t *testing.T) {
	srv := airtabletest.NewServer(airtabletest.DemoAccounts())
	defer srv.Close()
	d := newDriver(t, Config{})
	d.m.cfg.Verifier = liveVerifier{srv.URL}
	d.walkTo(steps.PasteToken)
	d.paste(airtabletest.SamplePAT)
	d.press("enter")
	view := d.view()
	d.mustShow("Base Product Launch", "Base Content Calendar", "Other scopes:",
		"Scope data.records:read")
	if strings.Contains(view, "webhook:manage  ") || strings.Contains(view, "granted: ") {
		t.Fatalf("unchosen scope has its own row or a double colon remains:\n%s", view)
	}
	if strings.Contains(view, "↓ more") {
		t.Fatalf("the table does not fit 80x24:\n%s", view)
	}
}

func TestWrongLengthIsSaidOnceOnTheCheckScreen(t *testing.T) {
	short := testPAT[:80]
	shape := airtable.CheckShape(short)
	d := newDriver(t, Config{})
	d.verifier.report = refusedWithShape(shape)
	d.walkTo(steps.PasteToken)
	d.paste(short)
	d.press("enter")
	if d.stepID() != steps.Verify {
		t.Fatalf("a wrong-length token did not reach the check: %s", d.stepID())
	}
	if n := strings.Count(d.view(), "82"); n != 1 {
		t.Fatalf("the length is named %d times:\n%s", n, d.view())
	}
}

// A chosen scope late in the guide's order gets its row above the line
// that sums up the other scopes, and that line's continuation hangs under
// its text in a narrow window.
func TestOtherScopesLineComesAfterEveryChosenScope(t *testing.T) {
	srv := airtabletest.NewServer(airtabletest.DemoAccounts())
	defer srv.Close()
	d := newDriver(t, Config{})
	d.m.cfg.Verifier = liveVerifier{srv.URL}
	d.walkTo(steps.PasteToken)
	d.m.scopes.set(append(d.m.scopes.chosen(), airtable.ScopeDataRecordCommentsRead))
	d.paste(airtabletest.SamplePAT)
	d.press("enter")
	d.resize(40, 60)
	view := d.view()
	other := strings.Index(view, "Other scopes:")
	comments := strings.Index(view, "Scope "+airtable.ScopeDataRecordCommentsRead)
	if other < 0 || comments < 0 || other < comments {
		t.Fatalf("the other scopes line is not below every chosen scope:\n%s", view)
	}
	rows := strings.Split(view[other:], "\n")
	if len(rows) < 2 || !strings.HasPrefix(rows[1], "  ") ||
		strings.HasPrefix(rows[1], "   ") {
		t.Fatalf("the other scopes line does not hang by two columns at 40:\n%s", view)
	}
	for _, r := range strings.Split(view, "\n") {
		if ansi.StringWidth(r) > 40 {
			t.Fatalf("row wider than 40 columns: %q", r)
		}
	}
}

// refusedWithShape is the report of a token Airtable refused (401) whose
// shape was also odd, as se says: the refusal carries the shape finding.
func refusedWithShape(se *airtable.ShapeError) airtable.Report {
	refused := airtable.Problem{
		Kind:    airtable.KindTokenRejected,
		Message: "Airtable did not accept this token. " + se.Finding(),
		Shape:   se,
	}
	return airtable.Report{
		Outcome: airtable.OutcomeRejected, Problems: []airtable.Problem{refused},
		Checks: []airtable.CheckRow{{
			Label: "Token", Status: airtable.CheckFailed, Note: refused.Message,
		}},
	}
}
