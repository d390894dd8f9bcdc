package steps_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Issue 20: every failure a rehearsal shows is picked from the list the
// rehearsal's first question leads to, shows on the way the page as it
// looks then (a screen's sketch; where the user is to act on it, such as
// typing a wrong password and clicking [Sign in], the user does it there),
// and reaches what to do, in the words of its help topic: in the line mode
// and in the full screen at 80x24 and 60x18, the whole sketch in sight, in
// both languages.
func TestEveryFailureReachesWhatToDo(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Failures) < 6 {
		t.Fatalf("%d failures to rehearse, want the six of issue 20", len(built.Failures))
	}
	rehearsal := func(o *core.Options) {
		o.Mode, o.Ask, o.Journeys, o.Topics, o.Failures = core.Rehearsal, true, built.Flows, built.Topics, built.Failures
	}
	wrong := len(built.Flows) + 1 // the first question's answer after the journeys: something that goes wrong
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for i, f := range built.Failures {
			t.Run(lang+" "+f.ID, func(t *testing.T) {
				topic := built.Topics[slices.IndexFunc(built.Topics, func(tp flow.Topic) bool { return tp.ID == f.Topic })]
				toDo := text.Data{"Topic": tr.T(topic.Title)}

				input := fmt.Sprintf("%d\n%d\n", wrong, i+1)
				seen := []string{tr.T("app.rehearsal"), tr.T(f.Title)}
				for _, sc := range f.Screens {
					seen = append(seen, tr.T(sc.Text))
					if sc.Sketch != nil {
						seen = append(seen, pageWords(tr, sc.Sketch))
					}
					for _, line := range append(lineAnswers(t, sc), "") { // "": the screen's own Enter
						input += line + "\n"
					}
				}
				ts := run(t, lang, "", input, rehearsal)
				for i := range seen {
					seen[i] = flatten(plaintest.Spoken(tr, seen[i]))
				}
				ts.sees(append(seen, ts.msg("rehearsal.what-to-do"), ts.msg("rehearsal.what-to-do-body", toDo))...)
				if len(ts.saved) > 0 {
					t.Errorf("the rehearsal saved %d times", len(ts.saved))
				}

				for _, size := range [][2]int{{80, 24}, {60, 18}} {
					opts := core.Options{}
					rehearsal(&opts)
					g := &guide{t: t, tr: tr, model: startGuide(t, tr, opts, size[0], size[1])}
					for _, key := range []string{fmt.Sprint(wrong), "enter", fmt.Sprint(i + 1), "enter"} {
						g.send(keyMsg(key))
					}
					if view := stripANSI(g.model.View()); !strings.Contains(view, tr.T(f.Title)) {
						t.Fatalf("the full screen did not open the failure:\n%s", view)
					}
					for n, sc := range f.Screens {
						if sc.Sketch != nil {
							seesSketch(t, g, sc, size, n+1)
						}
						onSketchByKeys(t, g, sc)
						g.press(tea.KeyEnter)
					}
					if view := flatten(stripANSI(g.model.View())); !strings.Contains(view, tr.T("rehearsal.what-to-do")) ||
						!strings.Contains(view, flatten(tr.T("rehearsal.what-to-do-body", toDo))) {
						t.Errorf("at %v the full screen did not reach what to do:\n%s", size, view)
					}
				}
			})
		}
	}
}

// pageWords are the words a sketch shows first: its title.
func pageWords(tr *text.Translator, sk *flow.Sketch) string {
	if first := sk.Controls[0]; first.Label != "" {
		return "[" + first.Label + "]"
	} else {
		return tr.T(first.Text)
	}
}

// usedControls are the controls of a failure screen's sketch the user
// goes through to do what it marks: each one that takes the focus, up to
// the last one to use; none where the sketch is only looked at.
func usedControls(t *testing.T, sc flow.FailureScreen) []flow.Control {
	if !sc.Use {
		return nil
	}
	var used []flow.Control
	last := slices.IndexFunc(sc.Sketch.Controls, func(c flow.Control) bool { return c.Use }) // the first, to find the last below
	for i, c := range sc.Sketch.Controls {
		if c.Use {
			last = i
		}
	}
	for _, c := range sc.Sketch.Controls[:last+1] {
		switch {
		case !c.Interactive():
		case !c.Use && (c.Kind == flow.SketchButton || c.Kind == flow.SketchLink || c.Kind == flow.SketchCheckbox):
			t.Fatalf("%s: a %s before the last control to use: the test does not go past it", sc.Sketch.ID, c.Kind)
		default:
			used = append(used, c)
		}
	}
	return used
}

// lineAnswers are the lines a line mode answers a screen's sketch with:
// a word in a box (any answer will do), the first option of a list, Enter
// on what is used. The screen's own Enter is not among them.
func lineAnswers(t *testing.T, sc flow.FailureScreen) []string {
	var lines []string
	for _, c := range usedControls(t, sc) {
		switch c.Kind {
		case flow.SketchField, flow.SketchSecret:
			lines = append(lines, "abc")
		case flow.SketchList:
			lines = append(lines, "1")
		default:
			lines = append(lines, "")
		}
	}
	if len(lines) > 0 {
		lines = lines[:len(lines)-1] // the last is used by the screen's own Enter
	}
	return lines
}

// onSketchByKeys does in the full screen what the screen's sketch marks,
// but the last Enter: a word typed in a box, a list left as it is.
func onSketchByKeys(t *testing.T, g *guide, sc flow.FailureScreen) {
	used := usedControls(t, sc)
	for i, c := range used {
		if c.Kind == flow.SketchField || c.Kind == flow.SketchSecret {
			g.typeText("abc")
		}
		if i < len(used)-1 {
			g.press(tea.KeyEnter)
		}
	}
}

// seesSketch fails unless screen n of a failure shows its sketch in a
// view no taller than the window: the whole frame in sight, or, where it
// is to be used and taller than a small window, each control in sight as
// Tab reaches it (the focus goes round to the first again).
func seesSketch(t *testing.T, g *guide, sc flow.FailureScreen, size [2]int, n int) {
	t.Helper()
	view := stripANSI(g.model.View())
	whole := strings.Contains(view, "┌") && strings.Contains(view, "└")
	switch {
	case !strings.Contains(flatten(view), flatten(pageWords(g.tr, sc.Sketch))):
		t.Errorf("screen %d at %v does not show the sketch %s:\n%s", n, size, sc.Sketch.ID, view)
	case !whole && (!sc.Use || size[1] >= 24):
		t.Errorf("screen %d at %v does not show the whole sketch %s:\n%s", n, size, sc.Sketch.ID, view)
	}
	for range g.frame().Fields {
		f := g.frame()
		view := stripANSI(g.model.View())
		if !strings.Contains(flatten(view), flatten(f.Fields[f.Focus].Label)) {
			t.Errorf("screen %d at %v: Tab reaches %q of %s out of sight:\n%s", n, size, f.Fields[f.Focus].Label, sc.Sketch.ID, view)
		}
		if lines := strings.Count(view, "\n") + 1; lines > size[1] {
			t.Errorf("screen %d at %v is %d lines high:\n%s", n, size, lines, view)
		}
		g.press(tea.KeyTab)
	}
	if lines := strings.Count(view, "\n") + 1; lines > size[1] {
		t.Errorf("screen %d at %v is %d lines high:\n%s", n, size, lines, view)
	}
}

// keyMsg is the key press of "enter" or of a character.
func keyMsg(key string) tea.KeyMsg {
	if key == "enter" {
		return tea.KeyMsg{Type: tea.KeyEnter}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(key)}
}
