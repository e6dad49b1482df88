package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/rescue"
	"github.com/airtable-connect/airtable-connect/steps"
	"github.com/airtable-connect/airtable-connect/store"
)

// accessibleRun walks the same steps as the full-screen wizard with plain
// line-by-line prompts. It keeps its state in a Model so both modes share
// the words, the checks and the saving rules.
type accessibleRun struct {
	ctx   context.Context
	p     *prompter
	m     Model
	token string
	lines *lineWriter // the prompts' output, to end a line left open
}

// runAccessible asks every step as plain prompts on out, reading answers
// from in. The token is read with echo off, so in must be a terminal.
func runAccessible(ctx context.Context, cfg Config, in io.Reader, out io.Writer) (
	Result, error,
) {
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	m := New(cfg)
	m.ctx, m.width, m.styles = ctx, 1<<16, newStyles(true, false)
	a := &accessibleRun{ctx: ctx, m: m, lines: &lineWriter{w: out}}
	a.p = &prompter{
		width: outputWidth(out), out: a.lines,
		in:  &lineReader{src: in},
		raw: in, theme: fieldTheme(false), practice: cfg.Demo,
	}
	return a.runUntilCancelled(in)
}

// runUntilCancelled walks the steps in the background, so that a cancelled
// ctx (Ctrl+C) returns at once even while a prompt waits for a line. The
// terminal is put back as it was, since the hidden prompt turns echo off.
// A panic in the walk is raised again here, once the terminal is back.
// A stopped run ends the prompt's line, so the next words start afresh.
func (a *accessibleRun) runUntilCancelled(in io.Reader) (Result, error) {
	restore := saveTerminal(in)
	var res Result
	var err error
	task := rescue.Start(func() { res, err = a.walk() })
	select {
	case <-task.Done():
		restore()
		task.Wait()
		if a.ctx.Err() != nil {
			a.lines.endLine()
		}
		return res, err
	case <-a.ctx.Done():
		restore()
		a.lines.endLine()
		return Result{}, tea.ErrInterrupted
	}
}

// saveTerminal returns a function that restores in's terminal modes, or
// does nothing when in is no terminal.
func saveTerminal(in io.Reader) func() {
	f, ok := in.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return func() {}
	}
	state, err := term.GetState(f.Fd())
	if err != nil {
		return func() {}
	}
	return func() { _ = term.Restore(f.Fd(), state) }
}

// walk asks every step in order until the summary or an error.
func (a *accessibleRun) walk() (Result, error) {
	ctx := a.ctx
	id := steps.Welcome
	for id != "" {
		if ctx.Err() != nil {
			return a.m.result, tea.ErrInterrupted
		}
		s, _ := steps.Lookup(id)
		a.m.step = steps.Index(id)
		a.p.heading(s)
		next, err := a.do(s)
		if err != nil {
			return a.m.result, err
		}
		id = next
	}
	return a.m.result, nil
}

// do asks what step s needs and returns the step that follows.
func (a *accessibleRun) do(s steps.Step) (steps.ID, error) {
	switch s.ID {
	case steps.Welcome:
		return s.Next, a.welcome()
	case steps.BuilderHub:
		return s.Next, a.open(steps.TokensURL)
	case steps.NameToken:
		a.p.say("A name you can use as it is: " + steps.TokenName(a.m.result.Profile))
	case steps.Scopes:
		return s.Next, a.chooseScopes()
	case steps.BaseAccess:
		return s.Next, a.chooseAccess()
	case steps.PasteToken:
		return s.Next, a.readToken()
	case steps.Verify:
		return a.verify()
	case steps.Save:
		return s.Next, a.save()
	case steps.LinkHub:
		if a.m.cfg.HubURL != "" {
			a.p.say("Your hub:", a.m.cfg.HubURL)
			return s.Next, a.open(a.m.cfg.HubURL)
		}
	case steps.Summary:
		lines := a.m.summaryLines()
		for _, l := range lines[:len(lines)-2] { // all but "press Enter to finish"
			a.p.say(ansi.Strip(l.text))
		}
		if forget := a.m.clearProgress(); forget != nil {
			forget()
		}
		return "", nil
	}
	return s.Next, a.p.pause()
}

func (a *accessibleRun) welcome() error {
	suggested := a.m.profile()
	name := suggested
	a.p.say("The profile name lets you keep more than one connection.",
		"Press Enter to keep "+suggested+", or type another name.")
	err := a.p.ask(huh.NewInput().Title("Profile name (Enter keeps it):").Value(&name).
		Validate(func(v string) error {
			// An empty answer, or one of only spaces or a stray carriage
			// return, keeps the suggested name.
			return profileAnswerProblem(strings.TrimSpace(v))
		}))
	// An input that ended on a refused answer keeps the suggested name, so
	// a token typed here never becomes the profile name.
	if name = strings.TrimSpace(name); name == "" || profileAnswerProblem(name) != nil {
		name = suggested
	}
	a.m.result.Profile = name
	if err != nil {
		return fmt.Errorf("ask profile: %w", err)
	}
	return nil
}

// profileAnswerProblem refuses an answer to the profile question with the
// sentence the full-screen wizard uses, never repeating the answer. An
// empty answer keeps the suggested name and is no problem.
func profileAnswerProblem(v string) error {
	switch {
	case v == "":
		return nil
	case tokenShaped(v):
		return errors.New(tokenMovedNote)
	}
	if err := store.ValidateProfileName(v); err != nil {
		return errors.New(nameProblem(v, err))
	}
	return nil
}

// open offers to open url in a browser, then waits for Enter.
func (a *accessibleRun) open(url string) error {
	if a.m.canOpen() {
		c, err := a.p.choose("Open it in your browser?", "Yes, open it", "No, I will open it")
		if err != nil {
			return fmt.Errorf("ask to open browser: %w", err)
		}
		if c == 0 {
			r := a.m.cfg.Open(a.ctx, url)
			a.p.say(a.m.opened(openedMsg{url: url, result: r}).browser.outcome)
		}
	}
	return a.p.pause()
}

func (a *accessibleRun) chooseScopes() error {
	c, err := a.p.choose("Which scopes does your use need?", "Read and write records",
		"Read only", "All eight", "Choose them one by one")
	if err != nil {
		return fmt.Errorf("ask scope preset: %w", err)
	}
	switch c {
	case 0, 1, 2:
		a.m.scopes.set(presetScopes([]string{
			airtable.PresetReadWrite, airtable.PresetReadOnly, airtable.PresetAll,
		}[c]))
	default:
		if err := a.pickScopes(); err != nil {
			return err
		}
	}
	a.p.say("", "Add these in Airtable, in this order:")
	for _, l := range steps.ScopeLines(a.m.scopes.chosen()) {
		a.p.say("  " + l)
	}
	return a.p.pause()
}

func (a *accessibleRun) chooseAccess() error {
	c, err := a.p.choose("Which bases should the token reach?",
		steps.AccessSpecific.Describe(), steps.AccessAll.Describe())
	if err != nil {
		return fmt.Errorf("ask base access: %w", err)
	}
	a.m.access.choice = accessChoices[c]
	a.p.say("Chosen: "+a.m.access.choice.Describe(), a.m.access.choice.Instruction())
	return a.p.pause()
}

// readToken reads the token with echo off and checks its shape before any
// request.
func (a *accessibleRun) readToken() error {
	if a.m.cfg.Demo && a.m.cfg.DemoToken != "" {
		a.p.say("Practice mode: paste this sample token:", a.m.cfg.DemoToken)
	}
	token := ""
	f := huh.NewInput().Title("Token (nothing shows while you paste):").
		EchoMode(huh.EchoModeNone).Value(&token).
		Validate(func(v string) error {
			if se := airtable.CheckShape(v); se != nil && se.Blocking() {
				return errors.New(se.Describe(a.m.presenter) + " " + se.Fix())
			}
			return nil
		})
	if err := f.WithTheme(a.p.theme).RunAccessible(a.p.out, a.p.raw); err != nil {
		return fmt.Errorf("read token: %w", err)
	}
	a.token = airtable.NormalizeToken(token)
	return nil
}
