package steps_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Issue 20: every journey rehearsed end to end, each step that is
// practised on its sketch done on the sketch, through the core (nothing
// saved) and in both front-ends: the line mode by the controls' numbers
// and words, the full screen by Tab. The walks take other answers than
// the safe one until every such step has been practised.
func TestEveryJourneyIsRehearsedOnItsSketches(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range content.Flows {
		for _, lang := range []string{"da", "en"} {
			for _, platform := range platforms(f) {
				t.Run(f.ID+"/"+lang+"/"+platform, func(t *testing.T) {
					practised := map[string]bool{}
					for i, w := range rehearsalWalks(t, lang, f, platform) {
						for _, id := range w.practised {
							practised[id] = true
						}
						t.Run(strconv.Itoa(i+1), func(t *testing.T) { walkFrontEnds(t, lang, w) })
					}
					for _, id := range f.StepIDs() {
						if st := f.Step(id); practisable(st) && !practised[id] && (platform == "" || !slices.Contains(androidOnly(f), id) || platform == "android") {
							t.Errorf("%s: no rehearsal practised the step %q on its sketch %s", f.ID, id, st.Sketch.ID)
						}
					}
				})
			}
		}
	}
}

// practisable reports whether a rehearsal does step st on its sketch: a
// step with a sketch and no question, whose fields (if any) are boxes of
// the sketch; where a page is shared, the step's own field is typed
// beside it, and the page only looked at.
func practisable(st *flow.Step) bool {
	return st.Sketch != nil && st.Kind != flow.Choose && st.Kind != flow.Review && (len(st.Fields) == 0 || st.Sketch.TypesFields())
}

// rehearsalWalks are rehearsals of journey f that between them practise
// every step on its sketch they can reach: the safe walk, then walks each
// giving one more answer (that does not pause) the first time its
// question is asked; a walk is kept if it practises a step none before did.
func rehearsalWalks(t *testing.T, lang string, f *flow.Flow, platform string) []walk {
	var kept []walk
	practised, tried := map[string]bool{}, map[string]bool{}
	queue := []map[string]int{nil}
	for len(queue) > 0 {
		chosen := queue[0]
		queue = queue[1:]
		w := walkChoosing(t, lang, f, platform, core.Rehearsal, chosen)
		if slices.ContainsFunc(w.practised, func(id string) bool { return !practised[id] }) {
			kept = append(kept, w)
		}
		for _, id := range w.practised {
			practised[id] = true
		}
		for _, id := range w.steps {
			st := f.Step(id)
			for i, ch := range st.Choices {
				if key := id + "/" + ch.Value; !ch.Pause && !tried[key] {
					tried[key] = true
					next := maps.Clone(chosen)
					if next == nil {
						next = map[string]int{}
					}
					next[id] = i
					queue = append(queue, next)
				}
			}
		}
	}
	return kept
}

// freeText is what a walk types in a box of a sketch with no check.
const freeText = "Dansk"

// controlKinds are how the front-ends answer a control of each kind.
var controlKinds = map[flow.ControlKind]core.FieldKind{flow.SketchField: core.TextField, flow.SketchSecret: core.SecretField,
	flow.SketchCheckbox: core.TickBox, flow.SketchList: core.ListField}

// sketchPlan is what a walk does on the sketch of step st: each box typed
// with an answer its check takes (its field's, by the step's field id or
// the control's check id), and each control to use used, in order.
func sketchPlan(t *testing.T, st *flow.Step, stepID string) []move {
	t.Helper()
	i := slices.IndexFunc(readSketches(t).Sketches, func(s sketch) bool { return s.ID == st.Sketch.ID })
	file := readSketches(t).Sketches[i].Controls
	var plan []move
	n := 0
	for j, ctl := range st.Sketch.Controls {
		if !ctl.Interactive() {
			continue
		}
		n++
		m := move{choose: -1, control: n, kind: controlKinds[ctl.Kind]}
		if _, ok := controlKinds[ctl.Kind]; !ok {
			m.kind = core.Button
		}
		switch m.kind {
		case core.TextField, core.SecretField:
			m.text = freeText
			if ctl.Field > 0 {
				m.text = samples[st.Fields[ctl.Field-1].ID]
			} else if c := file[j].Check; c != "" {
				m.text = samples[c]
			}
			if m.text == "" {
				t.Fatalf("%s: no sample answer for control %d of sketch %s", stepID, n, st.Sketch.ID)
			}
		case core.ListField:
			m.option = slices.Index(ctl.Options, ctl.Correct)
			m.text = ctl.Correct
		}
		if ctl.Use || m.kind == core.TextField || m.kind == core.SecretField {
			plan = append(plan, m)
		}
	}
	return plan
}

// onSketch does a move on a sketch through the core: the control chosen
// (a button pressed), then typed into, ticked or its option chosen.
func onSketch(c *core.Core, m move) {
	i := m.control - 1
	c.Do(core.Choose, i)
	switch m.kind {
	case core.TextField, core.SecretField:
		c.Edit(i, m.text)
		c.Do(core.Continue, 0)
	case core.TickBox:
		c.Do(core.Toggle, 0)
	case core.ListField:
		for range m.option + 1 { // from none, the first option
			c.Do(core.Move, 1)
		}
	}
}

// onSketch does a move on a sketch with the full screen's keys: Tab to
// the control, then type and Enter, Space, ↓ to the option, or Enter.
func (g *guide) onSketch(m move) {
	g.t.Helper()
	for range len(g.frame().Fields) {
		if g.frame().Focus == m.control-1 {
			break
		}
		g.press(tea.KeyTab)
	}
	if f := g.frame(); f.Focus != m.control-1 {
		g.t.Fatalf("Tab does not reach control %d of the sketch:\n%s", m.control, g.model.View())
	}
	switch m.kind {
	case core.TextField, core.SecretField:
		g.typeText(m.text)
		g.press(tea.KeyEnter)
	case core.TickBox:
		g.press(tea.KeySpace)
	case core.ListField:
		for range m.option + 1 {
			g.press(tea.KeyDown)
		}
	default:
		g.press(tea.KeyEnter)
	}
}

// movedLines are the lines a user of the line mode types for a move: on
// a sketch, the control's word (where nothing is typed in the control in
// focus, a word that names it alone) or its number, then what it takes:
// the box's answer, "ja" for a tick box, the list's option; elsewhere the
// one line spokenLine gives.
func movedLines(tr *text.Translator, m move, f core.Frame, ways map[string]int) []string {
	if m.control == 0 {
		return []string{spokenLine(tr, m, f, ways)}
	}
	lines := []string{controlLine(tr, m.control-1, f, ways)}
	switch m.kind {
	case core.TextField, core.SecretField, core.ListField:
		lines = append(lines, m.text)
	case core.TickBox:
		lines = append(lines, tr.Words("word.yes")[0])
	}
	return lines
}

// controlLine names control i of the sketch in frame f as the line mode
// takes it: by a word of its own where the focus is on no box, else by
// its number.
func controlLine(tr *text.Translator, i int, f core.Frame, ways map[string]int) string {
	if _, words := plaintest.AnswerWords(f, tr); words != nil {
		for _, w := range words[i] {
			if _, named := core.Named(words, w); named == 1 {
				ways["word"]++
				return strings.ToUpper(w)
			}
		}
	}
	ways["number"]++
	return strconv.Itoa(i + 1)
}
