package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/steps"
)

// keyMap lists every key the wizard reacts to. Only keys that reach the
// program inside tmux and GNU screen are used.
type keyMap struct {
	Next      key.Binding
	Back      key.Binding
	Up        key.Binding
	Down      key.Binding
	Toggle    key.Binding
	Tick      key.Binding
	Untick    key.Binding
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
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Toggle:    key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "tick")),
		Tick:      key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "tick")),
		Untick:    key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "untick")),
		Open:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open page")),
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

// fullKeys lists, for the help, only the keys that act on the step on
// screen: its own keys, then presenter mode, scrolling and quitting. Tab
// and shift+Tab are named next to Enter and Esc, whose work they do.
func (m Model) fullKeys() []key.Binding {
	k := m.keys
	var out []key.Binding
	shown := m
	shown.showHelp = false // the keys of the step under the help
	for _, b := range shown.shortKeys() {
		switch b.Help().Key {
		case k.Next.Help().Key:
			b.SetHelp("enter/tab", b.Help().Desc)
		case k.Back.Help().Key:
			b.SetHelp("esc/shift+tab", "back") // the keys line keeps only esc
		case k.Toggle.Help().Key:
			b.SetHelp("space/→/←", "tick or untick; → ticks, ← unticks")
		case k.Help.Help().Key, k.Quit.Help().Key, k.Presenter.Help().Key:
			continue
		}
		out = append(out, b)
	}
	if m.current().ID == steps.PasteToken {
		out = append(out, key.NewBinding(key.WithKeys("ctrl+u"),
			key.WithHelp("ctrl+u", "clear the field")))
	}
	return append(out, k.Presenter, k.Scroll, k.Quit)
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
