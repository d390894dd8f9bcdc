package check

import "github.com/eulogin-guide/eulogin-guide/wizard/verdict"

// pinLength is the length of the EU Login app's PIN ("Your 4 digit PIN code").
const pinLength = 4

// PIN judges the EU Login app's PIN. Spaces are ignored, since some people
// type "12 34". An easy PIN (1234, 7777) is advised against, not refused:
// nothing says EU Login refuses it. The PIN is a secret: Value is always
// empty.
func PIN(typed string) verdict.Verdict {
	pin := without(typed, blank)
	n := characters(pin)
	v := firstProblem([]finding{
		{"pin-empty", pin == "", 0},
		{"pin-not-digits", !only(pin, isDigit), 0},
		{"pin-length", n != pinLength, n},
	})
	if v.OK() {
		v.Notes = notesFound([]finding{{"pin-easy", easyPIN(pin), 0}})
	}
	return v
}

// easyPIN reports whether pin is one digit repeated (7777) or a run up or
// down (1234, 9876): the first codes anyone would try.
func easyPIN(pin string) bool {
	if len(pin) < 2 {
		return false
	}
	step := int(pin[1]) - int(pin[0])
	if step < -1 || step > 1 {
		return false
	}
	for i := 2; i < len(pin); i++ {
		if int(pin[i])-int(pin[i-1]) != step {
			return false
		}
	}
	return true
}
