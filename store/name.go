package store

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidProfile means a profile name cannot be used: it would not be a
// safe file name or keyring entry.
var ErrInvalidProfile = errors.New("invalid profile name")

// maxProfileName bounds a profile name so it stays a short file name.
const maxProfileName = 64

// ValidateProfileName checks that name can be used as a profile: 1 to 64
// characters, letters, digits, '.', '-' and '_', starting with a letter or
// digit (so no path separators, no "..", no hidden files). The error wraps
// ErrInvalidProfile and says what is allowed; it never repeats the name,
// in case a token was typed where a name belongs.
func ValidateProfileName(name string) error {
	if name == "" {
		return fmt.Errorf("%w: the name is empty", ErrInvalidProfile)
	}
	if len(name) > maxProfileName {
		return fmt.Errorf("%w: longer than %d characters", ErrInvalidProfile, maxProfileName)
	}
	for i, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		if i > 0 {
			ok = ok || r == '.' || r == '-' || r == '_'
		}
		if !ok {
			return fmt.Errorf("%w: use letters, digits, '.', '-' or '_', "+
				"starting with a letter or digit", ErrInvalidProfile)
		}
	}
	if strings.Contains(name, "..") {
		return fmt.Errorf("%w: two dots in a row", ErrInvalidProfile)
	}
	return nil
}
