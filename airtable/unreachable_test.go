package airtable_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

func TestVerifyUnreachable(t *testing.T) {
	t.Setenv("HTTPS_PROXY", "")
	t.Setenv("https_proxy", "")
	closed := airtabletest.NewServer(nil)
	closedURL := closed.URL
	closed.Close()

	slow := newFake(t, airtabletest.DemoAccounts())
	slow.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{Delay: 2 * time.Second})
	short := &http.Client{Timeout: 50 * time.Millisecond}

	tests := []struct {
		name    string
		opts    []airtable.Option
		wantMsg string
	}{
		{"refused", []airtable.Option{airtable.WithBaseURL(closedURL)}, "refused"},
		{"timeout", []airtable.Option{
			airtable.WithBaseURL(slow.URL),
			airtable.WithHTTPClient(short),
		}, "No answer came in time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := airtable.VerifyToken(context.Background(), pat, all8, tt.opts...)
			if err != nil {
				t.Fatalf("VerifyToken: %v", err)
			}
			p := problem(t, r, airtable.KindUnreachable)
			if !strings.Contains(p.Message, tt.wantMsg) ||
				!strings.Contains(p.Message, "_PROXY is not set") {
				t.Errorf("message = %q", p.Message)
			}
			if r.Outcome.ExitCode() != 5 || r.Valid || !r.CanSaveAnyway() {
				t.Errorf("exit %d valid %v", r.Outcome.ExitCode(), r.Valid)
			}
			assertNoSecret(t, r, pat)
		})
	}
}

func TestVerifyCancelled(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	s.SetLatency(2 * time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := airtable.VerifyToken(ctx, pat, all8, airtable.WithBaseURL(s.URL))
	if err == nil || time.Since(start) > time.Second {
		t.Errorf("cancelled verify: err %v after %v", err, time.Since(start))
	}
}

func TestCheckRows(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	r := verify(t, s, pat, all8)
	got := map[string]airtable.CheckStatus{}
	for _, c := range r.Checks {
		got[c.Label] = c.Status
		if (c.Status == airtable.CheckFailed || c.Status == airtable.CheckWarning) &&
			c.Fix == "" {
			t.Errorf("row %q is %s without a fix", c.Label, c.Status)
		}
	}
	want := map[string]airtable.CheckStatus{
		"Token":                    airtable.CheckPassed,
		"Scope user.email:read":    airtable.CheckPassed,
		"Scope data.records:write": airtable.CheckNotChecked,
		"Scope webhook:manage":     airtable.CheckPassed,
		"Base Product Launch":      airtable.CheckPassed,
		"Base Content Calendar":    airtable.CheckWarning,
	}
	for label, st := range want {
		if got[label] != st {
			t.Errorf("row %q = %q, want %q", label, got[label], st)
		}
	}
	if len(r.Checks) != 1+8+2 {
		t.Errorf("%d rows, want 11", len(r.Checks))
	}
}

func TestOutcomeExitCodes(t *testing.T) {
	want := map[airtable.Outcome]int{
		airtable.OutcomeOK: 0, airtable.OutcomeRejected: 3,
		airtable.OutcomeMissing: 4, airtable.OutcomeUnreachable: 5,
	}
	for o, code := range want {
		if o.ExitCode() != code {
			t.Errorf("%v.ExitCode() = %d, want %d", o, o.ExitCode(), code)
		}
	}
}
