package steps

func verifyStep() Step {
	return Step{
		ID:    Verify,
		Title: "Check the token with Airtable",
		Part:  PartTerminal,
		Body: []string{
			"The token is tried against Airtable: which account it belongs " +
				"to, which bases it reaches and which scopes it has.",
		},
		ToolOnly: true,
		Next:     Save,
	}
}
