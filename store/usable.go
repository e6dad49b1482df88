package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/zalando/go-keyring"
)

// Prober is a Backend that can tell, without prompting and without
// writing anything, whether a keyring can be reached at all. Backends that
// do not implement it are asked for an entry no profile can have.
type Prober interface {
	Probe() error
}

// probeTimeout bounds KeyringUsable when the store's own deadline is
// longer: a keyring that is slow to answer is left for the save to report.
const probeTimeout = 2 * time.Second

// probeUser is a keyring entry name no profile can have (profile names
// start with a letter or digit), so reading it never touches a token.
const probeUser = "-probe"

// KeyringUsable reports, before a token is sent anywhere, whether saving it
// in the keyring can work here. It wraps ErrUnavailable when no keyring
// can be reached (no D-Bus session, no Secret Service, no collection to
// keep secrets in). It creates no entry and shows no unlock prompt. A
// keyring that answers, even one that is locked or refuses, gives nil; one
// that does not answer within a short deadline gives ErrLocked, which
// callers should treat as "go on and let the save report it".
func (s *Store) KeyringUsable(ctx context.Context) error {
	timeout := min(s.timeout, probeTimeout)
	probe := func() error {
		if p, ok := s.keyring.(Prober); ok {
			return p.Probe()
		}
		_, err := s.keyring.Get(Service, probeUser)
		return err
	}

	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	err := s.withDeadline(ctx, probe)

	// A keyring that answered, even with a refusal, is left for the save.
	var rejected *RejectedError
	if err == nil || errors.Is(err, ErrNotFound) || errors.As(err, &rejected) {
		return nil
	}
	return fmt.Errorf("check keyring: %w", err)
}

// Probe asks the Secret Service whether it has a collection to keep
// secrets in, after checking that a session bus exists. Reading the alias
// and the list of collections neither unlocks nor writes. The Keychain and
// the Credential Manager are always there, so they are not asked.
func (k systemKeyring) Probe() error {
	if !k.checkBus {
		// go-keyring's in-memory mock stands in for the system keyring.
		_, err := keyring.Get(Service, probeUser)
		return err
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return nil
	}
	if err := checkSessionBus(); err != nil {
		return err
	}
	has, err := k.defaultCollection()
	if err != nil {
		return err
	}
	if !has {
		return errNoCollection
	}
	return nil
}

// defaultCollection is hasDefault, or the real D-Bus question when unset.
func (k systemKeyring) defaultCollection() (bool, error) {
	if k.hasDefault != nil {
		return k.hasDefault()
	}
	return hasDefaultCollection()
}
