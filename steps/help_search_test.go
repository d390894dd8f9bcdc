package steps_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The words the issue names, by language: each finds its topic.
var searchWords = map[string]map[string]string{
	"da": {"låst": "locked", "pinkode": "app-pin", "ny telefon": "new-phone", "sms": "sms-ended", "phishing": "real-or-fake"},
	"en": {"locked": "locked", "PIN": "app-pin", "new phone": "new-phone", "SMS": "sms-ended", "phishing": "real-or-fake"},
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
					ts.msg("topics.found", text.Data{"Count": found}), title)

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
