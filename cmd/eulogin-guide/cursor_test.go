package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// lineWith is the column and row where text starts on tm's screen.
func lineWith(t *testing.T, tm *termtest.Term, text string) (x, y int) {
	t.Helper()
	for y, line := range strings.Split(tm.Screen(), "\n") {
		if i := strings.Index(line, text); i >= 0 {
			return utf8.RuneCountInString(line[:i]), y
		}
	}
	t.Fatalf("%q is not on the screen:\n%s", text, tm.Screen())
	return 0, 0
}

// cursorAt fails the test unless the terminal's cursor comes to be shown
// at x, y.
func cursorAt(t *testing.T, tm *termtest.Term, x, y int) {
	t.Helper()
	if !tm.WaitForCursor(x, y, wait) {
		cx, cy, shown := tm.Cursor()
		t.Fatalf("the cursor is at %d,%d (shown: %v), want it shown at %d,%d:\n%s", cx, cy, shown, x, y, tm.Screen())
	}
}

// Issue 19 (review 9): the terminal's own cursor, which a screen magnifier
// follows, is at the field's insertion point as one types and moves in the
// text, with colours and without (NO_COLOR, where the insertion point is
// drawn in reverse video still); and on the chosen answer's line.
func TestTheTerminalsCursorIsWhereTheUserIs(t *testing.T) {
	for name, env := range map[string][]string{"colour": nil, "NO_COLOR": {"NO_COLOR=1"}} {
		t.Run(name, func(t *testing.T) {
			tm := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, t.TempDir(), env...), 80, 24)
			tm.WaitForT("Skriv din e-mailadresse", wait)
			tm.Type("bent.k@")
			tm.WaitForT("> bent.k@", wait)
			x, y := lineWith(t, tm, "> bent.k@")
			end := x + len("> bent.k@")
			cursorAt(t, tm, end, y)
			tm.Press("left")
			tm.Press("left")
			cursorAt(t, tm, end-2, y)
			if c, th := tm.CellAt(end-2, y), termtest.Dark; c.Content != "k" || !sameColour(c.Bg, th.Foreground) {
				t.Errorf("the insertion point is not drawn: %q in %v on %v", c.Content, c.Fg, c.Bg)
			}
			quitAtOnce(tm)
		})
	}

	tm := termtest.Start(t, binary, nil, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("> 1. Jeg ved ikke, om jeg har en konto", wait)
	for _, answer := range []string{"1", "2"} {
		tm.Type(answer)
		tm.WaitForT("> "+answer+". ", wait)
		_, y := lineWith(t, tm, "> "+answer+". ")
		cursorAt(t, tm, 0, y)
	}
	tm.Press("enter")
	tm.WaitForT("1. etape: konto og app: Ikke startet", wait)
	quitAtOnce(tm)
}
