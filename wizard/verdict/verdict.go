// Package verdict is what a check says about a typed answer, shared by the
// checks a journey's content brings and the engine that shows what they
// say: one type, so that a new field of a verdict is one edit.
//
// A verdict holds codes, never words: the engine shows the messages
// "problem.<code>", "note.<code>" and "rule.<code>", with Count as
// {{.Count}}.
package verdict

import (
	"fmt"
	"maps"
	"time"
)

// Verdict is what a check says about a typed answer.
type Verdict struct {
	Problem string   // why the answer is refused; empty when accepted
	Count   int      // a figure the message may show, e.g. characters typed ({{.Count}})
	Want    int      // a figure wanted, the message may show too, e.g. characters needed ({{.Want}})
	Suggest string   // what the user may have meant ({{.Suggest}})
	Notes   []string // advice that does not block; the user confirms once
	Rules   []Rule   // for a checklist, e.g. password rules
	Value   string   // the answer as it is kept and shown back, cleaned
}

// OK reports whether the answer is accepted.
func (v Verdict) OK() bool { return v.Problem == "" }

// Rule is one line of a checklist and whether the answer meets it.
type Rule struct {
	Code    string
	Met     bool
	Unknown bool // the rule cannot be checked now (what it needs is not known)
}

// Input is what a check is given: the text typed, the answers given
// before it (by field id), and today.
type Input struct {
	Typed   string
	Earlier map[string]string
	Today   time.Time
}

// Check judges one typed answer.
type Check func(Input) Verdict

// Entry is a check of a Registry and the parameters it takes.
type Entry struct {
	Params map[string]string // the parameters it takes, with their defaults; "" for one that must be given
	Make   func(params map[string]string) (Check, error)
}

// Typed is the entry of a check that takes no parameters and judges the
// text typed alone.
func Typed(check func(typed string) Verdict) Entry {
	return Entry{Make: func(map[string]string) (Check, error) {
		return func(in Input) Verdict { return check(in.Typed) }, nil
	}}
}

// Registry holds checks by the names journeys give them. A journey names
// a check and gives its parameters (data), so a check can be changed or
// tightened without touching a journey.
type Registry map[string]Entry

// Lookup gives the check with the name and parameters a journey gives,
// or a *LookupError that says what is wrong with them.
func (r Registry) Lookup(name string, params map[string]string) (Check, error) {
	e, ok := r[name]
	if !ok {
		return nil, &LookupError{Problem: "unknown-check", Name: name}
	}
	given := maps.Clone(e.Params)
	for p, v := range params {
		if _, ok := e.Params[p]; !ok {
			return nil, &LookupError{Problem: "unknown-param", Name: p}
		}
		given[p] = v
	}
	for p, v := range given {
		if v == "" {
			return nil, &LookupError{Problem: "missing-param", Name: p}
		}
	}
	return e.Make(given)
}

// LookupError says what is wrong with a check a journey names.
type LookupError struct {
	Problem string // "unknown-check", "unknown-param", "missing-param" or "bad-param"
	Name    string // the check's name, or the parameter's
}

func (e *LookupError) Error() string { return fmt.Sprintf("%s %q", e.Problem, e.Name) }
