package fullscreen

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// open makes a full screen at a place of the tea journey, in a window of 100x40.
func open(t *testing.T, p fixture.Place, opened *[]string) (*core.Core, *Model) {
	t.Helper()
	c := p.Open(t, "da", opened)
	m := New(c, WithLetterWait(0))
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	return c, m
}

// keyMsgs are the key presses of the key names bubbles/key uses.
var keyMsgs = map[string]tea.KeyMsg{
	"enter": {Type: tea.KeyEnter}, "esc": {Type: tea.KeyEsc}, "tab": {Type: tea.KeyTab},
	"shift+tab": {Type: tea.KeyShiftTab}, "up": {Type: tea.KeyUp}, "down": {Type: tea.KeyDown},
	"pgup": {Type: tea.KeyPgUp}, "pgdown": {Type: tea.KeyPgDown}, "f1": {Type: tea.KeyF1},
	"ctrl+c": {Type: tea.KeyCtrlC}, "ctrl+k": {Type: tea.KeyCtrlK}, "ctrl+o": {Type: tea.KeyCtrlO},
	"home": {Type: tea.KeyHome}, "ctrl+home": {Type: tea.KeyCtrlHome}, "ctrl+g": {Type: tea.KeyCtrlG},
}

func keyMsg(t *testing.T, k string) tea.KeyMsg {
	if msg, ok := keyMsgs[k]; ok {
		return msg
	}
	if len([]rune(k)) != 1 {
		t.Fatalf("no key press for %q", k)
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends a key and runs what it brings, as Bubble Tea does.
func press(m *Model, k tea.KeyMsg) {
	_, cmd := m.Update(k)
	for cmd != nil {
		msg := cmd()
		if _, quit := msg.(tea.QuitMsg); quit || msg == nil {
			return
		}
		_, cmd = m.Update(msg)
	}
}

// Every key hint on every screen names keys that do what the hint says:
// pressed, each does to the guide what the core's action does; a way to
// what another place offers (the help index, from a step) works without a
// hint. With a field to type into in focus, no key types a character, but
// `?` for help while the field is empty.
func TestEveryHintDoesWhatItSays(t *testing.T) {
	for _, p := range fixture.Places {
		t.Run(p.Name, func(t *testing.T) {
			var opened []string
			_, m := open(t, p, &opened)
			footer := flat(ansi.Strip(m.View()))
			hinted := 0
			for _, b := range m.keys {
				if b.action == core.Scroll {
					continue // told by the line saying more text follows, when it does
				}
				hint := b.Help().Key + " " + b.Help().Desc
				if on := strings.Contains(footer, hint); on == b.hidden {
					t.Errorf("the hint %q is on the screen: %v, but it is hidden: %v\n%s", hint, on, b.hidden, m.View())
				}
				hinted++
				for _, k := range b.Keys() {
					if typing(m.frame) != noTyping && types(k) && (k != "?" || typing(m.frame) != emptyField) {
						t.Errorf("%q is offered for %s in a field, where it types", k, b.action)
					}
					var gotOpened, wantOpened []string
					_, pressed := open(t, p, &gotOpened)
					press(pressed, keyMsg(t, k))
					want := p.Open(t, "da", &wantOpened)
					want.Do(b.action, meant(k))
					if got, w := pressed.c.Frame(), want.Frame(); !reflect.DeepEqual(got, w) {
						t.Errorf("%q (%s) did not do what %s does:\ngot  %+v\nwant %+v", k, hint, b.action, got, w)
					}
					if !reflect.DeepEqual(gotOpened, wantOpened) {
						t.Errorf("%q opened %v, the action %v", k, gotOpened, wantOpened)
					}
				}
			}
			if hinted == 0 {
				t.Fatal("no key is offered")
			}
		})
	}
}

// meant is the number a key stands for, as a user reads it, not as the
// binding under test says: ↓ and Tab the next, ↑ and Shift+Tab the one
// before, a digit the answer of that number.
func meant(k string) int {
	switch k {
	case "down", "tab":
		return 1
	case "up", "shift+tab":
		return -1
	}
	if n, err := strconv.Atoi(k); err == nil {
		return n - 1
	}
	return 0
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// Letters typed quickly where the guide asks for none are typing meant for
// another window: they open neither the browser nor the quit question, and
// the guide says so. A lone command letter works once no other follows.
func TestTypingMeantForTheBrowserOpensNothing(t *testing.T) {
	var opened []string
	c, m := open(t, fixture.Place{Opts: fixture.At("kettle")}, &opened)
	var cmds []tea.Cmd
	for _, r := range "bent.q@mail" {
		_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds { // the timers of every letter run out, in order
		m.Update(cmd())
	}
	if f := c.Frame(); len(opened) > 0 || f.Place != core.StepScreen || len(f.Panels) > 0 {
		t.Fatalf("typing opened something: browser %v, place %v, panels %v", opened, f.Place, f.Panels)
	}
	if !strings.Contains(flat(ansi.Strip(m.View())), flat(c.Text().T("app.typing-here"))) {
		t.Fatalf("the guide does not say that the typing belongs elsewhere:\n%s", m.View())
	}
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("k")})
	if _, shown := c.Frame().Panel(core.QRCode); !shown {
		t.Fatal("a lone k did not show the QR code")
	}
}

// A screen too long for its window says so with the key that scrolls it,
// and that key scrolls it.
func TestALongScreenScrollsWithTheKeyItNames(t *testing.T) {
	var opened []string
	_, m := open(t, fixture.Place{Opts: longNotice}, &opened)
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 16})
	if m.Overflow() == 0 {
		t.Fatalf("the start screen with a notice fits at 50x16: the test needs a longer one:\n%s", m.View())
	}
	before := ansi.Strip(m.View())
	if !strings.Contains(before, "↓: "+m.t("app.more-below")) {
		t.Fatalf("the screen does not say that more follows, with its key:\n%s", before)
	}
	for range m.Overflow() + 1 {
		press(m, tea.KeyMsg{Type: tea.KeyDown})
	}
	if after := ansi.Strip(m.View()); after == before || strings.Contains(after, m.t("app.more-below")) {
		t.Fatalf("down did not scroll to the end:\n%s", after)
	}
}

// longNotice makes the first screen (the start screen, or the first
// question) longer than two windows of 50x16: a notice naming many
// profiles is told on it.
func longNotice(o *core.Options) {
	var profiles []string
	for i := range 40 {
		profiles = append(profiles, "Profil "+strconv.Itoa(i+1))
	}
	o.Notices = []core.Notice{{ID: "save.other-profiles", Data: text.Data{"Profile": "Åse", "Profiles": strings.Join(profiles, ", ")}}}
}
