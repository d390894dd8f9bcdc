package plain

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Every command word of the plain mode, typed on every place, either does
// what the action it is offered for does in the core (the guide ends up
// where the action leads), or is the answer of the field typed into, or
// is told in words to be of no use there and changes nothing. A number
// does the numbered offer, and Enter alone what the prompt says.
func TestEveryCommandWordDoesItsActionOrIsRefused(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		tr := fixture.Text(t, lang)
		cmds := loadCommands(tr)
		for _, p := range fixture.Places {
			t.Run(lang+" "+p.Name, func(t *testing.T) {
				var none []string
				f := p.Open(t, lang, &none).Frame()
				lines := map[string]string{"": "", "1": ""} // each line, and the words of the command it is
				for _, cmd := range core.Commands() {
					if cmd.Words != core.Number {
						lines[strings.ReplaceAll(cmds.names[cmd.Name].(string), noBreakSpace, " ")] = cmd.Words
					}
				}
				for line, words := range lines {
					typeOnce(t, p, lang, f, line, words)
				}
			})
		}
	}
}

// typeOnce types one line at the place, the words of a command (its
// lists' message ids) or none, and checks what became of it: the first
// offer of those words is done.
func typeOnce(t *testing.T, p fixture.Place, lang string, f core.Frame, line, command string) {
	t.Helper()
	var gotOpened, wantOpened []string
	c := p.Open(t, lang, &gotOpened)
	out := runCore(t, c, line+"\n")
	expected := p.Open(t, lang, &wantOpened)
	words := strings.Fields(line)
	offer, offered := core.Offer{}, false
	for _, o := range f.Offers {
		if command != "" && o.Line.Words == command {
			offer, offered = o, true
			break
		}
	}
	n, isNumber := number(line)
	numberedOffer, hasNumbered := numbered(f)
	switch {
	case offered:
		expected.Do(offer.Action, 0)
		if (offer.Line.Say != "" || offer.Line.Tell != "") && !offer.Hidden && !strings.Contains(out, words[0]) {
			t.Errorf("%q: the word for %s is never named:\n%s", line, offer.Action, out)
		}
	case isNumber && hasNumbered:
		expected.Do(numberedOffer.Action, n-1)
	case line == "" && f.Prompt.Enter != 0:
		expected.Do(f.Prompt.Enter, 0)
	case f.Focus >= 0:
		expected.Answer(f.Focus, line)
	case command != "" && !slices.ContainsFunc(core.Commands(), func(cmd core.Command) bool { return cmd.Words == command && cmd.Reply }):
		if want := tr(c).T("plain.not-here", text.Data{"Word": line}); !strings.Contains(flat(out), flat(want)) {
			t.Errorf("%q, of no use here, is not refused in words:\n%s", line, out)
		}
	default:
		if !strings.Contains(out, tr(c).T("app.error-prefix")) {
			t.Errorf("%q, nothing here, is not refused:\n%s", line, out)
		}
	}
	if got, want := c.Frame(), expected.Frame(); !reflect.DeepEqual(got, want) {
		t.Errorf("%q did not come to what its action does:\ngot  %+v\nwant %+v\n%s", line, got, want, out)
	}
	if !reflect.DeepEqual(gotOpened, wantOpened) {
		t.Errorf("%q opened %v, the action %v", line, gotOpened, wantOpened)
	}
	switch {
	case offered && offer.Action == core.Help && !strings.Contains(flat(out), flat(c.Text().T("help.no-harm"))):
		t.Errorf("%q printed no help:\n%s", line, out)
	case offered && (offer.Action == core.ShowQR || offer.Action == core.InvertQR) && !strings.Contains(out, "▀▀▀▀"):
		t.Errorf("%q printed no QR code:\n%s", line, out)
	}
}

func tr(c *core.Core) *text.Translator { return c.Text() }

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
