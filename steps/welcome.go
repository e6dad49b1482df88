package steps

func welcomeStep() Step {
	return Step{
		ID:    Welcome,
		Title: "Connect Airtable with a personal access token",
		Part:  PartStart,
		Body: []string{
			"You need the " + requiredLevel + " permission on every base " +
				"you want to connect.",
		},
		Tool: []string{
			"You will make a personal access token in Airtable, check it " +
				"here against Airtable, keep it safe on this computer, and " +
				"then link it in the hub.",
			"",
		},
		Field: "profile name",
		Next:  BuilderHub,
	}
}
