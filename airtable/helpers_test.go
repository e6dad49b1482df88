package airtable_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// pat is the placeholder token from the cases.
const pat = airtabletest.SamplePAT

// fastRetry keeps retry waits tiny in tests.
var fastRetry = airtable.WithRetry(3, func(int) time.Duration { return time.Millisecond })

// newFake starts a fake with the given accounts and closes it after the test.
func newFake(t *testing.T, accounts map[string]airtabletest.Account) *airtabletest.Server {
	t.Helper()
	s := airtabletest.NewServer(accounts)
	t.Cleanup(s.Close)
	return s
}

// client returns a client for token against the fake.
func client(s *airtabletest.Server, token string) *airtable.Client {
	return airtable.NewClient(token, airtable.WithBaseURL(s.URL), fastRetry)
}

// verify runs VerifyToken against the fake with a short deadline.
func verify(t *testing.T, s *airtabletest.Server, raw string, chosen []string) airtable.Report {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := airtable.VerifyToken(ctx, raw, chosen, airtable.WithBaseURL(s.URL), fastRetry)
	if err != nil {
		t.Fatalf("VerifyToken: %v", err)
	}
	assertNoSecret(t, r, pat)
	return r
}

// assertNoSecret fails when the token appears in anything a person reads.
func assertNoSecret(t *testing.T, r airtable.Report, secret string) {
	t.Helper()
	var all []string
	for _, p := range r.Problems {
		all = append(all, p.Message, p.Fix, p.Detail)
	}
	for _, c := range r.Checks {
		all = append(all, c.Label, c.Note, c.Fix)
	}
	for _, s := range all {
		if strings.Contains(s, secret) || strings.Contains(s, secret[18:40]) {
			t.Errorf("report text holds the token: %q", s)
		}
	}
}

// kinds lists the problem kinds of a report, warnings marked with "!".
func kinds(r airtable.Report) []string {
	var out []string
	for _, p := range r.Problems {
		k := string(p.Kind)
		if p.Warning {
			k += "!"
		}
		out = append(out, k)
	}
	return out
}

// problem returns the first problem of kind, failing the test if none.
func problem(t *testing.T, r airtable.Report, k airtable.ProblemKind) airtable.Problem {
	t.Helper()
	for _, p := range r.Problems {
		if p.Kind == k {
			return p
		}
	}
	t.Fatalf("no %s problem in %v", k, kinds(r))
	return airtable.Problem{}
}
