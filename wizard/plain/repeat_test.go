package plain

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// gentag says the place again, its words and its answers; help tells the
// word.
func TestGentagSaysThePlaceAgain(t *testing.T) {
	var none []string
	c := fixture.Place{Opts: fixture.At("kind")}.Open(t, "da", &none)
	title := c.Text().T("tea.kind")
	var out strings.Builder
	if err := Run(c, strings.NewReader("gentag\nhjælp\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	said := strings.Join(strings.Fields(out.String()), " ")
	place := title + " 1. " + c.Text().T("tea.green") // its words and its answers
	if n := strings.Count(said, place); n != 2 {
		t.Fatalf("after gentag the place was said %d times, want it again:\n%s", n, said)
	}
	// The commands too, named at the first prompt only until asked for.
	if n := strings.Count(said, "Du kan også skrive tilbage"); n != 2 {
		t.Errorf("after gentag the commands were named %d times in all, want twice:\n%s", n, said)
	}
	if !strings.Contains(said, "Skriv gentag, når du vil høre en side igen.") {
		t.Errorf("help does not tell the word:\n%s", said)
	}
}

// One who cannot look back hears the question and its answers again
// before answering: after a refused answer, after help, and after "nej" to
// quitting; the rest of the screen is not said again.
func TestTheQuestionComesAgainAfterAWrongAnswerHelpAndNoToQuitting(t *testing.T) {
	for name, input := range map[string]string{"wrong answer": "9\n", "help": "hjælp\n\n", "no to quitting": "afslut\nnej\n"} {
		t.Run(name, func(t *testing.T) {
			var none []string
			c := fixture.Place{Opts: fixture.At("kind")}.Open(t, "da", &none)
			tr := c.Text()
			var out strings.Builder
			if err := Run(c, strings.NewReader(input), &out, nil); err != nil {
				t.Fatal(err)
			}
			said := strings.Join(strings.Fields(out.String()), " ")
			question := tr.T("tea.kind") + " 1. " + tr.T("tea.green") + " 2. " + tr.T("tea.black")
			if n := strings.Count(said, question); n != 2 {
				t.Errorf("the question and its answers were said %d times, want twice:\n%s", n, said)
			}
			if n := strings.Count(said, "Brygning · trin"); n != 1 {
				t.Errorf("the caption was said %d times, want once:\n%s", n, said)
			}
		})
	}
}
