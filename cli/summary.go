package cli

import (
	"fmt"
	"io"

	"github.com/airtable-connect/airtable-connect/store"
	"github.com/airtable-connect/airtable-connect/ui"
)

// writeSummary prints what the wizard achieved once its screens are gone:
// the wizard draws on the alternate screen, so nothing of it stays. It
// names the profile, the account, where the token went and what to do
// next. It never prints the token.
func writeSummary(w io.Writer, opts connectOptions, res ui.Result) {
	profile := res.Profile
	if profile == "" {
		profile = opts.profile
	}
	if opts.demo {
		fmt.Fprintf(w, "Practice run finished for profile %q. Nothing real was saved: "+
			"the account, the token and the keyring were all stand-ins.\n", profile)
		fmt.Fprintln(w, "Run airtable-connect without --demo to connect for real.")
		return
	}

	fmt.Fprintf(w, "Connected profile %q to %s.\n", profile, summaryAccount(opts, res))
	if res.Storage == store.LocationFile {
		fmt.Fprintf(w, "The token is saved in the file %s, readable only by you.\n",
			res.Path)
	} else {
		fmt.Fprintln(w, "The token is saved in your system keyring.")
	}
	if !res.Report.Ready() {
		fmt.Fprintf(w, "Some checks did not pass; 'airtable-connect status --profile %s' "+
			"shows them.\n", profile)
	}
	hub := "the hub"
	if opts.hubURL != "" {
		hub = opts.hubURL
	}
	fmt.Fprintf(w, "Next: link the account in %s. 'airtable-connect token --profile %s' "+
		"prints the token to paste there.\n", hub, profile)
}

// summaryAccount names the Airtable account: its email (masked in
// presenter mode), else its user id.
func summaryAccount(opts connectOptions, res ui.Result) string {
	r := res.Report
	switch {
	case r.Email != "" && opts.presenter:
		return maskAddress(r.Email)
	case r.Email != "":
		return r.Email
	case r.UserID != "":
		return "the Airtable account " + r.UserID
	}
	return "your Airtable account"
}
