package check

import (
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// CodeFormat is what the RCAM validation code is taken to look like. It is
// not confirmed (only "4 x 3 characters" in seed 001), so a journey gives
// it as the parameters of the check, and it can be tightened as data.
type CodeFormat struct {
	Length int // characters in all
	Group  int // characters in a group, one group a field on RCAM
}

// SeedCode is the format seed 001 gives: 4 groups of 3.
var SeedCode = CodeFormat{Length: 12, Group: 3}

// ValidationCode judges a code of the seed's format (SeedCode.Check).
func ValidationCode(typed string) verdict.Verdict { return SeedCode.Check(typed) }

// Check judges the validation code that RCAM sends days after the access
// request. Separators are ignored, since the code may be copied in its
// groups; Value shows it back grouped as on RCAM, "ABC DEF GHI JKL", in
// the case it was typed: nothing says whether RCAM minds the case, so the
// guide changes no letter. A wrong length is told with Want, the length
// wanted. Its character set is not confirmed (only "4 x 3 karakterer"), so
// a character that is no ASCII letter or digit is advice to look at the
// code again, not a refusal.
func (f CodeFormat) Check(typed string) verdict.Verdict {
	code := without(typed, codeSeparator)
	n := characters(code)
	if v := firstProblem([]finding{
		{"code-empty", code == "", 0},
		{"code-length", n != f.Length, n},
	}); !v.OK() {
		if v.Problem == "code-length" {
			v.Want = f.Length
		}
		return v
	}
	return verdict.Verdict{Value: grouped(code, f.Group), Notes: notesFound([]finding{{"code-odd-char", !only(code, isCodeChar), 0}})}
}

// codeSeparator accepts what may stand between the groups of a code.
func codeSeparator(r rune) bool { return blank(r) || isDash(r) || r == '_' || r == '.' }

// isCodeChar accepts an ASCII letter or digit; others (æ, é, a comma) may
// be typed by mistake for one.
func isCodeChar(r rune) bool {
	return isDigit(r) || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

// grouped puts a space after every size characters of s.
func grouped(s string, size int) string {
	var b strings.Builder
	for i, r := range []rune(s) {
		if i > 0 && i%size == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
