package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
)

// scopeState is the scope checklist: which scopes are ticked and which row
// has the cursor.
type scopeState struct {
	cursor int
	on     map[string]bool
}

func newScopeState() scopeState {
	s := scopeState{}
	s.set(presetScopes(airtable.PresetReadWrite))
	return s
}

// set ticks exactly names (plus the required scope).
func (s *scopeState) set(names []string) {
	s.on = map[string]bool{}
	for _, n := range names {
		s.on[n] = true
	}
	for _, g := range airtable.GuideScopes {
		if g.Required {
			s.on[g.Name] = true
		}
	}
}

// chosen returns the ticked scopes in the order to add them.
func (s scopeState) chosen() []string {
	var names []string
	for n, on := range s.on {
		if on {
			names = append(names, n)
		}
	}
	return steps.OrderScopes(names)
}

func (m Model) scopesKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s := &m.scopes
	n := len(airtable.GuideScopes)
	switch {
	case key.Matches(msg, m.keys.Up):
		s.cursor = (s.cursor + n - 1) % n
	case key.Matches(msg, m.keys.Down):
		s.cursor = (s.cursor + 1) % n
	case key.Matches(msg, m.keys.Toggle, m.keys.Tick, m.keys.Untick):
		g := airtable.GuideScopes[s.cursor]
		want := !s.on[g.Name]
		if key.Matches(msg, m.keys.Tick, m.keys.Untick) {
			want = key.Matches(msg, m.keys.Tick)
		}
		if g.Required && !want {
			m.note = requiredScopeNote(g.Name)
			break
		}
		if want != s.on[g.Name] {
			s.set(withToggled(s.chosen(), g.Name))
		}
	case key.Matches(msg, m.keys.Presets):
		s.set(presetFor(msg.String()))
	case key.Matches(msg, m.keys.CopyURL):
		m.note = "Scope list copied (if your terminal allows copying)."
		return m, tea.SetClipboard(strings.Join(s.chosen(), "\n"))
	default:
		return m.plainKey(msg)
	}
	return m, m.keepProgress()
}

// requiredScopeNote says why scope cannot be unticked, on the full screen
// and in line-by-line prompts alike.
func requiredScopeNote(scope string) string {
	return scope + " is required: the hub checks the connection with it."
}

func withToggled(names []string, name string) []string {
	var out []string
	found := false
	for _, n := range names {
		if n == name {
			found = true
			continue
		}
		out = append(out, n)
	}
	if !found {
		out = append(out, name)
	}
	return out
}

// presetKeys maps the keys of the scopes step to the preset each picks.
var presetKeys = map[string]string{
	"r": airtable.PresetReadOnly,
	"w": airtable.PresetReadWrite,
	"a": airtable.PresetAll,
}

// presetFor returns the scopes of the preset picked with key k; any other
// key picks all of them.
func presetFor(k string) []string {
	name, ok := presetKeys[k]
	if !ok {
		name = airtable.PresetAll
	}
	return presetScopes(name)
}

// presetScopes returns the scopes of the preset called name.
func presetScopes(name string) []string {
	scopes, _ := airtable.Preset(name)
	return scopes
}

func (m Model) scopesLines() []line {
	out := m.guideLines()
	out = append(out, txt(""))
	compact := m.height < 30
	for i, g := range airtable.GuideScopes {
		box := "[ ] "
		if m.scopes.on[g.Name] {
			box = "[x] "
		}
		row := "  " + box + g.Name
		if i == m.scopes.cursor {
			row = m.styles.Focus.Render("> " + box + g.Name)
		}
		if g.Required {
			row += " (required)"
		}
		out = append(out, line{text: row, focus: i == m.scopes.cursor})
		if !compact || i == m.scopes.cursor {
			out = append(out, txt("      "+m.styles.Muted.Render(g.Meaning)))
		}
	}
	out = append(out, txt(""),
		txt("↑/↓ move; space or → ticks, ← unticks."),
		txt("Presets: r read only, w read and write records, a all eight."),
		txt(""), txt("Add these in Airtable, in this order:"))
	for _, n := range m.scopes.chosen() {
		out = append(out, txt("  "+n))
	}
	return out
}
