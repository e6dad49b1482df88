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
			"Hub at " + tokensPage + ".\n\nWhen the system keyring cannot be reached, the " +
			"profile's details and any token file are still removed, logout says how to " +
			"remove the keyring entry later, and it exits 1.",
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
// revoked. A keyring entry that cannot be deleted does not stop the rest:
// everything else is removed, the person learns how to delete the entry
// later, and the command exits 1.
func logout(cmd *cobra.Command, env Env, st *store.Store, names []string, all bool) error {
	if len(names) == 0 {
		fmt.Fprintln(env.Out, "No profiles are saved; there is nothing to remove.")
		return nil
	}
	var left []string
	for _, name := range names {
		if err := checkProfile(name); err != nil {
			return err
		}
		err := st.Remove(cmd.Context(), name)
		var kept *store.KeyringLeftError
		switch {
		case errors.Is(err, store.ErrNotFound) && !all:
			return noSuchProfile(st, name, err)
		case errors.As(err, &kept):
			left = append(left, name)
			fmt.Fprintf(env.Out, "Removed the details of profile %q from this computer, "+
				"but its token is still in the system keyring: %s\n", name,
				keyringReason(kept.Err))
			continue
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return storeFailure(fmt.Sprintf("remove profile %q", name), err)
		}
		fmt.Fprintf(env.Out, "Removed profile %q from this computer.\n", name)
	}
	for _, name := range left {
		fmt.Fprintf(env.Out, "To remove the token of %q later, run airtable-connect logout "+
			"--profile %s again where the system keyring is unlocked, or delete it with "+
			"your keyring manager: service %q, account %q.\n", name, name, store.Service, name)
	}
	fmt.Fprintln(env.Out, "This does not revoke the token: it still works for anyone who "+
		"has it. To revoke it, open the Builder Hub:")
	fmt.Fprintln(env.Out, tokensPage)
	if len(left) > 0 {
		return silentExit(ExitFailure)
	}
	return nil
}

// keyringReason says in one sentence why the keyring did not delete an
// entry.
func keyringReason(err error) string {
	switch {
	case errors.Is(err, store.ErrUnavailable):
		return "no system keyring can be reached here."
	case errors.Is(err, store.ErrLocked):
		return "the system keyring did not answer; it may be locked."
	}
	return "the system keyring refused to remove it."
}
