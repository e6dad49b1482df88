package cli

import (
	"fmt"
	"os"
	"sync"

	"github.com/zalando/go-keyring"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// demoSetup is practice mode: a fake Airtable on 127.0.0.1, a throwaway
// folder and an in-memory keyring. Nothing real is read or written.
type demoSetup struct {
	env    Env
	server *airtabletest.Server
	dir    string
}

// startDemo starts the fake Airtable and returns env pointed at it and at a
// throwaway store. The caller must call close.
func startDemo(env Env) (*demoSetup, error) {
	dir, err := os.MkdirTemp("", "airtable-connect-demo-")
	if err != nil {
		return nil, &ExitError{
			Code: ExitFailure, Err: fmt.Errorf("demo folder: %w", err),
			Message: "Practice mode could not create its temporary folder.",
		}
	}
	srv := airtabletest.NewServer(airtabletest.DemoAccounts())

	env.Environ = append(append([]string{}, env.Environ...), "AIRTABLE_API_URL="+srv.URL)
	env.ConfigDir = dir
	env.Keyring = newMemKeyring()
	env.HTTPClient = nil
	return &demoSetup{env: env, server: srv, dir: dir}, nil
}

// close stops the fake and deletes the throwaway folder.
func (d *demoSetup) close() {
	d.server.Close()
	_ = os.RemoveAll(d.dir)
}

// memKeyring is a keyring that lives only in memory, for practice mode.
type memKeyring struct {
	mu      sync.Mutex
	secrets map[string]string
}

func newMemKeyring() *memKeyring { return &memKeyring{secrets: map[string]string{}} }

// Get returns the secret for service and user, or keyring.ErrNotFound as
// the system keyring does.
func (k *memKeyring) Get(service, user string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	s, ok := k.secrets[service+"\x00"+user]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return s, nil
}

// Set keeps secret for service and user.
func (k *memKeyring) Set(service, user, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.secrets[service+"\x00"+user] = secret
	return nil
}

// Delete forgets the secret for service and user, or returns
// keyring.ErrNotFound when there is none.
func (k *memKeyring) Delete(service, user string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	key := service + "\x00" + user
	if _, ok := k.secrets[key]; !ok {
		return keyring.ErrNotFound
	}
	delete(k.secrets, key)
	return nil
}
