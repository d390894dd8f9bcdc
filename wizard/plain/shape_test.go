package plain

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// transcript runs the plain mode on a fresh guide at the place, with the
// lines typed, and gives what it printed with its lines joined.
func transcript(t *testing.T, p fixture.Place, input string) (*core.Core, string) {
	t.Helper()
	var none []string
	c := p.Open(t, "da", &none)
	var out strings.Builder
	if err := Run(c, strings.NewReader(input), &out, nil); err != nil {
		t.Fatal(err)
	}
	return c, strings.Join(strings.Fields(out.String()), " ")
}

// Accessibility review finding 5: the settings' first answer changes
// nothing, so Enter alone takes it, and the prompt says so in its words.
func TestEnterOnTheSettingsTakesTheFirstAnswerSaidInWords(t *testing.T) {
	settings := fixture.Place{Opts: func(o *core.Options) {
		o.Settings = []core.Setting{{ID: "lines", Name: "settings.lines", Values: []string{"", "on"}, Names: []string{"settings.off", "settings.on"}}}
	}}
	c, said := transcript(t, settings, "indstillinger\n\n")
	tr := c.Text()
	if want := tr.T("plain.enter-default", text.Data{"Default": tr.T("settings.back")}); !strings.Contains(said, want) {
		t.Errorf("the settings' prompt does not say %q:\n%s", want, said)
	}
	if _, changed := c.Change(); changed || c.Frame().Place != core.HomeScreen {
		t.Errorf("Enter on the settings changed something, or did not go back: %v, %v", changed, c.Frame().Place)
	}
}

// Finding 18: the quit question says that Enter alone stays.
func TestTheQuitQuestionSaysEnterStays(t *testing.T) {
	c, said := transcript(t, fixture.Place{Opts: fixture.At("kind")}, "afslut\n\n")
	if want := c.Text().T("plain.quit-ask", text.Data{"Yes": "ja"}); !strings.Contains(said, want) || !strings.Contains(want, "Enter") {
		t.Errorf("the quit question does not say what Enter does (%q):\n%s", want, said)
	}
	if c.Frame().Place != core.StepScreen {
		t.Errorf("Enter at the quit question did not stay: %v", c.Frame().Place)
	}
}

// Finding 11: a refused answer is said back to be typed anew, not offered
// as the one to keep; an accepted one is offered to keep.
func TestARefusedAnswerIsSaidBackNotOfferedToKeep(t *testing.T) {
	c, said := transcript(t, fixture.Place{Opts: fixture.At("order")}, "Åse\n0\n")
	tr := c.Text()
	if want := tr.T("plain.prompt-typed", text.Data{"Answer": "0"}); !strings.Contains(said, want) {
		t.Errorf("the refused number of cups is not said back with %q:\n%s", want, said)
	}
	if keep := tr.T("plain.prompt-keep", text.Data{"Answer": "0"}); strings.Contains(said, keep) {
		t.Errorf("the refused number of cups is offered to keep:\n%s", said)
	}
}
