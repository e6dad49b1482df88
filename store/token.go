package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
)

// errReadBack means the value read back after saving was not the one saved.
var errReadBack = errors.New("read back a different value than was saved")

// canSave checks, before any token is written, that the profile name is
// usable and that the profiles file can be read, so SaveProfile can
// record the token afterwards. Without this a damaged profiles file would
// leave a saved token that no profile points at and no command removes.
// It returns the profile as saved so far, or a zero Profile.
func (s *Store) canSave(profile string) (Profile, error) {
	if err := ValidateProfileName(profile); err != nil {
		return Profile{}, err
	}
	p, err := s.Profile(profile)
	if err != nil && !errors.Is(err, ErrNoProfile) {
		return Profile{}, fmt.Errorf("save token: %w", err)
	}
	return p, nil
}

// SaveKeyring saves token for profile in the keyring and reads it back.
// Errors wrap ErrUnavailable, ErrLocked or *RejectedError so the caller can
// tell the person what to do, or *MetadataError when the profiles file
// cannot be read, in which case nothing is saved. None of them holds the
// token. On success an older token file for the profile is removed, so
// only one copy remains.
func (s *Store) SaveKeyring(ctx context.Context, profile, token string) error {
	if _, err := s.canSave(profile); err != nil {
		return err
	}
	if err := s.keyringSet(ctx, profile, token); err != nil {
		return fmt.Errorf("save to keyring: %w", err)
	}

	got, err := s.keyringGet(ctx, profile)
	if err != nil {
		return fmt.Errorf("read back from keyring: %w", err)
	}
	if got != token {
		return fmt.Errorf("save to keyring: %w", &RejectedError{Err: errReadBack})
	}

	path := s.tokenPath(profile)
	if err := os.Remove(path); err == nil {
		s.warn(fmt.Sprintf("The older token file %s was removed; "+
			"the token is now in the system keyring.", path))
	}
	return nil
}

// SaveFile writes token for profile to a file readable only by its owner,
// in a folder only its owner can enter, and reads it back. It returns the
// file's path. Call it only after the person agreed to a file: it is less
// protected than the keyring. A profiles file that cannot be read gives a
// *MetadataError before anything is written. When the profile's token was
// in the keyring, that copy is then removed, or a warning says it could
// not be.
func (s *Store) SaveFile(profile, token string) (path string, err error) {
	before, err := s.canSave(profile)
	if err != nil {
		return "", err
	}
	if err := s.ensureDir(s.dir); err != nil {
		return "", fmt.Errorf("save token file: %w", err)
	}

	path = s.tokenPath(profile)
	if err := s.writeAtomic(path, []byte(token+"\n")); err != nil {
		return "", fmt.Errorf("save token file: %w", err)
	}

	got, err := s.readFileToken(path)
	if err != nil {
		return "", fmt.Errorf("read back token file: %w", err)
	}
	if got != token {
		return "", fmt.Errorf("save token file: %w", errReadBack)
	}

	if before.Storage == LocationKeyring {
		s.dropKeyringCopy(profile, path)
	}
	return path, nil
}

// dropKeyringCopy removes the keyring entry of a profile whose token just
// moved to the file at path, so only one copy remains. It is best effort
// under the store's deadline: the file already holds the token, so a
// keyring that cannot do it only earns a warning.
func (s *Store) dropKeyringCopy(profile, path string) {
	err := s.keyringDelete(context.Background(), profile)
	var rejected *RejectedError
	why := ""
	switch {
	case err == nil:
		s.warn(fmt.Sprintf("The older copy of the token in the system keyring was "+
			"removed; the token is now in %s.", path))
		return
	case errors.Is(err, ErrNotFound):
		return
	case errors.Is(err, ErrLocked):
		why = "it did not answer in time; it may be locked"
	case errors.Is(err, ErrUnavailable):
		why = "it cannot be reached here"
	case errors.As(err, &rejected):
		why = "it refused"
	default:
		why = err.Error()
	}
	s.warn(fmt.Sprintf("The token is now in %s, but its older copy in the system keyring "+
		"could not be removed (%s). Remove it with your keyring manager: service %s, "+
		"account %s.", path, why, Service, profile))
}

// Token returns the saved token for profile and where it was found. The
// metadata is read first, so a profile that is not saved gives an error
// wrapping ErrNoProfile without the keyring being asked. The token is then
// read where the metadata says; a token missing there gives a
// *MissingTokenError. Both wrap ErrNotFound. A keyring that could not be
// asked gives its own error (ErrUnavailable, ErrLocked, *RejectedError).
func (s *Store) Token(ctx context.Context, profile string) (string, Location, error) {
	p, err := s.Profile(profile)
	if err != nil {
		return "", "", err
	}

	// Metadata written before the storage was recorded: look in both.
	order := []Location{p.Storage}
	if p.Storage != LocationKeyring && p.Storage != LocationFile {
		order = []Location{LocationKeyring, LocationFile}
	}

	var firstErr error
	for _, loc := range order {
		token, err := s.tokenFrom(ctx, loc, p)
		if err == nil {
			return token, loc, nil
		}
		if firstErr == nil || errors.Is(firstErr, ErrNotFound) {
			firstErr = err
		}
	}
	return "", "", fmt.Errorf("read token: %w", firstErr)
}

// tokenFrom reads the token of profile p from one place. A token that is
// not there gives a *MissingTokenError.
func (s *Store) tokenFrom(ctx context.Context, loc Location, p Profile) (string, error) {
	if loc == LocationKeyring {
		token, err := s.keyringGet(ctx, p.Name)
		if errors.Is(err, ErrNotFound) {
			return "", &MissingTokenError{Profile: p.Name, Location: LocationKeyring}
		}
		return token, err
	}

	path := p.Path
	if path == "" {
		path = s.tokenPath(p.Name)
	}
	token, err := s.readFileToken(path)
	if errors.Is(err, ErrNotFound) {
		return "", &MissingTokenError{Profile: p.Name, Location: LocationFile, Path: path}
	}
	return token, err
}

// readFileToken reads a token file, dropping the trailing newline.
func (s *Store) readFileToken(path string) (string, error) {
	data, err := s.readPrivate(path)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(data)), nil
}

// KeyringLeftError means Remove took away everything else of a profile
// but could not delete its keyring entry, because the keyring could not be
// reached, did not answer or refused. Err is the keyring's error
// (ErrUnavailable, ErrLocked or *RejectedError). Calling Remove again
// where the keyring answers deletes the entry, with or without metadata.
type KeyringLeftError struct {
	Profile string
	Err     error
}

// Error names the profile and the keyring's error. It never holds the
// token.
func (e *KeyringLeftError) Error() string {
	return fmt.Sprintf("keyring entry of profile %s left: %v", e.Profile, e.Err)
}

// Unwrap returns the keyring's error.
func (e *KeyringLeftError) Unwrap() error { return e.Err }

// Remove deletes the profile's keyring entry, token file and metadata.
// Missing pieces are fine; a profile with none of them gives an error
// wrapping ErrNotFound. A keyring that cannot delete the entry does not
// stop the rest: the file and metadata are still removed, and when the
// metadata said the token is in the keyring (or the keyring refused) a
// *KeyringLeftError says the entry is left. Removing does not revoke the
// token at Airtable.
func (s *Store) Remove(ctx context.Context, profile string) error {
	if err := ValidateProfileName(profile); err != nil {
		return err
	}
	p, err := s.Profile(profile)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	found := err == nil

	var left error
	err = s.keyringDelete(ctx, profile)
	switch {
	case err == nil:
		found = true
	case errors.Is(err, ErrNotFound):
	case p.Storage != LocationKeyring &&
		(errors.Is(err, ErrUnavailable) || errors.Is(err, ErrLocked)):
	default:
		left = &KeyringLeftError{Profile: profile, Err: err}
	}

	// Only the file this store writes is removed: a path in the metadata
	// could have been edited to point anywhere.
	err = os.Remove(s.tokenPath(profile))
	if err == nil {
		found = true
	} else if !errors.Is(err, os.ErrNotExist) {
		return errors.Join(fmt.Errorf("remove token file: %w", err), left)
	}

	if _, err := s.removeProfile(profile); err != nil {
		return errors.Join(err, left)
	}
	if left != nil {
		return fmt.Errorf("remove profile: %w", left)
	}
	if !found {
		return fmt.Errorf("profile %s: %w", profile, ErrNotFound)
	}
	return nil
}
