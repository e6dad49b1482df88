package airtable_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

func TestReportJSON(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	r := verify(t, s, pat, all8)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"valid", "user_id", "email", "bases", "scopes", "problems"} {
		if _, ok := got[key]; !ok {
			t.Errorf("JSON lacks %q: %s", key, b)
		}
	}
	for _, want := range []string{
		`"permission_level":"create"`, `"kind":"base_permission"`,
		`"data.records:write":"unknown"`, `"user.email:read":"granted"`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s: %s", want, b)
		}
	}

	rejected := verify(t, s, "keyTESTTESTTEST00", nil)
	b, _ = json.Marshal(rejected)
	if !strings.Contains(string(b), `"bases":[]`) || strings.Contains(string(b), "null") {
		t.Errorf("empty lists should be [] in %s", b)
	}
}

func TestClientRefusesOverlongToken(t *testing.T) {
	s := newFake(t, airtabletest.DemoAccounts())
	long := strings.Repeat("p", airtable.MaxTokenLength+1)
	if _, err := client(s, long).WhoAmI(context.Background()); err == nil {
		t.Errorf("an overlong token was accepted")
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("%d requests for an overlong token", n)
	}
}
