package airtable_test

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// unreachableProblem verifies against base with every connection refused.
func unreachableProblem(t *testing.T, base string) airtable.Problem {
	t.Helper()
	restore := airtable.SetDialForTest(func(ctx context.Context, network, _ string) (
		net.Conn, error,
	) {
		var d net.Dialer
		return d.DialContext(ctx, network, "127.0.0.1:1")
	})
	t.Cleanup(restore)
	r, err := airtable.VerifyToken(context.Background(), pat, nil,
		airtable.WithBaseURL(base), airtable.WithHTTPClient(airtable.NewHTTPClient()),
		fastRetry)
	if err != nil || r.Checked || r.Outcome != airtable.OutcomeUnreachable {
		t.Fatalf("err %v, checked %v, outcome %v", err, r.Checked, r.Outcome)
	}
	return problem(t, r, airtable.KindUnreachable)
}

func TestUnreachableNamesTheAddressTried(t *testing.T) {
	for _, k := range []string{"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"} {
		t.Setenv(k, "")
	}
	p := unreachableProblem(t, "https://someone:secretpw@"+apiHost+":8443/v0")
	want := "The API address tried was https://" + apiHost + ":8443/v0"
	if !strings.Contains(p.Message, "connection to the API was refused") ||
		!strings.Contains(p.Message, want) || !strings.Contains(p.Fix, "AIRTABLE_API_URL") {
		t.Errorf("problem = %+v", p)
	}
	for _, txt := range []string{p.Message, p.Fix, p.Detail} {
		if strings.Contains(txt, "secretpw") || strings.Contains(txt, "someone") ||
			strings.Contains(txt, "api.airtable.com") {
			t.Errorf("text %q names the user, password or Airtable's own host", txt)
		}
	}
}

func TestUnreachableTellsWhetherTheProxyWasUsed(t *testing.T) {
	t.Setenv("HTTPS_PROXY", "http://user:secretpw@127.0.0.1:1")
	t.Setenv("NO_PROXY", apiHost)
	p := unreachableProblem(t, "https://"+apiHost+"/v0")
	if strings.Contains(p.Message, "went through the proxy") ||
		!strings.Contains(p.Message, "NO_PROXY") {
		t.Errorf("with NO_PROXY covering the host: %q", p.Message)
	}

	t.Setenv("NO_PROXY", "")
	p = unreachableProblem(t, "https://"+apiHost+"/v0")
	if !strings.Contains(p.Message, "went through the proxy at 127.0.0.1:1") ||
		!strings.Contains(p.Fix, "allows "+apiHost) || strings.Contains(p.Fix, "airtable.com") {
		t.Errorf("through the proxy: %+v", p)
	}
	for _, txt := range []string{p.Message, p.Fix, p.Detail} {
		if strings.Contains(txt, "secretpw") {
			t.Errorf("proxy password shown: %q", txt)
		}
	}
}

func TestUnreachableDefaultAddressNamesNoOther(t *testing.T) {
	t.Setenv("HTTPS_PROXY", "")
	t.Setenv("https_proxy", "")
	p := unreachableProblem(t, airtable.DefaultBaseURL)
	if strings.Contains(p.Message, "address tried") ||
		!strings.Contains(p.Message, "The connection to Airtable was refused.") ||
		!strings.Contains(p.Fix, "internet connection") {
		t.Errorf("problem = %+v", p)
	}
}
