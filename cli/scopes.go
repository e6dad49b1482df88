package cli

import (
	"fmt"
	"strings"
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
			"always required, and schema.bases:read is needed to list the bases the " +
			"token reaches, which a check without --scopes demands.",
		Args: noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			tw := tabwriter.NewWriter(env.Out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "SCOPE\tNEEDED\tALLOWS")
			for _, s := range airtable.GuideScopes {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", s.Name, scopeNeed(s), s.Meaning)
			}
			if err := tw.Flush(); err != nil {
				return fmt.Errorf("write scopes: %w", err)
			}
			fmt.Fprintln(env.Out, "\nAirtable's other scopes, accepted by --scopes but "+
				"never checked (no side-effect-free request tells):")
			fmt.Fprintln(env.Out, "  "+strings.Join(airtable.OtherScopes, ", ")+
				", and the enterprise.* admin scopes")
			fmt.Fprintln(env.Out, "\nPresets for --scopes:")
			for _, name := range airtable.PresetNames() {
				scopes, _ := airtable.Preset(name)
				fmt.Fprintf(env.Out, "  %-10s  %s\n", name, strings.Join(scopes, ", "))
			}
			return nil
		},
	}
}

// scopeNeed says when a scope is needed: always, to list the bases (which
// a check demands by default), or only if the integration uses it.
func scopeNeed(s airtable.ScopeInfo) string {
	switch {
	case s.Required:
		return "required"
	case s.Name == airtable.ScopeSchemaBasesRead:
		return "to list bases"
	}
	return "optional"
}
