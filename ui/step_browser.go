package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/steps"
)

// browserState remembers what happened when a page was opened.
type browserState struct {
	tried   bool   // Enter on the Builder Hub step has asked for the page
	opened  bool   // the Builder Hub page opened at least once
	pending bool   // an opener is running
	outcome string // what a person reads about the last attempt
}

// openedMsg answers openCmd with the opener's result for url.
type openedMsg struct {
	url    string
	result browser.Result
}

// openCmd runs the browser opener off the UI loop.
func (m Model) openCmd(url string) tea.Cmd {
	open := m.cfg.Open
	ctx := m.ctx
	return func() tea.Msg {
		return openedMsg{url: url, result: open(ctx, url)}
	}
}

// canOpen reports whether a browser may be opened at all.
func (m Model) canOpen() bool { return m.cfg.Open != nil && !m.cfg.NoBrowser }

// startOpen asks for url, or explains why no browser will open.
func (m Model) startOpen(url string) (Model, tea.Cmd) {
	if !m.canOpen() {
		m.browser.outcome = "No browser is opened here. " + byHand
		return m, nil
	}
	m.browser.pending = true
	m.browser.outcome = "Opening your browser…"
	return m, m.openCmd(url)
}

func (m Model) opened(msg openedMsg) Model {
	m.browser.pending = false
	m.browser.outcome = openOutcome(msg.result)
	if msg.result.Opened && msg.url == steps.TokensURL {
		m.browser.opened = true
	}
	return m
}

// byHand is the advice that closes every outcome where no page opened.
const byHand = "Open the address above by hand."

// openOutcome words the opener's result as whole sentences. The opener's
// reason is a full sentence of its own and is never wrapped in brackets.
func openOutcome(r browser.Result) string {
	reason := sentence(r.Reason)
	switch {
	case r.Opened:
		return "The page opened in your browser."
	case r.Skipped && reason != "":
		return reason + " " + byHand
	case r.Skipped:
		return "No browser was started here. " + byHand
	case reason != "":
		return "The browser did not open. " + reason + " " + byHand
	}
	return "The browser did not open. " + byHand
}

// sentence trims s and makes sure it ends like a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

func (m Model) builderHubKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Next):
		if !m.browser.tried && m.canOpen() {
			m.browser.tried = true
			return m.startOpen(steps.TokensURL)
		}
		return m.next()
	case key.Matches(msg, m.keys.Open):
		m.browser.tried = true
		return m.startOpen(steps.TokensURL)
	case key.Matches(msg, m.keys.CopyURL):
		m.note = "Address copied (if your terminal allows copying)."
		return m, tea.SetClipboard(steps.TokensURL)
	}
	return m.plainKey(msg)
}

func (m Model) builderHubLines() []line {
	out := m.guideLines()
	out = append(out, m.hyperlink(steps.TokensURL), txt(""))
	switch {
	case m.browser.outcome != "":
		// The outcome is what just changed: keep it in view.
		out = append(out, line{text: m.browserOutcome(), focus: true})
		if !m.browser.pending {
			out = append(out, line{text: "Press Enter when the page is open.", focus: true})
		}
	case m.canOpen():
		out = append(out, line{text: "Press Enter to open it in your browser.", focus: true})
	default:
		out = append(out, line{
			text:  "Open the address in your browser, then press Enter.",
			focus: true,
		})
	}
	return out
}

func (m Model) browserOutcome() string {
	if m.browser.opened && !m.browser.pending {
		return m.styles.OK.Render("✓ ") + m.browser.outcome
	}
	return m.browser.outcome
}
