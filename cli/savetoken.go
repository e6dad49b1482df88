package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/store"
)

// Problem kinds for a token that passed the check but could not be kept.
const (
	kindStorageUnavailable airtable.ProblemKind = "storage_unavailable"
	kindStorageLocked      airtable.ProblemKind = "storage_locked"
	kindStorageRefused     airtable.ProblemKind = "storage_refused"
	kindStorageFailed      airtable.ProblemKind = "storage_failed"
	kindProfileNotSaved    airtable.ProblemKind = "profile_not_saved"
)

// insecureFix is the way around a keyring that cannot take the token.
const insecureFix = "Run again with --insecure-storage to keep the token in a file " +
	"only you can read."

// saveToken keeps token in the keyring, or in a file with --insecure-storage.
// A keyring that cannot take it is never silently replaced by a file: the
// returned problem says why nothing was saved and what to do.
func saveToken(ctx context.Context, st *store.Store, opts connectOptions, token string) (
	store.Location, string, *airtable.Problem,
) {
	if opts.insecure {
		path, err := st.SaveFile(opts.profile, token)
		if err != nil {
			return "", "", storageProblem(err, true)
		}
		return store.LocationFile, path, nil
	}
	if err := st.SaveKeyring(ctx, opts.profile, token); err != nil {
		return "", "", storageProblem(err, false)
	}
	return store.LocationKeyring, "", nil
}

// keyringMissing checks, before the token is sent, that a keyring is there
// to keep it. Only a keyring that certainly cannot be reached stops the
// run; one that is locked or slow to answer is left for the save to
// report, and --insecure-storage needs no keyring at all.
func keyringMissing(ctx context.Context, st *store.Store, opts connectOptions) *airtable.Problem {
	if opts.insecure {
		return nil
	}
	err := st.KeyringUsable(ctx)
	if !errors.Is(err, store.ErrUnavailable) {
		return nil
	}
	return storageProblem(err, false)
}

// storageProblem words why the token could not be saved. inFile means the
// file was asked for with --insecure-storage. A damaged profiles file has
// its fix inside the message, which names the file.
func storageProblem(err error, inFile bool) *airtable.Problem {
	var rejected *store.RejectedError
	var bad *store.MetadataError
	p := &airtable.Problem{Kind: kindStorageFailed, Detail: err.Error()}
	switch {
	case errors.As(err, &bad):
		p.Message = "Could not save the token: " + metadataLine(bad)
	case inFile:
		p.Message = "The token could not be saved to a file: " + err.Error() + "."
		p.Fix = "Check that the configuration folder is yours and writable, then run again."
	case errors.Is(err, store.ErrUnavailable):
		p.Kind = kindStorageUnavailable
		p.Message = "No system keyring is available here, so nothing was saved."
		p.Fix = insecureFix
	case errors.Is(err, store.ErrLocked):
		p.Kind = kindStorageLocked
		p.Message = "The system keyring did not answer; it may be locked. Nothing was saved."
		p.Fix = "Unlock the keyring and run again. " + insecureFix
	case errors.As(err, &rejected):
		p.Kind = kindStorageRefused
		p.Message = "The system keyring refused to keep the token, so nothing was saved."
		p.Fix = "Unlock the keyring and run again. " + insecureFix
	default:
		p.Message = "The token could not be saved in the system keyring."
		p.Fix = "Try again. " + insecureFix
	}
	return p
}

// profileProblem says a saved token's profile details could not be written.
func profileProblem(err error) *airtable.Problem {
	return &airtable.Problem{
		Kind: kindProfileNotSaved, Detail: fmt.Sprintf("save profile: %v", err),
		Message: "The token was saved, but its profile details could not be written.",
		Fix:     "Check that the configuration folder is yours and writable, then run again.",
	}
}
