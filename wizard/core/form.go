package core

import (
	"cmp"
	"slices"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// FieldState is where the answer of one field stands. It is one explicit
// state machine, the same for every field and both front-ends:
//
//	Typing --Continue, refused--> Typing (the problem shown)
//	Typing --Continue, advice--> Confirming --Continue--> (as accepted)
//	Typing --Continue, accepted--> Again (asked twice) or Accepted
//	Again --Continue, different--> Again (the mismatch shown)
//	Again --Continue, the same--> Accepted
//	Again --StartOver--> Typing
//	any --an edit--> the problem and advice go; Confirming and Accepted go back to Typing
type FieldState int

const (
	Typing     FieldState = iota // typing the answer (the first typing of one asked twice)
	Confirming                   // advice is shown for the text typed; Continue again takes it
	Again                        // typing the answer a second time, to compare
	Accepted                     // the answer is taken
)

// field is the state of one field of the current step. A secret lives here
// only until the step is left (forget).
type field struct {
	def     *flow.Field
	value   string
	first   string // the first typing of an answer asked twice
	state   FieldState
	verdict verdict.Verdict // what the last Continue brought; its problem and notes go with an edit
}

// form is the fields of the current step and the one typed into.
type form struct {
	fields []*field
	focus  int
	judge  judge
}

// judge runs a field's check on a text, with the answers so far and today.
type judge func(def *flow.Field, typed string) verdict.Verdict

func newForm(st *flow.Step, typed map[string]string, j judge) *form {
	f := &form{judge: j}
	for i := range st.Fields {
		def := &st.Fields[i]
		fl := &field{def: def}
		if !def.Secret {
			fl.value = typed[def.ID]
		}
		f.fields = append(f.fields, fl)
	}
	return f
}

func (f *form) focused() *field { return f.fields[f.focus] }

// edit takes the new text of field i and says what it kept: a field for
// digits keeps its text when anything else is typed into it, and a text
// longer than the field takes is cut. A field that is chosen, not typed,
// keeps its answer when given one it does not have.
func (f *form) edit(i int, text string) (kept string, refused, cut bool) {
	fl := f.fields[i]
	if !fl.takes(text) {
		return fl.value, false, false
	}
	if max := fl.def.MaxLength; max > 0 && len([]rune(text)) > max {
		text, cut = string([]rune(text)[:max]), true
	}
	if fl.def.Digits && strings.ContainsFunc(text, func(r rune) bool { return r < '0' || r > '9' }) {
		return fl.value, true, false
	}
	if text == fl.value {
		return text, false, cut
	}
	fl.value = text
	fl.verdict = verdict.Verdict{}
	if fl.state == Confirming || fl.state == Accepted {
		fl.state = Typing
	}
	return text, false, cut
}

// takes reports whether a field can hold a value: any text a typed one,
// "yes" or nothing a tick box, one of its options or nothing a list, and
// nothing a button.
func (fl *field) takes(value string) bool {
	switch fl.def.Kind {
	case flow.TickBox:
		return value == "" || value == ticked
	case flow.ListField:
		return value == "" || slices.ContainsFunc(fl.def.Options, func(o flow.Option) bool { return o.Value == value })
	case flow.Button:
		return value == ""
	}
	return true
}

// Problems are what the core itself finds wrong with an answer, told as
// the message "problem.<code>": a list left without one.
var Problems = []string{chooseOne, sketchEmpty}

const chooseOne = "choose-one"

// ticked is the value of a tick box with a tick; the answer kept is
// "yes" or "no".
const ticked = "yes"

// choose takes a field that is chosen, not typed: a tick box as it is, a
// list once an option is chosen (or none, where that is allowed), a
// button when it is pressed.
func (fl *field) choose(answers flow.Answers) {
	switch {
	case fl.def.Kind == flow.ListField && fl.value == "" && !fl.def.Optional:
		fl.verdict = verdict.Verdict{Problem: chooseOne}
		return
	case fl.def.Kind == flow.TickBox:
		answers[fl.def.ID] = cmp.Or(fl.value, "no")
	case fl.def.Kind == flow.ListField:
		answers[fl.def.ID] = fl.value
	}
	fl.state, fl.verdict = Accepted, verdict.Verdict{}
}

// judged judges what is typed in fl, and reports whether it passes: not
// when it is refused, nor when a note asks to confirm it first (the field
// then waits for that).
func (f *form) judged(fl *field) (verdict.Verdict, bool) {
	v := f.judge(fl.def, fl.value)
	fl.verdict = v
	switch {
	case !v.OK():
		return v, false
	case len(v.Notes) > 0:
		fl.state = Confirming
		return v, false
	}
	return v, true
}

// submit judges the focused field, and reports whether every field of the
// step is accepted. An accepted field passes the focus to the next field
// that is not.
func (f *form) submit(answers flow.Answers) bool {
	fl := f.focused()
	switch {
	case fl.def.Kind != flow.TextField:
		fl.choose(answers)
	case fl.state == Typing:
		if fl.def.Optional && strings.TrimSpace(fl.value) == "" {
			fl.value, fl.state, fl.verdict = "", Accepted, verdict.Verdict{}
			break
		}
		v, ok := f.judged(fl)
		if !ok {
			return false
		}
		fl.takeOrAskAgain(v, answers)
	case fl.state == Confirming:
		fl.takeOrAskAgain(f.judge(fl.def, fl.value), answers)
	case fl.state == Again:
		fl.compare(f.judge, answers)
	}
	if fl.state != Accepted {
		return false
	}
	for n := range f.fields {
		i := (f.focus + n) % len(f.fields)
		if f.fields[i].state != Accepted {
			f.focus = i
			return false
		}
	}
	return true
}

// takeOrAskAgain accepts a judged answer, or asks for it a second time.
func (fl *field) takeOrAskAgain(v verdict.Verdict, answers flow.Answers) {
	if fl.def.Twice && fl.state != Again {
		fl.first, fl.value, fl.state = fl.value, "", Again
		fl.verdict = verdict.Verdict{}
		return
	}
	fl.take(v, answers)
}

// compare accepts the second typing when it is the same answer as the
// first: the same cleaned value, or for a secret the same text.
func (fl *field) compare(judge judge, answers flow.Answers) {
	first := judge(fl.def, fl.first)
	second := judge(fl.def, fl.value)
	if comparable(first, fl.first) != comparable(second, fl.value) {
		fl.verdict = verdict.Verdict{Problem: fl.def.Mismatch}
		return
	}
	fl.take(first, answers)
}

func comparable(v verdict.Verdict, typed string) string {
	if v.Value != "" {
		return v.Value
	}
	return typed
}

func (fl *field) take(v verdict.Verdict, answers flow.Answers) {
	if fl.def.Secret {
		fl.value = ""
	} else {
		answers[fl.def.ID] = v.Value
	}
	fl.first, fl.state, fl.verdict = "", Accepted, verdict.Verdict{}
}

// startOver drops the second typing; the first comes back to be corrected,
// unless it is secret.
func (fl *field) startOver() {
	fl.value, fl.first, fl.state, fl.verdict = fl.first, "", Typing, verdict.Verdict{}
	if fl.def.Secret {
		fl.value = ""
	}
}

// toggle ticks the focused tick box, or takes its tick away.
func (f *form) toggle() {
	if fl := f.focused(); fl.def.Kind == flow.TickBox {
		f.edit(f.focus, map[string]string{"": ticked, ticked: ""}[fl.value])
	}
}

// pick chooses the next option (step 1) or the one before (-1) of the
// focused list field, round; from none, the first or the last.
func (f *form) pick(step int) {
	fl := f.focused()
	n := len(fl.def.Options)
	if fl.def.Kind != flow.ListField || n == 0 {
		return
	}
	at := slices.IndexFunc(fl.def.Options, func(o flow.Option) bool { return o.Value == fl.value })
	if at < 0 && step > 0 {
		at = -1
	} else if at < 0 {
		at = 0
	}
	f.edit(f.focus, fl.def.Options[(at+step+n)%n].Value)
}

// forget drops every typed text the form holds.
func (f *form) forget() {
	for _, fl := range f.fields {
		fl.value, fl.first = "", ""
	}
}
