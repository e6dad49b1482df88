package cli

import (
	"context"
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
	airtable.Report, error) {
	return airtable.VerifyToken(ctx, token, scopes, v.opts...)
}

// runWizard runs the interactive wizard and turns how it ended into an exit
// code. The caller has checked that stdin and stdout are terminals.
func runWizard(ctx context.Context, env Env, opts connectOptions) error {
	if err := checkProfile(opts.profile); err != nil {
		return err
	}
	cfg := ui.Config{
		Profile:         opts.profile,
		HubURL:          opts.hubURL,
		NoBrowser:       opts.noBrowser,
		Demo:            opts.demo,
		Presenter:       opts.presenter,
		Accessible:      opts.accessible,
		InsecureStorage: opts.insecure,
		Verifier:        verifier{opts: env.clientOptions()},
		Store:           env.store(store.InteractiveTimeout),
		Open:            env.Open,
		Version:         airtable.Version,
	}
	// Practice mode keeps no progress: nothing of it should outlive the run.
	if opts.demo {
		cfg.DemoToken = airtabletest.SamplePAT
	} else {
		cfg.StateDir = ui.DefaultStateDir()
	}

	res, err := env.Wizard(ctx, cfg, env.In, env.Out)
	switch {
	case interrupted(err):
		return &ExitError{Code: ExitCancelled, Err: err, Message: "Cancelled. Nothing was saved."}
	case err != nil:
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("wizard: %w", err),
			Message: "The wizard stopped unexpectedly. Nothing was saved."}
	case res.Saved:
		return nil
	case res.Report.Outcome != airtable.OutcomeOK:
		return &ExitError{Code: res.Report.Outcome.ExitCode(), Message: "Nothing was saved."}
	}
	return exitf(ExitFailure, "Nothing was saved.")
}
