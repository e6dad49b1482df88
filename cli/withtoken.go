package cli

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/store"
)

// savedResult is what connect --with-token --json prints.
type savedResult struct {
	Profile string          `json:"profile"`
	Saved   bool            `json:"saved"`
	Storage store.Location  `json:"storage,omitempty"`
	Path    string          `json:"path,omitempty"`
	Report  airtable.Report `json:"report"`
	// failure is why the token, or its profile, could not be saved.
	failure *airtable.Problem
}

// runWithToken reads the token, verifies it and saves it, with no screens.
// Nothing is saved unless every demanded check passed: the scopes in
// opts.scopes, or the required set when none were given.
func runWithToken(ctx context.Context, env Env, opts connectOptions) error {
	if err := checkProfile(opts.profile); err != nil {
		return err
	}
	scopes, err := parseScopes(opts.scopes)
	if err != nil {
		return err
	}
	opts.scopes = scopes
	in, err := readToken(env)
	if err != nil {
		return err
	}
	st := env.store(store.ScriptTimeout)
	noteTokenSource(env, st, in.source, opts.profile)

	// A token that cannot be kept is not sent: first the address, then its
	// shape, then whether a keyring is there at all.
	if err := checkAddress(env); err != nil {
		return err
	}
	if report, refused := refusedLocally(in, opts.scopes); refused {
		res := savedResult{Profile: opts.profile, Report: jsonReport(report)}
		return finishWithToken(env, opts, res, report.Outcome.ExitCode())
	}
	if p := keyringMissing(ctx, st, opts); p != nil {
		return finishUnsent(env, opts, *p)
	}

	report, err := checkToken(ctx, env, in, opts.scopes)
	if err != nil {
		return err
	}
	res := savedResult{Profile: opts.profile, Report: jsonReport(report)}
	if report.Outcome != airtable.OutcomeOK {
		return finishWithToken(env, opts, res, report.Outcome.ExitCode())
	}

	token := airtable.NormalizeToken(in.raw)
	var problem *airtable.Problem
	res.Storage, res.Path, problem = saveToken(ctx, st, opts, token)
	if problem != nil {
		return finishWithToken(env, opts, res.withProblem(*problem), ExitFailure)
	}
	res.Saved = true
	if err := st.SaveProfile(profileFor(opts, res, report)); err != nil {
		res = res.withProblem(*profileProblem(err))
		return finishWithToken(env, opts, res, ExitFailure)
	}
	return finishWithToken(env, opts, res, ExitOK)
}

// withProblem adds a storage problem to the result, after the check's own.
func (res savedResult) withProblem(p airtable.Problem) savedResult {
	res.Report.Problems = append(slices.Clone(res.Report.Problems), p)
	res.failure = &p
	return res
}

// finishWithToken prints the result and ends with code.
func finishWithToken(env Env, opts connectOptions, res savedResult, code int) error {
	if opts.json {
		if err := writeJSON(env.Out, res); err != nil {
			return err
		}
		return silentExit(code)
	}
	writeReport(env.Out, res.Report, opts.presenter)
	switch {
	case res.Saved && res.Storage == store.LocationFile:
		fmt.Fprintf(env.Out, "Saved profile %q in %s (readable only by you).\n",
			res.Profile, res.Path)
	case res.Saved:
		fmt.Fprintf(env.Out, "Saved profile %q in the system keyring.\n", res.Profile)
	default:
		fmt.Fprintln(env.Out, "Nothing was saved.")
	}
	// Why saving failed goes to stderr after the table, as other failures do.
	if p := res.failure; p != nil {
		return &ExitError{Code: code, Message: p.Message + " " + p.Fix}
	}
	return silentExit(code)
}

// finishUnsent ends a run stopped before the token was sent because
// nothing here could keep it: exit 1, with saved and checked both false.
func finishUnsent(env Env, opts connectOptions, p airtable.Problem) error {
	res := savedResult{Profile: opts.profile, Report: jsonReport(airtable.Report{})}
	res = res.withProblem(p)
	if opts.json {
		if err := writeJSON(env.Out, res); err != nil {
			return err
		}
		return silentExit(ExitFailure)
	}
	fmt.Fprintln(env.Out, "Nothing was saved, and the token was not sent to Airtable.")
	return &ExitError{Code: ExitFailure, Message: p.Message + " " + p.Fix}
}

// profileFor is the non-secret record of a saved connection. Its scopes are
// the ones the check demanded, so a later status check demands the same.
func profileFor(opts connectOptions, res savedResult, r airtable.Report) store.Profile {
	scopes := opts.scopes
	if len(scopes) == 0 {
		scopes = airtable.RequiredScopes()
	}
	return store.Profile{
		Name: opts.profile, UserID: r.UserID, Email: r.Email, Bases: r.Bases,
		Scopes: scopes, Storage: res.Storage, Path: res.Path, VerifiedAt: time.Now(),
	}
}

// noteTokenSource says on stderr which token is used when more than one is
// around: AIRTABLE_TOKEN and standard input, or a token already saved.
func noteTokenSource(env Env, st *store.Store, source tokenSource, profile string) {
	if source == fromStdin && env.getenv("AIRTABLE_TOKEN") != "" {
		fmt.Fprintln(env.Err, "Using the token from standard input; AIRTABLE_TOKEN is ignored.")
		return
	}
	if source != fromEnv {
		return
	}
	if _, err := st.Profile(profile); err == nil {
		fmt.Fprintf(env.Err, "Using the token in AIRTABLE_TOKEN; it replaces the one saved "+
			"for profile %q.\n", profile)
		return
	}
	fmt.Fprintln(env.Err, "Using the token in AIRTABLE_TOKEN.")
}
