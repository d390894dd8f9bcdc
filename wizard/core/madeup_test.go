package core_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
)

// pollPlace is a made-up place, written as a next place would be: a
// question with two answers over the step it is opened from, with help of
// its own. Neither the core's other places nor either front-end knows it.
type pollPlace struct{ at, chosen int }

const pollScreen core.Place = 100 // no place of the core's own

func (p *pollPlace) Place() core.Place { return pollScreen }
func (p *pollPlace) Highlighted() int  { return p.at }
func (p *pollPlace) Prompt(*core.Core) core.Prompt {
	return core.Prompt{ID: "plain.prompt-choose", Refuse: "plain.choose-number"}
}
func (p *pollPlace) Help(c *core.Core) (string, []string, bool) {
	return c.Text().T("tea.kind"), []string{"tea.kind-help"}, false
}
func (p *pollPlace) Screen(c *core.Core) core.Screen {
	t := c.Text()
	return core.Screen{Top: c.Badges(core.Block{Kind: core.Heading, Text: t.T("tea.kind")}),
		Body: []core.Block{{Kind: core.Choice, Text: t.T("tea.green"), Number: 1}, {Kind: core.Choice, Text: t.T("tea.black"), Number: 2}}}
}
func (p *pollPlace) Offers(*core.Core) []core.Offer {
	return []core.Offer{{Action: core.Move, Desc: "action.move"}, {Action: core.Select, Desc: "action.select", Count: 2},
		{Action: core.Choose, Desc: "action.choose", Count: 2}, {Action: core.Continue, Desc: "action.choose"},
		{Action: core.Back, Desc: "action.back"}}
}
func (p *pollPlace) Do(c *core.Core, a core.Action, arg int) {
	switch a {
	case core.Move:
		p.at = (p.at + arg + 2) % 2
	case core.Select:
		p.at = arg
	case core.Choose:
		p.chosen = arg + 1
		c.Close()
	case core.Continue:
		p.chosen = p.at + 1
		c.Close()
	case core.Back:
		c.Close()
	}
}

// pollOverTheKettle opens the made-up place over the tea journey's first step.
func pollOverTheKettle(t *testing.T) (*core.Core, *pollPlace) {
	var opened []string
	c := fixture.Place{Opts: fixture.At("kettle")}.Open(t, "da", &opened)
	p := &pollPlace{}
	c.Open(p)
	return c, p
}

// A place the core has never heard of is drawn by the full screen with
// its keys, its help and quitting, and its answer is taken.
func TestAMadeUpPlaceWorksInTheFullScreen(t *testing.T) {
	c, p := pollOverTheKettle(t)
	tr := c.Text()
	m := fullscreen.New(c, fullscreen.WithLetterWait(0))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	view := ansi.Strip(m.View())
	for _, want := range []string{tr.T("tea.kind"), "> 1. " + tr.T("tea.green"), "2. " + tr.T("tea.black"),
		"1-2: " + tr.T("action.select"), "?/F1: " + tr.T("action.help"), "q: " + tr.T("action.quit")} {
		if !strings.Contains(view, want) {
			t.Errorf("the made-up place does not show %q:\n%s", want, view)
		}
	}
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("?")})
	if view := ansi.Strip(m.View()); !strings.Contains(view, tr.T("tea.kind-help")) {
		t.Errorf("? does not show the place's help:\n%s", view)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	if f := m.Frame(); f.Place != core.QuitScreen {
		t.Fatalf("q on the made-up place: %v, not the quit question", f.Place)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	m.Update(tea.KeyMsg{Type: tea.KeyDown})
	m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if f := m.Frame(); p.chosen != 2 || f.Place != core.StepScreen || f.Step != "kettle" {
		t.Fatalf("↓ Enter: answer %d, back at %v %q; want answer 2, the kettle step", p.chosen, f.Place, f.Step)
	}
}

// The plain mode asks at a made-up place what the place says, takes its
// number, gives its help, and quits from it.
func TestAMadeUpPlaceWorksInThePlainMode(t *testing.T) {
	c, p := pollOverTheKettle(t)
	tr := c.Text()
	var out strings.Builder
	if err := plain.Run(c, strings.NewReader("hjælp\n\n3\n2\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{tr.T("tea.kind"), "1. " + tr.T("tea.green"), tr.T("plain.prompt-choose"),
		tr.T("tea.kind-help"), tr.T("app.error-prefix") + " " + tr.T("plain.choose-number", map[string]any{"Last": 2}),
		tr.T("tea.kettle")} {
		if !strings.Contains(flat, want) {
			t.Errorf("the plain mode does not show %q:\n%s", want, out.String())
		}
	}
	if p.chosen != 2 {
		t.Errorf("2 chose answer %d", p.chosen)
	}

	c, _ = pollOverTheKettle(t)
	out.Reset()
	if err := plain.Run(c, strings.NewReader("afslut\nja\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	if f := c.Frame(); f.Place != core.Ended {
		t.Errorf("afslut, ja on the made-up place: %v, not ended:\n%s", f.Place, out.String())
	}
}
