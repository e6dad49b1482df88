package cli

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// newScopesCmd builds scopes: the guide's eight scopes and what each allows.
func newScopesCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "scopes",
		Short: "Show the scopes the guide uses and what each one allows",
		Long: "scopes lists the eight scopes of the guide in the order to add them in " +
			"the Builder Hub. Choose the fewest your use needs; user.email:read is " +
			"always required.",
		Args: noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			tw := tabwriter.NewWriter(env.Out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "SCOPE\tNEEDED\tALLOWS")
			for _, s := range airtable.GuideScopes {
				need := "optional"
				if s.Required {
					need = "required"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\n", s.Name, need, s.Meaning)
			}
			return tw.Flush()
		},
	}
}
