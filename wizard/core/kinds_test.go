package core_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
)

// beans opens the coffee journey's page of a list, a tick box and a
// button.
func beans(t *testing.T, lang string) *core.Core {
	c, err := core.New(core.Options{Flow: fixture.Coffee(), Text: fixture.Text(t, lang), StartAt: "beans",
		Save: func(flow.Progress) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// keptOnThePage goes back from the step after the page, and fails unless
// the page shows the answers dark and ticked again.
func keptOnThePage(t *testing.T, c *core.Core) {
	t.Helper()
	c.Do(core.Back, 0)
	if f := c.Frame(); f.Step != "beans" || f.Fields[0].Value != "dark" || f.Fields[1].Value != "yes" {
		t.Fatalf("back on the page: %q with %+v, want the answers dark and ticked", f.Step, f.Fields)
	}
}

// The kinds of field reach both front-ends through the frame: a list is
// chosen from (and refused when left without an answer), a tick box
// ticked, a button pressed to send the page; the answers are kept.
func TestFieldsOfEveryKindInTheCore(t *testing.T) {
	c := beans(t, "da")
	f := c.Frame()
	want := []core.FieldKind{core.ListField, core.TickBox, core.Button}
	for i, fl := range f.Fields {
		if fl.Kind != want[i] {
			t.Fatalf("field %d is of kind %v, want %v", i, fl.Kind, want[i])
		}
	}
	c.Do(core.Continue, 0)
	if f := c.Frame(); f.Focus != 0 || len(f.Fields[0].Messages) == 0 || !strings.Contains(f.Fields[0].Messages[0].Text, c.Text().T("problem.choose-one")) {
		t.Fatalf("a list without an answer is taken: %+v", f.Fields[0])
	}
	c.Do(core.Move, -1) // from none, the last
	c.Do(core.Continue, 0)
	c.Do(core.Toggle, 0)
	c.Do(core.Continue, 0)
	if f := c.Frame(); f.Focus != 2 || f.Fields[0].Value != "dark" || f.Fields[1].Value != "yes" {
		t.Fatalf("after ↑, Enter, x, Enter: %+v", f.Fields)
	}
	c.Do(core.Continue, 0)
	if f := c.Frame(); f.Step != "cup" {
		t.Fatalf("the button did not send the page: at %q", f.Step)
	}
	keptOnThePage(t, c)
}

func TestFieldsOfEveryKindInTheFullScreen(t *testing.T) {
	c := beans(t, "da")
	tr := c.Text()
	m := fullscreen.New(c, fullscreen.WithLetterWait(0))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press := func(k tea.KeyMsg) string { m.Update(k); return ansi.Strip(m.View()) }
	view := ansi.Strip(m.View())
	for _, s := range []string{"> " + tr.T("coffee.roast"), "( ) " + tr.T("coffee.light"), "( ) " + tr.T("coffee.dark"),
		"[ ] " + tr.T("coffee.sugar"), "[ " + tr.T("coffee.brew") + " ]", "↑/↓: " + tr.T("action.pick")} {
		if !strings.Contains(view, s) {
			t.Errorf("the page does not show %q:\n%s", s, view)
		}
	}
	if view := press(tea.KeyMsg{Type: tea.KeyDown}); !strings.Contains(view, "(x) "+tr.T("coffee.light")) {
		t.Errorf("↓ does not choose the first answer:\n%s", view)
	}
	if view := press(tea.KeyMsg{Type: tea.KeyEnter}); !strings.Contains(view, "x: "+tr.T("action.toggle")) || !strings.Contains(view, "> [ ] "+tr.T("coffee.sugar")) {
		t.Errorf("Enter does not go on to the tick box, with its key:\n%s", view)
	}
	if view := press(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}); !strings.Contains(view, "[x] "+tr.T("coffee.sugar")) {
		t.Errorf("x does not tick the box:\n%s", view)
	}
	press(tea.KeyMsg{Type: tea.KeyEnter})
	if view := press(tea.KeyMsg{Type: tea.KeyEnter}); !strings.Contains(view, tr.T("coffee.cup")) {
		t.Errorf("Enter on the button does not send the page:\n%s", view)
	}
}

func TestFieldsOfEveryKindInThePlainMode(t *testing.T) {
	c := beans(t, "da")
	tr := c.Text()
	var out strings.Builder
	if err := plain.Run(c, strings.NewReader("\n3\n2\nmåske\nja\nnu\n\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	printed := strings.Join(strings.Fields(out.String()), " ")
	problem := func(id string, data map[string]any) string { return tr.T("app.error-prefix") + " " + tr.T(id, data) }
	for _, s := range []string{"1. " + tr.T("coffee.light"), "2. " + tr.T("coffee.dark"), tr.T("plain.prompt-list"),
		problem("plain.choose-number", map[string]any{"Last": 2}), problem("plain.choose-number", map[string]any{"Last": 2}),
		tr.T("plain.prompt-tick", map[string]any{"Yes": "ja", "No": "nej"}), problem("plain.yes-no", map[string]any{"Yes": "ja", "No": "nej"}),
		tr.T("plain.prompt-button", map[string]any{"Label": tr.T("coffee.brew")}), problem("plain.not-understood", nil), tr.T("coffee.cup")} {
		if !strings.Contains(printed, s) {
			t.Errorf("the plain mode does not show %q:\n%s", s, out.String())
		}
	}
	keptOnThePage(t, c)
}
