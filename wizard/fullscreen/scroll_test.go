package fullscreen

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// UX review P28: PgDn moves a whole window, less the one line it keeps in
// sight to read on from; PgUp moves back as far.
func TestPgDnMovesAWindow(t *testing.T) {
	var opened []string
	_, m := open(t, fixture.Place{Opts: longNotice}, &opened)
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 16})
	first := lines(m)
	press(m, tea.KeyMsg{Type: tea.KeyPgDown})
	second := lines(m)
	if kept := movedInSight(first, second); len(kept) != 1 || kept[0] != lastInSight(t, m, first) {
		t.Fatalf("PgDn kept %q of the window in sight, not its last line:\n%s\n----\n%s",
			kept, strings.Join(first, "\n"), strings.Join(second, "\n"))
	}
	press(m, tea.KeyMsg{Type: tea.KeyPgUp})
	if back := lines(m); strings.Join(back, "\n") != strings.Join(first, "\n") {
		t.Fatalf("PgUp did not go back a window:\n%s", strings.Join(back, "\n"))
	}
}

// lines are the lines on the screen, without styles.
func lines(m *Model) []string { return strings.Split(ansi.Strip(m.View()), "\n") }

// movedInSight are the lines with words of the screen after that were on
// the screen before too, but elsewhere: what scrolling kept in sight.
func movedInSight(before, after []string) []string {
	var kept []string
	for i, l := range after {
		if strings.TrimSpace(l) != "" && (i >= len(before) || before[i] != l) && strings.Contains(strings.Join(before, "\n"), l) {
			kept = append(kept, l)
		}
	}
	return kept
}

// lastInSight is the line above the one that says more text follows.
func lastInSight(t *testing.T, m *Model, screen []string) string {
	for i, l := range screen {
		if i > 0 && strings.Contains(l, m.t("app.more-below")) {
			return screen[i-1]
		}
	}
	t.Fatalf("the screen does not say that more follows:\n%s", strings.Join(screen, "\n"))
	return ""
}

// UX review P1: on the first question with a long notice above the
// answers, ↓ reads on a line at a time without moving the highlighted
// answer until the answers are in sight; then it moves it. ↑ from the
// first answer reads back up as many lines, to the top; there, it moves
// to the last answer, and brings it into sight.
func TestTheArrowsReadOnToTheAnswers(t *testing.T) {
	var opened []string
	c, m := open(t, fixture.Place{Opts: func(o *core.Options) { longNotice(o); o.Ask = true }}, &opened)
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 16})
	more := m.t("app.more-below")
	top := ansi.Strip(m.View())
	read := 0
	for ; strings.Contains(ansi.Strip(m.View()), more); read++ {
		if read == 100 || c.Frame().Selected != 0 {
			t.Fatalf("↓ moved the highlight to answer %d before the answers were in sight:\n%s", c.Frame().Selected+1, m.View())
		}
		press(m, tea.KeyMsg{Type: tea.KeyDown})
	}
	if read < 2 {
		t.Fatalf("the test needs the answers out of sight at first:\n%s", top)
	}
	press(m, tea.KeyMsg{Type: tea.KeyDown})
	if c.Frame().Selected != 1 {
		t.Fatalf("with the answers in sight, ↓ did not move the highlight:\n%s", m.View())
	}
	for range read + 1 {
		press(m, tea.KeyMsg{Type: tea.KeyUp})
	}
	if got := ansi.Strip(m.View()); c.Frame().Selected != 0 || got != top {
		t.Fatalf("↑ from the first answer did not read back to the top (answer %d):\n%s", c.Frame().Selected+1, got)
	}
	press(m, tea.KeyMsg{Type: tea.KeyUp})
	if got := flat(ansi.Strip(m.View())); c.Frame().Selected != 1 || !strings.Contains(got, "> 2. "+m.t("coffee.situation")) {
		t.Fatalf("↑ at the top did not bring the last answer, highlighted, into sight:\n%s", m.View())
	}
}

// UX review P1: where the QR code asked for is drawn in place of the
// answers, Enter shows the answers instead of choosing one unseen.
func TestEnterDoesNotChooseAnAnswerBehindTheQRCode(t *testing.T) {
	var opened []string
	withLink := func(o *core.Options) {
		o.Flow.Stages[0].Steps[1].Link = o.Flow.Stages[0].Steps[0].Link // the kettle's address, on the choice
		o.StartAt = "kind"
	}
	c, m := open(t, fixture.Place{Opts: withLink, Setup: func(c *core.Core) { c.Do(core.ShowQR, 0) }}, &opened)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 40})
	if strings.Contains(ansi.Strip(m.View()), "1. ") {
		t.Fatalf("the test needs the code drawn in place of the answers:\n%s", m.View())
	}
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	if f := c.Frame(); f.Step != "kind" || !strings.Contains(ansi.Strip(m.View()), "> 1. "+m.t("tea.green")) {
		t.Fatalf("Enter did not show the answers (on step %s):\n%s", f.Step, m.View())
	}
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	if f := c.Frame(); f.Step == "kind" {
		t.Fatalf("Enter with the answers in sight did not choose:\n%s", m.View())
	}
}
