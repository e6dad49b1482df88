package cli

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

// countingTransport answers nothing and counts the requests that reach it.
type countingTransport struct{ n atomic.Int32 }

func (c *countingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	c.n.Add(1)
	return nil, http.ErrUseLastResponse
}

// status reads and sends saved tokens, so an AIRTABLE_API_URL a token must
// not go to stops it first with verify's line and exit 2, sending nothing.
func TestStatusRefusesABadAPIAddress(t *testing.T) {
	for _, u := range []string{"notaurl", "ftp://x/v0", "http://api.example.com/v0"} {
		h := newHarness(t)
		if r := h.run(tokAll, "connect", "--with-token", "--profile", "work"); r.code != 0 {
			t.Fatalf("connect: exit %d", r.code)
		}
		h.environ = []string{"AIRTABLE_API_URL=" + u}
		tr := &countingTransport{}
		h.transport = tr

		want := h.run(tokAll, "verify")
		if want.code != ExitUsage || !strings.Contains(want.err, "AIRTABLE_API_URL") {
			t.Fatalf("%s: verify gave exit %d, %q", u, want.code, want.err)
		}
		for _, args := range [][]string{
			{"status"}, {"status", "--json"}, {"status", "--profile", "work"},
		} {
			r := h.run("", args...)
			if r.code != ExitUsage || r.err != want.err || r.out != "" {
				t.Errorf("%s %v: exit %d, stderr %q; want 2 and verify's %q", u, args,
					r.code, r.err, want.err)
			}
			r.mustNotContain(t, tokAll)
		}
		if n := tr.n.Load(); n != 0 {
			t.Errorf("%s: %d requests were sent", u, n)
		}
	}
}
