package check

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

func pension(value string, digits int, notes ...string) verdict.Verdict {
	return verdict.Verdict{Value: value, Count: digits, Notes: notes}
}

var pensionCases = []testCase{
	{name: "digits", in: "123456", want: pension("123456", 6)},
	{name: "leading zeros kept", in: "0012345", want: pension("0012345", 7)},
	{name: "spaces removed", in: " 012 345 67\n", want: pension("01234567", 8)},
	{name: "dashes and dots removed", in: "01-23.45", want: pension("012345", 6)},
	{name: "escape sequence removed", in: "0123\x1b[2J4567", want: pension("0123[2J4567", 9, "pension-letters", "pension-other-characters")},
	{name: "en dash removed", in: "0123–4567", want: pension("01234567", 8)},
	{name: "4 digits", in: "1234", want: pension("1234", 4)},
	{name: "12 digits", in: "123456789012", want: pension("123456789012", 12)},

	{name: "empty", in: "", want: refused("pension-empty", 0)},
	{name: "only separators", in: " - . \t", want: refused("pension-empty", 0)},

	{name: "letter O", in: "12O456", want: pension("12O456", 5, "pension-letter-o")},
	{name: "letter o", in: "o123456", want: pension("o123456", 6, "pension-letter-o")},
	{name: "letter l", in: "1234l6", want: pension("1234l6", 5, "pension-letter-l")},
	{name: "capital I", in: "I23456", want: pension("I23456", 5, "pension-letter-l")},
	{name: "bar", in: "123|56", want: pension("123|56", 5, "pension-letter-l")},
	{name: "other letters", in: "AB12345", want: pension("AB12345", 5, "pension-letters")},
	{name: "Danish letter", in: "12345æ", want: pension("12345æ", 5, "pension-letters")},
	{name: "slash", in: "123/456", want: pension("123/456", 6, "pension-other-characters")},
	{name: "emoji", in: "123🙂456", want: pension("123🙂456", 6, "pension-other-characters")},
	{name: "invalid UTF-8 shown as such", in: "\xff123456", want: pension("\ufffd123456", 6, "pension-other-characters")},
	{name: "full-width digits", in: "１２３４", want: pension("１２３４", 0, "pension-other-characters", "pension-length")},
	{name: "3 digits", in: "123", want: pension("123", 3, "pension-length")},
	{name: "13 digits", in: "1234567890123", want: pension("1234567890123", 13, "pension-length")},
	{name: "100k digits", in: strings.Repeat("7", 100_000), want: pension(strings.Repeat("7", 100_000), 100_000, "pension-length")},
	{name: "only O", in: "OOOO", want: pension("OOOO", 0, "pension-letter-o", "pension-length")},
	{name: "all at once", in: "1O2l3x#", want: pension("1O2l3x#", 3,
		"pension-letter-o", "pension-letter-l", "pension-letters", "pension-other-characters", "pension-length")},
}

func TestPensionNumber(t *testing.T) {
	run(t, pensionCases, func(c testCase) verdict.Verdict { return PensionNumber(c.in) })
}
