package cli

import (
	"strings"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// knownScopes lists every scope name this program knows: the guide's eight
// and Airtable's others.
func knownScopes() []string {
	return append(guideScopeNames(), airtable.OtherScopes...)
}

// checkKnownScope refuses a scope-shaped name that is not one of Airtable's
// scopes (the guide's eight, the others and the enterprise.* family). A
// name a letter or two away from a known one, or in its namespace, gets
// that one suggested. The name is safe to repeat: it has the shape of a
// scope, which a token never has.
func checkKnownScope(name string) error {
	if strings.HasPrefix(name, "enterprise.") {
		return nil
	}
	known := knownScopes()
	best, dist := "", -1
	for _, k := range known {
		if k == name {
			return nil
		}
		if d := editDistance(strings.ToLower(k), strings.ToLower(name)); dist < 0 || d < dist {
			best, dist = k, d
		}
	}
	hint := ""
	if inKnownNamespace(name, known) || dist <= 2 {
		hint = " Did you mean " + best + "?"
	}
	return exitf(ExitUsage, "The name %q given to --scopes is not an Airtable scope.%s "+
		"Run 'airtable-connect scopes' to list the guide's scopes and presets.", name, hint)
}

// inKnownNamespace reports whether the part of name before the colon is
// that of a known scope, in any case.
func inKnownNamespace(name string, known []string) bool {
	ns, _, _ := strings.Cut(name, ":")
	for _, k := range known {
		if kns, _, _ := strings.Cut(k, ":"); strings.EqualFold(kns, ns) {
			return true
		}
	}
	return false
}

// editDistance counts the single-character insertions, deletions and
// substitutions that turn a into b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
