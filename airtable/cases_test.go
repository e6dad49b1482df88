package airtable_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// C04: whitespace around a pasted token is trimmed; inside it is refused.
func TestCaseC04PasteWhitespace(t *testing.T) {
	for name, raw := range map[string]string{
		"crlf": pat + "\r\n", "leading space": " " + pat, "trailing tab": pat + "\t",
		"no-break space": pat + "\u00a0",
	} {
		t.Run(name, func(t *testing.T) {
			s := newFake(t, airtabletest.DemoAccounts())
			r := verify(t, s, raw, all8)
			if !r.Ready() {
				t.Errorf("not ready: %v", kinds(r))
			}
			for _, req := range s.Requests() {
				if req.Authorization != "Bearer "+pat {
					t.Fatalf("Authorization is not exactly Bearer <PAT> (%d chars)",
						len(req.Authorization))
				}
			}
		})
	}
	t.Run("space inside", func(t *testing.T) {
		s := newFake(t, airtabletest.DemoAccounts())
		r := verify(t, s, pat[:30]+" "+pat[30:], all8)
		p := problem(t, r, airtable.KindTokenShape)
		if !strings.Contains(p.Message, "spaces") || r.Outcome != airtable.OutcomeRejected {
			t.Errorf("problem = %+v, outcome %v", p, r.Outcome)
		}
		if n := len(s.Requests()); n != 0 {
			t.Errorf("%d requests, want 0", n)
		}
	})
}

// C05: long pastes are refused with both lengths named and never sent.
func TestCaseC05TooLong(t *testing.T) {
	for _, n := range []int{300, 10 * 1024} {
		s := newFake(t, airtabletest.DemoAccounts())
		raw := strings.Repeat("p", n-len(pat)) + pat
		r := verify(t, s, raw, all8)
		p := problem(t, r, airtable.KindTokenShape)
		for _, want := range []string{"82", strconv.Itoa(n)} {
			if !strings.Contains(p.Message, want) {
				t.Errorf("message %q lacks %q", p.Message, want)
			}
		}
		if got := len(s.Requests()); got != 0 || r.Outcome.ExitCode() != 3 {
			t.Errorf("%d chars: %d requests, exit %d", n, got, r.Outcome.ExitCode())
		}
	}
}

// C14: a legacy key is refused locally; a 401 says the token was not
// accepted.
func TestCaseC14LegacyAndRejected(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	r := verify(t, s, "keyTESTTESTTEST00", all8)
	p := problem(t, r, airtable.KindTokenShape)
	if !strings.Contains(p.Message, "2024") || !strings.Contains(p.Fix, airtable.TokensURL) {
		t.Errorf("legacy problem = %+v", p)
	}
	if len(s.Requests()) != 0 || r.Valid || r.Outcome.ExitCode() != 3 {
		t.Errorf("legacy: requests %d, valid %v, exit %d", len(s.Requests()), r.Valid,
			r.Outcome.ExitCode())
	}

	other := "patOTHERTESTTEST0." + strings.Repeat("a", 64)
	r = verify(t, s, other, all8)
	p = problem(t, r, airtable.KindTokenRejected)
	if !strings.Contains(p.Message, "wrong, incomplete or has been revoked") ||
		p.Detail != "AUTHENTICATION_REQUIRED: Authentication required" {
		t.Errorf("401 problem = %+v", p)
	}
	if r.Valid || r.Ready() || r.Outcome.ExitCode() != 3 || r.CanSaveAnyway() {
		t.Errorf("401: valid %v ready %v exit %d", r.Valid, r.Ready(), r.Outcome.ExitCode())
	}
}

// C15: bases 403 means a missing schema.bases:read, never an invalid token.
func TestCaseC15NoSchemaScope(t *testing.T) {
	acc := airtabletest.DemoAccount().Without(airtable.ScopeSchemaBasesRead,
		airtable.ScopeUserEmailRead)
	s := newFake(t, map[string]airtabletest.Account{pat: acc})
	r := verify(t, s, pat, []string{airtable.ScopeSchemaBasesRead})
	p := problem(t, r, airtable.KindScopeMissing)
	if p.Message != "The token works but lacks schema.bases:read." ||
		!strings.Contains(p.Fix, "add the scope schema.bases:read") {
		t.Errorf("problem = %+v", p)
	}
	if !r.Valid || r.Outcome.ExitCode() != 4 || r.Scopes["schema.bases:read"] != "missing" {
		t.Errorf("valid %v exit %d scopes %v", r.Valid, r.Outcome.ExitCode(), r.Scopes)
	}
	for _, c := range r.Checks {
		if strings.Contains(strings.ToLower(c.Note), "invalid") {
			t.Errorf("row says invalid: %+v", c)
		}
	}
	if s.Count("/v0/meta/whoami") != 1 || s.Count("/v0/meta/bases") != 1 ||
		len(s.Requests()) != 2 {
		t.Errorf("requests = %+v, want one whoami and one bases", s.Requests())
	}
}

// C16: no email is fine unless chosen; no base is a failure; two bases are
// listed by name and level.
func TestCaseC16EmailAndBases(t *testing.T) {
	acc := airtabletest.DemoAccount().Without(airtable.ScopeUserEmailRead)
	acc.Bases = nil
	s := newFake(t, map[string]airtabletest.Account{pat: acc})

	r := verify(t, s, pat, []string{airtable.ScopeSchemaBasesRead})
	p := problem(t, r, airtable.KindNoBase)
	if !strings.Contains(p.Message, "No base is shared") ||
		!strings.Contains(p.Fix, "Add a base") || r.Ready() || r.Outcome.ExitCode() != 4 {
		t.Errorf("no base: %+v ready %v", p, r.Ready())
	}
	if r.UserID != airtabletest.DemoUserID || r.Email != "" {
		t.Errorf("user = %q %q", r.UserID, r.Email)
	}
	if strings.Contains(strings.Join(kinds(r), ","), "scope_missing") {
		t.Errorf("email not chosen but reported missing: %v", kinds(r))
	}

	r = verify(t, s, pat, []string{airtable.ScopeUserEmailRead, airtable.ScopeSchemaBasesRead})
	if r.Scopes[airtable.ScopeUserEmailRead] != airtable.Missing {
		t.Errorf("email chosen but verdict %q", r.Scopes[airtable.ScopeUserEmailRead])
	}

	acc.Bases = airtabletest.DemoBases()
	s.SetAccount(pat, acc)
	r = verify(t, s, pat, []string{airtable.ScopeSchemaBasesRead})
	if len(r.Bases) != 2 || r.Bases[0].Name != "Product Launch" ||
		r.Bases[1].PermissionLevel != "edit" || !r.Ready() {
		t.Errorf("bases = %+v ready %v problems %v", r.Bases, r.Ready(), kinds(r))
	}
}

func TestVerifyRetries(t *testing.T) {
	tests := []struct {
		name        string
		fault       airtabletest.Fault
		wantOutcome airtable.Outcome
		wantKind    airtable.ProblemKind
		wantCalls   int
	}{
		{"429 twice then ok", airtabletest.Fault{
			Status: 429, Times: 2,
			Body: `{"error":{"type":"RATE_LIMIT_REACHED"}}`,
		}, airtable.OutcomeOK, "", 3},
		{"429 with retry-after", airtabletest.Fault{
			Status: 429, Times: 1,
			Header: http.Header{"Retry-After": {"0"}},
		}, airtable.OutcomeOK, "", 2},
		{
			"429 always",
			airtabletest.Fault{Status: 429},
			airtable.OutcomeUnreachable,
			airtable.KindRateLimited, 3,
		},
		{
			"503 thrice",
			airtabletest.Fault{
				Status: 503, Times: 3,
				Body: `{"error":{"type":"RETRIABLE_ERROR"}}`,
			},
			airtable.OutcomeUnreachable,
			airtable.KindAirtableError, 3,
		},
		{
			"502 html once",
			airtabletest.Fault{Status: 502, Times: 1, Body: "<html>"},
			airtable.OutcomeOK, "", 2,
		},
		{
			"404 not retried",
			airtabletest.Fault{Status: 404, Body: `{"error":"NOT_FOUND"}`},
			airtable.OutcomeUnreachable, airtable.KindUnexpectedAnswer, 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newFake(t, airtabletest.DemoAccounts())
			s.Fail("GET", "/v0/meta/whoami", tt.fault)
			r := verify(t, s, pat, all8)
			if r.Outcome != tt.wantOutcome {
				t.Errorf("outcome = %v, want %v (%v)", r.Outcome, tt.wantOutcome, kinds(r))
			}
			if tt.wantKind != "" {
				problem(t, r, tt.wantKind)
			}
			if got := s.Count("/v0/meta/whoami"); got != tt.wantCalls {
				t.Errorf("whoami calls = %d, want %d", got, tt.wantCalls)
			}
		})
	}
}

func TestVerifyRetryAfterCapped(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	s.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{
		Status: 503, Times: 1,
		Header: http.Header{"Retry-After": {"1"}},
	})
	start := time.Now()
	r := verify(t, s, pat, all8)
	if d := time.Since(start); d < 900*time.Millisecond || !r.Ready() {
		t.Errorf("Retry-After not honoured: %v, ready %v", d, r.Ready())
	}
}

// A token Airtable refuses, whose shape was only a warning, says both.
func TestRejectedTokenNamesItsShape(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{"cut short", pat[:60], "It also has 60 characters where a personal access " +
			"token has 82: part of it may be missing."},
		{"other prefix", "abc" + pat[3:], "It does not start with pat, as personal " +
			"access tokens do."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newFake(t, airtabletest.DemoAccounts())
			r := verify(t, s, tt.raw, nil)
			p := problem(t, r, airtable.KindTokenRejected)
			if !strings.HasSuffix(p.Message, " "+tt.want) || len(s.Requests()) == 0 {
				t.Errorf("message %q, %d requests; want the live check and %q",
					p.Message, len(s.Requests()), tt.want)
			}
			if r.Checks[0].Label != "Token" || !strings.Contains(r.Checks[0].Note, tt.want) {
				t.Errorf("token row = %+v", r.Checks[0])
			}
			if len(r.Problems) != 1 {
				t.Errorf("problems %v, want the refusal only", kinds(r))
			}
		})
	}
}

// Airtable's own words reach Detail without any token or full email.
func TestDetailHoldsNoTokenOrEmail(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	other := "patOTHERTESTTEST0." + strings.Repeat("b", 64)
	s.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{
		Status: 401,
		Body: `{"error":{"type":"AUTHENTICATION_REQUIRED","message":"token ` + pat +
			` of jane.doe@example.com refused; ` + other + ` and keyABCDEFGHIJKLMN1 too"}}`,
	})
	r := verify(t, s, pat, nil)
	p := problem(t, r, airtable.KindTokenRejected)
	for _, secret := range []string{
		pat, "patTESTTEST", other, "keyABCDEFGHIJKLMN1",
		"jane.doe@",
	} {
		if strings.Contains(p.Detail, secret) {
			t.Errorf("detail %q holds %.12q", p.Detail, secret)
		}
	}
	if !strings.Contains(p.Detail, "j***@example.com") ||
		!strings.HasPrefix(p.Detail, "AUTHENTICATION_REQUIRED: token [token] of") {
		t.Errorf("detail %q: want Airtable's words with the secrets taken out", p.Detail)
	}
}

func TestMaskEmails(t *testing.T) {
	got := airtable.MaskEmails("acts as user@example.com, not a@b.co")
	if got != "acts as u***@example.com, not a***@b.co" {
		t.Errorf("MaskEmails = %q", got)
	}
}

// Checked tells a refused token from one that was never checked.
func TestCheckedOnlyWhenAirtableAnswered(t *testing.T) {
	tests := []struct {
		name        string
		raw         string
		fault       *airtabletest.Fault
		wantChecked bool
		wantValid   bool
	}{
		{"accepted", pat, nil, true, true},
		{"refused", "patOTHERTESTTEST0." + strings.Repeat("a", 64), nil, true, false},
		{"not sent", "keyTESTTESTTEST00", nil, false, false},
		{"busy", pat, &airtabletest.Fault{Status: 503}, false, false},
		{"rate limited", pat, &airtabletest.Fault{Status: 429}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newFake(t, airtabletest.DemoAccounts())
			if tt.fault != nil {
				s.Fail("GET", "/v0/meta/whoami", *tt.fault)
			}
			r := verify(t, s, tt.raw, nil)
			if r.Checked != tt.wantChecked || r.Valid != tt.wantValid {
				t.Errorf("checked %v valid %v, want %v %v", r.Checked, r.Valid,
					tt.wantChecked, tt.wantValid)
			}
		})
	}
}
