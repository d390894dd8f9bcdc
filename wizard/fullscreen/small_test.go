package fullscreen

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// P36: while the window is too small to show the guide, keys typed unseen
// land nowhere: not in the hidden field, not on a choice. Ctrl+C still
// asks whether to quit.
func TestKeysTypedInATooSmallWindowLandNowhere(t *testing.T) {
	for _, p := range fixture.Places {
		if p.Name != "hidden field, empty" && p.Name != "choice" {
			continue
		}
		t.Run(p.Name, func(t *testing.T) {
			var opened []string
			c, m := open(t, p, &opened)
			before := c.Frame()
			m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
			for _, k := range []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune("12")}, {Type: tea.KeyDown}, {Type: tea.KeyEnter}} {
				press(m, k)
			}
			m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
			after := c.Frame()
			if after.Step != before.Step || after.Selected != before.Selected || len(after.Fields) > 0 && after.Fields[0].Value != "" {
				t.Errorf("keys typed while too small changed the step: %q %d %+v, was %q %d", after.Step, after.Selected, after.Fields, before.Step, before.Selected)
			}
			m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
			press(m, tea.KeyMsg{Type: tea.KeyCtrlC})
			if c.Frame().Place != core.QuitScreen {
				t.Errorf("Ctrl+C in a too small window: at %v", c.Frame().Place)
			}
		})
	}
}
