package ui

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// panicky panics in a command or in Update, as told.
type panicky struct{ inCommand bool }

type boomMsg struct{}

func (p panicky) Init() tea.Cmd {
	if p.inCommand {
		return func() tea.Msg { panic("boom in command") }
	}
	return func() tea.Msg { return boomMsg{} }
}

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(boomMsg); ok {
		panic("boom in update")
	}
	return p, nil
}

func (p panicky) View() tea.View { return tea.NewView("running") }

func TestPanicReportIsKeptForAfterTheScreen(t *testing.T) {
	for name, inCommand := range map[string]bool{"update": false, "command": true} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			p := tea.NewProgram(panicky{inCommand: inCommand},
				tea.WithInput(nil), tea.WithOutput(&out), tea.WithoutSignals())
			_, err := runProgram(p)

			var pe *PanicError
			if !errors.As(err, &pe) {
				t.Fatalf("want a *PanicError, got %v", err)
			}
			if !strings.Contains(pe.Report, "boom in "+name) {
				t.Errorf("report does not hold the panic value:\n%s", pe.Report)
			}
			if strings.Contains(out.String(), "boom") {
				t.Error("the panic report reached the wizard's screen")
			}
		})
	}
}
