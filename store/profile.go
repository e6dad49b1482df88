package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// BaseInfo is one base a token reaches, as recorded at verification time.
// It is the same type as airtable.BaseAccess, so a report's bases can be
// stored as they are.
type BaseInfo = airtable.BaseAccess

// Profile is the non-secret record of one saved connection. It has no
// field for the token, so the metadata file can never hold one.
type Profile struct {
	Name       string                `json:"name"`
	UserID     string                `json:"user_id,omitempty"`
	Email      string                `json:"email,omitempty"`
	Bases      []airtable.BaseAccess `json:"bases,omitempty"`
	Scopes     []string              `json:"scopes,omitempty"`
	Storage    Location              `json:"storage"`
	Path       string                `json:"path,omitempty"`
	VerifiedAt time.Time             `json:"verified_at"`
}

// metadata is the layout of the profiles file.
type metadata struct {
	Profiles []Profile `json:"profiles"`
}

// metadataPath is the JSON file that holds every profile's metadata.
func (s *Store) metadataPath() string {
	return filepath.Join(s.dir, "profiles.json")
}

// SaveProfile records p in the metadata file, replacing any profile of the
// same name. The file is written atomically with mode 0o600. The caller
// saves the token itself first, with SaveKeyring or SaveFile.
func (s *Store) SaveProfile(p Profile) error {
	if err := ValidateProfileName(p.Name); err != nil {
		return err
	}
	all, err := s.Profiles()
	if err != nil {
		return err
	}

	kept := all[:0]
	for _, q := range all {
		if q.Name != p.Name {
			kept = append(kept, q)
		}
	}
	return s.writeProfiles(append(kept, p))
}

// MetadataError means the profiles file is there but cannot be read or
// understood. The tokens themselves are not affected: moving the file
// aside lets the store start again with no profiles.
type MetadataError struct {
	// Path is the profiles file.
	Path string
	// Damaged is true when the file was read but does not hold profiles
	// (not JSON, or the wrong shape), false when it could not be read.
	Damaged bool
	Err     error
}

// Error names the file and the cause. The file never holds a token, and
// a JSON error quotes at most one character of it.
func (e *MetadataError) Error() string {
	return fmt.Sprintf("read profiles %s: %v", e.Path, e.Err)
}

// Unwrap returns the cause.
func (e *MetadataError) Unwrap() error { return e.Err }

// Profiles returns every saved profile, sorted by name. No metadata file
// yet means no profiles and no error; a file that cannot be read or
// understood gives a *MetadataError.
func (s *Store) Profiles() ([]Profile, error) {
	path := s.metadataPath()
	data, err := s.readPrivate(path)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, &MetadataError{Path: path, Err: err}
	}

	var m metadata
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, &MetadataError{Path: path, Damaged: true, Err: err}
	}
	sortProfiles(m.Profiles)
	return m.Profiles, nil
}

// Profile returns the saved profile called name, or an error wrapping
// ErrNoProfile (and so ErrNotFound).
func (s *Store) Profile(name string) (Profile, error) {
	if err := ValidateProfileName(name); err != nil {
		return Profile{}, err
	}
	all, err := s.Profiles()
	if err != nil {
		return Profile{}, err
	}
	for _, p := range all {
		if p.Name == name {
			return p, nil
		}
	}
	return Profile{}, fmt.Errorf("profile %s: %w", name, ErrNoProfile)
}

// removeProfile drops name from the metadata file and reports whether it
// was there.
func (s *Store) removeProfile(name string) (bool, error) {
	all, err := s.Profiles()
	if err != nil {
		return false, err
	}

	kept := all[:0]
	for _, p := range all {
		if p.Name != name {
			kept = append(kept, p)
		}
	}
	if len(kept) == len(all) {
		return false, nil
	}
	return true, s.writeProfiles(kept)
}

// writeProfiles replaces the metadata file with all, sorted by name.
func (s *Store) writeProfiles(all []Profile) error {
	sortProfiles(all)
	if all == nil {
		all = []Profile{}
	}
	data, err := json.MarshalIndent(metadata{Profiles: all}, "", "  ")
	if err != nil {
		return fmt.Errorf("encode profiles: %w", err)
	}
	if err := s.writeAtomic(s.metadataPath(), append(data, '\n')); err != nil {
		return fmt.Errorf("save profiles: %w", err)
	}
	return nil
}

func sortProfiles(all []Profile) {
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
}
