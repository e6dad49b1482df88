package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/airtable-connect/airtable-connect/store"
)

// noProfilesLine is what a person reads when no profile is saved.
const noProfilesLine = "No profiles are saved. Run airtable-connect to connect one."

// checkProfile refuses a profile name that cannot be saved, as a usage
// error. The message never repeats the name.
func checkProfile(name string) error {
	err := store.ValidateProfileName(name)
	if err == nil {
		return nil
	}
	_, why, _ := strings.Cut(err.Error(), ": ")
	return &ExitError{
		Code: ExitUsage, Err: err,
		Message: fmt.Sprintf("That profile name cannot be used (%s).", why),
	}
}

// noSuchProfile says that no saved profile is called name, lists the saved
// ones or says there are none, and tells how to save one.
func noSuchProfile(st *store.Store, name string, err error) error {
	save := fmt.Sprintf("Run airtable-connect --profile %s to connect one under that name.",
		name)
	if name == "default" {
		save = "Run airtable-connect to connect one."
	}
	profiles, _ := st.Profiles()
	names := make([]string, 0, len(profiles))
	for _, p := range profiles {
		names = append(names, p.Name)
	}

	msg := fmt.Sprintf("No saved profile is named %q. No profiles are saved yet. %s", name, save)
	if len(names) > 0 {
		msg = fmt.Sprintf("No saved profile is named %q. The saved profiles are: %s. %s",
			name, strings.Join(names, ", "), save)
	}
	return &ExitError{Code: ExitFailure, Err: err, Message: msg}
}

// missingTokenLine says where a saved profile's token should have been.
func missingTokenLine(m *store.MissingTokenError) string {
	if m.Location == store.LocationFile {
		return fmt.Sprintf("The token file of profile %q is missing: nothing is at %s.",
			m.Profile, m.Path)
	}
	return fmt.Sprintf("The system keyring no longer holds the token of profile %q.", m.Profile)
}

// saveAgainLine tells how to save a profile's token again.
func saveAgainLine(name string) string {
	return fmt.Sprintf("Run airtable-connect --profile %s again to save its token.", name)
}

// tokenFailure turns an error from Store.Token into what is true: no such
// profile, a token no longer where it was saved, or a store problem.
func tokenFailure(st *store.Store, name string, err error) error {
	var missing *store.MissingTokenError
	switch {
	case errors.Is(err, store.ErrNoProfile):
		return noSuchProfile(st, name, err)
	case errors.As(err, &missing):
		return &ExitError{
			Code: ExitFailure, Err: err,
			Message: missingTokenLine(missing) + " " + saveAgainLine(name),
		}
	}
	return storeFailure("read the saved token", err)
}

// storeFailure turns a store error into a sentence with what to do next.
func storeFailure(action string, err error) error {
	var rejected *store.RejectedError
	var bad *store.MetadataError
	msg := "Could not " + action + "."
	switch {
	case errors.As(err, &bad):
		msg = "Could not " + action + ": " + metadataLine(bad)
	case errors.Is(err, store.ErrUnavailable):
		msg = "Could not " + action + ": no system keyring is available here."
	case errors.Is(err, store.ErrLocked):
		msg = "Could not " + action + ": the system keyring did not answer; " +
			"it may be locked. Unlock it and try again."
	case errors.As(err, &rejected):
		msg = "Could not " + action + ": the system keyring refused."
	}
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: %w", action, err), Message: msg}
}

// metadataLine says which profiles file is at fault, why, and how to get
// going again without losing a token.
func metadataLine(bad *store.MetadataError) string {
	fix := "Move it aside, for example mv " + bad.Path + " " + bad.Path + ".bad, " +
		"then connect again."
	msg := fmt.Sprintf("the file %s is damaged (%v). %s", bad.Path, bad.Err, fix)
	if !bad.Damaged {
		msg = fmt.Sprintf("the file %s cannot be read (%v). Make sure you own it and "+
			"can read it, or %s", bad.Path, bad.Err, strings.ToLower(fix[:1])+fix[1:])
	}
	return msg + " Tokens in the system keyring and token files are not affected."
}
