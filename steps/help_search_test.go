package steps_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The words the issue names, by language: each finds its topic.
var searchWords = map[string]map[string]string{
	"da": {"låst": "locked", "pinkode": "app-pin", "ny telefon": "new-phone", "sms": "sms-ended", "phishing": "real-or-fake", "smartphone": "no-smartphone"},
	"en": {"locked": "locked", "PIN": "app-pin", "new phone": "new-phone", "SMS": "sms-ended", "phishing": "real-or-fake", "smartphone": "no-smartphone"},
}

// Help search finds each topic by a word of the user's language typed in
// part, from a step, in the plain mode and in the full screen; the topic
// opened tells its sources and the day they were checked.
func TestHelpSearchFindsEveryTopicInBothFrontEnds(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if len(content.Topics) < 15 {
		t.Fatalf("%d help topics, want at least the fifteen of the anchors review", len(content.Topics))
	}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		cases := map[string]string{}
		for word, id := range searchWords[lang] {
			cases[word] = id
		}
		for _, tp := range content.Topics {
			word, _, _ := strings.Cut(tr.T(tp.Words), ",")
			word = strings.TrimSpace(word)
			r := []rune(word)
			cases[string(r[:max(min(3, len(r)), len(r)-2)])] = tp.ID // in part: the end left off
		}
		for word, id := range cases {
			title := tr.T("help." + id + ".title")
			t.Run(lang+"/"+word, func(t *testing.T) {
				g := guideWith(t, lang, core.Options{StartAt: "needs", Topics: content.Topics}, 24)
				g.typeText("?")
				g.typeText("s")
				g.typeText(word)
				if !strings.Contains(flatten(stripANSI(g.model.View())), firstWords(title)) {
					t.Fatalf("the full screen does not list %q for %q:\n%s", title, word, g.model.View())
				}
				found := choices(g.frame())
				if found >= len(content.Topics) {
					t.Fatalf("%q lists all %d topics: the word narrowed nothing", word, found)
				}

				// The plain mode lists the same topics found, the one sought among them.
				ts := run(t, lang, "needs", tr.Words("plain.word-topics")[0]+"\n"+word+"\n",
					func(o *core.Options) { o.Topics = content.Topics })
				ts.sees(ts.msg("topics.title"), ts.msg("topics.search-example"), ts.msg("topics.title"),
					ts.msg("topics.found", text.Data{"Count": found}), plaintest.Spoken(tr, title))

				for _, b := range g.frame().Body {
					if b.Kind == core.Choice && b.Text == title {
						break
					}
					if b.Kind == core.Choice {
						g.press(tea.KeyDown)
					}
				}
				g.press(tea.KeyEnter)
				g.sees("help." + id + ".title")
				g.sees("help." + id + ".body")
				sources, _, _ := strings.Cut(tr.T("topics.sources"), "\n")
				if !blocksHold(g.frame().Body, sources) {
					t.Fatalf("the topic does not name its sources:\n%s", g.model.View())
				}
			})
		}
	}
}

// choices counts the answers a frame lists.
func choices(f core.Frame) int {
	n := 0
	for _, b := range f.Body {
		if b.Kind == core.Choice {
			n++
		}
	}
	return n
}

// frame is the core's frame the full screen shows.
func (g *guide) frame() core.Frame { return g.model.(*fullscreen.Model).Frame() }

// R-1 (reliability review, December 2026): the help index's highlighted
// topic is its own. Opened over the first question or a choice, moved in
// (↑ wraps to the last topic), a topic opened and closed, or left with Esc,
// it leaves the answer highlighted below as it was, and Enter then takes
// that answer: no crash, in either front-end.
func TestTheHelpIndexLeavesTheAnswerBelowAsItWas(t *testing.T) {
	type key = tea.KeyMsg
	runes := func(s string) key { return key{Type: tea.KeyRunes, Runes: []rune(s)} }
	ways := map[string][]key{
		"↑ then Esc":              {{Type: tea.KeyF1}, runes("s"), {Type: tea.KeyUp}, {Type: tea.KeyEsc}},
		"↓ past the answers, Esc": {{Type: tea.KeyF1}, runes("s"), {Type: tea.KeyDown}, {Type: tea.KeyDown}, {Type: tea.KeyDown}, {Type: tea.KeyEsc}},
		"a topic, closed with ?":  {{Type: tea.KeyF1}, runes("s"), {Type: tea.KeyUp}, {Type: tea.KeyEnter}, runes("?")},
	}
	for _, lang := range []string{"da", "en"} {
		for _, size := range [][2]int{{80, 24}, {100, 50}} {
			for _, at := range []string{"", "platform", "one-account"} { // "": the first question
				for name, keys := range ways {
					opts := core.Options{StartAt: at}
					allJourneys(t)(&opts)
					opts.Ask = at == ""
					tr := translator(t, lang)
					model := startGuide(t, tr, opts, size[0], size[1])
					frame := func() core.Frame { return model.(*fullscreen.Model).Frame() }
					before := frame()
					for _, k := range keys {
						if model = update(model, k); model == nil {
							t.Fatalf("%s %v at %q, %s: the guide crashed", lang, size, at, name)
						}
					}
					after := frame()
					if after.Place != before.Place || after.Selected != before.Selected {
						t.Fatalf("%s %v at %q, %s: back at %v with answer %d highlighted, not %v with %d",
							lang, size, at, name, after.Place, after.Selected+1, before.Place, before.Selected+1)
					}
					model = update(model, key{Type: tea.KeyEnter})
					if m := model.(*fullscreen.Model); m.Crashed() || m.Frame().Step == before.Step && at != "" {
						t.Fatalf("%s %v at %q, %s: Enter did not take the answer:\n%s", lang, size, at, name, m.View())
					}
				}
			}
		}
	}
	// The plain mode: the topics read and left, the answer is still typed by its number.
	ts := run(t, "da", "platform", "emner\n15\n\n\n1\n", allJourneys(t))
	ts.sees(ts.msg("step.platform.title"), ts.msg("topics.title"), ts.msg("step.app-download.title"))
	ts.never(firstWords(ts.msg("cli.crashed", text.Data{"Kept": ""})))
}
