package fullscreen

import (
	"image/color"
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// UX review P15 (December 2026): the examples the review saw broken
// (`EU-LOGIN-EXTERNAL-` / `SUPPORT@ec.europa.eu`, `[Lost your` /
// `password?]`, the Play Store address at 60 columns) are drawn whole on
// one line, wherever in a paragraph, a bullet or an answer they fall, in
// the text widths of windows 50, 60 and 80 wide. One longer than the line
// is cut, as a last resort, into lines that fit and read on in order.
func TestLabelsAndAddressesAreNotBrokenAcrossLines(t *testing.T) {
	whole := []string{"EU-LOGIN-EXTERNAL-SUPPORT@ec.europa.eu", "automated-notifications@nomail.ec.europa.eu",
		"[Lost your password?]", "[Add a mobile device]", "https://play.google.com/store/apps/details?id=eu.europa.ec.ecas"}
	s := newStyles(true, color.Black, lipgloss.DefaultRenderer())
	for _, window := range []int{50, 60, 80} {
		width := min(window, maxTextWidth) - 2
		for _, w := range whole {
			for words := range 12 { // slides the example along the line
				before := strings.TrimSpace(strings.Repeat("Skriv til ", words/2) + strings.Repeat("os ", words%2))
				msg := before + " " + w + ", og vent."
				for _, lines := range [][]string{s.paragraphs(msg, width), s.paragraphs("- "+msg, width), s.hanging("> 3. ", msg, width)} {
					plain := make([]string, len(lines))
					for i, l := range lines {
						plain[i] = ansi.Strip(l)
						if ansi.StringWidth(plain[i]) > width {
							t.Errorf("%d: a line of %d cells: %q", window, ansi.StringWidth(plain[i]), plain[i])
						}
					}
					if !unbroken(plain, w, width) {
						t.Errorf("%d columns: %q is broken:\n%s", window, w, strings.Join(plain, "\n"))
					}
				}
			}
		}
	}
}

// unbroken reports whether w is whole on one of lines, or, longer than
// width, starts a line filled with as much of it as fits after a lead,
// and reads on in order on the lines after.
func unbroken(lines []string, w string, width int) bool {
	trimmed := make([]string, len(lines))
	for i, l := range lines {
		if strings.Contains(l, w) {
			return true
		}
		trimmed[i] = strings.TrimSpace(l)
	}
	const widestLead = len("> 3. ")
	return len(w) > width && strings.Contains(strings.Join(trimmed, ""), w) &&
		strings.Contains(strings.Join(trimmed, "\n"), w[:width-widestLead])
}

// P15: the step's address is drawn on a line of its own, without the
// brackets a label has (a pensioner typed them into the address bar),
// and, in colour, not in the label's look.
func TestTheStepsAddressIsOnALineOfItsOwnWithoutBrackets(t *testing.T) {
	var opened []string
	_, m := open(t, fixture.Place{Opts: fixture.At("kettle")}, &opened)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	found := false
	for _, l := range lines {
		found = found || strings.TrimSpace(l) == fixture.KettleURL
	}
	if !found {
		t.Errorf("the address is not on a line of its own, without brackets:\n%s", strings.Join(lines, "\n"))
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	s := newStyles(true, color.Black, r)
	if drawn := s.paragraphs(fixture.KettleURL, 60)[0]; drawn == s.label.Render(fixture.KettleURL) || drawn == fixture.KettleURL {
		t.Errorf("the address is drawn as a label is, or plain: %q", drawn)
	}
}
