package steps_test

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
)

// whole finds what a pensioner reads, compares or types as one: an EU
// Login label, a web address and an e-mail address.
var whole = regexp.MustCompile(`\[[^\[\]]+\]|https?://[^\s»”)]*[^\s»”).,;:!?]|[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+`)

// UX review P15 (December 2026): on every step of every journey, in both
// languages, at 60 and 80 columns, each label, e-mail address and web
// address of the screen's text is drawn whole on one line where it fits
// in the line. (Once `[Lost your` / `password?]`, `EU-LOGIN-EXTERNAL-` /
// `SUPPORT@ec.europa.eu`, `automated-` / `notifications@…`.)
func TestLabelsAndAddressesAreWholeOnEveryStep(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		everyStep(t, lang, func(t *testing.T, st *flow.Step, opts core.Options) {
			opts.Text = tr
			opts.Save = func(flow.Progress) string { return "" }
			c, err := core.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			var wanted []string
			for _, b := range c.Frame().Body {
				wanted = append(wanted, whole.FindAllString(b.Text, -1)...)
			}
			for _, width := range []int{60, 80} {
				// Tall enough that nothing scrolls out of sight.
				m, _ := fullscreen.New(c, fullscreen.WithLetterWait(0)).Update(tea.WindowSizeMsg{Width: width, Height: 200})
				view := ansi.Strip(m.View())
				for _, w := range wanted {
					if ansi.StringWidth(w) <= min(width, 76)-2 && !strings.Contains(view, w) {
						t.Errorf("%d columns: %q is not whole on one line:\n%s", width, w, view)
					}
				}
			}
		})
	}
}
