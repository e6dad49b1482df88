package airtable_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// apiHost is a non-loopback name, so Go does not skip the proxy for it.
const apiHost = "api.airtable.test"

// connectProxy is a small CONNECT proxy on 127.0.0.1 that records the
// targets it was asked for and tunnels them to 127.0.0.1.
type connectProxy struct {
	mu      sync.Mutex
	targets []string
	auth    []string
	ln      net.Listener
}

func newConnectProxy(t *testing.T) *connectProxy {
	t.Helper()
	ln, err := new(net.ListenConfig).Listen(t.Context(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &connectProxy{ln: ln}
	srv := &http.Server{Handler: p, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return p
}

func (p *connectProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.targets = append(p.targets, r.Method+" "+r.Host)
	p.auth = append(p.auth, r.Header.Get("Proxy-Authorization"))
	p.mu.Unlock()
	if r.Method != http.MethodConnect {
		http.Error(w, "only CONNECT", http.StatusMethodNotAllowed)
		return
	}
	_, port, _ := net.SplitHostPort(r.Host)
	addr := net.JoinHostPort("127.0.0.1", port)
	up, err := new(net.Dialer).DialContext(r.Context(), "tcp", addr)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	// Take the connection first and answer on it directly: a status line
	// left in the server's buffer at the hijack could be lost.
	conn, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		_ = up.Close()
		return
	}
	if _, err := io.WriteString(conn, "HTTP/1.1 200 Connection established\r\n\r\n"); err != nil {
		_ = up.Close()
		_ = conn.Close()
		return
	}
	go func() { _, _ = io.Copy(up, buf); _ = up.Close() }()
	_, _ = io.Copy(conn, up)
	_ = conn.Close()
}

func (p *connectProxy) connects() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.targets...)
}

// tlsFake starts the fake over HTTPS under apiHost, resolving apiHost to
// 127.0.0.1 for direct connections, and returns its base URL.
func tlsFake(t *testing.T) (*airtabletest.Server, string) {
	t.Helper()
	s, err := airtabletest.NewTLSServer(airtabletest.DemoAccounts(), apiHost)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	restore := airtable.SetDialForTest(func(ctx context.Context, network, addr string) (
		net.Conn, error,
	) {
		if host, port, _ := net.SplitHostPort(addr); host == apiHost {
			addr = net.JoinHostPort("127.0.0.1", port)
		}
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	})
	t.Cleanup(restore)
	_, port, _ := net.SplitHostPort(s.Addr())
	return s, "https://" + apiHost + ":" + port + "/v0"
}

// trustingClient builds the default HTTP client, trusting the fake's cert.
func trustingClient(s *airtabletest.Server) *http.Client {
	h := airtable.NewHTTPClient()
	h.Transport.(*http.Transport).TLSClientConfig.RootCAs = s.CertPool()
	return h
}

// C18: HTTPS_PROXY is used for every call, NO_PROXY skips it, and the
// proxy password never shows.
func TestCaseC18Proxy(t *testing.T) {
	s, base := tlsFake(t)
	proxy := newConnectProxy(t)
	proxyURL := "http://user:secretpass@" + proxy.ln.Addr().String()
	t.Setenv("HTTP_PROXY", "")
	t.Setenv("NO_PROXY", "")
	t.Setenv("HTTPS_PROXY", proxyURL)

	h := trustingClient(s)
	h.Transport.(*http.Transport).DisableKeepAlives = true
	r, err := airtable.VerifyToken(context.Background(), pat, all8,
		airtable.WithBaseURL(base), airtable.WithHTTPClient(h), fastRetry)
	if err != nil || !r.Ready() {
		t.Fatalf("through the proxy: err %v, problems %+v", err, r.Problems)
	}
	// Without keep-alives every call opens its own tunnel. HTTP/2 may open
	// one more that it then leaves unused, so count at least one per call.
	calls := len(s.Requests())
	got := proxy.connects()
	if calls == 0 || len(got) < calls {
		t.Errorf("proxy saw %d CONNECTs for %d calls", len(got), calls)
	}
	for _, c := range got {
		if c != "CONNECT "+strings.TrimSuffix(strings.TrimPrefix(base, "https://"), "/v0") {
			t.Errorf("proxy saw %q", c)
		}
	}

	t.Setenv("NO_PROXY", apiHost)
	before := len(proxy.connects())
	r, err = airtable.VerifyToken(context.Background(), pat, all8,
		airtable.WithBaseURL(base), airtable.WithHTTPClient(trustingClient(s)), fastRetry)
	if err != nil || !r.Ready() || len(proxy.connects()) != before {
		t.Errorf("with NO_PROXY: err %v ready %v, proxy saw %d more", err, r.Ready(),
			len(proxy.connects())-before)
	}

	// A proxy that refuses: unreachable, saying HTTPS_PROXY is set, and the
	// password nowhere.
	t.Setenv("NO_PROXY", "")
	t.Setenv("HTTPS_PROXY", "http://user:secretpass@127.0.0.1:1")
	r, _ = airtable.VerifyToken(context.Background(), pat, all8,
		airtable.WithBaseURL(base), airtable.WithHTTPClient(trustingClient(s)), fastRetry)
	p := problem(t, r, airtable.KindUnreachable)
	if r.Outcome.ExitCode() != 5 || !strings.Contains(p.Message, "HTTPS_PROXY is set") {
		t.Errorf("proxy down: %+v", p)
	}
	for _, txt := range []string{p.Message, p.Fix, p.Detail} {
		if strings.Contains(txt, "secretpass") {
			t.Errorf("proxy password shown: %q", txt)
		}
	}
}

// Proxy settings that cannot work must not leak the password either.
func TestProxyErrorHidesPassword(t *testing.T) {
	_, base := tlsFake(t)
	for _, proxy := range []string{
		"http://user:secretpass@%zz",             // not a URL at all
		"http://user:secretpass@127.0.0.1:99999", // no such port
	} {
		t.Setenv("NO_PROXY", "")
		t.Setenv("HTTPS_PROXY", proxy)
		_, err := airtable.NewClient(pat, airtable.WithBaseURL(base), fastRetry).
			WhoAmI(context.Background())
		if err == nil || strings.Contains(err.Error(), "secretpass") ||
			strings.Contains(err.Error(), pat) {
			t.Errorf("error = %v", err)
		}
		t.Logf("error shown: %v", err)
	}
}

// TLS is verified: without trusting the fake's certificate the call fails.
func TestTLSVerified(t *testing.T) {
	_, base := tlsFake(t)
	t.Setenv("HTTPS_PROXY", "")
	r, _ := airtable.VerifyToken(context.Background(), pat, all8, airtable.WithBaseURL(base))
	p := problem(t, r, airtable.KindUnreachable)
	if !strings.Contains(p.Message, "could not be verified") {
		t.Errorf("untrusted certificate: %+v", p)
	}
}

// A redirect to another host never carries the token along.
func TestRedirectDropsAuthorization(t *testing.T) {
	other := newFake(t, airtabletest.DemoAccounts())
	origin := newFake(t, airtabletest.DemoAccounts())
	// Same IP, different port: another host as far as the token goes.
	origin.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{
		Status: http.StatusFound,
		Header: http.Header{"Location": {other.URL + "/meta/whoami"}},
	})
	_, err := client(origin, pat).WhoAmI(context.Background())
	if err == nil {
		t.Errorf("whoami after a cross-host redirect succeeded without a token")
	}
	reqs := other.Requests()
	if len(reqs) != 1 || reqs[0].Authorization != "" {
		t.Errorf("redirect target saw %+v", reqs)
	}
}
