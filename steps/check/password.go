package check

import (
	"strings"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

const (
	// minPasswordLength is EU Login's minimum, in characters.
	minPasswordLength = 10
	// minPasswordGroups is how many of the character groups EU Login asks for.
	minPasswordGroups = 3
	// minEmailNameInPassword: a shorter name part (jo@...) is found inside
	// too many ordinary words to hold against a password.
	minEmailNameInPassword = 3
)

// passwordGroups are the kinds of character EU Login counts. It asks for 3
// of them, but its own help lists all 4, so all 4 are advised.
var passwordGroups = []struct {
	rule string
	in   func(rune) bool
}{
	{"password-upper", unicode.IsUpper},
	{"password-lower", unicode.IsLower},
	{"password-digit", unicode.IsDigit},
	{"password-special", isSpecial},
}

// Password judges a new EU Login password against EU Login's rules, given
// the e-mail address typed before ("" when it is not known). Rules always holds the whole checklist,
// so it can be shown while the user types. The password is taken exactly as
// typed (a space is a character like any other) and never returned: Value
// is always empty.
func Password(typed, email string) verdict.Verdict {
	n := characters(typed)
	rules := []verdict.Rule{{Code: "password-length", Met: n >= minPasswordLength}}
	groups := 0
	for _, g := range passwordGroups {
		met := strings.ContainsFunc(typed, g.in)
		if met {
			groups++
		}
		rules = append(rules, verdict.Rule{Code: g.rule, Met: met})
	}
	hasEmail := containsEmail(typed, email)
	// Without the address (the guide was closed since it was typed), the
	// rule cannot be checked: it is told as such, never as met.
	rules = append(rules, verdict.Rule{Code: "password-no-email", Met: !hasEmail, Unknown: email == ""})

	v := firstProblem([]finding{
		{"password-empty", typed == "", 0},
		{"password-too-short", n < minPasswordLength, n},
		{"password-few-groups", groups < minPasswordGroups, groups},
		{"password-contains-email", hasEmail, 0},
	})
	v.Rules = rules
	if v.OK() {
		v.Notes = notesFound([]finding{
			{"password-all-groups", groups < len(passwordGroups), 0},
			{"password-danish-letters", strings.ContainsAny(typed, "æøåÆØÅ"), 0},
			{"password-spaces-at-ends", typed != strings.TrimSpace(typed), 0},
		})
	}
	return v
}

// isSpecial accepts a special character: anything but a letter, a digit or
// a space. A combining mark belongs to the letter before it.
func isSpecial(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && !unicode.IsMark(r)
}

// containsEmail reports whether password holds the e-mail address, or the
// part of it before @, in any case: EU Login refuses both.
func containsEmail(password, email string) bool {
	address := strings.ToLower(cleanEmail(email))
	name := address
	if i := strings.LastIndex(address, "@"); i >= 0 {
		name = address[:i]
	}
	password = strings.ToLower(password)
	return address != "" && strings.Contains(password, address) ||
		characters(name) >= minEmailNameInPassword && strings.Contains(password, name)
}
