package cli

import (
	"fmt"
	"strings"
	"unicode"
)

// tokenArgRefusal is what a person reads when a token was given as an
// argument. It never repeats the argument.
const tokenArgRefusal = "Argument %d looks like an access token, and tokens are never " +
	"taken as arguments (they end up in shell history and process lists). Nothing was " +
	"sent. Pipe the token on stdin with --with-token, or set AIRTABLE_TOKEN."

// findTokenArg returns the 1-based position of the first argument that looks
// like a token, or 0. A flag's value given as --flag=value counts too.
func findTokenArg(args []string) int {
	for i, arg := range args {
		v := arg
		if strings.HasPrefix(v, "-") {
			_, after, ok := strings.Cut(v, "=")
			if !ok {
				continue
			}
			v = after
		}
		if looksLikeToken(v) || containsToken(arg) {
			return i + 1
		}
	}
	return 0
}

// refuseTokenArgs returns a usage ExitError when any argument looks like a
// token, before anything is parsed or sent.
func refuseTokenArgs(args []string) error {
	if n := findTokenArg(args); n > 0 {
		return &ExitError{Code: ExitUsage, Message: fmt.Sprintf(tokenArgRefusal, n)}
	}
	return nil
}

// looksLikeToken reports whether s has the shape of an Airtable personal
// access token, its id, a legacy API key, an OAuth token, or any long
// opaque secret. Profile names, URLs and paths do not match.
func looksLikeToken(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "oaa") && strings.Contains(s, ".v1."):
		return true
	case strings.HasPrefix(s, "pat"), strings.HasPrefix(s, "key"):
		if randomID(s[3:]) {
			return true
		}
	}
	return longOpaque(s)
}

// containsToken reports whether s holds a token-shaped piece anywhere, such
// as a URL with ?token=pat... in it: "pat" with 14 or more generated-looking
// letters and digits, a dot and 8 or more hex digits, or an OAuth token
// ("oaa", the same letters and digits, then ".v1.").
func containsToken(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		prefix, rest := s[i:i+3], s[i+3:]
		if prefix != "pat" && prefix != "oaa" || !randomID(rest) {
			continue
		}
		n := 0
		for n < len(rest) && isAlnum(rune(rest[n])) {
			n++
		}
		tail := rest[n:]
		if prefix == "pat" && strings.HasPrefix(tail, ".") && hexRun(tail[1:]) >= 8 {
			return true
		}
		if prefix == "oaa" && strings.HasPrefix(tail, ".v1.") {
			return true
		}
	}
	return false
}

// hexRun returns how many hex digits s starts with.
func hexRun(s string) int {
	n := 0
	for n < len(s) && strings.IndexByte("0123456789abcdefABCDEF", s[n]) >= 0 {
		n++
	}
	return n
}

// randomID reports whether s starts with 14 letters and digits that look
// generated: at least one digit or capital among them.
func randomID(s string) bool {
	if len(s) < 14 {
		return false
	}
	mixed := false
	for _, r := range s[:14] {
		if !isAlnum(r) {
			return false
		}
		if unicode.IsDigit(r) || unicode.IsUpper(r) {
			mixed = true
		}
	}
	return mixed
}

// longOpaque reports whether s holds a run of 32 or more letters and digits
// that mixes both, the way secrets do and names do not.
func longOpaque(s string) bool {
	if strings.Contains(s, "://") {
		return false
	}
	run, letters, digits := 0, false, false
	for _, r := range s + " " {
		if isAlnum(r) {
			run++
			letters = letters || unicode.IsLetter(r)
			digits = digits || unicode.IsDigit(r)
			continue
		}
		if run >= 32 && letters && digits {
			return true
		}
		run, letters, digits = 0, false, false
	}
	return false
}

func isAlnum(r rune) bool {
	return r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
