package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/zalando/go-keyring"
)

func TestClassifyKeepsTheThreeOutcomesApart(t *testing.T) {
	notProvided := dbus.Error{
		Name: "org.freedesktop.DBus.Error.ServiceUnknown",
		Body: []any{"The name org.freedesktop.secrets was not provided by any .service files"},
	}
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"not found", keyring.ErrNotFound, ErrNotFound},
		{"service unknown", notProvided, ErrUnavailable},
		{"service unknown as text", errors.New(notProvided.Error()), ErrUnavailable},
		{
			"no session bus", errors.New("dbus: couldn't determine address of session bus"),
			ErrUnavailable,
		},
		{
			"no dbus-launch", &exec.Error{Name: "dbus-launch", Err: exec.ErrNotFound},
			ErrUnavailable,
		},
		{
			"socket missing", &os.PathError{Op: "dial", Path: "/run/bus", Err: os.ErrNotExist},
			ErrUnavailable,
		},
		{"unsupported platform", keyring.ErrUnsupportedPlatform, ErrUnavailable},
		{"too big", keyring.ErrSetDataTooBig, nil},
		{"access denied", dbus.Error{
			Name: "org.freedesktop.DBus.Error.AccessDenied",
			Body: []any{"not allowed"},
		}, nil},
		{"prompt dismissed", errors.New("failed to unlock correct collection '/x'"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classify(fmt.Errorf("wrapped: %w", tt.err))
			if tt.want != nil {
				if !errors.Is(got, tt.want) {
					t.Fatalf("classify(%v) = %v, want %v", tt.err, got, tt.want)
				}
				return
			}
			var rejected *RejectedError
			if !errors.As(got, &rejected) || !strings.Contains(got.Error(), tt.err.Error()) {
				t.Fatalf("classify(%v) = %v, want a *RejectedError wrapping it", tt.err, got)
			}
		})
	}
}

// C11: no Secret Service is "unavailable", and the file then works.
func TestUnavailableKeyringThenFile(t *testing.T) {
	kr := mockKeyring(t, dbus.Error{
		Name: "org.freedesktop.DBus.Error.ServiceUnknown",
		Body: []any{"The name org.freedesktop.secrets was not provided by any .service files"},
	})
	s := newTestStore(t, kr, nil)
	ctx := context.Background()

	err := s.SaveKeyring(ctx, "work", testToken)
	var rejected *RejectedError
	if !errors.Is(err, ErrUnavailable) || errors.As(err, &rejected) {
		t.Fatalf("SaveKeyring = %v, want ErrUnavailable and not rejected", err)
	}
	assertNoToken(t, err)
	if _, err := os.Stat(s.tokenPath("work")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a token file exists before consent: %v", err)
	}

	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	assertMode(t, path, 0o600)
	assertMode(t, filepath.Dir(path), 0o700)
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationFile, Path: path}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}

	got, loc, err := s.Token(ctx, "work")
	if err != nil || got != testToken || loc != LocationFile {
		t.Fatalf("Token = %q, %q, %v; want the token from the file", got, loc, err)
	}
}

// C12: a keyring that never answers gives ErrLocked by the deadline.
func TestBlockingKeyringGivesLockedByTheDeadline(t *testing.T) {
	kr := newBlockingKeyring(t)
	s := New(Options{Dir: t.TempDir(), Keyring: kr, Timeout: 100 * time.Millisecond})
	ctx := context.Background()

	start := time.Now()
	err := s.SaveKeyring(ctx, "work", testToken)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("SaveKeyring = %v, want ErrLocked", err)
	}
	assertNoToken(t, err)
	if kr.stored.Load() {
		t.Fatal("the keyring stored something")
	}
	entries, err := os.ReadDir(s.Dir())
	if err != nil && !errors.Is(err, os.ErrNotExist) || len(entries) != 0 {
		t.Fatalf("the store folder holds %v (%v), want nothing", entries, err)
	}

	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}
	_, _, err = s.Token(ctx, "work")
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Token = %v, want ErrLocked", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("two calls took %v with a 100ms deadline", took)
	}
}

func TestDefaultDeadlineLeavesTimeToTypeAPassword(t *testing.T) {
	if InteractiveTimeout < 30*time.Second {
		t.Fatalf("InteractiveTimeout = %v, want at least 30s", InteractiveTimeout)
	}
	if got := New(Options{Dir: t.TempDir()}).timeout; got != InteractiveTimeout {
		t.Fatalf("default timeout = %v, want %v", got, InteractiveTimeout)
	}
}

func TestCancelledContextIsNotLocked(t *testing.T) {
	s := newTestStore(t, newBlockingKeyring(t), nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	err := s.SaveKeyring(ctx, "work", testToken)
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrLocked) {
		t.Fatalf("SaveKeyring = %v, want context.Canceled", err)
	}
}

func TestRejectedKeyringIsNeverAFileFallback(t *testing.T) {
	for _, cause := range []error{
		keyring.ErrSetDataTooBig,
		dbus.Error{Name: "org.freedesktop.DBus.Error.AccessDenied", Body: []any{"denied"}},
	} {
		s := newTestStore(t, mockKeyring(t, cause), nil)

		err := s.SaveKeyring(context.Background(), "work", testToken)
		var rejected *RejectedError
		if !errors.As(err, &rejected) || errors.Is(err, ErrUnavailable) {
			t.Fatalf("SaveKeyring = %v, want *RejectedError", err)
		}
		assertNoToken(t, err)
		if _, err := os.Stat(s.Dir()); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("the store folder was created after a refusal: %v", err)
		}
	}
}

func TestSaveKeyringReadsBack(t *testing.T) {
	s := newTestStore(t, mockKeyring(t, nil), nil)
	ctx := context.Background()

	if err := s.SaveKeyring(ctx, "work", testToken); err != nil {
		t.Fatalf("SaveKeyring: %v", err)
	}
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}
	got, loc, err := s.Token(ctx, "work")
	if err != nil || got != testToken || loc != LocationKeyring {
		t.Fatalf("Token = %q, %q, %v; want the token from the keyring", got, loc, err)
	}
	_, _, err = s.Token(ctx, "other")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("Token of an unknown profile = %v, want ErrNotFound", err)
	}

	garbled := &mapKeyring{garble: true}
	s = newTestStore(t, garbled, nil)
	err = s.SaveKeyring(ctx, "work", testToken)
	var rejected *RejectedError
	if !errors.As(err, &rejected) {
		t.Fatalf("SaveKeyring with a bad read back = %v, want *RejectedError", err)
	}
	assertNoToken(t, err)
}

func TestSaveKeyringRemovesAnOlderFile(t *testing.T) {
	var w warnings
	s := newTestStore(t, &mapKeyring{}, &w)
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}

	if err := s.SaveKeyring(context.Background(), "work", testToken); err != nil {
		t.Fatalf("SaveKeyring: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the older token file is still there: %v", err)
	}
	if len(w.got) != 1 {
		t.Fatalf("warnings = %q, want one about the removed file", w.got)
	}
}
