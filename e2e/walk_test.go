package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/steps"
)

// walker drives the wizard through its steps with real key bytes.
type walker struct {
	t     *testing.T
	tm    *term
	token string // what is pasted on the paste step
	// save answers the save step; nil takes the keyring without a question.
	save func(tm *term)
	// at runs on arrival at each step, before the step's own keys.
	at func(s steps.Step)
}

// walk goes from the welcome screen to the end of the summary, checking
// that each step's number and title show on arrival.
func (w walker) walk() {
	w.t.Helper()
	all := steps.All()
	for i, s := range all {
		w.arrive(i, len(all), s)
		if w.at != nil {
			w.at(s)
		}
		w.act(s)
	}
}

// walkTo goes from the welcome screen to the step called id and stops on
// its screen.
func (w walker) walkTo(id steps.ID) {
	w.t.Helper()
	all := steps.All()
	for i, s := range all {
		w.arrive(i, len(all), s)
		if s.ID == id {
			return
		}
		w.act(s)
	}
	w.t.Fatalf("no step called %q", id)
}

// arrive waits for the header and title of step i of n.
func (w walker) arrive(i, n int, s steps.Step) {
	w.t.Helper()
	w.tm.waitFor(fmt.Sprintf("Step %d of %d", i+1, n))
	w.tm.waitFor(s.Title)
}

// act does what a person does on step s to go on.
func (w walker) act(s steps.Step) {
	w.t.Helper()
	tm := w.tm
	switch s.ID {
	case steps.BuilderHub:
		// The first Enter asks for the browser; the second goes on.
		tm.send(keyEnter)
		tm.waitForAny("Press Enter when the page is open", "then press Enter")
	case steps.PasteToken:
		tm.paste(w.token)
		tm.waitFor(fmt.Sprintf("The field holds %d characters.", len(w.token)))
	case steps.Verify:
		tm.waitFor("Press Enter to keep it safe.")
	case steps.Save:
		if w.save != nil {
			w.save(tm)
		}
		tm.waitFor("Press Enter to link the account in the hub.")
	case steps.Summary:
		tm.waitFor("Press Enter to finish.")
	}
	tm.send(keyEnter)
}

// maskedRow returns the screen row that holds the token field's prompt.
func maskedRow(tm *term) string {
	for _, l := range tm.lines() {
		if strings.Contains(l, "> ") && strings.Contains(l, "┃") {
			return l
		}
	}
	return ""
}
