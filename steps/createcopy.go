package steps

func createCopyStep() Step {
	return Step{
		ID:    CreateCopy,
		Title: "Create the token and copy it",
		Part:  PartAirtable,
		Body: []string{
			"Press \"Create token\", then copy the token straight away.",
			"",
			"Airtable shows it only this once. If you lose it, make a new " +
				"token with the same settings.",
		},
		Next: PasteToken,
	}
}
