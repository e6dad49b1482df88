package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// maxLabelWidth bounds the label column, so long base names do not push
// the notes out of a normal window.
const maxLabelWidth = 28

// checkLines draws the table of checks as aligned columns: mark, label,
// note, with the fix under each row that did not pass. Only the token, the
// chosen scopes, any scope that failed and the bases get rows; the other
// scopes' verdicts are folded into one short line.
func (m Model) checkLines() []line { return m.checkTable(false) }

// checkTable draws the table; plain puts each row on one line as "label:
// note" for line-by-line prompts, where columns mean nothing.
func (m Model) checkTable(plain bool) []line {
	chosen := m.scopes.chosen()
	var rows []airtable.CheckRow
	var folded []string
	// The fold line comes after every scope row that is shown, so a chosen
	// scope late in the guide's order is not listed below it.
	foldAt := -1
	for _, row := range m.shownReport().Checks {
		scope, isScope := strings.CutPrefix(row.Label, "Scope ")
		failed := row.Status == airtable.CheckFailed || row.Status == airtable.CheckWarning
		if isScope && !failed && !slices.Contains(chosen, scope) {
			if foldAt < 0 {
				foldAt = len(rows)
			}
			folded = append(folded, scope)
			continue
		}
		rows = append(rows, row)
		if isScope && foldAt >= 0 {
			foldAt = len(rows)
		}
	}
	labelW := 0
	for _, r := range rows {
		labelW = max(labelW, ansi.StringWidth(r.Label))
	}
	labelW = min(labelW, maxLabelWidth)
	var out []line
	for i, row := range rows {
		if i == foldAt {
			out = append(out, m.foldLine(folded)...)
		}
		out = append(out, m.checkRow(row, labelW, plain)...)
	}
	if foldAt == len(rows) {
		out = append(out, m.foldLine(folded)...)
	}
	return out
}

// checkRow draws one row. Continuation rows of a long note line up under
// the note; a window too narrow for two columns puts the note under the
// label.
func (m Model) checkRow(row airtable.CheckRow, labelW int, plain bool) []line {
	mark := m.markStyle(row.Status).Render(row.Status.Mark())
	note := row.Note
	if rest, ok := strings.CutPrefix(note, "granted: "); ok {
		note = "granted, " + rest
	}
	note = m.redact(note)
	label := m.redact(row.Label)
	var out []line
	indent := 2 + labelW + 2
	switch {
	case plain:
		out = append(out, txt(mark+" "+label+": "+note))
	case indent > m.width/2 || ansi.StringWidth(label) > labelW:
		out = append(out, txt(mark+" "+label))
		for _, r := range hangingWrap("    "+note, m.width) {
			out = append(out, txt(r))
		}
	default:
		pad := strings.Repeat(" ", labelW-ansi.StringWidth(label)+2)
		rows := wrapText(note, max(m.width-indent, 10))
		for i, r := range rows {
			lead := mark + " " + label + pad
			if i > 0 {
				lead = strings.Repeat(" ", indent)
			}
			out = append(out, txt(lead+r))
		}
	}
	if row.Fix != "" && row.Status != airtable.CheckPassed {
		for _, r := range hangingWrap("    "+m.redact(row.Fix), m.width) {
			out = append(out, txt(r))
		}
	}
	return out
}

// foldLine sums up the verdicts on scopes that were not chosen, such as
// "Other scopes: webhook:manage granted; 2 not checked".
func (m Model) foldLine(names []string) []line {
	if len(names) == 0 {
		return nil
	}
	var granted []string
	missing, unknown := 0, 0
	for _, n := range names {
		switch m.verify.report.Scopes[n] {
		case airtable.Granted:
			granted = append(granted, n)
		case airtable.Missing:
			missing++
		default:
			unknown++
		}
	}
	var parts []string
	switch {
	case len(granted) > 2:
		parts = append(parts, fmt.Sprintf("%d granted", len(granted)))
	case len(granted) > 0:
		parts = append(parts, strings.Join(granted, ", ")+" granted")
	}
	if missing > 0 {
		parts = append(parts, fmt.Sprintf("%d not granted", missing))
	}
	if unknown > 0 {
		parts = append(parts, fmt.Sprintf("%d not checked", unknown))
	}
	// Continuation rows hang under the text, past the dash.
	const hang = "  "
	rows := wrapText("Other scopes: "+strings.Join(parts, "; "), max(m.width-len(hang), 10))
	out := make([]line, 0, len(rows))
	for i, r := range rows {
		lead := hang
		if i == 0 {
			lead = "– "
		}
		out = append(out, txt(m.styles.Muted.Render(lead+r)))
	}
	return out
}
