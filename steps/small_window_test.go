package steps_test

import (
	"runtime"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// smallWindows are the window sizes where the password and pension-number
// steps once did not fit: the smallest the guide supports and a little more.
var smallWindows = [][2]int{{50, 16}, {51, 17}, {60, 16}, {60, 18}, {72, 17}, {200, 16}}

// F-1: the down arrow, pressed as often as a user may, never crashes the
// guide and never scrolls past the end, on the steps with the tallest
// answer areas, after an answer that brings an error or advice.
func TestTheDownArrowNeverBreaksTheGuide(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for _, c := range []struct{ step, typed string }{{"password", "abc"}, {"pension-number", "0O12"}, {"validation-code", "ab"}} {
			for _, size := range smallWindows {
				m := startGuide(t, translator(t, lang), core.Options{StartAt: c.step}, size[0], size[1])
				m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(c.typed)})
				m = update(m, tea.KeyMsg{Type: tea.KeyEnter})
				for range 60 {
					m = update(m, tea.KeyMsg{Type: tea.KeyDown})
					if n := len(strings.Split(m.View(), "\n")); n > size[1] {
						t.Fatalf("%s %s %v: %d lines", lang, c.step, size, n)
					}
				}
			}
		}
	}
}

// F-5: no step of any journey, in either language, with an error showing,
// draws a frame taller or wider than the smallest windows; and the heading
// is on screen before anything is scrolled.
func TestEveryStepFitsTheSmallestWindows(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		everyStep(t, lang, func(t *testing.T, st *flow.Step, opts core.Options) {
			for _, size := range smallWindows {
				m := startGuide(t, tr, opts, size[0], size[1])
				if len(st.Fields) > 0 {
					if f := st.Fields[0]; f.Optional {
						m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tooLittle(f))})
					}
					m = update(m, tea.KeyMsg{Type: tea.KeyEnter})
				}
				view := ansi.Strip(m.View())
				lines := strings.Split(view, "\n")
				if len(lines) > size[1] {
					t.Errorf("%v: %d lines", size, len(lines))
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > size[0] {
						t.Errorf("%v: a line of %d cells", size, ansi.StringWidth(l))
					}
				}
				title := strings.Fields(tr.T(st.Title))
				if !strings.Contains(strings.Join(strings.Fields(view), " "), strings.Join(title[:min(3, len(title))], " ")) {
					t.Errorf("%v: the heading is not on screen:\n%s", size, view)
				}
			}
		})
	}
}

// everyStep runs try as a subtest, named lang/journey/step, for each step
// of every built-in journey, with the options that open the guide there as
// --journey and --step do: every journey and help topic in reach.
func everyStep(t *testing.T, lang string, try func(t *testing.T, st *flow.Step, opts core.Options)) {
	t.Helper()
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range content.Flows {
		for _, id := range f.StepIDs() {
			t.Run(lang+"/"+f.ID+"/"+id, func(t *testing.T) {
				try(t, f.Step(id), core.Options{Flow: f, StartAt: id, Journeys: content.Flows, Topics: content.Topics})
			})
		}
	}
}

// A paste of a megabyte into the password field is cut to what the field
// takes, and the user is told; it costs the guide a few megabytes, not
// gigabytes (once 1.7 GB).
func TestAHugePasteIsCutAndCostsLittle(t *testing.T) {
	g := newGuide(t, "da", "password")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	g.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("Aa1-", 1<<18)), Paste: true})
	_ = g.model.View()
	runtime.ReadMemStats(&after)
	if used := after.TotalAlloc - before.TotalAlloc; used > 64<<20 {
		t.Fatalf("the paste cost %d MB", used>>20)
	}
	g.sees("app.paste-cut")
}
