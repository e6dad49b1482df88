package steps

func pasteTokenStep() Step {
	return Step{
		ID:    PasteToken,
		Title: "Paste the token here",
		Part:  PartTerminal,
		Body: []string{
			"Paste the token you just copied. It stays hidden on screen.",
		},
		Field:    "token",
		ToolOnly: true,
		Next:     Verify,
	}
}
