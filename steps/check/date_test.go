package check

import (
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// today is the fixed day the date cases are judged on.
var today = time.Date(2025, time.June, 15, 10, 30, 0, 0, time.UTC)

var birthDateCases = []testCase{
	{name: "dashes", in: "24-12-1948", want: accepted("24/12/1948")},
	{name: "dots", in: "24.12.1948", want: accepted("24/12/1948")},
	{name: "slashes", in: "24/12/1948", want: accepted("24/12/1948")},
	{name: "spaces", in: "24 12 1948", want: accepted("24/12/1948")},
	{name: "ISO", in: "1948-12-24", want: accepted("24/12/1948")},
	{name: "single digits", in: "2-3-1948", want: accepted("02/03/1948")},
	{name: "Danish month name", in: "24 december 1948", want: accepted("24/12/1948")},
	{name: "Danish abbreviation with dots", in: "24. dec. 1948", want: accepted("24/12/1948")},
	{name: "abbreviation", in: "24 dec 1948", want: accepted("24/12/1948")},
	{name: "upper case", in: "24 DECEMBER 1948", want: accepted("24/12/1948")},
	{name: "Danish maj", in: "1. maj 1950", want: accepted("01/05/1950")},
	{name: "Danish okt", in: "3 okt 1950", want: accepted("03/10/1950")},
	{name: "Danish marts", in: "3. marts 1950", want: accepted("03/03/1950")},
	{name: "longer abbreviation", in: "3 sept 1950", want: accepted("03/09/1950")},
	{name: "with den", in: "den 24. december 1948", want: accepted("24/12/1948")},
	{name: "with d.", in: "d. 24.12.1948", want: accepted("24/12/1948")},
	{name: "English month first", in: "December 24, 1948", want: accepted("24/12/1948")},
	{name: "English May", in: "1 May 1950", want: accepted("01/05/1950")},
	{name: "no separators around word", in: "24dec1948", want: accepted("24/12/1948")},
	{name: "pasted with spaces and newline", in: "  24-12-1948\n", want: accepted("24/12/1948")},
	{name: "29 February 2000, leap", in: "29-02-2000", want: accepted("29/02/2000")},
	{name: "29 February 1948, leap", in: "29-02-1948", want: accepted("29/02/1948")},
	{name: "oldest", in: "01-01-1900", want: accepted("01/01/1900")},
	{name: "yesterday", in: "14-06-2025", want: accepted("14/06/2025")},

	{name: "empty", in: "", want: refused("date-empty", 0)},
	{name: "only blanks", in: " \t\n", want: refused("date-empty", 0)},
	{name: "two parts", in: "24-12", want: refused("date-format", 0)},
	{name: "no separators", in: "24121948", want: refused("date-format", 0)},
	{name: "four parts", in: "24-12-1948-10", want: refused("date-format", 0)},
	{name: "words only", in: "juleaften", want: refused("date-format", 0)},
	{name: "emoji", in: "24 🎄 1948", want: refused("date-format", 0)},
	{name: "invalid UTF-8", in: "24\xff12\xff1948", want: refused("date-format", 0)},
	{name: "100k paste", in: strings.Repeat("24-12-1948 ", 10_000), want: refused("date-format", 0)},
	{name: "month 13", in: "24-13-1948", want: refused("date-month", 0)},
	{name: "month 0", in: "24-00-1948", want: refused("date-month", 0)},
	{name: "month of three digits", in: "24-012-1948", want: refused("date-month", 0)},
	{name: "month misspelt", in: "24 decmber 1948", want: refused("date-month", 0)},
	{name: "month in Danish letters", in: "24 æøå 1948", want: refused("date-month", 0)},
	{name: "31 February", in: "31-02-1948", want: refused("date-day", 29)},
	{name: "29 February 1949", in: "29-02-1949", want: refused("date-day", 28)},
	{name: "29 February 1900, not leap", in: "29-02-1900", want: refused("date-day", 28)},
	{name: "31 April", in: "31-04-1950", want: refused("date-day", 30)},
	{name: "day 0", in: "0-12-1948", want: refused("date-day", 31)},
	{name: "day 32", in: "32 dec 1948", want: refused("date-day", 31)},
	{name: "31 February, year not known", in: "31-02-48", want: refused("date-day", 29)},
	{name: "two-digit year", in: "24-12-48", want: refused("date-year-digits", 0)},
	{name: "29 February, two-digit year", in: "29-02-49", want: refused("date-year-digits", 0)},
	{name: "three-digit year", in: "24-12-948", want: refused("date-year-digits", 0)},
	{name: "today", in: "15-06-2025", want: refused("date-future", 0)},
	{name: "tomorrow", in: "16/06/2025", want: refused("date-future", 0)},
	{name: "next year", in: "1 jan 2026", want: refused("date-future", 0)},
	{name: "before 1900", in: "31-12-1899", want: refused("date-too-old", 0)},
	{name: "year 0048", in: "24-12-0048", want: refused("date-too-old", 0)},
}

func TestBirthDate(t *testing.T) {
	run(t, birthDateCases, func(c testCase) verdict.Verdict { return BirthDate(c.in, today) })
}

// TestBirthDateToday makes sure "today" is the user's day, not UTC's: late
// evening in Denmark is already tomorrow in UTC.
func TestBirthDateToday(t *testing.T) {
	copenhagen := time.FixedZone("CEST", 2*60*60)
	lateEvening := time.Date(2025, time.June, 15, 23, 30, 0, 0, copenhagen)
	if got := BirthDate("15-06-2025", lateEvening); got.Problem != "date-future" {
		t.Errorf("born today: got %s, want date-future", show(got))
	}
	if got := BirthDate("14-06-2025", lateEvening); !got.OK() {
		t.Errorf("born yesterday: got %s, want accepted", show(got))
	}
}

// TestMonthPrefixes makes sure no beginning of three letters names two
// months, which monthNames relies on.
func TestMonthPrefixes(t *testing.T) {
	seen := map[string]int{}
	for i, names := range monthNames {
		for _, name := range names {
			p := name[:minMonthPrefix]
			if m, ok := seen[p]; ok && m != i {
				t.Errorf("%q begins month %d and month %d", p, m+1, i+1)
			}
			seen[p] = i
		}
	}
}
