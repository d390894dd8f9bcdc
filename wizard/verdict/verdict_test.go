package verdict

import (
	"errors"
	"strconv"
	"testing"
)

// A registry gives a check with its parameters, defaults filled in, and
// says by name what is wrong with a check a journey names.
func TestARegistryGivesChecksByNameAndParameters(t *testing.T) {
	registry := Registry{
		"short": {Params: map[string]string{"most": "3", "name": ""}, Make: func(p map[string]string) (Check, error) {
			most, err := strconv.Atoi(p["most"])
			if err != nil {
				return nil, &LookupError{Problem: "bad-param", Name: "most"}
			}
			return func(in Input) Verdict {
				if len(in.Typed) > most {
					return Verdict{Problem: p["name"]}
				}
				return Verdict{Value: in.Typed}
			}, nil
		}},
		"any": Typed(func(typed string) Verdict { return Verdict{Value: typed} }),
	}
	short, err := registry.Lookup("short", map[string]string{"name": "too-long"})
	if err != nil {
		t.Fatal(err)
	}
	if v := short(Input{Typed: "abcd"}); v.OK() || v.Problem != "too-long" {
		t.Errorf("the parameter given is not used: %+v", v)
	}
	if v := short(Input{Typed: "abc"}); !v.OK() || v.Value != "abc" {
		t.Errorf("the default is not used: %+v", v)
	}
	if check, err := registry.Lookup("any", nil); err != nil || check(Input{Typed: "x"}).Value != "x" {
		t.Errorf("a check of the text typed: %v", err)
	}
	for _, c := range []struct {
		name    string
		params  map[string]string
		problem string
	}{
		{"long", nil, "unknown-check"},
		{"short", map[string]string{"name": "x", "least": "1"}, "unknown-param"},
		{"short", nil, "missing-param"},
		{"short", map[string]string{"name": "x", "most": "three"}, "bad-param"},
		{"any", map[string]string{"most": "3"}, "unknown-param"},
	} {
		_, err := registry.Lookup(c.name, c.params)
		var lerr *LookupError
		if !errors.As(err, &lerr) || lerr.Problem != c.problem {
			t.Errorf("Lookup(%q, %v): %v, want %s", c.name, c.params, err, c.problem)
		}
	}
}
