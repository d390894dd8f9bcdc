package steps_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// A rehearsal of the e-mail step on its sketch: Enter opens the page, a
// bad address is refused with the real step's words, a good one is
// taken, Tab goes to [Next], Enter on it goes on to the step after.
func TestARehearsalPractisesTheEmailPageOnItsSketch(t *testing.T) {
	g := guideWith(t, "da", core.Options{StartAt: "email", Mode: core.Rehearsal}, 24)
	g.sees("action.practise")
	g.press(tea.KeyEnter)
	if f := g.frame(); f.Place != core.SketchScreen {
		t.Fatalf("Enter on a practised step shows %v, not its sketch", f.Place)
	}
	g.sees("sketch.practise-title")
	g.typeText("bent.k@")
	g.press(tea.KeyEnter)
	g.sees("problem.email-no-domain")
	for range len("bent.k@") {
		g.press(tea.KeyBackspace)
	}
	g.typeText("bent.k@mail.dk")
	g.press(tea.KeyTab)
	if f := g.frame(); f.Fields[f.Focus].Label != "Next" {
		t.Fatalf("Tab from the e-mail box is on %q, not [Next]", f.Fields[f.Focus].Label)
	}
	g.press(tea.KeyEnter)
	if f := g.frame(); f.Place != core.StepScreen || f.Step != "create-account" {
		t.Fatalf("[Next] used on the sketch shows %v at %q, not the step after", f.Place, f.Step)
	}
}

// In the real journey the sketch is looked at: it opens with its key,
// pressing what it marks does nothing real, Esc shows the step again, and
// nothing is saved for it.
func TestWhatThePageLooksLikeChangesNoProgress(t *testing.T) {
	saves := 0
	g := guideWith(t, "da", core.Options{StartAt: "email", Save: func(flow.Progress) string { saves++; return "" }}, 24)
	before := saves
	g.press(tea.KeyF4)
	if f := g.frame(); f.Place != core.SketchScreen {
		t.Fatalf("F4 on the e-mail step shows %v, not its sketch", f.Place)
	}
	g.sees("sketch.look-title")
	g.typeText("bent.k@mail.dk")
	g.press(tea.KeyTab, tea.KeyEnter)
	g.sees("sketch.look-done")
	g.press(tea.KeyEsc)
	if f := g.frame(); f.Place != core.StepScreen || f.Step != "email" || f.Fields[0].Value != "" {
		t.Fatalf("Esc on the sketch shows %v at %q with %q typed, not the e-mail step as it was", f.Place, f.Step, f.Fields[0].Value)
	}
	if saves != before {
		t.Errorf("looking at the sketch saved %d times", saves-before)
	}
}

// sketched are the steps of every journey that name a sketch.
func sketched(t *testing.T) map[string][]string {
	t.Helper()
	c, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, f := range c.Flows {
		for _, id := range f.StepIDs() {
			if f.Step(id).Sketch != nil {
				out[f.ID] = append(out[f.ID], id)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no step names a sketch")
	}
	return out
}

// Every control of every sketch a step names is reached by Tab, at 80x24
// and 60x18, and the one to use is marked in words, in sight once Tab
// reaches it.
func TestEveryControlOfASketchIsReachedByTab(t *testing.T) {
	for journey, ids := range sketched(t) {
		for _, id := range ids {
			for _, size := range [][2]int{{80, 24}, {60, 18}} {
				tr := translator(t, "da")
				g := &guide{t: t, tr: tr, model: startGuide(t, tr, core.Options{Flow: builtInFlow(t, journey), StartAt: id}, size[0], size[1])}
				g.press(tea.KeyF4)
				f := g.frame()
				if f.Place != core.SketchScreen {
					t.Fatalf("%s/%s: F4 shows %v, not the sketch", journey, id, f.Place)
				}
				seen, marked := map[int]bool{}, false
				for range f.Fields { // in a small window the mark comes into sight as Tab reaches its control
					seen[g.frame().Focus] = true
					marked = marked || strings.Contains(stripANSI(g.model.View()), tr.T("sketch.here"))
					g.press(tea.KeyTab)
				}
				if len(seen) != len(f.Fields) {
					t.Errorf("%s/%s at %v: Tab reaches %d of %d controls", journey, id, size, len(seen), len(f.Fields))
				}
				view := stripANSI(g.model.View())
				if !marked {
					t.Errorf("%s/%s at %v: the control to use is not marked:\n%s", journey, id, size, view)
				}
				if lines := strings.Count(view, "\n") + 1; lines > size[1] {
					t.Errorf("%s/%s at %v: %d lines", journey, id, size, lines)
				}
			}
		}
	}
}
