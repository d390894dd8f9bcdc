package flow

import (
	"fmt"
	"maps"
	"slices"
	"time"
)

// Status is where a stage stands, as the task list shows it.
type Status string

const (
	NotStarted Status = "not-started" // can start now
	Blocked    Status = "blocked"     // an earlier stage must be done first
	InProgress Status = "in-progress"
	Done       Status = "done"
)

// Session walks one person through a flow. It holds the position, the
// non-secret answers and which stages are done; it never holds a secret.
type Session struct {
	Flow    *Flow
	Answers Answers
	Dates   map[string]time.Time // when marked steps were done, by Step.Marks
	Now     func() time.Time     // the clock, for Dates
	// Written says whether an optional paragraph's message is written;
	// nil: every one is.
	Written   func(id string) bool
	stage     int      // index into Flow.Stages
	step      int      // index into the stage's Steps
	completed []string // ids of the steps done, in order
	returnTo  string   // the Review step to return to after a change
	started   map[string]bool
	done      map[string]bool

	handedOver string // the journey the person went on to from here (see HandOver)
}

// NewSession starts at the first step of the first stage.
func NewSession(f *Flow) *Session {
	return &Session{Flow: f, Answers: Answers{}, Dates: map[string]time.Time{}, Now: time.Now,
		started: map[string]bool{}, done: map[string]bool{}}
}

// Current is the step on screen.
func (s *Session) Current() *Step { return &s.Flow.Stages[s.stage].Steps[s.step] }

// Stage is the stage the current step belongs to.
func (s *Session) Stage() *Stage { return &s.Flow.Stages[s.stage] }

// visible reports whether a step applies, given the answers so far.
func (s *Session) visible(st *Step) bool { return st.When.Holds(s.Answers) && s.onItsDay(st) }

// onItsDay says whether today is a day on which the step is shown: any
// day, or for a step shown on the day of a date, that day.
func (s *Session) onItsDay(st *Step) bool {
	if st.SameDay == "" {
		return true
	}
	date, ok := s.Dates[st.SameDay]
	return ok && DaysBetween(date, s.Now()) == 0
}

// Position gives the current step's number among the visible steps of its
// stage, and how many there may be, for the caption "trin 4 af 17": the
// current step and the most that may still follow it on any way through
// the questions from here on (an answer that pauses only waits, unless
// every answer does: then the way ends there). The
// total so only ever falls as the answers come, and "4 af 4" is never
// said with steps still to come. fewer says that some way through the
// questions left has fewer steps: the total is the most ("af højst 17").
func (s *Session) Position() (number, total int, fewer bool) {
	for i := range s.step {
		if s.visible(&s.Stage().Steps[i]) {
			number++
		}
	}
	most, least := s.ways(s.step, s.Answers)
	return number + 1, number + most, least < most
}

// ways are the most and the fewest steps shown from step i of the stage
// (shown itself) to its end: each question answered in every way that goes
// on, the questions before it as they are.
func (s *Session) ways(i int, a Answers) (most, least int) {
	steps := s.Stage().Steps
	st := &steps[i]
	next := func(a Answers) (int, int) {
		for j := i + 1; j < len(steps); j++ {
			if steps[j].When.Holds(a) && s.onItsDay(&steps[j]) {
				return s.ways(j, a)
			}
		}
		return 0, 0
	}
	if st.Kind != Choose {
		most, least = next(a)
		return most + 1, least + 1
	}
	least = -1
	for _, c := range st.Choices {
		if c.Pause {
			continue // the stage waits, and goes on from here later
		}
		b := maps.Clone(a)
		b[st.ID] = c.Value
		m, l := next(b)
		most = max(most, m)
		if least < 0 || l < least {
			least = l
		}
	}
	return most + 1, max(least, 0) + 1 // every answer pauses: the way ends here
}

// Next moves to the next visible step of the stage. At the end of the stage it
// marks the stage done and reports false.
func (s *Session) Next() bool {
	s.started[s.Stage().ID] = true
	s.complete(s.Current())
	if back := s.returnTo; back != "" {
		s.returnTo = ""
		return s.GoTo(back) == nil
	}
	for i := s.step + 1; i < len(s.Stage().Steps); i++ {
		if s.visible(&s.Stage().Steps[i]) {
			s.step = i
			return true
		}
	}
	s.done[s.Stage().ID] = true
	return false
}

// complete records that a step is done, and its date if it marks one.
func (s *Session) complete(st *Step) {
	if !slices.Contains(s.completed, st.ID) {
		s.completed = append(s.completed, st.ID)
	}
	switch {
	case st.Marks == "":
	case s.chose(st).Undated:
		delete(s.Dates, st.Marks)
	default:
		s.Dates[st.Marks] = s.Now()
	}
}

// chose is the choice made at a Choose step; the zero Choice elsewhere.
func (s *Session) chose(st *Step) Choice {
	for _, c := range st.Choices {
		if c.Value == s.Answers[st.ID] {
			return c
		}
	}
	return Choice{}
}

// Change goes from a Review step to the step of one of its answers; once
// that is answered, Next comes back to the review.
func (s *Session) Change(i int) {
	st := s.Current()
	if st.Kind != Review || i < 0 || i >= len(st.Reviews) {
		return
	}
	if asks := s.Flow.StepOfField(st.Reviews[i]); asks != nil {
		s.returnTo = st.ID
		_ = s.GoTo(asks.ID)
	}
}

// Choose answers a Choose step with choice i, and reports whether that
// choice pauses the journey (back to the start screen, to come back later).
// A pause undoes the step's date: "not yet" means the thing has not come.
func (s *Session) Choose(i int) (pause bool) {
	st := s.Current()
	c := st.Choices[i]
	s.Answers[st.ID] = c.Value
	s.forgetHiddenChoices()
	if c.Pause && st.Marks != "" {
		delete(s.Dates, st.Marks)
	}
	return c.Pause
}

// forgetHiddenChoices drops the answers of questions that an answer just
// changed has hidden: the steps they skipped come back.
func (s *Session) forgetHiddenChoices() {
	for i := range s.Flow.Stages {
		for j := range s.Flow.Stages[i].Steps {
			if st := &s.Flow.Stages[i].Steps[j]; st.Kind == Choose && !s.visible(st) {
				delete(s.Answers, st.ID)
			}
		}
	}
}

// Back moves to the previous visible step of the stage, and reports false on
// the first one. The dates of the steps gone back past are undone: the
// request not sent yet when its review is to be done again.
func (s *Session) Back() bool {
	if back := s.returnTo; back != "" {
		s.returnTo = ""
		return s.GoTo(back) == nil
	}
	for i := s.step - 1; i >= 0; i-- {
		if s.visible(&s.Stage().Steps[i]) {
			s.undate(s.Stage().Steps[i+1 : s.step+1])
			s.step = i
			return true
		}
	}
	return false
}

// Settle leaves a step no longer shown where the person left it (its day
// is over) for the visible step before it: the question that led there is
// asked again.
func (s *Session) Settle() {
	if !s.visible(s.Current()) {
		s.Back()
	}
}

// undate forgets the dates the steps marked.
func (s *Session) undate(steps []Step) {
	for _, st := range steps {
		if st.Marks != "" {
			delete(s.Dates, st.Marks)
		}
	}
}

// StartStage puts the session at the first visible step of stage i.
func (s *Session) StartStage(i int) {
	s.stage, s.step = i, 0
	if !s.visible(s.Current()) {
		s.Next()
	}
	s.started[s.Stage().ID] = true
}

// GoTo puts the session at the step with the given id. The stages before
// it count as done: whoever jumps to a step has done what comes before.
func (s *Session) GoTo(id string) error {
	for i, stage := range s.Flow.Stages {
		for j := range stage.Steps {
			if stage.Steps[j].ID == id {
				s.stage, s.step = i, j
				s.started[stage.ID] = true
				for _, earlier := range s.Flow.Stages[:i] {
					s.started[earlier.ID], s.done[earlier.ID] = true, true
				}
				return nil
			}
		}
	}
	return fmt.Errorf("no step %q", id)
}

// Status tells where stage i stands: it can start once the stage before it
// is done.
func (s *Session) Status(i int) Status {
	stage := s.Flow.Stages[i]
	switch {
	case s.done[stage.ID]:
		return Done
	case i > 0 && !s.done[s.Flow.Stages[i-1].ID]:
		return Blocked
	case s.started[stage.ID]:
		return InProgress
	}
	return NotStarted
}

// NextStage is the first stage that can be worked on, or -1 when none can.
func (s *Session) NextStage() int {
	for i := range s.Flow.Stages {
		if st := s.Status(i); st == NotStarted || st == InProgress {
			return i
		}
	}
	return -1
}

// Begun reports whether any stage of the flow has been started.
func (s *Session) Begun() bool { return len(s.started) > 0 || len(s.done) > 0 }

// StageIndex is the index of the current stage in Flow.Stages.
func (s *Session) StageIndex() int { return s.stage }

// DueReminders are the flow's reminders whose wait is over: their date is
// at least Days days old and the date that ends the wait is missing.
func (s *Session) DueReminders() []Reminder {
	var due []Reminder
	for _, r := range s.Flow.Reminders {
		since, ok := s.Dates[r.Since]
		_, ended := s.Dates[r.Until]
		if ok && !ended && DaysBetween(since, s.Now()) >= r.Days {
			due = append(due, r)
		}
	}
	return due
}

// DaysBetween counts calendar days from one date to a later one; a date
// after the other (a wrong clock, a hand-edited file) counts as none. It
// counts whole days, so no date is too far for it.
func DaysBetween(from, to time.Time) int {
	day := func(t time.Time) int64 {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix() / (24 * 60 * 60)
	}
	return int(max(0, day(to)-day(from)))
}

// Step is the step with the given id, or nil.
func (f *Flow) Step(id string) *Step {
	for i := range f.Stages {
		for j := range f.Stages[i].Steps {
			if f.Stages[i].Steps[j].ID == id {
				return &f.Stages[i].Steps[j]
			}
		}
	}
	return nil
}

// Field is the field with the given id, or nil.
func (f *Flow) Field(id string) *Field {
	for i := range f.Stages {
		for j := range f.Stages[i].Steps {
			for k := range f.Stages[i].Steps[j].Fields {
				if fl := &f.Stages[i].Steps[j].Fields[k]; fl.ID == id {
					return fl
				}
			}
		}
	}
	return nil
}

// StepOfField is the step that asks for the field with the given id, or nil.
func (f *Flow) StepOfField(id string) *Step {
	for i := range f.Stages {
		for j := range f.Stages[i].Steps {
			for _, fl := range f.Stages[i].Steps[j].Fields {
				if fl.ID == id {
					return &f.Stages[i].Steps[j]
				}
			}
		}
	}
	return nil
}

// StepIDs lists every step id of the flow, in order.
func (f *Flow) StepIDs() []string {
	var ids []string
	for _, stage := range f.Stages {
		for _, st := range stage.Steps {
			ids = append(ids, st.ID)
		}
	}
	return ids
}
