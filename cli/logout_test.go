package cli

import (
	"strings"
	"testing"
)

// With the keyring out of reach, logout still removes the profile's
// details, says the keyring entry is left and how to remove it later,
// still says the token is not revoked, and exits 1. Run again where the
// keyring answers, it removes the entry.
func TestLogoutWithTheKeyringOutOfReach(t *testing.T) {
	h := newHarness(t)
	for _, p := range []string{"work", "home"} {
		if r := h.run(tokAll, "connect", "--with-token", "--profile", p); r.code != 0 {
			t.Fatalf("connect %s: exit %d", p, r.code)
		}
	}
	h.backend = &noKeyring{}

	r := h.run("", "logout", "--profile", "work")
	if r.code != ExitFailure {
		t.Errorf("exit %d, want 1", r.code)
	}
	for _, want := range []string{
		`Removed the details of profile "work"`, "still in the system keyring",
		"no system keyring can be reached here",
		"run airtable-connect logout --profile work again where the system keyring is unlocked",
		`service "airtable-connect", account "work"`,
		"This does not revoke the token", "https://airtable.com/create/tokens",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("logout output lacks %q", want)
		}
	}
	r.mustNotContain(t, tokAll)
	if r := h.run("", "list"); strings.Contains(r.out, "work") {
		t.Errorf("list still shows work:\n%s", r.out)
	}
	if _, err := h.keyring.Get("airtable-connect", "work"); err != nil {
		t.Fatalf("the keyring entry should still be there: %v", err)
	}

	h.backend = nil
	if r := h.run("", "logout", "--profile", "work"); r.code != ExitOK {
		t.Errorf("logout again with the keyring back: exit %d, want 0", r.code)
	}
	if _, err := h.keyring.Get("airtable-connect", "work"); err == nil {
		t.Error("the keyring entry is still there after the second logout")
	}
}

// logout --all goes on past a profile whose keyring entry cannot be removed.
func TestLogoutAllWithTheKeyringOutOfReach(t *testing.T) {
	h := newHarness(t)
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "work"); r.code != 0 {
		t.Fatalf("connect: exit %d", r.code)
	}
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "home",
		"--insecure-storage"); r.code != 0 {
		t.Fatalf("connect home: exit %d", r.code)
	}
	h.backend = &noKeyring{}

	r := h.run("", "logout", "--all")
	if r.code != ExitFailure || !strings.Contains(r.out, `Removed profile "home"`) ||
		!strings.Contains(r.out, `Removed the details of profile "work"`) ||
		!strings.Contains(r.out, `account "work"`) || strings.Contains(r.out, `account "home"`) ||
		!strings.Contains(r.out, "This does not revoke the token") {
		t.Errorf("logout --all: exit %d; want 1, home removed and work's entry left", r.code)
	}
	if r := h.run("", "list"); !strings.Contains(r.out, "No profiles are saved") {
		t.Errorf("list after logout --all:\n%s", r.out)
	}
}
