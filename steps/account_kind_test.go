package steps_test

import (
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

// Two kinds of account, two ways (content review, finding 1): the
// Portal's remove-all-factors path ([Delete all my devices and eID
// (PANIC)]) and EU-LOGIN-EXTERNAL-SUPPORT are for external accounts only.
// Each journey that gives a way back in or the support address is walked
// for each kind, told by "(external)" or by the day of retirement, with
// the help of every step and every help topic read at the end, in both
// front-ends and both languages.

const panicLabel = "[Delete all my devices and eID (PANIC)]"

var accountKinds = []struct {
	name     string
	answers  flow.Answers
	external bool
}{
	{"external", flow.Answers{"account-kind": "external"}, true},
	{"external, by the day of retirement", flow.Answers{"account-kind": "cannot-see", "account-retired": "before"}, true},
	{"EU Login4Life", flow.Answers{"account-kind": "internal"}, false},
	{"EU Login4Life, by the day of retirement", flow.Answers{"account-kind": "cannot-see", "account-retired": "after"}, false},
}

// kindRoutes are the ways through each journey that matter here: to the
// way back in, and to the end; and what the journey itself (its steps,
// their help, the start screen), not only a help topic, shows an
// external account there.
var kindRoutes = []struct {
	journey string
	answers flow.Answers
	shows   []string
}{
	{"locked-out", flow.Answers{"lock-cause": "locked", "still-works": "no", "lock-helpdesk": "reset"}, []string{panicLabel, steps.Support}},
	{"add-app", flow.Answers{"second-factor": "lost"}, []string{panicLabel, steps.Support}},
	{"add-app", flow.Answers{"second-factor": "no"}, []string{steps.Support}},
	{"new-phone", flow.Answers{"old-device": "nothing"}, []string{panicLabel, steps.Support}},
	{"new-phone", flow.Answers{"old-device": "old-works"}, []string{steps.Support}},
	{"find-account", flow.Answers{"fa-result": "found"}, []string{steps.Support}},
}

// act is one thing the user does in a kind walk.
type act struct {
	what   int // one of the acts below
	choose int
	text   string
}

const (
	actEnter  = iota
	actChoose // answer number choose+1
	actType   // type text
	actHelp   // read the place's help
	actTopics // read every help topic, then go back
)

// kindWalk is a journey walked by the core: what was done, the steps
// shown, and the texts the core gave: the journey's (steps, their help,
// the start screen) and the help topics'.
type kindWalk struct {
	acts         []act
	steps        []string
	seen, topics string
}

func frameText(f core.Frame) string {
	var b strings.Builder
	for _, bl := range append(append([]core.Block{}, f.Top...), f.Body...) {
		b.WriteString(bl.Text + "\n")
	}
	return b.String()
}

// walkKind walks journey f with the answers given (the others safe, as
// walkJourney gives them), reading each step's help before answering it
// where nothing is typed, and every help topic at the end.
func walkKind(t *testing.T, lang string, f *flow.Flow, answers flow.Answers) kindWalk {
	t.Helper()
	opts := core.Options{Flow: steps.NewAccount(), Text: translator(t, lang), Save: func(flow.Progress) string { return "" }}
	allJourneys(t)(&opts)
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	var w kindWalk
	do := func(a act) {
		w.acts = append(w.acts, a)
		switch a.what {
		case actChoose:
			c.Do(core.Select, a.choose)
		case actType:
			c.Edit(c.Frame().Focus, a.text)
		case actHelp:
			c.Do(core.Help, 0)
			w.seen += frameText(c.Frame())
			c.Do(core.CloseHelp, 0)
			return
		case actTopics:
			c.Do(core.Help, 0)
			c.Do(core.HelpIndex, 0)
			for i := range opts.Topics {
				c.Do(core.Select, i)
				c.Do(core.Continue, 0)
				w.topics += frameText(c.Frame())
				c.Do(core.Back, 0)
			}
			c.Do(core.Back, 0)
			c.Do(core.CloseHelp, 0)
			return
		}
		c.Do(core.Continue, 0)
		w.seen += frameText(c.Frame())
	}
	do(act{what: actChoose, choose: slices.IndexFunc(opts.Journeys, func(j *flow.Flow) bool { return j.ID == f.ID })})
	for range 300 {
		fr := c.Frame()
		switch fr.Place {
		case core.HomeScreen:
			if len(w.steps) > 0 { // done, or paused with what to do now
				do(act{what: actTopics})
				return w
			}
			do(act{what: actEnter})
		case core.StepScreen:
			st := f.Step(fr.Step)
			w.steps = append(w.steps, st.ID)
			if fr.Focus < 0 {
				do(act{what: actHelp})
			}
			switch {
			case st.Kind == flow.Choose:
				n := safeChoice(st, "android")
				if want, ok := answers[st.ID]; ok {
					n = slices.IndexFunc(st.Choices, func(ch flow.Choice) bool { return ch.Value == want })
				}
				do(act{what: actChoose, choose: n})
			case fr.Focus >= 0 && fr.Fields[fr.Focus].State != core.Confirming:
				do(act{what: actType, text: samples[st.Fields[fr.Focus].ID]})
			default:
				do(act{what: actEnter})
			}
		default:
			t.Fatalf("%s: the walk came to place %d", f.ID, fr.Place)
		}
	}
	t.Fatalf("%s did not end within 300 moves", f.ID)
	return w
}

// kindPlain gives the plain mode the walk's acts as lines: what it prints.
func kindPlain(t *testing.T, lang string, w kindWalk, topics int) string {
	tr := translator(t, lang)
	var lines []string
	for _, a := range w.acts {
		switch a.what {
		case actChoose:
			lines = append(lines, strconv.Itoa(a.choose+1))
		case actType:
			lines = append(lines, a.text)
		case actHelp:
			lines = append(lines, tr.Words("plain.word-help")[0], "") // read, and back to the guide
		case actTopics:
			lines = append(lines, tr.Words("plain.word-topics")[0])
			for i := range topics {
				lines = append(lines, strconv.Itoa(i+1), "")
			}
			lines = append(lines, "")
		default:
			lines = append(lines, "")
		}
	}
	ts := run(t, lang, "", strings.Join(lines, "\n")+"\n", allJourneys(t))
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	return ts.out
}

// kindFullScreen presses the walk's keys in a window tall enough for
// every text: what it showed.
func kindFullScreen(t *testing.T, lang string, w kindWalk, topics int) string {
	opts := core.Options{}
	allJourneys(t)(&opts)
	g := guideWith(t, lang, opts, 400)
	var seen strings.Builder
	look := func() { seen.WriteString(stripANSI(g.model.View()) + "\n") }
	for _, a := range w.acts {
		switch a.what {
		case actChoose:
			g.typeText(strconv.Itoa(a.choose + 1))
		case actType:
			g.typeText(a.text)
		case actHelp:
			g.typeText("?")
			look()
			g.press(tea.KeyEsc)
			continue
		case actTopics:
			g.typeText("?")
			g.typeText("s")
			for i := range topics {
				for g.model.(*fullscreen.Model).Frame().Selected < i {
					g.press(tea.KeyDown)
				}
				g.press(tea.KeyEnter)
				look()
				g.press(tea.KeyEsc)
			}
			continue
		}
		g.press(tea.KeyEnter)
		look()
	}
	return seen.String()
}

func TestEachKindOfAccountGetsItsOwnWayBackIn(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, route := range kindRoutes {
		f := content.Flow(route.journey)
		for _, kind := range accountKinds {
			answers := flow.Answers{}
			for k, v := range route.answers {
				answers[k] = v
			}
			for k, v := range kind.answers {
				answers[k] = v
			}
			for _, lang := range []string{"da", "en"} {
				name := route.journey + "/" + lang + "/" + kind.name
				for _, v := range route.answers {
					name += "/" + v
				}
				t.Run(name, func(t *testing.T) {
					w := walkKind(t, lang, f, answers)
					if slices.Contains(f.StepIDs(), "panic") {
						if got := slices.Contains(w.steps, "panic"); got != kind.external {
							t.Errorf("the PANIC step is shown: %v, for an external account: %v (steps %v)", got, kind.external, w.steps)
						}
						if got := slices.Contains(w.steps, "lock-helpdesk"); got == kind.external {
							t.Errorf("the helpdesk step is shown: %v, for an external account: %v (steps %v)", got, kind.external, w.steps)
						}
					}
					for _, s := range route.shows {
						if !strings.Contains(w.seen, s) && kind.external {
							t.Errorf("the journey does not show %q to an external account", s)
						}
					}
					for front, seen := range map[string]string{
						"core":        w.seen + w.topics,
						"plain":       kindPlain(t, lang, w, len(content.Topics)),
						"full screen": kindFullScreen(t, lang, w, len(content.Topics)),
					} {
						// Without any white space: the full screen may break a
						// long address at its hyphens.
						squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
						for _, s := range []string{panicLabel, steps.Support} {
							if front == "plain" {
								s = plaintest.Spoken(translator(t, lang), s)
							}
							if got := strings.Contains(squash(seen), squash(s)); got != kind.external {
								t.Errorf("%s: %q is shown: %v, for an external account: %v", front, s, got, kind.external)
							}
						}
					}
				})
			}
		}
	}
}
