// Package steps holds the words of the connection guide, one file per step:
// what each step asks the person to do, which part of the guide it belongs
// to, the page it points at and the step that follows. The wizard in package
// ui and the printed guide both read these definitions, so the two always
// say the same thing.
package steps

// ID names one step of the guide.
type ID string

// The steps, in the order the wizard walks them.
const (
	Welcome        ID = "welcome"
	BuilderHub     ID = "builder_hub"
	FindTokens     ID = "find_tokens"
	NameToken      ID = "name_token"
	Scopes         ID = "scopes"
	BaseAccess     ID = "base_access"
	CreateCopy     ID = "create_copy"
	PasteToken     ID = "paste_token"
	Verify         ID = "verify"
	Save           ID = "save"
	LinkHub        ID = "link_hub"
	Summary        ID = "summary"
	tokensURL         = "https://airtable.com/create/tokens"
	referenceURL      = "https://airtable.com/developers/web/guides/personal-access-tokens"
	requiredLevel     = "Owner or Creator"
	hubFieldName      = "Personal Access Token"
	tokensPageName    = "Personal access tokens"
)

// TokensURL is the Builder Hub page where personal access tokens are made.
const TokensURL = tokensURL

// ReferenceURL is Airtable's own reference page for personal access tokens.
const ReferenceURL = referenceURL

// Part says which half of the guide a step belongs to.
type Part int

const (
	// PartStart is the introduction before any work is done.
	PartStart Part = iota
	// PartAirtable covers making the token in Airtable.
	PartAirtable
	// PartHub covers linking the account in the hub.
	PartHub
	// PartTerminal covers what happens in this program: pasting, checking
	// and keeping the token, and the summary.
	PartTerminal
)

// String returns the part's heading as a person reads it.
func (p Part) String() string {
	switch p {
	case PartAirtable:
		return "Part 1: in Airtable"
	case PartHub:
		return "Part 2: in the hub"
	case PartTerminal:
		return "In this terminal"
	default:
		return "Before you start"
	}
}

// Step is one screen of the wizard and one section of the printed guide.
// Body holds plain lines with no styling; an empty string is a paragraph
// break. Tool holds lines only the wizard shows, never the printed guide.
// Field names what the wizard asks for on this step, if anything.
// ToolOnly steps happen inside this program and are left out of the printed
// guide. Next is the step that follows, empty for the last one.
type Step struct {
	ID       ID
	Title    string
	Part     Part
	Body     []string
	Tool     []string
	URL      string
	Field    string
	ToolOnly bool
	Next     ID
}

// All returns every step in the order the wizard walks them. The slice is a
// fresh copy: callers may change it.
func All() []Step {
	all := []Step{
		welcomeStep(), builderHubStep(), findTokensStep(), nameTokenStep(),
		scopesStep(nil), baseAccessStep(), createCopyStep(), pasteTokenStep(),
		verifyStep(), saveStep(), linkHubStep(), summaryStep(),
	}
	for i := range all {
		all[i].Body = append([]string(nil), all[i].Body...)
		all[i].Tool = append([]string(nil), all[i].Tool...)
	}
	return all
}

// Count returns how many steps the wizard has.
func Count() int { return len(All()) }

// Index returns the position of id in All, or -1 when there is no such step.
func Index(id ID) int {
	for i, s := range All() {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// Lookup returns the step called id; ok is false when there is none.
func Lookup(id ID) (Step, bool) {
	i := Index(id)
	if i < 0 {
		return Step{}, false
	}
	return All()[i], true
}
