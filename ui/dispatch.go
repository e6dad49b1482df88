package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/steps"
)

// stepKey hands a key to the step on screen.
func (m Model) stepKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch m.current().ID {
	case steps.Welcome:
		return m.welcomeKey(msg)
	case steps.BuilderHub:
		return m.builderHubKey(msg)
	case steps.NameToken:
		return m.nameTokenKey(msg)
	case steps.Scopes:
		return m.scopesKey(msg)
	case steps.BaseAccess:
		return m.accessKey(msg)
	case steps.PasteToken:
		return m.pasteKey(msg)
	case steps.Verify:
		return m.verifyKey(msg)
	case steps.Save:
		return m.saveKey(msg)
	case steps.LinkHub:
		return m.linkKey(msg)
	case steps.Summary:
		return m.summaryKey(msg)
	}
	return m.plainKey(msg)
}

// plainKey serves steps that only read: Enter goes on, Esc goes back.
func (m Model) plainKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Next):
		return m.next()
	case key.Matches(msg, m.keys.Back):
		return m.back()
	}
	return m, nil
}

// bodyLines returns what the step on screen shows under its title.
func (m Model) bodyLines() []line {
	if m.resume.offered {
		return m.resumeLines()
	}
	switch m.current().ID {
	case steps.Welcome:
		return m.welcomeLines()
	case steps.BuilderHub:
		return m.builderHubLines()
	case steps.NameToken:
		return m.nameTokenLines()
	case steps.Scopes:
		return m.scopesLines()
	case steps.BaseAccess:
		return m.accessLines()
	case steps.PasteToken:
		return m.pasteLines()
	case steps.Verify:
		return m.verifyLines()
	case steps.Save:
		return m.saveLines()
	case steps.LinkHub:
		return m.linkLines()
	case steps.Summary:
		return m.summaryLines()
	}
	return m.guideLines()
}

// shortKeys lists the keys worth showing under the step on screen.
func (m Model) shortKeys() []key.Binding {
	k := m.keys
	if m.showHelp {
		return nil
	}
	base := []key.Binding{k.Next, k.Back}
	switch m.current().ID {
	case steps.Welcome:
		base = []key.Binding{k.Next, k.Presenter}
	case steps.BuilderHub:
		base = append(base, k.Open, k.CopyURL)
	case steps.NameToken:
		base = append(base, k.CopyURL)
	case steps.Scopes:
		base = append(base, k.Toggle, k.Up, k.Down, k.Presets, k.CopyURL)
	case steps.BaseAccess:
		base = append(base, k.Up, k.Down)
	case steps.Verify, steps.Save:
		if m.hasChoices() {
			base = append(base, k.Up, k.Down)
		}
	case steps.LinkHub:
		if m.cfg.HubURL != "" && m.canOpen() {
			base = append(base, k.Open)
		}
		if !m.presenter {
			base = append(base, k.CopyToken)
		}
	}
	if !m.typing() {
		base = append(base, k.Help)
	}
	return append(base, k.Quit)
}

// updateFields passes a bracketed paste, whole, and other messages such as
// cursor blinks to the field on screen. A paste never reaches the key
// handlers, so letters inside it never act as shortcuts.
func (m Model) updateFields(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m.current().ID {
	case steps.Welcome:
		return m.welcomeField(msg)
	case steps.PasteToken:
		return m.pasteField(msg)
	}
	return m, nil
}

// hasChoices reports whether the step on screen shows a list of choices.
func (m Model) hasChoices() bool {
	if m.current().ID == steps.Save {
		return len(m.saveChoices()) > 0
	}
	v := m.verify
	return v.phase == verifyDone && (v.err != nil || !v.report.Ready())
}
