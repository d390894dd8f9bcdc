package core

import (
	"cmp"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// A journey's words may send the person on to another journey
// (flow.Text.Handover): wherever they are shown (a step, its help, the
// start screen after an answer that pauses the journey or once it is
// done, a help topic) the core offers to go there, as choosing that
// journey on the first question would. The journey left is marked as
// handed over until the person is back in it; a journey done makes done
// the journeys whose work it did (flow.Flow.Completes).

// The optional parts of a place that sends the person on.
type (
	// HandingOver is a place whose words send the person on to another
	// journey: its id, "" for none. The core offers the way there.
	HandingOver interface{ Handover(c *Core) string }
	// HelpHandingOver is a place whose help sends the person on: the
	// journey's id, "" for none.
	HelpHandingOver interface{ HelpHandover(c *Core) string }
)

// handoverTo is the journey place p sends the person on to, or nil: none,
// one the guide does not have, or the one on now.
func (c *Core) handoverTo(p Controller) *flow.Flow {
	h, ok := p.(HandingOver)
	if !ok {
		return nil
	}
	if f := c.journey(h.Handover(c)); f != nil && f.ID != c.s.Flow.ID {
		return f
	}
	return nil
}

// handoverOffer is the way on of place p, named as the first question
// names the journey; none when p sends the person nowhere.
func (c *Core) handoverOffer(p Controller) []Offer {
	f := c.handoverTo(p)
	if f == nil {
		return nil
	}
	return []Offer{{Action: Handover, Desc: "action.handover", Data: text.Data{"Journey": c.t.T(f.Situation)}}}
}

// handOver goes on to journey f from the journey on now, which is marked
// as continued there (a journey not begun, or done, is left as it is).
func (c *Core) handOver(f *flow.Flow) {
	c.leaveSteps()
	if c.s.Begun() && c.s.NextStage() >= 0 {
		c.s.HandOver(f.ID)
		c.save()
	}
	c.openJourney(f, false)
}

// journey is the journey of the first question with the id, or nil.
func (c *Core) journey(id string) *flow.Flow {
	for _, f := range c.opts.Journeys {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// begun is the session of journey f if the person has begun it, in this
// run or before; nil otherwise.
func (c *Core) begun(f *flow.Flow) *flow.Session {
	if _, ok := c.sessions[f.ID]; !ok {
		if _, saved := c.opts.Saved[f.ID]; !saved {
			return nil
		}
	}
	if s := c.session(f); s.Begun() {
		return s
	}
	return nil
}

// completeOthers makes done the journeys begun whose work the journey on
// now has done, and keeps their progress.
func (c *Core) completeOthers() {
	for _, id := range c.s.Flow.Completes {
		if f := c.journey(id); f != nil {
			if s := c.begun(f); s != nil && s.NextStage() >= 0 {
				s.Finish()
				c.saveJourney(s)
			}
		}
	}
}

// handedOverTo is the name of the journey session s was continued in, as
// the first question names it; "" when it was not.
func (c *Core) handedOverTo(s *flow.Session) string {
	if f := c.journey(s.HandedOver()); f != nil {
		return c.t.T("status.handed-over", text.Data{"Journey": c.t.T(f.Situation)})
	}
	return ""
}

// stageStatus is where stage i of session s stands, in words: a stage
// under way of a journey continued in another says so.
func (c *Core) stageStatus(s *flow.Session, i int) string {
	status := s.Status(i)
	if to := c.handedOverTo(s); status == flow.InProgress && to != "" {
		return to
	}
	return c.t.T("status." + string(status))
}

// Handover: the step's paragraphs on screen.
func (p *stepPlace) Handover(c *Core) string {
	st := c.s.Current()
	return cmp.Or(flow.Handover(st.Body, c.s.Answers), flow.Handover(st.Warnings, c.s.Answers))
}

// HelpHandover: the step's help.
func (p *stepPlace) HelpHandover(c *Core) string {
	return flow.Handover(c.s.Current().Help, c.s.Answers)
}

// HelpHandover: the help of the step it stands before.
func (p *lookAwayPlace) HelpHandover(c *Core) string { return p.step.HelpHandover(c) }

// Handover: the help of the place it is over.
func (h *helpPlace) Handover(c *Core) string {
	if o, ok := h.over.(HelpHandingOver); ok {
		return o.HelpHandover(c)
	}
	return ""
}

// Handover: the topic's paragraphs.
func (tp *topicPlace) Handover(c *Core) string {
	return flow.Handover(c.opts.Topics[tp.topic].Body, c.s.Answers)
}

// Handover: what to do after a pause, or once the journey is done.
func (h *homePlace) Handover(c *Core) string {
	if h.handover == "" && c.s.NextStage() < 0 {
		return c.s.Flow.DoneHandover
	}
	return h.handover
}
