package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// noKeyring answers every call as a machine with no Secret Service does,
// and counts the calls.
type noKeyring struct{ calls atomic.Int32 }

var errNoSecretService = errors.New(
	"The name org.freedesktop.secrets was not provided by any .service files")

func (k *noKeyring) Get(_, _ string) (string, error) {
	k.calls.Add(1)
	return "", errNoSecretService
}

func (k *noKeyring) Set(_, _, _ string) error {
	k.calls.Add(1)
	return errNoSecretService
}

func (k *noKeyring) Delete(_, _ string) error {
	k.calls.Add(1)
	return errNoSecretService
}

// wantErr fails unless stderr holds every part and none of the unwanted.
func (r result) wantErr(t *testing.T, want []string, unwanted ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(r.err, w) {
			t.Errorf("stderr lacks %q", w)
		}
	}
	for _, u := range unwanted {
		if strings.Contains(r.err, u) {
			t.Errorf("stderr holds %q", u)
		}
	}
}

func TestTokenForAProfileThatDoesNotExist(t *testing.T) {
	h := newHarness(t)
	kr := &noKeyring{}
	h.backend = kr

	r := h.run("", "token", "--profile", "nope")
	if r.code != ExitFailure || r.out != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing printed", r.code, r.out)
	}
	r.wantErr(t, []string{
		`No saved profile is named "nope"`, "No profiles are saved yet",
		"airtable-connect --profile nope",
	}, "keyring")

	r = h.run("", "token")
	r.wantErr(t, []string{
		`No saved profile is named "default"`, "No profiles are saved yet",
		"Run airtable-connect to connect one.",
	}, "keyring")
	if n := kr.calls.Load(); n != 0 {
		t.Errorf("the keyring was asked %d times for profiles that do not exist", n)
	}
}

func TestTokenListsTheSavedProfiles(t *testing.T) {
	h := newHarness(t)
	for _, p := range []string{"work", "home"} {
		if r := h.run(tokAll, "connect", "--with-token", "--profile", p,
			"--insecure-storage"); r.code != 0 {
			t.Fatalf("connect %s: exit %d", p, r.code)
		}
	}
	h.backend = &noKeyring{}

	r := h.run("", "token", "--profile", "nope")
	r.wantErr(t, []string{
		`No saved profile is named "nope"`,
		"The saved profiles are: home, work.",
	}, "keyring")
	if r := h.run("", "token", "--profile", "work"); r.code != 0 || r.out != tokAll+"\n" {
		t.Errorf("token --profile work: exit %d", r.code)
	}
}

// A file profile whose token file was deleted names the file, in token
// and in status, and never blames a keyring.
func TestTokenFileDeleted(t *testing.T) {
	h := newHarness(t)
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "work",
		"--insecure-storage"); r.code != 0 {
		t.Fatalf("connect: exit %d", r.code)
	}
	path := filepath.Join(h.dir, "tokens", "work")
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	h.backend = &noKeyring{}

	r := h.run("", "token", "--profile", "work")
	if r.code != ExitFailure {
		t.Errorf("exit %d, want 1", r.code)
	}
	r.wantErr(t, []string{
		`The token file of profile "work" is missing`, path,
		"airtable-connect --profile work again",
	}, "keyring")

	r = h.run("", "status", "--profile", "work")
	if r.code != ExitFailure || !strings.Contains(r.out, "token file is missing") ||
		!strings.Contains(r.out, path) || strings.Contains(r.out, "keyring") {
		t.Errorf("status: exit %d; want 1 naming the missing file %s", r.code, path)
	}
}

func TestTokenKeyringEntryRemoved(t *testing.T) {
	h := newHarness(t)
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "work"); r.code != 0 {
		t.Fatalf("connect: exit %d", r.code)
	}
	_ = h.keyring.Delete("airtable-connect", "work")

	r := h.run("", "token", "--profile", "work")
	r.wantErr(t, []string{
		`The system keyring no longer holds the token of profile "work"`,
		"airtable-connect --profile work again",
	}, "available")
}

// A damaged profiles file is named, with the way out, by every command
// that reads it; and connecting leaves no token behind while it is there.
func TestDamagedProfilesFile(t *testing.T) {
	h := newHarness(t)
	path := filepath.Join(h.dir, "profiles.json")
	if err := os.MkdirAll(h.dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{\"profiles\": [\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	for _, args := range [][]string{
		{"list"},
		{"status"},
		{"logout"},
		{"logout", "--all"},
		{"token"},
		{"token", "--profile", "work"},
	} {
		r := h.run("", args...)
		if r.code != ExitFailure {
			t.Errorf("%v: exit %d, want 1", args, r.code)
		}
		r.wantErr(t, []string{
			"the file " + path + " is damaged", "mv " + path,
			"Tokens in the system keyring and token files are not affected.",
		})
	}

	r := h.run(tokAll, "connect", "--with-token", "--profile", "work", "--insecure-storage")
	if r.code != ExitFailure {
		t.Errorf("connect: exit %d, want 1", r.code)
	}
	r.wantErr(t, []string{"the file " + path + " is damaged", "mv " + path})
	r.mustNotContain(t, tokAll)
	if _, err := os.Stat(filepath.Join(h.dir, "tokens", "work")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("connect wrote a token file next to a damaged profiles file: %v", err)
	}
	r = h.run(tokAll, "connect", "--with-token", "--profile", "work")
	if r.code != ExitFailure {
		t.Errorf("connect to the keyring: exit %d, want 1", r.code)
	}
	r.wantErr(t, []string{"the file " + path + " is damaged"})
	if _, err := h.keyring.Get("airtable-connect", "work"); err == nil {
		t.Error("connect saved a token in the keyring next to a damaged profiles file")
	}
}

// Moving a profile from the keyring to a file keeps one copy, the file.
func TestInsecureStorageMovesAKeyringProfile(t *testing.T) {
	h := newHarness(t)
	if r := h.run(tokAll, "connect", "--with-token", "--profile", "work"); r.code != 0 {
		t.Fatalf("connect: exit %d", r.code)
	}
	r := h.run(tokAll, "connect", "--with-token", "--profile", "work", "--insecure-storage")
	if r.code != 0 {
		t.Fatalf("connect --insecure-storage: exit %d", r.code)
	}
	if _, err := h.keyring.Get("airtable-connect", "work"); err == nil {
		t.Error("the keyring still holds the token after it moved to a file")
	}
	r.wantErr(t, []string{"older copy of the token in the system keyring was removed"})
	if r := h.run("", "token", "--profile", "work"); r.out != tokAll+"\n" {
		t.Errorf("token: exit %d", r.code)
	}
}
