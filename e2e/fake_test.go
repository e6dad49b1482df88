package e2e

import (
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// testToken is a token of the right shape that only the fake knows. It is
// not the practice token, which the practice mode shows on purpose, so a
// test can demand that this one never reaches the terminal.
var testToken = "patE2ETESTE2ETES1." + strings.Repeat("9", 64)

// fakeAirtable starts a fake Airtable on 127.0.0.1 that accepts testToken
// with every scope, and points e at it.
func fakeAirtable(t *testing.T, e *env) *airtabletest.Server {
	t.Helper()
	acc := airtabletest.DemoAccount()
	srv := airtabletest.NewServer(map[string]airtabletest.Account{testToken: acc})
	t.Cleanup(srv.Close)
	e.set("AIRTABLE_API_URL", srv.URL)
	return srv
}
