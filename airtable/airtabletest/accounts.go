package airtabletest

import "github.com/airtable-connect/airtable-connect/airtable"

// Placeholder identities shared by the demo account and tests.
const (
	DemoUserID = "usrTESTTESTTEST00"
	DemoEmail  = "user@example.com"
	DemoBase1  = "appTESTTESTBASE01"
	DemoBase2  = "appTESTTESTBASE02"
)

// AllScopes returns the guide's eight scopes in the guide's order.
func AllScopes() []string {
	out := make([]string, 0, len(airtable.GuideScopes))
	for _, s := range airtable.GuideScopes {
		out = append(out, s.Name)
	}
	return out
}

// DemoBases returns the demo account's two bases: one at the
// Owner/Creator level (create) and one at edit level.
func DemoBases() []airtable.Base {
	return []airtable.Base{
		{ID: DemoBase1, Name: "Product Launch", PermissionLevel: "create"},
		{ID: DemoBase2, Name: "Content Calendar", PermissionLevel: "edit"},
	}
}

// DemoAccount returns an account with all eight scopes, an email and both
// demo bases, so every probe answers.
func DemoAccount() Account {
	return Account{
		UserID: DemoUserID, Email: DemoEmail, Scopes: AllScopes(),
		Bases: DemoBases(),
	}
}

// DemoAccounts maps SamplePAT to DemoAccount. The practice mode serves it.
func DemoAccounts() map[string]Account {
	return map[string]Account{SamplePAT: DemoAccount()}
}

// Without returns a copy of a with the given scopes taken away.
func (a Account) Without(scopes ...string) Account {
	out := a
	out.Scopes = nil
	for _, s := range a.Scopes {
		keep := true
		for _, drop := range scopes {
			keep = keep && s != drop
		}
		if keep {
			out.Scopes = append(out.Scopes, s)
		}
	}
	return out
}
