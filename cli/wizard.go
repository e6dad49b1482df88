package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/store"
	"github.com/airtable-connect/airtable-connect/ui"
)

// verifier checks tokens for the wizard against the API in env.
type verifier struct{ opts []airtable.Option }

// Verify runs the whole check for token and the chosen scopes.
func (v verifier) Verify(ctx context.Context, token string, scopes []string) (
	airtable.Report, error,
) {
	return airtable.VerifyToken(ctx, token, scopes, v.opts...)
}

// wrapVerifier lets a test build replace the wizard's verifier. Release
// builds leave it nil.
var wrapVerifier func(env Env, v ui.Verifier) ui.Verifier

// runWizard runs the interactive wizard and turns how it ended into an exit
// code. The caller has checked that stdin and stdout are terminals.
func runWizard(ctx context.Context, env Env, opts connectOptions) error {
	if err := checkProfile(opts.profile); err != nil {
		return err
	}
	wctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	guard := &crashGuard{cancel: cancel, secrets: []string{env.getenv("AIRTABLE_TOKEN")}}

	var v ui.Verifier = verifier{opts: env.clientOptions()}
	if wrapVerifier != nil {
		v = wrapVerifier(env, v)
	}
	cfg := ui.Config{
		Profile:         opts.profile,
		HubURL:          opts.hubURL,
		NoBrowser:       opts.noBrowser,
		Demo:            opts.demo,
		Presenter:       opts.presenter,
		Accessible:      opts.accessible,
		InsecureStorage: opts.insecure,
		Verifier:        guardedVerifier{g: guard, inner: v},
		Store:           guardedStore{g: guard, inner: env.store(store.InteractiveTimeout)},
		Open:            guard.guardedOpen(env.Open),
		Version:         airtable.Version,
	}
	// Practice runs keep their progress apart from real ones (the wizard
	// picks the file), so trying "continue where you stopped" in practice
	// never touches a real run's progress.
	cfg.StateDir = ui.DefaultStateDir()
	if opts.demo {
		cfg.DemoToken = airtabletest.SamplePAT
	}

	res, err := env.Wizard(wctx, cfg, env.In, env.Out)
	// The wizard has returned, so the terminal is restored: a report
	// printed now stays on the screen.
	var pe *ui.PanicError
	if guard.report(env.Err) {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("wizard: %w", errCrashed)}
	}
	if errors.As(err, &pe) {
		writePanicText(env.Err, pe.Report, guard.secrets)
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("wizard: %w", err)}
	}
	return wizardOutcome(ctx, env, opts, res, err)
}

// wizardOutcome prints how the wizard ended and returns the exit. Once the
// token is saved the connection is made, however the wizard was left.
func wizardOutcome(ctx context.Context, env Env, opts connectOptions, res ui.Result,
	err error,
) error {
	sig := signalOf(ctx)
	switch {
	case res.Saved:
		writeSummary(env.Out, opts, res)
		if err != nil && !interrupted(err) && sig == nil {
			return &ExitError{
				Code: ExitFailure, Err: fmt.Errorf("wizard: %w", err),
				Message: "The wizard stopped unexpectedly after the token was saved. " +
					"'airtable-connect status --profile " + savedProfile(opts, res) +
					"' shows what was kept.",
			}
		}
		return nil
	case sig != nil:
		return &ExitError{
			Code: sig.code(), Err: sig,
			Message: fmt.Sprintf("Stopped (%s signal). %s", sig.sig, notSaved(opts, res)),
		}
	case interrupted(err):
		return &ExitError{
			Code: ExitCancelled, Err: err, Message: "Cancelled. " + notSaved(opts, res),
		}
	case err != nil:
		return &ExitError{
			Code: ExitFailure, Err: fmt.Errorf("wizard: %w", err),
			Message: "The wizard stopped unexpectedly. " + notSaved(opts, res) +
				" If it stops again, try " + rerun(opts) + " --accessible.",
		}
	case res.Report.Outcome != airtable.OutcomeOK:
		return &ExitError{
			Code:    res.Report.Outcome.ExitCode(),
			Message: "Nothing was saved. " + outcomeNext(opts, res.Report.Outcome),
		}
	}
	return exitf(ExitFailure, "Nothing was saved. Run %s again to connect.", rerun(opts))
}

// savedProfile is the profile the wizard saved, or the one asked for.
func savedProfile(opts connectOptions, res ui.Result) string {
	if res.Profile != "" {
		return res.Profile
	}
	return opts.profile
}

// rerun is the command that starts this kind of run again.
func rerun(opts connectOptions) string {
	if opts.demo {
		return "airtable-connect --demo"
	}
	return "airtable-connect"
}

// notSaved says the token was not kept and how to go on: where the run
// stopped when its progress was kept, else from the start.
func notSaved(opts connectOptions, res ui.Result) string {
	if res.ProgressKept {
		return "Nothing was saved yet. Run " + rerun(opts) +
			" again to continue where you stopped."
	}
	return "Nothing was saved. Run " + rerun(opts) + " again to start over."
}

// outcomeNext says what to do after a check that did not pass.
func outcomeNext(opts connectOptions, o airtable.Outcome) string {
	switch o {
	case airtable.OutcomeRejected:
		return "Copy the whole token from Airtable, or make a new one, and run " +
			rerun(opts) + " again."
	case airtable.OutcomeMissing:
		return "Add the missing scope or base to the token in Airtable, then run " +
			rerun(opts) + " again."
	case airtable.OutcomeUnreachable:
		return "Check the network connection, then run " + rerun(opts) + " again."
	}
	return "Run " + rerun(opts) + " again to connect."
}
