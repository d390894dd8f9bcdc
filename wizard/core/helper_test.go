package core_test

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

func helper(o *core.Options) { o.Helper = true }

// The helper's rules ("Trin 0") come before the first step of a sitting in
// helper mode, once: the next step is the step itself.
func TestHelperModeTellsTheRulesBeforeTheFirstStepOnce(t *testing.T) {
	g := start(t, helper)
	g.do(core.Continue)
	if f := g.c.Frame(); f.Place != core.RulesScreen {
		t.Fatalf("the first step in helper mode is not after the rules: place %v", f.Place)
	}
	g.says("helper.rules-may")
	g.says("helper.rules-may-not")
	g.do(core.Continue)
	g.on("tea.kettle")
	g.do(core.Continue)
	g.on("tea.kind")
	g.do(core.GoHome)
	g.do(core.Continue)
	g.on("tea.kind") // not told again this sitting
}

// A step's note for the helper is shown in helper mode only, marked in
// words as the helper's.
func TestAStepsNoteForTheHelperIsShownInHelperModeOnly(t *testing.T) {
	g := start(t, at("kettle"), helper)
	g.do(core.Continue) // the rules
	want := g.tr.T("app.helper-prefix") + " " + g.tr.T("tea.kettle-helper")
	if !strings.Contains(g.all(), want) {
		t.Errorf("the helper's note is not shown, marked, in helper mode:\n%s", g.all())
	}
	alone := start(t, at("kettle"))
	if strings.Contains(alone.all(), alone.tr.T("tea.kettle-helper")) {
		t.Errorf("the helper's note is shown outside helper mode:\n%s", alone.all())
	}
}

// Quitting in helper mode shows the checklist before the end; Enter and
// quitting there end the guide, and Back goes back to where the person
// quit from. Outside helper mode quitting ends at once.
func TestQuittingInHelperModeShowsTheChecklistFirst(t *testing.T) {
	for _, last := range []core.Action{core.Continue, core.Quit} {
		g := start(t, at("kettle"), helper)
		g.do(core.Continue) // the rules
		g.do(core.Quit)
		g.do(core.QuitYes)
		if f := g.c.Frame(); f.Place != core.ChecklistScreen {
			t.Fatalf("quitting in helper mode does not show the checklist: place %v", f.Place)
		}
		g.says("helper.checklist")
		g.do(core.Back)
		g.on("tea.kettle")
		g.do(core.Quit)
		g.do(core.QuitYes)
		g.do(last)
		if f := g.c.Frame(); f.Place != core.Ended {
			t.Errorf("%v on the checklist does not end the guide: place %v", last, f.Place)
		}
	}
	g := start(t, at("kettle"))
	g.do(core.Quit)
	g.do(core.QuitYes)
	if f := g.c.Frame(); f.Place != core.Ended {
		t.Errorf("quitting outside helper mode does not end at once: place %v", f.Place)
	}
}

// The first question offers helper mode where it can be turned on, after
// the journeys and the rehearsal, and not once it is on.
func TestTheFirstQuestionOffersHelperMode(t *testing.T) {
	ask := func(o *core.Options) {
		o.Journeys, o.Ask = []*flow.Flow{o.Flow}, true
		o.ToRehearsal = &core.Change{Setting: "rehearse", Value: "on", Stay: true, Once: true}
		o.ToHelper = &core.Change{Setting: "helper", Value: "on", Stay: true}
	}
	g := start(t, ask)
	g.says("situation.helper")
	g.do(core.Choose, 2) // after the journey and the rehearsal
	if ch, ok := g.c.Change(); !ok || ch.Setting != "helper" || ch.Value != "on" || !ch.Stay || ch.Once {
		t.Errorf("the answer does not turn helper mode on, kept, where the person was: %+v %v", ch, ok)
	}
	on := start(t, ask, helper)
	if strings.Contains(on.all(), on.tr.T("situation.helper")) {
		t.Errorf("helper mode is offered once it is on:\n%s", on.all())
	}
}

// A journey finished (or paused) ends with a line mode's Enter: in helper
// mode the checklist comes first there too.
func TestAFinishedJourneyInHelperModeEndsWithTheChecklist(t *testing.T) {
	g := start(t, at("done"), helper)
	g.do(core.Continue) // the rules
	g.do(core.Continue) // the last step: the journey is done
	if p := g.c.Frame().Prompt; p.Enter != core.QuitYes {
		t.Fatalf("Enter does not end a finished journey: %+v", p)
	}
	g.do(core.QuitYes)
	if f := g.c.Frame(); f.Place != core.ChecklistScreen {
		t.Fatalf("a finished journey ends without the checklist: place %v", f.Place)
	}
	g.do(core.Continue)
	if f := g.c.Frame(); f.Place != core.Ended {
		t.Errorf("Enter on the checklist does not end: place %v", f.Place)
	}
}

// A change of settings starts the guide again in the same sitting: a
// helper who read the rules is not told them again, one who did not is.
func TestTheRulesAreNotToldAgainAfterASettingIsChanged(t *testing.T) {
	withSettings := func(o *core.Options) {
		o.Settings = []core.Setting{{ID: "lines", Name: "settings.lines", Values: []string{"", "on"}, Names: []string{"settings.off", "settings.on"}}}
	}
	for _, read := range []bool{true, false} {
		g := start(t, helper, withSettings)
		g.do(core.Continue)
		if read {
			g.do(core.Continue) // past the rules, on the first step
		}
		g.do(core.GoHome) // the settings are on the start screen
		g.do(core.OpenSettings)
		g.do(core.Choose, 1) // the setting's next value
		ch, ok := g.c.Change()
		if !ok || ch.RulesRead != read {
			t.Fatalf("rules read %v: change %+v, %v", read, ch, ok)
		}
		again := start(t, helper, withSettings, func(o *core.Options) { o.RulesRead = ch.RulesRead })
		again.do(core.Continue)
		if got := again.c.Frame().Place == core.RulesScreen; got == read {
			t.Errorf("rules read %v before the change: told again %v", read, got)
		}
	}
}

// In helper mode, going on with another member from the settings shows the
// checklist first (nobody is left signed in when the helper moves on);
// Enter then goes on with them, Esc goes back. Outside helper mode, or
// with nothing saved for the member, it goes on at once.
func TestGoingOnWithAnotherMemberShowsTheChecklistFirst(t *testing.T) {
	members := func(o *core.Options) {
		o.Members = []string{"Bent"}
		o.Settings = []core.Setting{{ID: "lines", Name: "settings.lines", Values: []string{"", "on"}, Names: []string{"settings.off", "settings.on"}}}
	}
	choose := func(g *guide, words string) {
		for _, b := range g.c.Frame().Body {
			if b.Kind == core.Choice && strings.Contains(b.Text, words) {
				g.do(core.Choose, b.Number-1)
				return
			}
		}
		g.t.Fatalf("no answer %q on %v: %+v", words, g.c.Frame().Place, g.c.Frame().Body)
	}
	toBent := func(g *guide) {
		g.do(core.OpenSettings)
		choose(g, g.tr.T("settings.member"))
		choose(g, "Bent")
	}
	for _, helping := range []bool{true, false} {
		configure := []func(*core.Options){members}
		if helping {
			configure = append(configure, helper)
		}
		g := start(t, configure...)
		g.do(core.Continue) // the first step (after the rules, in helper mode): saved
		if helping {
			g.do(core.Continue)
		}
		g.do(core.GoHome)
		toBent(g)
		if !helping {
			if ch, ok := g.c.Change(); !ok || ch.Member != "Bent" {
				t.Fatalf("outside helper mode: change %+v, %v", ch, ok)
			}
			continue
		}
		if f := g.c.Frame(); f.Place != core.ChecklistScreen {
			t.Fatalf("in helper mode, going on with Bent shows %v, not the checklist", f.Place)
		}
		g.do(core.Back)
		if _, ok := g.c.Change(); ok || g.c.Frame().Place != core.SettingsScreen {
			t.Fatalf("Esc on the checklist went on with Bent, or left the list of members: %v", g.c.Frame().Place)
		}
		choose(g, "Bent")
		g.do(core.Continue)
		if ch, ok := g.c.Change(); !ok || ch.Member != "Bent" {
			t.Fatalf("Enter on the checklist: change %+v, %v", ch, ok)
		}
	}
	// A new member made from the overview: the checklist comes first too,
	// as the next person sits down.
	overview := func(o *core.Options) {
		o.Overview = &core.Overview{Summaries: func() ([]store.Summary, error) { return []store.Summary{{Profile: "Bent"}}, nil },
			Check: func(string) (string, []string) { return "", nil }}
	}
	g := start(t, members, helper, overview)
	g.do(core.Continue)
	g.do(core.Continue)
	g.do(core.GoHome)
	g.do(core.OpenSettings)
	choose(g, g.tr.T("overview.open"))
	g.c.Edit(0, "Karl")
	choose(g, "Karl")
	if f := g.c.Frame(); f.Place != core.ChecklistScreen {
		t.Fatalf("a new member made from the overview shows %v, not the checklist", f.Place)
	}
	g.do(core.Continue)
	if ch, ok := g.c.Change(); !ok || ch.Member != "Karl" || !ch.Helping {
		t.Fatalf("Enter on the checklist: change %+v, %v; want Karl, and the volunteer still helping", ch, ok)
	}
}

// The checklist names the member it is checked with, and it is the last
// chance to print their sheet: it says so and offers it, and Back from the
// sheets comes back to the checklist. Unnamed, it is "the member"; without
// a sheet to write it offers none.
func TestTheChecklistNamesTheMemberAndOffersTheSheet(t *testing.T) {
	g := start(t, at("kettle"), helper, fixture.TakingHome(""), func(o *core.Options) { o.Profile = "Hanne Holm" })
	g.do(core.Continue) // the rules
	g.do(core.Quit)
	g.do(core.QuitYes)
	g.says("helper.checklist-body-named", text.Data{"Profile": "Hanne Holm"})
	g.says("helper.checklist-sheet")
	g.do(core.TakeHome)
	if f := g.c.Frame(); f.Place != core.TakeHomeScreen {
		t.Fatalf("the checklist's sheet offer opens %v", f.Place)
	}
	g.says("takehome.title", text.Data{"Profile": "Hanne Holm"})
	g.do(core.Back)
	if f := g.c.Frame(); f.Place != core.ChecklistScreen {
		t.Fatalf("Back from the sheets goes to %v, not the checklist", f.Place)
	}
	alone := start(t, at("kettle"), helper)
	alone.do(core.Continue)
	alone.do(core.Quit)
	alone.do(core.QuitYes)
	alone.says("helper.checklist-body")
	alone.saysNot("helper.checklist-sheet")
	for _, o := range alone.c.Frame().Offers {
		if o.Action == core.TakeHome {
			t.Errorf("the checklist offers a sheet it cannot write: %+v", o)
		}
	}
}
