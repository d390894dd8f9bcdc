package steps_test

import (
	"strconv"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
)

// The keys, help and layout items of the December UX review
// (reviews/2026-12/ux.md), in the full screen of the real journeys.

// P9: on a step that has the person type on EU Login's page, a letter that
// is no command is typing however slowly it comes: the command letters
// after it (b, k, q, the answers' digits) do nothing for a while, the keys
// that type nothing still work, and the Enter that ends the typing only
// closes the note that says so.
func TestSlowTypingMeantForThePageOpensNothing(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	var opened []string
	tr := translator(t, "da")
	opts := core.Options{Flow: builtInFlow(t, "add-app"), StartAt: "existing-sign-in", Now: func() time.Time { return now },
		OpenURL: func(u string) error { opened = append(opened, u); return nil }}
	g := &guide{t: t, tr: tr, model: startGuide(t, tr, opts, 80, 24)}
	for _, r := range "Sommer-2026bkq" {
		g.typeText(string(r))
		now = now.Add(time.Second) // a key a second: no burst
	}
	if f := g.frame(); len(opened) > 0 || f.Place != core.StepScreen || f.Step != "existing-sign-in" || len(f.Panels) > 0 {
		t.Fatalf("slow typing did something: browser %v, place %v, step %s, panels %v", opened, f.Place, f.Step, f.Panels)
	}
	g.sees("app.typing-here")
	g.press(tea.KeyEnter)
	if f := g.frame(); f.Step != "existing-sign-in" || f.Place != core.StepScreen || len(f.Notice) > 0 {
		t.Fatalf("the Enter after the note did more than close it: step %s, place %v, notice %v", f.Step, f.Place, f.Notice)
	}
	g.press(tea.KeyCtrlK)
	if _, shown := g.frame().Panel(core.QRCode); !shown {
		t.Fatal("Ctrl+K did not show the QR code while the letters are held")
	}
	now = now.Add(fullscreen.HoldFor)
	g.typeText("k")
	if _, shown := g.frame().Panel(core.QRCode); shown {
		t.Fatal("k does nothing once the hold is over")
	}
	g.press(tea.KeyEnter)
	if f := g.frame(); f.Step == "existing-sign-in" {
		t.Fatal("Enter without a note does not answer the step")
	}
}

// openIndex is the full screen's help index over the step needs, with
// the built-in topics.
func openIndex(t *testing.T, lang string) (*guide, []flow.Topic) {
	t.Helper()
	topics := builtInTopics(t)
	g := guideWith(t, lang, core.Options{StartAt: "needs", Topics: topics}, 24)
	g.typeText("?")
	g.typeText("s")
	return g, topics
}

// P24: in the help index a number typed alone is the topic of that number,
// as the plain mode takes it: the list stays whole, and Enter opens it.
func TestANumberTypedInTheHelpIndexOpensItsTopic(t *testing.T) {
	for _, n := range []int{2, 12} {
		g, topics := openIndex(t, "da")
		g.typeText(strconv.Itoa(n))
		if listed := choices(g.frame()); listed != len(topics) {
			t.Fatalf("%d typed lists %d topics, not all %d:\n%s", n, listed, len(topics), g.model.View())
		}
		g.press(tea.KeyEnter)
		if f := g.frame(); f.Place != core.TopicScreen {
			t.Fatalf("%d and Enter did not open a topic:\n%s", n, g.model.View())
		}
		g.sees(topics[n-1].Title)
	}
}

// P24: the search puts a topic whose title holds the words first, before
// those that hold them only in their text or words (the review's examples).
func TestTheHelpSearchPutsATitleThatMatchesFirst(t *testing.T) {
	for typed, want := range map[string]string{"låst": "help.locked.title", "kode kommer ikke": "help.validation-code.title"} {
		g, _ := openIndex(t, "da")
		g.typeText(typed)
		var first string
		for _, b := range g.frame().Body {
			if b.Kind == core.Choice {
				first = b.Text
				break
			}
		}
		if first != g.tr.T(want) {
			t.Errorf("%q lists %q first, not %q:\n%s", typed, first, g.tr.T(want), g.model.View())
		}
	}
}
