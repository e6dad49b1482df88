package cli

import (
	"strings"
	"testing"
)

// An AIRTABLE_API_URL the token must not go to is a setting error: exit 2,
// naming the variable, with no request made and no "unreachable".
func TestBadAPIAddressIsASettingError(t *testing.T) {
	for _, u := range []string{"notaurl", "ftp://x/v0", "http://api.example.com/v0"} {
		for _, args := range [][]string{
			{"verify"}, {"connect", "--with-token", "--json", "--profile", "p"},
		} {
			h := newHarness(t)
			h.environ = []string{"AIRTABLE_API_URL=" + u}
			r := h.run(tokAll, args...)
			if r.code != ExitUsage || !strings.Contains(r.err, "AIRTABLE_API_URL") ||
				strings.Contains(r.err+r.out, "could not be reached") {
				t.Errorf("%s %v: exit %d, stderr %q", u, args, r.code, r.err)
			}
			r.mustNotContain(t, tokAll)
		}
	}
	h := newHarness(t)
	h.environ = []string{"AIRTABLE_API_URL=http://api.example.com/v0"}
	if r := h.run(tokAll, "verify"); !strings.Contains(r.err, "unencrypted") {
		t.Errorf("plain http: stderr does not say why: %q", r.err)
	}
}
