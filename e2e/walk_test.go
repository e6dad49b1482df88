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
	w.walkFrom(steps.Welcome, "")
}

// walkTo goes from the welcome screen to the step called id and stops on
// its screen.
func (w walker) walkTo(id steps.ID) {
	w.t.Helper()
	w.walkFrom(steps.Welcome, id)
}

// walkFrom goes on from the step called from, which must be on screen or
// about to be, and stops on the screen of the step called to ("" walks to
// the end).
func (w walker) walkFrom(from, to steps.ID) {
	w.t.Helper()
	all := steps.All()
	start := steps.Index(from)
	if start < 0 {
		w.t.Fatalf("no step called %q", from)
	}
	for i := start; i < len(all); i++ {
		s := all[i]
		w.arrive(i, len(all), s)
		if s.ID == to {
			return
		}
		if w.at != nil {
			w.at(s)
		}
		w.act(s)
	}
	if to != "" {
		w.t.Fatalf("the walk ended before the step called %q", to)
	}
}

// arrive waits for the header and title of step i of n.
func (w walker) arrive(i, n int, s steps.Step) {
	w.t.Helper()
	// A narrow practice header drops the word "Step" to keep its tag.
	w.tm.waitFor(fmt.Sprintf(" %d of %d", i+1, n))
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
		tm.scrollFor("Press Enter when the page is open")
	case steps.PasteToken:
		tm.paste(w.token)
		tm.waitFor(fmt.Sprintf("The field holds %d characters.", len(w.token)))
	case steps.Verify:
		tm.scrollFor("Press Enter to keep it safe.")
	case steps.Save:
		if w.save != nil {
			w.save(tm)
		}
		tm.scrollFor("Press Enter to link the account in the hub.")
	case steps.Summary:
		tm.scrollFor("Press Enter to finish.")
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
