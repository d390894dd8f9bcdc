package steps_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
)

// The overview's day: 15 March 2027.
var overviewDay = time.Date(2027, 3, 15, 10, 0, 0, 0, time.Local)

// daysBefore is the day n days before the overview's, as a summary row
// writes it.
func daysBefore(n int) string { return overviewDay.AddDate(0, 0, -n).Format(flow.DayLayout) }

// member is a summary row on the new-account journey: its stages (a
// letter each: d done, i under way, n not started), the day of the last
// change, and a wait begun days before.
func member(name, stages string, updated int, wait string, since, days int) store.Summary {
	j := store.JourneySummary{Journey: "new-account"}
	for _, l := range stages {
		j.Stages = append(j.Stages, map[rune]flow.Status{'d': flow.Done, 'i': flow.InProgress, 'n': flow.NotStarted}[l])
	}
	if wait != "" {
		j.Wait, j.Due = wait, overviewDay.AddDate(0, 0, days-since).Format(flow.DayLayout)
	}
	return store.Summary{Profile: name, Current: "new-account", Updated: daysBefore(updated), Journeys: []store.JourneySummary{j}}
}

// overviewOf opens the overview of the rows on the overview's day.
func overviewOf(t *testing.T, lang string, speaking bool, rows ...store.Summary) *core.Core {
	t.Helper()
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	c, err := core.New(core.Options{Flow: steps.NewAccount(), Journeys: built.Flows, Text: translator(t, lang), Ask: true,
		Now: func() time.Time { return overviewDay }, Speaking: speaking, OpenOverview: true,
		Overview: &core.Overview{Summaries: func() ([]store.Summary, error) { return rows, nil },
			Check: func(string) (string, []string) { return "", nil }}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func overviewRows(c *core.Core) []string {
	var out []string
	for _, b := range c.Frame().Body {
		if b.Kind == core.Choice {
			out = append(out, b.Text)
		}
	}
	return out
}

// Those to see to come first, longest waited first: a password chosen
// over 6 months ago (pensioners' passwords expire, domain.md), the code
// not come 8 days after the request, 2. etape left for another day after
// 1. etape, the password e-mail a day old (valid one day, domain.md); then
// the rest by how long they waited. Each row says where the person stands
// and for how long, in both languages and both front-ends' words.
func TestTheOverviewPutsThoseToSeeToFirst(t *testing.T) {
	rows := []store.Summary{
		member("Hanne", "ddn", 4, "request-sent", 4, 8),
		member("Ib", "ddn", 9, "request-sent", 9, 8),
		member("Karen", "inn", 1, "password-email", 1, 0),
		member("Lis", "inn", 0, "password-email", 0, 0),
		member("Mads", "dnn", 2, "", 0, 0),
		member("Nina", "dnn", 0, "", 0, 0),
		member("Ole", "ddd", 200, "password-chosen", 200, 183),
		member("Per", "ddd", 100, "password-chosen", 100, 183),
	}
	want := []string{"Ole", "Ib", "Mads", "Karen", "Per", "Hanne", "Lis", "Nina"}
	da := []string{
		"Ole · Ny EU Login-konto med EU Login-appen · password er over 6 måneder gammelt · 200 dage",
		"Ib · Ny EU Login-konto med EU Login-appen · 3. etape · koden er ikke kommet efter en uge · 9 dage",
		"Mads · Ny EU Login-konto med EU Login-appen · 2. etape · bør gøres lige efter etapen før · 2 dage",
		"Karen · Ny EU Login-konto med EU Login-appen · 1. etape · e-mailen om password er for gammel: bed om en ny · 1 dag",
		"Per · Ny EU Login-konto med EU Login-appen · færdig · 100 dage",
		"Hanne · Ny EU Login-konto med EU Login-appen · 3. etape · venter på valideringskode · 4 dage",
		"Lis · Ny EU Login-konto med EU Login-appen · 1. etape · venter på at vælge password · i dag",
		"Nina · Ny EU Login-konto med EU Login-appen · 2. etape · klar til næste etape · i dag",
	}
	for _, lang := range []string{"da", "en"} {
		for _, speaking := range []bool{false, true} {
			c := overviewOf(t, lang, speaking, rows...)
			got := overviewRows(c)
			names := make([]string, len(got))
			for i, r := range got {
				names[i] = strings.FieldsFunc(r, func(r rune) bool { return r == ' ' || r == ':' })[0]
			}
			if !slices.Equal(names, want) {
				t.Fatalf("%s, speaking %v: order %v, want %v\n%s", lang, speaking, names, want, strings.Join(got, "\n"))
			}
			if lang == "da" && !speaking && !slices.Equal(got, da) {
				t.Errorf("the rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(da, "\n"))
			}
			if speaking && strings.Contains(strings.Join(got, ""), "·") {
				t.Errorf("%s: the line mode's rows have a \"·\":\n%s", lang, strings.Join(got, "\n"))
			}
			frame := textOf(c.Frame().Body)
			for id, n := range map[string]int{"overview.count": 8, "overview.late-count": 4} {
				if w := c.Text().T(id, map[string]any{"Count": n}); !strings.Contains(frame, w) {
					t.Errorf("%s: the overview does not say %q:\n%s", lang, w, frame)
				}
			}
		}
	}
}

func textOf(blocks []core.Block) string {
	var words []string
	for _, b := range blocks {
		words = append(words, b.Text)
	}
	return strings.Join(words, "\n")
}

// Thirteen members in a window of 80x24, where the list does not fit: the
// first arrow down moves the highlight (it had scrolled the count away
// first), an arrow up from the first row goes round to the last one and
// the list follows it into sight, and Enter then opens that member at
// once, not a row out of sight.
func TestTheOverviewListFollowsTheHighlightInASmallWindow(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	var rows []store.Summary
	for i := range 13 {
		rows = append(rows, member(fmt.Sprintf("Medlem %02d", i+1), "in", 1, "", 0, 0))
	}
	tr := translator(t, "da")
	model := startGuide(t, tr, core.Options{Journeys: built.Flows, Ask: true, Now: func() time.Time { return overviewDay }, OpenOverview: true,
		Overview: &core.Overview{Summaries: func() ([]store.Summary, error) { return rows, nil }, Check: func(string) (string, []string) { return "", nil }}}, 80, 24)
	highlighted := func() string { // the row the marker is on, as drawn
		for _, line := range strings.Split(ansi.Strip(model.View()), "\n") {
			if strings.Contains(line, "→") {
				return line
			}
		}
		return ""
	}
	if !strings.Contains(highlighted(), "Medlem 01") {
		t.Fatalf("the first row is not highlighted:\n%s", ansi.Strip(model.View()))
	}
	model = update(model, tea.KeyMsg{Type: tea.KeyDown})
	if !strings.Contains(highlighted(), "Medlem 02") {
		t.Errorf("the first arrow down does not move the highlight to the second row:\n%s", ansi.Strip(model.View()))
	}
	model = update(model, tea.KeyMsg{Type: tea.KeyUp})
	model = update(model, tea.KeyMsg{Type: tea.KeyUp})
	if !strings.Contains(highlighted(), "Medlem 13") {
		t.Fatalf("an arrow up from the first row does not show the last row highlighted:\n%s", ansi.Strip(model.View()))
	}
	model = update(model, tea.KeyMsg{Type: tea.KeyEnter})
	if view := ansi.Strip(model.View()); !strings.Contains(view, tr.T("overview.member-open", map[string]any{"Profile": "Medlem 13"})) {
		t.Errorf("Enter on the last row does not open Medlem 13:\n%s", view)
	}
}
