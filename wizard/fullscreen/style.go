package fullscreen

import (
	"regexp"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// maxTextWidth keeps lines short enough to read comfortably on a wide screen.
const maxTextWidth = 76

// styles are the looks of the parts of a screen. Every meaning also has words
// or marks ("Fejl:", [Label], [x]), so nothing is lost without colour.
type styles struct {
	caption, heading, device, label, problem, note, warning, keyName, chosen, plain lipgloss.Style
}

func newStyles(colour bool) styles {
	s := lipgloss.NewStyle
	if !colour {
		plain := s()
		return styles{plain, plain, plain, plain, plain, plain, plain, plain, plain, plain}
	}
	return styles{
		caption: s().Foreground(lipgloss.AdaptiveColor{Light: "#555555", Dark: "#AAAAAA"}),
		heading: s().Bold(true),
		device:  s().Italic(true),
		label:   s().Bold(true).Foreground(lipgloss.AdaptiveColor{Light: "#00338F", Dark: "#8AB4FF"}),
		problem: s().Bold(true).Foreground(lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF7B7B"}),
		note:    s().Bold(true),
		warning: s().Bold(true),
		// The keys in the terminal's own colours: readable on light and dark themes alike.
		keyName: s().Bold(true),
		chosen:  s().Bold(true),
		plain:   s(),
	}
}

// screenLabel finds the name of a button or field on the pages the user
// works on (for this guide, EU Login's), written [Like this] in the texts.
var screenLabel = regexp.MustCompile(`\[[^\[\]]+\]`)

// paragraphs wraps a message to width: each line of it is a paragraph, and a
// line starting "- " is a bullet whose wrapped lines are indented under it.
// Screen labels keep their brackets and are highlighted.
func (s styles) paragraphs(msg string, width int) []string {
	var out []string
	for _, line := range strings.Split(msg, "\n") {
		lead, rest := "", line
		if strings.HasPrefix(line, "- ") {
			lead, rest = "• ", line[2:]
		}
		wrapped := lipgloss.NewStyle().Width(width - len([]rune(lead))).Render(rest)
		for i, w := range strings.Split(wrapped, "\n") {
			w = strings.TrimRight(w, " ")
			if i > 0 && lead != "" {
				w = "  " + w
			} else if lead != "" {
				w = lead + w
			}
			out = append(out, screenLabel.ReplaceAllStringFunc(w, func(l string) string { return s.label.Render(l) }))
		}
	}
	return out
}
