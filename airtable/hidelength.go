package airtable

import (
	"slices"
	"strings"
)

// Text returns the message of p, worded without any length when hideLength
// is set and the message came from a shape finding. Other messages name no
// token length and are returned as they are.
func (p Problem) Text(hideLength bool) string {
	if p.Shape == nil || !hideLength {
		return p.Message
	}
	if p.Kind == KindTokenShape {
		return p.Shape.Describe(true)
	}
	f := p.Shape.Finding()
	if f == "" || !strings.HasSuffix(p.Message, f) {
		return p.Message
	}
	return strings.TrimSuffix(p.Message, f) + p.Shape.DescribeFinding(true)
}

// WithoutLengths returns a copy of r whose messages, and the table rows
// that repeat them, name no token length: for a screen that is being
// shared. r itself is not changed.
func (r Report) WithoutLengths() Report {
	r.Problems = slices.Clone(r.Problems)
	r.Checks = slices.Clone(r.Checks)
	for i, p := range r.Problems {
		text := p.Text(true)
		if text == p.Message {
			continue
		}
		for j := range r.Checks {
			if r.Checks[j].Note == p.Message {
				r.Checks[j].Note = text
			}
		}
		r.Problems[i].Message = text
	}
	return r
}
