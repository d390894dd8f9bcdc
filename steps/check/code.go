package check

import (
	"strings"
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
func ValidationCode(typed string) Verdict { return SeedCode.Check(typed) }

// Check judges the validation code that RCAM sends days after the access
// request. Its character set is not confirmed, so letters and digits are
// accepted. Separators are ignored, since the code may be copied in its
// groups; Value shows it back grouped as on RCAM, "ABC DEF GHI JKL", in
// the case it was typed: nothing says whether RCAM minds the case, so the
// guide changes no letter. A wrong length is told with Want, the length
// wanted.
func (f CodeFormat) Check(typed string) Verdict {
	code := without(typed, codeSeparator)
	n := count(code, isCodeChar)
	if v := firstProblem([]finding{
		{"code-empty", code == "", 0},
		{"code-bad-char", !only(code, isCodeChar), 0},
		{"code-length", n != f.Length, n},
	}); !v.OK() {
		if v.Problem == "code-length" {
			v.Want = f.Length
		}
		return v
	}
	return Verdict{Value: grouped(code, f.Group)}
}

// codeSeparator accepts what may stand between the groups of a code.
func codeSeparator(r rune) bool { return blank(r) || isDash(r) || r == '_' || r == '.' }

// isCodeChar accepts an ASCII letter or digit; others (æ, é) cannot be in a
// code typed on any keyboard.
func isCodeChar(r rune) bool {
	return isDigit(r) || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

// grouped puts a space after every size bytes of s (ASCII).
func grouped(s string, size int) string {
	var b strings.Builder
	for i := 0; i < len(s); i += size {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:min(i+size, len(s))])
	}
	return b.String()
}
