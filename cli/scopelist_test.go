package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestParseScopes(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"nothing given", nil, nil},
		{
			"space after comma",
			[]string{"user.email:read, data.records:read"},
			[]string{"user.email:read", "data.records:read"},
		},
		{
			"upper case, spaces only",
			[]string{"DATA.RECORDS:READ  Webhook:Manage"},
			[]string{"user.email:read", "data.records:read", "webhook:manage"},
		},
		{
			"repeated flag and duplicates",
			[]string{"data.records:read,", "Data.Records:Read"},
			[]string{"user.email:read", "data.records:read"},
		},
		{
			"Airtable's other scopes",
			[]string{
				"block:manage,workspacesandbases:read",
				"enterprise.auditLogs:read,enterprise.*:read",
			},
			[]string{
				"user.email:read", "block:manage", "workspacesAndBases:read",
				"enterprise.auditLogs:read", "enterprise.*:read",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseScopes(tt.in)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("parseScopes(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseScopesRefusesWhatIsNotAScope(t *testing.T) {
	for _, in := range []string{
		"foo.bar", tokAll, "data.records:read," + tokAll,
		"data.records:read1", "user.email:read:x", ":read",
	} {
		_, err := parseScopes([]string{in})
		if exitCode(err) != ExitUsage {
			t.Errorf("parseScopes(%.20q...) exit %d, want %d", in, exitCode(err), ExitUsage)
			continue
		}
		if len(in) > 6 && strings.Contains(err.Error(), in) {
			t.Errorf("the refusal repeats the value: %s", err)
		}
	}
}

func TestVerifyScopeListWithSpacesStillChecks(t *testing.T) {
	h := newHarness(t)
	h.setReadOnly()
	r := h.run(tokReadOnly, "verify", "--json",
		"--scopes", "User.Email:Read, DATA.RECORDCOMMENTS:READ")
	var got verifyJSON
	if err := json.Unmarshal([]byte(r.out), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v", err)
	}
	if r.code != ExitMissing || !slices.Contains(got.failures(), "scope_missing") {
		t.Errorf("exit %d, failures %v; want %d and scope_missing", r.code, got.failures(),
			ExitMissing)
	}
}

func TestScopeFlagsRefuseATokenWithoutRepeatingIt(t *testing.T) {
	h := newHarness(t)
	secret := "hunter2-Secret.Value"
	for _, args := range [][]string{
		{"verify", "--scopes", "data.records:read " + secret},
		{"connect", "--with-token", "--scopes", "data.records:read," + secret},
		{"guide", "--scopes", "foo.bar"},
	} {
		r := h.run(tokAll, args...)
		r.mustNotContain(t, secret)
		if r.code != ExitUsage || !strings.Contains(r.err, "is not a scope name") {
			t.Errorf("%s: exit %d, stderr %q", args[0], r.code, r.err)
		}
	}
	if n := len(h.srv.Requests()); n != 0 {
		t.Errorf("%d requests were sent after a refused --scopes", n)
	}
}

func TestConnectWithTokenAlwaysDemandsEmail(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokNoEmail, "connect", "--with-token", "--profile", "p",
		"--scopes", "data.records:read")
	if r.code != ExitMissing || !strings.Contains(r.out, "Nothing was saved.") {
		t.Errorf("exit %d, want %d:\n%s", r.code, ExitMissing, r.out)
	}
	r = h.run("", "verify", "--help")
	if !strings.Contains(r.out, "user.email:read is always added") {
		t.Errorf("verify --help does not say user.email:read is added:\n%s", r.out)
	}
}
