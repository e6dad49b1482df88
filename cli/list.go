package cli

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/store"
)

// listEntry is one profile as list --json prints it. It holds no token.
type listEntry struct {
	Name       string         `json:"name"`
	UserID     string         `json:"user_id"`
	Email      string         `json:"email"`
	Storage    store.Location `json:"storage"`
	Path       string         `json:"path,omitempty"`
	Scopes     []string       `json:"scopes"`
	Bases      int            `json:"bases"`
	VerifiedAt time.Time      `json:"verified_at"`
}

// newListCmd builds list: the saved profiles, read from this computer only.
func newListCmd(env Env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the saved profiles (no request is made)",
		Long: "list shows each saved profile: its account, where the token is kept and " +
			"when it was last verified. It asks nothing of Airtable; use status for a " +
			"live check.",
		Args: noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			profiles, err := env.store(store.ScriptTimeout).Profiles()
			if err != nil {
				return storeFailure("read the saved profiles", err)
			}
			if asJSON {
				return writeJSON(env.Out, listEntries(profiles))
			}
			if len(profiles) == 0 {
				fmt.Fprintln(env.Out, noProfilesLine)
				return nil
			}
			tw := tabwriter.NewWriter(env.Out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "PROFILE\tACCOUNT\tSTORED IN\tBASES\tVERIFIED")
			for _, p := range profiles {
				account := p.Email
				if account == "" {
					account = p.UserID
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", p.Name, account, p.Storage,
					len(p.Bases), p.VerifiedAt.Local().Format("2006-01-02 15:04"))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the profiles as JSON")
	return cmd
}

func listEntries(profiles []store.Profile) []listEntry {
	out := make([]listEntry, 0, len(profiles))
	for _, p := range profiles {
		out = append(out, listEntry{
			Name: p.Name, UserID: p.UserID, Email: p.Email,
			Storage: p.Storage, Path: p.Path, Scopes: p.Scopes, Bases: len(p.Bases),
			VerifiedAt: p.VerifiedAt,
		})
	}
	return out
}
