package airtabletest_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// get sends one request with token and returns the status and body.
func get(t *testing.T, s *airtabletest.Server, token, path string) (int, string) {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, s.URL+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, strings.TrimSpace(string(b))
}

func TestFakeEndpoints(t *testing.T) {
	noEmail := airtabletest.DemoAccount().Without(airtable.ScopeUserEmailRead,
		airtable.ScopeSchemaBasesRead)
	s := airtabletest.NewServer(map[string]airtabletest.Account{
		airtabletest.SamplePAT: airtabletest.DemoAccount(), "patOTHER": noEmail,
	})
	defer s.Close()
	b1 := airtabletest.DemoBase1

	tests := []struct {
		name, token, path string
		wantStatus        int
		wantBody          string
	}{
		{
			"whoami with email", airtabletest.SamplePAT, "/meta/whoami", 200,
			`{"email":"user@example.com","id":"usrTESTTESTTEST00"}`,
		},
		{"whoami without email", "patOTHER", "/meta/whoami", 200, `{"id":"usrTESTTESTTEST00"}`},
		{"no token", "", "/meta/whoami", 401, `"AUTHENTICATION_REQUIRED"`},
		{"bases", airtabletest.SamplePAT, "/meta/bases", 200, `"permissionLevel":"create"`},
		{
			"bases without scope", "patOTHER", "/meta/bases", 403,
			`"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND"`,
		},
		{
			"tables", airtabletest.SamplePAT, "/meta/bases/" + b1 + "/tables", 200,
			`"primaryFieldId"`,
		},
		{"tables without scope", "patOTHER", "/meta/bases/" + b1 + "/tables", 403, "INVALID"},
		{
			"base not granted", airtabletest.SamplePAT, "/meta/bases/appNOPE/tables", 403,
			"INVALID",
		},
		{"one record", airtabletest.SamplePAT, "/" + b1 + "/" + airtabletest.TableID +
			"?maxRecords=1", 200, `"recTESTTESTREC01"`},
		{"comments", airtabletest.SamplePAT, "/" + b1 + "/" + airtabletest.TableID + "/" +
			airtabletest.RecordID + "/comments", 200, `"offset":null`},
		{
			"webhooks", airtabletest.SamplePAT, "/bases/" + b1 + "/webhooks", 200,
			`{"webhooks":[]}`,
		},
		{
			"unknown route", airtabletest.SamplePAT, "/meta/nothing/here/at/all", 404,
			`{"error":"NOT_FOUND"}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := get(t, s, tt.token, tt.path)
			if status != tt.wantStatus || !strings.Contains(body, tt.wantBody) {
				t.Errorf("GET %s = %d %s, want %d with %s", tt.path, status, body,
					tt.wantStatus, tt.wantBody)
			}
			if status < 300 && !json.Valid([]byte(body)) {
				t.Errorf("body is not JSON: %s", body)
			}
		})
	}
}

func TestFakeFaultTimesAndLog(t *testing.T) {
	s := airtabletest.NewServer(airtabletest.DemoAccounts())
	defer s.Close()
	s.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{Status: 502, Body: "<html>", Times: 2})

	var got []int
	for range 3 {
		status, _ := get(t, s, airtabletest.SamplePAT, "/meta/whoami")
		got = append(got, status)
	}
	if got[0] != 502 || got[1] != 502 || got[2] != 200 {
		t.Errorf("statuses = %v, want 502 502 200", got)
	}
	reqs := s.Requests()
	if len(reqs) != 3 || reqs[0].Authorization != "Bearer "+airtabletest.SamplePAT ||
		s.Count("/v0/meta/whoami") != 3 {
		t.Errorf("log = %+v", reqs)
	}
}
