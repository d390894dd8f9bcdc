package steps_test

import (
	"regexp"
	"strconv"
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

// UX review P45: an answer or a bullet that wraps reads on under its
// text, not at column 0 nor under its number; at 60x18 on
// existing-account, "  1. Jeg er logget på. Vis mig, hvordan jeg sætter
// appen" / "op" was the case.
func TestAWrappedAnswerHangsUnderItsText(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		m := startGuide(t, tr, core.Options{StartAt: "existing-account"}, 60, 18)
		m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("3")}) // the answers in sight
		view := ansi.Strip(m.View())
		wrapped := 0
		for _, b := range m.(*fullscreen.Model).Frame().Body {
			if b.Kind == core.Choice {
				wrapped += hangs(t, view, strconv.Itoa(b.Number)+". ", b.Text)
			}
			for _, l := range strings.Split(b.Text, "\n") {
				if bullet, ok := strings.CutPrefix(l, "- "); ok && strings.Contains(view, "• "+strings.Fields(bullet)[0]) {
					hangs(t, view, "• ", bullet)
				}
			}
		}
		if lang == "da" && wrapped == 0 {
			t.Errorf("no answer wraps at 60x18 to test:\n%s", view)
		}
	}
}

// hangs fails unless text, drawn on view after lead ("2. " after the
// answer's mark, "• "), has every further line indented as far as its
// text starts; it is how many further lines it has.
func hangs(t *testing.T, view, lead, text string) int {
	t.Helper()
	lines := strings.Split(view, "\n")
	mark := map[bool]string{true: "", false: "  "}[lead == "• "]
	indent := strings.Repeat(" ", len([]rune(mark+lead)))
	for i, l := range lines {
		if !strings.HasPrefix(string([]rune(l)[min(len([]rune(l)), len(mark)):]), lead+strings.Fields(text)[0]) {
			continue
		}
		read, further := strings.TrimSpace(string([]rune(l)[len(indent):])), 0
		for _, next := range lines[i+1:] {
			if flatten(read) == flatten(text) || !strings.HasPrefix(flatten(text), flatten(read)) {
				break
			}
			if !strings.HasPrefix(next, indent) || strings.HasPrefix(next, indent+" ") {
				t.Errorf("%q reads on at column %d, not %d:\n%s", lead+text, len(next)-len(strings.TrimLeft(next, " ")), len(indent), view)
				return further
			}
			read, further = read+" "+strings.TrimSpace(next), further+1
		}
		if flatten(read) != flatten(text) {
			t.Errorf("%q is not drawn whole, read %q:\n%s", lead+text, read, view)
		}
		return further
	}
	t.Errorf("%q is not on the screen:\n%s", lead+text, view)
	return 0
}
