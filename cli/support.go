package cli

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/store"
)

// proxyVars are the environment variables that steer HTTP proxies. Only
// their names are ever reported.
var proxyVars = []string{
	"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
	"ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy",
}

// runSupport prints the redacted report for support staff. Whatever the
// checks find, it exits 0 unless the report cannot be written.
func runSupport(ctx context.Context, env Env, build Build, st *store.Store, only string) error {
	var b strings.Builder
	fmt.Fprintln(&b, "airtable-connect support report (no token, full email or proxy password)")
	row(&b, "version", build.line())
	row(&b, "system", runtime.GOOS+"/"+runtime.GOARCH+", "+runtime.Version())
	writeTerminal(&b, env)
	writeNetwork(ctx, &b, env)
	row(&b, "config folder", st.Dir())

	checks, err := checkProfiles(ctx, env, st, only)
	switch {
	case err != nil:
		row(&b, "profiles", "none could be checked: "+messageOf(err))
	case len(checks) == 0:
		row(&b, "profiles", "none saved")
	}
	for _, c := range checks {
		writeSupportProfile(&b, c)
	}

	text := redact(b.String(), secretsOf(env, checks))
	_, err = fmt.Fprint(env.Out, text)
	return err
}

func row(b *strings.Builder, label, value string) {
	fmt.Fprintf(b, "%-14s %s\n", label, value)
}

// writeTerminal describes the terminal: TERM, colour profile, size, TTYs,
// SSH and WSL.
func writeTerminal(b *strings.Builder, env Env) {
	termName := env.getenv("TERM")
	if termName == "" {
		termName = "(not set)"
	}
	row(b, "TERM", termName)
	row(b, "colour", colorprofile.Detect(env.Out, env.Environ).String())
	size := "unknown (not a terminal)"
	if f, ok := env.Out.(*os.File); ok && env.IsTerminal(env.Out) {
		if w, h, err := term.GetSize(f.Fd()); err == nil {
			size = fmt.Sprintf("%dx%d", w, h)
		}
	}
	row(b, "size", size)
	row(b, "stdin tty", yesNo(env.IsTerminal(env.In)))
	row(b, "stdout tty", yesNo(env.IsTerminal(env.Out)))
	row(b, "ssh", yesNo(env.getenv("SSH_CONNECTION") != "" || env.getenv("SSH_TTY") != ""))
	row(b, "wsl", yesNo(env.getenv("WSL_DISTRO_NAME") != "" || procVersionSaysWSL()))
	row(b, "accessible", yesNo(env.accessible()))
}

// writeNetwork lists the proxy variables that are set, by name, and times
// one request to Airtable without any token.
func writeNetwork(ctx context.Context, b *strings.Builder, env Env) {
	var set []string
	for _, v := range proxyVars {
		if env.getenv(v) != "" {
			set = append(set, v)
		}
	}
	if len(set) == 0 {
		set = []string{"none"}
	}
	row(b, "proxy vars", strings.Join(set, ", ")+" (values not shown)")
	row(b, "AIRTABLE_TOKEN", map[bool]string{
		true:  "set (value not shown)",
		false: "not set",
	}[env.getenv("AIRTABLE_TOKEN") != ""])
	row(b, "api", env.baseURL())
	row(b, "api answers", probe(ctx, env))
}

// probe asks Airtable's whoami with no token: any HTTP answer shows it can be
// reached, and how fast.
func probe(ctx context.Context, env Env) string {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, env.baseURL()+"/meta/whoami", nil)
	if err != nil {
		return "no: the API address is not valid"
	}
	hc := env.HTTPClient
	if hc == nil {
		hc = airtable.NewHTTPClient()
	}
	start := time.Now()
	resp, err := hc.Do(req)
	if err != nil {
		return "no answer: " + err.Error()
	}
	_ = resp.Body.Close()
	return fmt.Sprintf("yes, HTTP %d in %d ms", resp.StatusCode, time.Since(start).Milliseconds())
}

// writeSupportProfile describes one profile's check without secrets.
func writeSupportProfile(b *strings.Builder, c profileCheck) {
	r := c.report
	fmt.Fprintf(b, "\nprofile %s\n", c.profile.Name)
	row(b, "  stored in", string(c.loc)+fileMode(c))
	row(b, "  result", fmt.Sprintf("%s in %d ms", r.Outcome, c.elapsed.Milliseconds()))
	row(b, "  user id", r.UserID)
	if r.Email != "" {
		row(b, "  email", maskAddress(r.Email))
	}
	names := make([]string, 0, len(r.Scopes))
	for s := range r.Scopes {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		row(b, "  scope", s+" "+string(r.Scopes[s]))
	}
	for _, base := range r.Bases {
		row(b, "  base", base.ID+" "+base.PermissionLevel)
	}
	for _, p := range r.Problems {
		row(b, "  problem", string(p.Kind)+": "+p.Message)
	}
}

// fileMode names the token file's permissions, which support often asks.
func fileMode(c profileCheck) string {
	if c.loc != store.LocationFile || c.profile.Path == "" {
		return ""
	}
	fi, err := os.Stat(c.profile.Path)
	if err != nil {
		return ""
	}
	return fmt.Sprintf(" (mode %04o)", fi.Mode().Perm())
}

func yesNo(v bool) string {
	if v {
		return "yes"
	}
	return "no"
}

// procVersionSaysWSL reports whether the kernel is Microsoft's WSL kernel.
func procVersionSaysWSL() bool {
	b, err := os.ReadFile("/proc/version")
	return err == nil && strings.Contains(strings.ToLower(string(b)), "microsoft")
}

// messageOf is the sentence an ExitError carries, or a generic one.
func messageOf(err error) string {
	var ee *ExitError
	if errors.As(err, &ee) && ee.Message != "" {
		return ee.Message
	}
	return "an error occurred"
}
