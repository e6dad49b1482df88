package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/steps"
)

// line is one logical line of a step's body. A whole line (an address, a
// sample token) is never broken at spaces: it is cut into pieces exactly as
// wide as the window, so every character shows; link makes each piece a
// hyperlink to it. The focus line is kept in view when the body scrolls.
type line struct {
	text  string
	whole string
	link  bool
	focus bool
}

func txt(s string) line { return line{text: s} }

// View draws the current step inside the window, in the alternate screen.
// The last frame, once the program is ending, is empty: a terminal with no
// alternate screen (GNU screen by default) then keeps no stale step under
// the line printed after the wizard.
func (m Model) View() tea.View {
	content := m.render()
	if m.quitting {
		content = ""
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = "airtable-connect"
	return v
}

func (m Model) render() string {
	if m.tooSmall() {
		// The terminal cuts or wraps this itself; it must only never panic.
		return fmt.Sprintf("Window too small.\nMake it at least %dx%d.\nCtrl+C quits.",
			minWidth, minHeight)
	}
	head, foot := m.headLines(), m.footLines()
	body, avail := m.layout(head, foot)
	rows := m.window(body, avail)
	return strings.Join(append(append(head, rows...), foot...), "\n")
}

// layout wraps the body and says how many rows it may fill between head
// and foot.
func (m Model) layout(head, foot []string) (wrapped, int) {
	var body []line
	if m.showHelp {
		body = m.fullHelpLines()
	} else {
		body = m.bodyLines()
	}
	return m.wrap(body), max(m.height-len(head)-len(foot), 1)
}

func (m Model) headLines() []string {
	s := m.current()
	title := s.Title
	if m.resume.offered {
		title = "Continue where you stopped?"
	}
	lines := []string{ansi.Truncate(m.progressLine(), m.width, "…")}
	lines = append(lines, strings.Split(ansi.Wrap(m.styles.Title.Render(title), m.width, ""),
		"\n")...)
	return append(lines, "")
}

// progressLine says where the person is: the step, the part of the guide
// and, in practice mode, a tag saying so. In a narrow window the step
// number gets shorter so the part and the tag still fit.
func (m Model) progressLine() string {
	progress := fmt.Sprintf("Step %d of %d", m.step+1, len(m.all))
	if m.resume.offered {
		progress = "Welcome back"
	}
	part := " · " + m.current().Part.String()
	tag := ""
	if m.cfg.Demo {
		tag = "Practice · "
	}
	if ansi.StringWidth(tag+progress+part) > m.width && !m.resume.offered {
		progress = fmt.Sprintf("%d of %d", m.step+1, len(m.all))
	}
	return m.styles.Warn.Render(tag) + m.styles.Header.Render(progress) +
		m.styles.Part.Render(part)
}

func (m Model) footLines() []string {
	out := []string{""}
	if m.note != "" {
		out = append(out, strings.Split(ansi.Wrap(m.note, m.width, ""), "\n")...)
	}
	return append(out, m.keyLine(m.shortKeys()))
}

// keyLine shows as many of keys as fit in the window, never cutting one:
// ? (which lists every key) and the step's essential key come first when
// room is short, then enter, ctrl+c and esc, the step's other keys after
// them, and those kept stay in their usual order.
func (m Model) keyLine(keys []key.Binding) string {
	essential := m.essentialKey()
	rank := func(b key.Binding) int {
		switch b.Help().Key {
		case "?":
			return 0
		case essential:
			return 1
		case "enter":
			return 2
		case "ctrl+c":
			return 3
		case "esc":
			return 4
		}
		return 5
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return rank(keys[order[a]]) < rank(keys[order[b]])
	})
	st := m.help.Styles
	sep := st.ShortSeparator.Render(" • ")
	keep := make([]bool, len(keys))
	used := 0
	for _, i := range order {
		h := keys[i].Help()
		w := ansi.StringWidth(h.Key + " " + h.Desc)
		if used > 0 {
			w += ansi.StringWidth(sep)
		}
		if used+w > m.width {
			continue
		}
		keep[i], used = true, used+w
	}
	// Room left over names Tab and shift+Tab next to Enter and Esc.
	for _, long := range []struct{ short, long string }{
		{"enter", "enter/tab"}, {"esc", "esc/shift+tab"},
	} {
		for i, b := range keys {
			extra := ansi.StringWidth(long.long) - ansi.StringWidth(long.short)
			if keep[i] && b.Help().Key == long.short && used+extra <= m.width {
				keys[i].SetHelp(long.long, b.Help().Desc)
				used += extra
			}
		}
	}
	var parts []string
	for i, b := range keys {
		if keep[i] {
			h := b.Help()
			parts = append(parts, st.ShortKey.Render(h.Key)+" "+st.ShortDesc.Render(h.Desc))
		}
	}
	return strings.Join(parts, sep)
}

// essentialKey names the key the step on screen is about, kept in the
// keys line however narrow the window: space on the scopes, o where a page
// opens.
func (m Model) essentialKey() string {
	switch m.current().ID {
	case steps.Scopes:
		return m.keys.Toggle.Help().Key
	case steps.BuilderHub, steps.LinkHub:
		return m.keys.Open.Help().Key
	}
	return ""
}

func (m Model) fullHelpLines() []line {
	var out []line
	for _, b := range m.fullKeys() {
		h := b.Help()
		out = append(out, txt(fmt.Sprintf("%-13s %s", h.Key, h.Desc)))
	}
	out = append(out, txt(""), txt("Press Esc, ? or q to close this help."))
	return out
}

// wrapped is a body after wrapping: display rows, the last row in focus
// (-1 when nothing is) and the spans of rows that belong together, such as
// a sample token cut into window-wide pieces.
type wrapped struct {
	rows   []string
	last   int
	blocks [][2]int // first row and one past the last
}

func (m Model) wrap(body []line) wrapped {
	w := wrapped{last: -1}
	for _, l := range body {
		if l.whole != "" {
			first := len(w.rows)
			w.rows = append(w.rows, m.wholeRows(l)...)
			if len(w.rows)-first > 1 {
				w.blocks = append(w.blocks, [2]int{first, len(w.rows)})
			}
		} else {
			w.rows = append(w.rows, hangingWrap(l.text, m.width)...)
		}
		if l.focus {
			w.last = len(w.rows) - 1
		}
	}
	return w
}

// window picks the rows that fit in n lines, with a marker when more is
// hidden. It starts at the top and scrolls only as far as the focus needs:
// the last focus row must show. The scroll position moves the window on
// from there.
func (m Model) window(w wrapped, n int) []string {
	if len(w.rows) <= n {
		return w.rows
	}
	n = max(n-1, 1) // room for the "more" marker
	top := clampTop(m.focusTop(w, n)+m.scroll, len(w.rows), n)
	focus := -1
	if m.acted && !m.showHelp {
		focus = w.last
	}
	top, end := keepBlocks(w.blocks, top, n, focus)
	top, end = min(top, len(w.rows)), min(end, len(w.rows))
	rows := append([]string(nil), w.rows[top:end]...)
	for len(rows) < n {
		rows = append(rows, "") // the marker stays on the last row
	}
	marker := "pgup/pgdn to scroll"
	if end < len(w.rows) {
		marker = "↓ more: " + marker
	} else {
		marker = "↑ more: " + marker
	}
	return append(rows, m.styles.Muted.Render(marker))
}

// keepBlocks moves the window [top, top+n) so it never shows part of a
// block that fits in it whole, and never hides the focus row (-1 for
// none). A block cut at the top edge is shown from its first row, or left
// out when that would hide the focus; one cut at the bottom edge is left
// for the next page (end is then where the block starts), or shown whole
// when the focus is in it or below it.
func keepBlocks(blocks [][2]int, top, n, focus int) (newTop, end int) {
	shows := func(t int) bool { return focus < 0 || focus >= t && focus < t+n }
	for _, b := range blocks {
		switch {
		case b[1]-b[0] > n:
		case b[0] < top && b[1] > top && shows(b[0]):
			top = b[0]
		case b[0] < top && b[1] > top && shows(b[1]):
			top = b[1]
		case b[0] > top && b[0] < top+n && b[1] > top+n:
			if focus < b[0] {
				return top, b[0]
			}
			if shows(b[1] - n) {
				top = b[1] - n
			}
		}
	}
	return top, top + n
}

// focusTop is the first row to show in n rows before any scrolling: the
// top, unless the person has acted on this step and the last focus row
// would then be hidden. A focus block that fits in n rows thereby shows
// whole, and a step always opens at its top. The help opens at its top.
func (m Model) focusTop(w wrapped, n int) int {
	if !m.acted || m.showHelp {
		return 0
	}
	return max(w.last-n+1, 0)
}

func clampTop(top, total, n int) int { return min(max(top, 0), max(total-n, 0)) }

// hyperlink shows url on its own line(s) as text that is also an OSC 8
// link.
func (m Model) hyperlink(url string) line { return line{whole: url, link: true} }

// wholeRows cuts a whole line into window-wide pieces.
func (m Model) wholeRows(l line) []string {
	var rows []string
	rest := []rune(l.whole)
	for len(rest) > 0 {
		n := min(len(rest), m.width)
		piece := string(rest[:n])
		rest = rest[n:]
		if l.link {
			piece = ansi.SetHyperlink(l.whole) + m.styles.URL.Render(piece) +
				ansi.ResetHyperlink()
		}
		rows = append(rows, piece)
	}
	return rows
}

// guideLines returns the step's own words from package steps: the lines
// only the wizard shows, then the guide's.
func (m Model) guideLines() []line {
	var out []line
	s := m.current()
	for _, l := range append(append([]string(nil), s.Tool...), s.Body...) {
		out = append(out, txt(l))
	}
	return out
}
