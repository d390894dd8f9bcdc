package check

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// tooShortOrLong is the refusal of a code of n characters: 12 wanted.
func tooShortOrLong(n int) verdict.Verdict {
	v := refused("code-length", n)
	v.Want = 12
	return v
}

var codeCases = []testCase{
	{name: "grouped", in: "ABC DEF GHI JKL", want: accepted("ABC DEF GHI JKL")},
	{name: "lower case kept, no spaces", in: "abcdefghijkl", want: accepted("abc def ghi jkl")},
	{name: "dashes", in: "abc-def-ghi-jkl", want: accepted("abc def ghi jkl")},
	{name: "underscores and dots", in: "ABC_DEF.GHI JKL", want: accepted("ABC DEF GHI JKL")},
	{name: "digits, leading zero, pasted", in: " 012\t345-678\n901 ", want: accepted("012 345 678 901")},
	{name: "mixed, case as typed", in: "a1B2c3D4e5F6", want: accepted("a1B 2c3 D4e 5F6")},

	{name: "empty", in: "", want: refused("code-empty", 0)},
	{name: "only separators", in: " - _ . ", want: refused("code-empty", 0)},
	// The characters are not confirmed: another one is advice, not a refusal.
	{name: "Danish letter", in: "ABC DEF GHI JKÆ", want: accepted("ABC DEF GHI JKÆ", "code-odd-char")},
	{name: "comma", in: "ABC,DEF,GHI,JKL", want: tooShortOrLong(15)},
	{name: "a sign typed for a letter", in: "ABC DEF GHI JK%", want: accepted("ABC DEF GHI JK%", "code-odd-char")},
	{name: "emoji", in: "ABC DEF GHI 🙂", want: tooShortOrLong(10)},
	{name: "dotless i", in: "ıBC DEF GHI JKL", want: accepted("ıBC DEF GHI JKL", "code-odd-char")},
	{name: "invalid UTF-8", in: "ABC\xffDEFGHIJK", want: accepted("ABC \uFFFDDE FGH IJK", "code-odd-char")},
	{name: "11", in: "ABC DEF GHI JK", want: tooShortOrLong(11)},
	{name: "13", in: "ABCDEFGHIJKLM", want: tooShortOrLong(13)},
	{name: "one group", in: "abc", want: tooShortOrLong(3)},
	{name: "100k paste", in: strings.Repeat("A", 100_000), want: tooShortOrLong(100_000)},
}

func TestValidationCode(t *testing.T) {
	run(t, codeCases, func(c testCase) verdict.Verdict { return ValidationCode(c.in) })
}
