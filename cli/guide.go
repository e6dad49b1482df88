package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/steps"
)

// newGuideCmd builds guide: the whole guide on paper, from the same step
// definitions the wizard walks.
func newGuideCmd(env Env) *cobra.Command {
	var scopes []string
	var format string
	cmd := &cobra.Command{
		Use:   "guide",
		Short: "Print the whole guide, ready to paste into a ticket or chat",
		Long: "guide prints every step of creating a token and linking it, with its " +
			"links, tailored to the scopes you name (all eight by default). It is made " +
			"from the same steps the wizard shows.",
		Example: "  airtable-connect guide --scopes user.email:read,data.records:read\n" +
			"  airtable-connect guide --format markdown > guide.md",
		Args: noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			chosen, err := parseScopes(scopes)
			if err != nil {
				return err
			}
			f := steps.Format(format)
			if f != steps.FormatText && f != steps.FormatMarkdown {
				return &usageError{err: fmt.Errorf("invalid argument %q for --format: "+
					"use text or markdown", format)}
			}
			return steps.WriteGuide(env.Out, steps.Guide(chosen), f)
		},
	}
	cmd.Flags().StringArrayVar(&scopes, "scopes", nil,
		"the scopes to include (default all eight)"+scopesHelp)
	cmd.Flags().StringVar(&format, "format", "text", "text or markdown")
	return cmd
}
