package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/store"
)

func (m Model) linkKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Open) && m.cfg.HubURL != "":
		return m.startOpen(m.cfg.HubURL)
	case key.Matches(msg, m.keys.CopyToken):
		if m.presenter {
			m.note = "Copying the token is off in presenter mode."
			return m, nil
		}
		m.note = "Token copied (if your terminal allows copying). Paste it in the hub."
		return m, tea.SetClipboard(m.token())
	case key.Matches(msg, m.keys.Next):
		m.result.Linked = true // "Press Enter when the account is linked."
	}
	return m.plainKey(msg)
}

func (m Model) linkLines() []line {
	out := m.guideLines()
	if m.cfg.HubURL != "" {
		out = append(out, txt(""), txt("Your hub:"), m.hyperlink(m.cfg.HubURL))
		if m.canOpen() {
			out = append(out, txt("Press o to open it in your browser."))
		}
		if m.browser.outcome != "" && m.browser.tried {
			out = append(out, txt(m.browser.outcome))
		}
	}
	if !m.presenter {
		out = append(out, txt(""), txt("Press t to copy the token for pasting in the hub."))
	}
	return append(out, txt(""), txt("Press Enter when the account is linked."))
}

func (m Model) summaryKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Next) {
		m.quitting = true
		return m, tea.Sequence(m.clearProgress(), tea.Quit)
	}
	return m.plainKey(msg)
}

func (m Model) summaryLines() []line {
	r := m.verify.report
	out := []line{txt("Profile: " + m.result.Profile), txt("Account: " + m.account())}
	if len(r.Bases) == 0 {
		out = append(out, txt("Bases: none"))
	}
	for _, b := range r.Bases {
		out = append(out, txt("Base: "+b.Name+" ("+b.PermissionLevel+")"))
	}
	switch {
	case !m.result.Saved:
		out = append(out, txt("Saved: no"))
	case m.cfg.Demo:
		out = append(out, txt("Saved: in a practice store, thrown away on exit"))
	case m.result.Storage == store.LocationFile:
		out = append(out, txt("Saved: in the file"), line{whole: m.result.Path})
	default:
		out = append(out, txt("Saved: in the system keyring"))
	}
	out = append(out, txt(""))
	switch {
	case r.Ready() && m.result.Saved && m.cfg.Demo:
		out = append(out, txt(m.styles.OK.Render("Practice done.")+" Nothing real was "+
			"read or kept. Run again without --demo to connect your own account."))
	case r.Ready() && m.result.Saved:
		out = append(out, txt(m.styles.OK.Render("All set: the token works and is saved.")))
	default:
		out = append(out, txt(m.styles.Warn.Render("Not finished: ")+m.notReadyReason()))
	}
	out = append(out, txt(""))
	out = append(out, m.guideLines()...)
	return append(out, txt(""), txt("Press Enter to finish."))
}

func (m Model) notReadyReason() string {
	r := m.verify.report
	switch {
	case len(r.Bases) == 0:
		return "the token reaches no base. Add a base under the token's access in " +
			"the Builder Hub, then run this again."
	case !r.Ready():
		return "the check found problems. Fix them in the Builder Hub and run this again."
	}
	return "the token was not saved. Run this again to save it."
}
