package airtable_test

import (
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// readOnlyAccount has the required scopes and data.records:read only.
func readOnlyAccount() airtabletest.Account {
	return airtabletest.DemoAccount().Without(airtable.ScopeDataRecordsWrite,
		airtable.ScopeSchemaBasesWrite, airtable.ScopeDataRecordCommentsRead,
		airtable.ScopeDataRecordCommentsWrite, airtable.ScopeWebhookManage)
}

// row returns the check row with label, failing the test when there is none.
func row(t *testing.T, r airtable.Report, label string) airtable.CheckRow {
	t.Helper()
	for _, c := range r.Checks {
		if c.Label == label {
			return c
		}
	}
	t.Fatalf("no row %q in %+v", label, r.Checks)
	return airtable.CheckRow{}
}

func TestVerifyShowsEveryScopeButFailsOnlyChosen(t *testing.T) {
	s := newFake(t, map[string]airtabletest.Account{pat: readOnlyAccount()})
	want := map[string]airtable.Verdict{
		"user.email:read": "granted", "data.records:read": "granted",
		"data.records:write": "unknown", "schema.bases:read": "granted",
		"schema.bases:write": "unknown", "data.recordComments:read": "missing",
		"data.recordComments:write": "unknown", "webhook:manage": "missing",
	}

	r := verify(t, s, pat, nil)
	if len(r.Scopes) != 8 {
		t.Errorf("%d verdicts, want the guide's eight: %v", len(r.Scopes), r.Scopes)
	}
	for scope, v := range want {
		if r.Scopes[scope] != v {
			t.Errorf("Scopes[%s] = %q, want %q", scope, r.Scopes[scope], v)
		}
	}
	if r.Outcome.ExitCode() != 0 || !r.Ready() || len(r.Failures()) != 0 {
		t.Errorf("required set met but exit %d, failures %v", r.Outcome.ExitCode(), kinds(r))
	}
	hook := row(t, r, "Scope webhook:manage")
	if hook.Status != airtable.CheckInfo || hook.Fix != "" ||
		!strings.Contains(hook.Note, "not granted") {
		t.Errorf("unchosen missing scope row = %+v", hook)
	}
	if c := row(t, r, "Scope data.records:read"); c.Status != airtable.CheckPassed {
		t.Errorf("granted scope row = %+v", c)
	}

	r = verify(t, s, pat, []string{airtable.ScopeUserEmailRead, airtable.ScopeWebhookManage})
	if r.Outcome.ExitCode() != 4 || r.Ready() {
		t.Errorf("chosen webhook:manage missing but exit %d", r.Outcome.ExitCode())
	}
	if p := problem(t, r, airtable.KindScopeMissing); p.Scope != airtable.ScopeWebhookManage {
		t.Errorf("failure names %q, want webhook:manage", p.Scope)
	}
	if got := kinds(r); strings.Count(strings.Join(got, ","), "scope_missing") != 1 {
		t.Errorf("only the chosen scope may fail: %v", got)
	}
	if c := row(t, r, "Scope webhook:manage"); c.Status != airtable.CheckFailed || c.Fix == "" {
		t.Errorf("chosen missing scope row = %+v", c)
	}
	if c := row(t, r, "Scope data.recordComments:read"); c.Status != airtable.CheckInfo {
		t.Errorf("unchosen missing scope row = %+v", c)
	}
}

func TestVerifyKeepsUnknownChosenScope(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	r := verify(t, s, pat, []string{"block:manage"})
	if len(r.Scopes) != 9 || r.Scopes["block:manage"] != airtable.Unknown {
		t.Errorf("scopes = %v, want the eight and block:manage unknown", r.Scopes)
	}
	c := row(t, r, "Scope block:manage")
	if c.Status != airtable.CheckNotChecked || !strings.Contains(c.Note, "no side-effect-free") ||
		strings.Contains(c.Note, "changing data") {
		t.Errorf("unknown scope row = %+v", c)
	}
	w := row(t, verify(t, s, pat, []string{airtable.ScopeDataRecordsWrite}),
		"Scope "+airtable.ScopeDataRecordsWrite)
	if !strings.Contains(w.Note, "without changing data") {
		t.Errorf("write scope row = %+v", w)
	}
}

func TestVerifyUnchosenSchemaScopeWarns(t *testing.T) {
	acc := airtabletest.DemoAccount().Without(airtable.ScopeSchemaBasesRead)
	s := newFake(t, map[string]airtabletest.Account{pat: acc})
	r := verify(t, s, pat, []string{airtable.ScopeUserEmailRead})
	if r.Scopes[airtable.ScopeSchemaBasesRead] != airtable.Missing || len(r.Failures()) != 0 {
		t.Errorf("verdict %q failures %v", r.Scopes[airtable.ScopeSchemaBasesRead], kinds(r))
	}
	c := row(t, r, "Scope schema.bases:read")
	if c.Status != airtable.CheckWarning || !strings.Contains(c.Note, "could not be listed") {
		t.Errorf("row = %+v", c)
	}
}

// Labels name what was checked; the mark and the note carry the verdict, so
// a failed row never reads as a success.
func TestCheckLabelsAreNeutral(t *testing.T) {
	s := newFake(t, map[string]airtabletest.Account{
		pat: airtabletest.DemoAccount().Without(airtable.ScopeUserEmailRead),
	})
	rejected := verify(t, s, "patTESTTESTTEST09."+strings.Repeat("0", 64), nil)
	r := verify(t, s, pat, nil)
	for _, rep := range []airtable.Report{rejected, r} {
		for _, c := range rep.Checks {
			l := strings.ToLower(c.Label)
			for _, verdict := range []string{"accept", "granted", "missing", "fail", "passed"} {
				if strings.Contains(l, verdict) {
					t.Errorf("label %q holds a verdict", c.Label)
				}
			}
		}
	}
	if c := rejected.Checks[0]; c.Label != "Token" || c.Status != airtable.CheckFailed ||
		!strings.Contains(c.Note, "did not accept") {
		t.Errorf("first row of a refused token = %+v", c)
	}
	if c := row(t, r, "Scope user.email:read"); c.Status != airtable.CheckFailed {
		t.Errorf("missing required email row = %+v", c)
	}
	if c := row(t, r, "Base Product Launch"); !strings.Contains(c.Note, "create") {
		t.Errorf("base row = %+v", c)
	}
}
