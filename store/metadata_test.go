package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// damage writes a profiles file that is not JSON.
func damage(t *testing.T, s *Store) string {
	t.Helper()
	if err := os.MkdirAll(s.Dir(), 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(s.Dir(), "profiles.json")
	if err := os.WriteFile(path, []byte("{\"profiles\": [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDamagedProfilesFileNamesItself(t *testing.T) {
	s := newTestStore(t, &mapKeyring{}, nil)
	path := damage(t, s)

	_, err := s.Profiles()
	var bad *MetadataError
	if !errors.As(err, &bad) || bad.Path != path || !bad.Damaged {
		t.Fatalf("Profiles = %v, want a *MetadataError for %s marked damaged", err, path)
	}
	_, _, err = s.Token(context.Background(), "work")
	if !errors.As(err, &bad) {
		t.Fatalf("Token = %v, want a *MetadataError", err)
	}
}

// Nothing is saved while the profiles file cannot be read: the token
// would be left where no profile points at it.
func TestSavingChecksTheProfilesFileFirst(t *testing.T) {
	kr := &mapKeyring{}
	s := newTestStore(t, kr, nil)
	damage(t, s)

	var bad *MetadataError
	if _, err := s.SaveFile("work", testToken); !errors.As(err, &bad) {
		t.Fatalf("SaveFile = %v, want a *MetadataError", err)
	}
	if _, err := os.Stat(s.tokenPath("work")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a token file was written: %v", err)
	}

	err := s.SaveKeyring(context.Background(), "work", testToken)
	if !errors.As(err, &bad) {
		t.Fatalf("SaveKeyring = %v, want a *MetadataError", err)
	}
	assertNoToken(t, err)
	if _, err := kr.Get(Service, "work"); err == nil {
		t.Fatal("the keyring holds a token")
	}
}
