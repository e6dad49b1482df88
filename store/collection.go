package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/godbus/dbus/v5"
)

// errNoCollection means a Secret Service answers on the session bus but
// holds no collection to keep secrets in. This is what a session bus shows
// when it starts gnome-keyring on demand for a user who never set up a
// keyring: nothing can be saved there, so it counts as unavailable.
var errNoCollection = errors.New("the Secret Service has no default or login collection")

// unlockFailed is the start of go-keyring's error when unlocking the
// collection it chose gave nothing back: either no such collection exists
// or the person dismissed the unlock prompt.
const unlockFailed = "failed to unlock correct collection"

// Names on the Secret Service D-Bus interface that go-keyring relies on.
const (
	secretsName       = "org.freedesktop.secrets"
	secretsPath       = dbus.ObjectPath("/org/freedesktop/secrets")
	secretsInterface  = "org.freedesktop.Secret.Service"
	loginCollection   = dbus.ObjectPath("/org/freedesktop/secrets/collection/login")
	noCollectionAlias = dbus.ObjectPath("/")
)

// explainUnlock tells the two causes of a failed unlock apart. With no
// collection to unlock, the error wraps errNoCollection; when one exists,
// the person or the service refused, and err is kept as it is.
func (k systemKeyring) explainUnlock(err error) error {
	if err == nil || !strings.Contains(err.Error(), unlockFailed) || k.hasDefault == nil {
		return err
	}
	has, probeErr := k.hasDefault()
	if probeErr != nil || has {
		return err
	}
	return fmt.Errorf("%w: %w", errNoCollection, err)
}

// hasDefaultCollection asks the Secret Service whether it has a collection
// go-keyring would use: one called "login", or one behind the "default"
// alias.
func hasDefaultCollection() (bool, error) {
	conn, err := dbus.SessionBus()
	if err != nil {
		return false, fmt.Errorf("connect to session bus: %w", err)
	}
	obj := conn.Object(secretsName, secretsPath)

	var alias dbus.ObjectPath
	err = obj.Call(secretsInterface+".ReadAlias", 0, "default").Store(&alias)
	if err != nil {
		return false, fmt.Errorf("read default alias: %w", err)
	}
	if alias != noCollectionAlias && alias != "" {
		return true, nil
	}

	v, err := obj.GetProperty(secretsInterface + ".Collections")
	if err != nil {
		return false, fmt.Errorf("list collections: %w", err)
	}
	paths, _ := v.Value().([]dbus.ObjectPath)
	for _, p := range paths {
		if p == loginCollection {
			return true, nil
		}
	}
	return false, nil
}
