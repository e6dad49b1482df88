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
	return &ExitError{Code: ExitUsage, Err: err,
		Message: fmt.Sprintf("That profile name cannot be used (%s).", why)}
}

// profileMissing is the error for a profile with nothing saved.
func profileMissing(name string) error {
	return exitf(ExitFailure, "No token is saved for profile %q. Run airtable-connect "+
		"--profile %s to connect one.", name, name)
}

// storeFailure turns a store error into a sentence with what to do next.
func storeFailure(action string, err error) error {
	var rejected *store.RejectedError
	msg := "Could not " + action + "."
	switch {
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
