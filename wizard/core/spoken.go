package core

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// said is an answer, or a sample of one, as the guide shows it: as
// written, or for a speaking front-end as field def says it is spoken
// (Options.Speaking), so that one who hears it can compare it with a letter
// or a form. A spelled answer keeps its written form before it, for a
// helper who reads along; a date in words is readable as it is. A value
// that cannot be said so is said as written.
func (c *Core) said(def *flow.Field, value string) string {
	if !c.opts.Speaking || def == nil {
		return value
	}
	switch def.Spoken {
	case flow.Spelled:
		if spelled := spell(value); spelled != value {
			return c.t.T("app.spoken", text.Data{"Typed": value, "Spoken": spelled})
		}
	case flow.InWords:
		if day, ok := dayOf(value); ok {
			return c.t.Date(day)
		}
	}
	return value
}

// spell says each letter and digit of s alone, the groups it is written
// in (between spaces, dashes or other marks) apart: "ABC DEF" is
// "A B C, D E F", "12345" is "1 2 3 4 5".
func spell(s string) string {
	groups := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, g := range groups {
		groups[i] = strings.Join(strings.Split(g, ""), " ")
	}
	return strings.Join(groups, ", ")
}

// dayOf reads a date written as three numbers, day, month and a year of
// four digits ("24/12/1948", "24-12-1948"), or year first ("1948-12-24").
func dayOf(s string) (time.Time, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if len(parts) != 3 || len(strings.Join(parts, "")) != len(s)-2 {
		return time.Time{}, false // words or more marks: not such a date
	}
	if len(parts[0]) == 4 {
		parts[0], parts[2] = parts[2], parts[0]
	}
	n := make([]int, 3)
	for i, p := range parts {
		n[i], _ = strconv.Atoi(p)
	}
	day := time.Date(n[2], time.Month(n[1]), n[0], 0, 0, 0, 0, time.UTC)
	if len(parts[2]) != 4 || day.Day() != n[0] || int(day.Month()) != n[1] {
		return time.Time{}, false // no such day: said as written
	}
	return day, true
}
