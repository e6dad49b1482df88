package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

// Moving a profile from the keyring to a file leaves one copy: the file.
func TestSaveFileRemovesTheKeyringCopy(t *testing.T) {
	kr := &mapKeyring{}
	var w warnings
	s := newTestStore(t, kr, &w)
	ctx := context.Background()
	if err := s.SaveKeyring(ctx, "work", testToken); err != nil {
		t.Fatalf("SaveKeyring: %v", err)
	}
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}

	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	if _, err := kr.Get(Service, "work"); err == nil {
		t.Fatal("the keyring still holds the token after it moved to a file")
	}
	if len(w.got) != 1 || !strings.Contains(w.got[0], path) {
		t.Fatalf("warnings = %q, want one saying the keyring copy was removed", w.got)
	}
}

// A keyring that does not answer cannot undo the save; a warning says what
// to remove by hand, within the deadline.
func TestSaveFileWarnsWhenTheKeyringCopyStays(t *testing.T) {
	kr := newBlockingKeyring(t)
	var w warnings
	s := New(Options{
		Dir: t.TempDir() + "/conf", Keyring: kr,
		Timeout: 50 * time.Millisecond, Warn: w.add,
	})
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}

	start := time.Now()
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("SaveFile took %v with a 50ms deadline", took)
	}
	if len(w.got) != 1 || !strings.Contains(w.got[0], "could not be removed") ||
		!strings.Contains(w.got[0], "account work") || !strings.Contains(w.got[0], path) {
		t.Fatalf("warnings = %q, want one naming the entry left in the keyring", w.got)
	}
	for _, m := range w.got {
		if strings.Contains(m, testToken[:20]) {
			t.Fatal("a warning holds the token")
		}
	}
}

// A profile that was never in the keyring saves to a file without asking
// the keyring anything.
func TestSaveFileLeavesTheKeyringAloneOtherwise(t *testing.T) {
	kr := &countingKeyring{Backend: newBlockingKeyring(t)}
	s := newTestStore(t, kr, nil)
	if _, err := s.SaveFile("work", testToken); err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	if n := kr.calls.Load(); n != 0 {
		t.Fatalf("the keyring was asked %d times", n)
	}
}
