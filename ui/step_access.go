package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/steps"
)

// accessState is the base access choice and the row with the cursor.
type accessState struct {
	choice steps.Access
	cursor int
	made   bool
}

var accessChoices = []steps.Access{steps.AccessSpecific, steps.AccessAll}

// setChoice picks c and puts the highlight on it.
func (a *accessState) setChoice(c steps.Access) {
	for i, x := range accessChoices {
		if x == c {
			a.choice, a.cursor = c, i
		}
	}
}

func (m Model) accessKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	a := &m.access
	switch {
	case key.Matches(msg, m.keys.Up, m.keys.Down):
		// The choice follows the highlight, so what the screen calls
		// chosen is what Enter takes.
		a.cursor = 1 - a.cursor
		a.choice, a.made = accessChoices[a.cursor], true
		return m, m.keepProgress()
	case key.Matches(msg, m.keys.Toggle):
		a.choice, a.made = accessChoices[a.cursor], true
		return m, m.keepProgress()
	case key.Matches(msg, m.keys.Next):
		a.choice, a.made = accessChoices[a.cursor], true
		return m.next()
	}
	return m.plainKey(msg)
}

func (m Model) accessLines() []line {
	out := m.guideLines()
	out = append(out, txt(""))
	for i, c := range accessChoices {
		mark := "( ) "
		if c == m.access.choice {
			mark = "(•) "
		}
		row := "  " + mark + c.Describe()
		if i == m.access.cursor {
			row = m.styles.Focus.Render("> " + mark + c.Describe())
		}
		out = append(out, line{text: row, focus: i == m.access.cursor})
	}
	out = append(out, txt(""), txt("Chosen: "+m.access.choice.Describe()),
		txt("In Airtable: "+m.access.choice.Instruction()))
	return out
}
