package cli

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/store"
)

// Placeholder tokens for the fake Airtable, each with a valid shape.
var (
	tokAll       = airtabletest.SamplePAT
	tokNoEmail   = fakeToken("01")
	tokNoSchema  = fakeToken("02")
	tokNoBase    = fakeToken("03")
	tokRejected  = fakeToken("04")
	tokRateLimit = fakeToken("05")
	tokLegacy    = "keyTESTTESTTEST00"
)

func fakeToken(n string) string {
	return "patTESTTESTTEST" + n + "." + strings.Repeat("0", 64)
}

// fakeAirtable starts the fake with one account per placeholder token.
func fakeAirtable(t *testing.T) *airtabletest.Server {
	t.Helper()
	full := airtabletest.DemoAccount()
	noBase := full
	noBase.Bases = nil
	srv := airtabletest.NewServer(map[string]airtabletest.Account{
		tokAll:       full,
		tokNoEmail:   full.Without("user.email:read"),
		tokNoSchema:  full.Without("schema.bases:read"),
		tokNoBase:    noBase,
		tokRateLimit: full,
	})
	t.Cleanup(srv.Close)
	return srv
}

// harness is one test's environment: a fake Airtable, a private config
// folder and an in-memory keyring shared by every command it runs.
type harness struct {
	t       *testing.T
	srv     *airtabletest.Server
	dir     string
	keyring *memKeyring
	environ []string
	tty     bool
	// transport, when set, answers every HTTP request instead of the fake.
	transport http.RoundTripper
	// backend, when set, replaces keyring as the keyring commands see.
	backend store.Backend
}

// envBase is the Env every run of h shares: its folder, keyring and API.
func (h *harness) envBase() Env {
	env := Env{
		Environ: h.environ, Keyring: h.keyring, ConfigDir: h.dir,
		Backoff: func(int) time.Duration { return time.Millisecond },
	}
	if h.backend != nil {
		env.Keyring = h.backend
	}
	if h.transport != nil {
		env.HTTPClient = &http.Client{Transport: h.transport}
	}
	return env
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	srv := fakeAirtable(t)
	return &harness{
		t: t, srv: srv, dir: t.TempDir(), keyring: newMemKeyring(),
		environ: []string{"AIRTABLE_API_URL=" + srv.URL, "TERM=xterm-256color"},
	}
}

// result is what one run printed and how it ended.
type result struct {
	code     int
	out, err string
}

// run runs the command line with stdin holding in.
func (h *harness) run(in string, args ...string) result {
	h.t.Helper()
	return h.runReader(strings.NewReader(in), args...)
}

func (h *harness) runReader(in io.Reader, args ...string) result {
	h.t.Helper()
	var out, errOut bytes.Buffer
	env := h.envBase()
	env.In, env.Out, env.Err = in, &out, &errOut
	env.IsTerminal = func(any) bool { return h.tty }
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code := Run(ctx, Build{
		Version: "v0.0.0-test", Commit: "abcdef1234567890",
		Date: "2026-01-02T03:04:05Z",
	}, args, env)
	r := result{code: code, out: out.String(), err: errOut.String()}
	h.t.Logf("%v -> %d\nstdout:\n%s\nstderr:\n%s", args, r.code, r.out, r.err)
	return r
}

// mustNotContain fails when any of the outputs holds secret.
func (r result) mustNotContain(t *testing.T, secret string) {
	t.Helper()
	if strings.Contains(r.out, secret) || strings.Contains(r.err, secret) {
		t.Errorf("output holds a secret %q...", secret[:min(5, len(secret))])
	}
}
