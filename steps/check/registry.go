package check

import (
	"sort"
	"strconv"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// number reads a parameter that is a whole number from 1 to 100.
func number(params map[string]string, name string) (int, error) {
	n, err := strconv.Atoi(params[name])
	if err != nil || n < 1 || n > 100 {
		return 0, &verdict.LookupError{Problem: "bad-param", Name: name}
	}
	return n, nil
}

// Registry holds every check by the name journeys use for it.
var Registry = verdict.Registry{
	"email":       verdict.Typed(Email),
	"device-name": verdict.Typed(DeviceName),
	"pin":         verdict.Typed(PIN),
	"name":        verdict.Typed(Name),
	"birth-date": {Make: func(map[string]string) (verdict.Check, error) {
		return func(in verdict.Input) verdict.Verdict { return BirthDate(in.Typed, in.Today) }, nil
	}},
	// The password must not hold the e-mail address typed before: the
	// parameter "email" names the field of that address.
	"password": {Params: map[string]string{"email": ""}, Make: func(p map[string]string) (verdict.Check, error) {
		field := p["email"]
		return func(in verdict.Input) verdict.Verdict { return Password(in.Typed, in.Earlier[field]) }, nil
	}},
	// The formats nobody has confirmed are parameters, so a journey can
	// tighten them: the digits of a pension number, the code's length and groups.
	"pension-number": {Params: map[string]string{"min-digits": "4", "max-digits": "12"},
		Make: func(p map[string]string) (verdict.Check, error) {
			lo, err := number(p, "min-digits")
			if err != nil {
				return nil, err
			}
			hi, err := number(p, "max-digits")
			if err != nil {
				return nil, err
			}
			f := PensionFormat{MinDigits: lo, MaxDigits: hi}
			return func(in verdict.Input) verdict.Verdict { return f.Check(in.Typed) }, nil
		}},
	"validation-code": {Params: map[string]string{"length": "12", "group": "3"},
		Make: func(p map[string]string) (verdict.Check, error) {
			length, err := number(p, "length")
			if err != nil {
				return nil, err
			}
			group, err := number(p, "group")
			if err != nil {
				return nil, err
			}
			f := CodeFormat{Length: length, Group: group}
			return func(in verdict.Input) verdict.Verdict { return f.Check(in.Typed) }, nil
		}},
}

// Names are the names of every check, sorted.
func Names() []string {
	var names []string
	for n := range Registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
