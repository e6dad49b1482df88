package airtable

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shape facts of a personal access token: "pat", 14 letters or digits, a
// dot and 64 lower-case hex digits.
const (
	PATLength     = 82
	TokenIDLength = 17
	// MaxTokenLength is the longest value ever sent; anything longer is
	// refused before any request.
	MaxTokenLength = 200
)

var patPattern = regexp.MustCompile(`^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$`)

// ShapeKind names what is wrong with how a token looks.
type ShapeKind string

// The kinds CheckShape reports.
const (
	ShapeEmpty         ShapeKind = "empty"
	ShapeLegacyKey     ShapeKind = "legacy_key"
	ShapeTokenIDOnly   ShapeKind = "token_id_only"
	ShapeOAuthToken    ShapeKind = "oauth_token"
	ShapeWhitespace    ShapeKind = "whitespace"
	ShapeControlChar   ShapeKind = "control_char"
	ShapePastedTwice   ShapeKind = "pasted_twice"
	ShapeTooLong       ShapeKind = "too_long"
	ShapeWrongLength   ShapeKind = "wrong_length"
	ShapeUnknownPrefix ShapeKind = "unknown_prefix"
	// ShapeBadCharacters is a value holding characters that never appear
	// in a token: anything but ASCII letters, digits and the dot.
	ShapeBadCharacters ShapeKind = "bad_characters"
	// ShapeUnusual is a value of the right length and prefix whose parts
	// do not look as usual, such as a secret part that is not lower-case
	// hex. It is a warning: the live check settles it.
	ShapeUnusual ShapeKind = "unusual_shape"
)

// ShapeError says why a value does not look like a personal access token.
// It holds lengths and at most the first three characters, never the token.
type ShapeError struct {
	Kind   ShapeKind
	Length int // characters in the normalized value
	Want   int // characters a token has
	Prefix string
	// Cut means the value was cut off when read: it is more than Length
	// bytes long and its true length is not known.
	Cut bool
	// Odd counts the characters that never appear in a token, for
	// ShapeBadCharacters.
	Odd int
}

// NormalizeToken trims whitespace around a pasted token: spaces, tabs, CR,
// LF, no-break spaces and zero-width marks. It also removes what a paste
// often brings along: an "Authorization:" header name and a "Bearer "
// prefix, in any case, and one pair of matching quotes around the token
// ("…" or '…'), as left by copying from JSON or a shell line, unless what
// is inside is quoted again: then those quotes stay. Whitespace inside is
// kept so CheckShape can refuse it.
//
// These steps repeat until nothing changes, so normalizing twice changes
// nothing and CheckShape judges exactly the value that is sent. A value
// far longer than any token is only trimmed: it is refused anyway.
func NormalizeToken(raw string) string {
	t := strings.TrimFunc(raw, isPadding)
	if len(t) > normalizeLimit {
		return t
	}
	for {
		next := normalizeStep(t)
		if next == t {
			return t
		}
		t = next
	}
}

// normalizeLimit bounds the values NormalizeToken unwraps, so a huge paste
// costs one pass.
const normalizeLimit = 4 * MaxTokenLength

// normalizeStep removes one layer around t: a header name, a Bearer prefix
// or a pair of quotes, with the padding around what is left.
func normalizeStep(t string) string {
	for _, prefix := range []string{"authorization:", "bearer"} {
		if len(t) > len(prefix) && strings.EqualFold(t[:len(prefix)], prefix) {
			rest := t[len(prefix):]
			// "Bearer" must be followed by a space; the header name need not.
			if r, _ := utf8.DecodeRuneInString(rest); prefix == "authorization:" ||
				isPadding(r) {
				return strings.TrimFunc(rest, isPadding)
			}
		}
	}
	if quoted(t) {
		if inner := strings.TrimFunc(t[1:len(t)-1], isPadding); !quoted(inner) {
			return inner
		}
	}
	return t
}

// quoted reports whether t starts and ends with the same quote mark.
func quoted(t string) bool {
	return len(t) >= 2 && (t[0] == '"' || t[0] == '\'') && t[len(t)-1] == t[0]
}

// isPadding reports the characters trimmed around a token.
func isPadding(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// CheckShape normalizes token and returns nil when it looks like a personal
// access token. A non-nil result with Blocking false is a warning: the live
// check settles it. No request is made.
func CheckShape(token string) *ShapeError {
	t := NormalizeToken(token)
	n := len([]rune(t))
	e := &ShapeError{Length: n, Want: PATLength, Prefix: firstThree(t)}
	switch {
	case t == "":
		e.Kind = ShapeEmpty
	case n > MaxTokenLength:
		e.Kind = ShapeTooLong
	case pastedTwice(t):
		e.Kind = ShapePastedTwice
	case strings.IndexFunc(t, isControlNotSpace) >= 0:
		e.Kind = ShapeControlChar
	case strings.IndexFunc(t, unicode.IsSpace) >= 0:
		e.Kind = ShapeWhitespace
	case strings.HasPrefix(t, "key"):
		e.Kind = ShapeLegacyKey
	case strings.HasPrefix(t, "oaa"):
		e.Kind = ShapeOAuthToken
	case oddCount(t) > 0:
		e.Kind, e.Odd = ShapeBadCharacters, oddCount(t)
	case tokenIDOnly(t):
		e.Kind, e.Want = ShapeTokenIDOnly, PATLength
	case !strings.HasPrefix(t, "pat"):
		e.Kind = ShapeUnknownPrefix
	case n != PATLength:
		e.Kind = ShapeWrongLength
	case !patPattern.MatchString(t):
		e.Kind = ShapeUnusual
	default:
		return nil
	}
	return e
}

// tokenIDOnly reports whether t is the id part of a PAT, with or without
// the dot that follows it, and nothing of the secret part.
func tokenIDOnly(t string) bool {
	id := strings.TrimSuffix(t, ".")
	return strings.HasPrefix(id, "pat") && !strings.Contains(id, ".") &&
		len([]rune(id)) <= TokenIDLength
}

// pastedTwice reports whether t is two PATs one after the other (the same
// one twice, or an old paste followed by a new one), with or without
// whitespace between them.
func pastedTwice(t string) bool {
	s := strings.Join(strings.Fields(t), "")
	if len(s) != 2*PATLength {
		return false
	}
	return patPattern.MatchString(s[:PATLength]) && patPattern.MatchString(s[PATLength:])
}

// oddCount returns how many characters of t never appear in a token:
// anything but ASCII letters, digits and the dot.
func oddCount(t string) int {
	n := 0
	for _, r := range t {
		if !tokenChar(r) {
			n++
		}
	}
	return n
}

// tokenChar reports whether r may appear in a token.
func tokenChar(r rune) bool {
	return r == '.' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') ||
		('A' <= r && r <= 'Z')
}

// isControlNotSpace reports control characters other than whitespace.
func isControlNotSpace(r rune) bool {
	return unicode.IsControl(r) && !unicode.IsSpace(r)
}

// firstThree returns up to three leading characters, with control
// characters replaced so the result is safe to print.
func firstThree(t string) string {
	r := []rune(t)
	r = r[:min(len(r), 3)]
	for i, c := range r {
		if !unicode.IsPrint(c) {
			r[i] = '?'
		}
	}
	return string(r)
}

// Blocking reports whether the value must not be sent. Only a wrong length,
// an unknown prefix and an unusual shape are warnings that the live check
// settles.
func (e *ShapeError) Blocking() bool {
	return e.Kind != ShapeWrongLength && e.Kind != ShapeUnknownPrefix && e.Kind != ShapeUnusual
}

// Error returns a lower-case description with no part of the token beyond
// its first three characters.
func (e *ShapeError) Error() string {
	return fmt.Sprintf("token shape %s: %d characters, want %d", e.Kind, e.Length, e.Want)
}
