package steps_test

import (
	"cmp"
	"io"
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
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// samples are answers the checks accept, by field id.
var samples = map[string]string{"email": "aase.jensen@mail.dk", "password": "Blåbær-2025xY", "device-name": "Åses telefon",
	"pin": "2580", "pension-number": "0012345678", "name": "Åse Jensen", "birth-date": "24-12-1948",
	"validation-code": "abc def ghi jkl"}

// move is one thing a user does: choose answer n (from 0), press Enter,
// or type a text and press Enter; on a sketch, go to a control and use
// it: type its text, tick it, choose its option, or press it.
type move struct {
	choose  int // -1 when the move is no choice
	text    string
	control int            // on a sketch, the control (from 1) the move is done on; 0 for none
	kind    core.FieldKind // the control's kind
	option  int            // a list's option (from 0) to choose
}

var enter = move{choose: -1}

// walk is a journey from the first question to its end, as the core
// sees it: the moves, and the heading shown after each.
type walk struct {
	mode      core.Mode
	moves     []move
	headings  []string
	steps     []string // the step ids shown, in order
	end       string   // what the start screen says at the end, as the message id
	practised []string // the steps done on their sketch
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
//
// In a rehearsal, a step practised on its sketch is done there: Enter
// opens it, and each of its boxes is typed, its box to tick ticked, its
// list's option chosen and its controls to use pressed, in order; nothing
// is saved.
func walkJourney(t *testing.T, lang string, f *flow.Flow, platform string, mode core.Mode) walk {
	t.Helper()
	return walkChoosing(t, lang, f, platform, mode, nil)
}

// walkChoosing is walkJourney giving, the first time each question of
// chosen is asked, the answer (from 0) it names there.
func walkChoosing(t *testing.T, lang string, f *flow.Flow, platform string, mode core.Mode, chosen map[string]int) walk {
	t.Helper()
	tr := translator(t, lang)
	saves := 0
	opts := core.Options{Flow: steps.NewAccount(), Text: tr, Mode: mode, Save: func(flow.Progress) string { saves++; return "" }}
	allJourneys(t)(&opts)
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	w := walk{mode: mode, end: cmp.Or(f.Done, "home.all-done")}
	answers := flow.Answers{}
	var plan []move // what is left to do on the sketch shown
	for range 300 {
		fr := c.Frame()
		m := enter
		switch fr.Place {
		case core.SketchScreen:
			if len(plan) == 0 {
				t.Fatalf("%s: the sketch of %q is not finished by using what it marks:\n%v", f.ID, fr.Step, fr.Body)
			}
			m, plan = plan[0], plan[1:]
		case core.SituationScreen:
			m.choose = slices.IndexFunc(opts.Journeys, func(j *flow.Flow) bool { return j.ID == f.ID })
		case core.HomeScreen:
			if blocksHold(fr.Body, tr.T(w.end)) {
				if mode == core.Rehearsal && saves > 0 {
					t.Errorf("%s: the rehearsal saved %d times", f.ID, saves)
				}
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
				if i, ok := chosen[st.ID]; ok && !slices.Contains(w.steps[:len(w.steps)-1], st.ID) {
					m.choose = i
				}
				ch := st.Choices[m.choose]
				answers[st.ID] = ch.Value
				if ch.Pause { // every answer leads elsewhere: the journey ends here
					w.end = flow.Shown(ch.Then, answers)[0]
				}
			case mode == core.Rehearsal && slices.ContainsFunc(fr.Offers, func(o core.Offer) bool { return o.Desc == "action.practise" }):
				plan = sketchPlan(t, st, fr.Step)
				w.practised = append(w.practised, st.ID)
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
	if m.control > 0 {
		onSketch(c, m)
		return
	}
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
					w := walkJourney(t, lang, f, platform, core.Real)
					for _, st := range androidOnly(f) {
						if shown := slices.Contains(w.steps, st); shown != (platform == "android") {
							t.Errorf("the Android step %q is shown: %v, on %s", st, shown, platform)
						}
					}
					walkFrontEnds(t, lang, w)
				})
			}
		}
	}
}

// walkFrontEnds gives a walk's moves to the plain mode and the full screen.
func walkFrontEnds(t *testing.T, lang string, w walk) {
	t.Run("plain", func(t *testing.T) { walkPlain(t, lang, w) })
	t.Run("full screen", func(t *testing.T) { walkFullScreen(t, lang, w) })
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

// walkPlain gives the plain mode the walk's moves as a user of it types
// them (spokenLine: Enter for the answer it takes, a word, a number), and
// checks it shows every heading in order and ends at "all done"; that
// every paragraph is one line, each command is named once, and the
// device is said only when it changes.
func walkPlain(t *testing.T, lang string, w walk) {
	tr := translator(t, lang)
	ways := map[string]int{}
	var pending []string // the lines of a move still to type
	n := 0
	fd := &feeder{next: func(_ int, f core.Frame) (string, bool) {
		if len(pending) == 0 {
			if n == len(w.moves) {
				return "", false
			}
			pending, n = movedLines(tr, w.moves[n], f, ways), n+1
		}
		line := pending[0]
		pending = pending[1:]
		return line, true
	}}
	ts := runWith(t, lang, "", fd, nil, allJourneys(t), func(o *core.Options) { o.Mode = w.mode })
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	ts.never(ts.msg("app.error-prefix"))
	paragraphsWhole(t, ts, fd.frames)
	commandsOnce(t, ts)
	devicesOnChange(t, ts, fd.frames)
	if ways["word"] == 0 && ways["number"] > 0 {
		t.Errorf("no answer was chosen by a word: %v", ways)
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
	opts := core.Options{Mode: w.mode}
	allJourneys(t)(&opts)
	g := guideWith(t, lang, opts, 24)
	for i, m := range w.moves {
		switch {
		case m.control > 0:
			g.onSketch(m)
		case m.choose >= 0:
			g.typeText(strconv.Itoa(m.choose + 1))
			g.press(tea.KeyEnter)
		default:
			g.typeText(m.text)
			g.press(tea.KeyEnter)
		}
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

// feeder gives the plain mode its lines one at a time, each made from the
// frame the guide asks in (next; false ends the input), and keeps those
// frames. The plain mode reads a pipe ahead in blocks, but asks for more
// only once a line is used up, so each frame is the one its line answers.
type feeder struct {
	c      *core.Core
	next   func(n int, f core.Frame) (string, bool)
	frames []core.Frame
	rest   []byte
}

func (fd *feeder) Read(p []byte) (int, error) {
	if len(fd.rest) == 0 {
		f := fd.c.Frame()
		line, ok := fd.next(len(fd.frames), f)
		if !ok {
			return 0, io.EOF
		}
		fd.frames = append(fd.frames, f)
		fd.rest = []byte(line + "\n")
	}
	n := copy(p, fd.rest)
	fd.rest = fd.rest[n:]
	return n, nil
}

// spokenLine is what a user of the plain mode types for a move: for an
// answer, Enter alone where the prompt names it as what Enter takes, else
// a word that names it alone (in capitals: case does not matter), else its
// number; ways counts each.
func spokenLine(tr *text.Translator, m move, f core.Frame, ways map[string]int) string {
	if m.choose < 0 {
		return m.text
	}
	if f.Prompt.Default != "" && f.Selected == m.choose {
		ways["enter"]++
		return ""
	}
	if _, words := plaintest.AnswerWords(f, tr); words != nil {
		for _, w := range words[m.choose] {
			if _, named := core.Named(words, w); named == 1 {
				ways["word"]++
				return strings.ToUpper(w)
			}
		}
	}
	ways["number"]++
	return strconv.Itoa(m.choose + 1)
}

// paragraphsWhole fails unless every paragraph of every frame the plain
// mode asked in is printed whole on one line (with its labels in quotes),
// the rules of the field it asks for among them (before it is typed; then
// what the answer brought is said):
// none is broken at a width. A device left unsaid (the same as the step
// before) and the start screen's "Tryk Enter for at fortsætte." (the
// prompt's to say) are not looked for.
func paragraphsWhole(t *testing.T, ts *transcript, frames []core.Frame) {
	t.Helper()
	printed := strings.Split(ts.out, "\n")
	onALine := func(p string) bool {
		return slices.ContainsFunc(printed, func(l string) bool { return strings.Contains(l, p) })
	}
	for _, f := range frames {
		blocks := append(append(slices.Clone(f.Top), f.Body...), f.Notice...)
		if f.Focus >= 0 && f.Fields[f.Focus].Value == "" { // the rules of the field asked for, before it is typed
			blocks = append(blocks, f.Fields[f.Focus].Checklist...)
		}
		for _, b := range blocks {
			if b.Kind == core.Device {
				continue
			}
			for _, p := range strings.Split(plaintest.Spoken(ts.tr, b.Text), "\n") {
				for _, mark := range []string{"- ", "[ ] ", "[x] ", "[?] "} {
					p = strings.TrimPrefix(p, mark)
				}
				if p != "" && p != ts.tr.T("plain.prompt-continue") && !onALine(p) {
					t.Errorf("the paragraph %q is not printed whole on one line:\n%s", p, ts.out)
					return
				}
			}
		}
	}
}

// commandsOnce fails unless each command a prompt names ("Du kan også
// skrive tilbage, hjem for at gå til startskærmen, hjælp eller afslut.") is
// named once in the sitting, the first time it is offered, help and
// quitting at the first prompt.
func commandsOnce(t *testing.T, ts *transcript) {
	t.Helper()
	before, after, _ := strings.Cut(ts.tr.T("plain.commands", text.Data{"List": "\x00"}), "\x00")
	or := " " + ts.tr.T("plain.or") + " "
	named := map[string]int{}
	first := ""
	for _, line := range strings.Split(ts.out, "\n") {
		_, list, ok := strings.Cut(line, before)
		if !ok {
			continue
		}
		list, _, _ = strings.Cut(list, after)
		if first == "" {
			first = list
		}
		for _, item := range strings.Split(strings.ReplaceAll(list, or, ", "), ", ") {
			if named[item]++; named[item] == 2 {
				t.Errorf("the command %q is named again:\n%s", item, ts.out)
			}
		}
	}
	words := commands(ts.tr)
	if !strings.Contains(first, words["Help"].(string)) || !strings.Contains(first, words["Quit"].(string)) {
		t.Errorf("the first prompt does not name help and quitting: %q", first)
	}
}

// devicesOnChange fails unless a step's device is said at the first step
// that has one, and after that only where it changes, as a change; a
// sketch's (whose page it is) once it opens, where it is not the device
// in use, as it is.
func devicesOnChange(t *testing.T, ts *transcript, frames []core.Frame) {
	t.Helper()
	said, visit := "", -1
	want, sketch := "", -1
	for _, f := range frames {
		for _, b := range f.Body {
			if b.Kind == core.Device && f.Place == core.SketchScreen {
				if f.Visit != sketch && b.Text != said {
					want += b.Text + "\n"
				}
				sketch = f.Visit
				continue
			}
			if b.Kind != core.Device || f.Visit == visit {
				continue
			}
			switch {
			case said == "":
				want += b.Text + "\n"
			case b.Text != said:
				want += ts.tr.T("plain.device-change", text.Data{"Device": b.Text}) + "\n"
			}
			said, visit = b.Text, f.Visit
		}
	}
	var got string
	for _, line := range strings.Split(ts.out, "\n") {
		for _, d := range []string{ts.tr.T("device.phone"), ts.tr.T("device.computer")} {
			if strings.HasSuffix(line, d) {
				got += line + "\n"
			}
		}
	}
	if got != want {
		t.Errorf("the devices said:\n%s\nwant:\n%s", got, want)
	}
}
