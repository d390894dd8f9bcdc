package check

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

func TestLookupFindsChecksByNameAndParameters(t *testing.T) {
	pw, err := Registry.Lookup("password", map[string]string{"email": "email"})
	if err != nil {
		t.Fatal(err)
	}
	v := pw(verdict.Input{Typed: "Hans.Jensen-2025", Earlier: map[string]string{"email": "hans.jensen@example.dk"}})
	if v.Problem != "password-contains-email" {
		t.Fatalf("the password check did not read the e-mail field it was given: %+v", v)
	}
	bd, err := Registry.Lookup("birth-date", nil)
	if err != nil {
		t.Fatal(err)
	}
	if v := bd(verdict.Input{Typed: "24-12-2030", Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}); v.Problem != "date-future" {
		t.Fatalf("the birth date check did not use the day it was given: %+v", v)
	}
	code, err := Registry.Lookup("validation-code", map[string]string{"length": "8", "group": "4"})
	if err != nil {
		t.Fatal(err)
	}
	if v := code(verdict.Input{Typed: "abcd efgh"}); v.Value != "abcd efgh" {
		t.Fatalf("a code of 8 in groups of 4, given as parameters: %+v", v)
	}
	if v := code(verdict.Input{Typed: "ABC DEF GHI JKL"}); v.Problem != "code-length" || v.Want != 8 {
		t.Fatalf("the length wanted is not told: %+v", v)
	}
	pension, err := Registry.Lookup("pension-number", map[string]string{"min-digits": "8"})
	if err != nil {
		t.Fatal(err)
	}
	if v := pension(verdict.Input{Typed: "12345"}); !slices.Contains(v.Notes, "pension-length") {
		t.Fatalf("the fewest digits given as a parameter are not used: %+v", v)
	}
}

func TestLookupRefusesWhatItDoesNotKnow(t *testing.T) {
	for _, c := range []struct {
		name   string
		params map[string]string
		says   string
	}{
		{"e-mail", nil, `unknown-check "e-mail"`},
		{"email", map[string]string{"length": "12"}, `unknown-param "length"`},
		{"password", nil, `missing-param "email"`},
		{"validation-code", map[string]string{"length": "twelve"}, `bad-param "length"`},
	} {
		if _, err := Registry.Lookup(c.name, c.params); err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("Registry.Lookup(%q, %v): %v, want an error saying %q", c.name, c.params, err, c.says)
		}
	}
}
