package steps_test

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
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

// P25: the help of scan-qr names the topics that go deeper, each opened by
// its number in both front-ends, and tells the 2-minute limit and what to
// do when the phone's camera scanned the code instead of the app.
func TestAStepsHelpLeadsToItsTopics(t *testing.T) {
	topics := builtInTopics(t)
	g := guideWith(t, "da", core.Options{StartAt: "scan-qr", Topics: topics}, 24)
	g.typeText("?")
	g.sees("step.scan-qr.help-camera")
	g.sees("step.scan-qr.help-two-minutes")
	also := g.tr.T("help.see-also", text.Data{"Title": g.tr.T("help.qr-camera.title"), "Number": 1})
	if !blocksHold(g.frame().Body, also) {
		t.Fatalf("the help does not say %q:\n%s", also, g.model.View())
	}
	g.typeText("1")
	if f := g.frame(); f.Place != core.TopicScreen {
		t.Fatalf("1 in the help did not open the topic:\n%s", g.model.View())
	}
	g.sees("help.qr-camera.body")
	g.press(tea.KeyEsc)
	g.sees("step.scan-qr.help-camera")

	ts := run(t, "da", "scan-qr", g.tr.Words("plain.word-help")[0]+"\n2\n", func(o *core.Options) { o.Topics = topics })
	ts.sees(also, g.tr.T("help.pending-approval.title"))
}

// P25: a step's help that leads to a topic the guide does not have is
// refused, saying which step and topic.
func TestAStepsHelpLeadsOnlyToTopicsThatExist(t *testing.T) {
	f := *builtInFlow(t, "new-account")
	f.Stages = slices.Clone(f.Stages)
	f.Stages[0].Steps = slices.Clone(f.Stages[0].Steps)
	f.Stages[0].Steps[0].See = []string{"no-such-topic"}
	err := content.TopicLinks([]*flow.Flow{&f}, builtInTopics(t))
	var e *content.Error
	if !errors.As(err, &e) || e.Problem != "unknown-topic" || e.Item != f.Stages[0].Steps[0].ID || e.Detail != "no-such-topic" {
		t.Fatalf("a see of no topic gave %v", err)
	}
}

// P27: the password step says next to its field, in every window down to
// 60x18, that typing the password here is optional.
func TestThePasswordStepSaysByItsFieldThatItIsOptional(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for _, size := range [][2]int{{60, 18}, {80, 24}} {
			view := stripANSI(startGuide(t, tr, core.Options{StartAt: "password"}, size[0], size[1]).View())
			lines := strings.Split(view, "\n")
			i := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == tr.T("step.password.label") })
			if i < 0 || i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) != tr.T("step.password.optional") {
				t.Errorf("%s %dx%d: the line under the field's label is not %q:\n%s", lang, size[0], size[1], tr.T("step.password.optional"), view)
			}
		}
	}
}

// The first question has more answers than there are digit keys: two
// digits typed within the wait pick answer 10 or 11 (Enter takes it), as
// the line mode's "11" does; two that make no answer are two keys.
func TestTwoDigitsChooseAnAnswerPastNine(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	first := func() *guide {
		tr := translator(t, "da")
		opts := core.Options{Journeys: built.Flows, Ask: true, Members: []string{"Hanne"}, ToHelper: &core.Change{Setting: "helper", Value: "on"},
			ToRehearsal: &core.Change{Setting: "rehearsal", Value: "on", Once: true},
			Overview:    &core.Overview{Summaries: func() ([]store.Summary, error) { return nil, nil }, Check: func(string) (string, []string) { return "", nil }}}
		return &guide{t: t, tr: tr, model: startGuide(t, tr, opts, 80, 24)}
	}
	g := first()
	answers := 0
	for _, b := range g.frame().Body {
		if b.Kind == core.Choice {
			answers++
		}
	}
	if answers < 11 {
		t.Fatalf("the first question has %d answers; the test wants 11 or more", answers)
	}
	g.model, _ = g.model.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("1")}) // its wait not yet over
	g.typeText("1")
	if f := g.frame(); f.Place != core.SituationScreen || f.Selected != 10 {
		t.Fatalf(`"1" and "1" at once: %v, highlighted %d; want answer 11 highlighted`, f.Place, f.Selected)
	}
	g.press(tea.KeyEnter)
	if f := g.frame(); f.Place != core.OverviewScreen {
		t.Fatalf("Enter on answer 11: %v; it opens the overview", f.Place)
	}
	g = first()
	g.model, _ = g.model.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("2")}) // no wait run out
	if f := g.frame(); f.Selected != 1 {
		t.Fatalf(`"2", which begins no answer of 11, waits: highlighted %d`, f.Selected)
	}
	g = first()
	g.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("11")}) // read at once, as tmux sends them
	if f := g.frame(); f.Selected != 10 {
		t.Fatalf(`"11" read as one: highlighted %d; want answer 11`, f.Selected)
	}
	g = first()
	g.model, _ = g.model.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("1")})
	g.typeText("7") // answer 17 there is not: 1, then 7 on its own
	if f := g.frame(); f.Place != core.SituationScreen || f.Selected != 6 {
		t.Fatalf(`"17" at once: %v, highlighted %d; want answer 7 highlighted`, f.Place, f.Selected)
	}
}

// On a list of 15 (a helper's members), "1" waits and "2" typed within the
// wait makes answer 12, not 1 and then 2; "15" is the last.
func TestTwoDigitsPickAnswer12OfFifteen(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	var members []string
	for i := 1; i <= 15; i++ {
		members = append(members, fmt.Sprintf("Medlem %02d", i))
	}
	for number, want := range map[string]int{"12": 11, "15": 14} {
		tr := translator(t, "da")
		opts := core.Options{Journeys: built.Flows, Flow: built.Flows[0], Members: members,
			Settings: []core.Setting{{ID: "lines", Name: "settings.lines", Values: []string{"", "on"}, Names: []string{"settings.off", "settings.on"}}}}
		g := &guide{t: t, tr: tr, model: startGuide(t, tr, opts, 80, 40)}
		g.typeText("i") // the settings
		for _, b := range g.frame().Body {
			if b.Kind == core.Choice && b.Text == tr.T("settings.member") {
				g.typeText(strconv.Itoa(b.Number))
				g.press(tea.KeyEnter)
			}
		}
		if f := g.frame(); f.Place != core.SettingsScreen || !strings.Contains(flatten(stripANSI(g.model.View())), "15. Medlem 15") {
			t.Fatalf("the list of members is not shown:\n%s", g.model.View())
		}
		g.model, _ = g.model.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(number[:1])}) // its wait not yet over
		g.typeText(number[1:])
		if f := g.frame(); f.Selected != want {
			t.Errorf("%q at once on 15 members: highlighted %d, want %d", number, f.Selected, want)
		}
	}
}
