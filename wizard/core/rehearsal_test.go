package core_test

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// Issue 20: a rehearsal starts afresh whatever progress it is given, and
// keeps none: the journey is not begun, and nothing is saved.
func TestARehearsalStartsAfreshFromSavedProgress(t *testing.T) {
	begun := start(t)
	begun.do(core.Continue)
	begun.do(core.Continue)
	saved := begun.saved[len(begun.saved)-1]
	g := start(t, fixture.WithJourneys, func(o *core.Options) {
		o.Mode, o.Progress, o.Saved = core.Rehearsal, &saved, map[string]flow.Progress{saved.Flow: saved}
	})
	if g.c.Frame().Place != core.HomeScreen {
		t.Fatalf("at %v, want the start screen", g.c.Frame().Place)
	}
	g.saysNot("home.welcome")
	g.do(core.Continue)
	g.on("tea.kettle") // the first step, not the one saved
	if len(g.saved) != 0 {
		t.Errorf("the rehearsal saved %d times", len(g.saved))
	}
}

// Issue 20: outside a rehearsal the first question offers one; in it, it
// asks what to practise, and offers what goes wrong.
func TestTheFirstQuestionLeadsToARehearsal(t *testing.T) {
	toRehearsal := &core.Change{Setting: "rehearse", Value: "on", Stay: true, Once: true}
	g := start(t, fixture.WithJourneys, func(o *core.Options) { o.Ask, o.ToRehearsal = true, toRehearsal })
	g.says("situation.rehearse")
	g.c.Do(core.Choose, 2)
	if ch, ok := g.c.Change(); !ok || ch != *toRehearsal {
		t.Fatalf("choosing to practise asked for %+v, %v; want %+v", ch, ok, *toRehearsal)
	}

	g = start(t, fixture.WithJourneys, func(o *core.Options) { o.Ask, o.Mode, o.ToRehearsal = true, core.Rehearsal, toRehearsal })
	g.on("situation.rehearsal-title")
	g.saysNot("situation.rehearse")
	g.c.Do(core.Choose, 2)
	g.on("rehearsal.failures-title")
	g.c.Do(core.Choose, 0)
	g.on("failure.spilt.title")
	g.says("failure.spilt.pour")
	g.do(core.Continue)
	g.says("failure.spilt.spilt")
	g.do(core.Continue)
	g.on("rehearsal.what-to-do")
	g.says(fixture.Topics()[0].Title) // the topic it names: "cold"
	g.do(core.Continue)
	g.on("rehearsal.failures-title") // back to the list, to show another
}

// saysNot fails if some block of the frame holds the message with id.
func (g *guide) saysNot(id string) {
	g.t.Helper()
	if unwanted := g.tr.T(id); strings.Contains(g.all(), unwanted) {
		g.t.Fatalf("the frame says %q:\n%s", unwanted, g.all())
	}
}
