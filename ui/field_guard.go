package ui

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/airtable-connect/airtable-connect/steps"
)

// secretPattern finds the start of a token in a field meant for something
// else: a personal access token or its id, a legacy API key, an OAuth
// token (prefix and 14 letters or digits, one of them a digit or a
// capital, so ordinary words do not match), or the long hex secret part
// (digits and letters mixed).
var secretPattern = regexp.MustCompile(`(?:pat|key|oaa)[A-Za-z0-9]{14}|[0-9a-f]{32}`)

// tokenMovedNote is what a person reads when a token-shaped value was
// cleared from a field that is not the token field.
var tokenMovedNote = "That looks like a token. It goes in step " +
	strconv.Itoa(steps.Index(steps.PasteToken)+1) + "; it was cleared from this field."

// tokenShaped reports whether s holds something that looks like a token.
func tokenShaped(s string) bool {
	for _, loc := range secretPattern.FindAllStringIndex(s, -1) {
		m := s[loc[0]:loc[1]]
		if len(m) == 32 && hexMix(m) || len(m) == 17 && generated(m[3:]) {
			return true
		}
	}
	return false
}

// hexMix reports whether hex has both digits and letters, as a random
// secret does and a run of one letter does not.
func hexMix(hex string) bool {
	return strings.ContainsAny(hex, "0123456789") && strings.ContainsAny(hex, "abcdef")
}

// generated reports whether id has a digit or a capital letter, as the
// random part of a token id always does in practice.
func generated(id string) bool {
	for _, r := range id {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// profileRule names the rule a refused profile name broke, as a sentence a
// person reads, never repeating the name.
func profileRule(name string) string {
	const lead = "That profile name cannot be used: "
	switch {
	case name == "":
		return lead + "it is empty. Type a name, such as default."
	case len(name) > 64:
		return lead + "it is longer than 64 characters. Use a shorter name."
	case nameDots(name):
		return lead + "it has two dots in a row. Remove one of them."
	}
	return lead + "use only letters, digits, '.', '-' or '_', " +
		"starting with a letter or digit."
}

// nameDots reports whether name has characters that are all allowed but
// two dots in a row.
func nameDots(name string) bool {
	for i, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		if i > 0 {
			ok = ok || r == '.' || r == '-' || r == '_'
		}
		if !ok {
			return false
		}
	}
	return strings.Contains(name, "..")
}
