package store

import "context"

// SaveKeyring saves token for profile in the keyring and reads it back.
// Errors wrap ErrUnavailable, ErrLocked or *RejectedError so the caller can
// tell the person what to do; none of them holds the token.
func (s *Store) SaveKeyring(ctx context.Context, profile, token string) error {
	return ErrUnavailable
}

// SaveFile writes token for profile to a file readable only by its owner,
// in a folder only its owner can enter, and reads it back. It returns the
// file's path. Call it only after the person agreed to a file.
func (s *Store) SaveFile(profile, token string) (path string, err error) {
	return "", ErrUnavailable
}

// Token returns the saved token for profile and where it was found. It
// looks where the profile's metadata says first. A missing token gives an
// error wrapping ErrNotFound.
func (s *Store) Token(ctx context.Context, profile string) (string, Location, error) {
	return "", "", ErrNotFound
}

// Remove deletes the profile's keyring entry, token file and metadata.
// Missing pieces are fine; a profile with none of them gives ErrNotFound.
func (s *Store) Remove(ctx context.Context, profile string) error {
	return ErrNotFound
}
