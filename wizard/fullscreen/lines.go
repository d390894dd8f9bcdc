package fullscreen

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// A person who cannot see the screen must hear first how to reach the
// line mode: the first line of the first screen says it, with the key,
// and so does the window too small to draw the guide in, where the key
// works too (keys.go binds it; the core offers it where the front-end is
// given Options.ToLines).

// LinesKey is the key that switches to the line mode wherever it is
// offered, as a hint names it ("F3"), for what is said before the full
// screen starts.
func LinesKey() string { return keyName(keymap[core.SwitchToLines].keys[0]) }

// firstScreen is the screen the guide started on: its place and visit,
// until it is left or a key is pressed on it.
type firstScreen struct {
	seen  bool
	place core.Place
	visit int
	left  bool
}

// see notes the frame shown: the first is the first screen, and once
// another is shown, it is left for good.
func (s *firstScreen) see(f core.Frame) {
	switch {
	case !s.seen:
		s.seen, s.place, s.visit = true, f.Place, f.Visit
	case f.Place != s.place || f.Visit != s.visit:
		s.left = true
	}
}

// linesBinding is the binding of the way to the line mode, where it is
// offered now.
func (m *Model) linesBinding() (binding, bool) {
	for _, b := range m.keys {
		if b.action == core.SwitchToLines {
			return b, true
		}
	}
	return binding{}, false
}

// linesData names the key that works now.
func (m *Model) linesData() (text.Data, bool) {
	b, ok := m.linesBinding()
	if !ok {
		return nil, false
	}
	return text.Data{"Key": keyName(b.Keys()[0])}, true
}

// linesFirst is the line that tells the way to the line mode on the first
// screen; "" elsewhere, or where it is not offered.
func (m *Model) linesFirst() string {
	data, ok := m.linesData()
	if m.first.left || !ok {
		return ""
	}
	return m.t("app.lines-first", data)
}

// linesTooSmall is what the window too small adds: the line mode fits any
// window, and its key.
func (m *Model) linesTooSmall() string {
	data, ok := m.linesData()
	if !ok {
		return ""
	}
	return " " + m.t("app.too-small-lines", data)
}

// switchesToLines reports whether a key press takes the way to the line
// mode, which works in a window too small to see anything else in.
func (m *Model) switchesToLines(k tea.KeyMsg) bool {
	b, ok := match(m.keys, k)
	return ok && b.action == core.SwitchToLines
}

// paragraph draws a message as the body's text; none for "".
func (m *Model) paragraph(msg string, w int) []string {
	if msg == "" {
		return nil
	}
	return m.drawBlock(core.Block{Kind: core.Text, Text: msg}, w)
}
