package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// longDeviceName is the length, in characters, above which a name is
// advised against: a short name is easier to find in EU Login's list of
// devices, and EU Login's own limit is not known (so it is not refused).
const longDeviceName = 30

// DeviceName judges the name given to the phone or tablet in EU Login
// ("Your device name"). Any text will do; it is cleaned so that it reads
// the same on the EU Login screen as in the wizard.
func DeviceName(typed string) verdict.Verdict {
	name := collapse(without(typed, unprintable))
	n := characters(name)
	if name == "" {
		return verdict.Verdict{Problem: "device-name-empty"}
	}
	v := verdict.Verdict{Value: name}
	if n > longDeviceName {
		v.Notes, v.Count = []string{"device-name-long"}, n
	}
	return v
}

// unprintable accepts what cannot be shown: control characters other than
// white space (which collapse turns into single spaces), and U+FFFD, what
// invalid UTF-8 becomes.
func unprintable(r rune) bool {
	return unicode.IsControl(r) && !unicode.IsSpace(r) || r == utf8.RuneError
}
