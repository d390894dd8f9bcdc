package check

import (
	"unicode"
	"unicode/utf8"
)

// maxDeviceNameLength is the longest device name the wizard takes, in
// characters.
const maxDeviceNameLength = 30

// DeviceName judges the name given to the phone or tablet in EU Login
// ("Your device name"). Any text will do; it is cleaned so that it reads
// the same on the EU Login screen as in the wizard.
func DeviceName(typed string) Verdict {
	name := collapse(without(typed, unprintable))
	n := characters(name)
	if v := firstProblem([]finding{
		{"device-name-empty", name == "", 0},
		{"device-name-too-long", n > maxDeviceNameLength, n},
	}); !v.OK() {
		return v
	}
	return Verdict{Value: name}
}

// unprintable accepts what cannot be shown: control characters other than
// white space (which collapse turns into single spaces), and U+FFFD, what
// invalid UTF-8 becomes.
func unprintable(r rune) bool {
	return unicode.IsControl(r) && !unicode.IsSpace(r) || r == utf8.RuneError
}
