package ui

import (
	"context"
	"os"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/steps"
)

// Minimum window the wizard lays itself out in.
const (
	minWidth  = 40
	minHeight = 12
)

// Model is the root of the wizard. It owns the window size, the current
// step and the routing of messages; each step's behaviour lives in its own
// file. Create it with New.
type Model struct {
	cfg    Config
	ctx    context.Context
	all    []steps.Step
	step   int
	keys   keyMap
	help   help.Model
	styles Styles
	dark   bool
	colour bool
	spin   spinner.Model

	width, height int
	scroll        int
	showHelp      bool
	acted         bool // the person pressed a key on this step: follow the focus
	presenter     bool
	note          string // one-line outcome of the last key, such as a copy
	quitting      bool   // the program is ending: the last frame is empty

	welcome welcomeState
	browser browserState
	scopes  scopeState
	access  accessState
	paste   pasteState
	verify  verifyState
	save    saveState
	resume  resumeState

	result Result
}

// New builds the wizard for cfg. It reads NO_COLOR and CLICOLOR_FORCE from
// the environment once; the caller runs the model with Run or its own
// program.
func New(cfg Config) Model {
	colour, _ := colourFromEnv(os.Getenv)
	m := Model{
		cfg:       cfg,
		ctx:       context.Background(),
		all:       steps.All(),
		keys:      defaultKeyMap(),
		help:      help.New(),
		dark:      true,
		colour:    colour,
		spin:      spinner.New(spinner.WithSpinner(spinner.Line)),
		presenter: cfg.Presenter,
		width:     80,
		height:    24,
	}
	m.styles = newStyles(m.dark, m.colour)
	m.help.Styles = m.styles.Help
	m.welcome = newWelcome(cfg.Profile)
	m.scopes = newScopeState()
	m.access = accessState{choice: steps.AccessSpecific}
	m.paste = newPasteState(m.presenter)
	m.welcome.input.WithTheme(fieldTheme(m.colour))
	m.paste.input.WithTheme(fieldTheme(m.colour))
	m.resume = loadResume(progressPath(cfg))
	m.result.Profile = m.profile()
	return m
}

// Init asks the terminal for its background colour, so the styles suit a
// light or dark theme, and focuses the first field.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.welcome.input.Focus())
}

// Update routes each message to the helper for its kind. Keys go to the
// current step; command answers go to the step that sent the command.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		m.welcome.input.WithWidth(msg.Width)
		m.paste.input.WithWidth(msg.Width)
		return m, nil
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.styles = newStyles(m.dark, m.colour)
		m.help.Styles = m.styles.Help
		m.welcome.input.Update(msg)
		m.paste.input.Update(msg)
		return m, nil
	case tea.KeyPressMsg:
		return m.updateKey(msg)
	case tea.PasteMsg:
		if m.tooSmall() {
			return m, nil
		}
		m.scroll, m.acted = 0, true
		return m.updateFields(msg)
	case spinner.TickMsg:
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	}
	return m.updateResult(msg)
}

// updateKey handles the keys every step shares, then hands the key to the
// current step.
func (m Model) updateKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Quit) {
		return m.interrupt()
	}
	if m.tooSmall() {
		return m, nil // nothing that a key changes could be seen
	}
	// Tab and shift+Tab mirror each other on every screen: Tab goes on like
	// Enter, shift+Tab goes back like Esc.
	switch msg.String() {
	case "tab":
		msg = tea.KeyPressMsg{Code: tea.KeyEnter}
	case "shift+tab":
		msg = tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	if m.showHelp {
		return m.helpKey(msg)
	}
	if m.resume.offered {
		return m.resumeKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Presenter):
		m = m.togglePresenter()
		return m, nil
	case key.Matches(msg, m.keys.Scroll):
		m.scrollBy(msg.String())
		return m, nil
	case key.Matches(msg, m.keys.Help) && !m.typing():
		m.showHelp, m.scroll = true, 0
		return m, nil
	}
	// Whatever the key changes is drawn where the focus is, so the view
	// goes back there from any scrolled position.
	m.note, m.scroll, m.acted = "", 0, true
	return m.stepKey(msg)
}

// updateResult hands a command's answer to the step that sent it.
func (m Model) updateResult(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case openedMsg, verifiedMsg, savedMsg:
		// An answer to what the person did arrived: bring it into view.
		m.scroll, m.acted = 0, true
	}
	switch msg := msg.(type) {
	case openedMsg:
		return m.opened(msg), nil
	case verifiedMsg:
		return m.verified(msg)
	case savedMsg:
		return m.saved(msg)
	}
	return m.updateFields(msg)
}

// interrupt cancels any request in flight and leaves without saving.
func (m Model) interrupt() (tea.Model, tea.Cmd) {
	for _, cancel := range []context.CancelFunc{m.verify.cancel, m.save.cancel} {
		if cancel != nil {
			cancel()
		}
	}
	m.quitting = true
	m.result.ProgressKept = m.cfg.StateDir != "" && !m.result.Saved &&
		(m.step > 0 || m.resume.offered)
	return m, tea.Interrupt
}

// tooSmall reports whether the window is below the size the wizard lays
// itself out in; then only Ctrl+C acts.
func (m Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

// current returns the step on screen.
func (m Model) current() steps.Step { return m.all[m.step] }

// typing reports whether the step on screen has a text field in focus, in
// which case letters belong to the field and are no shortcuts.
func (m Model) typing() bool {
	switch m.current().ID {
	case steps.Welcome, steps.PasteToken:
		return true
	}
	return false
}

// goTo moves to the step called id, resetting the scroll position and
// keeping the progress for a later run.
func (m Model) goTo(id steps.ID) (Model, tea.Cmd) {
	if i := steps.Index(id); i >= 0 {
		m.step = i
	}
	m.scroll, m.acted = 0, false // a step opens at its top
	return m, m.keepProgress()
}

func (m Model) next() (Model, tea.Cmd) { return m.goTo(m.current().Next) }

// back moves to the step before the current one.
func (m Model) back() (Model, tea.Cmd) {
	if m.step == 0 {
		return m, nil
	}
	return m.goTo(m.all[m.step-1].ID)
}

// scrollBy moves the window a page up or down, never past either end, so
// the opposite key always moves it back at once.
func (m *Model) scrollBy(k string) {
	body, avail := m.layout(m.headLines(), m.footLines())
	if len(body.rows) <= avail {
		m.scroll = 0
		return
	}
	n := max(avail-1, 1)
	page := n
	if n > 8 {
		page = n - 1 // one row of overlap keeps the reader's place
	}
	if k == "pgup" {
		page = -page
	}
	base := m.focusTop(body, n)
	m.scroll = clampTop(base+m.scroll+page, len(body.rows), n) - base
}
