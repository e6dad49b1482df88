//go:build unix

package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// C13: whatever the umask, and however loose the file was made in between,
// every save leaves a 0o600 file in 0o700 folders, and the temporary file
// is 0o600 from the moment it exists.
func TestSaveFileIsPrivateWhateverTheUmask(t *testing.T) {
	for _, umask := range []int{0o002, 0o022} {
		t.Run(fmt.Sprintf("umask %#o", umask), func(t *testing.T) {
			old := syscall.Umask(umask)
			t.Cleanup(func() { syscall.Umask(old) })

			var w warnings
			s := newTestStore(t, &mapKeyring{}, &w)
			var tempModes []fs.FileMode
			s.created = func(path string) {
				info, err := os.Stat(path)
				if err != nil {
					t.Errorf("stat new temporary file: %v", err)
					return
				}
				if info.Size() != 0 {
					t.Errorf("temporary file has %d bytes at creation", info.Size())
				}
				tempModes = append(tempModes, info.Mode().Perm())
			}

			path := saveAndCheck(t, s)
			if len(w.got) != 0 {
				t.Errorf("first save warned: %q", w.got)
			}

			if err := os.Chmod(path, 0o644); err != nil {
				t.Fatal(err)
			}
			saveAndCheck(t, s)
			if len(w.got) != 1 || !strings.Contains(w.got[0], path) {
				t.Errorf("warnings = %q, want one naming %s", w.got, path)
			}

			if err := os.Chmod(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			saveAndCheck(t, s)
			if len(w.got) != 2 || !strings.Contains(w.got[1], filepath.Dir(path)) {
				t.Errorf("warnings = %q, want a second one naming the folder", w.got)
			}

			if len(tempModes) != 3 {
				t.Fatalf("saw %d temporary files, want 3", len(tempModes))
			}
			for _, m := range tempModes {
				if m != 0o600 {
					t.Errorf("temporary file created with mode %#o, want 0o600", m)
				}
			}
		})
	}
}

// saveAndCheck saves the test token to a file and checks modes, content
// and that no temporary file is left behind.
func saveAndCheck(t *testing.T, s *Store) string {
	t.Helper()
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	assertMode(t, path, 0o600)
	assertMode(t, filepath.Dir(path), 0o700)
	assertMode(t, s.Dir(), 0o700)

	data, err := os.ReadFile(path)
	if err != nil || strings.TrimSpace(string(data)) != testToken {
		t.Fatalf("file holds %d bytes (%v), want the token", len(data), err)
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil || len(entries) != 1 {
		t.Fatalf("token folder holds %v (%v), want only the token file", entries, err)
	}
	return path
}

func TestTemporaryFileIsPrivateBeforeRename(t *testing.T) {
	s := newTestStore(t, &mapKeyring{}, nil)
	renamed := 0
	s.rename = func(oldpath, newpath string) error {
		renamed++
		assertMode(t, oldpath, 0o600)
		if filepath.Dir(oldpath) != filepath.Dir(newpath) {
			t.Errorf("temporary file %s is not next to %s", oldpath, newpath)
		}
		return os.Rename(oldpath, newpath)
	}

	if _, err := s.SaveFile("work", testToken); err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	if renamed != 1 {
		t.Fatalf("rename called %d times, want 1", renamed)
	}
}

func TestFailedRenameLeavesNoTemporaryFile(t *testing.T) {
	s := newTestStore(t, &mapKeyring{}, nil)
	s.rename = func(string, string) error { return errors.New("disk full") }

	_, err := s.SaveFile("work", testToken)
	if err == nil {
		t.Fatal("SaveFile succeeded with a failing rename")
	}
	assertNoToken(t, err)
	entries, _ := os.ReadDir(filepath.Dir(s.tokenPath("work")))
	if len(entries) != 0 {
		t.Fatalf("token folder holds %v after a failed save", entries)
	}
}

func TestReadingALooseFileTightensIt(t *testing.T) {
	var w warnings
	s := newTestStore(t, &mapKeyring{}, &w)
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}

	got, err := s.readFileToken(path)
	if err != nil || got != testToken {
		t.Fatalf("readFileToken = %v, want the token", err)
	}
	assertMode(t, path, 0o600)
	if len(w.got) != 1 {
		t.Fatalf("warnings = %q, want one", w.got)
	}
}

// C13 on the read path: reading the profiles or a token tightens a store
// folder others could open, with a warning naming it, as saving does.
func TestReadingTightensLooseFolders(t *testing.T) {
	var w warnings
	s := newTestStore(t, &mapKeyring{}, &w)
	path, err := s.SaveFile("work", testToken)
	if err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	err = s.SaveProfile(Profile{Name: "work", Storage: LocationFile, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	tokens := filepath.Dir(path)
	loosen := func() {
		t.Helper()
		w.got = nil
		for _, dir := range []string{s.Dir(), tokens} {
			if err := os.Chmod(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}

	loosen()
	if _, err := s.Profiles(); err != nil {
		t.Fatalf("Profiles: %v", err)
	}
	checkTightened(t, &w, s.Dir(), tokens)

	loosen()
	if got, _, err := s.Token(context.Background(), "work"); err != nil || got != testToken {
		t.Fatalf("Token = %v, want the token", err)
	}
	checkTightened(t, &w, s.Dir(), tokens)
}

// checkTightened fails unless every folder is 0o700 and named in exactly
// one warning.
func checkTightened(t *testing.T, w *warnings, dirs ...string) {
	t.Helper()
	for _, dir := range dirs {
		assertMode(t, dir, 0o700)
		n := 0
		for _, msg := range w.got {
			if strings.Contains(msg, "The folder "+dir+" could be opened by other users") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d warnings name %s, want 1: %q", n, dir, w.got)
		}
	}
}
