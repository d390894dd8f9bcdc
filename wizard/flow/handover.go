package flow

// A journey's words may send the person on to another journey (Text.Handover):
// the journey left is marked as handed over, and a journey that does
// another's work (Flow.Completes) makes that one done.

// Handover is the journey the paragraphs send the person on to, of those
// shown for the answers so far (see Shown): the first one's; "" for none.
func Handover(texts []Text, a Answers) string {
	for _, t := range texts {
		if t.Handover != "" && t.When.MayHold(a) {
			return t.Handover
		}
	}
	return ""
}

// HandOver marks the journey as handed over to journey id: the person
// went on there. "" takes the mark away, as the person is back.
func (s *Session) HandOver(id string) { s.handedOver = id }

// HandedOver is the journey the person went on to from here, or "".
func (s *Session) HandedOver() string { return s.handedOver }

// Finish marks every stage done: another journey has done the work.
func (s *Session) Finish() {
	for _, stage := range s.Flow.Stages {
		s.started[stage.ID], s.done[stage.ID] = true, true
	}
}
