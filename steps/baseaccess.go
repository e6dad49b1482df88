package steps

// Access is the choice of which bases a token reaches.
type Access string

const (
	// AccessSpecific grants only the bases the person adds one by one.
	AccessSpecific Access = "specific"
	// AccessAll grants every current and future base in every workspace.
	AccessAll Access = "all"
)

// Describe returns the choice as a person reads it.
func (a Access) Describe() string {
	if a == AccessAll {
		return "All current and future bases in all current and future workspaces"
	}
	return "Specific bases, added one by one (recommended)"
}

// Instruction says what to press in Airtable for this choice.
func (a Access) Instruction() string {
	if a == AccessAll {
		return "Under \"Access\", choose the option for all current and " +
			"future bases in all current and future workspaces."
	}
	return "Under \"Access\", press \"+ Add a base\" and pick each base the " +
		"hub should reach."
}

func baseAccessStep() Step {
	return Step{
		ID:    BaseAccess,
		Title: "Choose which bases it reaches",
		Part:  PartAirtable,
		Body: []string{
			"Under \"Access\", press \"+ Add a base\" and pick each base the " +
				"hub should reach (recommended: the token reaches nothing " +
				"else), or choose the option for all current and future " +
				"bases in all current and future workspaces.",
		},
		Field: "base access",
		Next:  CreateCopy,
	}
}
