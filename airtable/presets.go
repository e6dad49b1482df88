package airtable

import "strings"

// The names of the scope presets, as the wizard offers them and --scopes
// accepts them.
const (
	PresetReadOnly  = "read-only"
	PresetReadWrite = "read-write"
	PresetAll       = "all"
)

// PresetNames lists the presets in the order they are offered.
func PresetNames() []string {
	return []string{PresetReadOnly, PresetReadWrite, PresetAll}
}

// Preset returns the scopes of the preset called name, in any case, or ok
// false for another name. Every preset includes user.email:read. The
// caller may change the slice. The wizard's scope step picks its presets
// here too, so the two cannot drift apart.
func Preset(name string) (scopes []string, ok bool) {
	switch strings.ToLower(name) {
	case PresetReadOnly:
		return []string{
			ScopeUserEmailRead, ScopeDataRecordsRead,
			ScopeSchemaBasesRead, ScopeDataRecordCommentsRead,
		}, true
	case PresetReadWrite:
		return []string{
			ScopeUserEmailRead, ScopeDataRecordsRead,
			ScopeDataRecordsWrite, ScopeSchemaBasesRead,
		}, true
	case PresetAll:
		all := make([]string, 0, len(GuideScopes))
		for _, g := range GuideScopes {
			all = append(all, g.Name)
		}
		return all, true
	}
	return nil, false
}
