package fullscreen

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// A digit and Enter typed at once, before the wait for more letters is
// over, choose the answer of that digit, not the one highlighted before.
func TestADigitAndEnterAtOnceChooseThatAnswer(t *testing.T) {
	var place fixture.Place
	for _, p := range fixture.Places {
		if p.Name == "choice" {
			place = p
		}
	}
	var opened []string
	want := place.Open(t, "da", &opened)
	want.Do(core.Choose, 1)

	c := place.Open(t, "da", &opened)
	m := New(c) // the letter wait as the guide has it
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("2")}) // its wait not yet over
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	if got := c.Frame().Step; got != want.Frame().Step {
		t.Errorf(`"2" and Enter at once led to %q; choosing answer 2 leads to %q`, got, want.Frame().Step)
	}
}
