package steps_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Every plain command word, on every place of every EU Login journey as a
// walk meets it (the first question, the start screen, each step), and on
// help, the help index, a topic and the quit question over a step, does
// what its offer does, is the answer of the field typed into, or is
// refused in words (plaintest.EveryWord). Every place offers quit.
func TestEveryCommandWordOnEveryPlaceOfTheJourneys(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	overlays := map[string][]core.Action{"": nil, "help": {core.Help}, "help index": {core.Help, core.HelpIndex},
		"topic": {core.Help, core.HelpIndex, core.Continue}, "quit question": {core.Quit}}
	for _, lang := range []string{"da", "en"} {
		for _, f := range content.Flows {
			t.Run(lang+" "+f.ID, func(t *testing.T) {
				t.Parallel()
				w := walkJourney(t, lang, f, platforms(f)[0], core.Real)
				base := core.Options{Flow: steps.NewAccount(), Text: translator(t, lang), Save: func(flow.Progress) string { return "" }}
				allJourneys(t)(&base)
				for k := 0; k <= len(w.moves); k++ {
					for name, over := range overlays {
						if over != nil && k != 2 { // help and quit are the same over any step: tried over the first
							continue
						}
						open := func(opened *[]string) *core.Core {
							opts := base
							opts.OpenURL = func(u string) error { *opened = append(*opened, u); return nil }
							c, err := core.New(opts)
							if err != nil {
								t.Fatal(err)
							}
							for _, m := range w.moves[:k] {
								doMove(c, m)
							}
							for _, a := range over {
								c.Do(a, 0)
							}
							return c
						}
						var none []string
						fr := open(&none).Frame()
						if _, ok := fr.Offer(core.Quit); !ok && fr.Place != core.QuitScreen {
							t.Errorf("after %d moves %s: %v %q offers no quit", k, name, fr.Place, fr.Step)
						}
						plaintest.EveryWord(t, open)
					}
				}
			})
		}
	}
}

// A word typed for an answer is never a command word (which the plain
// mode would take first) nor a number, in any language: else it could
// not be typed.
func TestNoChoiceWordIsACommand(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range content.Languages {
		tr := translator(t, lang)
		commands := map[string]bool{}
		for _, cmd := range core.Commands() {
			for _, id := range strings.Fields(cmd.Words) {
				if id != core.Number && !cmd.Reply {
					for _, w := range tr.Words(id) {
						commands[w] = true
					}
				}
			}
		}
		found := 0
		for _, f := range content.Flows {
			for _, id := range f.StepIDs() {
				for _, ch := range f.Step(id).Choices {
					if ch.Words == "" {
						continue
					}
					for _, w := range tr.Words(ch.Words) {
						found++
						if _, err := strconv.Atoi(w); err == nil || commands[w] || w != strings.ToLower(w) {
							t.Errorf("%s: %s of %s: %q is a command word, a number or not in lower case", lang, ch.Words, id, w)
						}
					}
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: no answer has words", lang)
		}
	}
}

// A choice is answered by its word as by its number, in any case; the
// prompt names a word.
func TestAnAnswerByItsWord(t *testing.T) {
	ts := run(t, "da", "platform", lines("iPhone"))
	ts.sees(ts.msg("plain.prompt-choose-words", text.Data{"Word": "android"}), ts.msg("step.app-download.title"))
	if p := ts.lastSaved(); p.Choices["platform"] != "ios" {
		t.Errorf("saved %q for the platform, want ios", p.Choices["platform"])
	}
}
