package airtable_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

var all8 = airtabletest.AllScopes()

func TestVerifyScopes(t *testing.T) {
	demo := airtabletest.DemoAccount()
	readOnly := []string{
		airtable.ScopeUserEmailRead, airtable.ScopeDataRecordsRead,
		airtable.ScopeSchemaBasesRead,
	}
	tests := []struct {
		name        string
		account     airtabletest.Account
		chosen      []string
		wantOutcome airtable.Outcome
		wantScopes  map[string]airtable.Verdict
		wantKinds   []string
	}{
		{
			name: "all eight", account: demo, chosen: all8,
			wantScopes: map[string]airtable.Verdict{
				"user.email:read": "granted", "data.records:read": "granted",
				"data.records:write": "unknown", "schema.bases:read": "granted",
				"schema.bases:write": "unknown", "data.recordComments:read": "granted",
				"data.recordComments:write": "unknown", "webhook:manage": "granted",
			},
			wantKinds: []string{"base_permission!"},
		},
		{
			name: "no email scope but chosen", account: demo.Without("user.email:read"),
			chosen: readOnly, wantOutcome: airtable.OutcomeMissing,
			wantScopes: map[string]airtable.Verdict{
				"user.email:read":   "missing",
				"data.records:read": "granted", "schema.bases:read": "granted",
			},
			wantKinds: []string{"scope_missing", "base_permission!"},
		},
		{
			name: "records scope missing", account: demo.Without("data.records:read",
				"data.recordComments:read"), chosen: all8, wantOutcome: airtable.OutcomeMissing,
			wantScopes: map[string]airtable.Verdict{
				"data.records:read":        "missing",
				"data.recordComments:read": "unknown", "webhook:manage": "granted",
			},
			wantKinds: []string{"scope_missing", "base_permission!"},
		},
		{
			name: "webhook and comments missing", account: demo.Without("webhook:manage",
				"data.recordComments:read"), chosen: all8, wantOutcome: airtable.OutcomeMissing,
			wantScopes: map[string]airtable.Verdict{
				"webhook:manage":           "missing",
				"data.recordComments:read": "missing", "data.records:read": "granted",
			},
			wantKinds: []string{"scope_missing", "scope_missing", "base_permission!"},
		},
		{
			name: "unknown scope names tolerated", account: demo,
			chosen:     []string{"user.email:read", "block:manage", "enterprise.x:read"},
			wantScopes: map[string]airtable.Verdict{"block:manage": "unknown"},
			wantKinds:  []string{"base_permission!"},
		},
		{
			name:    "empty table leaves comments unknown",
			account: func() airtabletest.Account { a := demo; a.EmptyTables = true; return a }(),
			chosen:  all8,
			wantScopes: map[string]airtable.Verdict{
				"data.records:read":        "granted",
				"data.recordComments:read": "unknown",
			},
			wantKinds: []string{"base_permission!"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newFake(t, map[string]airtabletest.Account{pat: tt.account})
			r := verify(t, s, pat, tt.chosen)
			if r.Outcome != tt.wantOutcome || !r.Valid {
				t.Errorf("Outcome = %v valid=%v, want %v", r.Outcome, r.Valid, tt.wantOutcome)
			}
			for scope, want := range tt.wantScopes {
				if got := r.Scopes[scope]; got != want {
					t.Errorf("Scopes[%s] = %q, want %q", scope, got, want)
				}
			}
			if got := kinds(r); !slices.Equal(got, tt.wantKinds) {
				t.Errorf("problems = %v, want %v", got, tt.wantKinds)
			}
			if len(r.Checks) == 0 || r.Checks[0].Status != airtable.CheckPassed {
				t.Errorf("first check row = %+v", r.Checks)
			}
			if n := len(s.Requests()); n > 6 {
				t.Errorf("%d requests, want at most 6", n)
			}
		})
	}
}

func TestVerifyMissingScopeFixSaysEdit(t *testing.T) {
	s := newFake(t, map[string]airtabletest.Account{
		pat: airtabletest.DemoAccount().Without("user.email:read"),
	})
	r := verify(t, s, pat, all8)
	p := problem(t, r, airtable.KindScopeMissing)
	if p.Scope != "user.email:read" || !strings.Contains(p.Fix, airtable.TokensURL) ||
		!strings.Contains(p.Fix, "no need to create a new one") {
		t.Errorf("scope problem = %+v", p)
	}
	if r.CanSaveAnyway() || r.Ready() {
		t.Errorf("a missing required scope must not be ready or saveable anyway")
	}
}

func TestVerifyBasePermissionWarning(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	r := verify(t, s, pat, all8)
	p := problem(t, r, airtable.KindBasePermission)
	if !p.Warning || p.BaseID != airtabletest.DemoBase2 ||
		!strings.Contains(p.Message, "Content Calendar") {
		t.Errorf("base warning = %+v", p)
	}
	if !r.Ready() || r.Outcome.ExitCode() != 0 {
		t.Errorf("demo account should be ready, outcome %v", r.Outcome)
	}
	// The probes run on the Owner/Creator base, never the edit one.
	for _, req := range s.Requests() {
		if strings.Contains(req.Path, airtabletest.DemoBase2) {
			t.Errorf("probed the edit-level base: %s", req.Path)
		}
	}
}

func TestVerifyRoundsAndRequests(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	verify(t, s, pat, all8)
	var paths []string
	for _, r := range s.Requests() {
		paths = append(paths, r.Method+" "+r.Path)
	}
	slices.Sort(paths)
	b := airtabletest.DemoBase1
	tbl := airtabletest.TableID
	want := []string{
		"GET /v0/" + b + "/" + tbl,
		"GET /v0/" + b + "/" + tbl + "/" + airtabletest.RecordID + "/comments",
		"GET /v0/bases/" + b + "/webhooks",
		"GET /v0/meta/bases",
		"GET /v0/meta/bases/" + b + "/tables",
		"GET /v0/meta/whoami",
	}
	if !slices.Equal(paths, want) {
		t.Errorf("requests =\n%s\nwant\n%s", strings.Join(paths, "\n"), strings.Join(want, "\n"))
	}
}
