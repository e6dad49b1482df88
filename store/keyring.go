package store

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"

	"github.com/godbus/dbus/v5"
	"github.com/zalando/go-keyring"

	"github.com/airtable-connect/airtable-connect/rescue"
)

// Backend is the small keyring surface the store needs. SystemKeyring is
// the real one; tests pass fakes. Implementations may block (a locked
// keyring waiting for a password), so the store calls them under a deadline.
type Backend interface {
	Get(service, user string) (string, error)
	Set(service, user, secret string) error
	Delete(service, user string) error
}

// SystemKeyring returns the operating system keyring through go-keyring:
// the Secret Service over D-Bus on Linux and the BSDs, the Keychain on macOS
// and the Credential Manager on Windows.
func SystemKeyring() Backend {
	return systemKeyring{checkBus: true, hasDefault: hasDefaultCollection}
}

// systemKeyring calls go-keyring. checkBus is off only in tests that point
// go-keyring at its in-memory mock, which needs no session bus. hasDefault,
// when set, replaces the D-Bus question asked after a failed unlock.
type systemKeyring struct {
	checkBus   bool
	hasDefault func() (bool, error)
}

func (k systemKeyring) Get(service, user string) (string, error) {
	if err := k.check(); err != nil {
		return "", err
	}
	secret, err := keyring.Get(service, user)
	return secret, k.explainUnlock(err)
}

func (k systemKeyring) Set(service, user, secret string) error {
	if err := k.check(); err != nil {
		return err
	}
	return k.explainUnlock(keyring.Set(service, user, secret))
}

func (k systemKeyring) Delete(service, user string) error {
	if err := k.check(); err != nil {
		return err
	}
	return k.explainUnlock(keyring.Delete(service, user))
}

func (k systemKeyring) check() error {
	if !k.checkBus {
		return nil
	}
	return checkSessionBus()
}

// errNoSessionBus means there is no D-Bus session to find a Secret Service on.
var errNoSessionBus = errors.New("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset)")

// checkSessionBus fails fast where the Secret Service is used and no
// session bus can be found. Without this check the D-Bus library would
// run dbus-launch, which starts a bus daemon that outlives this program.
func checkSessionBus() error {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return nil
	}
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" {
		return nil
	}
	if _, err := os.Stat(fmt.Sprintf("/run/user/%d/bus", os.Getuid())); err == nil {
		return nil
	}
	return errNoSessionBus
}

// withDeadline runs f on its own goroutine and waits at most s.timeout, or
// until ctx ends. A call still running at the deadline is abandoned: the
// keyring API has no way to cancel it, and the caller must not hang.
//
// NOTE: an abandoned Set may still finish later, for example once the
// person unlocks the keyring; saving again after ErrLocked is harmless.
func (s *Store) withDeadline(ctx context.Context, f func() error) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()

	// A panic in f is raised again here, in the caller's goroutine; one in
	// a call abandoned at the deadline is dropped with the call.
	var err error
	task := rescue.Start(func() { err = f() })

	select {
	case <-task.Done():
		task.Wait()
		return classify(err)
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return ErrLocked
		}
		return ctx.Err()
	}
}

// keyringGet reads the profile's entry under the deadline.
func (s *Store) keyringGet(ctx context.Context, profile string) (string, error) {
	var secret string
	err := s.withDeadline(ctx, func() error {
		v, err := s.keyring.Get(Service, profile)
		secret = v
		return err
	})
	if err != nil {
		return "", err
	}
	return secret, nil
}

// keyringSet writes the profile's entry under the deadline.
func (s *Store) keyringSet(ctx context.Context, profile, token string) error {
	return s.withDeadline(ctx, func() error {
		return s.keyring.Set(Service, profile, token)
	})
}

// keyringDelete removes the profile's entry under the deadline.
func (s *Store) keyringDelete(ctx context.Context, profile string) error {
	return s.withDeadline(ctx, func() error {
		return s.keyring.Delete(Service, profile)
	})
}

// classify maps a keyring library error to one of the three outcomes the
// caller acts on: not found, unavailable, or rejected. Library errors
// never hold the secret, so keeping their text is safe.
func classify(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return ErrNotFound
	case unavailable(err):
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	default:
		return &RejectedError{Err: err}
	}
}

// unavailableNames are D-Bus error names meaning nothing answers for the
// Secret Service on this session bus.
var unavailableNames = map[string]bool{
	"org.freedesktop.DBus.Error.ServiceUnknown": true,
	"org.freedesktop.DBus.Error.NameHasNoOwner": true,
	"org.freedesktop.DBus.Error.NoServer":       true,
	"org.freedesktop.DBus.Error.Disconnected":   true,
	"org.freedesktop.DBus.Error.NoReply":        true,
}

// unavailable reports whether err means no keyring can be reached here, as
// opposed to a keyring that answered and refused.
func unavailable(err error) bool {
	var dbusErr dbus.Error
	if errors.As(err, &dbusErr) {
		return unavailableNames[dbusErr.Name] ||
			strings.HasPrefix(dbusErr.Name, "org.freedesktop.DBus.Error.Spawn.")
	}
	var dbusPtr *dbus.Error
	if errors.As(err, &dbusPtr) && dbusPtr != nil {
		return unavailableNames[dbusPtr.Name] ||
			strings.HasPrefix(dbusPtr.Name, "org.freedesktop.DBus.Error.Spawn.")
	}

	// Connecting to the session bus fails before any D-Bus call: no
	// address, no socket, or no dbus-launch to start one.
	var execErr *exec.Error
	var exitErr *exec.ExitError
	var netErr *net.OpError
	switch {
	case errors.Is(err, keyring.ErrUnsupportedPlatform),
		errors.Is(err, errNoSessionBus),
		errors.Is(err, errNoCollection),
		errors.Is(err, dbus.ErrClosed),
		errors.Is(err, os.ErrNotExist),
		errors.Is(err, syscall.ECONNREFUSED),
		errors.As(err, &execErr),
		errors.As(err, &exitErr),
		errors.As(err, &netErr):
		return true
	}

	msg := err.Error()
	return strings.Contains(msg, "dbus: ") ||
		strings.Contains(msg, "was not provided by any .service files") ||
		strings.Contains(msg, "DBUS_SESSION_BUS_ADDRESS")
}
