package steps_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Issue 20: every failure a rehearsal shows is picked from the list the
// rehearsal's first question leads to, and reaches what to do, in the
// words of its help topic: in the line mode and in the full screen, in
// both languages.
func TestEveryFailureReachesWhatToDo(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Failures) < 6 {
		t.Fatalf("%d failures to rehearse, want the six of issue 20", len(built.Failures))
	}
	rehearsal := func(o *core.Options) {
		o.Mode, o.Ask, o.Journeys, o.Topics, o.Failures = core.Rehearsal, true, built.Flows, built.Topics, built.Failures
	}
	wrong := len(built.Flows) + 1 // the first question's answer after the journeys: something that goes wrong
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for i, f := range built.Failures {
			t.Run(lang+" "+f.ID, func(t *testing.T) {
				topic := built.Topics[slices.IndexFunc(built.Topics, func(tp flow.Topic) bool { return tp.ID == f.Topic })]
				toDo := text.Data{"Topic": tr.T(topic.Title)}

				ts := run(t, lang, "", fmt.Sprintf("%d\n%d\n", wrong, i+1)+strings.Repeat("\n", len(f.Screens)), rehearsal)
				ts.sees(ts.msg("app.rehearsal"), ts.msg(f.Title), ts.msg(f.Screens[0].Text), ts.msg(f.Screens[len(f.Screens)-1].Text),
					ts.msg("rehearsal.what-to-do"), ts.msg("rehearsal.what-to-do-body", toDo))
				if len(ts.saved) > 0 {
					t.Errorf("the rehearsal saved %d times", len(ts.saved))
				}

				opts := core.Options{}
				rehearsal(&opts)
				model := startGuide(t, tr, opts, 80, 24)
				for _, key := range []string{fmt.Sprint(wrong), "enter", fmt.Sprint(i + 1), "enter"} {
					model = update(model, keyMsg(key))
				}
				if view := stripANSI(model.View()); !strings.Contains(view, tr.T(f.Title)) {
					t.Fatalf("the full screen did not open the failure:\n%s", view)
				}
				for range f.Screens {
					model = update(model, keyMsg("enter"))
				}
				if view := flatten(stripANSI(model.View())); !strings.Contains(view, tr.T("rehearsal.what-to-do")) ||
					!strings.Contains(view, flatten(tr.T("rehearsal.what-to-do-body", toDo))) {
					t.Errorf("the full screen did not reach what to do:\n%s", view)
				}
			})
		}
	}
}

// keyMsg is the key press of "enter" or of a character.
func keyMsg(key string) tea.KeyMsg {
	if key == "enter" {
		return tea.KeyMsg{Type: tea.KeyEnter}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(key)}
}
