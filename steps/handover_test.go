package steps_test

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// goTo is how a text sends the person on to a journey, naming it as the
// first question's answer does: »…« in Danish, “…” in English.
var goTo = regexp.MustCompile(`(?i)(?:gå|go)\s+(?:(?:nu|så|now)\s+)?(?:til|to)\s+[»“]([^«”]+)[«”]`)

// quotedJourney is a journey's name as a text quotes it in lang.
func quotedJourney(lang, name string) string {
	if lang == "da" {
		return "»" + name + "«"
	}
	return "“" + name + "”"
}

// handoverPlace is a place where a text that sends the person on is shown:
// the message, the journey it sends to, and how to get there.
type handoverPlace struct {
	name, message, to string
	opts              func(*core.Options)
	setup             func(*core.Core)
}

// handoverPlaces are the places of every paragraph marked with a hand-over:
// a step's paragraphs, its help, the start screen after a pausing answer
// and once done, a help topic.
func handoverPlaces(t *testing.T, content content.Content) []handoverPlace {
	var places []handoverPlace
	at := func(f *flow.Flow, step string) func(*core.Options) {
		return func(o *core.Options) { o.Flow, o.StartAt = f, step }
	}
	for _, f := range content.Flows {
		for _, id := range f.StepIDs() {
			st := f.Step(id)
			for _, tx := range append(slices.Clone(st.Body), st.Warnings...) {
				if tx.Handover != "" {
					places = append(places, handoverPlace{f.ID + "/" + id, tx.ID, tx.Handover, at(f, id), func(*core.Core) {}})
				}
			}
			for _, tx := range st.Help {
				if tx.Handover != "" {
					places = append(places, handoverPlace{f.ID + "/" + id + " help", tx.ID, tx.Handover, at(f, id),
						func(c *core.Core) { c.Do(core.Help, 0) }})
				}
			}
			for i, ch := range st.Choices {
				for _, tx := range ch.Then {
					if tx.Handover != "" {
						places = append(places, handoverPlace{f.ID + "/" + id + "=" + ch.Value, tx.ID, tx.Handover, at(f, id),
							func(c *core.Core) { c.Do(core.Choose, i) }})
					}
				}
			}
		}
		if f.DoneHandover != "" {
			done := flow.Progress{Version: flow.ProgressVersion, Flow: f.ID, Step: f.StepIDs()[0]}
			for _, stage := range f.Stages {
				done.Started, done.Done = append(done.Started, stage.ID), append(done.Done, stage.ID)
			}
			places = append(places, handoverPlace{f.ID + " done", f.Done, f.DoneHandover,
				func(o *core.Options) { o.Flow, o.Progress = f, &done }, func(*core.Core) {}})
		}
	}
	for i, tp := range content.Topics {
		for _, tx := range tp.Body {
			if tx.Handover == "" {
				continue
			}
			from := content.Flows[0] // the topic is read from the start screen of a journey it does not send to
			if from.ID == tx.Handover {
				from = content.Flows[1]
			}
			places = append(places, handoverPlace{"topic " + tp.ID, tx.ID, tx.Handover, func(o *core.Options) { o.Flow = from },
				func(c *core.Core) { c.Do(core.Help, 0); c.Do(core.HelpIndex, 0); c.Do(core.Choose, i) }})
		}
	}
	if len(places) == 0 {
		t.Fatal("no text sends the person on to another journey")
	}
	return places
}

// Every text that sends the person on to a journey names it as the first
// question's answer does, after "gå til" ("go to"), and is marked with
// that hand-over; every text marked so names it, in every language; none
// tells the person to wait for the guide to ask "Hvor står du?", which it
// never does unasked. Each journey named is one the guide has.
func TestTextsThatSendOnNameTheJourneyTheyHandOverTo(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if err := content.Handovers(built.Flows, built.Topics); err != nil {
		t.Fatal(err)
	}
	marked := map[string]string{} // message id: the journey it hands over to
	for _, p := range handoverPlaces(t, built) {
		marked[p.message] = p.to
	}
	waits := regexp.MustCompile(`(?i)når guiden spørger|when the guide asks|spørgsmålet "Hvor står du\?"|question "Where are you\?"`)
	for _, lang := range text.Languages(locales.Files) {
		tr := translator(t, lang)
		msgs, err := text.Messages(locales.Files, lang)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]string{} // journey id by its name as the first question gives it
		for _, f := range built.Flows {
			names[tr.T(f.Situation)] = f.ID
		}
		for _, id := range slices.Sorted(maps.Keys(msgs)) {
			s := msgs[id]["other"]
			if waits.MatchString(s) {
				t.Errorf("%s %s tells the person to wait for a question the guide does not ask: %q", lang, id, s)
			}
			for name, journey := range names {
				if strings.Contains(s, quotedJourney(lang, name)) && marked[id] != journey {
					t.Errorf("%s %s names the journey %q but hands over to %q", lang, id, journey, marked[id])
				}
			}
			for _, m := range goTo.FindAllStringSubmatch(s, -1) {
				if _, ok := names[m[1]]; !ok && m[1] != "{{.Journey}}" { // the engine's words name any journey
					t.Errorf("%s %s sends the person on to %q, which is no answer of the first question", lang, id, m[1])
				}
			}
		}
		for id, to := range marked {
			name := tr.T(built.Flow(to).Situation)
			if m := goTo.FindStringSubmatch(tr.T(id)); m == nil || m[1] != name {
				t.Errorf("%s %s hands over to %q but does not say to go to %s", lang, id, to, quotedJourney(lang, name))
			}
		}
	}
}

// Wherever a text that sends the person on is shown, the guide offers to
// go there, named as the first question names the journey: the key g in
// the full screen, hinted, and the word "gå" in the plain mode, told under
// the screen. Either opens the journey's start screen, as choosing it on
// the first question does.
func TestEveryHandOverIsAnActionInBothFrontEnds(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for _, p := range handoverPlaces(t, content) {
			t.Run(lang+" "+p.name, func(t *testing.T) {
				to := content.Flow(p.to)
				name := tr.T(to.Situation)
				open := func() *core.Core {
					opts := core.Options{Text: tr, Save: func(flow.Progress) string { return "" }}
					allJourneys(t)(&opts)
					opts.Ask = false
					p.opts(&opts)
					c, err := core.New(opts)
					if err != nil {
						t.Fatal(err)
					}
					p.setup(c)
					return c
				}
				arrived := func(how string, fr core.Frame) {
					t.Helper()
					if fr.Place != core.HomeScreen || headingOf(fr) != tr.T(to.Title) {
						t.Errorf("%s: at %v %q, not the start screen of %q", how, fr.Place, headingOf(fr), to.ID)
					}
				}
				c := open()
				fr := c.Frame()
				if !blocksHold(fr.Body, flatten(tr.T(p.message))) && !blocksHold(fr.Body, tr.T(p.message)) {
					t.Fatalf("the text %s is not on the screen", p.message)
				}
				o, ok := fr.Offer(core.Handover)
				if !ok || o.Data["Journey"] != name {
					t.Fatalf("the place offers no way on to %q: %+v", name, fr.Offers)
				}

				model := fullscreen.New(open(), fullscreen.WithLetterWait(0))
				model.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
				if hint := "g: " + tr.T("action.handover", text.Data{"Journey": name}); !strings.Contains(flatten(model.View()), hint) {
					t.Errorf("the full screen does not hint %q:\n%s", hint, model.View())
				}
				arrived("the key g", update(model, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("g")}).(*fullscreen.Model).Frame())

				c = open()
				word := tr.Words("plain.word-handover")[0]
				var out strings.Builder
				if err := plain.Run(c, strings.NewReader(word+"\n"), &out, nil); err != nil {
					t.Fatal(err)
				}
				if tell := tr.T("plain.handover-offer", text.Data{"Handover": word, "Journey": name}); !strings.Contains(flatten(out.String()), tell) {
					t.Errorf("the plain mode does not tell %q:\n%s", tell, out.String())
				}
				arrived("the word "+word, c.Frame())
			})
		}
	}
}

// The SMS user of add-app who has lost the way in is sent on to locked-out
// and goes there at once; add-app is then shown as continued there. Once
// locked-out is done, which sets the app up, add-app is shown as done.
func TestAHandOverGoesOnAndALaterJourneyFinishesTheOneLeft(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	tr := translator(t, "da")
	var saved []flow.Progress
	opts := core.Options{Text: tr, Save: func(p flow.Progress) string { saved = append(saved, p); return "" }}
	allJourneys(t)(&opts)
	opts.Flow, opts.StartAt = content.Flow("add-app"), "second-factor"
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	lockedOut := content.Flow("locked-out")
	c.Do(core.Choose, indexOf(content.Flow("add-app").Step("second-factor"), "lost"))
	fr := c.Frame()
	if fr.Place != core.HomeScreen || !blocksHold(fr.Body, flatten(tr.T("step.second-factor.lost-then"))) {
		t.Fatalf("the answer did not pause add-app with what to do now: %v %q", fr.Place, headingOf(fr))
	}
	c.Do(core.Handover, 0)
	if fr := c.Frame(); headingOf(fr) != tr.T(lockedOut.Title) {
		t.Fatalf("the hand-over led to %q, not locked-out's start screen", headingOf(fr))
	}
	if p := lastOf(saved, "add-app"); p.HandedOver != "locked-out" {
		t.Errorf("add-app was saved as handed over to %q", p.HandedOver)
	}
	continued := tr.T("status.handed-over", text.Data{"Journey": tr.T(lockedOut.Situation)})
	if !blocksHold(c.Frame().Body, continued) {
		t.Errorf("locked-out's start screen does not show add-app %q:\n%v", continued, c.Frame().Body)
	}
	c.Do(core.ChangeSituation, 0)
	addApp := tr.T("situation.answer-begun", text.Data{"Answer": tr.T("flow.add-app.situation"), "Status": continued})
	if !blocksHold(c.Frame().Body, addApp) {
		t.Fatalf("the first question does not show %q:\n%v", addApp, c.Frame().Body)
	}

	// locked-out to its end, as a person new to the guide would walk it from the first question
	w := walkJourney(t, "da", lockedOut, "android", core.Real)
	for _, m := range w.moves {
		doMove(c, m)
	}
	if !blocksHold(c.Frame().Body, tr.T(lockedOut.Done)) {
		t.Fatalf("locked-out did not end: %q", headingOf(c.Frame()))
	}
	if p := lastOf(saved, "add-app"); len(p.Done) != len(content.Flow("add-app").Stages) {
		t.Errorf("add-app was not saved as done: %+v", p)
	}
	if p := saved[len(saved)-1]; p.Flow != "locked-out" {
		t.Errorf("the last save is of %q: the guide would open it next time, not locked-out", p.Flow)
	}
	c.Do(core.ChangeSituation, 0)
	done := tr.T("situation.answer-begun", text.Data{"Answer": tr.T("flow.add-app.situation"), "Status": tr.T("status.done")})
	if !blocksHold(c.Frame().Body, done) {
		t.Errorf("the first question does not show %q:\n%v", done, c.Frame().Body)
	}
}

// indexOf is the index of the answer of a question with the value.
func indexOf(st *flow.Step, value string) int {
	return slices.IndexFunc(st.Choices, func(c flow.Choice) bool { return c.Value == value })
}

// lastOf is the last progress saved of a journey.
func lastOf(saved []flow.Progress, journey string) flow.Progress {
	for i := len(saved) - 1; i >= 0; i-- {
		if saved[i].Flow == journey {
			return saved[i]
		}
	}
	return flow.Progress{}
}
