package ui

import (
	"image/color"
	"os"

	"charm.land/bubbles/v2/help"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// Styles holds every look the wizard uses, so no screen picks its own
// colours. Build it with newStyles.
type Styles struct {
	Header   lipgloss.Style
	Part     lipgloss.Style
	Title    lipgloss.Style
	URL      lipgloss.Style
	Focus    lipgloss.Style
	Muted    lipgloss.Style
	OK       lipgloss.Style
	Warn     lipgloss.Style
	Err      lipgloss.Style
	Help     help.Styles
	Coloured bool
}

// newStyles returns the styles for a dark or light background; with colour
// off only bold and faint text remain.
func newStyles(dark, colour bool) Styles {
	plain := lipgloss.NewStyle()
	s := Styles{
		Header: plain.Bold(true), Part: plain, Title: plain.Bold(true),
		URL: plain.Underline(true), Focus: plain.Bold(true), Muted: plain,
		OK: plain.Bold(true), Warn: plain.Bold(true), Err: plain.Bold(true),
		Help: help.DefaultStyles(dark), Coloured: colour,
	}
	if !colour {
		s.Help = plainHelp()
		return s
	}
	pick := lipgloss.LightDark(dark)
	fg := func(light, darkHex string) color.Color {
		return pick(lipgloss.Color(light), lipgloss.Color(darkHex))
	}
	s.Header = s.Header.Foreground(fg("#5A3FC0", "#B7A6FF"))
	s.Part = s.Part.Foreground(fg("#555555", "#A8A8A8"))
	s.Title = s.Title.Foreground(fg("#1F1F1F", "#F2F2F2"))
	s.URL = s.URL.Foreground(fg("#0B5CAD", "#7CC4FF"))
	s.Focus = s.Focus.Foreground(fg("#A03A00", "#FFB070"))
	s.Muted = s.Muted.Foreground(fg("#666666", "#9A9A9A"))
	s.OK = s.OK.Foreground(fg("#1E7B34", "#6BD88A"))
	s.Warn = s.Warn.Foreground(fg("#8A5A00", "#F2C14E"))
	s.Err = s.Err.Foreground(fg("#B00020", "#FF7B86"))
	s.Help = keyStyles(fg)
	return s
}

// keyStyles colours the keys line and the help. Every grey reads at 4.5:1
// or better against its background, light or dark, unlike the dim greys
// the help bubble uses by default.
func keyStyles(fg func(light, dark string) color.Color) help.Styles {
	p := lipgloss.NewStyle()
	key, desc, sep := fg("#3A3A3A", "#D0D0D0"), fg("#5C5C5C", "#A8A8A8"),
		fg("#6E6E6E", "#8C8C8C")
	return help.Styles{
		Ellipsis: p.Foreground(sep), ShortKey: p.Foreground(key),
		ShortDesc: p.Foreground(desc), ShortSeparator: p.Foreground(sep),
		FullKey: p.Foreground(key), FullDesc: p.Foreground(desc),
		FullSeparator: p.Foreground(sep),
	}
}

func plainHelp() help.Styles {
	p := lipgloss.NewStyle()
	return help.Styles{
		Ellipsis: p, ShortKey: p.Bold(true), ShortDesc: p, ShortSeparator: p,
		FullKey: p.Bold(true), FullDesc: p, FullSeparator: p,
	}
}

// colourFromEnv reads NO_COLOR and CLICOLOR_FORCE itself: any non-empty
// NO_COLOR turns colour off (some libraries accept only boolean words), and
// a CLICOLOR_FORCE other than "0" forces it on.
func colourFromEnv(getenv func(string) string) (on, forced bool) {
	if getenv("NO_COLOR") != "" {
		return false, false
	}
	if f := getenv("CLICOLOR_FORCE"); f != "" && f != "0" {
		return true, true
	}
	return true, false
}

// colourProfile returns the profile to force on the program, or ok=false to
// let Bubble Tea detect the terminal.
func colourProfile() (p colorprofile.Profile, ok bool) {
	on, forced := colourFromEnv(os.Getenv)
	switch {
	case !on:
		return colorprofile.Ascii, true
	case forced:
		return colorprofile.ANSI256, true
	}
	return 0, false
}

// fieldTheme is the look of the text fields: huh's own colours, or with
// colour off its plain base theme with no colour left in it.
func fieldTheme(colour bool) huh.Theme {
	if colour {
		return huh.ThemeFunc(huh.ThemeCharm)
	}
	return huh.ThemeFunc(func(dark bool) *huh.Styles {
		t := huh.ThemeBase(dark)
		t.Focused.TextInput.Placeholder = lipgloss.NewStyle()
		t.Focused.Title = lipgloss.NewStyle().Bold(true)
		t.Blurred.TextInput.Placeholder = lipgloss.NewStyle()
		return t
	})
}
