package steps_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// keyFor turns one byte of fuzz input into a key a user could press.
var keyFor = []tea.KeyMsg{
	{Type: tea.KeyEnter}, {Type: tea.KeyEsc}, {Type: tea.KeyUp}, {Type: tea.KeyDown},
	{Type: tea.KeyPgDown}, {Type: tea.KeyBackspace}, {Type: tea.KeyF1}, {Type: tea.KeyCtrlC},
	{Type: tea.KeyCtrlU}, {Type: tea.KeyTab}, {Type: tea.KeyRunes, Runes: []rune("?")}, {Type: tea.KeyRunes, Runes: []rune("q")},
	{Type: tea.KeyRunes, Runes: []rune("n")}, {Type: tea.KeyRunes, Runes: []rune("k")},
	{Type: tea.KeyRunes, Runes: []rune("i")}, {Type: tea.KeyRunes, Runes: []rune("2")},
	{Type: tea.KeyRunes, Runes: []rune("æ")}, {Type: tea.KeyRunes, Runes: []rune("🙂")},
	{Type: tea.KeyRunes, Runes: []rune("漢字")}, {Type: tea.KeyRunes, Runes: []rune("1234")},
	{Type: tea.KeyRunes, Runes: []rune("Åse.Ærø@mail.dk 24-12-1948 0O12 abc-def")},
	{Type: tea.KeyRunes, Runes: []rune("Kaffe&Kage42")},
	{Type: tea.KeyRunes, Runes: []rune("s")}, {Type: tea.KeyRunes, Runes: []rune("h")},
}

// Whatever is pressed, on whatever step of whatever journey, in whatever
// window, the guide never panics and never draws a frame taller or wider
// (in terminal cells) than the window. The first byte picks the step to
// start at, or the first question: every step of every journey is reached,
// and from the first question the help index and its topics.
func FuzzKeysNeverBreakTheScreen(f *testing.F) {
	f.Add(byte(0), []byte{0, 0, 1, 20, 0, 2, 3, 0}, uint8(80), uint8(24))
	f.Add(byte(9), []byte{21, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, uint8(50), uint8(16))
	f.Add(byte(21), []byte{20, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3}, uint8(60), uint8(16))
	f.Add(byte(4), []byte{12, 13, 13, 4, 4, 4, 6, 1, 7, 11}, uint8(120), uint8(40))
	f.Add(byte(35), []byte{3, 3, 0, 0, 23, 10, 22, 0, 1, 1, 0}, uint8(80), uint8(24)) // a journey, help, the index, a topic
	f.Add(byte(100), []byte{20, 0, 3, 3, 6, 1, 1, 7, 0}, uint8(50), uint8(16))        // another journey's step
	tr := translator(f, "da")
	content, err := steps.BuiltIn()
	if err != nil {
		f.Fatal(err)
	}
	// new-account's steps first, then the first question (""), then the
	// other journeys': the seeds found on new-account alone keep their start.
	type start struct {
		journey *flow.Flow
		step    string
	}
	newAccount := content.Flow("new-account")
	var starts []start
	for _, id := range append(newAccount.StepIDs(), "") {
		starts = append(starts, start{newAccount, id})
	}
	for _, j := range content.Flows {
		for _, id := range j.StepIDs() {
			if j != newAccount {
				starts = append(starts, start{j, id})
			}
		}
	}
	if len(starts) > 256 {
		f.Fatalf("%d steps to start at, more than a byte picks", len(starts))
	}
	f.Fuzz(func(t *testing.T, step byte, keys []byte, width, height uint8) {
		w, h := max(int(width), 1), max(int(height), 1)
		s := starts[int(step)%len(starts)]
		opts := core.Options{Flow: s.journey, StartAt: s.step, Journeys: content.Flows, Topics: content.Topics, Ask: true}
		model := startGuide(t, tr, opts, w, h)
		for _, b := range keys {
			model = update(model, keyFor[int(b)%len(keyFor)])
			lines := strings.Split(model.View(), "\n")
			if len(lines) > max(h, 1) {
				t.Fatalf("a frame of %d lines in a window of %d:\n%s", len(lines), h, model.View())
			}
			for _, line := range lines {
				if n := ansi.StringWidth(line); n > max(w, 10) {
					t.Fatalf("a line of %d cells in a window of %d: %q", n, w, line)
				}
			}
		}
	})
}
