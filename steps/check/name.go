package check

import (
	"strings"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// Name judges a first or last name as RCAM asks for it: letters of any
// alphabet, with spaces, hyphens, apostrophes and the dots of initials
// between them (Jean-Luc, O'Brien, D’Angelo, H.C. Andersen). A name with no letter at all counts as empty.
// One word is advice, not a refusal: RCAM asks for first and last name
// (seed 001 trin 15), but a person may have one name only.
func Name(typed string) verdict.Verdict {
	name := collapse(typed)
	if v := firstProblem([]finding{
		{"name-empty", name == "", 0},
		{"name-bad-char", !only(name, inName), 0},
		{"name-empty", !strings.ContainsFunc(name, unicode.IsLetter), 0},
	}); !v.OK() {
		return v
	}
	return verdict.Verdict{Value: name, Notes: notesFound([]finding{{"name-one-word", !strings.ContainsRune(name, ' '), 0}})}
}

// inName accepts the characters of a name. Combining marks are letters'
// accents typed separately.
func inName(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || strings.ContainsRune(" -'’.", r)
}
