package ui

import (
	"context"
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/store"
)

// savePhase is where saving stands.
type savePhase int

const (
	saveIdle     savePhase = iota
	saveRunning            // a save command is in flight
	saveAskFile            // no keyring: may we use a file? (default No)
	saveLocked             // the keyring did not answer: retry or a file
	saveFailed             // the keyring refused, or the file could not be written
	saveDeclined           // the person chose not to save
	saveDone
)

// saveState is the save step: its phase, where the token went, and the
// choice the cursor is on.
type saveState struct {
	phase  savePhase
	cancel context.CancelFunc // stops a keyring call when the person leaves
	choice int
	err    error
	loc    store.Location
	path   string
}

// savedMsg answers startSave: where the token was saved, or why not.
type savedMsg struct {
	loc  store.Location
	path string
	err  error
}

// startSave keeps the token: in the keyring first, or in a file when the
// person agreed to one (toFile) or the caller asked for insecure storage.
func (m Model) startSave(toFile bool) (Model, tea.Cmd) {
	toFile = toFile || m.cfg.InsecureStorage
	ctx, cancel := context.WithCancel(m.ctx)
	m.save = saveState{phase: saveRunning, cancel: cancel}
	st, token, p := m.cfg.Store, m.token(), m.profileRecord()
	return m, func() tea.Msg {
		defer cancel()
		return saveToken(ctx, st, token, p, toFile)
	}
}

func saveToken(ctx context.Context, st TokenStore, token string, p store.Profile,
	toFile bool,
) savedMsg {
	msg := savedMsg{loc: store.LocationKeyring}
	if toFile {
		msg.loc = store.LocationFile
		msg.path, msg.err = st.SaveFile(p.Name, token)
	} else {
		msg.err = st.SaveKeyring(ctx, p.Name, token)
	}
	if msg.err != nil {
		return msg
	}
	p.Storage, p.Path = msg.loc, msg.path
	msg.err = st.SaveProfile(p)
	return msg
}

// profileRecord is what is kept about the connection, never the token.
func (m Model) profileRecord() store.Profile {
	r := m.verify.report
	p := store.Profile{
		Name: m.result.Profile, UserID: r.UserID, Email: r.Email,
		Scopes: m.scopes.chosen(), VerifiedAt: time.Now(),
	}
	p.Bases = append(p.Bases, r.Bases...)
	return p
}

func (m Model) saved(msg savedMsg) (tea.Model, tea.Cmd) {
	s := &m.save
	s.err, s.choice = msg.err, 0
	switch {
	case msg.err == nil:
		s.phase, s.loc, s.path = saveDone, msg.loc, msg.path
		m.result.Saved, m.result.Storage, m.result.Path = true, msg.loc, msg.path
		return m, m.clearProgress() // nothing is left to continue in a later run
	case msg.loc == store.LocationKeyring && errors.Is(msg.err, store.ErrUnavailable):
		s.phase = saveAskFile
	case msg.loc == store.LocationKeyring && errors.Is(msg.err, store.ErrLocked):
		s.phase = saveLocked
	default: // a refusal or a failed write: never a silent fallback
		s.phase = saveFailed
	}
	return m, nil
}

func (m Model) saveChoices() []choice {
	retry := choice{"Try the keyring again", func(m Model) (Model, tea.Cmd) {
		return m.startSave(false)
	}}
	file := choice{"Save it to a file instead", func(m Model) (Model, tea.Cmd) {
		return m.startSave(true)
	}}
	decline := choice{"Do not save it", func(m Model) (Model, tea.Cmd) {
		m.save.phase = saveDeclined
		return m, nil
	}}
	switch m.save.phase {
	case saveAskFile:
		return []choice{
			{"No, do not save it", decline.act},
			{"Yes, save it to a file", file.act},
		}
	case saveLocked, saveFailed:
		return []choice{retry, file, decline}
	}
	return nil
}

func (m Model) saveKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s := &m.save
	choices := m.saveChoices()
	switch {
	case s.phase == saveRunning:
		return m, nil
	case len(choices) == 0:
		return m.plainKey(msg)
	}
	return m.choiceKey(msg, choices, func(m *Model) *int { return &m.save.choice })
}

// practiceSaveNote tells, in practice mode, where the token goes; both the
// full-screen save step and the line-by-line one say it.
const practiceSaveNote = "Practice mode: the token goes into a practice store, never " +
	"into your real keyring."

func (m Model) saveLines() []line {
	s := m.save
	out := m.guideLines()
	if m.cfg.Demo {
		out = []line{txt(practiceSaveNote)}
	}
	out = append(out, txt(""))
	switch s.phase {
	case saveRunning:
		out = append(out, txt("Saving… If your system asks to unlock the keyring, do so."))
	case saveDone:
		out = append(out, line{text: m.styles.OK.Render("✓ ") + m.whereSaved(), focus: true},
			txt(""), line{text: "Press Enter to link the account in the hub.", focus: true})
	case saveDeclined:
		out = append(out, line{text: "The token was not saved. Keep it somewhere safe " +
			"yourself.", focus: true}, line{text: "Press Enter to go on.", focus: true})
	case saveAskFile:
		out = append(out, txt(m.styles.Warn.Render("No system keyring can be reached here.")),
			txt("The token can go into a file that only you can read. Anyone with "+
				"your user account could still read it. Save it to a file?"))
	case saveLocked:
		out = append(out, txt(m.styles.Warn.Render("The system keyring did not answer; "+
			"it may be locked.")), txt("Unlock it and try again, or choose a file."))
	case saveFailed:
		out = append(out, txt(m.styles.Err.Render("The token could not be saved.")),
			txt(saveProblem(s.err)))
	}
	for i, c := range m.saveChoices() {
		out = append(out, m.choiceLine(c.label, i == s.choice))
	}
	return out
}

// saveProblem explains a failed save without repeating the raw error,
// which may name paths or keyring internals.
func saveProblem(err error) string {
	var rejected *store.RejectedError
	if errors.As(err, &rejected) {
		return "The keyring refused it (access denied or the prompt was " +
			"dismissed). Try again and allow access, or choose a file."
	}
	return "Writing it failed. Check that your config folder is writable, then try again."
}

// whereSaved says where the token went, in a person's words.
func (m Model) whereSaved() string {
	if m.cfg.Demo {
		return "Saved in a practice store, which is thrown away when this program ends."
	}
	if m.save.loc == store.LocationFile {
		return "Saved to the file " + m.save.path
	}
	return "Saved in your system keyring."
}
