package steps_test

import (
	"runtime"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
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

// F-5: no step, in either language, with an error showing, draws a frame
// taller or wider than the smallest windows; and the heading is on screen
// before anything is scrolled.
func TestEveryStepFitsTheSmallestWindows(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for _, id := range steps.NewAccount().StepIDs() {
			for _, size := range smallWindows {
				m := startGuide(t, tr, core.Options{StartAt: id}, size[0], size[1])
				if fields := steps.NewAccount().Step(id).Fields; len(fields) > 0 {
					if fields[0].Optional {
						m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")})
					}
					m = update(m, tea.KeyMsg{Type: tea.KeyEnter})
				}
				view := ansi.Strip(m.View())
				lines := strings.Split(view, "\n")
				if len(lines) > size[1] {
					t.Errorf("%s %s %v: %d lines", lang, id, size, len(lines))
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > size[0] {
						t.Errorf("%s %s %v: a line of %d cells", lang, id, size, ansi.StringWidth(l))
					}
				}
				title := strings.Fields(tr.T(steps.NewAccount().Step(id).Title))
				if !strings.Contains(strings.Join(strings.Fields(view), " "), strings.Join(title[:min(3, len(title))], " ")) {
					t.Errorf("%s %s %v: the heading is not on screen:\n%s", lang, id, size, view)
				}
			}
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
