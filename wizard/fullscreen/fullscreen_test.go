package fullscreen

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// The engine runs any journey given as data: here the made-up tea journey.
func TestTheEngineRunsAnyJourney(t *testing.T) {
	var opened []string
	_, m := open(t, fixture.Place{}, &opened)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	sees := func(what string, want ...string) {
		t.Helper()
		v := flat(ansi.Strip(m.View()))
		for _, w := range want {
			if !strings.Contains(v, w) {
				t.Fatalf("%s: %q is not on the screen:\n%s", what, w, m.View())
			}
		}
	}
	sees("start screen", "Lav te", "Brygning: Ikke startet")
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	sees("first step", "Brygning · trin 1 af højst 7", "Kog vand", "Adressen er: https://example.org/kettle Enter")
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	press(m, tea.KeyMsg{Type: tea.KeyDown})
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	sees("the second choice", "Din bestilling")
	for _, r := range "to" {
		press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")})
	sees("a letter in a field for digits is refused as it is typed", "> ", "Her kan du kun skrive tal.")
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	sees("a refused answer says why", "Fejl: Skriv et tal fra 1 til 9.")
	press(m, tea.KeyMsg{Type: tea.KeyShiftTab})
	press(m, tea.KeyMsg{Type: tea.KeyEsc})
	sees("Esc goes back", "Hvilken te?")
	m.Update(tea.WindowSizeMsg{Width: 20, Height: 5})
	sees("a tiny window asks to be enlarged", "Vinduet er for lille")
}

// An error of the guide's own (here a check that breaks) is caught: the
// guide quits, the front-end says it crashed, and no panic reaches
// Bubble Tea, which would print a dump on the user's screen.
func TestAnErrorOfTheGuidesOwnQuitsQuietly(t *testing.T) {
	f := fixture.Flow()
	f.Stages[0].Steps[3].Fields[0].Check = func(verdict.Input) verdict.Verdict { panic("broken check") }
	c, err := core.New(core.Options{Flow: f, Text: fixture.Text(t, "da"), StartAt: "order",
		Save: func(flow.Progress) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	m := New(c, WithLetterWait(0))
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if !m.Crashed() || cmd == nil {
		t.Fatal("the broken check was not caught")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Fatal("the guide did not quit")
	}
	// Bubble Tea draws the model Update gives back: a nil one panics
	// outside the guard, and prints a stack dump on the user's screen.
	if next != tea.Model(m) {
		t.Fatalf("after the panic Update gave back %v, not the guide", next)
	}
	if v := next.View(); v != "" {
		t.Fatalf("after the panic the screen still draws: %q", v)
	}
}

// A journey the guide cannot show at all (a stage without steps) is caught
// as the model is made, before Bubble Tea runs: no bare panic.
func TestAJourneyThatCannotBeShownQuitsQuietly(t *testing.T) {
	f := fixture.Coffee()
	f.Stages[0].Steps = nil
	c, err := core.New(core.Options{Flow: f, Text: fixture.Text(t, "da"), Save: func(flow.Progress) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	m := New(c)
	if !m.Crashed() {
		t.Fatal("a journey with no step was shown")
	}
	if next, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24}); next != tea.Model(m) || cmd == nil {
		t.Fatal("the guide did not quit")
	}
}

// besideWords finds a line with words and a QR code on it.
var besideWords = regexp.MustCompile(`(?m)\pL{3}.*█|█.*\pL{3}`)

// A step whose address is its main thing (kind qr) shows the code at once:
// beside the text where both fit, and where they do not, the text first
// with the code under it, to scroll to.
func TestAnAddressStepShowsItsCodeAtOnce(t *testing.T) {
	f := fixture.Flow()
	f.Stages[0].Steps[0].Kind = flow.QR // the kettle, with its address
	for _, size := range []struct {
		width, height int
		beside        bool
	}{{100, 40, true}, {60, 40, false}} {
		c, err := core.New(core.Options{Flow: f, Text: fixture.Text(t, "da"), StartAt: "kettle",
			Save: func(flow.Progress) string { return "" }})
		if err != nil {
			t.Fatal(err)
		}
		m := New(c, WithLetterWait(0))
		m.Update(tea.WindowSizeMsg{Width: size.width, Height: size.height})
		heading := c.Text().T("tea.kettle")
		view := ansi.Strip(m.View())
		if !strings.Contains(view, heading) {
			t.Errorf("at %dx%d the step's words are not shown first:\n%s", size.width, size.height, view)
		}
		if got := besideWords.MatchString(view); got != size.beside {
			t.Errorf("at %dx%d the code is beside the words: %v, want %v\n%s", size.width, size.height, got, size.beside, view)
		}
		for range 40 {
			press(m, tea.KeyMsg{Type: tea.KeyPgDown})
		}
		if view := ansi.Strip(m.View()); !strings.Contains(view, "█") {
			t.Errorf("at %dx%d the code is not under the words either:\n%s", size.width, size.height, view)
		}
	}
}
