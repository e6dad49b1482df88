package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap lists every key the wizard reacts to. Only keys that reach the
// program inside tmux and GNU screen are used.
type keyMap struct {
	Next      key.Binding
	Back      key.Binding
	Up        key.Binding
	Down      key.Binding
	Toggle    key.Binding
	Open      key.Binding
	CopyURL   key.Binding
	CopyToken key.Binding
	Presets   key.Binding
	Presenter key.Binding
	Scroll    key.Binding
	Help      key.Binding
	Quit      key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Next:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Back:      key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", "back")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j", "tab"), key.WithHelp("↓/j", "down")),
		Toggle:    key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "tick")),
		Open:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open in browser")),
		CopyURL:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy")),
		CopyToken: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "copy token")),
		Presets: key.NewBinding(key.WithKeys("r", "w", "a"),
			key.WithHelp("r/w/a", "read only / read+write / all")),
		Presenter: key.NewBinding(key.WithKeys("ctrl+p"),
			key.WithHelp("ctrl+p", "presenter mode")),
		Scroll: key.NewBinding(key.WithKeys("pgup", "pgdown"),
			key.WithHelp("pgup/pgdn", "scroll")),
		Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
}

// helpKeys adapts the key map to the help component for one step: short
// lists the keys that matter on that step, full lists them all.
type helpKeys struct {
	short []key.Binding
	all   keyMap
}

// ShortHelp returns the keys shown under every screen.
func (h helpKeys) ShortHelp() []key.Binding { return h.short }

// FullHelp returns every key, grouped in columns.
func (h helpKeys) FullHelp() [][]key.Binding {
	k := h.all
	// The short help keeps "esc" alone to save room; here both keys show.
	back := k.Back
	back.SetHelp("esc/shift+tab", "back")
	return [][]key.Binding{
		{k.Next, back, k.Up, k.Down, k.Toggle},
		{k.Open, k.CopyURL, k.CopyToken, k.Presets, k.Presenter},
		{k.Scroll, k.Help, k.Quit},
	}
}

// helpKey serves the open help: PgUp and PgDn scroll it, Esc, ? and q
// close it, and every other key is ignored, so a reader does not lose it
// by accident.
func (m Model) helpKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "pgup", "pgdown":
		m.scrollBy(msg.String())
	case "esc", "?", "q":
		m.showHelp, m.scroll = false, 0
	}
	return m, nil
}
