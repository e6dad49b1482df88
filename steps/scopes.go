package steps

import "github.com/airtable-connect/airtable-connect/airtable"

// ScopeLines returns one line per scope in chosen, in the order to add them
// in Airtable (the guide's order, then any other names as given), each with
// its meaning when the guide knows the scope.
func ScopeLines(chosen []string) []string {
	var lines []string
	for _, name := range OrderScopes(chosen) {
		if info, ok := airtable.LookupScope(name); ok {
			lines = append(lines, name+" - "+info.Meaning)
			continue
		}
		lines = append(lines, name)
	}
	return lines
}

// OrderScopes returns chosen in the guide's order with duplicates removed;
// names the guide does not list keep their relative order at the end. The
// required user.email:read is always included.
func OrderScopes(chosen []string) []string {
	want := map[string]bool{airtable.ScopeUserEmailRead: true}
	for _, c := range chosen {
		want[c] = true
	}
	var out []string
	for _, s := range airtable.GuideScopes {
		if want[s.Name] {
			out = append(out, s.Name)
			delete(want, s.Name)
		}
	}
	for _, c := range chosen {
		if want[c] {
			out = append(out, c)
			delete(want, c)
		}
	}
	return out
}

func scopesStep(chosen []string) Step {
	body := []string{
		"Press \"+ Add a scope\" and add only the scopes your use needs. " +
			airtable.ScopeUserEmailRead + " is always needed: the hub " +
			"checks the connection with it.",
	}
	if len(chosen) > 0 {
		body = append(body, "", "Add these, in this order:")
		for _, l := range ScopeLines(chosen) {
			body = append(body, "  "+l)
		}
	}
	return Step{
		ID:    Scopes,
		Title: "Add the scopes",
		Part:  PartAirtable,
		Body:  body,
		Field: "scopes",
		Next:  BaseAccess,
	}
}

func allScopeNames() []string {
	names := make([]string, 0, len(airtable.GuideScopes))
	for _, s := range airtable.GuideScopes {
		names = append(names, s.Name)
	}
	return names
}
