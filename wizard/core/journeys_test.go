package core_test

import (
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

func asked(o *core.Options) { fixture.WithJourneys(o); o.Ask = true }

// lastSaved is the last progress saved of a journey.
func (g *guide) lastSaved(journey string) (flow.Progress, bool) {
	for i := len(g.saved) - 1; i >= 0; i-- {
		if g.saved[i].Flow == journey {
			return g.saved[i], true
		}
	}
	return flow.Progress{}, false
}

func TestTheFirstQuestionLeadsToAJourney(t *testing.T) {
	g := start(t, asked)
	g.on("situation.title")
	if _, ok := g.c.Frame().Offer(core.Back); ok {
		t.Fatal("asked first, the question offers to go back to a start screen the person never saw")
	}
	g.says("tea.situation")
	g.says("coffee.situation")
	g.do(core.Select, 1)
	g.do(core.Continue)
	g.on("coffee.title")
	g.says("coffee.intro")
	if p, ok := g.lastSaved("coffee"); !ok || p.Step != "grind" {
		t.Fatalf("the journey chosen was not kept as the one the person is on: %+v", g.saved)
	}
	g.do(core.Continue)
	g.on("coffee.grind")
	g.do(core.Back)
	g.do(core.ChangeSituation)
	if _, ok := g.c.Frame().Offer(core.Back); !ok {
		t.Fatal("asked again from the start screen, the question does not offer to go back to it")
	}
}

// Asked first, the question highlights its first answer (the journeys come
// in the order that is safest to read them in), not the journey the guide
// would open by default; asked again, the journey the person is on.
func TestTheFirstQuestionHighlightsItsFirstAnswer(t *testing.T) {
	coffeeFirst := func(o *core.Options) {
		fixture.WithJourneys(o)
		o.Journeys, o.Ask = []*flow.Flow{fixture.Coffee(), o.Flow}, true
	}
	g := start(t, coffeeFirst)
	if got := g.c.Frame().Selected; got != 0 {
		t.Fatalf("asked first, answer %d is highlighted, want the first", got+1)
	}
	g.do(core.Select, 1) // tea
	g.do(core.Continue)
	g.on("tea.title")
	g.do(core.ChangeSituation)
	if got := g.c.Frame().Selected; got != 1 {
		t.Fatalf("asked again from the tea journey, answer %d is highlighted, want tea's", got+1)
	}
}

func TestSwitchingJourneysKeepsEachOnesProgress(t *testing.T) {
	g := start(t, fixture.WithJourneys, at("kind"))
	g.do(core.Select, 1) // black tea
	g.do(core.Continue)
	g.on("tea.order")
	g.do(core.Quit)
	g.do(core.QuitNo)
	for g.c.Frame().Place != core.HomeScreen {
		g.do(core.Back)
	}
	g.do(core.ChangeSituation)
	g.on("situation.title")
	g.says("situation.answer-begun", text.Data{"Answer": g.tr.T("tea.situation"), "Status": g.tr.T("status.in-progress")})
	g.do(core.Move, 1)
	g.do(core.Continue)
	g.do(core.Continue) // start coffee
	g.on("coffee.grind")
	g.do(core.Back)
	// The start screen of coffee lists tea, begun, with its stages.
	g.says("home.other-tasks", text.Data{"Journey": g.tr.T("tea.title")})
	g.do(core.ChangeSituation)
	g.do(core.Select, 0)
	g.do(core.Continue)
	g.on("home.welcome")
	g.says("home.resume", text.Data{"Stage": g.tr.T("tea.brew-short"), "Step": g.tr.T("tea.kettle")})
	g.says("home.other-tasks", text.Data{"Journey": g.tr.T("coffee.title")})
	g.do(core.Continue)
	g.do(core.Continue)
	g.on("tea.kind")
	if f := g.c.Frame(); f.Selected != 1 {
		t.Fatalf("the answer given before the switch was lost: choice %d highlighted", f.Selected)
	}
	if p, ok := g.lastSaved("tea"); !ok || p.Choices["kind"] != "black" {
		t.Fatalf("tea's progress: %+v", p)
	}
}

func TestSavedProgressOfAnotherJourneyIsTakenUp(t *testing.T) {
	saved := flow.Progress{Version: flow.ProgressVersion, Flow: "coffee", Step: "cup", Steps: []string{"grind"},
		Started: []string{"pour"}}
	g := start(t, asked, func(o *core.Options) { o.Saved = map[string]flow.Progress{"coffee": saved} })
	g.says("situation.answer-begun", text.Data{"Answer": g.tr.T("coffee.situation"), "Status": g.tr.T("status.in-progress")})
	g.do(core.Select, 1)
	g.do(core.Continue)
	g.says("home.resume", text.Data{"Stage": g.tr.T("coffee.pour"), "Step": g.tr.T("coffee.cup")})
}

// twoNotices are a content folder refused and a file set aside, as both
// can come at one start.
var twoNotices = []core.Notice{
	{ID: "content.refused", Data: text.Data{"Dir": "rettelser", "Problem": "?"}},
	{ID: "save.damaged", Data: text.Data{"Path": "standard.json.damaged-1"}},
}

// saysInOrder checks that the frame tells each notice, in order.
func (g *guide) saysInOrder(notices []core.Notice) {
	g.t.Helper()
	all := g.all()
	at := 0
	for _, n := range notices {
		i := strings.Index(all[at:], g.tr.T(n.ID, n.Data))
		if i < 0 {
			g.t.Fatalf("the frame does not say %q after the notices before it:\n%s", g.tr.T(n.ID, n.Data), all)
		}
		at += i
	}
}

func TestTheStartScreenNoticesAreToldOnTheFirstQuestion(t *testing.T) {
	g := start(t, asked, func(o *core.Options) { o.Notices = twoNotices })
	g.on("situation.title")
	g.saysInOrder(twoNotices)
}

// The notices told on the start screen (a folder refused, a file set
// aside) are told once: the question asked from there does not tell them
// again.
func TestTheStartScreenNoticesAreToldOnce(t *testing.T) {
	g := start(t, fixture.WithJourneys, func(o *core.Options) { o.Notices = twoNotices })
	g.on("tea.title")
	g.saysInOrder(twoNotices)
	g.do(core.ChangeSituation)
	g.on("situation.title")
	for _, n := range twoNotices {
		if strings.Contains(g.all(), g.tr.T(n.ID, n.Data)) {
			t.Fatalf("the start screen's notice %s is told again on the question asked from it", n.ID)
		}
	}
}

// openIndex opens the help index from a step's help.
func (g *guide) openIndex() {
	g.do(core.Help)
	g.do(core.HelpIndex)
	if f := g.c.Frame(); f.Place != core.HelpIndexScreen || f.Focus != 0 {
		g.t.Fatalf("the help index is not shown with its search field in focus: %+v", f)
	}
}

// topicsListed are the topics the index lists, by their titles.
func (g *guide) topicsListed() []string {
	var out []string
	for _, b := range g.c.Frame().Body {
		if b.Kind == core.Choice {
			out = append(out, b.Text)
		}
	}
	return out
}

func TestTheHelpIndexFindsATopicByAWordInPart(t *testing.T) {
	for _, c := range []struct{ lang, search, want string }{
		{"da", "", ""},
		{"da", "LUNK", "topic.cold"},     // a word of its own, in part, in any case
		{"da", "bitter", "topic.bitter"}, // its title
		{"da", "op før", "topic.bitter"}, // its body, two words
		{"en", "temper", "topic.cold"},
		{"en", "harsh", "topic.bitter"},
	} {
		g := startIn(t, c.lang, at("kettle"), fixture.WithJourneys)
		g.openIndex()
		g.c.Edit(0, c.search)
		got := g.topicsListed()
		if c.want == "" {
			if len(got) != len(fixture.Topics()) {
				t.Errorf("nothing typed lists %v, want every topic", got)
			}
			continue
		}
		if len(got) != 1 || got[0] != g.tr.T(c.want) {
			t.Errorf("%s %q found %v, want %s", c.lang, c.search, got, g.tr.T(c.want))
		}
	}
}

func TestAHelpTopicSaysWhereItsFactsComeFromAndWhen(t *testing.T) {
	day := func(d time.Time) func(*core.Options) {
		return func(o *core.Options) { o.Now = func() time.Time { return d } }
	}
	g := start(t, at("kettle"), fixture.WithJourneys, day(fixture.Checked.AddDate(0, 2, 0)))
	g.openIndex()
	g.c.Edit(0, "kold")
	g.do(core.Continue)
	g.on("topic.cold")
	g.says("topic.cold-body")
	for _, s := range []string{fixture.KettleURL, g.tr.T("topic.source-book"), "1. november"} {
		if !strings.Contains(g.all(), s) {
			t.Errorf("the topic does not name %q:\n%s", s, g.all())
		}
	}
	if strings.Contains(g.all(), g.tr.T("topics.may-have-changed")) {
		t.Error("a topic checked two months ago says it may have changed")
	}
	g.do(core.Back)
	if f := g.c.Frame(); f.Place != core.HelpIndexScreen || f.Fields[0].Value != "kold" {
		t.Fatalf("back from a topic is the index with the search kept: %+v", f)
	}
	g.do(core.Back)
	g.on("tea.kettle")

	old := start(t, at("kettle"), fixture.WithJourneys, day(fixture.Checked.AddDate(1, 1, 0)))
	old.openIndex()
	old.do(core.Continue)
	old.says("topics.may-have-changed")
}

func TestNothingFoundSaysSoAndKeepsTheWord(t *testing.T) {
	g := start(t, at("kettle"), fixture.WithJourneys)
	g.openIndex()
	if kept := g.c.Edit(0, "kaffe\x1b[2J"); kept != "kaffe[2J" {
		t.Fatalf("the search kept %q", kept)
	}
	g.says("topics.none", text.Data{"Search": "kaffe[2J"})
	if _, ok := g.c.Frame().Offer(core.Continue); ok {
		t.Error("with nothing found, Enter is offered")
	}
}

func TestHelpOnTheFirstQuestionSaysHowToAnswerIt(t *testing.T) {
	g := start(t, asked)
	g.do(core.Help)
	g.says("situation.help")
	g.do(core.CloseHelp)
	g.on("situation.title")
}

func TestAStepsHelpSaysWhereItsFactsComeFromAndWhen(t *testing.T) {
	g := start(t, at("kettle"), func(o *core.Options) { o.Now = func() time.Time { return fixture.Checked.AddDate(0, 0, 3) } })
	g.do(core.Help)
	g.says("tea.kettle-help")
	for _, s := range []string{g.tr.T("topic.source-book"), "1. november"} {
		if !strings.Contains(g.all(), s) {
			t.Errorf("a step's help does not name %q:\n%s", s, g.all())
		}
	}
}

// A step's help and a help topic show the paragraphs that fit the answers
// given in the journey, and every variant while the question is open.
func TestHelpAndTopicsFitTheAnswersGiven(t *testing.T) {
	shows := func(g *guide, id string) bool { return strings.Contains(g.all(), g.tr.T(id)) }
	for _, c := range []struct {
		kind                int // the answer to "Hvilken te?": 0 green, 1 black, -1 none given
		blackHelp, greenTip bool
	}{{0, false, true}, {1, true, false}, {-1, true, true}} {
		g := start(t, at("kind"), fixture.WithJourneys)
		if c.kind >= 0 {
			g.do(core.Select, c.kind)
			g.do(core.Continue)
			if c.kind == 0 { // the leaves, then the order
				g.do(core.Continue)
			}
		} else {
			g = start(t, at("order"), fixture.WithJourneys)
		}
		g.on("tea.order")
		g.do(core.Help)
		g.says("tea.order-help")
		if got := shows(g, "tea.order-black-help"); got != c.blackHelp {
			t.Errorf("kind %d: the help's paragraph for black tea shown: %v, want %v", c.kind, got, c.blackHelp)
		}
		g.do(core.HelpIndex)
		g.c.Edit(0, "bitter")
		g.do(core.Continue)
		g.on("topic.bitter")
		g.says("topic.bitter-body")
		if got := shows(g, "topic.bitter-green"); got != c.greenTip {
			t.Errorf("kind %d: the topic's paragraph for green tea shown: %v, want %v", c.kind, got, c.greenTip)
		}
	}
}

// a person new to the guide, still at the first question, has
// nothing saved, and quitting says so; once a journey is chosen, its place
// is saved and quitting says that.
func TestQuittingAtTheFirstQuestionSaysNothingIsSaved(t *testing.T) {
	g := start(t, asked)
	g.do(core.Quit)
	g.says("quit.body-nothing")
	if got := g.c.Farewell(); got != g.tr.T("quit.body-nothing") {
		t.Errorf("the farewell after a signal says %q", got)
	}
	g.do(core.QuitNo)
	g.do(core.Continue) // the first answer
	g.do(core.Quit)
	g.says("quit.body")
}
