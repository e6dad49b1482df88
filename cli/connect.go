package cli

import (
	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// connectOptions are the flags of connect, which is also the root command.
type connectOptions struct {
	profile    string
	hubURL     string
	noBrowser  bool
	insecure   bool
	withToken  bool
	json       bool
	demo       bool
	presenter  bool
	accessible bool
	scopes     []string
}

// noTerminalLine is the one line printed when the wizard has no terminal.
const noTerminalLine = "The wizard needs a terminal for input and output. To connect " +
	"from a script, pipe the token to 'airtable-connect connect --with-token' or set " +
	"AIRTABLE_TOKEN and use --with-token."

// newConnectCmd builds connect: the wizard, or with --with-token a check and
// save with no screens.
func newConnectCmd(env Env) *cobra.Command {
	opts := connectOptions{}
	cmd := &cobra.Command{
		Use:   "connect",
		Short: "Walk through creating a token, verify it and save it",
		Long: "connect runs the wizard: it opens the Builder Hub, helps you choose " +
			"scopes and bases, checks the token you paste live against Airtable and " +
			"saves it in your system keyring.\n\n" +
			"With --with-token there are no screens: the token is read from standard " +
			"input (or AIRTABLE_TOKEN), verified and saved. A token is never taken as " +
			"an argument.\n\n" + exitCodesHelp,
		Example: "  airtable-connect connect --profile work\n" +
			"  airtable-connect connect --demo\n" +
			"  pass show airtable | airtable-connect connect --with-token --profile work",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.accessible = opts.accessible || env.accessible()
			return runConnect(cmd, env, opts)
		},
	}

	f := cmd.Flags()
	f.StringVar(&opts.profile, "profile", "default", "name to save the connection under")
	f.BoolVar(&opts.noBrowser, "no-browser", false, "never open a browser; show the links")
	f.StringVar(&opts.hubURL, "hub-url", "", "link to the hub page where the token is pasted")
	f.BoolVar(&opts.insecure, "insecure-storage", false,
		"save the token in a file readable only by you instead of the keyring")
	f.BoolVar(&opts.withToken, "with-token", false,
		"read the token from stdin or AIRTABLE_TOKEN; verify and save with no screens")
	f.BoolVar(&opts.json, "json", false, "with --with-token, print the result as JSON "+
		"(report.valid counts only when report.checked is true)")
	f.BoolVar(&opts.demo, "demo", false,
		"practice against a fake Airtable on this computer; nothing real is touched")
	f.BoolVar(&opts.presenter, "presenter", false,
		"safe for screen sharing: no token characters or length, masked email")
	f.BoolVar(&opts.accessible, "accessible", false,
		"plain line-by-line prompts for screen readers (also ACCESSIBLE=1 or TERM=dumb)")
	f.StringArrayVar(&opts.scopes, "scopes", nil,
		"with --with-token, the scopes the token must have "+
			"(default: user.email:read,schema.bases:read)"+scopesHelp)
	return cmd
}

// runConnect picks the path: practice mode wraps either path, --with-token
// runs without screens, and the wizard needs a terminal.
func runConnect(cmd *cobra.Command, env Env, opts connectOptions) error {
	if opts.json && !opts.withToken {
		return exitf(ExitUsage, "--json needs --with-token: the wizard has no JSON output.")
	}
	if !opts.withToken && !env.interactive() {
		return exitf(ExitUsage, noTerminalLine)
	}
	if opts.demo {
		demo, err := startDemo(env)
		if err != nil {
			return err
		}
		defer demo.close()
		env = demo.env
	}

	if opts.withToken {
		return runWithToken(cmd.Context(), env, opts)
	}
	return runWizard(cmd.Context(), env, opts)
}

// guideScopeNames is the names of the guide's eight scopes, in order.
func guideScopeNames() []string {
	out := make([]string, 0, len(airtable.GuideScopes))
	for _, s := range airtable.GuideScopes {
		out = append(out, s.Name)
	}
	return out
}
