package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// styleRenderer is what the mark of a check row is drawn with.
type styleRenderer = lipgloss.Style

// maskEmail keeps the first letter of the name and the whole domain, as in
// u***@example.com, so a shared screen shows whose account it is without
// giving the address away.
func maskEmail(email string) string {
	name, domain, ok := strings.Cut(email, "@")
	if !ok || name == "" {
		return "***"
	}
	return string([]rune(name)[:1]) + "***@" + domain
}

// togglePresenter switches presenter mode on any step; the field count,
// the email and every length follow at once.
func (m Model) togglePresenter() Model {
	m.presenter = !m.presenter
	m.paste.setPresenter(m.presenter)
	if m.presenter {
		m.note = "Presenter mode is on: the token, its length and the email are hidden."
	} else {
		m.note = "Presenter mode is off."
	}
	return m
}
