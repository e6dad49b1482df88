package store

import (
	"context"
	"errors"
	"testing"

	"github.com/zalando/go-keyring"
)

// errUnlockDefault is go-keyring's exact error when the collection behind the
// "default" alias could not be unlocked, as a session bus that starts
// gnome-keyring for a user with no keyring gives it (case C11).
var errUnlockDefault = errors.New(
	"failed to unlock correct collection '/org/freedesktop/secrets/aliases/default'")

// A failed unlock with no collection at all means no keyring is set up:
// unavailable, so the person is offered a file. With a collection, it is a
// refusal (a dismissed prompt) and stays rejected.
func TestFailedUnlockWithoutACollectionIsUnavailable(t *testing.T) {
	tests := []struct {
		name        string
		has         bool
		probeErr    error
		unavailable bool
	}{
		{"no collection", false, nil, true},
		{"collection exists", true, nil, false},
		{"cannot tell", false, errors.New("no reply"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keyring.MockInitWithError(errUnlockDefault)
			kr := systemKeyring{hasDefault: func() (bool, error) { return tt.has, tt.probeErr }}
			s := newTestStore(t, kr, nil)
			ctx := context.Background()

			err := s.SaveKeyring(ctx, "kr", testToken)
			var rejected *RejectedError
			if tt.unavailable {
				if !errors.Is(err, ErrUnavailable) || errors.As(err, &rejected) {
					t.Fatalf("SaveKeyring = %v, want ErrUnavailable", err)
				}
			} else if !errors.As(err, &rejected) || errors.Is(err, ErrUnavailable) {
				t.Fatalf("SaveKeyring = %v, want *RejectedError", err)
			}
			assertNoToken(t, err)

			_, err = s.keyringGet(ctx, "kr")
			if tt.unavailable != errors.Is(err, ErrUnavailable) {
				t.Fatalf("keyringGet = %v, unavailable should be %v", err, tt.unavailable)
			}
		})
	}
}

// Other errors are never looked into: the D-Bus question is asked only
// after a failed unlock.
func TestOnlyAFailedUnlockAsksForCollections(t *testing.T) {
	asked := false
	kr := systemKeyring{hasDefault: func() (bool, error) { asked = true; return false, nil }}
	//nolint:errorlint // the very same error must come back, not one wrapping it
	if err := kr.explainUnlock(keyring.ErrSetDataTooBig); err != keyring.ErrSetDataTooBig {
		t.Fatalf("explainUnlock changed an unrelated error: %v", err)
	}
	if kr.explainUnlock(nil) != nil || asked {
		t.Fatal("explainUnlock asked D-Bus without a failed unlock")
	}
}
