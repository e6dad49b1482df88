package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/airtable-connect/airtable-connect/airtable"
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

// hideLengths removes every token length from s when presenting, so a
// shared screen gives away nothing about the token. The only sentences that
// name a length are the shape findings, so each one known to the model is
// worded again by the airtable package without lengths.
//
// TODO: have the paste and verify steps call ShapeError.Describe and
// Report.WithoutLengths directly, then drop this string-level pass.
func (m Model) hideLengths(s string) string {
	if !m.presenter {
		return s
	}
	for _, e := range []*airtable.ShapeError{m.paste.shape, m.paste.warn} {
		if e != nil {
			s = strings.ReplaceAll(s, e.Message(), e.Describe(true))
			s = replaceFinding(s, e)
		}
	}
	for _, p := range m.verify.report.Problems {
		if p.Shape != nil && p.Message != "" {
			s = strings.ReplaceAll(s, p.Message, p.Text(true))
		}
	}
	return s
}

// replaceFinding words the finding of e in s without lengths.
func replaceFinding(s string, e *airtable.ShapeError) string {
	if f := e.Finding(); f != "" {
		s = strings.ReplaceAll(s, f, e.DescribeFinding(true))
	}
	return s
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
