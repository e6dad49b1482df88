package steps

func linkHubStep() Step {
	return Step{
		ID:    LinkHub,
		Title: "Link the account in the hub",
		Part:  PartHub,
		Body: []string{
			"Open the hub from the link you were given, or inside the " +
				"product that embeds it, and choose Airtable.",
			"",
			"Paste the token into the \"" + hubFieldName + "\" field and " +
				"press Connect. If asked, sign in and allow access.",
			"",
			"When it is done, the account is listed on the hub's Accounts page.",
		},
		Next: Summary,
	}
}
