package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/store"
)

// newTokenCmd builds token: prints a saved token for scripts.
func newTokenCmd(env Env) *cobra.Command {
	var profile string
	cmd := &cobra.Command{
		Use:   "token",
		Short: "Print a saved token to standard output, for scripts",
		Long: "token prints the saved token for a profile followed by a newline, and " +
			"nothing else on standard output, so scripts can use it without the token " +
			"ever being typed or passed as an argument. Exits 1 when none is saved.",
		Example: "  AIRTABLE_TOKEN=\"$(airtable-connect token --profile work)\" ./sync.sh",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkProfile(profile); err != nil {
				return err
			}
			st := env.store(store.ScriptTimeout)
			tok, _, err := st.Token(cmd.Context(), profile)
			if err != nil {
				return tokenFailure(st, profile, err)
			}

			if env.getenv("AIRTABLE_TOKEN") != "" {
				fmt.Fprintf(env.Err, "AIRTABLE_TOKEN is set; this prints the token saved "+
					"for profile %q, not that one.\n", profile)
			}
			_, err = fmt.Fprintln(env.Out, tok)
			return err
		},
	}
	cmd.Flags().StringVar(&profile, "profile", "default", "the profile to print")
	return cmd
}
