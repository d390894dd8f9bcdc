package check

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// The fuzz targets check what must hold for any input: no panic, only listed
// codes, secrets never returned, and an accepted Value checked again gives
// itself back. The table inputs are the seeds, except the very long ones:
// the fuzzer spends its time minimising mutations of those instead of
// fuzzing (the table tests cover them).

// maxSeedLength is the longest table input used as a seed.
const maxSeedLength = 1000

// seeds returns the cases whose input is short enough to be a seed.
func seeds(cases []testCase) []testCase {
	return slices.DeleteFunc(slices.Clone(cases), func(c testCase) bool { return len(c.in) > maxSeedLength })
}

// valid checks the codes of a verdict and the Value rules common to all
// checks.
func valid(t *testing.T, typed string, v verdict.Verdict) {
	t.Helper()
	if v.Problem != "" && !slices.Contains(Problems, v.Problem) {
		t.Errorf("%s: problem %q is not in Problems", short(typed), v.Problem)
	}
	for _, n := range v.Notes {
		if !slices.Contains(Notes, n) {
			t.Errorf("%s: note %q is not in Notes", short(typed), n)
		}
	}
	for _, r := range v.Rules {
		if !slices.Contains(Rules, r.Code) {
			t.Errorf("%s: rule %q is not in Rules", short(typed), r.Code)
		}
	}
	if !v.OK() && v.Value != "" {
		t.Errorf("%s: refused with %q, yet Value is %s", short(typed), v.Problem, short(v.Value))
	}
	if !utf8.ValidString(v.Value) {
		t.Errorf("%s: Value %s is not valid UTF-8", short(typed), short(v.Value))
	}
}

// fuzzCheck fuzzes a check that returns no secret: its accepted Value,
// checked again, must be accepted with the same Value.
func fuzzCheck(f *testing.F, cases []testCase, check func(string) verdict.Verdict) {
	for _, c := range seeds(cases) {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		v := check(typed)
		valid(t, typed, v)
		if v.OK() {
			if v.Value == "" {
				t.Fatalf("%s: accepted with no Value", short(typed))
			}
			if again := check(v.Value); !again.OK() || again.Value != v.Value {
				t.Errorf("%s: accepted as %s, which checked again gives %s", short(typed), short(v.Value), show(again))
			}
		}
	})
}

func FuzzEmail(f *testing.F) { fuzzCheck(f, emailCases, Email) }

func FuzzDeviceName(f *testing.F) { fuzzCheck(f, deviceNameCases, DeviceName) }

func FuzzPensionNumber(f *testing.F) { fuzzCheck(f, pensionCases, PensionNumber) }

func FuzzName(f *testing.F) { fuzzCheck(f, nameCases, Name) }

func FuzzValidationCode(f *testing.F) { fuzzCheck(f, codeCases, ValidationCode) }

func FuzzBirthDate(f *testing.F) {
	fuzzCheck(f, birthDateCases, func(typed string) verdict.Verdict { return BirthDate(typed, today) })
}

// FuzzPassword also checks that the verdict agrees with the checklist: the
// password is accepted exactly when the length, 3 of the 4 groups and the
// e-mail rule are met.
func FuzzPassword(f *testing.F) {
	for _, c := range seeds(passwordCases) {
		f.Add(c.in, c.email)
	}
	f.Fuzz(func(t *testing.T, typed, email string) {
		v := Password(typed, email)
		valid(t, typed, v)
		if v.Value != "" {
			t.Fatalf("%s: a password was returned in Value", short(typed))
		}
		var codes []string
		met := map[string]bool{}
		for _, r := range v.Rules {
			codes = append(codes, r.Code)
			met[r.Code] = r.Met
		}
		if !slices.Equal(codes, Rules) {
			t.Fatalf("%s: rules %q, want all of %q in order", short(typed), codes, Rules)
		}
		groups := 0
		for _, g := range passwordGroups {
			if met[g.rule] {
				groups++
			}
		}
		ok := met["password-length"] && groups >= 3 && met["password-no-email"]
		if v.OK() != ok {
			t.Errorf("%s: accepted is %v, yet the checklist says %v: %v", short(typed), v.OK(), ok, v.Rules)
		}
	})
}

func FuzzPIN(f *testing.F) {
	for _, c := range seeds(pinCases) {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		v := PIN(typed)
		valid(t, typed, v)
		if v.Value != "" {
			t.Fatalf("%s: a PIN was returned in Value", short(typed))
		}
	})
}
