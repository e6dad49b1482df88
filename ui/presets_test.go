package ui

import (
	"slices"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
)

// The keys of the scopes step tick exactly the scopes of the presets that
// --scopes accepts by name, and the step starts on read-write.
func TestScopePresetKeysTickTheNamedPresets(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.Scopes)
	same := func(name string) {
		t.Helper()
		want, ok := airtable.Preset(name)
		if !ok {
			t.Fatalf("no preset called %s", name)
		}
		got := d.m.scopes.chosen()
		if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))) {
			t.Fatalf("preset %s ticks %v, want %v", name, got, want)
		}
	}
	same(airtable.PresetReadWrite)
	for k, name := range map[string]string{
		"r": airtable.PresetReadOnly, "a": airtable.PresetAll, "w": airtable.PresetReadWrite,
	} {
		d.press(k)
		same(name)
	}
}
