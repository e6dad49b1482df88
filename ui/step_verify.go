package ui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
)

// verifyPhase is where the live check stands.
type verifyPhase int

const (
	verifyIdle verifyPhase = iota
	verifyRunning
	verifyDone
)

// verifyState is the live check: its phase, its report, and on failure the
// choice the cursor is on.
type verifyState struct {
	phase  verifyPhase
	gen    int // which run an answer belongs to; stale answers are dropped
	cancel context.CancelFunc
	report airtable.Report
	err    error
	choice int
}

// verifiedMsg answers startVerify with the report of run gen.
type verifiedMsg struct {
	gen    int
	report airtable.Report
	err    error
}

// startVerify runs the check off the UI loop under a context that Ctrl+C
// and Esc cancel.
func (m Model) startVerify() (Model, tea.Cmd) {
	ctx, cancel := context.WithCancel(m.ctx)
	gen := m.verify.gen + 1
	m.verify = verifyState{phase: verifyRunning, gen: gen, cancel: cancel}
	v, token, scopes := m.cfg.Verifier, m.token(), m.scopes.chosen()
	run := func() tea.Msg {
		r, err := v.Verify(ctx, token, scopes)
		return verifiedMsg{gen: gen, report: r, err: err}
	}
	return m, tea.Batch(run, m.spin.Tick)
}

func (m Model) verified(msg verifiedMsg) (tea.Model, tea.Cmd) {
	if msg.gen != m.verify.gen || m.verify.phase != verifyRunning {
		return m, nil
	}
	m.verify.cancel()
	m.verify.phase, m.verify.report, m.verify.err = verifyDone, msg.report, msg.err
	m.verify.choice = 0
	m.result.Report = msg.report
	return m, nil
}

func (m Model) verifyChoices() []choice {
	paste := choice{"Paste the token again", func(m Model) (Model, tea.Cmd) {
		// A fresh paste must not land after the token that failed.
		m.clearToken()
		return m.goTo(steps.PasteToken)
	}}
	scopes := choice{
		"Go back to the scopes",
		func(m Model) (Model, tea.Cmd) { return m.goTo(steps.Scopes) },
	}
	// A missing scope is fixed at the scopes; any other failure, such as a
	// refused token, by pasting again, and the scopes are no way out.
	out := []choice{paste}
	switch {
	case m.verify.err != nil:
		// The check was stopped part way: nothing is known about the token.
		return []choice{{"Check again", Model.startVerify}, paste, m.quitChoice()}
	case scopeMissing(m.verify.report):
		out = []choice{scopes, paste}
	case m.verify.report.Outcome == airtable.OutcomeUnreachable:
		// Airtable shows a token only once: the same token is checked
		// again rather than asked for anew.
		out = []choice{{"Check again", Model.startVerify}, paste}
	}
	if saveAnywayAllowed(m.verify) {
		out = append(out, choice{"Save it anyway", func(m Model) (Model, tea.Cmd) {
			m, cmd := m.next()
			m, save := m.startSave(false)
			return m, tea.Batch(cmd, save)
		}})
	}
	return append(out, m.quitChoice())
}

// quitChoice leaves the wizard without saving, as Ctrl+C does.
func (m Model) quitChoice() choice {
	return choice{"Quit without saving", func(m Model) (Model, tea.Cmd) {
		left, cmd := m.interrupt()
		return left.(Model), cmd
	}}
}

// shapeReported reports whether the report already names the token's
// shape, in the token row or a warning row, so it is not said twice.
func shapeReported(r airtable.Report) bool {
	for _, p := range r.Problems {
		if p.Shape != nil || p.Kind == airtable.KindTokenShape {
			return true
		}
	}
	return false
}

// scopeMissing reports whether a chosen scope is what failed, for a token
// Airtable accepted.
func scopeMissing(r airtable.Report) bool {
	if !r.Valid && r.Outcome == airtable.OutcomeRejected {
		return false
	}
	for _, p := range r.Failures() {
		if p.Kind == airtable.KindScopeMissing {
			return true
		}
	}
	return false
}

// saveAnywayAllowed is true only when what failed is an optional scope or
// Airtable could not be reached; never for a refused token or no base.
func saveAnywayAllowed(v verifyState) bool {
	r := v.report
	if v.err != nil || r.Ready() {
		return false
	}
	if r.Outcome == airtable.OutcomeUnreachable {
		return true
	}
	if r.Outcome != airtable.OutcomeMissing || len(r.Bases) == 0 {
		return false
	}
	for _, p := range r.Failures() {
		if p.Kind != airtable.KindScopeMissing || p.Scope == airtable.ScopeUserEmailRead {
			return false
		}
	}
	return true
}

func (m Model) verifyKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	v := &m.verify
	switch {
	case v.phase == verifyRunning && key.Matches(msg, m.keys.Back):
		v.cancel()
		v.phase = verifyIdle
		return m.back()
	case v.phase != verifyDone:
		return m, nil
	case m.verify.report.Ready() && key.Matches(msg, m.keys.Next):
		m, cmd := m.next()
		m, save := m.startSave(false)
		return m, tea.Batch(cmd, save)
	case m.verify.report.Ready():
		return m.plainKey(msg)
	}
	return m.choiceKey(msg, m.verifyChoices(), func(m *Model) *int { return &m.verify.choice })
}

func (m Model) verifyLines() []line {
	v := m.verify
	out := m.guideLines()
	out = append(out, txt(""))
	if w := m.paste.warn; w != nil && (v.phase != verifyDone || !shapeReported(v.report)) {
		out = append(out, txt(m.styles.Warn.Render("! "+w.Describe(m.presenter))))
	}
	switch v.phase {
	case verifyIdle:
		return append(out, txt("The check was stopped. Press Esc to paste the token again."))
	case verifyRunning:
		return append(out, txt(m.spin.View()+" Asking Airtable…"),
			txt(m.styles.Muted.Render("Esc stops the check.")))
	}
	if v.err != nil {
		out = append(out, line{text: "The check was stopped before it finished. " +
			"Enter picks what to do next; Esc goes back to the token.", focus: true})
		for i, c := range m.verifyChoices() {
			out = append(out, m.choiceLine(c.label, i == v.choice))
		}
		return out
	}
	if v.report.Ready() {
		// The verdict comes first, so a small window shows it without
		// scrolling; the table follows for whoever wants the details.
		out = append(out, txt(m.styles.OK.Render("The token works.")+
			" Press Enter to keep it safe."), txt(""))
	}
	if v.report.Valid {
		out = append(out, txt("Account: "+m.account()))
	}
	out = append(out, m.checkLines()...)
	if v.report.Ready() {
		return out
	}
	out = append(out, txt(""))
	// The headline stays in view next to the choices, even when the table
	// above is scrolled away in a small window.
	out = append(out, line{text: m.styles.Err.Render(failureHeadline(v.report)) +
		" What next?", focus: true})
	for i, c := range m.verifyChoices() {
		out = append(out, m.choiceLine(c.label, i == v.choice))
	}
	return out
}

func (m Model) markStyle(s airtable.CheckStatus) styleRenderer {
	switch s {
	case airtable.CheckPassed:
		return m.styles.OK
	case airtable.CheckFailed:
		return m.styles.Err
	case airtable.CheckWarning:
		return m.styles.Warn
	}
	return m.styles.Muted
}

// choiceLine draws one row of a list of choices. Every row is in focus, so
// the whole list stays in view in a small window.
func (m Model) choiceLine(label string, focused bool) line {
	if focused {
		return line{text: m.styles.Focus.Render("> " + label), focus: true}
	}
	return line{text: "  " + label, focus: true}
}

// redact hides the email in presenter mode.
func (m Model) redact(s string) string {
	if !m.presenter || m.verify.report.Email == "" {
		return s
	}
	e := m.verify.report.Email
	return strings.ReplaceAll(s, e, maskEmail(e))
}

// shownReport is the report as the screen shows it: in presenter mode no
// sentence in it names the token's length.
func (m Model) shownReport() airtable.Report {
	if m.presenter {
		return m.verify.report.WithoutLengths()
	}
	return m.verify.report
}

// account names the account the token acts as.
func (m Model) account() string {
	r := m.verify.report
	if r.Email != "" {
		return m.redact(r.Email)
	}
	if r.UserID != "" {
		return "user " + r.UserID
	}
	return "unknown"
}
