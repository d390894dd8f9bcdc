package check

import (
	"strings"
)

const (
	// codeLength is the length of the RCAM validation code ("4 x 3 characters").
	codeLength = 12
	// codeGroup is the size of one of its groups, one per field on RCAM.
	codeGroup = 3
)

// ValidationCode judges the validation code that RCAM sends days after the
// access request. Its character set is not confirmed, so letters and digits
// are accepted. Separators are ignored, since the code may be copied in its
// groups; Value shows it back in upper case, grouped as on RCAM:
// "ABC DEF GHI JKL".
func ValidationCode(typed string) Verdict {
	code := without(typed, codeSeparator)
	n := count(code, isCodeChar)
	if v := firstProblem([]finding{
		{"code-empty", code == "", 0},
		{"code-bad-char", !only(code, isCodeChar), 0},
		{"code-length", n != codeLength, n},
	}); !v.OK() {
		return v
	}
	return Verdict{Value: grouped(strings.ToUpper(code), codeGroup)}
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
