package cli

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// scopeShape is what a scope name looks like: letters and dots, a colon,
// then letters, where * may stand for a family (enterprise.*:read).
var scopeShape = regexp.MustCompile(`^[A-Za-z*][A-Za-z.*]*:[A-Za-z*]+$`)

// scopesHelp ends the help of every --scopes flag.
const scopesHelp = "; commas or spaces between names, any case, or a preset " +
	"(read-only, read-write, all). user.email:read is always added: the hub checks " +
	"the connection with it"

// parseScopes turns the values given to --scopes into scope names. Names may
// be separated by commas or whitespace and written in any case; the known
// ones come back in Airtable's spelling, each once. The wizard's presets
// (read-only, read-write, all) stand for their scopes. Airtable's scopes
// outside the guide and the enterprise.* family are accepted too. Any other
// name shaped like a scope is a usage error that names it and, when it
// looks misspelt, the closest known scope. user.email:read is added to any
// list that lacks it. An empty list stays empty, which means the default.
//
// A value that is not shaped like a scope is refused with a usage error
// that names its position only: a mistyped command line may hold a token.
func parseScopes(values []string) ([]string, error) {
	var out []string
	add := func(name string) {
		if !slices.ContainsFunc(out, func(s string) bool {
			return strings.EqualFold(s, name)
		}) {
			out = append(out, name)
		}
	}
	n := 0
	for _, v := range values {
		for _, name := range strings.FieldsFunc(v, isScopeSeparator) {
			n++
			if preset, ok := airtable.Preset(name); ok {
				for _, s := range preset {
					add(s)
				}
				continue
			}
			if !scopeShape.MatchString(name) {
				return nil, exitf(ExitUsage, "The %s name given to --scopes is not a "+
					"scope name. Scope names look like data.records:read; run "+
					"'airtable-connect scopes' to list the ones the guide uses.", ordinal(n))
			}
			name = canonicalScope(name)
			if err := checkKnownScope(name); err != nil {
				return nil, err
			}
			add(name)
		}
	}
	if len(out) > 0 && !slices.Contains(out, airtable.ScopeUserEmailRead) {
		out = append([]string{airtable.ScopeUserEmailRead}, out...)
	}
	return out, nil
}

// isScopeSeparator reports the characters that separate scope names.
func isScopeSeparator(r rune) bool {
	return r == ',' || unicode.IsSpace(r)
}

// canonicalScope returns Airtable's spelling of a known scope name written
// in any case, and other names as they are.
func canonicalScope(name string) string {
	for _, s := range airtable.GuideScopes {
		if strings.EqualFold(s.Name, name) {
			return s.Name
		}
	}
	for _, s := range airtable.OtherScopes {
		if strings.EqualFold(s, name) {
			return s
		}
	}
	if len(name) > len("enterprise.") && strings.EqualFold(name[:11], "enterprise.") {
		return "enterprise." + name[11:]
	}
	return name
}

// ordinal writes n as 1st, 2nd, 3rd, 4th and so on.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
