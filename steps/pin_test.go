package steps_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
)

// P29: the PIN, like the password, need not be typed into the guide
// (a helper may be watching): Enter on the empty field goes on, and the
// step says so first.
func TestThePINNeedNotBeTypedIntoTheGuide(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		g := newGuide(t, lang, "pin")
		if !strings.Contains(flatten(g.model.View()), flatten(translator(t, lang).T("step.pin.body"))[:40]) {
			t.Fatalf("%s: the PIN step does not say first that it is up to the person:\n%s", lang, g.model.View())
		}
		g.press(tea.KeyEnter)
		if f := g.model.(*fullscreen.Model).Frame(); f.Step == "pin" {
			t.Errorf("%s: Enter on the empty PIN did not go on:\n%s", lang, g.model.View())
		}
	}
}
