package ui

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
)

// luminance is the relative luminance of c as WCAG defines it.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestKeysAndMutedTextReadOnLightAndDark(t *testing.T) {
	for _, dark := range []bool{true, false} {
		bg := color.Color(color.White)
		if dark {
			bg = color.Black
		}
		s := newStyles(dark, true)
		named := map[string]lipgloss.Style{
			"key": s.Help.ShortKey, "description": s.Help.ShortDesc,
			"separator": s.Help.ShortSeparator, "help key": s.Help.FullKey,
			"help text": s.Help.FullDesc, "muted": s.Muted, "part": s.Part,
		}
		for name, st := range named {
			if r := contrast(st.GetForeground(), bg); r < 4.5 {
				t.Errorf("dark=%v: %s reads at %.1f:1, want 4.5:1 or more", dark, name, r)
			}
		}
	}
}
