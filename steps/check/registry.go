package check

import (
	"fmt"
	"slices"
	"sort"
	"time"
)

// Input is what a check is given: the text typed, the answers given
// before it (by field id), and today.
type Input struct {
	Typed   string
	Earlier map[string]string
	Today   time.Time
}

// Func judges one typed answer.
type Func func(Input) Verdict

// entry is a check of the registry and the parameters it takes.
type entry struct {
	params []string // the names of the parameters it takes, all of them needed
	make   func(params map[string]string) Func
}

// registry holds every check by the name journeys use for it. A journey
// names a check and gives its parameters (data), so a check can be
// changed or tightened without touching a journey's code.
var registry = map[string]entry{
	"email":       {make: func(map[string]string) Func { return func(in Input) Verdict { return Email(in.Typed) } }},
	"device-name": {make: func(map[string]string) Func { return func(in Input) Verdict { return DeviceName(in.Typed) } }},
	"pin":         {make: func(map[string]string) Func { return func(in Input) Verdict { return PIN(in.Typed) } }},
	"name":        {make: func(map[string]string) Func { return func(in Input) Verdict { return Name(in.Typed) } }},
	"pension-number": {make: func(map[string]string) Func {
		return func(in Input) Verdict { return PensionNumber(in.Typed) }
	}},
	"validation-code": {make: func(map[string]string) Func {
		return func(in Input) Verdict { return ValidationCode(in.Typed) }
	}},
	"birth-date": {make: func(map[string]string) Func {
		return func(in Input) Verdict { return BirthDate(in.Typed, in.Today) }
	}},
	// The password must not hold the e-mail address typed before: the
	// parameter "email" names the field of that address.
	"password": {params: []string{"email"}, make: func(p map[string]string) Func {
		field := p["email"]
		return func(in Input) Verdict { return Password(in.Typed, in.Earlier[field]) }
	}},
}

// LookupError says what is wrong with a check a journey names.
type LookupError struct {
	Problem string // "unknown-check", "unknown-param" or "missing-param"
	Name    string // the check's name, or the parameter's
}

func (e *LookupError) Error() string { return fmt.Sprintf("%s %q", e.Problem, e.Name) }

// Lookup gives the check with the name and parameters a journey names,
// or a *LookupError that says what is wrong with them.
func Lookup(name string, params map[string]string) (Func, error) {
	e, ok := registry[name]
	if !ok {
		return nil, &LookupError{"unknown-check", name}
	}
	for p := range params {
		if !slices.Contains(e.params, p) {
			return nil, &LookupError{"unknown-param", p}
		}
	}
	for _, p := range e.params {
		if params[p] == "" {
			return nil, &LookupError{"missing-param", p}
		}
	}
	return e.make(params), nil
}

// Names are the names of every check, sorted.
func Names() []string {
	var names []string
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
