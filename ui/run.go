package ui

import (
	"context"
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"
)

// Run shows the wizard on out, reading keys from in, until the person
// finishes or leaves. On Ctrl+C it returns tea.ErrInterrupted with nothing
// saved (unless the save step had already finished) and any request in
// flight cancelled. With cfg.Accessible it asks plain line-by-line
// prompts instead. in and out may be nil for the process's own terminal.
func Run(ctx context.Context, cfg Config, in io.Reader, out io.Writer) (Result, error) {
	if cfg.Accessible {
		return runAccessible(ctx, cfg, in, out)
	}
	m := New(cfg)
	m.ctx = ctx
	// Bubble Tea draws on a timer; at its highest rate the first screen
	// shows about 8 ms sooner, and a frame with no change costs nothing.
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithFPS(120)}
	if in != nil {
		opts = append(opts, tea.WithInput(in))
	}
	if out != nil {
		opts = append(opts, tea.WithOutput(out))
	}
	if p, ok := colourProfile(); ok {
		opts = append(opts, tea.WithColorProfile(p))
	}
	final, err := runProgram(tea.NewProgram(m, opts...))
	fm, ok := final.(Model)
	if !ok {
		return Result{}, fmt.Errorf("run wizard: %w", err)
	}
	if err != nil {
		return fm.result, fmt.Errorf("run wizard: %w", err)
	}
	return fm.result, nil
}
