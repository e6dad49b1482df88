package cli

import (
	"strings"
	"testing"
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
