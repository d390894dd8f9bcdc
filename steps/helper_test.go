package steps_test

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Issue 21: helper mode, over every EU Login journey.

// A sentence of a step's Danish words that has the member type, choose or
// use a secret: a verb of doing and a password, a PIN, a fingerprint or a
// face (the password chosen in EU Login's list, [Password], too).
var (
	secretVerb = regexp.MustCompile(`(?i)\b(skriv|skrive|godkend|brug|bruge|vælg|vælge|røre)\b`)
	secretNoun = regexp.MustCompile(`(?i)\bdit password\b|\bdin pinkode\b|\bet nyt password\b|\bEU Login-password\b|fingeraftryk|ansigtsgenkendelse|\[Password\]`)
	sentence   = regexp.MustCompile(`[.?!]\s+|\n`)
)

// notHere are the steps whose words name a secret that is typed elsewhere
// or only by chance: each has a note telling the helper when to look away.
var notHere = map[string]string{
	"app-needs":      "it lists what to have ready",
	"next-time":      "it tells how to log in another day",
	"pw-expired":     "the new password is chosen on the next step, which has a look-away screen",
	"email-link":     "the new password is chosen on the next step, which has a look-away screen",
	"create-account": "the helper may type the name and e-mail here; a password only if the page asks",
}

// typesASecret reports whether the step has a secret typed, chosen or used
// on it, by its fields or its Danish words (any paragraph of its body or
// warnings, whatever the answers).
func typesASecret(st *flow.Step, tr *text.Translator) bool {
	for _, fl := range st.Fields {
		if fl.Secret {
			return true
		}
	}
	for _, p := range append(append([]flow.Text{}, st.Body...), st.Warnings...) {
		for _, s := range sentence.Split(tr.T(p.ID), -1) {
			if secretVerb.MatchString(s) && secretNoun.MatchString(s) {
				return true
			}
		}
	}
	return false
}

// Every step of every journey where a password or PIN is typed or chosen,
// or a fingerprint or face used, has a look-away screen: a journey that
// gains one without fails here.
func TestEverySecretStepHasALookAway(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	tr := translator(t, "da")
	looked := 0
	for _, f := range content.Flows {
		for _, id := range f.StepIDs() {
			st := f.Step(id)
			if st.LookAway {
				looked++
			}
			secret := typesASecret(st, tr)
			switch why, excused := notHere[id]; {
			case secret && excused && !saysLookAway(t, st):
				t.Errorf("%s/%s names a secret (%s) but its note for the helper does not say when to look away", f.ID, id, why)
			case secret && !excused && !st.LookAway:
				t.Errorf("%s/%s has a secret typed, chosen or used, but no look-away = true", f.ID, id)
			case st.LookAway && !secret:
				t.Errorf("%s/%s has look-away = true, but no secret the test can find: does it need one?", f.ID, id)
			}
		}
	}
	if looked < 20 {
		t.Errorf("only %d steps have a look-away screen", looked)
	}
}

// saysLookAway reports whether the step's notes for the helper say to
// look away, in both languages.
func saysLookAway(t *testing.T, st *flow.Step) bool {
	for lang, words := range map[string]string{"da": "se væk", "en": "look away"} {
		tr, said := translator(t, lang), false
		for _, p := range st.Helper {
			said = said || strings.Contains(strings.ToLower(tr.T(p.ID)), words)
		}
		if !said {
			return false
		}
	}
	return true
}

// Every step of every journey, the library's shared steps and each
// journey's own, has a note for the helper, in both languages, written in
// each language's own file.
func TestEveryStepHasAHelperNoteInBothLanguages(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, lang := range []string{"da", "en"} {
		msgs, err := text.Messages(locales.Files, lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range content.Flows {
			for _, id := range f.StepIDs() {
				seen[id] = true
				st := f.Step(id)
				if len(st.Helper) == 0 {
					t.Errorf("%s/%s: a step with no note for the helper", f.ID, id)
				}
				for _, p := range st.Helper {
					if strings.TrimSpace(msgs[p.ID]["other"]) == "" {
						t.Errorf("%s: the helper's note %s of %s is not written", lang, p.ID, id)
					}
				}
			}
		}
	}
	if len(seen) < 90 { // the eight journeys reach 95 steps: a test that read none would pass
		t.Fatalf("only %d steps in the journeys", len(seen))
	}
}

// helperAt is the options of helper mode for the member Hanne Holm, at
// step id of journey f.
func helperAt(t *testing.T, f *flow.Flow, id string) core.Options {
	opts := core.Options{Flow: f, Helper: true, Profile: "Hanne Holm", StartAt: id}
	allJourneys(t)(&opts)
	opts.Ask = false
	return opts
}

// In helper mode, at every step of every journey, in both languages and
// both front-ends: the helper's rules ("Trin 0") come first, then before
// a secret step the look-away screen, saying the member presses Enter, and
// then the step, with its note for the helper; the member's name on each.
func TestHelperModeShowsTheRulesAndTheLookAwayScreenBeforeEachSecretStep(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		name := tr.T("app.profile", text.Data{"Profile": "Hanne Holm"})
		for _, f := range content.Flows {
			t.Run(lang+" "+f.ID, func(t *testing.T) {
				t.Parallel()
				for _, id := range f.StepIDs() {
					st := f.Step(id)
					want := []string{tr.T("helper.rules-title"), tr.T("helper.rules-may-not")}
					if st.LookAway {
						want = append(want, tr.T("look-away.title"), tr.T("look-away.body-named", map[string]any{"Profile": "Hanne Holm"}),
							tr.T("look-away.next", map[string]any{"Step": tr.T(st.Title)}))
					}
					want = append(want, tr.T(st.Title))
					if len(st.Helper) > 0 {
						want = append(want, tr.T("app.helper-prefix"))
					}
					enters := 1 // past the rules, and the look-away screen where there is one
					if st.LookAway {
						enters = 2
					}
					screens := fullScreens(t, tr, helperAt(t, f, id), enters)
					said := lineMode(t, tr, helperAt(t, f, id), strings.Repeat("\n", enters))
					for front, shown := range map[string]string{"full screen": flatten(strings.Join(screens, "\n")), "line mode": said} {
						wanted := want
						if front == "line mode" {
							wanted = spokenAll(tr, want)
						}
						if at := inOrder(shown, wanted); at >= 0 {
							t.Errorf("%s, %s at %s: %q is not where it belongs:\n%s", front, lang, id, wanted[at], shown)
						}
						if !st.LookAway && strings.Contains(shown, tr.T("look-away.title")) {
							t.Errorf("%s, %s at %s: a look-away screen before a step with no secret", front, lang, id)
						}
					}
					for i, s := range screens {
						if !strings.Contains(s, name) {
							t.Errorf("full screen, %s at %s: screen %d does not name the member:\n%s", lang, id, i+1, s)
						}
					}
					if n := strings.Count(said, name); n < 2 {
						t.Errorf("line mode, %s at %s: the member is named %d times:\n%s", lang, id, n, said)
					}
				}
			})
		}
	}
}

// spokenAll are the texts as the line mode says them.
func spokenAll(tr *text.Translator, texts []string) []string {
	out := make([]string, len(texts))
	for i, s := range texts {
		out[i] = plaintest.Spoken(tr, s)
	}
	return out
}

// fullScreens are the screens of the full screen at the start and after
// each Enter.
func fullScreens(t *testing.T, tr *text.Translator, opts core.Options, enters int) []string {
	g := &guide{t: t, model: startGuide(t, tr, opts, 120, 80), tr: tr}
	screens := []string{stripANSI(g.model.View())}
	for range enters {
		g.press(tea.KeyEnter)
		screens = append(screens, stripANSI(g.model.View()))
	}
	return screens
}

// lineMode is what the line mode says, given the input, flattened.
func lineMode(t *testing.T, tr *text.Translator, opts core.Options, input string) string {
	opts.Text, opts.Save = tr, func(flow.Progress) string { return "" }
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := plain.Run(c, strings.NewReader(input), &out, nil); err != nil {
		t.Fatal(err)
	}
	return flatten(out.String())
}

// inOrder is the index of the first of want that s does not hold after
// the ones before it, or -1.
func inOrder(s string, want []string) int {
	for i, w := range want {
		at := strings.Index(s, flatten(w))
		if at < 0 {
			return i
		}
		s = s[at+len(flatten(w)):]
	}
	return -1
}

// Quitting in helper mode, from every journey, in both languages and both
// front-ends, shows the checklist with the member's name: signed out,
// browser closed, no password saved, the account off a borrowed phone.
// Enter there ends the guide.
func TestHelperModeShowsTheChecklistAtTheEnd(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		want := []string{tr.T("app.profile", text.Data{"Profile": "Hanne Holm"}), tr.T("helper.checklist-title"),
			tr.T("helper.checklist-body-named", text.Data{"Profile": "Hanne Holm"})}
		for _, item := range strings.Split(tr.T("helper.checklist"), "\n") { // a list: drawn with bullets in the full screen
			want = append(want, strings.TrimPrefix(item, "- "))
		}
		for _, f := range content.Flows {
			first := f.Stages[0].Steps[0].ID
			g := &guide{t: t, model: startGuide(t, tr, helperAt(t, f, first), 100, 40), tr: tr}
			g.press(tea.KeyEnter) // past the rules
			g.typeText("q")
			g.typeText(tr.Words("word.yes")[0][:1])
			if at := inOrder(flatten(stripANSI(g.model.View())), want); at >= 0 {
				t.Errorf("full screen, %s %s: the checklist does not show %q:\n%s", lang, f.ID, want[at], g.model.View())
			}
			if _, cmd := g.model.Update(tea.KeyMsg{Type: tea.KeyEnter}); cmd == nil || cmd() != tea.Quit() {
				t.Errorf("full screen, %s %s: Enter on the checklist does not end the guide", lang, f.ID)
			}
			quit := tr.Words("plain.word-quit")[0] + "\n" + tr.Words("word.yes")[0] + "\n"
			said := lineMode(t, tr, helperAt(t, f, first), "\n"+quit+"\n")
			if at := inOrder(said, spokenAll(tr, append(want, tr.T("plain.prompt-checklist")))); at >= 0 {
				t.Errorf("line mode, %s %s: the checklist does not say %q:\n%s", lang, f.ID, want[at], said)
			}
		}
	}
}
