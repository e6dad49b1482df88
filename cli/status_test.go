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
	for _, secret := range []string{tokAll, tokNoEmail, "Sup3rSecretPass", "proxyuser",
		"user@example.com", "patTESTTESTTEST"} {
		r.mustNotContain(t, secret)
	}
	for _, want := range []string{"v0.0.0-test", "HTTPS_PROXY", "NO_PROXY", "u***@example.com",
		"usrTESTTESTTEST00", "user.email:read granted", "appTESTTESTBASE01 create",
		"ssh            yes", "TERM", "api answers    yes", "mode 0600"} {
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

func TestStatusWithNothingSaved(t *testing.T) {
	h := newHarness(t)
	if r := h.run("", "status"); r.code != ExitFailure || !strings.Contains(r.err, "No profiles") {
		t.Errorf("exit %d, stderr %q", r.code, r.err)
	}
}
