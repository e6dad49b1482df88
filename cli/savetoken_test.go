package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// With no keyring, --json still prints the whole result: the check passed,
// nothing was saved, and a problem says why and how to go on.
func TestConnectWithTokenJSONWithoutKeyring(t *testing.T) {
	h := newHarness(t)
	h.backend = &noKeyring{}
	r := h.run(tokAll, "connect", "--with-token", "--json", "--profile", "work")
	var got struct {
		Saved  bool `json:"saved"`
		Report struct {
			Valid    bool `json:"valid"`
			Problems []struct {
				Kind, Message, Fix string
			} `json:"problems"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(r.out), &got); err != nil {
		t.Fatalf("stdout is not JSON (%v):\n%q", err, r.out)
	}
	if r.code != ExitFailure || got.Saved || !got.Report.Valid {
		t.Errorf("exit %d, saved %v, valid %v; want 1, false, true", r.code, got.Saved,
			got.Report.Valid)
	}
	n := len(got.Report.Problems)
	if n == 0 || got.Report.Problems[n-1].Kind != "storage_unavailable" ||
		got.Report.Problems[n-1].Message == "" ||
		!strings.Contains(got.Report.Problems[n-1].Fix, "--insecure-storage") {
		t.Errorf("no storage problem with a fix naming --insecure-storage: %+v",
			got.Report.Problems)
	}
	r.mustNotContain(t, tokAll)
}

// The text output shows the check table and that nothing was saved; stderr
// says why and what to do.
func TestConnectWithTokenTextWithoutKeyring(t *testing.T) {
	h := newHarness(t)
	h.backend = &noKeyring{}
	r := h.run(tokAll, "connect", "--with-token", "--profile", "work")
	if r.code != ExitFailure || !strings.Contains(r.out, "✓ Token") ||
		!strings.Contains(r.out, "Nothing was saved.") {
		t.Errorf("exit %d; want the table, then that nothing was saved:\n%s", r.code, r.out)
	}
	if !strings.Contains(r.err, "No system keyring is available here") ||
		!strings.Contains(r.err, "--insecure-storage") {
		t.Errorf("stderr does not say why or how to go on: %q", r.err)
	}
	r.mustNotContain(t, tokAll)
}
