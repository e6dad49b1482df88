package steps

func builderHubStep() Step {
	return Step{
		ID:    BuilderHub,
		Title: "Open the Builder Hub",
		Part:  PartAirtable,
		Body: []string{
			"Sign in to airtable.com. Open the account menu (your profile " +
				"picture, top right) and choose \"Builder Hub\".",
			"",
			"Or go straight to the tokens page:",
		},
		URL:  tokensURL,
		Next: FindTokens,
	}
}
