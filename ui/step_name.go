package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/steps"
)

func (m Model) nameTokenKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.CopyURL) {
		m.note = "Name copied (if your terminal allows copying)."
		return m, tea.SetClipboard(steps.TokenName(m.result.Profile))
	}
	return m.plainKey(msg)
}

func (m Model) nameTokenLines() []line {
	out := m.guideLines()
	return append(out, txt(""), txt("A name you can use as it is:"),
		line{text: m.styles.Focus.Render(steps.TokenName(m.result.Profile)), focus: true},
		txt(""), txt("Press c to copy it."))
}
