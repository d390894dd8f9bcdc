package check

import (
	"strings"
	"testing"
	"time"
)

func TestLookupFindsChecksByNameAndParameters(t *testing.T) {
	pw, err := Lookup("password", map[string]string{"email": "email"})
	if err != nil {
		t.Fatal(err)
	}
	v := pw(Input{Typed: "Hans.Jensen-2025", Earlier: map[string]string{"email": "hans.jensen@example.dk"}})
	if v.Problem != "password-contains-email" {
		t.Fatalf("the password check did not read the e-mail field it was given: %+v", v)
	}
	bd, err := Lookup("birth-date", nil)
	if err != nil {
		t.Fatal(err)
	}
	if v := bd(Input{Typed: "24-12-2030", Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}); v.Problem != "date-future" {
		t.Fatalf("the birth date check did not use the day it was given: %+v", v)
	}
	for _, name := range Names() {
		if _, ok := registry[name]; !ok {
			t.Fatalf("Names lists %q, which is not a check", name)
		}
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
	} {
		if _, err := Lookup(c.name, c.params); err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("Lookup(%q, %v): %v, want an error saying %q", c.name, c.params, err, c.says)
		}
	}
}
