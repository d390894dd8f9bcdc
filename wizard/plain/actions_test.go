package plain

import (
	"reflect"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// Every command the plain mode offers, on every screen, does what the
// core's action does: the prompt names its word, and the word typed does
// it. Numbers and Enter alone are checked the same way.
func TestEveryCommandDoesWhatItsActionDoes(t *testing.T) {
	for _, p := range fixture.Places {
		t.Run(p.Name, func(t *testing.T) {
			var none []string
			f := p.Open(t, "da", &none).Frame()
			if f.Place == core.HelpScreen || f.Place == core.QuitScreen {
				t.Skip("the plain mode prints help and asks the quit question inline, never waits on them")
			}
			w := loadWords(fixture.Text(t, "da"))
			for _, o := range f.Offers {
				line, want := w.lineFor(o, f)
				if want == nil {
					continue // not a command of the plain mode (a key of the full screen)
				}
				var gotOpened, wantOpened []string
				c := p.Open(t, "da", &gotOpened)
				out := runCore(t, c, line+"\n")
				if first := strings.Fields(line); len(first) > 0 && !isNumber(line) && !strings.Contains(out, first[0]) {
					t.Errorf("%s: the word %q is never named:\n%s", o.Action, line, out)
				}
				expected := p.Open(t, "da", &wantOpened)
				for _, a := range want {
					expected.Do(a.action, a.arg)
				}
				if got, w := c.Frame(), expected.Frame(); !reflect.DeepEqual(got, w) {
					t.Errorf("%q did not do %s:\ngot  %+v\nwant %+v\n%s", line, o.Action, got, w, out)
				}
				if !reflect.DeepEqual(gotOpened, wantOpened) {
					t.Errorf("%q opened %v, the action %v", line, gotOpened, wantOpened)
				}
				if o.Action == core.Help && !strings.Contains(flat(out), flat(c.Text().T("help.no-harm"))) {
					t.Errorf("%q printed no help:\n%s", line, out)
				}
				if o.Action == core.ShowQR && !strings.Contains(out, "▀▀▀▀") {
					t.Errorf("%q printed no QR code:\n%s", line, out)
				}
			}
		})
	}
}

// step is an action and its argument.
type step struct {
	action core.Action
	arg    int
}

// lineFor is the line that asks for an offer in the plain mode, and the
// actions it comes to in the core; nil when the plain mode has none.
func (w words) lineFor(o core.Offer, f core.Frame) (string, []step) {
	switch o.Action {
	case core.Back:
		return w.back[0], []step{{core.Back, 0}}
	case core.StartOver:
		return w.back[0], []step{{core.StartOver, 0}}
	case core.ClearField:
		return w.back[0], []step{{core.ClearField, 0}, {core.Back, 0}}
	case core.Help:
		return w.help[0], []step{{core.Help, 0}, {core.CloseHelp, 0}}
	case core.Quit:
		// The input ends at the question, which quits.
		return w.quit[0], []step{{core.Quit, 0}, {core.QuitYes, 0}}
	case core.ShowQR:
		return w.qr[0], []step{} // printed, the place unchanged
	case core.OpenBrowser:
		return w.open[0], []step{{core.OpenBrowser, 0}}
	case core.ChangeSituation:
		return w.situation[0], []step{{core.ChangeSituation, 0}}
	case core.Select:
		return "2", []step{{core.Select, 1}, {core.Continue, 0}}
	case core.ChangeAnswer, core.OpenStage:
		return "1", []step{{o.Action, 0}}
	case core.Continue:
		if f.Focus < 0 {
			if _, ok := f.Offer(core.Select); !ok {
				return "", []step{{core.Continue, 0}}
			}
		}
	}
	return "", nil
}

// flat joins wrapped lines, so a message is found across line breaks.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// runCore runs the plain mode on a core with input, and gives its output.
func runCore(t *testing.T, c *core.Core, input string) string {
	t.Helper()
	var out strings.Builder
	if err := Run(c, strings.NewReader(input), &out, nil); err != nil {
		t.Fatal(err)
	}
	return out.String()
}
