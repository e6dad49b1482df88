package store

import "github.com/zalando/go-keyring"

// Backend is the small keyring surface the store needs. SystemKeyring is
// the real one; tests pass fakes.
type Backend interface {
	Get(service, user string) (string, error)
	Set(service, user, secret string) error
	Delete(service, user string) error
}

// SystemKeyring returns the operating system keyring (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows).
func SystemKeyring() Backend { return systemKeyring{} }

type systemKeyring struct{}

func (systemKeyring) Get(service, user string) (string, error) {
	return keyring.Get(service, user)
}

func (systemKeyring) Set(service, user, secret string) error {
	return keyring.Set(service, user, secret)
}

func (systemKeyring) Delete(service, user string) error {
	return keyring.Delete(service, user)
}
