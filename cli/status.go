package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/store"
)

// statusEntry is one profile as status --json prints it: where its token is
// kept, its own verdict and the fresh report's fields. Outcome and
// ExitCode are what checking this profile alone would give (verify's exit
// codes, and 1 for a token that could not be read), while status itself
// exits 1 when any profile fails. It never holds the token.
type statusEntry struct {
	Profile  string         `json:"profile"`
	Storage  store.Location `json:"storage,omitempty"`
	Path     string         `json:"path,omitempty"`
	OK       bool           `json:"ok"`
	Outcome  string         `json:"outcome"`
	ExitCode int            `json:"exit_code"`
	airtable.Report
}

// profileCheck is the live check of one saved profile.
type profileCheck struct {
	profile store.Profile
	loc     store.Location
	report  airtable.Report
	elapsed time.Duration
	token   string // kept only so the support report can make sure it is absent
}

// newStatusCmd builds status: a live re-check of every saved profile.
func newStatusCmd(env Env, build Build) *cobra.Command {
	var profile string
	var asJSON, support bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Check each saved token live: account, bases, scopes, where it is kept",
		Long: "status reads each saved profile's token and checks it against Airtable " +
			"again. It exits 1 when any profile fails; --json gives each profile's own " +
			"outcome and exit_code. With no profile saved there is " +
			"nothing to fail: it says so and exits 0, and --json prints [].\n\n" +
			"--support prints one report to paste to support staff: versions, terminal, " +
			"proxy variable names, how fast Airtable answers, and the checks, with no " +
			"token, full email address or proxy password in it.",
		Example: "  airtable-connect status\n  airtable-connect status --support",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st := env.store(store.ScriptTimeout)
			only := ""
			if cmd.Flags().Changed("profile") {
				if err := checkProfile(profile); err != nil {
					return err
				}
				only = profile
			}
			if support {
				return runSupport(cmd.Context(), env, build, st, only)
			}
			if env.getenv("AIRTABLE_TOKEN") != "" {
				fmt.Fprintln(env.Err, "AIRTABLE_TOKEN is set; status checks the saved "+
					"profiles, not that variable.")
			}
			checks, err := checkProfiles(cmd.Context(), env, st, only)
			if err != nil {
				return err
			}
			return printStatus(env, checks, asJSON)
		},
	}
	cmd.Flags().StringVar(&profile, "profile", "",
		"check only the named profile (without it, every saved profile is checked)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON")
	cmd.Flags().BoolVar(&support, "support", false, "print a redacted report for support staff")
	return cmd
}

// checkProfiles verifies the saved profiles (or only the one named) live.
// No saved profile gives no checks and no error. An API address no token
// may go to is a setting error before any token is read.
func checkProfiles(ctx context.Context, env Env, st *store.Store, only string) (
	[]profileCheck, error,
) {
	if err := checkAddress(env); err != nil {
		return nil, err
	}
	profiles, err := st.Profiles()
	if err != nil {
		return nil, storeFailure("read the saved profiles", err)
	}
	if only != "" {
		p, err := st.Profile(only)
		if errors.Is(err, store.ErrNotFound) {
			return nil, noSuchProfile(st, only, err)
		}
		if err != nil {
			return nil, storeFailure("read the saved profile", err)
		}
		profiles = []store.Profile{p}
	}

	checks := make([]profileCheck, 0, len(profiles))
	for _, p := range profiles {
		c, err := checkProfile1(ctx, env, st, p)
		if err != nil {
			return nil, err
		}
		checks = append(checks, c)
	}
	return checks, nil
}

// checkProfile1 reads one profile's token and verifies it. A token that
// cannot be read becomes a failed report rather than an error.
func checkProfile1(ctx context.Context, env Env, st *store.Store, p store.Profile) (
	profileCheck, error,
) {
	c := profileCheck{profile: p, loc: p.Storage}
	tok, loc, err := st.Token(ctx, p.Name)
	if err != nil {
		c.report = airtable.Report{Outcome: airtable.OutcomeRejected}
		c.report.Problems = []airtable.Problem{{
			Kind:    kindTokenMissing,
			Message: "The saved token could not be read: " + storeReason(err),
			Fix:     saveAgainLine(p.Name),
		}}
		return c, nil
	}
	c.loc, c.token = loc, tok

	scopes := p.Scopes
	if len(scopes) == 0 {
		scopes = airtable.RequiredScopes()
	}
	start := time.Now()
	c.report, err = airtable.VerifyToken(ctx, tok, scopes, env.clientOptions()...)
	c.elapsed = time.Since(start)
	if err != nil {
		return c, fmt.Errorf("verify profile: %w", err)
	}
	savedTokenFix(&c.report, p.Name)
	return c, nil
}

// savedTokenFix rewrites the fix under a refused token: a saved token was
// not just pasted, so copying it again cannot help, and a revoked one never
// works again. The way on is a new token under the same profile.
func savedTokenFix(r *airtable.Report, profile string) {
	fix := fmt.Sprintf("A revoked token cannot be brought back. Run airtable-connect "+
		"--profile %s to create and connect a new token; it replaces this one.", profile)
	for i, p := range r.Problems {
		if p.Kind != airtable.KindTokenRejected {
			continue
		}
		for j := range r.Checks {
			if r.Checks[j].Fix == p.Fix {
				r.Checks[j].Fix = fix
			}
		}
		r.Problems[i].Fix = fix
	}
}

// verdict is the outcome name and exit code of one profile's check.
func verdict(c profileCheck) (string, int) {
	r := c.report
	if len(r.Problems) == 1 && r.Problems[0].Kind == kindTokenMissing {
		return string(kindTokenMissing), ExitFailure
	}
	return r.Outcome.String(), r.Outcome.ExitCode()
}

// storeReason is a short sentence end for why the store could not give a
// token.
func storeReason(err error) string {
	var missing *store.MissingTokenError
	var rejected *store.RejectedError
	switch {
	case errors.As(err, &missing) && missing.Location == store.LocationFile:
		return "its token file is missing; nothing is at " + missing.Path + "."
	case errors.As(err, &missing):
		return "the system keyring no longer holds it."
	case errors.Is(err, store.ErrUnavailable):
		return "it is in the system keyring, and no system keyring is available here."
	case errors.Is(err, store.ErrLocked):
		return "the system keyring did not answer; it may be locked."
	case errors.As(err, &rejected):
		return "the system keyring refused to give it."
	}
	return "the store could not read it."
}

// printStatus prints the checks and exits 1 when any failed. No checks
// (no profile saved) is not a failure: JSON gets [] and a person reads why.
func printStatus(env Env, checks []profileCheck, asJSON bool) error {
	if len(checks) == 0 {
		if !asJSON {
			fmt.Fprintln(env.Out, noProfilesLine)
			return nil
		}
		fmt.Fprintln(env.Err, noProfilesLine)
	}

	failed := false
	entries := make([]statusEntry, 0, len(checks))
	for _, c := range checks {
		ok := c.report.Outcome == airtable.OutcomeOK
		failed = failed || !ok
		outcome, code := verdict(c)
		entries = append(entries, statusEntry{
			Profile: c.profile.Name, Storage: c.loc, Path: c.profile.Path,
			OK: ok, Outcome: outcome, ExitCode: code, Report: jsonReport(c.report),
		})
	}
	if asJSON {
		if err := writeJSON(env.Out, entries); err != nil {
			return err
		}
	} else {
		for i, c := range checks {
			if i > 0 {
				fmt.Fprintln(env.Out)
			}
			fmt.Fprintf(env.Out, "Profile %q, kept in %s\n", c.profile.Name, where(c))
			writeReport(env.Out, c.report, false)
		}
	}
	if failed {
		return silentExit(ExitFailure)
	}
	return nil
}

// where says in words where a profile's token is kept.
func where(c profileCheck) string {
	if c.loc == store.LocationFile && c.profile.Path != "" {
		return "the file " + c.profile.Path
	}
	if c.loc == store.LocationFile {
		return "a file"
	}
	return "the system keyring"
}
