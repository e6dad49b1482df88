package cli

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// verifyJSON is the part of verify --json that scripts rely on.
type verifyJSON struct {
	Valid  bool   `json:"valid"`
	UserID string `json:"user_id"`
	Email  string `json:"email"`
	Bases  []struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		PermissionLevel string `json:"permission_level"`
	} `json:"bases"`
	Scopes   map[string]string `json:"scopes"`
	Problems []struct {
		Kind    string `json:"kind"`
		Message string `json:"message"`
		Fix     string `json:"fix"`
		Warning bool   `json:"warning"`
	} `json:"problems"`
}

// failures lists the kinds of the problems that are not warnings.
func (v verifyJSON) failures() []string {
	var out []string
	for _, p := range v.Problems {
		if !p.Warning {
			out = append(out, p.Kind)
		}
	}
	return out
}

func (v verifyJSON) hasProblem(kind string) bool {
	for _, p := range v.Problems {
		if p.Kind == kind && p.Message != "" && p.Fix != "" {
			return true
		}
	}
	return false
}

// verdicts builds the expected scopes map: every guide scope unknown except
// the ones given as scope, verdict pairs.
func verdicts(pairs ...string) map[string]string {
	out := map[string]string{}
	for _, s := range airtabletest.AllScopes() {
		out[s] = "unknown"
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		out[pairs[i]] = pairs[i+1]
	}
	return out
}

// tokReadOnly has the required scopes and data.records:read only.
var tokReadOnly = fakeToken("06")

func TestVerifyJSONVerdicts(t *testing.T) {
	allRead := []string{
		"user.email:read", "granted", "schema.bases:read", "granted",
		"data.records:read", "granted", "data.recordComments:read", "granted",
		"webhook:manage", "granted",
	}
	tests := []struct {
		name        string
		token       string
		args        []string
		rateLimited bool
		wantCode    int
		wantValid   bool
		wantScopes  map[string]string
		wantProblem string
		wantBases   int
		wantNoCalls bool
	}{
		{
			name: "all eight scopes", token: tokAll, wantCode: 0, wantValid: true, wantBases: 2,
			wantScopes: verdicts(allRead...),
		},
		{
			name: "without user.email:read", token: tokNoEmail, wantCode: 4, wantValid: true,
			wantScopes:  verdicts(append(allRead, "user.email:read", "missing")...),
			wantProblem: "scope_missing", wantBases: 2,
		},
		{
			name: "without schema.bases:read", token: tokNoSchema, wantCode: 4, wantValid: true,
			wantScopes: verdicts("user.email:read", "granted",
				"schema.bases:read", "missing"),
			wantProblem: "scope_missing",
		},
		{
			name: "no base", token: tokNoBase, wantCode: 4, wantValid: true,
			wantScopes: verdicts("user.email:read", "granted",
				"schema.bases:read", "granted"),
			wantProblem: "no_base",
		},
		{
			name: "rejected", token: tokRejected, wantCode: 3, wantScopes: verdicts(),
			wantProblem: "token_rejected",
		},
		{
			name: "legacy key", token: tokLegacy, wantCode: 3, wantScopes: verdicts(),
			wantProblem: "token_shape", wantNoCalls: true,
		},
		{
			name: "rate limited twice, then answers", token: tokRateLimit, rateLimited: true,
			wantCode: 0, wantValid: true, wantBases: 2, wantScopes: verdicts(allRead...),
		},
		{
			name: "read-only token, nothing demanded", token: tokReadOnly, wantCode: 0,
			wantValid: true, wantBases: 2, wantScopes: verdicts("user.email:read", "granted",
				"schema.bases:read", "granted", "data.records:read", "granted",
				"data.recordComments:read", "missing", "webhook:manage", "missing"),
		},
		{
			name: "read-only token, webhook:manage demanded", token: tokReadOnly,
			args: []string{"--scopes", "user.email:read,webhook:manage"}, wantCode: 4,
			wantValid: true, wantBases: 2, wantProblem: "scope_missing",
			wantScopes: verdicts("user.email:read", "granted",
				"schema.bases:read", "granted", "data.records:read", "granted",
				"data.recordComments:read", "missing", "webhook:manage", "missing"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.setReadOnly()
			if tt.rateLimited {
				h.srv.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{
					Status: 429,
					Body:   `{"error":{"type":"RATE_LIMIT_REACHED"}}`, Times: 2,
				})
			}
			r := h.run(tt.token+"\n", append([]string{"verify", "--json"}, tt.args...)...)
			r.mustNotContain(t, tt.token)
			if r.code != tt.wantCode {
				t.Errorf("exit %d, want %d", r.code, tt.wantCode)
			}
			var got verifyJSON
			if err := json.Unmarshal([]byte(r.out), &got); err != nil {
				t.Fatalf("stdout is not JSON: %v", err)
			}
			if got.Valid != tt.wantValid {
				t.Errorf("valid = %v, want %v", got.Valid, tt.wantValid)
			}
			if !maps.Equal(got.Scopes, tt.wantScopes) {
				t.Errorf("scopes =\n%v\nwant\n%v", got.Scopes, tt.wantScopes)
			}
			if tt.wantProblem != "" && !got.hasProblem(tt.wantProblem) {
				t.Errorf("no %s problem with message and fix in %+v", tt.wantProblem,
					got.Problems)
			}
			if tt.wantCode == 0 && len(got.failures()) != 0 {
				t.Errorf("exit 0 but failures %+v", got.failures())
			}
			if len(got.Bases) != tt.wantBases {
				t.Errorf("%d bases, want %d", len(got.Bases), tt.wantBases)
			}
			if tt.wantNoCalls && len(h.srv.Requests()) != 0 {
				t.Errorf("%d requests were sent, want none", len(h.srv.Requests()))
			}
		})
	}
}

// setReadOnly gives tokReadOnly an account with the required scopes and
// data.records:read only.
func (h *harness) setReadOnly() {
	h.srv.SetAccount(tokReadOnly, airtabletest.DemoAccount().Without(
		"data.records:write", "schema.bases:write", "data.recordComments:read",
		"data.recordComments:write", "webhook:manage"))
}

// line returns the table line that holds label, or "".
func (r result) line(label string) string {
	for _, l := range strings.Split(r.out, "\n") {
		if strings.Contains(l, label+" ") {
			return l
		}
	}
	return ""
}

func TestVerifyTableNamesTheFix(t *testing.T) {
	h := newHarness(t)
	r := h.run(tokNoEmail, "verify")
	if r.code != ExitMissing {
		t.Errorf("exit %d, want %d", r.code, ExitMissing)
	}
	if l := r.line("Scope user.email:read"); !strings.HasPrefix(l, "✗ ") {
		t.Errorf("table does not mark user.email:read as failed:\n%s", r.out)
	}
	if l := r.line("Token"); !strings.HasPrefix(l, "✓ ") || !strings.Contains(l, "accepted") {
		t.Errorf("token line = %q", l)
	}
}

func TestVerifyTableShowsUngrantedScopesWithoutFailing(t *testing.T) {
	h := newHarness(t)
	h.setReadOnly()
	r := h.run(tokReadOnly, "verify")
	if r.code != ExitOK {
		t.Errorf("exit %d, want 0:\n%s", r.code, r.out)
	}
	if l := r.line("Scope webhook:manage"); !strings.HasPrefix(l, "– ") ||
		!strings.Contains(l, "not granted") {
		t.Errorf("webhook line = %q in\n%s", l, r.out)
	}
	if strings.Contains(r.out, "✗") {
		t.Errorf("a read-only token shows a failure:\n%s", r.out)
	}
}

func TestVerifyRejectedTokenRowReadsRight(t *testing.T) {
	r := newHarness(t).run(tokRejected, "verify")
	l := r.line("Token")
	if r.code != ExitRejected || !strings.HasPrefix(l, "✗ Token ") ||
		strings.Contains(l, "accepted by") {
		t.Errorf("exit %d, token line = %q", r.code, l)
	}
}

func TestConnectWithTokenDemandsOnlyWhatIsAsked(t *testing.T) {
	h := newHarness(t)
	h.setReadOnly()
	r := h.run(tokReadOnly, "connect", "--with-token", "--profile", "ro", "--json")
	var res savedResult
	if err := json.Unmarshal([]byte(r.out), &res); err != nil {
		t.Fatal(err)
	}
	if r.code != ExitOK || !res.Saved || len(res.Report.Scopes) != 8 ||
		res.Report.Scopes["webhook:manage"] != "missing" {
		t.Errorf("exit %d saved %v scopes %v", r.code, res.Saved, res.Report.Scopes)
	}

	r = h.run(tokReadOnly, "connect", "--with-token", "--profile", "hooks",
		"--scopes", "webhook:manage")
	if r.code != ExitMissing || !strings.Contains(r.out, "Nothing was saved.") {
		t.Errorf("demanded webhook:manage: exit %d\n%s", r.code, r.out)
	}
}

func TestVerifyReadsEnvironmentWhenStdinIsATerminal(t *testing.T) {
	h := newHarness(t)
	h.tty = true
	h.environ = append(h.environ, "AIRTABLE_TOKEN="+tokAll)
	if r := h.run("", "verify"); r.code != ExitOK {
		t.Errorf("exit %d, want 0", r.code)
	}
}

func TestVerifyUnreachable(t *testing.T) {
	h := newHarness(t)
	h.srv.Close()
	r := h.run(tokAll, "verify", "--json")
	if r.code != ExitUnreachable {
		t.Errorf("exit %d, want %d", r.code, ExitUnreachable)
	}
}

func TestVerifyDetailHoldsNoTokenOrEmail(t *testing.T) {
	h := newHarness(t)
	h.srv.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{
		Status: 401,
		Body: `{"error":{"type":"AUTHENTICATION_REQUIRED","message":"bad token ` + tokAll +
			` for jane.doe@example.com"}}`,
	})
	for _, args := range [][]string{{"verify", "--json"}, {"verify"}} {
		r := h.run(tokAll, args...)
		r.mustNotContain(t, tokAll)
		r.mustNotContain(t, "jane.doe@")
		if r.code != ExitRejected || !strings.Contains(r.out, "j***@example.com") {
			t.Errorf("%v: exit %d, want %d and the masked email in the detail",
				args, r.code, ExitRejected)
		}
	}
}

func TestVerifyLocalRefusalSaysNothingWasSent(t *testing.T) {
	h := newHarness(t)
	for _, tok := range []string{tokLegacy, tokAll + tokAll, strings.Repeat("p", 300)} {
		r := h.run(tok, "verify")
		lines := strings.Split(strings.TrimSpace(r.out), "\n")
		if r.code != ExitRejected || lines[len(lines)-1] != notSentLine {
			t.Errorf("exit %d, last line %q; want %d and %q", r.code,
				lines[len(lines)-1], ExitRejected, notSentLine)
		}
		for _, wrong := range []string{
			"did not accept", "Clear the field", "paste it here",
			"is kept",
		} {
			if strings.Contains(r.out, wrong) {
				t.Errorf("a token that was never sent is described with %q:\n%s",
					wrong, r.out)
			}
		}
	}
	if n := len(h.srv.Requests()); n != 0 {
		t.Errorf("%d requests were sent", n)
	}
}

func TestVerifyJSONSaysWhenTheTokenWasNotChecked(t *testing.T) {
	h := newHarness(t)
	h.srv.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{Status: 503})
	r := h.run(tokAll, "verify", "--json")
	var got struct {
		Valid   *bool `json:"valid"`
		Checked *bool `json:"checked"`
	}
	if err := json.Unmarshal([]byte(r.out), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v", err)
	}
	if r.code != ExitUnreachable || got.Checked == nil || *got.Checked || *got.Valid {
		t.Errorf("exit %d, checked %v, valid %v; want %d, false, false", r.code,
			got.Checked, got.Valid, ExitUnreachable)
	}
	if help := h.run("", "verify", "--help"); !strings.Contains(help.out,
		`"valid" is meaningful only then`) {
		t.Errorf("verify --help does not explain checked")
	}
}

func TestConnectWithTokenPresenterMasksEveryEmail(t *testing.T) {
	h := newHarness(t)
	email := airtabletest.DemoAccount().Email
	r := h.run(tokAll, "connect", "--with-token", "--presenter", "--profile", "p")
	r.mustNotContain(t, email)
	masked := email[:1] + "***@" + strings.SplitN(email, "@", 2)[1]
	if r.code != ExitOK || strings.Count(r.out, masked) < 3 {
		t.Errorf("exit %d; want %q in the account line and both check rows", r.code, masked)
	}
}

func TestVerifyTextShowsTheDetailItPromises(t *testing.T) {
	h := newHarness(t)
	h.srv.Fail("GET", "/v0/meta/whoami", airtabletest.Fault{
		Status: 418,
		Body:   `{"error":{"type":"TEAPOT","message":"short and stout"}}`,
	})
	r := h.run(tokAll, "verify")
	if !strings.Contains(r.out, "    Detail: TEAPOT: short and stout\n") {
		t.Errorf("no detail line in the text output:\n%s", r.out)
	}
}

func TestVerifyHugeStdinSaysMoreThanWasRead(t *testing.T) {
	h := newHarness(t)
	for _, n := range []int{maxStdinToken + 1, 3 * maxStdinToken} {
		r := h.run(strings.Repeat("p", n), "verify")
		if r.code != ExitRejected || !strings.Contains(r.out, "more than 65536 bytes") ||
			strings.Contains(r.out, "65536 characters long") {
			t.Errorf("%d bytes: exit %d, want %d and \"more than 65536\":\n%.300s", n,
				r.code, ExitRejected, r.out)
		}
	}
	r := h.run(strings.Repeat("p", maxStdinToken), "verify")
	if r.code != ExitRejected || !strings.Contains(r.out, "This is 65536 characters long") {
		t.Errorf("exactly %d bytes: exit %d:\n%.300s", maxStdinToken, r.code, r.out)
	}
	if n := len(h.srv.Requests()); n != 0 {
		t.Errorf("%d requests were sent", n)
	}
}
