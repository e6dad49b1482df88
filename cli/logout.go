package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/store"
)

// tokensPage is the Builder Hub page where tokens are created and revoked.
const tokensPage = "https://airtable.com/create/tokens"

// newLogoutCmd builds logout: forgets saved tokens on this computer.
func newLogoutCmd(env Env) *cobra.Command {
	var profile string
	var all bool
	cmd := &cobra.Command{
		Use:   "logout",
		Short: "Remove a saved token from this computer (it is not revoked)",
		Long: "logout removes a profile's token and details from this computer. It does " +
			"not revoke the token: it keeps working until you revoke it in the Builder " +
			"Hub at " + tokensPage + ".",
		Example: "  airtable-connect logout --profile work\n  airtable-connect logout --all",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if all && cmd.Flags().Changed("profile") {
				return exitf(ExitUsage, "Use either --profile or --all, not both.")
			}
			st := env.store(store.ScriptTimeout)
			names := []string{profile}
			if all {
				profiles, err := st.Profiles()
				if err != nil {
					return storeFailure("read the saved profiles", err)
				}
				names = names[:0]
				for _, p := range profiles {
					names = append(names, p.Name)
				}
			}
			return logout(cmd, env, st, names, all)
		},
	}
	cmd.Flags().StringVar(&profile, "profile", "default", "the profile to remove")
	cmd.Flags().BoolVar(&all, "all", false, "remove every saved profile")
	return cmd
}

// logout removes each named profile and says plainly that nothing was
// revoked.
func logout(cmd *cobra.Command, env Env, st *store.Store, names []string, all bool) error {
	if len(names) == 0 {
		fmt.Fprintln(env.Out, "No profiles are saved; there is nothing to remove.")
		return nil
	}
	for _, name := range names {
		if err := checkProfile(name); err != nil {
			return err
		}
		err := st.Remove(cmd.Context(), name)
		switch {
		case errors.Is(err, store.ErrNotFound) && !all:
			return noSuchProfile(st, name, err)
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return storeFailure(fmt.Sprintf("remove profile %q", name), err)
		}
		fmt.Fprintf(env.Out, "Removed profile %q from this computer.\n", name)
	}
	fmt.Fprintln(env.Out, "This does not revoke the token: it still works for anyone who "+
		"has it. To revoke it, open the Builder Hub:")
	fmt.Fprintln(env.Out, tokensPage)
	return nil
}
