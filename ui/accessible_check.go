package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/steps"
)

// verify runs the live check and, when it fails, asks where to go.
func (a *accessibleRun) verify() (steps.ID, error) {
	a.p.say("Asking Airtable…")
	r, err := a.m.cfg.Verifier.Verify(a.ctx, a.token, a.m.scopes.chosen())
	if err != nil {
		return "", tea.ErrInterrupted
	}
	a.m.verify = verifyState{phase: verifyDone, report: r}
	a.m.result.Report = r
	a.p.say("Account: " + a.m.account())
	for _, l := range a.m.checkTable(true) {
		a.p.say(ansi.Strip(l.text))
	}
	if r.Ready() {
		return steps.Save, a.p.pause()
	}
	targets := []steps.ID{steps.PasteToken}
	labels := []string{"Paste the token again"}
	if scopeMissing(r) {
		targets = []steps.ID{steps.Scopes, steps.PasteToken}
		labels = []string{"Go back to the scopes", "Paste the token again"}
	}
	if saveAnywayAllowed(a.m.verify) {
		targets, labels = append(targets, steps.Save), append(labels, "Save it anyway")
	}
	labels = append(labels, "Quit without saving")
	c, err := a.p.choose("What next?", labels...)
	if err != nil {
		return "", fmt.Errorf("ask next step: %w", err)
	}
	if c == len(targets) {
		return "", tea.ErrInterrupted
	}
	return targets[c], nil
}

// save keeps the token with the same rules as the full-screen wizard: the
// keyring first, a file only after a yes, never a silent fallback.
func (a *accessibleRun) save() error {
	toFile := false
	for {
		msg := saveToken(a.ctx, a.m.cfg.Store, a.token, a.m.profileRecord(),
			toFile || a.m.cfg.InsecureStorage)
		updated, forget := a.m.saved(msg)
		a.m = updated.(Model)
		if forget != nil {
			forget() // the token is kept: no earlier progress is worth continuing
		}
		var c int
		var err error
		switch a.m.save.phase {
		case saveDone:
			a.p.say(a.m.whereSaved())
			return nil
		case saveAskFile:
			a.p.say("No system keyring can be reached here.")
			yes, err := a.p.confirm("Save the token to a file only you can read?")
			if err != nil || !yes {
				a.p.say("The token was not saved.")
			}
			if err != nil {
				return fmt.Errorf("ask file consent: %w", err)
			}
			if !yes {
				return nil
			}
			toFile = true
			continue
		case saveLocked:
			a.p.say("The system keyring did not answer; it may be locked.")
		default:
			a.p.say("The token could not be saved.", saveProblem(msg.err))
		}
		c, err = a.p.choose("What now?", "Try the keyring again",
			"Save it to a file instead", "Do not save it")
		if err != nil {
			return fmt.Errorf("ask how to save: %w", err)
		}
		if c == 2 {
			return nil
		}
		toFile = c == 1
	}
}
