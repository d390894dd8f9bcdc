package main

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// bodyLines is how many lines of the step's text are in sight: those
// between the heading and the line saying more follows.
func bodyLines(t *testing.T, tm *termtest.Term) int {
	t.Helper()
	screen := tm.Screen()
	_, top := lineWith(t, tm, "Vælg dit password")
	_, more := lineWith(t, tm, "mere tekst nedenfor")
	lines := strings.Split(screen, "\n")[top+1 : more]
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// Issue 19 (review 10): in the smallest windows (a large font) the
// password step keeps its text in sight once typing starts: the checklist
// folds to the rules not met, and the field stays in sight with the cursor
// in it.
func TestThePasswordStepKeepsItsTextInASmallWindow(t *testing.T) {
	for _, size := range [][2]int{{50, 16}, {60, 18}} {
		tm := termtest.Start(t, binary, []string{"--journey", "new-account", "--step", "password"}, userEnv(t, t.TempDir()), size[0], size[1])
		tm.WaitForT("Vælg dit password", wait) // drawn for the window's size: a first frame for 80x24 has it cut off
		tm.WaitForT("Krav til dit password", wait)
		before := bodyLines(t, tm)
		tm.Type("Sommer2025")
		tm.WaitForT("> **********", wait)
		tm.WaitForT("[ ] Specialtegn", wait)
		if after := bodyLines(t, tm); after < before || after < 2 {
			t.Errorf("%dx%d: the step's text has %d lines in sight once typing starts, %d before:\n%s", size[0], size[1], after, before, tm.Screen())
		}
		if strings.Contains(tm.Screen(), "[x]") {
			t.Errorf("%dx%d: the rules met take room:\n%s", size[0], size[1], tm.Screen())
		}
		x, y := lineWith(t, tm, "> **********")
		cursorAt(t, tm, x+len("> **********"), y)
		quitAtOnce(tm)
	}
}

// Issue 19 (review 20): without colours the QR code is drawn in the
// terminal's own, and the screen says beside it when to turn it round;
// in colour the code carries its own, and nothing is said.
func TestWithoutColoursTheQRCodeSaysWhenToTurnIt(t *testing.T) {
	for name, env := range map[string][]string{"NO_COLOR": {"NO_COLOR=1"}, "colour": nil} {
		t.Run(name, func(t *testing.T) {
			tm := termtest.Start(t, binary, []string{"--step", "open-login"}, userEnv(t, t.TempDir(), env...), 80, 24)
			tm.WaitForT("Åbn EU Login på apparat 2", wait)
			tm.Type("k")
			tm.WaitForT("k: skjul koden", wait)
			if said := strings.Contains(tm.Screen(), "Er din skærm lys, så tryk i."); said != (name == "NO_COLOR") {
				t.Errorf("said when to turn the code: %v:\n%s", said, tm.Screen())
			}
			quitAtOnce(tm)
		})
	}
}

// Issue 19 (review 22): in the help index's search, the search field and
// the chosen topic carry marks of their own, so that without colours too
// one sees which the typing goes to ("> ") and which Enter opens ("→ ").
func TestTheSearchFieldAndTheChosenTopicAreMarkedApart(t *testing.T) {
	tm := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, t.TempDir(), "NO_COLOR=1"), 80, 24)
	tm.WaitForT("Skriv din e-mailadresse", wait)
	tm.Press("f1")
	tm.WaitForT("Hjælp:", wait)
	tm.Type("s")
	tm.WaitForT("Søg", wait)
	tm.Type("låst")
	tm.WaitForT("→ 1. Kontoen er låst", wait)
	tm.WaitForT("> låst", wait)
	if n := strings.Count(tm.Screen(), "> "); n != 1 {
		t.Errorf("%d lines carry the mark \"> \":\n%s", n, tm.Screen())
	}
	quitAtOnce(tm)
}
