package core_test

import (
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// P46: a journey begun is started over from its start screen, after a
// question whose first answer, the one Enter takes, keeps it; started
// over, its progress is saved fresh.
func TestAJourneyStartsOverAfterAsking(t *testing.T) {
	g := start(t)
	if _, ok := g.c.Frame().Offer(core.StartJourneyOver); ok {
		t.Fatal("a journey not begun offers to start over")
	}
	g.do(core.Continue) // the first step
	g.do(core.Continue) // the next one
	g.do(core.GoHome)
	if _, ok := g.c.Frame().Offer(core.StartJourneyOver); !ok {
		t.Fatal("the start screen of a journey begun does not offer to start over")
	}
	g.do(core.StartJourneyOver)
	g.on("home.over-title")
	g.do(core.Continue) // Enter: "Nej, behold det"
	if last := g.saved[len(g.saved)-1]; len(last.Started) == 0 || g.c.Frame().Place != core.HomeScreen {
		t.Fatalf("Enter on the question started the journey over, or left the start screen: %+v", last)
	}
	g.do(core.StartJourneyOver)
	g.do(core.Help) // help says what the answers do here, not how the settings work
	g.says("home.over-help")
	g.do(core.CloseHelp)
	g.do(core.Choose, 1)
	g.says("home.over-done")
	if last := g.saved[len(g.saved)-1]; len(last.Started) != 0 || len(last.Steps) != 0 {
		t.Errorf("started over, the progress saved is not fresh: %+v", last)
	}
}
