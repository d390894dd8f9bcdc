package fullscreen

import (
	"image/color"
	"regexp"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// maxTextWidth keeps lines short enough to read comfortably on a wide screen.
const maxTextWidth = 76

// styles are the looks of the parts of a screen. Every meaning also has words
// or marks ("Fejl:", [Label], [x]), so nothing is lost without colour: an
// address has no brackets, and the step's own is on a line of its own.
type styles struct {
	caption, heading, device, label, address, problem, note, warning, keyName, chosen, plain lipgloss.Style
}

// newStyles are the looks for a screen drawn by r (in colour or not) on
// the background bg, nil where it is not known: a colour only where it
// reads on bg (paletteFor), else bold and the words.
func newStyles(colour bool, bg color.Color, r *lipgloss.Renderer) styles {
	s := r.NewStyle
	if !colour {
		plain := s()
		return styles{plain, plain, plain, plain, plain, plain, plain, plain, plain, plain, plain}
	}
	st := styles{
		caption: s(),
		heading: s().Bold(true),
		device:  s().Italic(true),
		label:   s().Bold(true),
		// An address is not a button: underlined, in the terminal's own colour.
		address: s().Underline(true),
		problem: s().Bold(true),
		note:    s().Bold(true),
		warning: s().Bold(true),
		// The keys in the terminal's own colours: readable on light and dark themes alike.
		keyName: s().Bold(true),
		chosen:  s().Bold(true),
		plain:   s(),
	}
	if p, ok := paletteFor(bg, r); ok {
		st.caption = st.caption.Foreground(lipgloss.Color(p.caption))
		st.label = st.label.Foreground(lipgloss.Color(p.label))
		st.problem = st.problem.Foreground(lipgloss.Color(p.problem))
	}
	return st
}

// webOrMail finds a web or an e-mail address in a text, without the
// punctuation after it.
var webOrMail = regexp.MustCompile(`https?://[^\s»”)]*[^\s»”).,;:!?]|[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+`)

// paragraphs wraps a message to width as core.Wrap does, bullets drawn
// "• ". Screen labels keep their brackets and are highlighted; addresses
// have a look of their own.
func (s styles) paragraphs(msg string, width int) []string {
	return s.marked(core.Wrap{Width: width, Bullet: "• ", Cut: true}.Paragraphs(msg))
}

// hanging wraps text after a lead, as an answer "  2. " is drawn.
func (s styles) hanging(lead, text string, width int) []string {
	return s.marked(core.Wrap{Width: width, Cut: true}.Hang(lead, text))
}

// marked is wrapped lines with their labels and addresses styled.
func (s styles) marked(lines []string) []string {
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		// Labels first: the escape codes of a style hold brackets. A line
		// with no bracket, no address and no "@" is as it is, found
		// without the patterns (a list's rows, drawn anew as it is searched).
		if strings.Contains(l, "[") {
			l = core.Label.ReplaceAllStringFunc(l, func(a string) string { return s.label.Render(a) })
		}
		if strings.Contains(l, "://") || strings.Contains(l, "@") {
			l = webOrMail.ReplaceAllStringFunc(l, func(a string) string { return s.address.Render(a) })
		}
		lines[i] = l
	}
	return lines
}
