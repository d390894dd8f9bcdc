package steps_test

import (
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Random journeys, as a corrections folder could bring them, driven by
// random actions through the core and by random keys and lines through
// both front-ends: a journey the guide accepts never makes it panic, and
// one it cannot walk is refused when the folder is read (the reliability
// review of December 2026 found six crash classes this way). Seeded, so a
// failure repeats: the message names the seed and prints the journey.

// generatedJourney is a random journey file, with words of the built-in
// content. It may hold what no journey should: empty stages, choices
// without answers, typing steps without fields, conditions on anything,
// reviews of anything.
func generatedJourney(r *rand.Rand, id string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id = %q\ntitle = \"flow.find-account.title\"\nintro = \"flow.find-account.intro\"\n", id)
	fmt.Fprintf(&b, "situation = \"flow.find-account.situation\"\nchecked = 2026-11-23\nsources = [\"seed-001\"]\n")
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	kinds := []string{"read", "choose", "type", "qr", "wait", "review"}
	var choices, fields []string // "step=value" and field ids made so far
	n := 0
	for s := range 1 + r.IntN(3) {
		fmt.Fprintf(&b, "\n[[stages]]\nid = \"s%d\"\ntitle = \"stage.1.title\"\nshort = \"stage.1.short\"\n", s)
		for range r.IntN(5) {
			n++
			step, kind := fmt.Sprintf("t%d", n), pick(kinds...)
			fmt.Fprintf(&b, "\n[[stages.steps]]\nid = %q\nkind = %q\nsource = \"001 etape 1\"\n", step, kind)
			fmt.Fprintf(&b, "title = %q\n", pick("step.needs.title", "step.email.title", "step.platform.title"))
			fmt.Fprintf(&b, "help = [{ text = %q }]\nbody = [{ text = %q }]\n", pick("step.needs.help", "step.email.help"),
				pick("step.needs.body", "step.platform.body"))
			if r.IntN(3) == 0 {
				fmt.Fprintf(&b, "device = %q\n", pick("phone", "computer"))
			}
			if r.IntN(4) == 0 {
				fmt.Fprintf(&b, "link = { address = %q }\n", pick("log-in", "rcam", "portal"))
			}
			if r.IntN(5) == 0 {
				b.WriteString("look-away = true\n")
			}
			if len(choices) > 0 && r.IntN(3) == 0 {
				c := choices[r.IntN(len(choices))]
				if r.IntN(3) == 0 {
					c = strings.Replace(c, "=", "!=", 1)
				}
				if r.IntN(6) == 0 { // a condition on its own choice, or one to come
					c = step + "=a0"
				}
				fmt.Fprintf(&b, "when = %q\n", c)
			}
			switch kind {
			case "choose":
				var cs []string
				for i := range r.IntN(4) {
					ch := fmt.Sprintf("{ value = \"a%d\", label = %q", i, pick("step.platform.android", "step.platform.ios"))
					if r.IntN(4) == 0 {
						ch += ", pause = true, then = [{ text = \"step.code-received.no-then\" }]"
					}
					cs = append(cs, ch+" }")
					choices = append(choices, fmt.Sprintf("%s=a%d", step, i))
				}
				fmt.Fprintf(&b, "choices = [%s]\n", strings.Join(cs, ", "))
			case "type":
				var fs []string
				for i := range r.IntN(4) {
					field := fmt.Sprintf("%sf%d", step, i)
					f := fmt.Sprintf("{ id = %q, label = \"step.email.label\", max = %d, check = %q", field, r.IntN(50), pick("email", "pin", "device-name", "name", "birth-date"))
					if r.IntN(3) == 0 {
						f += ", secret = true"
					}
					if r.IntN(3) == 0 {
						f += ", twice = true, again = \"step.pin.again\", mismatch = \"pin-mismatch\""
					}
					if r.IntN(4) == 0 {
						f += ", optional = true"
					}
					fs = append(fs, f+" }")
					fields = append(fields, field)
				}
				fmt.Fprintf(&b, "fields = [%s]\n", strings.Join(fs, ", "))
			case "review":
				var rs []string
				for range r.IntN(4) {
					if len(fields) > 0 && r.IntN(4) > 0 {
						rs = append(rs, fmt.Sprintf("%q", fields[r.IntN(len(fields))]))
					} else {
						rs = append(rs, "\"nope\"")
					}
				}
				fmt.Fprintf(&b, "reviews = [%s]\n", strings.Join(rs, ", "))
			}
		}
	}
	return b.String()
}

// generated loads a random journey as a corrections folder would bring
// it: its flow, or nil when the guide refuses it.
func generated(t *testing.T, seed uint64) (string, *flow.Flow, content.Content) {
	r := rand.New(rand.NewPCG(seed, 0))
	id := fmt.Sprintf("g%d", seed)
	journey := generatedJourney(r, id)
	built, err := steps.WithFolder(fstest.MapFS{"journeys/" + id + ".toml": {Data: []byte(journey)}})
	if err != nil {
		return journey, nil, built
	}
	return journey, built.Flow(id), built
}

// guarded runs f and reports a panic as a failure naming the journey.
func guarded(t *testing.T, what, journey string, f func()) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("%s panicked: %v\n%s\nthe journey:\n%s", what, p, debug.Stack(), journey)
		}
	}()
	f()
}

func newGeneratedCore(t *testing.T, f *flow.Flow, built content.Content, tr *text.Translator) *core.Core {
	t.Helper()
	c, err := core.New(core.Options{Flow: f, Text: tr, Journeys: built.Flows, Topics: built.Topics,
		Save: func(flow.Progress) string { return "" }, OpenURL: func(string) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestGeneratedJourneysNeverBreakTheGuide(t *testing.T) {
	const journeys = 300
	tr := translator(t, "da")
	accepted := 0
	for seed := range uint64(journeys) {
		journey, f, built := generated(t, seed)
		if f == nil {
			continue
		}
		accepted++
		r := rand.New(rand.NewPCG(seed, 1))
		what := fmt.Sprintf("seed %d", seed)

		// The core, by random offers of each frame.
		c := newGeneratedCore(t, f, built, tr)
		guarded(t, what+", the core", journey, func() {
			for range 200 {
				fr := c.Frame()
				if len(fr.Offers) == 0 {
					break
				}
				o := fr.Offers[r.IntN(len(fr.Offers))]
				if fr.Focus >= 0 && r.IntN(3) == 0 {
					c.Edit(fr.Focus, []string{"", "a@mail.dk", "2580", "Åse", "24-12-1948", "x"}[r.IntN(6)])
				}
				c.Do(o.Action, r.IntN(max(1, o.Count)))
			}
		})

		// The full screen, by random keys in a window of random size.
		keys := []tea.KeyMsg{{Type: tea.KeyEnter}, {Type: tea.KeyEsc}, {Type: tea.KeyUp}, {Type: tea.KeyDown},
			{Type: tea.KeyTab}, {Type: tea.KeyF1}, {Type: tea.KeyPgDown}, {Type: tea.KeyCtrlK},
			{Type: tea.KeyRunes, Runes: []rune("?")}, {Type: tea.KeyRunes, Runes: []rune("s")},
			{Type: tea.KeyRunes, Runes: []rune("1")}, {Type: tea.KeyRunes, Runes: []rune("2")},
			{Type: tea.KeyRunes, Runes: []rune("h")}, {Type: tea.KeyRunes, Runes: []rune("q")},
			{Type: tea.KeyRunes, Runes: []rune("n")}, {Type: tea.KeyRunes, Runes: []rune("a")}}
		var model tea.Model = fullscreen.New(newGeneratedCore(t, f, built, tr), fullscreen.WithLetterWait(0))
		guarded(t, what+", the full screen", journey, func() {
			model = update(model, tea.WindowSizeMsg{Width: 50 + r.IntN(70), Height: 16 + r.IntN(30)})
			for range 200 {
				model = update(model, keys[r.IntN(len(keys))])
				_ = model.View()
			}
		})
		if m := model.(*fullscreen.Model); m.Crashed() {
			t.Fatalf("%s: the full screen met an error of its own\nthe journey:\n%s", what, journey)
		}

		// The plain mode, by random lines.
		words := []string{"", "1", "2", "3", "tilbage", "hjælp", "emner", "forløb", "nej", "a@mail.dk", "2580"}
		var lines []string
		for range 100 {
			lines = append(lines, words[r.IntN(len(words))])
		}
		var out strings.Builder
		done := make(chan any, 1)
		go func() {
			defer func() { done <- recover() }()
			_ = plain.Run(newGeneratedCore(t, f, built, tr), strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, nil)
		}()
		select {
		case p := <-done:
			if p != nil {
				t.Fatalf("%s, the plain mode panicked: %v\nthe journey:\n%s", what, p, journey)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the plain mode did not end when its input did\nthe journey:\n%s\nit printed:\n%s", what, journey, out.String())
		}
	}
	if accepted < journeys/10 {
		t.Fatalf("only %d of %d random journeys were accepted: the generator tries too little that is valid", accepted, journeys)
	}
	t.Logf("%d of %d random journeys accepted and walked", accepted, journeys)
}
