package check

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

var deviceNameCases = []testCase{
	{name: "short", in: "S24", want: accepted("S24")},
	{name: "words", in: "My Android tablet", want: accepted("My Android tablet")},
	{name: "spaces around and inside", in: "  Min   Android \n", want: accepted("Min Android")},
	{name: "tab and newline inside", in: "Mormors\ttelefon\r\nny", want: accepted("Mormors telefon ny")},
	{name: "Danish letters and emoji", in: "Søs' 📱", want: accepted("Søs' 📱")},
	{name: "control characters removed", in: "S2\x004\x07", want: accepted("S24")},
	{name: "escape sequence defused", in: "\x1b[31mRød", want: accepted("[31mRød")},
	{name: "invalid UTF-8 removed", in: "\xffS24\xfe", want: accepted("S24")},
	{name: "30 Danish letters", in: strings.Repeat("æ", 30), want: accepted(strings.Repeat("æ", 30))},
	{name: "30 after collapsing", in: strings.Repeat("ab ", 10) + "     ", want: accepted(strings.Repeat("ab ", 9) + "ab")},

	{name: "empty", in: "", want: refused("device-name-empty", 0)},
	{name: "only blanks", in: " \t\r\n", want: refused("device-name-empty", 0)},
	{name: "only control characters", in: "\x00\x07\x1b", want: refused("device-name-empty", 0)},

	// Longer names are advised against, not refused: EU Login's limit is not known.
	{name: "31 characters", in: "abcdefghijklmnopqrstuvwxyz12345", want: long("abcdefghijklmnopqrstuvwxyz12345", 31)},
	{name: "31 Danish letters", in: strings.Repeat("ø", 31), want: long(strings.Repeat("ø", 31), 31)},
	{name: "100k paste", in: strings.Repeat("x", 100_000), want: long(strings.Repeat("x", 100_000), 100_000)},
}

// long is a name accepted with the advice to make it shorter.
func long(name string, n int) verdict.Verdict {
	return verdict.Verdict{Value: name, Notes: []string{"device-name-long"}, Count: n}
}

func TestDeviceName(t *testing.T) {
	run(t, deviceNameCases, func(c testCase) verdict.Verdict { return DeviceName(c.in) })
}
