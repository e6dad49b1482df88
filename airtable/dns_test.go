package airtable_test

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// A name that cannot be looked up is Airtable being unreachable, said as
// such, and never a rejected token. The lookup is answered by the test's
// dialer, so nothing leaves the machine.
func TestVerifyNameLookupFails(t *testing.T) {
	t.Setenv("HTTPS_PROXY", "")
	t.Setenv("https_proxy", "")
	restore := airtable.SetDialForTest(func(_ context.Context, _, addr string) (
		net.Conn, error,
	) {
		host, _, _ := net.SplitHostPort(addr)
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	})
	defer restore()

	r, err := airtable.VerifyToken(context.Background(), pat, nil,
		airtable.WithBaseURL("https://"+apiHost+"/v0"),
		airtable.WithHTTPClient(airtable.NewHTTPClient()),
		airtable.WithRetry(1, nil))
	if err != nil {
		t.Fatalf("VerifyToken: %v", err)
	}

	p := problem(t, r, airtable.KindUnreachable)
	if !strings.Contains(p.Message, "could not be looked up") {
		t.Errorf("message = %q, want it to say the name could not be looked up", p.Message)
	}
	if got := r.Outcome.ExitCode(); got != 5 || r.Valid {
		t.Errorf("exit %d, valid %v: want 5 and not valid", got, r.Valid)
	}
	assertNoSecret(t, r, pat)
}
