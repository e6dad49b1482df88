package ui_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
	"github.com/airtable-connect/airtable-connect/store"
	"github.com/airtable-connect/airtable-connect/ui"
)

// benchVerifier and benchStore stand in for Airtable and the keyring; the
// benchmark never reaches them.
type benchVerifier struct{}

func (benchVerifier) Verify(context.Context, string, []string) (airtable.Report, error) {
	return airtable.Report{}, nil
}

type benchStore struct{}

func (benchStore) SaveKeyring(context.Context, string, string) error { return nil }
func (benchStore) SaveFile(string, string) (string, error)           { return "", nil }
func (benchStore) SaveProfile(store.Profile) error                   { return nil }

// Key presses as Bubble Tea delivers them.
var (
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyDown  = tea.KeyPressMsg{Code: tea.KeyDown}
	keyUp    = tea.KeyPressMsg{Code: tea.KeyUp}
	keyA     = tea.KeyPressMsg{Code: 'a', Text: "a"}
	keyBack  = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

// modelAt returns the wizard at 80x24 on the step called id, reached with
// Enter from the welcome screen. Commands are not run: moving between
// these steps needs none.
func modelAt(b *testing.B, id steps.ID) tea.Model {
	b.Helper()
	var m tea.Model = ui.New(ui.Config{
		NoBrowser: true, Verifier: benchVerifier{}, Store: benchStore{},
	})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	header := fmt.Sprintf("Step %d of %d", steps.Index(id)+1, len(steps.All()))
	for range 40 {
		if strings.Contains(m.View().Content, header) {
			return m
		}
		m, _ = m.Update(keyEnter)
	}
	b.Fatalf("did not reach %q; screen:\n%s", header, m.View().Content)
	return nil
}

// BenchmarkKeystroke80x24 measures one key press: Update with the key,
// then View, as the program does for every key. The target is under
// 200 µs per key.
func BenchmarkKeystroke80x24(b *testing.B) {
	cases := []struct {
		name string
		step steps.ID
		keys []tea.KeyPressMsg // pressed in turn, so the state stays the same
	}{
		{"type_in_token_field", steps.PasteToken, []tea.KeyPressMsg{keyA, keyBack}},
		{"move_in_scope_list", steps.Scopes, []tea.KeyPressMsg{keyDown, keyUp}},
		{"scroll_welcome", steps.Welcome, []tea.KeyPressMsg{keyDown, keyUp}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			m := modelAt(b, c.step)
			i := 0
			for b.Loop() {
				m, _ = m.Update(c.keys[i%len(c.keys)])
				if m.View().Content == "" {
					b.Fatal("empty view")
				}
				i++
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/key")
		})
	}
}
