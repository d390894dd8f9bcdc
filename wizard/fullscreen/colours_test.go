package fullscreen

import (
	"fmt"
	"image/color"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// sgr is one Select Graphic Rendition sequence, its parameters caught.
var sgr = regexp.MustCompile("\x1b\\[([0-9;]*)m")

// foreground is the text colour an SGR sequence sets, as a terminal with
// xterm's palette shows it; nil where it sets none.
func foreground(params string) (color.Color, error) {
	p := strings.Split(params, ";")
	for i := 0; i < len(p); i++ {
		n, _ := strconv.Atoi(p[i])
		switch {
		case n == 38 && i+4 < len(p) && p[i+1] == "2":
			rgb := make([]uint8, 3)
			for j := range rgb {
				v, _ := strconv.Atoi(p[i+2+j])
				rgb[j] = uint8(v)
			}
			return color.RGBA{rgb[0], rgb[1], rgb[2], 0xff}, nil
		case n == 38 && i+2 < len(p) && p[i+1] == "5":
			v, _ := strconv.Atoi(p[i+2])
			return termenv.ConvertToRGB(termenv.ANSI256Color(v)), nil
		case n >= 30 && n <= 37, n >= 90 && n <= 97:
			return nil, fmt.Errorf("a colour of the 16 (SGR %d), whose shade the terminal sets", n)
		case n == 48 || (n >= 40 && n <= 47) || (n >= 100 && n <= 107):
			return nil, fmt.Errorf("a background colour (SGR %d)", n)
		}
	}
	return nil, nil
}

// Issue 19 (review 2, 19): every style the full screen draws with reads at
// least 4.5:1 (WCAG 2) against the background it is chosen for: dark
// themes, light themes, a background between (none reads there) and one
// not known, in truecolor, in the 256 colours termenv picks, and in 16
// colours. Where the background is not known, or only 16 colours are
// drawn, no style sets a colour at all: bold and the words carry it.
func TestEveryStyleReadsOnTheBackgroundItIsChosenFor(t *testing.T) {
	hex := func(s string) color.Color { return termenv.ConvertToRGB(termenv.RGBColor(s)) }
	backgrounds := map[string]color.Color{
		"not known": nil, "black": color.Black, "#1e1e1e": hex("#1e1e1e"), "Campbell #0c0c0c": hex("#0c0c0c"),
		"Solarized dark": hex("#002b36"), "white": color.White, "One Half Light #fafafa": hex("#fafafa"),
		"Solarized light": hex("#fdf6e3"), "grey #808080": hex("#808080"),
	}
	coloured := 0
	profiles := map[termenv.Profile]string{termenv.TrueColor: "truecolor", termenv.ANSI256: "256 colours", termenv.ANSI: "16 colours"}
	for profile, colours := range profiles {
		for name, bg := range backgrounds {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(profile)
			s := newStyles(true, bg, r)
			for part, st := range map[string]lipgloss.Style{"caption": s.caption, "heading": s.heading, "device": s.device,
				"label": s.label, "address": s.address, "problem": s.problem, "note": s.note, "warning": s.warning,
				"key": s.keyName, "chosen answer": s.chosen, "text": s.plain} {
				for _, m := range sgr.FindAllStringSubmatch(st.Render("Fejl: [Next]"), -1) {
					fg, err := foreground(m[1])
					switch {
					case err != nil:
						t.Errorf("%s on %s: the %s has %v", colours, name, part, err)
					case fg == nil:
					case bg == nil || profile == termenv.ANSI:
						t.Errorf("%s on %s: the %s has a colour of its own", colours, name, part)
					case Contrast(fg, bg) < MinContrast:
						t.Errorf("%s on %s: the %s reads %.2f:1", colours, name, part, Contrast(fg, bg))
					default:
						coloured++
					}
				}
			}
		}
	}
	// Colour is still used where it reads: three styles, on the seven
	// backgrounds a palette is for, in truecolor and 256 colours.
	if coloured != 3*7*2 {
		t.Errorf("%d styles were drawn in a colour of the guide's, want %d", coloured, 3*7*2)
	}
}

// The contrast computed is WCAG's: white on black is 21:1, and the review's
// figures (accessibility.md) come out again.
func TestContrastIsWCAGs(t *testing.T) {
	hex := func(s string) color.Color { return termenv.ConvertToRGB(termenv.RGBColor(s)) }
	for _, c := range []struct {
		a, b string
		want float64
	}{{"#ffffff", "#000000", 21}, {"#AAAAAA", "#ffffff", 2.32}, {"#8AB4FF", "#1e1e1e", 7.98}, {"#00338F", "#ffffff", 11.23}} {
		if got := Contrast(hex(c.a), hex(c.b)); got < c.want-0.005 || got > c.want+0.005 {
			t.Errorf("%s on %s: %.2f:1, want %.2f:1", c.a, c.b, got, c.want)
		}
	}
}
