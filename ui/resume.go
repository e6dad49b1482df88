package ui

import (
	"encoding/json"
	"os"
	"path/filepath"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/steps"
)

// progressFile is the name of the file that keeps progress between runs;
// practice runs keep theirs in practiceFile, so a real run never continues
// a practice run, nor the reverse.
const (
	progressFile = "progress.json"
	practiceFile = "practice.json"
)

// progressPath is the file this run keeps its progress in, or "" for none.
func progressPath(cfg Config) string {
	if cfg.StateDir == "" {
		return ""
	}
	if cfg.Demo {
		return filepath.Join(cfg.StateDir, practiceFile)
	}
	return filepath.Join(cfg.StateDir, progressFile)
}

// progress is what is kept between runs. It never holds the token.
type progress struct {
	Step          steps.ID     `json:"step"`
	Profile       string       `json:"profile"`
	Scopes        []string     `json:"scopes"`
	Access        steps.Access `json:"access"`
	BrowserOpened bool         `json:"browser_opened"`
}

// resumeState is the offer to continue a run that stopped part way.
type resumeState struct {
	offered bool
	saved   progress
	choice  int
}

// DefaultStateDir returns where progress is kept: $XDG_STATE_HOME, or
// ~/.local/state, under "airtable-connect". It is empty when no home
// folder is known.
func DefaultStateDir() string {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "airtable-connect")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".local", "state", "airtable-connect")
}

// loadResume reads earlier progress from path. Anything unreadable counts
// as no progress: the wizard then simply starts at the beginning.
func loadResume(path string) resumeState {
	if path == "" {
		return resumeState{}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return resumeState{}
	}
	var p progress
	if json.Unmarshal(data, &p) != nil || steps.Index(p.Step) <= 0 {
		return resumeState{}
	}
	return resumeState{offered: true, saved: p}
}

// keepProgress writes the current progress in the background. Once the
// token is saved there is nothing left to continue, so it removes the kept
// progress instead.
func (m Model) keepProgress() tea.Cmd {
	path := progressPath(m.cfg)
	if path == "" || m.resume.offered {
		return nil
	}
	if m.result.Saved {
		return m.clearProgress()
	}
	p := progress{
		Step: m.current().ID, Profile: m.result.Profile,
		Scopes: m.scopes.chosen(), Access: m.access.choice,
		BrowserOpened: m.browser.opened,
	}
	return func() tea.Msg {
		_ = writeProgress(path, p) // progress is a convenience; losing it is harmless
		return nil
	}
}

func writeProgress(path string, p progress) error {
	dir := filepath.Dir(path)
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".progress-*")
	if err != nil {
		return err
	}
	defer func() { _ = os.Remove(tmp.Name()) }() // a no-op once the rename succeeded
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// clearProgress removes the kept progress once the token is saved or the
// person chose to start over.
func (m Model) clearProgress() tea.Cmd {
	path := progressPath(m.cfg)
	if path == "" {
		return nil
	}
	return func() tea.Msg {
		// A file already gone, or one that cannot be removed, only means a
		// later run offers to resume; nothing here can do better.
		_ = os.Remove(path)
		return nil
	}
}

func (m Model) resumeKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Up, m.keys.Down):
		m.resume.choice = 1 - m.resume.choice
	case key.Matches(msg, m.keys.Next):
		m.resume.offered = false
		if m.resume.choice == 0 {
			return m.applyProgress(m.resume.saved)
		}
		return m, m.clearProgress()
	}
	return m, nil
}

// applyProgress puts back what an earlier run kept. A run that stopped
// after the token was pasted goes back to the paste step, since the token
// itself is never kept.
func (m Model) applyProgress(p progress) (Model, tea.Cmd) {
	if p.Profile != "" {
		value := p.Profile
		m.welcome.input.Value(&value)
		m.result.Profile = p.Profile
	}
	if len(p.Scopes) > 0 {
		m.scopes.set(p.Scopes)
	}
	if p.Access == steps.AccessAll || p.Access == steps.AccessSpecific {
		m.access.setChoice(p.Access)
	}
	m.browser.opened, m.browser.tried = p.BrowserOpened, p.BrowserOpened
	target := p.Step
	if steps.Index(target) > steps.Index(steps.PasteToken) {
		target = steps.PasteToken
	}
	return m.goTo(target)
}

func (m Model) resumeLines() []line {
	s, _ := steps.Lookup(m.resume.saved.Step)
	out := []line{txt("Last time you stopped at: " + s.Title + "."), txt("")}
	for i, label := range []string{"Continue there", "Start over"} {
		out = append(out, m.choiceLine(label, i == m.resume.choice))
	}
	return out
}
