package store

import (
	"context"
	"errors"
	"os"
	"sync/atomic"
	"testing"
)

// countingKeyring counts the calls that reach the keyring behind it.
type countingKeyring struct {
	Backend
	calls atomic.Int32
}

func (c *countingKeyring) Get(service, user string) (string, error) {
	c.calls.Add(1)
	return c.Backend.Get(service, user)
}

func (c *countingKeyring) Set(service, user, secret string) error {
	c.calls.Add(1)
	return c.Backend.Set(service, user, secret)
}

func (c *countingKeyring) Delete(service, user string) error {
	c.calls.Add(1)
	return c.Backend.Delete(service, user)
}

// A profile that was never saved is "no such profile", and the keyring,
// which may be locked or missing, is not asked.
func TestTokenOfAnUnknownProfileNeverAsksTheKeyring(t *testing.T) {
	kr := &countingKeyring{Backend: newBlockingKeyring(t)}
	s := newTestStore(t, kr, nil)

	_, _, err := s.Token(context.Background(), "nope")
	if !errors.Is(err, ErrNoProfile) || !errors.Is(err, ErrNotFound) {
		t.Fatalf("Token = %v, want ErrNoProfile", err)
	}
	if n := kr.calls.Load(); n != 0 {
		t.Fatalf("the keyring was asked %d times", n)
	}
}

// A file profile whose token file was deleted names the file, and the
// keyring is not asked.
func TestTokenFileDeletedNamesThePath(t *testing.T) {
	kr := &countingKeyring{Backend: newBlockingKeyring(t)}
	s := newTestStore(t, kr, nil)
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationFile, Path: path}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}

	_, _, err = s.Token(context.Background(), "work")
	var missing *MissingTokenError
	if !errors.As(err, &missing) || !errors.Is(err, ErrNotFound) {
		t.Fatalf("Token = %v, want *MissingTokenError", err)
	}
	if missing.Location != LocationFile || missing.Path != path {
		t.Fatalf("missing = %+v, want the file %s", missing, path)
	}
	if n := kr.calls.Load(); n != 0 {
		t.Fatalf("the keyring was asked %d times", n)
	}
}

// A keyring profile whose entry was removed says so.
func TestTokenKeyringEntryRemoved(t *testing.T) {
	kr := &mapKeyring{}
	s := newTestStore(t, kr, nil)
	ctx := context.Background()
	if err := s.SaveKeyring(ctx, "work", testToken); err != nil {
		t.Fatalf("SaveKeyring: %v", err)
	}
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}
	_ = kr.Delete(Service, "work")

	_, _, err := s.Token(ctx, "work")
	var missing *MissingTokenError
	if !errors.As(err, &missing) || missing.Location != LocationKeyring {
		t.Fatalf("Token = %v, want a *MissingTokenError for the keyring", err)
	}
}
