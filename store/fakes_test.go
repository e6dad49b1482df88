package store

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// testToken is shaped like a personal access token; it is the placeholder
// from the project's cases, never a real secret.
var testToken = "patTESTTESTTEST00." + strings.Repeat("0", 64)

// mockKeyring points go-keyring at its in-memory mock (failing every call
// with err when err is not nil) and returns the system backend, which now
// goes to the mock, without its session bus check. The mock is
// process-wide, which is why the tests that need the real keyring run in a
// fresh process (see real_test.go).
//
//nolint:unparam // the backend is always the same, but callers read better holding it
func mockKeyring(t *testing.T, err error) Backend {
	t.Helper()
	if err == nil {
		keyring.MockInit()
	} else {
		keyring.MockInitWithError(err)
	}
	return systemKeyring{}
}

// blockingKeyring never answers until released, like a locked collection
// waiting on a prompt nobody sees. It records whether anything was stored.
type blockingKeyring struct {
	release chan struct{}
	calls   atomic.Int32
	stored  atomic.Bool
}

func newBlockingKeyring(t *testing.T) *blockingKeyring {
	b := &blockingKeyring{release: make(chan struct{})}
	t.Cleanup(func() { close(b.release) })
	return b
}

func (b *blockingKeyring) Get(_, _ string) (string, error) {
	b.calls.Add(1)
	<-b.release
	return "", keyring.ErrNotFound
}

func (b *blockingKeyring) Set(_, _, _ string) error {
	b.calls.Add(1)
	<-b.release
	return errors.New("released after the test ended")
}

func (b *blockingKeyring) Delete(_, _ string) error {
	b.calls.Add(1)
	<-b.release
	return keyring.ErrNotFound
}

// mapKeyring is a plain in-memory keyring whose Get can be told to return a
// different value than was saved.
type mapKeyring struct {
	mu      sync.Mutex
	entries map[string]string
	garble  bool
}

func (m *mapKeyring) Get(service, user string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.entries[service+"/"+user]
	if !ok {
		return "", keyring.ErrNotFound
	}
	if m.garble {
		return v[:len(v)/2], nil
	}
	return v, nil
}

func (m *mapKeyring) Set(service, user, secret string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entries == nil {
		m.entries = map[string]string{}
	}
	m.entries[service+"/"+user] = secret
	return nil
}

func (m *mapKeyring) Delete(service, user string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.entries[service+"/"+user]; !ok {
		return keyring.ErrNotFound
	}
	delete(m.entries, service+"/"+user)
	return nil
}

// warnings collects what the store tells a person.
type warnings struct{ got []string }

func (w *warnings) add(s string) { w.got = append(w.got, s) }

// newTestStore returns a store in a fresh temporary folder with a short
// keyring deadline.
func newTestStore(t *testing.T, kr Backend, w *warnings) *Store {
	t.Helper()
	o := Options{Dir: t.TempDir() + "/conf", Keyring: kr, Timeout: 2 * time.Second}
	if w != nil {
		o.Warn = w.add
	}
	return New(o)
}

// assertMode fails unless path has exactly the permission bits want.
func assertMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatalf("stat %s: %v", path, err)
	}
	if got := info.Mode().Perm(); got != want {
		t.Errorf("%s has mode %#o, want %#o", path, got, want)
	}
}

// assertNoToken fails when err's text holds the test token.
func assertNoToken(t *testing.T, err error) {
	t.Helper()
	if err != nil && strings.Contains(err.Error(), testToken[:20]) {
		t.Errorf("error text holds the token: %v", err)
	}
}
