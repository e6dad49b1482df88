package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A script's whole round trip: connect into a file, read the token back,
// check status, log out.
func TestConnectTokenStatusLogoutFlow(t *testing.T) {
	h := newHarness(t)

	r := h.run(tokAll+"\n", "connect", "--with-token", "--profile", "work", "--insecure-storage")
	if r.code != ExitOK {
		t.Fatalf("connect --with-token: exit %d, want 0", r.code)
	}
	r.mustNotContain(t, tokAll)

	r = h.run("", "token", "--profile", "work")
	if r.code != ExitOK || r.out != tokAll+"\n" {
		t.Fatalf("token: exit %d, stdout %d bytes; want 0 and exactly the token", r.code,
			len(r.out))
	}

	path := filepath.Join(h.dir, findTokenFile(t, h.dir))
	assertMode(t, path, 0o600)
	assertMode(t, filepath.Dir(path), 0o700)

	r = h.run("", "status", "--json")
	var entries []map[string]any
	if err := json.Unmarshal([]byte(r.out), &entries); err != nil {
		t.Fatalf("status --json: %v", err)
	}
	if r.code != ExitOK || len(entries) != 1 || entries[0]["profile"] != "work" ||
		entries[0]["valid"] != true {
		t.Fatalf("status --json: exit %d, entries %v; want work valid", r.code, entries)
	}
	r.mustNotContain(t, tokAll)

	r = h.run("", "logout", "--profile", "work")
	if r.code != ExitOK || !strings.Contains(r.out, "does not revoke") ||
		!strings.Contains(r.out, "https://airtable.com/create/tokens") {
		t.Fatalf("logout: exit %d; want 0 saying it does not revoke, with the link", r.code)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("token file still there after logout: %v", err)
	}

	r = h.run("", "token", "--profile", "work")
	if r.code != ExitFailure || r.out != "" {
		t.Errorf("token after logout: exit %d, stdout %q; want 1 and nothing", r.code, r.out)
	}
}

func TestConnectWithTokenUsesKeyringByDefault(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokAll, "connect", "--with-token", "--profile", "work", "--json")
	if r.code != ExitOK {
		t.Fatalf("exit %d", r.code)
	}
	var res savedResult
	if err := json.Unmarshal([]byte(r.out), &res); err != nil {
		t.Fatal(err)
	}
	if !res.Saved || res.Storage != "keyring" || !res.Report.Valid {
		t.Errorf("got %+v, want saved in the keyring", res)
	}
	if got, _ := h.keyring.Get("airtable-connect", "work"); got != tokAll {
		t.Error("keyring does not hold the token")
	}
	if entries, _ := os.ReadDir(h.dir); len(entries) > 0 {
		for _, e := range entries {
			b, _ := os.ReadFile(filepath.Join(h.dir, e.Name()))
			if strings.Contains(string(b), tokAll) {
				t.Errorf("%s holds the token although it went to the keyring", e.Name())
			}
		}
	}
}

func TestConnectWithTokenSavesNothingWhenRejected(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokRejected, "connect", "--with-token", "--profile", "work")
	if r.code != ExitRejected {
		t.Errorf("exit %d, want %d", r.code, ExitRejected)
	}
	if _, err := h.keyring.Get("airtable-connect", "work"); err == nil {
		t.Error("a rejected token was saved")
	}
	r.mustNotContain(t, tokRejected)
}

func TestEnvTokenUsedAndNamed(t *testing.T) {
	h := newHarness(t)
	h.tty = true // stdin is a terminal: never read it
	h.environ = append(h.environ, "AIRTABLE_TOKEN="+tokAll)
	if r := h.run("", "connect", "--with-token", "--profile", "work"); r.code != ExitOK {
		t.Fatalf("first connect: exit %d", r.code)
	}
	r := h.run("", "connect", "--with-token", "--profile", "work")
	if r.code != ExitOK || !strings.Contains(r.err, "AIRTABLE_TOKEN") ||
		!strings.Contains(r.err, `"work"`) {
		t.Errorf("exit %d, stderr %q; want it to name AIRTABLE_TOKEN and the profile",
			r.code, r.err)
	}
	r = h.run("", "token", "--profile", "work")
	if !strings.Contains(r.err, "AIRTABLE_TOKEN") || r.out != tokAll+"\n" {
		t.Errorf("token with AIRTABLE_TOKEN set: stderr %q", r.err)
	}
}

func TestNoTokenGivenIsUsage(t *testing.T) {
	h := newHarness(t)
	r := h.run("", "verify")
	if r.code != ExitUsage || !strings.Contains(r.err, "AIRTABLE_TOKEN") {
		t.Errorf("exit %d, stderr %q; want 2 naming AIRTABLE_TOKEN", r.code, r.err)
	}
}

func findTokenFile(t *testing.T, dir string) string {
	t.Helper()
	var found string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			if strings.TrimSpace(string(b)) == tokAll {
				found, _ = filepath.Rel(dir, p)
			}
		}
		return nil
	})
	if found == "" {
		t.Fatal("no file holds the token")
	}
	return found
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s: mode %04o, want %04o", filepath.Base(path), got, want)
	}
}
