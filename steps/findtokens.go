package steps

func findTokensStep() Step {
	return Step{
		ID:    FindTokens,
		Title: "Find \"" + tokensPageName + "\"",
		Part:  PartAirtable,
		Body: []string{
			"In the Builder Hub, look at the left sidebar. Under the " +
				"\"Developers\" heading, choose \"" + tokensPageName + "\".",
		},
		Next: NameToken,
	}
}
