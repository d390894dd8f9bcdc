package steps_test

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
)

// samples are answers the checks accept, by field id.
var samples = map[string]string{"email": "aase.jensen@mail.dk", "password": "Blåbær-2025xY", "device-name": "Åses telefon",
	"pin": "2580", "pension-number": "0012345678", "name": "Åse Jensen", "birth-date": "24-12-1948",
	"validation-code": "abc def ghi jkl"}

// move is one thing a user does: choose answer n (from 0), press Enter,
// or type a text and press Enter.
type move struct {
	choose int // -1 when the move is no choice
	text   string
}

var enter = move{choose: -1}

// walk is a journey from the first question to its end, as the core
// sees it: the moves, and the heading shown after each.
type walk struct {
	moves    []move
	headings []string
	steps    []string // the step ids shown, in order
	end      string   // what the start screen says at the end, as the message id
}

// allJourneys starts the guide as a person new to it: the first question,
// every journey and the help topics.
func allJourneys(t testing.TB) func(*core.Options) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	return func(o *core.Options) { o.Journeys, o.Topics, o.Ask = content.Flows, content.Topics, true }
}

// walkJourney answers the first question with journey f, then goes on
// through every stage, choosing the platform given, the safe answer that
// does not pause the journey elsewhere, and typing answers the checks
// accept, until the start screen says all is done (or, where every answer
// of a question leads elsewhere, what to do now).
func walkJourney(t *testing.T, lang string, f *flow.Flow, platform string) walk {
	t.Helper()
	tr := translator(t, lang)
	opts := core.Options{Flow: steps.NewAccount(), Text: tr, Save: func(flow.Progress) string { return "" }}
	allJourneys(t)(&opts)
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	w := walk{end: cmp.Or(f.Done, "home.all-done")}
	answers := flow.Answers{}
	for range 300 {
		fr := c.Frame()
		m := enter
		switch fr.Place {
		case core.SituationScreen:
			m.choose = slices.IndexFunc(opts.Journeys, func(j *flow.Flow) bool { return j.ID == f.ID })
		case core.HomeScreen:
			if blocksHold(fr.Body, tr.T(w.end)) {
				return w
			}
		case core.StepScreen:
			st := f.Step(fr.Step)
			if st == nil {
				t.Fatalf("%s: the guide shows step %q of another journey", f.ID, fr.Step)
			}
			w.steps = append(w.steps, st.ID)
			switch {
			case st.Kind == flow.Choose:
				m.choose = safeChoice(st, platform)
				ch := st.Choices[m.choose]
				answers[st.ID] = ch.Value
				if ch.Pause { // every answer leads elsewhere: the journey ends here
					w.end = flow.Shown(ch.Then, answers)[0]
				}
			case fr.Focus >= 0 && fr.Fields[fr.Focus].State != core.Confirming:
				sample, ok := samples[st.Fields[fr.Focus].ID]
				if !ok {
					t.Fatalf("%s: no sample answer for the field %q", f.ID, st.Fields[fr.Focus].ID)
				}
				m.text = sample
			}
		}
		w.moves = append(w.moves, m)
		doMove(c, m)
		w.headings = append(w.headings, headingOf(c.Frame()))
	}
	t.Fatalf("%s (%s, %s) did not end within 300 moves; at %q", f.ID, lang, platform, c.Frame().Step)
	return w
}

// safeChoice is the answer a walk gives: the platform's, or the safe one
// (the step's default) unless it pauses the journey, else the first that
// goes on; where every answer pauses, the safe one.
func safeChoice(st *flow.Step, platform string) int {
	first, safe := -1, 0
	for i, ch := range st.Choices {
		switch {
		case st.ID == "platform" && ch.Value == platform:
			return i
		case ch.Pause:
			if ch.Value == st.Default {
				safe = i
			}
		case ch.Value == st.Default:
			return i
		case first < 0:
			first = i
		}
	}
	if first < 0 {
		return safe
	}
	return first
}

func doMove(c *core.Core, m move) {
	switch {
	case m.choose >= 0:
		c.Do(core.Select, m.choose)
	case m.text != "":
		c.Edit(c.Frame().Focus, m.text)
	}
	c.Do(core.Continue, 0)
}

func headingOf(f core.Frame) string {
	for _, b := range f.Top {
		if b.Kind == core.Heading {
			return b.Text
		}
	}
	return ""
}

func blocksHold(bs []core.Block, s string) bool {
	return slices.ContainsFunc(bs, func(b core.Block) bool { return strings.Contains(b.Text, s) })
}

// platforms are the phones a journey tells apart: Android and iPhone
// where it asks, else one walk.
func platforms(f *flow.Flow) []string {
	if f.Step("platform") != nil {
		return []string{"android", "ios"}
	}
	return []string{""}
}

// Every journey, from the first question to its end, in both languages,
// for Android and iPhone, in both front-ends.
func TestEveryJourneyEndToEnd(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range content.Flows {
		for _, lang := range []string{"da", "en"} {
			for _, platform := range platforms(f) {
				t.Run(f.ID+"/"+lang+"/"+platform, func(t *testing.T) {
					w := walkJourney(t, lang, f, platform)
					for _, st := range androidOnly(f) {
						if shown := slices.Contains(w.steps, st); shown != (platform == "android") {
							t.Errorf("the Android step %q is shown: %v, on %s", st, shown, platform)
						}
					}
					t.Run("plain", func(t *testing.T) { walkPlain(t, lang, w) })
					t.Run("full screen", func(t *testing.T) { walkFullScreen(t, lang, w) })
				})
			}
		}
	}
}

// androidOnly are the steps a journey shows only on Android.
func androidOnly(f *flow.Flow) []string {
	var ids []string
	for _, id := range f.StepIDs() {
		if w := f.Step(id).When; w != nil && w.Step == "platform" && w.Answer == "android" && !w.Not && w.And == nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// walkPlain gives the plain mode the walk's moves as lines, and checks it
// shows every heading in order and ends at "all done".
func walkPlain(t *testing.T, lang string, w walk) {
	var lines []string
	for _, m := range w.moves {
		switch {
		case m.choose >= 0:
			lines = append(lines, strconv.Itoa(m.choose+1))
		default:
			lines = append(lines, m.text)
		}
	}
	ts := run(t, lang, "", strings.Join(lines, "\n")+"\n", allJourneys(t))
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	var want []string
	for _, h := range w.headings {
		if h = flatten(plaintest.Spoken(ts.tr, h)); len(want) == 0 || want[len(want)-1] != h {
			want = append(want, h)
		}
	}
	ts.sees(append(want, ts.msg(w.end))...)
}

// walkFullScreen presses the walk's keys in the full screen at 80x24,
// checking the heading after each move, and the end.
func walkFullScreen(t *testing.T, lang string, w walk) {
	opts := core.Options{}
	allJourneys(t)(&opts)
	g := guideWith(t, lang, opts, 24)
	for i, m := range w.moves {
		switch {
		case m.choose >= 0:
			g.typeText(strconv.Itoa(m.choose + 1))
		case m.text != "":
			g.typeText(m.text)
		}
		g.press(tea.KeyEnter)
		if want := firstWords(w.headings[i]); !strings.Contains(flatten(stripANSI(g.model.View())), want) {
			t.Fatalf("after move %d the screen does not show %q:\n%s", i+1, want, g.model.View())
		}
	}
	if f := g.model.(*fullscreen.Model).Frame(); !blocksHold(f.Body, g.tr.T(w.end)) {
		t.Fatalf("the walk did not end with %s:\n%s", w.end, g.model.View())
	}
}

// firstWords are the first five words of a text: they stay on one line.
func firstWords(s string) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(5, len(w))], " ")
}
