package fullscreen

import (
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The engine runs any journey given as data: here a tiny one about tea,
// with its words in a message file of its own.
func teaJourney(t *testing.T) *Model {
	t.Helper()
	words := `[app]
title = "Te-guide"
caption = "{{.Stage}} · trin {{.Step}} af {{.Total}}"
error-prefix = "Fejl:"
too-small = "For lille: {{.Width}} × {{.Height}}"
[tea]
title = "Lav te"
intro = "Sådan laver du te."
stage = "Etape"
boil = "Kog vand"
cups = "Hvor mange kopper?"
label = "Kopper"
[status]
not-started = "Ikke startet"
[home]
tasks = "Sådan går det:"
next = "Næste: {{.Stage}}."
task = "{{.Stage}}: {{.Status}}"
[action]
start = "start"
continue = "videre"
back = "tilbage"
help = "hjælp"
quit = "afslut"
open-stage = "åbn en etape"
[problem]
not-a-number = "Skriv et tal"
`
	tr, err := text.Load(fstest.MapFS{"active.da.toml": {Data: []byte(words)}}, "da", "da")
	if err != nil {
		t.Fatal(err)
	}
	cups := func(typed string, _ flow.Answers) flow.Verdict {
		if strings.Trim(typed, "0123456789") != "" || typed == "" {
			return flow.Verdict{Problem: "not-a-number"}
		}
		return flow.Verdict{Value: typed}
	}
	f := &flow.Flow{ID: "tea", Title: "tea.title", Intro: "tea.intro", Stages: []flow.Stage{{
		ID: "s", Title: "tea.stage", Short: "tea.stage", Steps: []flow.Step{
			{ID: "boil", Kind: flow.Read, Title: "tea.boil"},
			{ID: "cups", Kind: flow.Type, Title: "tea.cups", Fields: []flow.Field{{ID: "cups", Label: "tea.label", Check: cups}}},
		}}}}
	c, err := core.New(core.Options{Flow: f, Text: tr, Save: func(flow.Progress) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	m := New(c)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	return m
}

func press(m *Model, k tea.KeyMsg) { m.Update(k) }

func TestTheEngineRunsAnyJourney(t *testing.T) {
	m := teaJourney(t)
	if v := m.View(); !strings.Contains(v, "Lav te") || !strings.Contains(v, "Etape: Ikke startet") {
		t.Fatalf("start screen:\n%s", v)
	}
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	if v := m.View(); !strings.Contains(v, "Etape · trin 1 af 2") || !strings.Contains(v, "Kog vand") {
		t.Fatalf("first step:\n%s", v)
	}
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("to")})
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	if v := m.View(); !strings.Contains(v, "Fejl: Skriv et tal") || !strings.Contains(v, "> to") {
		t.Fatalf("a refused answer must say why and keep the text:\n%s", v)
	}
	press(m, tea.KeyMsg{Type: tea.KeyEsc})
	if v := m.View(); !strings.Contains(v, "Kog vand") {
		t.Fatalf("Esc did not go back:\n%s", v)
	}
	m.Update(tea.WindowSizeMsg{Width: 20, Height: 5})
	if v := m.View(); !strings.Contains(v, "For lille") {
		t.Fatalf("a tiny window must ask to be enlarged:\n%s", v)
	}
}
