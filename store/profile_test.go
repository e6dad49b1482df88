package store

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestProfilesRoundTripWithoutTheToken(t *testing.T) {
	s := newTestStore(t, &mapKeyring{}, nil)
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	work := Profile{
		Name: "work", UserID: "usrTEST", Email: "a@example.com",
		Bases:   []BaseInfo{{ID: "appTEST", Name: "Tasks", PermissionLevel: "create"}},
		Scopes:  []string{"user.email:read", "schema.bases:read"},
		Storage: LocationFile, Path: path,
		VerifiedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
	}
	home := Profile{Name: "home", Storage: LocationKeyring}

	for _, p := range []Profile{work, home, work} {
		if err := s.SaveProfile(p); err != nil {
			t.Fatalf("SaveProfile(%s): %v", p.Name, err)
		}
	}

	all, err := s.Profiles()
	if err != nil {
		t.Fatalf("Profiles: %v", err)
	}
	if !reflect.DeepEqual(all, []Profile{home, work}) {
		t.Fatalf("Profiles = %+v, want home then work", all)
	}
	got, err := s.Profile("work")
	if err != nil || !reflect.DeepEqual(got, work) {
		t.Fatalf("Profile(work) = %+v, %v", got, err)
	}
	if _, err := s.Profile("nobody"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Profile(nobody) = %v, want ErrNotFound", err)
	}

	data, err := os.ReadFile(s.metadataPath())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), testToken[:20]) {
		t.Fatal("the metadata file holds the token")
	}
	assertMode(t, s.metadataPath(), 0o600)
}

func TestNoProfilesYet(t *testing.T) {
	s := newTestStore(t, &mapKeyring{}, nil)
	all, err := s.Profiles()
	if err != nil || len(all) != 0 {
		t.Fatalf("Profiles = %v, %v; want none", all, err)
	}
}

func TestProfileNames(t *testing.T) {
	good := []string{"default", "work-2", "a.b", "A_b", "9", strings.Repeat("x", 64)}
	bad := []string{
		"", "..", "../x", "a/b", `a\b`, ".hidden", "-x", "a..b", "a b",
		"é", strings.Repeat("x", 65), testToken + "/",
	}
	for _, name := range good {
		if err := ValidateProfileName(name); err != nil {
			t.Errorf("ValidateProfileName(%q) = %v, want nil", name, err)
		}
	}
	for _, name := range bad {
		err := ValidateProfileName(name)
		if !errors.Is(err, ErrInvalidProfile) {
			t.Errorf("ValidateProfileName(%q) = %v, want ErrInvalidProfile", name, err)
		}
		assertNoToken(t, err)
	}

	s := newTestStore(t, &mapKeyring{}, nil)
	if _, err := s.SaveFile("../evil", testToken); !errors.Is(err, ErrInvalidProfile) {
		t.Fatalf("SaveFile(../evil) = %v, want ErrInvalidProfile", err)
	}
	if _, err := os.Stat(s.Dir()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a bad name still created the store folder: %v", err)
	}
}

func TestRemoveDeletesEveryPiece(t *testing.T) {
	kr := &mapKeyring{}
	s := newTestStore(t, kr, nil)
	ctx := context.Background()
	if err := s.SaveKeyring(ctx, "work", testToken); err != nil {
		t.Fatal(err)
	}
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatal(err)
	}

	if err := s.Remove(ctx, "work"); err != nil {
		t.Fatalf("Remove: %v", err)
	}
	if _, err := kr.Get(Service, "work"); err == nil {
		t.Error("the keyring entry is still there")
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("the token file is still there")
	}
	if _, err := s.Profile("work"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Profile after Remove = %v, want ErrNotFound", err)
	}
	if _, _, err := s.Token(ctx, "work"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Token after Remove = %v, want ErrNotFound", err)
	}
	if err := s.Remove(ctx, "work"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Remove = %v, want ErrNotFound", err)
	}
}

func TestFileProfileNeverWaitsOnTheKeyring(t *testing.T) {
	kr := newBlockingKeyring(t)
	s := New(Options{Dir: t.TempDir(), Keyring: kr, Timeout: 50 * time.Millisecond})
	ctx := context.Background()
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationFile, Path: path}); err != nil {
		t.Fatal(err)
	}

	got, loc, err := s.Token(ctx, "work")
	if err != nil || got != testToken || loc != LocationFile {
		t.Fatalf("Token = %v, %q; want the file's token", err, loc)
	}
	if n := kr.calls.Load(); n != 0 {
		t.Fatalf("the keyring was asked %d times", n)
	}

	// A locked keyring does not stop removing a profile kept in a file.
	if err := s.Remove(ctx, "work"); err != nil {
		t.Fatalf("Remove: %v", err)
	}
}

// A keyring that does not answer does not keep Remove from taking away the
// token file and the profile; the error says the keyring entry was left.
func TestRemoveLeavesOnlyTheKeyringEntryWhenTheKeyringIsLocked(t *testing.T) {
	kr := newBlockingKeyring(t)
	s := New(Options{Dir: t.TempDir(), Keyring: kr, Timeout: 50 * time.Millisecond})
	ctx := context.Background()
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatal(err)
	}

	err = s.Remove(ctx, "work")
	var left *KeyringLeftError
	if !errors.As(err, &left) || left.Profile != "work" || !errors.Is(err, ErrLocked) {
		t.Fatalf("Remove = %v, want a *KeyringLeftError wrapping ErrLocked", err)
	}
	assertNoToken(t, err)
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("the token file is still there")
	}
	if _, err := s.Profile("work"); !errors.Is(err, ErrNoProfile) {
		t.Errorf("Profile after Remove = %v, want ErrNoProfile", err)
	}
}

// Remove run again where the keyring answers deletes an entry left behind,
// though the profile's details are already gone.
func TestRemoveAgainDeletesTheEntryLeftBehind(t *testing.T) {
	kr := &mapKeyring{}
	s := newTestStore(t, kr, nil)
	if err := kr.Set(Service, "work", testToken); err != nil {
		t.Fatal(err)
	}
	if err := s.Remove(context.Background(), "work"); err != nil {
		t.Fatalf("Remove: %v", err)
	}
	if _, err := kr.Get(Service, "work"); err == nil {
		t.Error("the keyring entry is still there")
	}
}
