package core_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Issue 22: "Er denne mail eller side ægte?" is the last answer of the
// first question: a line typed there is judged, the verdict said in
// words, then the words of the topic the place stands for, with its
// sources; Back goes back to the question, and nothing typed is kept.
func TestTheFirstQuestionLeadsToTheGenuineCheckAndBack(t *testing.T) {
	g := start(t, fixture.WithJourneys, fixture.WithGenuine, func(o *core.Options) { o.Ask = true })
	g.says("genuine.answer")
	g.do(core.Choose, 2)
	g.on("genuine.title")
	g.says("genuine.intro")
	g.says("topic.sweet-body") // what the guide cannot tell, before anything is typed too
	g.submit("Shop@Tea.Example.org")
	g.says("genuine.typed", text.Data{"Typed": "Shop@Tea.Example.org"})
	g.says("genuine.verdict-official", text.Data{"Host": "tea.example.org"})
	g.saysNot("genuine.intro")
	g.submit("shop@tea.example.org.elsewhere.net")
	warning := g.tr.T("app.warning-prefix") + " " + g.tr.T("genuine.verdict-elsewhere", text.Data{"Host": "tea.example.org.elsewhere.net"})
	if !strings.Contains(g.all(), warning) {
		t.Fatalf("a host that is not official is no warning:\n%s", g.all())
	}
	if i := strings.Index(g.all(), warning); i > strings.Index(g.all(), g.tr.T("topic.sweet-body")) {
		t.Fatalf("the verdict comes after what the guide cannot tell:\n%s", g.all())
	}
	g.do(core.Back)
	g.on("situation.title")
	g.do(core.Choose, 2)
	if f := g.c.Frame(); f.Fields[0].Value != "" || strings.Contains(g.all(), "elsewhere.net") {
		t.Fatalf("the place opened again still holds what was typed before:\n%s", g.all())
	}
	if len(g.saved) != 0 {
		t.Errorf("the check saved %d times", len(g.saved))
	}
}

// Issue 22: the topic the place stands for opens it from the help index,
// and Back goes back to the index; every other topic is a topic.
func TestTheHelpIndexOpensTheGenuineCheckForItsTopic(t *testing.T) {
	g := start(t, at("kettle"), fixture.WithJourneys, fixture.WithGenuine)
	g.openIndex()
	g.c.Edit(0, g.tr.T("topic.sweet"))
	g.do(core.Continue)
	g.on("genuine.title")
	g.submit("elsewhere.net")
	g.says("genuine.verdict-elsewhere", text.Data{"Host": "elsewhere.net"})
	g.do(core.Back)
	if g.c.Frame().Place != core.HelpIndexScreen {
		t.Fatalf("back from the check at %v, want the help index", g.c.Frame().Place)
	}
	g.c.Edit(0, g.tr.T("topic.cold"))
	g.do(core.Continue)
	g.on("topic.cold")
	g.do(core.Back)
	g.do(core.Back)
	g.on("tea.kettle")
	g.c.Do(core.Continue, 0)
	if g.c.Frame().Step == "kettle" {
		t.Fatal("the step did not go on")
	}
	if len(g.saved) == 0 {
		t.Fatal("the step going on saved nothing: the test would see nothing")
	}
	for _, p := range g.saved {
		if saved, _ := json.Marshal(p); strings.Contains(string(saved), "elsewhere.net") {
			t.Fatalf("what was typed at the check was saved: %s", saved)
		}
	}
}

// Without the topic whose words say what the guide cannot tell (a folder
// of corrections may leave it out), the place is not offered at all.
func TestTheGenuineCheckIsNotOfferedWithoutItsTopic(t *testing.T) {
	g := start(t, fixture.WithJourneys, fixture.WithGenuine, func(o *core.Options) { o.Ask, o.GenuineTopic = true, "no-such-topic" })
	g.saysNot("genuine.answer")
	if o, _ := g.c.Frame().Offer(core.Choose); o.Count != 2 {
		t.Fatalf("the first question offers %d answers, want the 2 journeys", o.Count)
	}
}
