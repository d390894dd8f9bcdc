package steps_test

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
)

// A key in the overview of 1,000 members: typing a name into its filter
// (each key finds the rows anew and redraws the list), then an arrow down
// the rows found, beside the bare text input typing the same letters. The
// floor: "x-bare" at most 2.
//
//	go test -run '^$' -bench KeyPressOverview -benchtime 3000x ./steps/
func BenchmarkKeyPressOverview(b *testing.B) {
	built, err := steps.BuiltIn()
	if err != nil {
		b.Fatal(err)
	}
	sums := make([]store.Summary, 1000)
	for i := range sums {
		sums[i] = store.Summary{Profile: fmt.Sprintf("Medlem %03d", i), Current: "new-account", Updated: "2026-12-01",
			Journeys: []store.JourneySummary{{Journey: "new-account", Stages: []flow.Status{flow.Done, flow.InProgress, flow.Blocked}}}}
	}
	overview := &core.Overview{Summaries: func() ([]store.Summary, error) { return sums, nil },
		Check: func(string) (string, []string) { return "", nil }}
	model := startGuide(b, translator(b, "da"), core.Options{Journeys: built.Flows, Ask: true, Colour: true,
		Overview: overview, OpenOverview: true}, benchWidth, benchHeight)
	focused(b, model, false)
	keys := append(typing("medlem 12")[:9], tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyCtrlU})
	sideBySide(b, &player{model: model, keys: keys}, &player{model: newBareField(false, 40), keys: typing("medlem 12")})
}
