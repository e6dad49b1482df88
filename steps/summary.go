package steps

func summaryStep() Step {
	return Step{
		ID:    Summary,
		Title: "Summary",
		Part:  PartTerminal,
		Body: []string{
			"Tokens do not expire on their own. You can change a token's " +
				"scopes and bases, or revoke it, in the Builder Hub at any time.",
		},
		ToolOnly: true,
	}
}
