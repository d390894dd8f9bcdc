package steps_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// keyFor turns one byte of fuzz input into a key a user could press.
var keyFor = []tea.KeyMsg{
	{Type: tea.KeyEnter}, {Type: tea.KeyEsc}, {Type: tea.KeyUp}, {Type: tea.KeyDown},
	{Type: tea.KeyPgDown}, {Type: tea.KeyBackspace}, {Type: tea.KeyF1}, {Type: tea.KeyCtrlC},
	{Type: tea.KeyCtrlU}, {Type: tea.KeyRunes, Runes: []rune("?")}, {Type: tea.KeyRunes, Runes: []rune("q")},
	{Type: tea.KeyRunes, Runes: []rune("n")}, {Type: tea.KeyRunes, Runes: []rune("k")},
	{Type: tea.KeyRunes, Runes: []rune("i")}, {Type: tea.KeyRunes, Runes: []rune("2")},
	{Type: tea.KeyRunes, Runes: []rune("æ")}, {Type: tea.KeyRunes, Runes: []rune("🙂")},
	{Type: tea.KeyRunes, Runes: []rune("Åse.Ærø@mail.dk 24-12-1948 0O12 abc-def")},
}

// Whatever is pressed, in whatever window, the guide never panics, never
// draws a line wider than the window.
func FuzzKeysNeverBreakTheScreen(f *testing.F) {
	f.Add([]byte{0, 0, 1, 17, 0, 2, 3, 0}, uint8(80), uint8(24))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 9, 9, 0, 0}, uint8(50), uint8(16))
	f.Add([]byte{12, 13, 13, 4, 4, 4, 6, 1, 7, 11}, uint8(120), uint8(40))
	tr := translator(f, "da")
	f.Fuzz(func(t *testing.T, keys []byte, width, height uint8) {
		w, h := max(int(width), 1), max(int(height), 1)
		model := startGuide(t, tr, core.Options{StartAt: "platform"}, w, h)
		for _, b := range keys {
			model = update(model, keyFor[int(b)%len(keyFor)])
			for _, line := range strings.Split(stripANSI(model.View()), "\n") {
				if n := utf8.RuneCountInString(line); n > max(w, 10) {
					t.Fatalf("a line of %d columns in a window of %d: %q", n, w, line)
				}
			}
		}
	})
}
