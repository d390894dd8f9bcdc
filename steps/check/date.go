package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

const (
	// oldestYear: no one alive was born before it, so an earlier year is a slip.
	oldestYear = 1900
	// maxDateLength: a date in any form taken here is shorter (in bytes);
	// anything longer is not a date, and is not worth splitting.
	maxDateLength = 40
)

// dateLayouts say which part of a date is the day, the month and the year,
// by the shape of the parts: n a number, y a number of four digits (which
// n also matches), w a word. The first layout that fits is used.
var dateLayouts = []struct {
	shape            string
	day, month, year int
}{
	{"ynn", 2, 1, 0}, // 1948-12-24 (ISO)
	{"nnn", 0, 1, 2}, // 24-12-1948, 24.12.1948, 24/12/1948, 24 12 1948
	{"nwn", 0, 1, 2}, // 24. december 1948, 24 dec 1948
	{"wnn", 1, 0, 2}, // December 24, 1948
}

// monthNames are the months in Danish and, where it differs, English. Any
// beginning of three letters or more names a month (dec, sept, febr): no
// two months begin with the same three letters.
var monthNames = [12][]string{
	{"januar", "january"}, {"februar", "february"}, {"marts", "march"},
	{"april"}, {"maj", "may"}, {"juni", "june"},
	{"juli", "july"}, {"august"}, {"september"},
	{"oktober", "october"}, {"november"}, {"december"},
}

// minMonthPrefix is the shortest beginning of a month name that is taken.
const minMonthPrefix = 3

// dateFillers are words that may stand before a Danish date, as in
// "den 24. december 1948", and mean nothing to it.
var dateFillers = []string{"den", "d"}

// BirthDate judges a birth date written the way people write dates: with
// any of - . / or spaces between the parts, ISO (1948-12-24), or with the
// month as a word in Danish or English. A refusal names the part that is
// wrong. Value is the date as DD/MM/YYYY.
func BirthDate(typed string, today time.Time) verdict.Verdict {
	text := strings.ToLower(trim(typed))
	if text == "" {
		return verdict.Verdict{Problem: "date-empty"}
	}
	d, ok := readDate(text)
	if !ok {
		return verdict.Verdict{Problem: "date-format"}
	}
	days := daysIn(d)
	born := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	y, m, dd := today.Date()
	if v := firstProblem([]finding{
		{"date-month", d.month < 1 || d.month > 12, 0},
		{"date-day", d.day < 1 || d.day > days, days},
		{"date-year-digits", !d.fullYear, 0},
		{"date-future", !born.Before(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)), 0},
		{"date-too-old", d.year < oldestYear, 0},
	}); !v.OK() {
		return v
	}
	return verdict.Verdict{Value: fmt.Sprintf("%02d/%02d/%04d", d.day, d.month, d.year)}
}

// date is a date as read, not yet checked: day and month may be out of
// range (-1 when they have more than two digits), and year is 0 unless it
// has four digits.
type date struct {
	day, month, year int
	fullYear         bool
}

// readDate reads a lower-case date by the first of dateLayouts that fits
// its parts, and reports whether one did.
func readDate(s string) (date, bool) {
	parts := dateParts(s)
	for _, l := range dateLayouts {
		if fits(parts, l.shape) {
			year := parts[l.year]
			d := date{day: small(parts[l.day]), month: month(parts[l.month]), fullYear: len(year) == 4}
			if d.fullYear {
				d.year, _ = strconv.Atoi(year)
			}
			return d, true
		}
	}
	return date{}, false
}

// dateParts splits a date into its numbers and words, at separators and
// where digits meet letters (24dec1948), leaving out dateFillers. It
// returns nil when s is too long or has a character no date has.
func dateParts(s string) []string {
	if len(s) > maxDateLength {
		return nil
	}
	var parts []string
	start, kind := 0, byte(' ')
	for i, r := range s {
		k := dateKind(r)
		if k == 0 {
			return nil
		}
		if k != kind {
			if kind != ' ' {
				parts = append(parts, s[start:i])
			}
			start, kind = i, k
		}
	}
	if kind != ' ' {
		parts = append(parts, s[start:])
	}
	return slices.DeleteFunc(parts, func(p string) bool { return slices.Contains(dateFillers, p) })
}

// dateKind says what r is in a date: 'n' a digit, 'w' a letter, ' ' a
// separator, 0 anything else.
func dateKind(r rune) byte {
	switch {
	case isDigit(r):
		return 'n'
	case unicode.IsLetter(r):
		return 'w'
	case blank(r) || isDash(r) || strings.ContainsRune("./,", r):
		return ' '
	}
	return 0
}

// fits reports whether parts have the shape of a layout.
func fits(parts []string, shape string) bool {
	if len(parts) != len(shape) {
		return false
	}
	for i, p := range parts {
		if !fitsPart(p, shape[i]) {
			return false
		}
	}
	return true
}

// fitsPart reports whether one part has the shape c (see dateLayouts).
func fitsPart(p string, c byte) bool {
	number := isDigit(rune(p[0]))
	switch c {
	case 'y':
		return number && len(p) == 4
	case 'n':
		return number
	}
	return !number
}

// small reads a day or month of one or two digits; -1 for a longer one.
func small(p string) int {
	if len(p) > 2 {
		return -1
	}
	n, _ := strconv.Atoi(p)
	return n
}

// month reads a month given as a number or a name; 0 for an unknown name.
func month(p string) int {
	if isDigit(rune(p[0])) {
		return small(p)
	}
	for i, names := range monthNames {
		for _, name := range names {
			if len(p) >= minMonthPrefix && strings.HasPrefix(name, p) {
				return i + 1
			}
		}
	}
	return 0
}

// daysIn returns the number of days in the date's month. While the year is
// not known, February gets 29, so 29-02 waits for the year to be judged.
func daysIn(d date) int {
	year := d.year
	if !d.fullYear {
		year = 2000 // a leap year
	}
	return time.Date(year, time.Month(d.month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
