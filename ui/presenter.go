package ui

import (
	"regexp"
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

// lengthPhrases turn sentences that name a token's length into ones that
// do not, for presenter mode. Each pattern matches wording of the airtable
// package's shape messages; anything else naming characters is caught by
// the last one.
var lengthPhrases = []struct {
	re   *regexp.Regexp
	with string
}{
	{
		regexp.MustCompile(`Personal access tokens have \d+ characters; this one has \d+\.`),
		"This is not the length of a personal access token.",
	},
	{
		regexp.MustCompile(`It also has \d+ characters where a personal access token has \d+:`),
		"It is also not the length of a personal access token:",
	},
	{
		regexp.MustCompile(`This is \d+ characters long, but a token has \d+\.`),
		"This is much longer than a token.",
	},
	{regexp.MustCompile(` \(\d+ characters, where one token has \d+\)`), ""},
	{
		regexp.MustCompile(` \(\d+ characters, the part before the dot\)`),
		" (the part before the dot)",
	},
	{regexp.MustCompile(` A whole token has \d+ characters\.`), ""},
	{regexp.MustCompile(`\b\d+ characters?\b`), "characters"},
}

// hideLengths removes every token length from s when presenting, so a
// shared screen gives away nothing about the token.
func (m Model) hideLengths(s string) string {
	if !m.presenter {
		return s
	}
	for _, p := range lengthPhrases {
		s = p.re.ReplaceAllString(s, p.with)
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
