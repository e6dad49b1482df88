package steps

import "strings"

// TokenName suggests a descriptive token name for profile, so the token is
// easy to recognise later in the Builder Hub.
func TokenName(profile string) string {
	profile = strings.TrimSpace(profile)
	if profile == "" {
		profile = "default"
	}
	return "StackOne Hub - " + profile
}

func nameTokenStep() Step {
	return Step{
		ID:    NameToken,
		Title: "Create the token and name it",
		Part:  PartAirtable,
		Body: []string{
			"Press \"Create new token\". Give it a name that says what it " +
				"is for, so you can tell your tokens apart later.",
		},
		Field: "token name",
		Next:  Scopes,
	}
}
