package plain

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// gentag says the place again: a choice's words and its answers, after a
// wrong answer has scrolled them out of hearing; help tells the word.
func TestGentagSaysThePlaceAgain(t *testing.T) {
	var none []string
	c := fixture.Place{Opts: fixture.At("kind")}.Open(t, "da", &none)
	title := c.Text().T("tea.kind")
	var out strings.Builder
	if err := Run(c, strings.NewReader("9\ngentag\nhjælp\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	said := strings.Join(strings.Fields(out.String()), " ")
	place := title + " 1. " + c.Text().T("tea.green") // its words and its answers
	if n := strings.Count(said, place); n != 2 {
		t.Fatalf("after gentag the place was said %d times, want it again:\n%s", n, said)
	}
	if !strings.Contains(said, "Skriv gentag, når du vil høre en side igen.") {
		t.Errorf("help does not tell the word:\n%s", said)
	}
}
