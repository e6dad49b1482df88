package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// choice is one way on from a question the wizard asks after a check or a
// save: the words shown and what picking it does.
type choice struct {
	label string
	act   func(Model) (Model, tea.Cmd)
}

// choiceKey serves a list of choices: Up and Down move the highlight kept
// at the field that at points to, Enter acts on it and Esc goes back.
// choices must not be empty.
func (m Model) choiceKey(
	msg tea.KeyPressMsg, choices []choice, at func(*Model) *int,
) (tea.Model, tea.Cmd) {
	i := at(&m)
	switch {
	case key.Matches(msg, m.keys.Up):
		*i = (*i + len(choices) - 1) % len(choices)
	case key.Matches(msg, m.keys.Down):
		*i = (*i + 1) % len(choices)
	case key.Matches(msg, m.keys.Next):
		return choices[*i].act(m)
	case key.Matches(msg, m.keys.Back):
		return m.back()
	}
	return m, nil
}
