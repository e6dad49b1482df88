package airtable_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

func TestClientWhoAmI(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	airtable.Version = "1.2.3"
	t.Cleanup(func() { airtable.Version = "dev" })

	u, err := client(s, pat).WhoAmI(context.Background())
	if err != nil {
		t.Fatalf("WhoAmI: %v", err)
	}
	if u.ID != airtabletest.DemoUserID || u.Email != airtabletest.DemoEmail {
		t.Errorf("WhoAmI = %+v", u)
	}
	req := s.Requests()[0]
	if req.Authorization != "Bearer "+pat {
		t.Errorf("Authorization header is not exactly Bearer <PAT>")
	}
	if req.UserAgent != "airtable-connect/1.2.3" {
		t.Errorf("User-Agent = %q", req.UserAgent)
	}
}

func TestClientErrors(t *testing.T) {
	tests := []struct {
		name       string
		token      string
		fault      *airtabletest.Fault
		wantStatus int
		wantType   string
		wantMsg    string
	}{
		{
			name: "unknown token", token: "patWRONGWRONGWRO00." + strings.Repeat("1", 64),
			wantStatus: 401, wantType: "AUTHENTICATION_REQUIRED", wantMsg: "Authentication",
		},
		{
			name: "object form", token: pat, fault: &airtabletest.Fault{
				Status: 403,
				Body:   `{"error":{"type":"INVALID_PERMISSIONS","message":"no"}}`,
			},
			wantStatus: 403, wantType: "INVALID_PERMISSIONS", wantMsg: "no",
		},
		{
			name: "object without message", token: pat, fault: &airtabletest.Fault{
				Status: 422,
				Body:   `{"error":{"type":"INVALID_REQUEST_UNKNOWN"}}`,
			},
			wantStatus: 422, wantType: "INVALID_REQUEST_UNKNOWN",
		},
		{name: "bare form", token: pat, fault: &airtabletest.Fault{
			Status: 404,
			Body:   `{"error":"NOT_FOUND"}`,
		}, wantStatus: 404, wantType: "NOT_FOUND"},
		{
			name: "html 502", token: pat, fault: &airtabletest.Fault{
				Status: 502,
				Body:   "<html><body>Bad Gateway</body></html>",
			},
			wantStatus: 502, wantType: "HTTP BAD_GATEWAY",
		},
		{
			name: "empty 502", token: pat, fault: &airtabletest.Fault{Status: 502},
			wantStatus: 502, wantType: "HTTP BAD_GATEWAY",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newFake(t, airtabletest.DemoAccounts())
			if tt.fault != nil {
				s.Fail(http.MethodGet, "/v0/meta/whoami", *tt.fault)
			}
			_, err := client(s, tt.token).WhoAmI(context.Background())
			var apiErr *airtable.APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("WhoAmI error = %v, want *APIError", err)
			}
			if apiErr.StatusCode != tt.wantStatus || apiErr.Type != tt.wantType ||
				!strings.Contains(apiErr.Message, tt.wantMsg) {
				t.Errorf("APIError = %+v", apiErr)
			}
			if strings.Contains(err.Error(), tt.token) {
				t.Errorf("error text holds the token")
			}
		})
	}
}

func TestClientListBasesPages(t *testing.T) {
	acc := airtabletest.DemoAccount()
	acc.Bases = nil
	for i := range 7 {
		acc.Bases = append(acc.Bases, airtable.Base{
			ID:   fmt.Sprintf("appTESTTESTBAS%03d", i),
			Name: fmt.Sprintf("Base %d", i), PermissionLevel: "create",
		})
	}
	s := newFake(t, map[string]airtabletest.Account{pat: acc})
	s.SetPageSize(3)

	bases, err := client(s, pat).ListBases(context.Background())
	if err != nil {
		t.Fatalf("ListBases: %v", err)
	}
	if len(bases) != 7 || bases[6].ID != "appTESTTESTBAS006" || bases[0].Name != "Base 0" {
		t.Errorf("ListBases = %+v", bases)
	}
	var queries []string
	for _, r := range s.Requests() {
		queries = append(queries, r.Query)
	}
	want := []string{"", "offset=itr3", "offset=itr6"}
	if strings.Join(queries, "|") != strings.Join(want, "|") {
		t.Errorf("queries = %q, want %q", queries, want)
	}
}

func TestClientProbes(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	c := client(s, pat)
	ctx := context.Background()
	base := airtabletest.DemoBase1

	tables, err := c.ListTables(ctx, base)
	if err != nil || len(tables) != 1 || tables[0].ID != airtabletest.TableID {
		t.Fatalf("ListTables = %v, %v", tables, err)
	}
	rec, ok, err := c.FirstRecord(ctx, base, tables[0].ID)
	if err != nil || !ok || rec.ID != airtabletest.RecordID {
		t.Fatalf("FirstRecord = %v, %v, %v", rec, ok, err)
	}
	comments, err := c.ListComments(ctx, base, tables[0].ID, rec.ID)
	if err != nil || len(comments) != 1 {
		t.Fatalf("ListComments = %v, %v", comments, err)
	}
	if _, err := c.ListWebhooks(ctx, base); err != nil {
		t.Fatalf("ListWebhooks: %v", err)
	}
	if q := s.Requests()[1].Query; q != "maxRecords=1" {
		t.Errorf("record query = %q, want maxRecords=1", q)
	}

	_, err = c.ListTables(ctx, "appNOTGRANTED0001")
	var apiErr *airtable.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 403 {
		t.Errorf("ListTables on a base not granted = %v, want 403", err)
	}
}

func TestClientCancel(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	s.SetLatency(5_000_000_000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := client(s, pat).WhoAmI(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("WhoAmI with a cancelled context = %v", err)
	}
}

func TestBaseURLFromEnv(t *testing.T) {
	t.Setenv("AIRTABLE_API_URL", "")
	if got := airtable.BaseURLFromEnv(); got != airtable.DefaultBaseURL {
		t.Errorf("default = %q", got)
	}
	t.Setenv("AIRTABLE_API_URL", "http://127.0.0.1:9/v0/")
	if got := airtable.BaseURLFromEnv(); got != "http://127.0.0.1:9/v0" {
		t.Errorf("override = %q", got)
	}
}
