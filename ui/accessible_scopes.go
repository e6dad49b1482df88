package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// pickScopes lists the guide's scopes by number and ticks or unticks the
// one whose number is typed, until 0. A required scope is marked so and
// stays ticked: asking to untick it prints why instead.
func (a *accessibleRun) pickScopes() error {
	a.m.scopes.set(a.m.scopes.chosen()) // ticks the required scopes
	on := a.m.scopes.on
	n := len(airtable.GuideScopes)
	retry := fmt.Sprintf("Type a number from 0 to %d.", n)
	a.p.say("Type a scope's number to tick or untick it, then 0 when you are done.")
	for {
		a.p.say("")
		for i, g := range airtable.GuideScopes {
			a.p.say(scopeRow(i, g, on[g.Name]))
		}
		a.p.say("0. Done")

		answer := ""
		err := a.p.ask(huh.NewInput().
			Title(fmt.Sprintf("Enter a number between 0 and %d:", n)).Value(&answer).
			Validate(func(v string) error {
				if _, ok := scopeNumber(v, n); !ok {
					return errors.New(retry)
				}
				return nil
			}))
		if err != nil {
			return fmt.Errorf("ask scopes: %w", err)
		}
		k, ok := scopeNumber(answer, n)
		if !ok {
			return errors.New("ask scopes: no number")
		}
		if k == 0 {
			return nil
		}

		g := airtable.GuideScopes[k-1]
		if g.Required && on[g.Name] {
			a.p.say(requiredScopeNote(g.Name))
			continue
		}
		on[g.Name] = !on[g.Name]
	}
}

// scopeRow is one numbered line of the scope list: a box ticked or not,
// the name, the required mark and what the scope allows.
func scopeRow(i int, g airtable.ScopeInfo, ticked bool) string {
	box := "[ ]"
	if ticked {
		box = "[x]"
	}
	row := fmt.Sprintf("%d. %s %s", i+1, box, g.Name)
	if g.Required {
		row += " (required)"
	}
	return row + " - " + g.Meaning
}

// scopeNumber reads an answer to the scope list: a number from 0 to n.
func scopeNumber(v string, n int) (int, bool) {
	k, err := strconv.Atoi(strings.TrimSpace(v))
	return k, err == nil && k >= 0 && k <= n
}
