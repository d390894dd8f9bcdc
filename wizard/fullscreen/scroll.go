package fullscreen

import (
	"slices"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// What is in sight is the full screen's own business: the core does not
// know the window. Where a screen lists answers (the Choice blocks of a
// step, the first question, the help index), the arrows read on until the
// answers are in sight, and Enter never chooses an answer out of sight.

// The Scroll action's arguments: a line, or a window, down or up.
const (
	lineDown = 1
	lineUp   = -1
	pageDown = 2
	pageUp   = -2
)

// span is lines from, up to but not including to.
type span struct{ from, to int }

// scrolling is the part of a screen that scrolls, as fitted to the window.
type scrolling struct {
	length  int    // its lines
	rows    int    // the window's lines for it
	choices []span // where each answer is drawn in it; none where no answer is drawn
}

// clamp is the scroll position nearest to scroll that shows a whole window.
func (s scrolling) clamp(scroll int) int { return max(0, min(scroll, s.length-s.rows)) }

// seen is the lines in sight from scroll; while more follows, the
// window's last line says so, and shows none of them.
func (s scrolling) seen(scroll int) span {
	scroll = s.clamp(scroll)
	if s.length-scroll > s.rows {
		return span{scroll, scroll + s.rows - 1}
	}
	return span{scroll, s.length}
}

// page is how far PgDn and PgUp move: the lines in sight, less one they
// keep in sight, to read on from.
func (s scrolling) page() int { return max(1, s.rows-2) }

// inSight reports whether the lines of sp are all seen from scroll; of an
// answer taller than the window, that its start is at the top.
func (s scrolling) inSight(sp span, scroll int) bool {
	seen := s.seen(scroll)
	return sp.from >= seen.from && sp.to <= seen.to || sp.from == seen.from && sp.to-sp.from > seen.to-seen.from
}

// readsOn reports whether an arrow (dir 1 down, -1 up) scrolls rather than
// moves the highlight from answer selected: while the highlighted answer
// is not in sight (the text above a step's answers is read first), and
// from the last answer down or the first one up, as long as there is more
// to read that way. In a list taller than the window (a volunteer's
// members), the highlight moves from the first key, and the list follows
// it. s has answers.
func (s scrolling) readsOn(scroll, dir, selected int) bool {
	seen := s.seen(scroll)
	more := dir > 0 && seen.to < s.length || dir < 0 && seen.from > 0
	edge := dir > 0 && selected == len(s.choices)-1 || dir < 0 && selected == 0
	away := selected < 0 || selected >= len(s.choices) || !s.inSight(s.choices[selected], scroll)
	return more && (edge || away)
}

// into is the scroll position nearest to scroll from which sp is in
// sight: its start at the top where it is above or taller than the
// window, else its end at the bottom.
func (s scrolling) into(sp span, scroll int) int {
	seen := s.seen(scroll)
	switch {
	case s.inSight(sp, scroll):
		return scroll
	case sp.from < seen.from || sp.to-sp.from >= s.rows-1:
		return s.clamp(sp.from)
	}
	return s.clamp(min(sp.to-s.rows+1, s.length-s.rows))
}

// scrollBy scrolls as a Scroll argument says, and no further than the ends.
func (m *Model) scrollBy(arg int) {
	part := m.layout().part
	lines := arg
	switch arg {
	case pageDown:
		lines = part.page()
	case pageUp:
		lines = -part.page()
	}
	m.scroll = part.clamp(m.scroll + lines)
}

// sightFirst does what an action on the answers needs first, and reports
// whether it did: an arrow reads on while the answers are out of sight,
// and Enter brings the highlighted answer into sight before it chooses it.
// Where the answers are listed but not drawn, a QR code asked for is
// drawn in their place: either key hides it.
func (m *Model) sightFirst(a core.Action, arg int) bool {
	if _, sketch := m.frame.Panel(core.Sketch); sketch {
		return false // its numbered controls are the line mode's; the full screen draws the sketch
	}
	if a != core.Move && a != core.Continue || !slices.ContainsFunc(m.frame.Body, func(b core.Block) bool { return b.Kind == core.Choice }) {
		return false
	}
	part := m.layout().part
	switch {
	case len(part.choices) == 0:
		m.c.Do(core.HideQR, 0)
		m.refresh()
	case a == core.Move && part.readsOn(m.scroll, arg, m.frame.Selected):
		m.scrollBy(arg)
	case a == core.Continue && !m.selectedInSight(part):
		m.follow()
	default:
		return false
	}
	return true
}

// selectedInSight reports whether the highlighted answer is in sight, or
// no answer is drawn to be.
func (m *Model) selectedInSight(part scrolling) bool {
	i := m.frame.Selected
	return i < 0 || i >= len(part.choices) || part.inSight(part.choices[i], m.scroll)
}

// follow scrolls the highlighted answer into sight.
func (m *Model) follow() {
	if part := m.layout().part; !m.selectedInSight(part) {
		m.scroll = part.into(part.choices[m.frame.Selected], m.scroll)
	}
}
