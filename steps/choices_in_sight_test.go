package steps_test

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// zoomedWindows are the windows of a low-vision user who enlarges the
// font: from the smallest the guide draws in up to 80x24.
var zoomedWindows = func() (sizes [][2]int) {
	for _, w := range []int{50, 60, 70, 80} {
		for _, h := range []int{16, 18, 20, 24} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	return sizes
}()

// UX review P1 (December 2026): a choice is never made out of sight. On
// every choice step of every journey, the first question and the help
// index (whose topics are taller than the smaller windows), in every
// zoomed window: ↓, pressed to read on, reaches the end of the screen, and
// the answer Enter then chooses was on the screen; Enter pressed at once,
// unread, chooses no answer out of sight either. An Enter that does not
// choose brings the highlighted answer into sight, and the next one
// chooses it. (Once, at 60x18 on existing-account, ↓ moved the hidden
// choice and Enter chose "Jeg har ingen konto alligevel", unseen.)
func TestAChoiceIsNeverMadeOutOfSight(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		t.Run(lang+"/first question", func(t *testing.T) {
			opts := core.Options{}
			allJourneys(t)(&opts)
			chooseInSight(t, tr, opts)
		})
		t.Run(lang+"/help index", func(t *testing.T) {
			opts := core.Options{StartAt: "needs"}
			allJourneys(t)(&opts)
			opts.Ask = false
			chooseInSight(t, tr, opts, tea.KeyMsg{Type: tea.KeyF1}, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")})
		})
		everyStep(t, lang, func(t *testing.T, st *flow.Step, opts core.Options) {
			if st.Kind == flow.Choose {
				chooseInSight(t, tr, opts)
			}
		})
	}
}

// chooseInSight opens the choice opts open at (after the keys given) in
// each zoomed window, reads it to its end with ↓ or not at all, then
// presses Enter until it chooses, and fails where an Enter chose an
// answer that was not on the screen.
func chooseInSight(t *testing.T, tr *text.Translator, opts core.Options, keys ...tea.KeyMsg) {
	t.Helper()
	more := tr.T("app.more-below")
	for _, size := range zoomedWindows {
		open := func() tea.Model {
			m := startGuide(t, tr, opts, size[0], size[1])
			for _, k := range keys {
				m = update(m, k)
			}
			return m
		}
		if problem := enterInSight(open()); problem != "" {
			t.Errorf("%v, unread: %s", size, problem)
		}
		m := open()
		for range 100 {
			if !strings.Contains(stripANSI(m.View()), more) {
				break
			}
			m = update(m, tea.KeyMsg{Type: tea.KeyDown})
		}
		if strings.Contains(stripANSI(m.View()), more) {
			t.Errorf("%v: 100 presses of ↓ did not read to the end:\n%s", size, m.View())
		}
		if problem := enterInSight(m); problem != "" {
			t.Errorf("%v: %s", size, problem)
		}
	}
}

// enterInSight presses Enter until it chooses, and says what went wrong:
// an Enter that chose an answer not on the screen, one that did not
// choose an answer on it, or two that did not choose.
func enterInSight(m tea.Model) string {
	for enters := 0; enters < 2; enters++ {
		before, view := m.(*fullscreen.Model).Frame(), stripANSI(m.View())
		seen := highlightedInSight(view, before)
		m = update(m, tea.KeyMsg{Type: tea.KeyEnter})
		chose := !reflect.DeepEqual(m.(*fullscreen.Model).Frame(), before)
		switch {
		case chose && !seen:
			return fmt.Sprintf("Enter chose answer %d, which was not on the screen:\n%s", before.Selected+1, view)
		case chose:
			return ""
		case seen:
			return fmt.Sprintf("Enter did not choose answer %d, which was on the screen:\n%s", before.Selected+1, view)
		}
	}
	return "a second Enter did not choose either"
}

// highlightedInSight reports whether the screen shows the whole of the
// highlighted answer of frame f, with its mark ("→ " where a field has the
// focus too) and number.
func highlightedInSight(view string, f core.Frame) bool {
	for _, b := range f.Body {
		if b.Kind == core.Choice && b.Number == f.Selected+1 {
			answer := strconv.Itoa(b.Number) + ". " + b.Text
			return strings.Contains(flatten(view), flatten("> "+answer)) || strings.Contains(flatten(view), flatten("→ "+answer))
		}
	}
	return false
}
