package core_test

import (
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// A journey chosen by mistake is left with Esc: its start screen goes back
// to the first question it was chosen on. A start screen the guide opened
// at offers no way back to a question never asked.
func TestEscOnAStartScreenChosenGoesBackToTheQuestion(t *testing.T) {
	g := start(t, asked)
	g.do(core.Select, 1)
	g.do(core.Continue)
	g.on("coffee.title")
	g.do(core.Back)
	g.on("situation.title")
	g.do(core.Select, 0)
	g.do(core.Continue)
	g.on("tea.title")

	opened := start(t, fixture.WithJourneys)
	opened.on("tea.title")
	if _, ok := opened.c.Frame().Offer(core.Back); ok {
		t.Error("the start screen the guide opened at offers to go back")
	}
}

// Every step, and the look-away screen before one, has a way to the start
// screen, which goes on from the same step.
func TestEveryStepHasAWayToTheStartScreen(t *testing.T) {
	for _, p := range fixture.Places {
		t.Run(p.Name, func(t *testing.T) {
			var none []string
			c := p.Open(t, "da", &none)
			fr := c.Frame()
			if fr.Place != core.StepScreen && fr.Place != core.LookAwayScreen {
				return
			}
			c.Do(core.GoHome, 0)
			if got := c.Frame(); got.Place != core.HomeScreen {
				t.Fatalf("the way home led to %v", got.Place)
			}
			c.Do(core.Continue, 0)
			if got := c.Frame(); got.Step != fr.Step || got.Place == core.HomeScreen {
				t.Errorf("back from the start screen at %v %q, not at %q", got.Place, got.Step, fr.Step)
			}
		})
	}
}

// Help that sends the person on to another journey offers the way there,
// named as the first question names it; taken, the journey left is shown
// as continued there, until the person is back in it.
func TestAHandOverGoesToTheJourneyAndMarksTheOneLeft(t *testing.T) {
	g := start(t, fixture.WithJourneys, fixture.CoffeeAt("grind"))
	g.do(core.Help)
	tea := g.tr.T("tea.situation")
	if o, ok := g.c.Frame().Offer(core.Handover); !ok || o.Data["Journey"] != tea {
		t.Fatalf("the help offers no way on to %q: %+v", tea, g.c.Frame().Offers)
	}
	g.do(core.Handover)
	g.on("tea.title")
	if p, _ := g.lastSaved("coffee"); p.HandedOver != "tea" {
		t.Fatalf("coffee was saved as handed over to %q", p.HandedOver)
	}
	continued := g.tr.T("status.handed-over", text.Data{"Journey": tea})
	g.says("home.task", text.Data{"Stage": g.tr.T("coffee.pour"), "Status": continued})
	g.do(core.ChangeSituation)
	g.says("situation.answer-begun", text.Data{"Answer": g.tr.T("coffee.situation"), "Status": continued})
	g.do(core.Select, 1)
	g.do(core.Continue)
	if p, _ := g.lastSaved("coffee"); p.HandedOver != "" {
		t.Errorf("back in coffee, it is still saved as handed over to %q", p.HandedOver)
	}
	g.do(core.ChangeSituation)
	g.says("situation.answer-begun", text.Data{"Answer": g.tr.T("coffee.situation"), "Status": g.tr.T("status.in-progress")})
}

// A journey that does another's work makes that one done once it is done
// itself, if it was begun; its own progress is saved last, as the one the
// person is on.
func TestAJourneyDoneCompletesTheOnesItDoesTheWorkOf(t *testing.T) {
	begun := flow.Progress{Version: flow.ProgressVersion, Flow: "coffee", Step: "grind", Started: []string{"pour"}}
	g := start(t, fixture.WithJourneys, at("done"), func(o *core.Options) {
		o.Flow.Completes = []string{"coffee"}
		o.Saved = map[string]flow.Progress{"coffee": begun}
	})
	g.do(core.Continue)
	p, _ := g.lastSaved("coffee")
	if len(p.Done) != 1 {
		t.Fatalf("coffee was not saved as done: %+v", p)
	}
	if last := g.saved[len(g.saved)-1]; last.Flow != "tea" {
		t.Errorf("saved last: %q", last.Flow)
	}
	g.do(core.ChangeSituation)
	g.says("situation.answer-begun", text.Data{"Answer": g.tr.T("coffee.situation"), "Status": g.tr.T("status.done")})
}
