package fullscreen

import (
	"image/color"
	"math"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// MinContrast is the least contrast (WCAG 2) between a coloured text and
// the background it is drawn on, as WCAG asks for normal text (AA).
const MinContrast = 4.5

// palette is the guide's three colours for one kind of background.
type palette struct{ caption, label, problem string }

// palettes are the colours for a dark background and for a light one. No
// colour reads on both (it would need a luminance at once above 0.233 for
// #1e1e1e and below 0.183 for white), so the one drawn is chosen for the
// background the guide knows (paletteFor).
var palettes = []palette{
	{caption: "#AAAAAA", label: "#8AB4FF", problem: "#FF7B7B"}, // dark
	{caption: "#555555", label: "#00338F", problem: "#B00020"}, // light
}

// paletteFor is the palette whose every colour, as the renderer sends it
// (the nearest of 256 where the terminal has no more), has MinContrast
// against the background bg. There is none, and the guide draws in the
// terminal's own colours with bold and words only, where bg is not known
// (nil), where no palette reads on it, and on a terminal of 16 colours,
// whose shades each terminal and theme set their own way.
func paletteFor(bg color.Color, r *lipgloss.Renderer) (palette, bool) {
	profile := r.ColorProfile()
	if bg == nil || (profile != termenv.TrueColor && profile != termenv.ANSI256) {
		return palette{}, false
	}
	for _, p := range palettes {
		if readsOn(p, bg, profile) {
			return p, true
		}
	}
	return palette{}, false
}

func readsOn(p palette, bg color.Color, profile termenv.Profile) bool {
	for _, hex := range []string{p.caption, p.label, p.problem} {
		if Contrast(termenv.ConvertToRGB(profile.Color(hex)), bg) < MinContrast {
			return false
		}
	}
	return true
}

// Contrast is the WCAG 2 contrast ratio of two colours, from 1 to 21.
func Contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is a colour's relative luminance (WCAG 2).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
