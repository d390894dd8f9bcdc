package flow

import (
	"fmt"
	"slices"
	"time"
)

// ProgressVersion is the shape of Progress; a file of another version is not read.
const ProgressVersion = 1

// DayLayout is how a date of Progress is written: the day, no time of day.
const DayLayout = "2006-01-02"

// Progress is what is kept of a session between runs: where the user is,
// what is done, the answers to choice questions, and the dates that matter
// (Step.Marks). Never a typed answer: those can be personal or secret.
type Progress struct {
	Version int               `json:"version"`
	Flow    string            `json:"flow"`
	Step    string            `json:"step"`              // the step on screen
	Steps   []string          `json:"steps_done"`        // steps answered, in order
	Started []string          `json:"stages_started"`    // stage ids
	Done    []string          `json:"stages_done"`       // stage ids
	Choices map[string]string `json:"choices,omitempty"` // answers of Choose steps, by step id
	Dates   map[string]string `json:"dates,omitempty"`   // DayLayout dates by Step.Marks name
	// HandedOver is the journey (by id) the person went on to from here,
	// sent on by the journey's words; "" while it is not.
	HandedOver string `json:"handed_over,omitempty"`
}

// Progress is the part of the session worth keeping.
func (s *Session) Progress() Progress {
	p := Progress{Version: ProgressVersion, Flow: s.Flow.ID, Step: s.Current().ID,
		Steps: slices.Clone(s.completed), Choices: map[string]string{}, Dates: map[string]string{}, HandedOver: s.handedOver}
	for _, stage := range s.Flow.Stages {
		if s.started[stage.ID] {
			p.Started = append(p.Started, stage.ID)
		}
		if s.done[stage.ID] {
			p.Done = append(p.Done, stage.ID)
		}
		for _, st := range stage.Steps {
			if answer, ok := s.Answers[st.ID]; ok && st.Kind == Choose {
				p.Choices[st.ID] = answer
			}
		}
	}
	for name, day := range s.Dates {
		p.Dates[name] = day.Format(DayLayout)
	}
	return p
}

// ProgressError says that saved progress does not fit the flow.
type ProgressError struct{ Reason string }

func (e *ProgressError) Error() string { return "progress does not fit: " + e.Reason }

// Restore puts the session where the progress says. Progress from another
// flow or version, or naming a step or choice the flow does not have, is
// refused and the session left as it was.
func (s *Session) Restore(p Progress) error {
	if p.Version != ProgressVersion || p.Flow != s.Flow.ID {
		return &ProgressError{fmt.Sprintf("version %d for flow %q, want version %d for %q", p.Version, p.Flow, ProgressVersion, s.Flow.ID)}
	}
	fresh := NewSession(s.Flow)
	fresh.Now, fresh.Written = s.Now, s.Written
	if err := fresh.GoTo(p.Step); err != nil {
		return &ProgressError{err.Error()}
	}
	fresh.started, fresh.done = map[string]bool{}, map[string]bool{}
	for _, id := range p.Started {
		fresh.started[id] = true
	}
	for _, id := range p.Done {
		fresh.done[id] = true
	}
	for id, answer := range p.Choices {
		if !s.Flow.hasChoice(id, answer) {
			return &ProgressError{fmt.Sprintf("no choice %q at step %q", answer, id)}
		}
		fresh.Answers[id] = answer
	}
	for name, day := range p.Dates {
		t, err := time.ParseInLocation(DayLayout, day, time.Local)
		if err != nil {
			return &ProgressError{fmt.Sprintf("date %q: %v", name, err)}
		}
		fresh.Dates[name] = t
	}
	fresh.completed, fresh.handedOver = slices.Clone(p.Steps), p.HandedOver
	*s = *fresh
	return nil
}

func (f *Flow) hasChoice(stepID, value string) bool {
	for _, stage := range f.Stages {
		for _, st := range stage.Steps {
			if st.ID == stepID && slices.ContainsFunc(st.Choices, func(c Choice) bool { return c.Value == value }) {
				return true
			}
		}
	}
	return false
}
