package text

import (
	"strings"
	"unicode"
)

// Hides reports whether r, printed, can drive the terminal or hide, move
// or reorder the text around it: a control character (C0 but newline and
// tab, DEL, C1), a format character (bidirectional embeddings, overrides,
// isolates and marks, zero-width characters, the soft hyphen) or a line or
// paragraph separator. Text from outside the guide must hold none: an
// escape can hide a link behind an official address, and an override can
// turn an address around.
func Hides(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	}
	return unicode.Is(unicode.Cf, r) || unicode.In(r, unicode.Zl, unicode.Zp)
}

// Shown is s as it may be printed: without the characters that Hides,
// and without bytes that are not UTF-8.
func Shown(s string) string {
	return strings.Map(func(r rune) rune {
		if Hides(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
}
