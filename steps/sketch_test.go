package steps_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
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
// and 60x18, in both languages, and the one to use is marked in words, in
// sight once Tab reaches it; the sketch fits the window.
func TestEveryControlOfASketchIsReachedByTab(t *testing.T) {
	for journey, ids := range sketched(t) {
		for _, id := range ids {
			for _, size := range [][2]int{{80, 24}, {60, 18}} {
				for _, lang := range []string{"da", "en"} {
					tabThroughSketch(t, lang, journey, id, size)
				}
			}
		}
	}
}

// tabThroughSketch opens the sketch of a step in the full screen in a
// window of size, and Tabs through its controls.
func tabThroughSketch(t *testing.T, lang, journey, id string, size [2]int) {
	tr := translator(t, lang)
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
	for _, l := range strings.Split(view, "\n") {
		if w := lipgloss.Width(l); w > size[0] {
			t.Errorf("%s %s/%s at %v: a line %d wide: %q", lang, journey, id, size, w, l)
		}
	}
}

// The line mode's twin of the Tab test: every control of every sketch a
// step names is reached by its number, and, where the focus is on no box
// (a line typed there is the box's answer), by a word that names it alone,
// in both languages; each is said with its words.
func TestEveryControlOfASketchIsReachedByNumberOrWordInTheLineMode(t *testing.T) {
	byWord := 0
	defer func() {
		if byWord == 0 {
			t.Error("no control was named by a word")
		}
	}()
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		page := tr.Words("plain.word-page")[0]
		for journey, ids := range sketched(t) {
			for _, id := range ids {
				f := sketchInLineMode(t, lang, journey, id, page)
				for i, fl := range f.Fields {
					if fl.Label == "" || !slices.ContainsFunc(f.Body, func(b core.Block) bool { return b.Number == i+1 && strings.Contains(b.Text, fl.Label) }) {
						t.Errorf("%s %s/%s: control %d is not said with its words %q: %v", lang, journey, id, i+1, fl.Label, f.Body)
					}
					lines := []string{strconv.Itoa(i + 1)}
					if _, words := plaintest.AnswerWords(f, tr); words != nil {
						for _, w := range words[i] {
							if _, named := core.Named(words, w); named == 1 {
								lines = append(lines, w)
								break
							}
						}
					}
					byWord += len(lines) - 1
					for _, line := range lines {
						if after := sketchInLineMode(t, lang, journey, id, page, line); !reached(after, i) {
							t.Errorf("%s %s/%s: %q does not reach control %d %q: focus on %d, notice %v", lang, journey, id, line, i+1, fl.Label, after.Focus+1, after.Notice)
						}
					}
				}
			}
		}
	}
}

// sketchInLineMode opens the sketch of a step in the line mode with its
// command word, types the lines, and gives the frame after them.
func sketchInLineMode(t *testing.T, lang, journey, step, page string, lines ...string) core.Frame {
	t.Helper()
	var last core.Frame
	fd := &feeder{next: func(n int, f core.Frame) (string, bool) {
		last = f
		if n > len(lines) {
			return "", false
		}
		return append([]string{page}, lines...)[n], true
	}}
	ts := runWith(t, lang, step, fd, nil, func(o *core.Options) { o.Flow = builtInFlow(t, journey) })
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	if last.Place != core.SketchScreen {
		t.Fatalf("%s/%s: %q and %q show %v, not the sketch:\n%s", journey, step, page, lines, last.Place, ts.out)
	}
	return last
}

// reached reports whether control i was reached: it has the focus, or it
// was pressed: it said what it does, sent the focus on past it, or back to
// a box to fill first.
func reached(f core.Frame, i int) bool {
	return f.Focus == i || len(f.Notice) > 0 || f.Focus > i || len(f.Fields[f.Focus].Messages) > 0
}

// In the line mode a number typed in a sketch's box that no control has
// is the box's answer: a pension number is taken, not refused as a
// control's number.
func TestANumberTypedInASketchsBoxIsItsAnswer(t *testing.T) {
	tr := translator(t, "da")
	ts := runWith(t, "da", "pension-number", strings.NewReader(tr.Words("plain.word-page")[0]+"\n1\n0012345678\n"), nil)
	ts.never(ts.msg("app.error-prefix"))
}

// In a rehearsal the line mode's prompt on a step practised on its sketch
// says what Enter does there: it opens the drawing, not the next step.
func TestTheRehearsalPromptSaysEnterPractisesOnThePage(t *testing.T) {
	tr := translator(t, "da")
	g := &guide{t: t, tr: tr, model: startGuide(t, tr, core.Options{StartAt: "email", Mode: core.Rehearsal}, 80, 24)}
	if got := g.frame().Prompt.ID; got != "plain.prompt-practise" {
		t.Fatalf("the e-mail step's prompt in a rehearsal is %q, not the one saying Enter practises on the page", got)
	}
}
