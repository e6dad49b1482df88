package steps

import (
	"fmt"
	"io"
	"strings"
)

// Guide returns the steps of the printed guide, tailored to the chosen
// scopes: the steps that happen in Airtable and in the hub, without the
// ones that happen only inside this program. With no scopes given, the
// scopes step lists all eight with their meanings.
func Guide(scopes []string) []Step {
	if len(scopes) == 0 {
		scopes = allScopeNames()
	}
	var out []Step
	for _, s := range All() {
		if s.ToolOnly {
			continue
		}
		if s.ID == Scopes {
			s = scopesStep(scopes)
		}
		out = append(out, s)
	}
	return out
}

// Format is how WriteGuide lays out the guide.
type Format string

const (
	// FormatText is plain text for a chat or a terminal.
	FormatText Format = "text"
	// FormatMarkdown is Markdown for a ticket or a wiki page.
	FormatMarkdown Format = "markdown"
)

// WriteGuide prints guide (usually the result of Guide) to w in format,
// numbering the steps after the introduction from 1 and closing with Airtable's reference page.
// Body lines are not wrapped; the reader's window does that.
func WriteGuide(w io.Writer, guide []Step, format Format) error {
	var b strings.Builder
	md := format == FormatMarkdown
	if md {
		b.WriteString("# Connect Airtable with a personal access token\n")
	} else {
		b.WriteString("Connect Airtable with a personal access token\n")
	}
	part, n := Part(-1), 0
	for _, s := range guide {
		if s.Part != part {
			part = s.Part
			writeHeading(&b, md, "## ", part.String())
		}
		// The introduction reads as the part's own text, without a number.
		if s.Part != PartStart {
			n++
			writeHeading(&b, md, "### ", fmt.Sprintf("%d. %s", n, s.Title))
		}
		writeBody(&b, md, s)
	}
	writeHeading(&b, md, "## ", "More")
	b.WriteString("Airtable's reference for personal access tokens:\n" +
		linkLine(md, referenceURL))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write guide: %w", err)
	}
	return nil
}

func writeHeading(b *strings.Builder, md bool, mark, text string) {
	if !strings.HasSuffix(b.String(), "\n\n") {
		b.WriteString("\n")
	}
	if md {
		b.WriteString(mark + text + "\n\n")
		return
	}
	b.WriteString(text + "\n" + strings.Repeat("-", len(text)) + "\n")
}

func writeBody(b *strings.Builder, md bool, s Step) {
	for _, line := range s.Body {
		switch {
		case md && strings.HasPrefix(line, "  "):
			name, meaning, _ := strings.Cut(strings.TrimSpace(line), " - ")
			b.WriteString("- `" + name + "`")
			if meaning != "" {
				b.WriteString(": " + meaning)
			}
			b.WriteString("\n")
		default:
			b.WriteString(line + "\n")
		}
	}
	if s.URL != "" {
		b.WriteString(linkLine(md, s.URL))
	}
}

func linkLine(md bool, url string) string {
	if md {
		return "<" + url + ">\n"
	}
	return url + "\n"
}
