package cli

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// With no keyring, --json still prints the whole result: nothing was
// saved, the token was never sent (checked false), and a problem says why
// and how to go on.
func TestConnectWithTokenJSONWithoutKeyring(t *testing.T) {
	h := newHarness(t)
	h.backend = &noKeyring{}
	r := h.run(tokAll, "connect", "--with-token", "--json", "--profile", "work")
	var got struct {
		Saved  bool `json:"saved"`
		Report struct {
			Checked  bool `json:"checked"`
			Valid    bool `json:"valid"`
			Problems []struct {
				Kind, Message, Fix string
			} `json:"problems"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(r.out), &got); err != nil {
		t.Fatalf("stdout is not JSON (%v):\n%q", err, r.out)
	}
	if r.code != ExitFailure || got.Saved || got.Report.Checked || got.Report.Valid {
		t.Errorf("exit %d, saved %v, checked %v, valid %v; want 1 and all false", r.code,
			got.Saved, got.Report.Checked, got.Report.Valid)
	}
	n := len(got.Report.Problems)
	if n == 0 || got.Report.Problems[n-1].Kind != "storage_unavailable" ||
		got.Report.Problems[n-1].Message == "" ||
		!strings.Contains(got.Report.Problems[n-1].Fix, "--insecure-storage") {
		t.Errorf("no storage problem with a fix naming --insecure-storage: %+v",
			got.Report.Problems)
	}
	if reqs := h.srv.Requests(); len(reqs) != 0 {
		t.Errorf("the token was sent with no keyring to keep it: %d requests", len(reqs))
	}
	r.mustNotContain(t, tokAll)
}

// In text, a person reads that nothing was saved or sent; stderr says why
// and what to do. Airtable is never asked.
func TestConnectWithTokenTextWithoutKeyring(t *testing.T) {
	h := newHarness(t)
	h.backend = &noKeyring{}
	r := h.run(tokAll, "connect", "--with-token", "--profile", "work")
	if r.code != ExitFailure || !strings.Contains(r.out, "Nothing was saved") ||
		!strings.Contains(r.out, "not sent") {
		t.Errorf("exit %d; want that nothing was saved or sent:\n%s", r.code, r.out)
	}
	if !strings.Contains(r.err, "No system keyring is available here") ||
		!strings.Contains(r.err, "--insecure-storage") {
		t.Errorf("stderr does not say why or how to go on: %q", r.err)
	}
	if reqs := h.srv.Requests(); len(reqs) != 0 {
		t.Errorf("the token was sent with no keyring to keep it: %d requests", len(reqs))
	}
	r.mustNotContain(t, tokAll)
}

// A value whose shape alone rules it out is refused as such, even with no
// keyring: the person learns what is wrong with what they gave first.
func TestConnectWithTokenShapeBeforeKeyring(t *testing.T) {
	h := newHarness(t)
	h.backend = &noKeyring{}
	r := h.run("keyTESTTESTTEST00\n", "connect", "--with-token", "--profile", "work")
	if r.code != ExitRejected {
		t.Errorf("exit %d, want %d for a legacy key", r.code, ExitRejected)
	}
	if !strings.Contains(r.out+r.err, "2024") {
		t.Errorf("want the legacy key explained; stdout %q stderr %q", r.out, r.err)
	}
	if reqs := h.srv.Requests(); len(reqs) != 0 {
		t.Errorf("a legacy key was sent: %d requests", len(reqs))
	}
}

// --insecure-storage needs no keyring, so the missing one does not stop it.
func TestConnectWithTokenInsecureWithoutKeyring(t *testing.T) {
	h := newHarness(t)
	kr := &noKeyring{}
	h.backend = kr
	r := h.run(tokAll, "connect", "--with-token", "--insecure-storage", "--profile", "work")
	if r.code != ExitOK || !strings.Contains(r.out, "readable only by you") {
		t.Errorf("exit %d; want the token saved to a file:\n%s", r.code, r.out)
	}
}

// lockedKeyring does not answer reads until the test ends, like a locked
// collection waiting on a prompt, and refuses writes at once.
type lockedKeyring struct{ release chan struct{} }

func (k lockedKeyring) Get(_, _ string) (string, error) {
	<-k.release
	return "", errors.New("released")
}

func (k lockedKeyring) Set(_, _, _ string) error {
	return errors.New("failed to unlock correct collection '/x'")
}

func (k lockedKeyring) Delete(_, _ string) error { return nil }

// A keyring that is slow to answer is not taken for a missing one: the
// token is checked, and the save says what went wrong.
func TestConnectWithTokenGoesOnWhenKeyringIsSlow(t *testing.T) {
	h := newHarness(t)
	k := lockedKeyring{release: make(chan struct{})}
	t.Cleanup(func() { close(k.release) })
	h.backend = k
	r := h.run(tokAll, "connect", "--with-token", "--profile", "work")
	if r.code != ExitFailure || !strings.Contains(r.out, "✓ Token") ||
		strings.Contains(r.err, "No system keyring is available") {
		t.Errorf("exit %d; want the token checked, then the save to fail:\n%s\n%s",
			r.code, r.out, r.err)
	}
	if len(h.srv.Requests()) == 0 {
		t.Error("the token was not checked")
	}
	r.mustNotContain(t, tokAll)
}
