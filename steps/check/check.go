// Package check judges what a user types into the wizard: e-mail address,
// password, device name, PIN, pension number, name, birth date and
// validation code.
//
// The checks are pure functions that return codes, never words, so one
// check serves every front-end and language: a front-end shows the messages
// "problem.<code>", "note.<code>" and "rule.<code>", with Count as {{.Count}}.
//
// Every check takes any string at all (pastes over several lines, emoji,
// invalid UTF-8, control characters, very long text) and never panics, since
// what a user pastes cannot be foreseen. Value is filled only when the answer
// is accepted, and never for a secret (password, PIN).
package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// The complete code lists, so that a locale test can make sure each code has
// a message. No check returns a code that is not listed here.
var (
	// Problems are reasons to refuse an answer ("problem.<code>").
	Problems = []string{
		"email-empty", "email-too-long", "email-spaces", "email-no-at", "email-two-at",
		"email-no-name", "email-no-domain", "email-bad-char", "email-eu-institution",
		"password-empty", "password-too-short", "password-few-groups", "password-contains-email",
		"device-name-empty",
		"pin-empty", "pin-not-digits", "pin-length",
		"pension-empty",
		"name-empty", "name-bad-char",
		"date-empty", "date-format", "date-month", "date-day", "date-year-digits",
		"date-future", "date-too-old",
		"code-empty", "code-length",
	}

	// Notes are advice that does not block; the user confirms them once
	// ("note.<code>").
	Notes = []string{
		"password-all-groups", "password-danish-letters", "password-spaces-at-ends",
		"pin-easy", "email-provider-typo", "device-name-long",
		"pension-letter-o", "pension-letter-l", "pension-letters",
		"pension-other-characters", "pension-length",
		"code-odd-char", "name-one-word",
	}

	// Rules are the lines of the password checklist ("rule.<code>"), in the
	// order Password returns them.
	Rules = []string{
		"password-length", "password-upper", "password-lower", "password-digit",
		"password-special", "password-no-email",
	}
)

// finding is one thing a check looks for in an answer, with the figure its
// message may show.
type finding struct {
	code  string
	found bool
	count int
}

// firstProblem refuses with the first finding found, or accepts when there
// is none. Checks list their problems from the most basic up, so the user
// is told one thing at a time.
func firstProblem(fs []finding) verdict.Verdict {
	for _, f := range fs {
		if f.found {
			return verdict.Verdict{Problem: f.code, Count: f.count}
		}
	}
	return verdict.Verdict{}
}

// notesFound returns the codes of all findings found, nil when none is.
func notesFound(fs []finding) []string {
	var codes []string
	for _, f := range fs {
		if f.found {
			codes = append(codes, f.code)
		}
	}
	return codes
}

// blank reports whether r carries nothing the user meant: white space, or an
// invisible format character (a byte-order mark, a zero-width space) that
// comes along with pasted text.
func blank(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }

// trim removes blank characters around an answer.
func trim(s string) string { return strings.TrimFunc(s, blank) }

// collapse trims s and joins its words with single spaces, so that text
// pasted over two lines or typed with a double space reads as meant.
func collapse(s string) string { return strings.Join(strings.Fields(trim(s)), " ") }

// without removes every character for which drop is true. Invalid UTF-8
// comes out as U+FFFD, so the result is always valid text.
func without(s string, drop func(rune) bool) string {
	return strings.Map(func(r rune) rune {
		if drop(r) {
			return -1
		}
		return r
	}, s)
}

// only reports whether every character of s passes ok. Invalid UTF-8 is
// seen as U+FFFD, which no check lets pass.
func only(s string, ok func(rune) bool) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !ok(r) })
}

// count returns how many characters of s pass ok.
func count(s string, ok func(rune) bool) int {
	n := 0
	for _, r := range s {
		if ok(r) {
			n++
		}
	}
	return n
}

// characters counts what the user sees as characters (runes), not bytes:
// "æ" is one character, as the messages say.
func characters(s string) int { return utf8.RuneCountInString(s) }

// isDigit accepts only 0-9: PINs and codes are typed on keypads that have
// no other digits.
func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isDash accepts '-' and the other dashes that word processors and phones
// put in its place.
func isDash(r rune) bool { return unicode.Is(unicode.Pd, r) }
