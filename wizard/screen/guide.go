package screen

import (
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Options set up a guide, whichever front-end draws it.
type Options struct {
	Flow     *flow.Flow
	Text     *text.Translator
	StartAt  string             // a step id to open at; empty opens the start screen
	Progress *flow.Progress     // progress saved earlier, to continue from; nil for a fresh start
	OpenURL  func(string) error // opens an address in the user's browser
	Colour   bool               // the terminal shows colours (not NO_COLOR, not dumb)
	// Save keeps the progress after every move. It returns "" or a reason
	// code ("disk-full", "read-only", "failed") shown as "save.<code>".
	Save   func(flow.Progress) string
	Notice string           // message id of a notice for the start screen, e.g. a damaged file set aside
	Data   text.Data        // template data of Notice
	Now    func() time.Time // the clock; nil means time.Now
}

// Guide is the step logic both front-ends share: the start screen or a
// step, what Enter and Back do, and saving after every move.
type Guide struct {
	View
	Opts   Options
	AtHome bool
	Entry  *flow.Entry       // the answer being typed on a Type step; nil elsewhere
	Typed  map[string]string // non-secret typed text by step id, shown again on Back
}

// NewGuide starts at the start screen, or at opts.StartAt, after restoring
// opts.Progress.
func NewGuide(opts Options) (*Guide, error) {
	s := flow.NewSession(opts.Flow)
	if opts.Now != nil {
		s.Now = opts.Now
	}
	g := &Guide{View: View{Session: s, Text: opts.Text, Notice: opts.Notice, Data: opts.Data},
		Opts: opts, AtHome: true, Typed: map[string]string{}}
	if opts.Progress != nil {
		if err := s.Restore(*opts.Progress); err != nil {
			return nil, err
		}
		g.Welcome = true
	}
	if opts.StartAt != "" {
		if err := s.GoTo(opts.StartAt); err != nil {
			return nil, err
		}
		g.AtHome = false
		g.enterStep()
	}
	return g, nil
}

// Saving reports whether the guide keeps its progress at all.
func (g *Guide) Saving() bool { return g.Opts.Save != nil }

// Start leaves the start screen for the next stage, where the user left it
// or at its beginning, and reports false when no stage can be worked on.
func (g *Guide) Start() bool {
	next := g.Session.NextStage()
	if next < 0 {
		return false
	}
	g.StageDone, g.Welcome, g.AtHome = "", false, false
	if g.Session.Status(next) == flow.NotStarted || g.Session.StageIndex() != next {
		g.Session.StartStage(next)
	}
	g.enterStep()
	return true
}

// Enter answers the current step, with the typed text or the choice with
// index choice, and moves on when the answer is accepted. It reports
// whether it moved.
func (g *Guide) Enter(typed string, choice int) bool {
	st := g.Session.Current()
	switch st.Kind {
	case flow.Type:
		if !g.Entry.Submit(typed, g.Session.Answers) {
			return false
		}
		if !st.Input.Secret {
			g.Typed[st.ID] = typed
		}
	case flow.Choose:
		if g.Session.Choose(choice) {
			g.leaveStep()
			g.goHome()
			return true
		}
	}
	g.leaveStep()
	if !g.Session.Next() {
		g.StageDone = g.Session.Stage().Short
		g.goHome()
		return true
	}
	g.enterStep()
	return true
}

// Back goes one step back, or asks an answer typed twice again from the
// top, or returns to the start screen from a stage's first step.
func (g *Guide) Back() {
	if g.Entry != nil && g.Entry.Again() {
		g.Entry.StartOver()
		return
	}
	g.leaveStep()
	if !g.Session.Back() {
		g.goHome()
		return
	}
	g.enterStep()
}

// Change goes from a review to the step of its answer number i (from 0).
func (g *Guide) Change(i int) {
	g.leaveStep()
	g.Session.Change(i)
	g.enterStep()
}

// Chosen is the index of the current Choose step's earlier answer, or 0.
// An answer that paused the journey is not offered again first: who comes
// back has most likely moved on ("the code has come").
func (g *Guide) Chosen() int {
	st := g.Session.Current()
	for i, c := range st.Choices {
		if g.Session.Answers[st.ID] == c.Value && !c.Pause {
			return i
		}
	}
	return 0
}

func (g *Guide) goHome() {
	g.AtHome = true
	g.save()
}

// enterStep keeps the progress and prepares the answer of a Type step.
func (g *Guide) enterStep() {
	g.save()
	g.Entry = nil
	if st := g.Session.Current(); st.Input != nil {
		g.Entry = flow.NewEntry(st)
	}
}

// leaveStep forgets every secret typed on the step.
func (g *Guide) leaveStep() {
	if g.Entry != nil {
		g.Entry.Forget()
		g.Entry = nil
	}
}

// save keeps the progress, and remembers why when it cannot.
func (g *Guide) save() {
	if g.Opts.Save != nil {
		g.SaveIssue = g.Opts.Save(g.Session.Progress())
	}
}
