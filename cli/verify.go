package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// newVerifyCmd builds verify: the wizard's checks with no screens.
func newVerifyCmd(env Env) *cobra.Command {
	var asJSON bool
	var scopes []string
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Check a token live: account, bases and each scope",
		Long: "verify reads a token from standard input (or AIRTABLE_TOKEN), checks it " +
			"against Airtable with side-effect-free requests only, and prints a table of " +
			"checks with the fix for each one that failed. Nothing is saved. A token is " +
			"never taken as an argument.\n\n" +
			"Every scope of the guide gets a verdict: granted, missing or unknown (write " +
			"scopes cannot be tested without changing data). Only the scopes you demand " +
			"make the check fail: by default user.email:read and schema.bases:read; " +
			"with --scopes, the ones listed plus user.email:read. Other missing scopes are shown, not " +
			"failed.\n\n" +
			"With --json, \"checked\" is true when Airtable answered and judged the " +
			"token; \"valid\" is meaningful only then. When Airtable could not be " +
			"reached or the token was not sent, checked and valid are both false.\n\n" +
			exitCodesHelp,
		Example: "  pass show airtable | airtable-connect verify\n" +
			"  airtable-connect verify --json --scopes user.email:read,data.records:read < t.txt",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			chosen, err := parseScopes(scopes)
			if err != nil {
				return err
			}
			in, err := readToken(env)
			if err != nil {
				return err
			}
			if in.source == fromStdin && env.getenv("AIRTABLE_TOKEN") != "" {
				fmt.Fprintln(env.Err,
					"Using the token from standard input; AIRTABLE_TOKEN is ignored.")
			}

			report, err := checkToken(cmd.Context(), env, in, chosen)
			if err != nil {
				return err
			}

			if asJSON {
				if err := writeJSON(env.Out, jsonReport(report)); err != nil {
					return err
				}
			} else {
				writeReport(env.Out, report, false)
			}
			return silentExit(report.Outcome.ExitCode())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false,
		"print the result as JSON (valid counts only when checked is true)")
	cmd.Flags().StringArrayVar(&scopes, "scopes", nil,
		"the scopes the token must have (default: user.email:read,schema.bases:read)"+
			scopesHelp)
	return cmd
}

// checkAddress refuses an AIRTABLE_API_URL a token must not be sent to, as
// a setting error (exit 2) with the line verify gives. Every command that
// sends a token, typed or saved, calls it before reading or sending one.
func checkAddress(env Env) error {
	if err := airtable.CheckBaseURL(env.baseURL()); err != nil {
		return addressError(err)
	}
	return nil
}
