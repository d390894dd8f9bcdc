package check

import (
	"fmt"
	"slices"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// testCase is one row of a check's table.
type testCase struct {
	name  string
	in    string
	email string // for Password: the address typed before
	want  verdict.Verdict
}

// tables lists every check's table, for the tests that look across them.
var tables = map[string][]testCase{
	"Email":          emailCases,
	"Password":       passwordCases,
	"DeviceName":     deviceNameCases,
	"PIN":            pinCases,
	"PensionNumber":  pensionCases,
	"Name":           nameCases,
	"BirthDate":      birthDateCases,
	"ValidationCode": codeCases,
}

func refused(code string, count int) verdict.Verdict {
	return verdict.Verdict{Problem: code, Count: count}
}

func accepted(value string, notes ...string) verdict.Verdict {
	return verdict.Verdict{Value: value, Notes: notes}
}

// run checks every case of a table against its check.
func run(t *testing.T, cases []testCase, check func(testCase) verdict.Verdict) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := check(c)
			if !same(got, c.want) {
				t.Errorf("in %s:\n got %s\nwant %s", short(c.in), show(got), show(c.want))
			}
		})
	}
}

// same compares verdicts; a nil and an empty list are the same.
func same(a, b verdict.Verdict) bool {
	return a.Problem == b.Problem && a.Count == b.Count && a.Want == b.Want && a.Suggest == b.Suggest && a.Value == b.Value &&
		slices.Equal(a.Notes, b.Notes) && slices.Equal(a.Rules, b.Rules)
}

func show(v verdict.Verdict) string {
	return fmt.Sprintf("{Problem:%q Count:%d Notes:%q Rules:%v Value:%s}",
		v.Problem, v.Count, v.Notes, v.Rules, short(v.Value))
}

// short quotes s, cut to a readable length.
func short(s string) string {
	if len(s) > 60 {
		return fmt.Sprintf("%q... (%d bytes)", s[:60], len(s))
	}
	return fmt.Sprintf("%q", s)
}

func TestCodeListsHaveNoDuplicates(t *testing.T) {
	for name, list := range map[string][]string{"Problems": Problems, "Notes": Notes, "Rules": Rules} {
		seen := map[string]bool{}
		for _, code := range list {
			if seen[code] {
				t.Errorf("%s lists %q twice", name, code)
			}
			seen[code] = true
		}
	}
}

// TestCodeListsMatchTables makes sure every listed code is returned by some
// table case (so each list holds only codes a check returns, and each code
// is tested), and that the tables expect no unlisted code.
func TestCodeListsMatchTables(t *testing.T) {
	problems, notes := map[string]bool{}, map[string]bool{}
	rules := map[verdict.Rule]bool{}
	for check, cases := range tables {
		for _, c := range cases {
			if c.want.Problem != "" {
				problems[c.want.Problem] = true
				if !slices.Contains(Problems, c.want.Problem) {
					t.Errorf("%s %s: problem %q is not in Problems", check, c.name, c.want.Problem)
				}
			}
			for _, n := range c.want.Notes {
				notes[n] = true
				if !slices.Contains(Notes, n) {
					t.Errorf("%s %s: note %q is not in Notes", check, c.name, n)
				}
			}
			for _, r := range c.want.Rules {
				rules[r] = true
				if !slices.Contains(Rules, r.Code) {
					t.Errorf("%s %s: rule %q is not in Rules", check, c.name, r.Code)
				}
			}
		}
	}
	for _, code := range Problems {
		if !problems[code] {
			t.Errorf("no table case returns problem %q", code)
		}
	}
	for _, code := range Notes {
		if !notes[code] {
			t.Errorf("no table case returns note %q", code)
		}
	}
	for _, code := range Rules {
		if !rules[verdict.Rule{Code: code, Met: true}] || !rules[verdict.Rule{Code: code, Met: false}] {
			t.Errorf("no table cases return rule %q both met and not met", code)
		}
	}
}
