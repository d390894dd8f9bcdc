package steps_test

import (
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
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
				w := walkJourney(t, lang, f, platforms(f)[0])
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
