package core

import (
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
	s := flow.NewSession(f)
	if c.opts.Now != nil {
		s.Now = c.opts.Now
	}
	if p, ok := c.opts.Saved[f.ID]; ok && s.Restore(p) != nil {
		s = flow.NewSession(f) // saved for another version of the journey: it starts afresh
		if c.opts.Now != nil {
			s.Now = c.opts.Now
		}
	}
	c.sessions[f.ID] = s
	return s
}

// chooseJourney goes on with journey i of the first question, at its start
// screen, and keeps that it is the one the person is on.
func (c *Core) chooseJourney(i int) {
	if f := c.opts.Journeys[i]; f.ID != c.s.Flow.ID {
		c.s = c.session(f)
	}
	c.leaveHome()
	c.welcome, c.firstAsk = c.s.Begun(), false
	c.goHome()
}

// askSituation shows the first question: asked again, with the journey on
// now highlighted; asked first, with the first answer highlighted, as the
// journeys come in the order that is safest to read them in.
func (c *Core) askSituation() {
	c.place = SituationScreen
	c.selected = 0
	for i, f := range c.opts.Journeys {
		if f.ID == c.s.Flow.ID && !c.firstAsk {
			c.selected = i
		}
	}
	c.screen++
}

// situation is the first question: each journey by the answer that leads
// to it, with how far the person is in those begun.
func (c *Core) situation() (top, body []Block) {
	top = c.top(Block{Kind: Caption, Text: c.t.T("app.title")}, Block{Kind: Heading, Text: c.t.T("situation.title")})
	body = append(c.notices(), // e.g. that the saved progress was deleted: told on the first screen shown
		Block{Kind: Text, Text: c.t.T("situation.body")})
	for i, f := range c.opts.Journeys {
		label := c.t.T(f.Situation)
		if status := c.journeyStatus(f); status != "" {
			label = c.t.T("situation.answer-begun", text.Data{"Answer": label, "Status": c.t.T(status)})
		}
		body = append(body, Block{Kind: Choice, Text: label, Number: i + 1})
	}
	return top, body
}

// journeyStatus is the message id of how far the person is in journey f:
// "" when not begun.
func (c *Core) journeyStatus(f *flow.Flow) string {
	s, ok := c.sessions[f.ID]
	if !ok {
		if _, saved := c.opts.Saved[f.ID]; !saved {
			return ""
		}
		s = c.session(f)
	}
	switch {
	case !s.Begun():
		return ""
	case s.NextStage() < 0:
		return "status.done"
	}
	return "status.in-progress"
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
			"Status": c.t.T("status." + string(s.Status(i)))})
	}
	return list
}
