package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// ctrlV is the byte a terminal sends for Ctrl+V when it does not paste.
const ctrlV = "\x16"

// pasteState holds the masked token field and what the shape check said.
type pasteState struct {
	input     *huh.Input
	presenter bool
	hint      string               // how to paste in this terminal
	shape     *airtable.ShapeError // blocking problem: nothing was sent
	warn      *airtable.ShapeError // unusual shape: the live check decides
}

func newPasteState(presenter bool) pasteState {
	in := huh.NewInput().Title("Token").Prompt("> ")
	p := pasteState{input: in}
	p.setPresenter(presenter)
	in.Focus()
	return p
}

// setPresenter hides even the mask characters, so not even the length
// shows while the screen is shared.
func (p *pasteState) setPresenter(on bool) {
	p.presenter = on
	if on {
		p.input.EchoMode(huh.EchoModeNone)
		return
	}
	p.input.EchoMode(huh.EchoModePassword)
}

// clearToken empties the token field, keeping its look and width.
func (m *Model) clearToken() {
	m.paste = newPasteState(m.presenter)
	m.paste.input.WithTheme(fieldTheme(m.colour))
	m.paste.input.WithWidth(m.width)
}

// rawToken returns the field's value as typed or pasted.
func (m Model) rawToken() string {
	v, _ := m.paste.input.GetValue().(string)
	return v
}

// token returns the field's value with surrounding whitespace removed.
func (m Model) token() string { return airtable.NormalizeToken(m.rawToken()) }

func (m Model) pasteKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Next):
		return m.submitToken()
	case key.Matches(msg, m.keys.Back):
		return m.back()
	case msg.String() == "ctrl+v" || msg.Text == ctrlV:
		m.paste.hint = pasteHint
		return m, nil
	}
	return m.pasteField(msg)
}

const pasteHint = "Ctrl+V did not paste here. Paste with your terminal's paste " +
	"key instead: often Ctrl+Shift+V, Shift+Insert, or a right-click."

func (m Model) pasteField(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p, ok := msg.(tea.PasteMsg); ok && strings.Contains(p.Content, ctrlV) {
		m.paste.hint = pasteHint
	}
	if p, ok := msg.(tea.PasteMsg); ok {
		msg = tea.PasteMsg{Content: m.joinSample(p.Content)}
	}
	before := m.rawToken()
	_, cmd := m.paste.input.Update(msg)
	// Only a change to the field clears the shape message; cursor blinks
	// and other ticks pass through here too.
	if m.rawToken() != before {
		m.paste.shape = nil
	}
	return m, cmd
}

// submitToken checks the token's shape, with no request, and starts the
// live check when nothing blocks it.
func (m Model) submitToken() (tea.Model, tea.Cmd) {
	problem := airtable.CheckShape(m.rawToken())
	m.paste.shape, m.paste.warn = nil, nil
	if problem != nil && problem.Blocking() {
		m.paste.shape = problem
		return m, nil
	}
	m.paste.warn = problem
	m, cmd := m.next()
	m, verify := m.startVerify()
	return m, tea.Batch(cmd, verify)
}

func (m Model) pasteLines() []line {
	out := m.guideLines()
	out = append(out, m.sampleLines()...)
	// The field and every line about what it holds stay in view, except
	// that an empty field in practice mode leaves the view to the sample.
	focus := m.rawToken() != "" || !m.cfg.Demo || m.cfg.DemoToken == ""
	out = append(out, txt(""), line{text: m.paste.input.View(), focus: focus},
		line{text: m.styles.Muted.Render(m.countLine()), focus: focus})
	if m.paste.hint != "" {
		out = append(out, line{text: m.styles.Warn.Render(m.paste.hint), focus: true})
	}
	if se := m.paste.shape; se != nil {
		msg := m.styles.Err.Render(se.Describe(m.presenter))
		out = append(out, txt(""), line{text: msg, focus: true},
			line{text: se.Fix(), focus: true},
			txt("Ctrl+U clears the field.")) // below the fold in a small window
	}
	return out
}

// countLine says how much the field holds, so a person sees that a paste
// landed, without showing any of it. Presenter mode hides the length too.
func (m Model) countLine() string {
	n := len([]rune(m.rawToken()))
	switch {
	case m.paste.presenter && n > 0:
		return "Something is in the field (hidden while presenting)."
	case m.paste.presenter || n == 0:
		return "The field is empty. Paste the token, then press Enter."
	case n == 1:
		return "The field holds 1 character."
	}
	return fmt.Sprintf("The field holds %d characters.", n)
}
