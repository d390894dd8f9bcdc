package check

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

var nameCases = []testCase{
	{name: "plain", in: "Hans Jensen", want: accepted("Hans Jensen")},
	{name: "one word", in: "Hans", want: accepted("Hans", "name-one-word")},
	{name: "one letter", in: "J", want: accepted("J", "name-one-word")},
	{name: "Danish", in: "Søren Åge Ærø", want: accepted("Søren Åge Ærø")},
	{name: "spaces collapsed", in: "  Hans   Christian \n", want: accepted("Hans Christian")},
	{name: "pasted over two lines", in: "Hans\r\nChristian", want: accepted("Hans Christian")},
	{name: "hyphen", in: "Jean-Luc", want: accepted("Jean-Luc", "name-one-word")},
	{name: "apostrophe", in: "O'Brien", want: accepted("O'Brien", "name-one-word")},
	{name: "typographic apostrophe", in: "D’Angelo", want: accepted("D’Angelo", "name-one-word")},
	{name: "Greek", in: "Ελένη", want: accepted("Ελένη", "name-one-word")},
	{name: "combining accent", in: "Zoe\u0308", want: accepted("Zoe\u0308", "name-one-word")},
	{name: "100k letters", in: strings.Repeat("a", 100_000), want: accepted(strings.Repeat("a", 100_000), "name-one-word")},

	{name: "empty", in: "", want: refused("name-empty", 0)},
	{name: "only blanks", in: " \t\n", want: refused("name-empty", 0)},
	{name: "only a hyphen", in: " - ", want: refused("name-empty", 0)},
	{name: "digit", in: "Hans2", want: refused("name-bad-char", 0)},
	{name: "emoji", in: "Hans 🙂", want: refused("name-bad-char", 0)},
	{name: "initials with dots", in: "H.C. Andersen", want: accepted("H.C. Andersen")},
	{name: "only dots", in: "..", want: refused("name-empty", 0)},
	{name: "control character", in: "Ha\x00ns", want: refused("name-bad-char", 0)},
	{name: "invalid UTF-8", in: "\xffHans", want: refused("name-bad-char", 0)},
}

func TestName(t *testing.T) {
	run(t, nameCases, func(c testCase) verdict.Verdict { return Name(c.in) })
}
