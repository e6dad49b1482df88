package ui

import (
	"context"
	"io"
	"reflect"
	"testing"

	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"

	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/rescue"
)

// A panic inside a step must reach the caller of runAccessible, not end
// the process from the prompts' goroutine, and only once the terminal is
// back in the modes it had before the wizard started.
func TestAccessiblePanicIsRaisedAfterTheTerminalIsRestored(t *testing.T) {
	ptm, tty, err := pty.Open()
	if err != nil {
		needPTY(t, err)
	}
	defer func() { _ = ptm.Close() }()
	defer func() { _ = tty.Close() }()
	go func() { _, _ = io.Copy(io.Discard, ptm) }()
	before, err := term.GetState(tty.Fd())
	if err != nil {
		t.Fatal(err)
	}
	// Enter keeps the profile; Enter again says yes to opening the browser.
	if _, err := ptm.Write([]byte("\n\n")); err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		Verifier: &fakeVerifier{}, Store: &fakeStore{},
		Open: func(context.Context, string) browser.Result {
			if _, err := term.MakeRaw(tty.Fd()); err != nil {
				t.Error(err)
			}
			panic("opener broke")
		},
	}

	p := rescue.Call(func() { _, _ = runAccessible(context.Background(), cfg, tty, io.Discard) })
	if p == nil || p.Value != "opener broke" {
		t.Fatalf("caught %v, want the step's panic raised in the caller", p)
	}
	after, err := term.GetState(tty.Fd())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Fatal("the terminal modes were not restored before the panic went on")
	}
}
