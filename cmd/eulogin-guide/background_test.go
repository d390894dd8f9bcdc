package main

import (
	"image/color"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// refusedEmail runs the e-mail step in tm's terminal and has an address
// refused, so that the screen shows the guide's every colour: the caption,
// the [labels], and the error "Fejl: …", whose first cell it gives.
func refusedEmail(t *testing.T, tm *termtest.Term) termtest.Cell {
	t.Helper()
	tm.WaitForT("Skriv din e-mailadresse", wait)
	tm.Type("bent.k@")
	tm.Press("enter")
	tm.WaitForT("Fejl:", wait)
	for y, line := range strings.Split(tm.Screen(), "\n") {
		if i := strings.Index(line, "Fejl:"); i >= 0 {
			return tm.CellAt(utf8.RuneCountInString(line[:i]), y)
		}
	}
	t.Fatalf("no error on the screen:\n%s", tm.Screen())
	return termtest.Cell{}
}

func sameColour(a, b color.Color) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2
}

// Issue 19 (review 2): where the terminal says its background, also from
// inside tmux (which termenv would not ask) or through COLORFGBG, the
// guide's colours are those chosen for it, and read at least 4.5:1 on it.
func TestTheColoursAreChosenForTheBackgroundTheTerminalSays(t *testing.T) {
	cases := map[string]struct {
		theme termtest.Theme
		env   []string
		opts  []termtest.Option
	}{
		"dark":                     {theme: termtest.Dark},
		"light":                    {theme: termtest.Light},
		"light, in tmux":           {theme: termtest.Light, env: []string{"TERM=tmux-256color", "TERM_PROGRAM=tmux"}},
		"light, said by COLORFGBG": {theme: termtest.Light, env: []string{"COLORFGBG=0;15"}, opts: []termtest.Option{termtest.WithoutColourAnswer()}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			opts := append([]termtest.Option{termtest.WithTheme(c.theme)}, c.opts...)
			tm := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, t.TempDir(), c.env...), 80, 24, opts...)
			cell := refusedEmail(t, tm)
			if sameColour(cell.Fg, c.theme.Foreground) {
				t.Errorf("the error is in the terminal's own colour, not the guide's")
			}
			if r := fullscreen.Contrast(cell.Fg, c.theme.Background); r < fullscreen.MinContrast {
				t.Errorf("the error reads %.2f:1 on the background", r)
			}
			quitAtOnce(tm)
		})
	}
}

// Issue 19 (review 2): where the terminal does not say its background
// (GNU screen, the Linux console, tmux with a terminal that does not say
// it), nothing on the screen is drawn in a colour of the guide's own: a
// light theme gets no colour meant for a dark one. It knows at once, from
// the cursor position's answer, that no colour answer comes.
func TestNoColourOfItsOwnWhereTheBackgroundIsNotKnown(t *testing.T) {
	for name, th := range map[string]termtest.Theme{"dark": termtest.Dark, "light": termtest.Light} {
		t.Run(name, func(t *testing.T) {
			tm := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, t.TempDir()), 80, 24,
				termtest.WithTheme(th), termtest.WithoutColourAnswer())
			refusedEmail(t, tm)
			cols, rows := tm.Size()
			for y := range rows {
				for x := range cols {
					// The terminal's own colours, or the same turned round (a field's cursor).
					if c := tm.CellAt(x, y); !sameColour(c.Fg, th.Foreground) && !sameColour(c.Fg, th.Background) {
						t.Fatalf("the cell %q at %d,%d is drawn in %v:\n%s", c.Content, x, y, c.Fg, tm.Screen())
					}
				}
			}
			quitAtOnce(tm)
		})
	}
}
