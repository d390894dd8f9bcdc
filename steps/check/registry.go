package check

import (
	"fmt"
	"maps"
	"sort"
	"strconv"
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
	params map[string]string // the parameters it takes, with their defaults; "" for one that must be given
	make   func(params map[string]string) (Func, error)
}

// plain is an entry of a check that takes no parameters.
func plain(check func(string) Verdict) entry {
	return entry{make: func(map[string]string) (Func, error) {
		return func(in Input) Verdict { return check(in.Typed) }, nil
	}}
}

// number reads a parameter that is a whole number from 1 to 100.
func number(params map[string]string, name string) (int, error) {
	n, err := strconv.Atoi(params[name])
	if err != nil || n < 1 || n > 100 {
		return 0, &LookupError{"bad-param", name}
	}
	return n, nil
}

// registry holds every check by the name journeys use for it. A journey
// names a check and gives its parameters (data), so a check can be
// changed or tightened without touching a journey's code.
var registry = map[string]entry{
	"email":       plain(Email),
	"device-name": plain(DeviceName),
	"pin":         plain(PIN),
	"name":        plain(Name),
	"birth-date": {make: func(map[string]string) (Func, error) {
		return func(in Input) Verdict { return BirthDate(in.Typed, in.Today) }, nil
	}},
	// The password must not hold the e-mail address typed before: the
	// parameter "email" names the field of that address.
	"password": {params: map[string]string{"email": ""}, make: func(p map[string]string) (Func, error) {
		field := p["email"]
		return func(in Input) Verdict { return Password(in.Typed, in.Earlier[field]) }, nil
	}},
	// The formats nobody has confirmed are parameters, so a journey can
	// tighten them: the digits of a pension number, the code's length and groups.
	"pension-number": {params: map[string]string{"min-digits": "4", "max-digits": "12"},
		make: func(p map[string]string) (Func, error) {
			lo, err := number(p, "min-digits")
			if err != nil {
				return nil, err
			}
			hi, err := number(p, "max-digits")
			if err != nil {
				return nil, err
			}
			f := PensionFormat{MinDigits: lo, MaxDigits: hi}
			return func(in Input) Verdict { return f.Check(in.Typed) }, nil
		}},
	"validation-code": {params: map[string]string{"length": "12", "group": "3"},
		make: func(p map[string]string) (Func, error) {
			length, err := number(p, "length")
			if err != nil {
				return nil, err
			}
			group, err := number(p, "group")
			if err != nil {
				return nil, err
			}
			f := CodeFormat{Length: length, Group: group}
			return func(in Input) Verdict { return f.Check(in.Typed) }, nil
		}},
}

// LookupError says what is wrong with a check a journey names.
type LookupError struct {
	Problem string // "unknown-check", "unknown-param", "missing-param" or "bad-param"
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
	given := maps.Clone(e.params)
	for p, v := range params {
		if _, ok := e.params[p]; !ok {
			return nil, &LookupError{"unknown-param", p}
		}
		given[p] = v
	}
	for p, v := range given {
		if v == "" {
			return nil, &LookupError{"missing-param", p}
		}
	}
	return e.make(given)
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
