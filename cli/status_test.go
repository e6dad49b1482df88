package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/store"
)

func TestSupportReportHoldsNoSecret(t *testing.T) {
	h := newHarness(t)
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "work",
		"--insecure-storage"); r.code != 0 {
		t.Fatalf("connect: exit %d", r.code)
	}
	h.environ = append(h.environ,
		"AIRTABLE_TOKEN="+tokNoEmail,
		"HTTPS_PROXY=http://proxyuser:Sup3rSecretPass@proxy.example.com:3128",
		"NO_PROXY=127.0.0.1",
		"SSH_CONNECTION=10.0.0.2 50000 10.0.0.1 22")

	r := h.run("", "status", "--support")
	if r.code != ExitOK {
		t.Errorf("exit %d, want 0", r.code)
	}
	for _, secret := range []string{
		tokAll, tokNoEmail, "Sup3rSecretPass", "proxyuser",
		"user@example.com", "patTESTTESTTEST",
	} {
		r.mustNotContain(t, secret)
	}
	for _, want := range []string{
		"v0.0.0-test", "HTTPS_PROXY", "NO_PROXY", "u***@example.com",
		"usrTESTTESTTEST00", "user.email:read granted", "appTESTTESTBASE01 create",
		"ssh            yes", "TERM", "api answers    yes", "mode 0600",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestStatusFailsForABrokenProfile(t *testing.T) {
	h := newHarness(t)
	for _, p := range []string{"good", "gone"} {
		if r := h.run(tokAll, "connect", "--with-token", "--profile", p); r.code != 0 {
			t.Fatalf("connect %s: exit %d", p, r.code)
		}
	}
	_ = h.keyring.Delete("airtable-connect", "gone")

	r := h.run("", "status")
	if r.code != ExitFailure || !strings.Contains(r.out, `"good"`) ||
		!strings.Contains(r.out, `"gone"`) {
		t.Errorf("exit %d; want 1 with both profiles listed", r.code)
	}
	if r := h.run("", "status", "--profile", "good"); r.code != ExitOK {
		t.Errorf("status --profile good: exit %d, want 0", r.code)
	}
	if r := h.run("", "status", "--profile", "nobody"); r.code != ExitFailure {
		t.Errorf("status --profile nobody: exit %d, want 1", r.code)
	}
}

// No profile saved is not a failed profile: status says so and exits 0,
// and --json prints an empty list with the reason on stderr.
func TestStatusWithNothingSaved(t *testing.T) {
	h := newHarness(t)
	r := h.run("", "status")
	if r.code != ExitOK || !strings.Contains(r.out, "No profiles are saved. Run airtable-connect") {
		t.Errorf("status: exit %d, stdout %q; want 0 saying no profile is saved", r.code, r.out)
	}

	r = h.run("", "status", "--json")
	if r.code != ExitOK || strings.TrimSpace(r.out) != "[]" {
		t.Errorf("status --json: exit %d, stdout %q; want 0 and []", r.code, r.out)
	}
	if !strings.Contains(r.err, "No profiles are saved. Run airtable-connect") {
		t.Errorf("status --json: stderr %q; want why the list is empty", r.err)
	}

	r = h.run("", "status", "--support")
	if r.code != ExitOK || !strings.Contains(r.out, "profiles       none saved") {
		t.Errorf("status --support: exit %d; want 0 saying none are saved", r.code)
	}
	if r := h.run("", "status", "--help"); !strings.Contains(r.out,
		"exits 0, and --json prints []") {
		t.Error("status --help does not say what happens with no profile saved")
	}
}

// The --profile help says what the flag does and what happens without it.
func TestStatusProfileHelp(t *testing.T) {
	h := newHarness(t)
	r := h.run("", "status", "--help")
	if !strings.Contains(r.out, "without it, every saved profile is checked") ||
		strings.Contains(r.out, `(default "default")`) {
		t.Errorf("status --help does not explain --profile plainly:\n%s", r.out)
	}
}

// A --profile name that cannot be a profile is a usage error.
func TestStatusProfileNameIsChecked(t *testing.T) {
	h := newHarness(t)
	if r := h.run("", "status", "--profile", "../x"); r.code != ExitUsage {
		t.Errorf("status --profile ../x: exit %d, want %d", r.code, ExitUsage)
	}
}

// saveDirect saves tok for profile straight into h's store, skipping the
// live check, as a token revoked after it was saved would be.
func (h *harness) saveDirect(profile, tok string) {
	h.t.Helper()
	st := store.New(store.Options{Dir: h.dir, Keyring: h.keyring})
	if err := st.SaveKeyring(context.Background(), profile, tok); err != nil {
		h.t.Fatal(err)
	}
	p := store.Profile{Name: profile, Storage: store.LocationKeyring}
	if err := st.SaveProfile(p); err != nil {
		h.t.Fatal(err)
	}
}

// A saved token Airtable refuses was most likely revoked: status says to
// connect a new one under the profile, not to paste it again, and --json
// gives each profile its own outcome and exit code.
func TestStatusRevokedTokenSaysConnectANewOne(t *testing.T) {
	h := newHarness(t)
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "good"); r.code != 0 {
		t.Fatalf("connect: exit %d", r.code)
	}
	h.saveDirect("work", tokRejected)

	r := h.run("", "status")
	if r.code != ExitFailure {
		t.Errorf("exit %d, want 1", r.code)
	}
	if strings.Contains(r.out, "once more") ||
		!strings.Contains(r.out, "Run airtable-connect --profile work to create and connect a "+
			"new token") || !strings.Contains(r.out, "cannot be brought back") {
		t.Errorf("status does not say to connect a new token:\n%s", r.out)
	}
	r.mustNotContain(t, tokRejected)

	r = h.run("", "status", "--json")
	var entries []struct {
		Profile  string `json:"profile"`
		OK       bool   `json:"ok"`
		Outcome  string `json:"outcome"`
		ExitCode int    `json:"exit_code"`
		Problems []struct {
			Fix string `json:"fix"`
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(r.out), &entries); err != nil || len(entries) != 2 {
		t.Fatalf("status --json: %v, %d entries", err, len(entries))
	}
	good, work := entries[0], entries[1]
	if !good.OK || good.Outcome != "ok" || good.ExitCode != 0 {
		t.Errorf("good = %+v, want ok with exit_code 0", good)
	}
	if work.OK || work.Outcome != "rejected" || work.ExitCode != ExitRejected ||
		len(work.Problems) == 0 || !strings.Contains(work.Problems[0].Fix, "--profile work") {
		t.Errorf("work = %+v, want rejected with exit_code 3 and the new fix", work)
	}
	if r.code != ExitFailure {
		t.Errorf("status --json: exit %d, want 1", r.code)
	}
}
