package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// verifyJSON is the part of verify --json that scripts rely on.
type verifyJSON struct {
	Valid  bool   `json:"valid"`
	UserID string `json:"user_id"`
	Email  string `json:"email"`
	Bases  []struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		PermissionLevel string `json:"permission_level"`
	} `json:"bases"`
	Scopes   map[string]string `json:"scopes"`
	Problems []struct {
		Kind    string `json:"kind"`
		Message string `json:"message"`
		Fix     string `json:"fix"`
	} `json:"problems"`
}

func (v verifyJSON) hasProblem(kind string) bool {
	for _, p := range v.Problems {
		if p.Kind == kind && p.Message != "" && p.Fix != "" {
			return true
		}
	}
	return false
}

func TestVerifyJSONVerdicts(t *testing.T) {
	tests := []struct {
		name        string
		token       string
		rateLimited bool
		wantCode    int
		wantValid   bool
		wantScopes  map[string]string
		wantProblem string
		wantBases   int
		wantNoCalls bool
	}{
		{name: "all eight scopes", token: tokAll, wantCode: 0, wantValid: true, wantBases: 2,
			wantScopes: map[string]string{"user.email:read": "granted",
				"schema.bases:read": "granted", "data.records:read": "granted",
				"data.records:write": "unknown", "webhook:manage": "granted"}},
		{name: "without user.email:read", token: tokNoEmail, wantCode: 4, wantValid: true,
			wantScopes:  map[string]string{"user.email:read": "missing"},
			wantProblem: "scope_missing", wantBases: 2},
		{name: "without schema.bases:read", token: tokNoSchema, wantCode: 4, wantValid: true,
			wantScopes:  map[string]string{"schema.bases:read": "missing"},
			wantProblem: "scope_missing"},
		{name: "no base", token: tokNoBase, wantCode: 4, wantValid: true,
			wantProblem: "no_base"},
		{name: "rejected", token: tokRejected, wantCode: 3, wantProblem: "token_rejected"},
		{name: "legacy key", token: tokLegacy, wantCode: 3, wantProblem: "token_shape",
			wantNoCalls: true},
		{name: "rate limited twice, then answers", token: tokRateLimit, rateLimited: true,
			wantCode: 0, wantValid: true, wantBases: 2,
			wantScopes: map[string]string{"user.email:read": "granted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			if tt.rateLimited {
				h.srv.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{Status: 429,
					Body: `{"error":{"type":"RATE_LIMIT_REACHED"}}`, Times: 2})
			}
			r := h.run(tt.token+"\n", "verify", "--json")
			r.mustNotContain(t, tt.token)
			if r.code != tt.wantCode {
				t.Errorf("exit %d, want %d", r.code, tt.wantCode)
			}
			var got verifyJSON
			if err := json.Unmarshal([]byte(r.out), &got); err != nil {
				t.Fatalf("stdout is not JSON: %v", err)
			}
			if got.Valid != tt.wantValid {
				t.Errorf("valid = %v, want %v", got.Valid, tt.wantValid)
			}
			for s, want := range tt.wantScopes {
				if got.Scopes[s] != want {
					t.Errorf("scope %s = %q, want %q", s, got.Scopes[s], want)
				}
			}
			if tt.wantProblem != "" && !got.hasProblem(tt.wantProblem) {
				t.Errorf("no %s problem with message and fix in %+v", tt.wantProblem,
					got.Problems)
			}
			if len(got.Bases) != tt.wantBases {
				t.Errorf("%d bases, want %d", len(got.Bases), tt.wantBases)
			}
			if tt.wantNoCalls && len(h.srv.Requests()) != 0 {
				t.Errorf("%d requests were sent, want none", len(h.srv.Requests()))
			}
		})
	}
}

func TestVerifyTableNamesTheFix(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokNoEmail, "verify")
	if r.code != ExitMissing {
		t.Errorf("exit %d, want %d", r.code, ExitMissing)
	}
	if !strings.Contains(r.out, "user.email:read") || !strings.Contains(r.out, "✗") {
		t.Errorf("table does not mark user.email:read as failed:\n%s", r.out)
	}
}

func TestVerifyReadsEnvironmentWhenStdinIsATerminal(t *testing.T) {
	h := newHarness(t)
	h.tty = true
	h.environ = append(h.environ, "AIRTABLE_TOKEN="+tokAll)
	if r := h.run("", "verify"); r.code != ExitOK {
		t.Errorf("exit %d, want 0", r.code)
	}
}

func TestVerifyUnreachable(t *testing.T) {
	h := newHarness(t)
	h.srv.Close()
	r := h.run(tokAll, "verify", "--json")
	if r.code != ExitUnreachable {
		t.Errorf("exit %d, want %d", r.code, ExitUnreachable)
	}
}
