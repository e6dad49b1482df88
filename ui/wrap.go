package ui

import (
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// nbsp is a no-break space: the wrapping never breaks a row at one.
const nbsp = "\u00a0"

// quotedName finds a short quoted name, such as a button's label; longer
// quotations may still wrap.
var quotedName = regexp.MustCompile(`"[^"]{1,30}"|“[^”]{1,30}”`)

// listMarker finds what a list row starts with, after its indent: a cursor,
// a tick box or a radio mark, so continuation rows line up under the text.
var listMarker = regexp.MustCompile(`^ *(?:> )?(?:\[[ x]\] |\([ x•*]\) |[-•*] |\d+\. )?`)

// wrapText wraps s at spaces to width, keeping quoted names whole.
func wrapText(s string, width int) []string {
	kept := quotedName.ReplaceAllStringFunc(s, func(q string) string {
		return strings.ReplaceAll(q, " ", nbsp)
	})
	rows := strings.Split(ansi.Wrap(kept, width, ""), "\n")
	for i := range rows {
		rows[i] = strings.ReplaceAll(rows[i], nbsp, " ")
	}
	return rows
}

// hangingWrap wraps s to width, indenting continuation rows under the
// text of the first row: past its indent and any list marker such as a
// cursor or tick box, so lists stay readable in narrow windows.
func hangingWrap(s string, width int) []string {
	hang := ansi.StringWidth(listMarker.FindString(ansi.Strip(s)))
	if hang == 0 || hang >= width/2 || strings.Contains(s, "\n") {
		return wrapText(s, width)
	}
	indent := len(s) - len(strings.TrimLeft(s, " "))
	// The first row keeps its marker, so all rows wrap at the width left
	// after the hang; the first may end a little early.
	rows := wrapText(strings.TrimLeft(s, " "), width-hang)
	for i := range rows {
		pad := hang
		if i == 0 {
			pad = indent
		}
		rows[i] = strings.Repeat(" ", pad) + rows[i]
	}
	return rows
}
