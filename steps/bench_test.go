package steps_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/benchmark"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The work of one key press (Update, and View of the whole screen) on the
// real journey at 120x40 in colour, side by side with the floor: a bare
// Bubble Tea model that holds only a bubbles text input styled with Lip
// Gloss, given a key in the same loop. The goal is at most 2x the bare
// model's work ("x-bare" at most 2).
//
// The two take turns, a block of keyBlock keys each (in turn which goes
// first), timed apart: both see the same load on a shared machine, and
// neither runs in caches the other has just filled with its own work (as
// they would taking turns key by key). Reported:
//
//	ns/op, B/op, allocs/op  one key press of the guide
//	bare-ns/key, bare-B/key, bare-allocs/key  one key press of the bare model
//	x-bare     the guide's time over the bare model's: the median of the
//	           blocks' ratios, which the odd stall of a busy machine moves little
//	x-bare-allocs  the same for allocations
//
// Allocations are counted in a pass of their own after the timed loop,
// over whole rounds of the keys.
//
//	go test -run '^$' -bench KeyPress -benchtime 3000x ./steps/

// The window of the key-press benchmarks; the bare model's field is as
// wide as the guide's in it.
const benchWidth, benchHeight = 120, 40

// keyBlock is how many keys the guide and the bare model are given in turn.
const keyBlock = 64

// bareField is the floor: a text input with a bold label and a dimmed
// example above it, a "> " prompt and a static cursor, as the guide draws
// its field, and nothing else.
type bareField struct {
	input          textinput.Model
	label, example string
	labelStyle     lipgloss.Style
	exampleStyle   lipgloss.Style
}

func newBareField(secret bool, limit int) *bareField {
	in := textinput.New()
	in.CharLimit = limit
	in.Width = min(benchWidth, 76) - 6
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Prompt = "> "
	if secret {
		in.EchoMode = textinput.EchoPassword
		in.EchoCharacter = '*'
	}
	in.Focus()
	return &bareField{input: in, label: "Din e-mailadresse", example: "Fx: anna.jensen@mail.dk",
		labelStyle:   lipgloss.NewStyle().Bold(true),
		exampleStyle: lipgloss.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#555555", Dark: "#AAAAAA"})}
}

func (m *bareField) Init() tea.Cmd { return nil }

func (m *bareField) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyCtrlC {
		return m, tea.Quit
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

func (m *bareField) View() string {
	return m.labelStyle.Render(m.label) + "\n" + m.exampleStyle.Render(m.example) + "\n" + m.input.View()
}

// typing is the keys of typing s rune by rune and then erasing it with
// Ctrl+U, as someone who got it wrong does.
func typing(s string) []tea.KeyMsg {
	var keys []tea.KeyMsg
	for _, r := range s {
		keys = append(keys, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return append(keys, tea.KeyMsg{Type: tea.KeyCtrlU})
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// player is a model given keys in a round, one key a press, the screen
// drawn after each as Bubble Tea does.
type player struct {
	model tea.Model
	keys  []tea.KeyMsg
	next  int
}

// press gives the next key, carries out what it brings (a command letter's
// timer, here without the wait) and draws the screen.
func (p *player) press() {
	p.model = update(p.model, p.keys[p.next])
	_ = p.model.View()
	p.next = (p.next + 1) % len(p.keys)
}

// timed is n presses, timed.
func (p *player) timed(n int) time.Duration {
	start := time.Now()
	for range n {
		p.press()
	}
	return time.Since(start)
}

// allocsPerKey counts the allocations of whole rounds of keys.
func (p *player) allocsPerKey() (allocs, bytes float64) {
	n := len(p.keys) * max(1, 1000/len(p.keys))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range n {
		p.press()
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / float64(n), float64(after.TotalAlloc-before.TotalAlloc) / float64(n)
}

// sideBySide gives guide and bare b.N keys each, in blocks taken in turn,
// and reports both and their ratio.
func sideBySide(b *testing.B, guide, bare *player) {
	for range 2 * len(guide.keys) * len(bare.keys) { // warm the caches: the first screen is not a key press
		guide.press()
		bare.press()
	}
	b.ReportAllocs()
	b.ResetTimer()
	var tg, tb time.Duration
	var ratios []float64
	for i := 0; i < b.N; i += keyBlock {
		n := min(keyBlock, b.N-i)
		var g, f time.Duration
		if i/keyBlock%2 == 0 {
			g = guide.timed(n)
			f = bare.timed(n)
		} else {
			f = bare.timed(n)
			g = guide.timed(n)
		}
		tg, tb = tg+g, tb+f
		ratios = append(ratios, float64(g)/float64(f))
	}
	b.StopTimer()
	ga, gb := guide.allocsPerKey()
	ba, bb := bare.allocsPerKey()
	n := float64(b.N)
	b.ReportMetric(float64(tg.Nanoseconds())/n, "ns/op")
	b.ReportMetric(ga, "allocs/op")
	b.ReportMetric(gb, "B/op")
	b.ReportMetric(float64(tb.Nanoseconds())/n, "bare-ns/key")
	b.ReportMetric(ba, "bare-allocs/key")
	b.ReportMetric(bb, "bare-B/key")
	b.ReportMetric(benchmark.Median(ratios), "x-bare")
	b.ReportMetric(ga/ba, "x-bare-allocs")
}

// guideAt opens the real journey at step, at 120x40 in colour.
func guideAt(b *testing.B, step string) tea.Model {
	return startGuide(b, translator(b, "da"), core.Options{StartAt: step, Colour: true}, benchWidth, benchHeight)
}

const (
	benchEmail    = "anna.jensen@mail.dk"
	benchPassword = "Kaffe&Kage42" // 12 characters, every rule met at the end
)

// Typing an e-mail address: each key re-checks the address and redraws the
// step, its field and its keys. The bare model types the same keys.
func BenchmarkKeyPressEmail(b *testing.B) {
	keys := typing(benchEmail)
	guide := &player{model: guideAt(b, "email"), keys: keys}
	focused(b, guide.model, false)
	sideBySide(b, guide, &player{model: newBareField(false, 254), keys: keys})
}

// Typing a password, with the e-mail address typed before (so the rule
// "not your e-mail address" is checked): each key re-checks every rule and
// redraws the checklist. The bare model types the same keys, hidden.
func BenchmarkKeyPressPassword(b *testing.B) {
	model := guideAt(b, "email")
	for _, k := range typing(benchEmail)[:len(benchEmail)] {
		model = update(model, k)
	}
	for range 3 { // the address, then "create the account", "the e-mail with the link"
		model = update(model, tea.KeyMsg{Type: tea.KeyEnter})
	}
	focused(b, model, true)
	keys := typing(benchPassword)
	sideBySide(b, &player{model: model, keys: keys}, &player{model: newBareField(true, 200), keys: keys})
}

// Showing and hiding the QR code of EU Login's address beside its step's
// text with "k": every press changes the screen. The bare model's key
// press is typing the e-mail address.
func BenchmarkKeyPressQRToggle(b *testing.B) {
	model := guideAt(b, "open-login")
	_, shown := model.(*fullscreen.Model).Frame().Panel(core.QRCode)
	if _, now := update(model, runes("k")).(*fullscreen.Model).Frame().Panel(core.QRCode); now == shown {
		b.Fatal(`"k" does not change the QR code`)
	}
	keys := []tea.KeyMsg{runes("k"), runes("k")}
	sideBySide(b, &player{model: model, keys: keys}, &player{model: newBareField(false, 254), keys: typing(benchEmail)})
}

// Typing an e-mail address in the e-mail box of the e-mail page's sketch,
// in a rehearsal (issue 20): each key re-checks the address and redraws
// the sketch in its frame. The bare model types the same keys.
func BenchmarkKeyPressSketch(b *testing.B) {
	model := startGuide(b, translator(b, "da"), core.Options{StartAt: "email", Colour: true, Mode: core.Rehearsal}, benchWidth, benchHeight)
	model = update(model, tea.KeyMsg{Type: tea.KeyEnter})
	if f := model.(*fullscreen.Model).Frame(); f.Place != core.SketchScreen {
		b.Fatalf("Enter on the e-mail step in a rehearsal shows %v, not its sketch", f.Place)
	}
	focused(b, model, false)
	keys := typing(benchEmail)
	sideBySide(b, &player{model: model, keys: keys}, &player{model: newBareField(false, 254), keys: keys})
}

// focused fails unless the guide shows a field in focus, secret or not.
func focused(b *testing.B, model tea.Model, secret bool) {
	b.Helper()
	f := model.(*fullscreen.Model).Frame()
	if f.Focus < 0 || (f.Fields[f.Focus].Kind == core.SecretField) != secret {
		b.Fatalf("no field in focus (secret: %v): %+v", secret, f)
	}
}

// Start-up work, measured apart: the message bundle, the journey, the saved
// progress. The floor is 5 ms for all three.

func BenchmarkStartupMessages(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := text.Load(locales.Files, "da", locales.Default); err != nil {
			b.Fatal(err)
		}
	}
}

// The built-in content ready for the first screen: the messages of the
// user's language and the journeys, read (not checked: the tests check
// them). The floor is 2 ms.
func BenchmarkStartupContent(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := text.Load(locales.Files, "da", locales.Default); err != nil {
			b.Fatal(err)
		}
		if _, err := steps.BuiltIn(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStartupJourney(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		_ = steps.NewAccount()
	}
}

func BenchmarkStartupProgress(b *testing.B) {
	st := store.Store{Dir: b.TempDir()}
	s := flow.NewSession(steps.NewAccount())
	_ = s.GoTo("check-answers")
	if err := st.Save(store.DefaultProfile, s.Progress()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		p, found, err := st.Load(store.DefaultProfile)
		if err != nil || !found {
			b.Fatal(found, err)
		}
		if err := flow.NewSession(steps.NewAccount()).Restore(p); err != nil {
			b.Fatal(err)
		}
	}
}

// All of the guide's own work to its first screen, as the command does it
// (messages, journey, core, full-screen model, first View of the start
// screen at 80x24), beside the bare model's (a new text input and its
// first View). What comes before (the process, package inits, the
// terminal's colour query) and after (Bubble Tea's first frame tick) is in
// BenchmarkFirstScreen of cmd/eulogin-guide.
func BenchmarkStartupFirstView(b *testing.B) {
	b.ReportAllocs()
	var tg, tb time.Duration
	for i := range b.N {
		guide := func() {
			start := time.Now()
			tr, err := text.Load(locales.Files, "da", locales.Default)
			if err != nil {
				b.Fatal(err)
			}
			c, err := core.New(core.Options{Flow: steps.NewAccount(), Text: tr, Colour: true,
				Save: func(flow.Progress) string { return "" }})
			if err != nil {
				b.Fatal(err)
			}
			model, _ := fullscreen.New(c).Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			_ = model.View()
			tg += time.Since(start)
		}
		bare := func() {
			start := time.Now()
			model, _ := newBareField(false, 254).Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			_ = model.View()
			tb += time.Since(start)
		}
		if i%2 == 0 {
			guide()
			bare()
		} else {
			bare()
			guide()
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tg.Nanoseconds())/n, "ns/op")
	b.ReportMetric(float64(tb.Nanoseconds())/n, "bare-ns/op")
	b.ReportMetric(float64(tg)/float64(tb), "x-bare")
}
