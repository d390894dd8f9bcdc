package core

import (
	"cmp"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The guide's first question ("Hvor står du?") leads to a journey; the
// answer can be changed from the start screen, and each journey keeps its
// own progress.

// session is the session of journey f: the one already under way in this
// run, or the one saved earlier, or a fresh one.
func (c *Core) session(f *flow.Flow) *flow.Session {
	if s, ok := c.sessions[f.ID]; ok {
		return s
	}
	s := c.newSession(f)
	if p, ok := c.opts.Saved[f.ID]; ok && s.Restore(p) != nil {
		s = c.newSession(f) // saved for another version of the journey: it starts afresh
	}
	c.sessions[f.ID] = s
	return s
}

// homePlace is the start screen of the journey on now, with what the last
// move brought: a stage done, what to do after a pause, a welcome back.
type homePlace struct {
	welcome   bool        // the user came back to saved progress
	stageDone *flow.Stage // the stage just finished; nil for none
	paused    []string    // message ids of what to do now, after an answer that paused the journey
	handover  string      // the journey those words send the person on to; "" for none
	asked     bool        // the journey was just chosen on the first question, which Back goes back to
}

func (h *homePlace) Place() Place { return HomeScreen }
func (h *homePlace) Screen(c *Core) Screen {
	top, body := c.home(h)
	return Screen{Top: top, Body: body}
}
func (h *homePlace) Help(c *Core) (string, []string, bool) {
	return c.t.T("app.title"), []string{"home.help"}, false
}

func (h *homePlace) Offers(c *Core) []Offer {
	var offers []Offer
	if next := c.s.NextStage(); next >= 0 {
		desc := "action.start"
		if c.s.Status(next) == flow.InProgress {
			desc = "action.continue"
		}
		offers = append(offers, Offer{Action: Continue, Desc: desc})
	}
	offers = append(offers, Offer{Action: OpenStage, Desc: "action.open-stage", Count: len(c.s.Flow.Stages)})
	if len(c.opts.Journeys) > 1 {
		offers = append(offers, Offer{Action: ChangeSituation, Desc: "action.situation"})
	}
	if h.asked {
		offers = append(offers, Offer{Action: Back, Desc: "action.back"})
	}
	if c.s.Begun() {
		offers = append(offers, Offer{Action: StartJourneyOver, Desc: "action.journey-over"})
	}
	offers = append(offers, c.takeHomeOffer()...)
	return append(offers, c.settingsOffer()...)
}

func (h *homePlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Continue: // the next stage, where the user left it or at its beginning
		next := c.s.NextStage()
		if c.s.Status(next) == flow.NotStarted || c.s.StageIndex() != next {
			c.s.StartStage(next)
		} else {
			c.s.Settle()
		}
		c.leaveFirstScreen()
		c.enterStep()
	case OpenStage: // where the user is in it, or at its beginning (a finished stage, done again)
		status := c.s.Status(arg)
		if status == flow.Blocked {
			c.notice = "home.blocked"
			return
		}
		if status != flow.InProgress || c.s.StageIndex() != arg {
			c.s.StartStage(arg)
		} else {
			c.s.Settle()
		}
		c.leaveFirstScreen()
		c.enterStep()
	case ChangeSituation, Back:
		c.leaveFirstScreen() // told on the start screen it is asked from
		c.askSituation()
	case StartJourneyOver:
		c.askJourneyOver()
	case TakeHome:
		c.openTakeHome(c.own())
	case QuitYes: // a line mode's Enter once done or paused
		c.end()
	}
}

// askJourneyOver asks whether to forget how far the person is in the
// journey on now, keeping it being the first answer, as Enter takes it;
// the other journeys are kept either way.
func (c *Core) askJourneyOver() {
	data := text.Data{"Journey": c.t.T(c.s.Flow.Situation)}
	c.Open(&listPlace{place: ConfirmScreen, title: "home.over-title", body: "home.over-body", help: "home.over-help", data: data, safeFirst: true,
		items: []listItem{
			{text: c.t.T("home.over-no"), do: (*Core).Close},
			{text: c.t.T("home.over-yes"), do: (*Core).startJourneyOver},
		}})
}

// startJourneyOver starts the journey on now afresh, and keeps that.
func (c *Core) startJourneyOver() {
	c.s = c.newSession(c.s.Flow)
	c.sessions[c.s.Flow.ID] = c.s
	c.notice = "home.over-done"
	c.goHome(homePlace{})
}

// Prompt: Enter starts or goes on with the next stage; once the journey is
// done, or paused until something comes (a code by post), its words say to
// close the guide, and Enter closes it.
func (h *homePlace) Prompt(c *Core) Prompt {
	switch next := c.s.NextStage(); {
	case next < 0:
		return Prompt{ID: "plain.prompt-end", Enter: QuitYes}
	case len(h.paused) > 0:
		return Prompt{ID: "plain.prompt-paused", Enter: QuitYes, Data: text.Data{"Stage": next + 1}}
	case c.s.Status(next) != flow.InProgress:
		return Prompt{ID: "plain.prompt-start", Enter: Continue}
	}
	return Prompt{ID: "plain.prompt-continue", Enter: Continue}
}

// goHome shows the start screen, with what the move brought, and keeps the
// progress.
func (c *Core) goHome(h homePlace) {
	c.show(&h)
	c.save()
}

// leaveFirstScreen drops the notices told on the first screen once it is
// left: they are told once.
func (c *Core) leaveFirstScreen() { c.notices = nil }

// noticeBlocks are the notices told on the first screen.
func (c *Core) noticeBlocks() []Block {
	var blocks []Block
	for _, n := range c.notices {
		blocks = append(blocks, c.prefixed(Note, c.t.T(n.ID, n.Data)))
	}
	return blocks
}

// situationPlace is the first question: each journey by the answer that
// leads to it, with how far the person is in those begun.
type situationPlace struct{ selected int }

func (q *situationPlace) Place() Place     { return SituationScreen }
func (q *situationPlace) Highlighted() int { return q.selected }
func (q *situationPlace) Help(c *Core) (string, []string, bool) {
	return c.t.T("situation.title"), []string{"situation.help"}, false
}

func (q *situationPlace) Screen(c *Core) Screen {
	title, words := "situation.title", "situation.body"
	if c.opts.Mode == Rehearsal { // what to practise
		title, words = "situation.rehearsal-title", "situation.rehearsal-body"
	}
	top := c.Badges(Block{Kind: Caption, Text: c.t.T("app.title")}, Block{Kind: Heading, Text: c.t.T(title)})
	body := append(c.noticeBlocks(), Block{Kind: Text, Text: c.t.T(words)}) // told on the first screen shown
	for i, f := range c.opts.Journeys {
		label := c.t.T(f.Situation)
		if status := c.journeyStatus(f); status != "" {
			label = c.t.T("situation.answer-begun", text.Data{"Answer": label, "Status": status})
		}
		body = append(body, Block{Kind: Choice, Text: label, Number: i + 1})
	}
	for i, extra := range c.situationExtras() {
		body = append(body, Block{Kind: Choice, Text: extra.text, Number: len(c.opts.Journeys) + i + 1})
	}
	return Screen{Top: top, Body: body}
}

// answers counts the first question's answers: the journeys and the
// extras after them.
func (q *situationPlace) answers(c *Core) int { return len(c.opts.Journeys) + len(c.situationExtras()) }

func (q *situationPlace) Offers(c *Core) []Offer {
	n := q.answers(c)
	offers := []Offer{{Action: Move, Desc: "action.move"}, {Action: Select, Desc: "action.select", Count: n},
		{Action: Choose, Desc: "action.choose", Count: n}, {Action: Continue, Desc: "action.choose"}}
	if !c.firstAsk { // back to the start screen it was asked from; a first answer leads to one
		offers = append(offers, Offer{Action: Back, Desc: "action.back"})
	}
	return append(offers, c.settingsOffer()...)
}

func (q *situationPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Move:
		n := q.answers(c)
		q.selected = (q.selected + arg + n) % n
	case Select:
		q.selected = arg
	case Choose:
		c.chooseJourney(arg)
	case Continue:
		c.chooseJourney(q.selected)
	case Back:
		c.goHome(homePlace{})
	}
}

func (q *situationPlace) Prompt(c *Core) Prompt {
	var labels []string
	for _, f := range c.opts.Journeys {
		labels = append(labels, c.t.T(f.Situation))
	}
	for _, extra := range c.situationExtras() {
		labels = append(labels, extra.text)
	}
	return c.choicePrompt(labels, nil, -1)
}

// chooseJourney goes on with answer i of the first question: a journey,
// or an extra after them.
func (c *Core) chooseJourney(i int) {
	if n := len(c.opts.Journeys); i >= n {
		c.situationExtras()[i-n].do(c)
		return
	}
	c.openJourney(c.opts.Journeys[i], true)
}

// openJourney goes on with journey f at its start screen, and keeps that
// it is the one the person is on, and back in it; asked says it was
// chosen on the first question.
func (c *Core) openJourney(f *flow.Flow, asked bool) {
	if f.ID != c.s.Flow.ID {
		c.s = c.session(f)
	}
	c.leaveFirstScreen()
	welcome := c.s.Begun()
	c.firstAsk = false
	c.s.HandOver("")
	c.goHome(homePlace{welcome: welcome, asked: asked})
}

// askSituation shows the first question: asked again, with the journey on
// now highlighted; asked first, with the first answer highlighted, as the
// journeys come in the order that is safest to read them in.
func (c *Core) askSituation() {
	q := &situationPlace{}
	for i, f := range c.opts.Journeys {
		if f.ID == c.s.Flow.ID && !c.firstAsk {
			q.selected = i
		}
	}
	c.show(q)
}

// journeyStatus is how far the person is in journey f, in words: "" when
// not begun.
func (c *Core) journeyStatus(f *flow.Flow) string {
	s := c.begun(f)
	switch {
	case s == nil:
		return ""
	case s.NextStage() < 0:
		return c.t.T("status.done")
	}
	return cmp.Or(c.handedOverTo(s), c.t.T("status.in-progress"))
}

// otherJourneys are the task lists of the journeys begun besides the one
// on now, for the start screen.
func (c *Core) otherJourneys() []Block {
	var blocks []Block
	for _, f := range c.opts.Journeys {
		if f.ID == c.s.Flow.ID || c.journeyStatus(f) == "" {
			continue
		}
		blocks = append(blocks, Block{Kind: Text, Text: c.taskList(c.sessions[f.ID], "home.other-tasks")})
	}
	return blocks
}

// taskList is a journey's stages, each with its status, under a heading.
func (c *Core) taskList(s *flow.Session, heading string) string {
	list := c.t.T(heading, text.Data{"Journey": c.t.T(s.Flow.Title)})
	for i, stage := range s.Flow.Stages {
		list += "\n- " + c.t.T("home.task", text.Data{"Number": i + 1, "Stage": c.t.T(stage.Title),
			"Status": c.stageStatus(s, i)})
	}
	return list
}
