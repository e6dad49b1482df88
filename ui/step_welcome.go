package ui

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/airtable-connect/airtable-connect/store"
)

// welcomeState holds the profile name field of the first step.
type welcomeState struct {
	input     *huh.Input
	suggested string // the name offered at the start
	err       string
	cleared   bool // a token-shaped value was just cleared from the field
}

func newWelcome(profile string) welcomeState {
	if profile == "" {
		profile = "default"
	}
	value := profile
	in := huh.NewInput().Title("Profile name").Prompt("> ").Value(&value)
	in.Focus()
	return welcomeState{input: in, suggested: profile}
}

// profile returns the profile name as typed so far.
func (m Model) profile() string {
	v, _ := m.welcome.input.GetValue().(string)
	return v
}

func (m Model) welcomeKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Next):
		if err := store.ValidateProfileName(m.profile()); err != nil {
			m.welcome.err = nameProblem(m.profile(), err)
			return m, nil
		}
		m.welcome.err = ""
		m.result.Profile = m.profile()
		return m.next()
	case key.Matches(msg, m.keys.Back):
		return m, nil
	}
	return m.welcomeField(msg)
}

// welcomeField passes msg to the profile name field. A value that looks
// like a token is cleared at once, before any frame shows it, since this
// field is shown in clear even in presenter mode.
func (m Model) welcomeField(msg tea.Msg) (tea.Model, tea.Cmd) {
	before := m.profile()
	_, cmd := m.welcome.input.Update(msg)
	if tokenShaped(m.profile()) {
		empty := ""
		m.welcome.input.Value(&empty)
		m.welcome.cleared, m.welcome.err = true, ""
	} else if m.profile() != before {
		m.welcome.cleared = false
	}
	return m, cmd
}

// nameProblem says which rule the refused name broke, never repeating the
// name.
func nameProblem(name string, err error) string {
	if errors.Is(err, store.ErrInvalidProfile) {
		return profileRule(name)
	}
	return "That profile name cannot be used. Try another."
}

// welcomeLines puts what a person reads first at the top. In a small
// window the field may sit below the fold, under the "more" marker, until
// the person types in it or its name is refused; then it is kept in view.
func (m Model) welcomeLines() []line {
	out := m.guideLines()
	out = append(out, txt(""),
		txt("The profile name lets you keep more than one connection."))
	focus := m.welcome.err != "" || m.welcome.cleared || m.profile() != m.welcome.suggested
	out = append(out, line{text: m.welcome.input.View(), focus: focus})
	if m.welcome.err != "" {
		out = append(out, line{text: m.styles.Err.Render(m.welcome.err), focus: true})
	}
	if m.welcome.cleared {
		out = append(out, line{text: m.styles.Err.Render(tokenMovedNote), focus: true})
	}
	mode := "off"
	if m.presenter {
		mode = "on"
	}
	out = append(out, txt(""),
		txt("Presenter mode (for screen sharing) is "+mode+": ctrl+p switches it."),
		txt("For plain line-by-line prompts, run again with --accessible."))
	return out
}
