package check

import (
	"strings"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// PensionFormat is what a pension number is taken to look like. The format
// is not confirmed, so nothing refuses a number: what looks wrong only
// gives a note. These limits are the only assumption about it; a journey
// gives them as the parameters of the check, to be tightened as data once
// the format is known.
type PensionFormat struct{ MinDigits, MaxDigits int }

// LikelyPension is the guess the guide starts from: 4 to 12 digits.
var LikelyPension = PensionFormat{MinDigits: 4, MaxDigits: 12}

// PensionNumber judges a number against LikelyPension.
func PensionNumber(typed string) verdict.Verdict { return LikelyPension.Check(typed) }

// Check judges the pension number from the pension slip. It stays a
// string, so leading zeros are kept. Spaces, dashes and dots are removed,
// as people copy the number in groups; so are control characters. Letters
// that look like digits are pointed out, not replaced: the user must look at
// the slip again. Count is the number of digits.
func (f PensionFormat) Check(typed string) verdict.Verdict {
	number := without(typed, pensionSeparator)
	if number == "" {
		return verdict.Verdict{Problem: "pension-empty"}
	}
	digits := count(number, isDigit)
	return verdict.Verdict{
		Value: number,
		Count: digits,
		Notes: notesFound([]finding{
			{"pension-letter-o", strings.ContainsAny(number, "Oo"), 0},
			{"pension-letter-l", strings.ContainsAny(number, "lI|"), 0},
			{"pension-letters", strings.ContainsFunc(number, otherLetter), 0},
			{"pension-other-characters", strings.ContainsFunc(number, otherSymbol), 0},
			{"pension-length", digits < f.MinDigits || digits > f.MaxDigits, 0},
		}),
	}
}

// pensionSeparator accepts what people put between groups of digits, and
// control characters, which no slip shows and no screen should echo.
func pensionSeparator(r rune) bool {
	return blank(r) || isDash(r) || r == '.' || unicode.IsControl(r)
}

// otherLetter accepts a letter that does not look like 0 or 1.
func otherLetter(r rune) bool { return unicode.IsLetter(r) && !strings.ContainsRune("OolI", r) }

// otherSymbol accepts anything that is neither a digit, a letter nor '|'
// (which looks like 1).
func otherSymbol(r rune) bool { return !isDigit(r) && !unicode.IsLetter(r) && r != '|' }
