package steps

func saveStep() Step {
	return Step{
		ID:    Save,
		Title: "Keep the token safe",
		Part:  PartTerminal,
		Body: []string{
			"The token goes into your system keyring. A file is used only " +
				"if you agree to it.",
		},
		ToolOnly: true,
		Next:     LinkHub,
	}
}
