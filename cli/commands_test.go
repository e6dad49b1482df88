package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

func TestListShowsProfilesWithoutTokens(t *testing.T) {
	h := newHarness(t)
	if r := h.run("", "list"); r.code != 0 || !strings.Contains(r.out, "No profiles") {
		t.Errorf("empty list: exit %d, %q", r.code, r.out)
	}
	for _, p := range []string{"work", "home"} {
		h.run(tokAll, "connect", "--with-token", "--profile", p)
	}
	r := h.run("", "list", "--json")
	r.mustNotContain(t, tokAll)
	var got []listEntry
	if err := json.Unmarshal([]byte(r.out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "home" || got[1].Storage != "keyring" {
		t.Errorf("got %+v", got)
	}
	r = h.run("", "list")
	if !strings.Contains(r.out, "work") || !strings.Contains(r.out, "user@example.com") {
		t.Errorf("list:\n%s", r.out)
	}
}

func TestLogoutAll(t *testing.T) {
	h := newHarness(t)
	for _, p := range []string{"work", "home"} {
		h.run(tokAll, "connect", "--with-token", "--profile", p)
	}
	r := h.run("", "logout", "--all")
	if r.code != 0 || strings.Count(r.out, "Removed profile") != 2 ||
		!strings.Contains(r.out, "https://airtable.com/create/tokens") {
		t.Errorf("exit %d:\n%s", r.code, r.out)
	}
	if r := h.run("", "token", "--profile", "home"); r.code != ExitFailure {
		t.Errorf("token after logout --all: exit %d", r.code)
	}
	if r := h.run("", "logout", "--profile", "home"); r.code != ExitFailure {
		t.Errorf("logout of a removed profile: exit %d, want 1", r.code)
	}
	if r := h.run("", "logout", "--all", "--profile", "x"); r.code != ExitUsage {
		t.Errorf("logout --all --profile: exit %d, want 2", r.code)
	}
}

func TestScopesListsTheGuidesEight(t *testing.T) {
	r := newHarness(t).run("", "scopes")
	for _, s := range guideScopeNames() {
		if !strings.Contains(r.out, s) {
			t.Errorf("scopes lacks %s", s)
		}
	}
	if !strings.Contains(r.out, "required") {
		t.Error("scopes does not mark the required one")
	}
	// The names --scopes accepts beyond the guide's eight are listed too.
	for _, s := range airtable.OtherScopes {
		if !strings.Contains(r.out, s) {
			t.Errorf("scopes lacks %s, which --scopes accepts", s)
		}
	}
}

func TestVersionPrintsVersionCommitDate(t *testing.T) {
	h := newHarness(t)
	for _, args := range [][]string{{"--version"}, {"version"}} {
		r := h.run("", args...)
		for _, want := range []string{"v0.0.0-test", "abcdef123456", "2026-01-02T03:04:05Z"} {
			if r.code != 0 || !strings.Contains(r.out, want) {
				t.Errorf("%v: exit %d, lacks %q:\n%s", args, r.code, want, r.out)
			}
		}
	}
}

func TestBuildFallsBackWhenUnset(t *testing.T) {
	b := Build{}.resolved()
	if b.Version == "" || b.Commit == "" || b.Date == "" {
		t.Errorf("got %+v, want every field filled", b)
	}
}

func TestGuidePrintsTheSteps(t *testing.T) {
	h := newHarness(t)
	r := h.run("", "guide", "--scopes", "user.email:read,data.records:read")
	if r.code != 0 || !strings.Contains(r.out, "https://airtable.com/create/tokens") ||
		!strings.Contains(r.out, "data.records:read") ||
		strings.Contains(r.out, "webhook:manage") {
		t.Errorf("guide: exit %d\n%s", r.code, r.out)
	}
	r = h.run("", "guide", "--format", "markdown")
	if r.code != 0 || !strings.HasPrefix(r.out, "# ") {
		t.Errorf("markdown guide: exit %d", r.code)
	}
	if r := h.run("", "guide", "--format", "pdf"); r.code != ExitUsage {
		t.Errorf("guide --format pdf: exit %d, want 2", r.code)
	}
}

func TestBadProfileNameIsUsage(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokAll, "connect", "--with-token", "--profile", "../etc")
	if r.code != ExitUsage || strings.Contains(r.err, "../etc") {
		t.Errorf("exit %d, stderr %q", r.code, r.err)
	}
}
