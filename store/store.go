// Package store keeps Airtable personal access tokens and the non-secret
// facts about each saved profile.
//
// A token goes to the operating system keyring first. A file is only used
// when the caller asks for it, which it should do only after the person
// agreed. Profile metadata (account, bases, scopes, where the token lives)
// sits in a JSON file next to it and never holds the token.
package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Service is the keyring service name under which every profile's token is
// saved, one entry per profile.
const Service = "airtable-connect"

// Location says where a token is kept.
type Location string

const (
	// LocationKeyring means the token is in the operating system keyring.
	LocationKeyring Location = "keyring"
	// LocationFile means the token is in a file readable only by its owner.
	LocationFile Location = "file"
)

// Keyring deadlines. A person may need to type an unlock password, so the
// interactive deadline is generous; scripts should not hang for long.
const (
	// InteractiveTimeout is the default deadline for each keyring call.
	InteractiveTimeout = 45 * time.Second
	// ScriptTimeout is the deadline callers should pass when nobody can
	// answer an unlock prompt.
	ScriptTimeout = 5 * time.Second
)

var (
	// ErrNotFound means the profile or its token is not saved. ErrNoProfile
	// and *MissingTokenError wrap it and say which.
	ErrNotFound = errors.New("not found")
	// ErrNoProfile means no profile of that name is saved. It wraps
	// ErrNotFound.
	ErrNoProfile = fmt.Errorf("no such profile: %w", ErrNotFound)
	// ErrUnavailable means no keyring service can be reached here (no
	// Secret Service on D-Bus, a container, WSL, an unsupported system).
	ErrUnavailable = errors.New("keyring unavailable")
	// ErrLocked means the keyring did not answer by the deadline; it may be
	// locked and waiting for a password nobody can type.
	ErrLocked = errors.New("keyring did not answer in time")
)

// RejectedError means the keyring answered but refused the request: the
// secret was too large, access was denied, or the person dismissed the
// prompt. Callers must not fall back to a file silently on this error.
type RejectedError struct {
	Err error
}

// Error describes the refusal. It never holds the token.
func (e *RejectedError) Error() string {
	return fmt.Sprintf("keyring refused: %v", e.Err)
}

// Unwrap returns the keyring's own error.
func (e *RejectedError) Unwrap() error { return e.Err }

// MissingTokenError means a saved profile's token is not where its
// metadata says: the token file was deleted, or the keyring entry removed.
// It wraps ErrNotFound.
type MissingTokenError struct {
	Profile  string
	Location Location
	// Path is the token file, when Location is LocationFile.
	Path string
}

// Error names the profile and, for a file, its path.
func (e *MissingTokenError) Error() string {
	if e.Location == LocationFile {
		return fmt.Sprintf("token file of profile %s missing: %s", e.Profile, e.Path)
	}
	return fmt.Sprintf("keyring entry of profile %s missing", e.Profile)
}

// Unwrap returns ErrNotFound.
func (e *MissingTokenError) Unwrap() error { return ErrNotFound }

// Options configures a Store. The zero value is usable: it means the user's
// config folder, the system keyring, InteractiveTimeout and no warnings.
type Options struct {
	// Dir holds the token files and the profile metadata. Empty means
	// os.UserConfigDir()/airtable-connect.
	Dir string
	// Keyring is the keyring backend; nil means SystemKeyring().
	Keyring Backend
	// Timeout bounds every keyring call; zero means InteractiveTimeout.
	Timeout time.Duration
	// Warn receives sentences for a person, for example when a file with
	// loose permissions was tightened. Nil drops them.
	Warn func(string)
}

// Store saves and reads tokens and profile metadata. Its methods are safe
// to call from one goroutine at a time.
type Store struct {
	dir     string
	keyring Backend
	timeout time.Duration
	warn    func(string)

	// rename is os.Rename; tests replace it to look at the temporary file
	// just before it takes the place of the real one.
	rename func(oldpath, newpath string) error
	// created, when set, is called with each temporary file's name right
	// after it is created, before anything is written to it.
	created func(path string)
}

// New returns a Store for o, filling in defaults for empty fields.
func New(o Options) *Store {
	s := &Store{
		dir:     o.Dir,
		keyring: o.Keyring,
		timeout: o.Timeout,
		warn:    o.Warn,
		rename:  os.Rename,
	}
	if s.dir == "" {
		s.dir = defaultDir()
	}
	if s.keyring == nil {
		s.keyring = SystemKeyring()
	}
	if s.timeout <= 0 {
		s.timeout = InteractiveTimeout
	}
	if s.warn == nil {
		s.warn = func(string) {}
	}
	return s
}

// Dir returns the folder that holds token files and profile metadata.
func (s *Store) Dir() string { return s.dir }

// defaultDir is the user's config folder, or a folder in the home
// directory when the system does not name one.
func defaultDir() string {
	base, err := os.UserConfigDir()
	if err != nil {
		home, _ := os.UserHomeDir()
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, Service)
}
