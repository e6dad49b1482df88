package cli

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

func TestParseScopesRefusesAMisspeltScopeNamingIt(t *testing.T) {
	for in, want := range map[string]string{
		"data.records:reed":             "data.records:read",
		"user.email:read,webhok:manage": "webhook:manage",
		"schema.bases:wirte":            "schema.bases:write",
		"data.records:manage":           "data.records:",
	} {
		_, err := parseScopes([]string{in})
		var ee *ExitError
		if exitCode(err) != ExitUsage || !asExit(err, &ee) {
			t.Errorf("parseScopes(%q) exit %d, want %d", in, exitCode(err), ExitUsage)
			continue
		}
		bad := strings.Split(in, ",")[len(strings.Split(in, ","))-1]
		if !strings.Contains(ee.Message, bad) || !strings.Contains(ee.Message, want) {
			t.Errorf("parseScopes(%q): %q does not name %q and suggest %q", in, ee.Message,
				bad, want)
		}
	}
}

func TestParseScopesAcceptsTheWizardsPresets(t *testing.T) {
	for _, name := range []string{"read-only", "Read-Write", "all"} {
		got, err := parseScopes([]string{name})
		want, _ := airtable.Preset(name)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("parseScopes(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	got, err := parseScopes([]string{"read-only,webhook:manage"})
	if err != nil || len(got) != 5 || got[4] != airtable.ScopeWebhookManage {
		t.Errorf("a preset and a scope: %q, %v", got, err)
	}
}

// A write scope asked for cannot be tested: the check passes (exit 0) but
// does not claim the token has everything, and names the scope.
func TestVerifyWriteScopeIsNotClaimed(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokAll, "verify", "--scopes", "data.records:write")
	if r.code != ExitOK || strings.Contains(r.out, "has what it needs") ||
		!strings.Contains(r.out, "data.records:write cannot be confirmed without "+
			"changing data") {
		t.Errorf("exit %d:\n%s", r.code, r.out)
	}
	r = h.run(tokAll, "verify", "--scopes", "data.records:read")
	if r.code != ExitOK || !strings.Contains(r.out, "has what it needs") {
		t.Errorf("read scopes only: exit %d:\n%s", r.code, r.out)
	}
}

func TestScopesShowsSchemaReadAsNeededForBases(t *testing.T) {
	r := newHarness(t).run("", "scopes")
	for _, line := range strings.Split(r.out, "\n") {
		if strings.HasPrefix(line, airtable.ScopeSchemaBasesRead) &&
			(strings.Contains(line, "optional") || !strings.Contains(line, "list bases")) {
			t.Errorf("schema.bases:read is not shown as needed to list bases: %q", line)
		}
	}
	if !strings.Contains(r.out, "read-only") || !strings.Contains(r.out, "read-write") {
		t.Errorf("scopes does not list the presets:\n%s", r.out)
	}
}

// asExit reports whether err is an *ExitError, setting *ee.
func asExit(err error, ee **ExitError) bool {
	return errors.As(err, ee)
}

func TestScopeFlagsRefuseAnUnknownScopeNamingIt(t *testing.T) {
	h := newHarness(t)
	for _, args := range [][]string{
		{"guide", "--scopes", "bogus:read"},
		{"verify", "--scopes", "bogus:read"},
		{"guide", "--scopes", "read-only,future.thing:read"},
	} {
		r := h.run(tokAll, args...)
		bad := args[2][strings.LastIndex(args[2], ",")+1:]
		if r.code != ExitUsage || !strings.Contains(r.err, bad) ||
			!strings.Contains(r.err, "airtable-connect scopes") {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.err)
		}
		if strings.Contains(r.out, bad) {
			t.Errorf("%q: stdout still tells to add %s:\n%s", args, bad, r.out)
		}
	}
	if n := len(h.srv.Requests()); n != 0 {
		t.Errorf("%d requests were sent after an unknown scope", n)
	}
}

// A known scope with no read-only probe that is not a write scope is not
// said to need a change of data.
func TestVerifyOtherScopeHasNoSideEffectFreeCheck(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokAll, "verify", "--scopes", "block:manage,workspacesAndBases:read")
	if r.code != ExitOK || !strings.Contains(r.out, "no side-effect-free check") {
		t.Errorf("exit %d:\n%s", r.code, r.out)
	}
	for _, line := range strings.Split(r.out, "\n") {
		if strings.Contains(line, "workspacesAndBases:read") &&
			strings.Contains(line, "changing data") {
			t.Errorf("a read scope is said to need a change of data: %q", line)
		}
	}
}

// The README's example: guide takes a preset as --scopes does.
func TestGuideTakesAPreset(t *testing.T) {
	r := newHarness(t).run("", "guide", "--scopes", "read-only")
	if r.code != ExitOK || !strings.Contains(r.out, airtable.ScopeDataRecordsRead) ||
		strings.Contains(r.out, airtable.ScopeDataRecordsWrite) {
		t.Errorf("exit %d:\n%s", r.code, r.out)
	}
}
