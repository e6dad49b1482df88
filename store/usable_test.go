package store

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

var errServiceUnknown = dbus.Error{
	Name: "org.freedesktop.DBus.Error.ServiceUnknown",
	Body: []any{"The name org.freedesktop.secrets was not provided by any .service files"},
}

// No Secret Service behind go-keyring is found before any token is sent.
func TestKeyringUsableWithoutSecretService(t *testing.T) {
	s := newTestStore(t, mockKeyring(t, errServiceUnknown), nil)
	err := s.KeyringUsable(context.Background())
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("KeyringUsable = %v, want ErrUnavailable", err)
	}
}

// A working keyring is usable, and checking it leaves no entry behind.
func TestKeyringUsableWritesNothing(t *testing.T) {
	s := newTestStore(t, mockKeyring(t, nil), nil)
	if err := s.KeyringUsable(context.Background()); err != nil {
		t.Fatalf("KeyringUsable with the mock = %v, want nil", err)
	}

	kr := &mapKeyring{}
	s = newTestStore(t, kr, nil)
	if err := s.KeyringUsable(context.Background()); err != nil {
		t.Fatalf("KeyringUsable with a plain backend = %v, want nil", err)
	}
	if len(kr.entries) != 0 {
		t.Fatalf("checking the keyring saved %d entries", len(kr.entries))
	}
}

// A keyring that does not answer is not waited on for the store's whole
// deadline, and is not called unavailable: the save reports it.
func TestKeyringUsableDoesNotWaitForALockedKeyring(t *testing.T) {
	kr := newBlockingKeyring(t)
	s := New(Options{Dir: t.TempDir(), Keyring: kr, Timeout: InteractiveTimeout})

	start := time.Now()
	err := s.KeyringUsable(context.Background())
	if !errors.Is(err, ErrLocked) || errors.Is(err, ErrUnavailable) {
		t.Fatalf("KeyringUsable = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > probeTimeout+time.Second {
		t.Fatalf("KeyringUsable waited %v", d)
	}
	if kr.stored.Load() {
		t.Fatal("checking the keyring stored something")
	}
}

// The real backend asks whether a collection exists, and only that: none
// means unavailable, one means usable, whatever its lock state.
func TestSystemKeyringProbeAsksForACollection(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
	for _, tt := range []struct {
		has  bool
		err  error
		want error
	}{
		{has: false, want: ErrUnavailable},
		{has: true},
		{err: errServiceUnknown, want: ErrUnavailable},
	} {
		kr := systemKeyring{checkBus: true, hasDefault: func() (bool, error) {
			return tt.has, tt.err
		}}
		s := newTestStore(t, kr, nil)
		err := s.KeyringUsable(context.Background())
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("has %v, err %v: KeyringUsable = %v, want %v", tt.has, tt.err, err,
				tt.want)
		}
	}
}

// Without any session bus the real backend is unavailable at once.
func TestKeyringUsableWithoutSessionBus(t *testing.T) {
	if _, err := os.Stat("/run/user"); err == nil && checkSessionBus() == nil &&
		os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Skip("this machine has a per-user session bus in /run/user")
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	s := newTestStore(t, SystemKeyring(), nil)
	if err := s.KeyringUsable(context.Background()); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("KeyringUsable = %v, want ErrUnavailable", err)
	}
}
