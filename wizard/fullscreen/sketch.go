package fullscreen

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// sketchArea draws a sketch of a page in a frame: its title, its words,
// its boxes with their labels and buttons as [Label], the control to use
// marked in words ("← her") and the focused one with "> " and the
// terminal's cursor; under the frame what the last action brought. It
// gives where the focused field takes the cursor too.
func (m *Model) sketchArea(p core.Panel) (lines []string, focus *point) {
	w := max(10, m.textWidth()-4)
	var inner []string
	for _, part := range p.Parts {
		var drawn []string
		if part.Field < 0 {
			drawn = m.drawBlock(core.Block{Kind: part.Kind, Text: part.Text}, w)
		} else {
			f := m.frame.Fields[part.Field]
			drawn = m.fieldLines(part.Field, f)
			if part.Field == m.frame.Focus {
				focus = m.focusIn(part.Field, f, drawn).moved(len(inner))
			}
			for _, b := range f.Messages {
				drawn = append(drawn, m.drawBlock(b, w)...)
			}
			if f.State == core.Confirming {
				drawn = append(drawn, m.drawBlock(core.Block{Kind: core.Text, Text: f.Confirm}, w)...)
			}
		}
		inner = append(inner, m.partMarks(drawn, part)...)
	}
	lines = append(lines, "┌"+strings.Repeat("─", w+2)+"┐")
	for _, l := range inner {
		lines = append(lines, m.framed.get(framedKey{l, w}, func() string {
			l = ansi.Truncate(l, w, "")
			return "│ " + l + strings.Repeat(" ", max(0, w-lipgloss.Width(l))) + " │"
		}))
	}
	lines = append(lines, "└"+strings.Repeat("─", w+2)+"┘")
	if focus != nil {
		focus = &point{focus.row + 1, focus.col + 2}
	}
	for _, b := range append(append([]core.Block{}, m.frame.Notice...), m.frame.SaveProblem...) {
		lines = append(lines, m.drawBlock(b, m.textWidth())...)
	}
	return lines, focus
}

// framedKey is a line of a sketch in its frame, inside width w.
type framedKey struct {
	line string
	w    int
}

// partMarks puts a part's marks after its first line: the one to use,
// one no source confirms.
func (m *Model) partMarks(drawn []string, part core.Part) []string {
	if len(drawn) == 0 {
		return drawn
	}
	first := drawn[0]
	if part.Marked {
		first += " " + m.t("sketch.here")
	}
	if part.Unconfirmed {
		first += " " + m.t("sketch.not-confirmed")
	}
	return append([]string{first}, drawn[1:]...)
}
