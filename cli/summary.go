package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/airtable-connect/airtable-connect/store"
	"github.com/airtable-connect/airtable-connect/ui"
)

// writeSummary prints what the wizard achieved once its screens are gone:
// the wizard draws on the alternate screen, so nothing of it stays. It
// names the profile, the account, the bases, where the token went and what
// to do next, wrapped at word boundaries to the terminal's width. It never
// prints the token.
func writeSummary(w io.Writer, opts connectOptions, res ui.Result) {
	writeWrapped(w, summaryWidth(w), summaryLines(opts, res))
}

// writeWrapped prints each paragraph wrapped at spaces to width, so a
// command such as 'airtable-connect token --profile x' is never split at a
// hyphen; only a word longer than a whole row, such as a long path, is
// broken.
func writeWrapped(w io.Writer, width int, paragraphs []string) {
	for _, s := range paragraphs {
		fmt.Fprintln(w, strings.Join(wrapWords(s, width), "\n"))
	}
}

// wrapWords fills rows of at most width columns with the words of s.
func wrapWords(s string, width int) []string {
	var rows []string
	row := ""
	for _, word := range strings.Fields(s) {
		switch {
		case row == "":
			row = word
		case ansi.StringWidth(row)+1+ansi.StringWidth(word) <= width:
			row += " " + word
		default:
			rows, row = append(rows, row), word
		}
		for ansi.StringWidth(row) > width { // a path longer than a whole row
			rows = append(rows, ansi.Truncate(row, width, ""))
			row = ansi.TruncateLeft(row, width, "")
		}
	}
	return append(rows, row)
}

// summaryLines returns the summary's sentences, one paragraph each.
func summaryLines(opts connectOptions, res ui.Result) []string {
	profile := res.Profile
	if profile == "" {
		profile = opts.profile
	}
	if opts.demo {
		return []string{
			fmt.Sprintf("Practice run finished for profile %q. Nothing real was saved: "+
				"the account, the token and the keyring were all stand-ins.", profile),
			"Run airtable-connect without --demo to connect for real.",
		}
	}
	out := []string{fmt.Sprintf("Connected profile %q to %s.", profile,
		summaryAccount(opts, res))}
	if b := summaryBases(res); b != "" {
		out = append(out, b)
	}
	if res.Storage == store.LocationFile {
		out = append(out, fmt.Sprintf("The token is saved in the file %s, readable only "+
			"by you.", res.Path))
	} else {
		out = append(out, "The token is saved in your system keyring.")
	}
	if !res.Report.Ready() {
		out = append(out, fmt.Sprintf("Some checks did not pass; 'airtable-connect status "+
			"--profile %s' shows them.", profile))
	}
	if res.Linked {
		return append(out, fmt.Sprintf("You linked the account in the hub. "+
			"'airtable-connect token --profile %s' prints the token if the hub asks "+
			"for it again.", profile))
	}
	hub := "the hub"
	if opts.hubURL != "" {
		hub = opts.hubURL
	}
	return append(out, fmt.Sprintf("Next: link the account in %s. 'airtable-connect token "+
		"--profile %s' prints the token to paste there.", hub, profile))
}

// summaryBases lists the bases the token reaches, marking each one where
// the access level is below Owner or Creator, as in "Content Calendar
// (edit: below Owner or Creator)".
func summaryBases(res ui.Result) string {
	bases := res.Report.Bases
	if len(bases) == 0 {
		return ""
	}
	names := make([]string, 0, len(bases))
	for _, b := range bases {
		name := b.Name
		if b.PermissionLevel != "create" {
			name += fmt.Sprintf(" (%s: below Owner or Creator)", b.PermissionLevel)
		}
		names = append(names, name)
	}
	return "Bases it reaches: " + strings.Join(names, ", ") + "."
}

// summaryWidth is the width of the terminal w writes to, or 80 when w is
// no terminal or its size is unknown.
func summaryWidth(w io.Writer) int {
	if f, ok := w.(interface{ Fd() uintptr }); ok && term.IsTerminal(f.Fd()) {
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			return cols
		}
	}
	return 80
}

// summaryAccount names the Airtable account: its email (masked in
// presenter mode), else its user id.
func summaryAccount(opts connectOptions, res ui.Result) string {
	r := res.Report
	switch {
	case r.Email != "" && opts.presenter:
		return maskAddress(r.Email)
	case r.Email != "":
		return r.Email
	case r.UserID != "":
		return "the Airtable account " + r.UserID
	}
	return "your Airtable account"
}
