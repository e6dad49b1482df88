package airtable_test

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// authProxy answers every request with 407, as a proxy does when the
// credentials it was given are wrong or missing.
func authProxy(t *testing.T) string {
	t.Helper()
	ln, err := new(net.ListenConfig).Listen(t.Context(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Proxy-Authenticate", `Basic realm="test"`)
			w.WriteHeader(http.StatusProxyAuthRequired)
		}),
		ReadHeaderTimeout: 5 * time.Second,
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return ln.Addr().String()
}

// proxyProblemFor verifies through HTTPS_PROXY=proxy and returns the
// unreachable problem.
func proxyProblemFor(t *testing.T, base, proxy string) airtable.Problem {
	t.Helper()
	t.Setenv("HTTP_PROXY", "")
	t.Setenv("NO_PROXY", "")
	t.Setenv("HTTPS_PROXY", proxy)
	r, err := airtable.VerifyToken(context.Background(), pat, nil,
		airtable.WithBaseURL(base), airtable.WithHTTPClient(airtable.NewHTTPClient()),
		fastRetry)
	if err != nil || r.Outcome != airtable.OutcomeUnreachable {
		t.Fatalf("err %v, outcome %v", err, r.Outcome)
	}
	return problem(t, r, airtable.KindUnreachable)
}

func TestProxyRefusingCredentialsSaysSo(t *testing.T) {
	_, base := tlsFake(t)
	addr := authProxy(t)
	p := proxyProblemFor(t, base, "http://user:secretpass@"+addr)
	all := p.Message + p.Fix + p.Detail
	if !strings.Contains(p.Message, "refused the user name and password given in "+
		"HTTPS_PROXY") || strings.Contains(all, "secretpass") ||
		strings.Contains(all, "user:") && !strings.Contains(p.Fix, "user:password@") {
		t.Errorf("problem = %+v", p)
	}

	p = proxyProblemFor(t, base, "http://"+addr)
	if !strings.Contains(p.Message, "HTTPS_PROXY holds none") {
		t.Errorf("no credentials: problem = %+v", p)
	}
}

func TestMalformedProxySettingIsNotEchoed(t *testing.T) {
	_, base := tlsFake(t)
	for _, v := range []string{"http://user:secretpass@%zz", "socks9://user:secretpass@x"} {
		p := proxyProblemFor(t, base, v)
		all := p.Message + p.Fix + p.Detail
		if !strings.Contains(p.Message, "HTTPS_PROXY could not be read") ||
			strings.Contains(all, "secretpass") || strings.Contains(all, "%zz") ||
			strings.Contains(all, "socks9") {
			t.Errorf("%s: problem = %+v", v, p)
		}
	}
}
