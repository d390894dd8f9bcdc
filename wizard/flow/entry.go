package flow

// Entry is the state of answering one Type step: the first and second
// typing of an answer asked twice, and advice waiting for confirmation.
// A secret lives here only until the step is left (see Forget).
type Entry struct {
	step       *Step
	first      string // the first typing, when the answer is asked twice
	again      bool   // asking for the second typing
	confirming string // typed text whose notes were shown; Enter again accepts it
	Verdict    Verdict
}

// NewEntry starts answering a Type step.
func NewEntry(st *Step) *Entry { return &Entry{step: st} }

// Again reports whether the second typing is being asked for.
func (e *Entry) Again() bool { return e.again }

// Confirming reports whether the notes of the last verdict wait for the
// user's confirmation.
func (e *Entry) Confirming() bool { return e.confirming != "" }

// Submit judges the typed text when Enter is pressed, and reports whether
// the step is answered. Accepted non-secret answers go into answers.
func (e *Entry) Submit(typed string, answers Answers) bool {
	in := e.step.Input
	if e.again {
		return e.submitAgain(typed, answers)
	}
	v := in.Check(typed, answers)
	e.Verdict = v
	if !v.OK() {
		e.confirming = ""
		return false
	}
	if len(v.Notes) > 0 && e.confirming != typed {
		e.confirming = typed
		return false
	}
	e.confirming = ""
	if in.Twice {
		e.first, e.again = typed, true
		e.Verdict = Verdict{}
		return false
	}
	e.keep(v, answers)
	return true
}

func (e *Entry) submitAgain(typed string, answers Answers) bool {
	first := e.step.Input.Check(e.first, answers)
	second := e.step.Input.Check(typed, answers)
	if comparable(first, e.first) != comparable(second, typed) {
		e.Verdict = Verdict{Problem: e.step.Input.Mismatch}
		return false
	}
	e.keep(first, answers)
	return true
}

// comparable is what two typings of the same answer must share: the
// cleaned value, or the typed text for secrets (whose value is never kept).
func comparable(v Verdict, typed string) string {
	if v.Value != "" {
		return v.Value
	}
	return typed
}

// StartOver drops the first typing so the answer is asked from the top.
func (e *Entry) StartOver() {
	e.Forget()
	e.Verdict = Verdict{}
}

func (e *Entry) keep(v Verdict, answers Answers) {
	if !e.step.Input.Secret {
		answers[e.step.ID] = v.Value
	}
	e.Forget()
}

// Forget drops every typed text the entry holds.
func (e *Entry) Forget() {
	e.first, e.again, e.confirming = "", false, ""
}
