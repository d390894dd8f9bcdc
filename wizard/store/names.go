package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// DefaultProfile is the profile used when none is named.
const DefaultProfile = "standard"

// MaxProfileLen is the most characters (runes) a profile name may have.
const MaxProfileLen = 40

// Reason codes of CheckProfile.
const (
	ReasonProfileEmpty   = "profile-empty"
	ReasonProfileTooLong = "profile-too-long"
	ReasonProfileBadChar = "profile-bad-char"
)

const (
	ext      = ".json"
	tmpMark  = ".tmp-"     // after ext: "<escaped>.json.tmp-123"
	damaged  = ".damaged-" // after ext: "<escaped>.json.damaged-20250101-120000"
	stampFmt = "20060102-150405"

	// maxBase bounds the escaped name, so that it and the longest name
	// derived from it ("<base>.json.damaged-YYYYMMDD-HHMMSS-NN", 32 more
	// bytes) stay well under the 255 bytes file systems allow. 40 runes of
	// the Basic Multilingual Plane always fit (5 bytes each); only names
	// with many letters beyond U+FFFF (8 bytes each) can exceed it.
	maxBase = 200
)

// CheckProfile says whether name can be a profile: "" if so, else one of
// ReasonProfileEmpty, ReasonProfileTooLong (over MaxProfileLen characters)
// or ReasonProfileBadChar. Allowed are letters of any alphabet (with their
// combining accents), digits, space, '-' and '_'.
//
// Names are compared in a canonical form (see canonical): spaces
// around the name are dropped, runs of spaces count as one, and Unicode
// NFC normalisation is applied, so "Åse Jensen" typed with a precomposed Å
// or with A and a combining ring is the same profile. Upper and lower case
// are different profiles ("Åse" and "åse").
func CheckProfile(name string) (reason string) {
	_, reason = canonical(name)
	return reason
}

func canonical(name string) (string, string) {
	if !utf8.ValidString(name) {
		return "", ReasonProfileBadChar
	}
	name = strings.Join(strings.FieldsFunc(name, func(r rune) bool { return r == ' ' }), " ")
	name = norm.NFC.String(name)
	if name == "" {
		return "", ReasonProfileEmpty
	}
	if utf8.RuneCountInString(name) > MaxProfileLen {
		return "", ReasonProfileTooLong
	}
	prev := ' '
	for _, r := range name {
		switch {
		case nameRune(r):
		case isMark(r) && (unicode.IsLetter(prev) || isMark(prev)):
			// an accent or vowel sign on a letter (Devanagari, Thai, ...)
		default:
			return "", ReasonProfileBadChar
		}
		prev = r
	}
	if len(escape(name)) > maxBase {
		return "", ReasonProfileTooLong
	}
	return name, ""
}

func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Mc) }

// nameRune says whether r may be in a profile name anywhere; a mark may
// follow a letter (see canonical).
func nameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '-' || r == '_'
}

func plain(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' }

const hexDigits = "0123456789abcdef"

// escape maps a canonical profile name to the base of its file name.
func escape(name string) string {
	var b strings.Builder
	reserved := reservedOnWindows(name)
	for i, r := range name {
		switch {
		case r < utf8.RuneSelf && plain(byte(r)) && !(i == 0 && reserved):
			b.WriteByte(byte(r))
		case r <= 0xFFFF:
			b.WriteByte('_')
			writeHex(&b, r, 4)
		default:
			b.WriteString("__")
			writeHex(&b, r, 6)
		}
	}
	return b.String()
}

func writeHex(b *strings.Builder, r rune, digits int) {
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(r>>shift)&0xF])
	}
}

// unescape reverses escape; false if base is not of its making.
func unescape(base string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(base); {
		c := base[i]
		if plain(c) {
			b.WriteByte(c)
			i++
			continue
		}
		if c != '_' {
			return "", false
		}
		i++
		digits := 4
		if i < len(base) && base[i] == '_' {
			digits = 6
			i++
		}
		if i+digits > len(base) {
			return "", false
		}
		var r rune
		for _, d := range []byte(base[i : i+digits]) {
			v := strings.IndexByte(hexDigits, d)
			if v < 0 {
				return "", false
			}
			r = r<<4 | rune(v)
		}
		if !utf8.ValidRune(r) {
			return "", false
		}
		b.WriteRune(r)
		i += digits
	}
	return b.String(), true
}

// fileName is the name of the file of a canonical profile name.
func fileName(name string) string { return escape(name) + ext }

// profileOf gives the profile whose file is named file; false for any
// other file (temporary, damaged, foreign, or not written by escape).
func profileOf(file string) (string, bool) {
	base, ok := strings.CutSuffix(file, ext)
	if !ok || base == "" {
		return "", false
	}
	name, ok := unescape(base)
	if !ok {
		return "", false
	}
	if c, reason := canonical(name); reason != "" || c != name || escape(c) != base {
		return "", false
	}
	return name, true
}

// reservedOnWindows says whether name would make a device name on Windows
// (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with any extension. Only lower
// case matters: escape writes every upper-case letter as a hex escape.
func reservedOnWindows(name string) bool {
	switch name {
	case "con", "prn", "aux", "nul":
		return true
	}
	return len(name) == 4 && (strings.HasPrefix(name, "com") || strings.HasPrefix(name, "lpt")) &&
		'0' <= name[3] && name[3] <= '9'
}
