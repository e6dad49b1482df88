package ui

import (
	"fmt"
	"strings"
)

// sampleLines shows practice mode's sample token whole, cut into
// window-wide rows. While the field is empty the sample is what to act on,
// so it is kept in view; after that the field is.
func (m Model) sampleLines() []line {
	sample := m.cfg.DemoToken
	if !m.cfg.Demo || sample == "" {
		return nil
	}
	intro := "Practice mode: copy this sample token and paste it below."
	if rows := (len(sample) + m.width - 1) / m.width; rows > 1 {
		intro = fmt.Sprintf("Practice mode: copy this sample token (all %d rows) "+
			"and paste it below.", rows)
	}
	return []line{txt(""), txt(intro), {whole: sample, focus: m.rawToken() == ""}}
}

// joinSample undoes the row breaks a terminal copies along with a sample
// token that was shown over several rows: in practice mode only, and only
// when what is left is exactly the sample. Any other paste is kept as it
// came, so whitespace inside a real token is still refused.
func (m Model) joinSample(pasted string) string {
	if !m.cfg.Demo || m.cfg.DemoToken == "" {
		return pasted
	}
	joined := strings.NewReplacer("\r", "", "\n", "").Replace(strings.TrimSpace(pasted))
	if joined == m.cfg.DemoToken {
		return joined
	}
	return pasted
}
