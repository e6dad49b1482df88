package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// Modes for everything the store writes: only the owner may read or enter.
const (
	fileMode fs.FileMode = 0o600
	dirMode  fs.FileMode = 0o700
)

// unixModes is false on Windows, where permission bits mean little and the
// user's profile folder is already private.
//
// TODO: check the folder's ACL on Windows instead of skipping the check.
var unixModes = runtime.GOOS != "windows"

// tokenPath is where the file copy of profile's token lives.
func (s *Store) tokenPath(profile string) string {
	return filepath.Join(s.dir, "tokens", profile)
}

// ensureDir creates dir (and its parents) and makes dir itself 0o700
// whatever the umask. An existing folder others could read is tightened
// with a warning.
func (s *Store) ensureDir(dir string) error {
	before, statErr := os.Stat(dir)
	if err := os.MkdirAll(dir, dirMode); err != nil {
		return fmt.Errorf("create folder: %w", err)
	}
	if !unixModes {
		return nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("check folder: %w", err)
	}
	if info.Mode().Perm() == dirMode {
		return nil
	}
	if err := os.Chmod(dir, dirMode); err != nil {
		return fmt.Errorf("restrict folder: %w", err)
	}
	if statErr == nil && before.Mode().Perm()&0o077 != 0 {
		s.warnFolder(dir)
	}
	return nil
}

func (s *Store) warnFolder(dir string) {
	s.warn(fmt.Sprintf("The folder %s could be opened by other users. "+
		"It is now open only to you.", dir))
}

// tightenFolders makes the store's folder and its tokens folder 0o700 when
// others could open them, with a warning, as saving does. Folders that do
// not exist yet are left alone: reading creates nothing.
func (s *Store) tightenFolders() error {
	if !unixModes {
		return nil
	}
	for _, dir := range []string{s.dir, filepath.Join(s.dir, "tokens")} {
		info, err := os.Stat(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("check folder: %w", err)
		}
		if !info.IsDir() || info.Mode().Perm()&0o077 == 0 {
			continue
		}
		if err := os.Chmod(dir, dirMode); err != nil {
			return fmt.Errorf("restrict folder: %w", err)
		}
		s.warnFolder(dir)
	}
	return nil
}

// tighten makes an existing file 0o600, warning when others could read it.
// A missing file is not an error.
func (s *Store) tighten(path string) error {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check file: %w", err)
	}
	if !unixModes || info.Mode().Perm() == fileMode {
		return nil
	}
	if err := os.Chmod(path, fileMode); err != nil {
		return fmt.Errorf("restrict file: %w", err)
	}
	if info.Mode().Perm()&0o077 != 0 {
		s.warn(fmt.Sprintf("The file %s could be read by other users. "+
			"It is now readable only by you.", path))
	}
	return nil
}

// writeAtomic replaces path with data. The data goes to a temporary file in
// the same folder, created 0o600 (os.CreateTemp never grants more, and the
// umask can only take bits away), chmod-ed to exactly 0o600, synced and then
// renamed over path, so a reader sees the old file or the new one, and the
// data is never readable by others at any moment.
func (s *Store) writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := s.ensureDir(dir); err != nil {
		return err
	}
	if err := s.tighten(path); err != nil {
		return err
	}

	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	tmp := f.Name()
	defer func() { _ = os.Remove(tmp) }() // a no-op once the rename succeeded
	if s.created != nil {
		s.created(tmp)
	}

	// On the failure paths below the first error is the one to report, so
	// the result of the cleanup Close is dropped on purpose.
	if err := f.Chmod(fileMode); err != nil {
		_ = f.Close()
		return fmt.Errorf("restrict temporary file: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return fmt.Errorf("write temporary file: %w", err)
	}
	if err := f.Sync(); err != nil {
		_ = f.Close()
		return fmt.Errorf("sync temporary file: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close temporary file: %w", err)
	}

	if err := s.rename(tmp, path); err != nil {
		return fmt.Errorf("replace file: %w", err)
	}
	return nil
}

// readPrivate reads path after making sure only its owner can read it,
// and that only the owner can open the store's folders.
func (s *Store) readPrivate(path string) ([]byte, error) {
	if err := s.tightenFolders(); err != nil {
		return nil, err
	}
	if err := s.tighten(path); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("read file: %w", err)
	}
	return data, nil
}
