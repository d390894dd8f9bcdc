package check

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

var pinCases = []testCase{
	{name: "four digits", in: "2580", want: accepted("")},
	{name: "leading zero", in: "0258", want: accepted("")},
	{name: "spaces ignored", in: " 25 80 ", want: accepted("")},
	{name: "pasted with tab and newline", in: "\t2580\n", want: accepted("")},
	{name: "run that would wrap", in: "7890", want: accepted("")},
	{name: "steps of two", in: "1357", want: accepted("")},

	{name: "empty", in: "", want: refused("pin-empty", 0)},
	{name: "only spaces", in: "   ", want: refused("pin-empty", 0)},
	{name: "letter", in: "25a0", want: refused("pin-not-digits", 0)},
	{name: "letter O for zero", in: "25O0", want: refused("pin-not-digits", 0)},
	{name: "dashes", in: "25-80", want: refused("pin-not-digits", 0)},
	{name: "full-width digits", in: "２５８０", want: refused("pin-not-digits", 0)},
	{name: "Danish letter", in: "25ø0", want: refused("pin-not-digits", 0)},
	{name: "emoji", in: "🙂", want: refused("pin-not-digits", 0)},
	{name: "invalid UTF-8", in: "25\xff0", want: refused("pin-not-digits", 0)},
	{name: "three digits", in: "258", want: refused("pin-length", 3)},
	{name: "five digits", in: "25801", want: refused("pin-length", 5)},
	{name: "100k digits", in: strings.Repeat("5", 100_000), want: refused("pin-length", 100_000)},
	{name: "same digit", in: "7777", want: advised("pin-easy")},
	{name: "zeros", in: "0000", want: advised("pin-easy")},
	{name: "run up", in: "1234", want: advised("pin-easy")},
	{name: "run up from 2", in: "2345", want: advised("pin-easy")},
	{name: "run up from 0", in: "0123", want: advised("pin-easy")},
	{name: "run down", in: "9876", want: advised("pin-easy")},
	{name: "run down to 0", in: "3210", want: advised("pin-easy")},
	{name: "run typed with spaces", in: "1 2 3 4", want: advised("pin-easy")},
}

func TestPIN(t *testing.T) {
	run(t, pinCases, func(c testCase) verdict.Verdict { return PIN(c.in) })
}

// advised is an accepted PIN with advice to confirm.
func advised(notes ...string) verdict.Verdict { return verdict.Verdict{Notes: notes} }
