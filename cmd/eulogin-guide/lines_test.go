package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// altScreen is what Bubble Tea sends to open the alternate screen.
const altScreen = "\x1b[?1049h"

// The line mode's prompt at the first question, and the full screen's key line there.
const (
	linePrompt = "Skriv tallet ud for dit svar"
	fullKeys   = "Enter: vælg"
	linesNow   = "Guiden er nu linje for linje" // settings.lines-now, as far as a narrow line holds it
)

// saidBeforeTheFullScreen is the text the program wrote before it opened
// the alternate screen, without escape sequences, as words.
func saidBeforeTheFullScreen(t *testing.T, tm *termtest.Term) string {
	t.Helper()
	raw := tm.Raw()
	at := bytes.Index(raw, []byte(altScreen))
	if at < 0 {
		t.Fatalf("the full screen never opened:\n%q", raw)
	}
	return words(ansi.Strip(string(raw[:at])))
}

// Issue 19: started as a double-click starts it, the guide says first, in
// a line of its own before the alternate screen and again as the first
// line of the full screen, how to get the line mode; F3 switches to it
// there and then, in the same window, and a restart on the same profile
// starts in it.
func TestTheFullScreenSaysFirstHowToGetTheLineModeAndF3TakesIt(t *testing.T) {
	home := t.TempDir()
	lines := danish(t, "app.lines-first", text.Data{"Key": "F3"})
	tm := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	tm.WaitForT("Hvor står du?", wait)
	if said := saidBeforeTheFullScreen(t, tm); said != lines {
		t.Errorf("before the full screen the guide said %q, want only %q", said, lines)
	}
	if first, _, _ := strings.Cut(tm.Screen(), "\n"); strings.TrimSpace(first) != lines {
		t.Errorf("the full screen's first line is %q, want %q:\n%s", first, lines, tm.Screen())
	}
	tm.WaitForT("F3/l: linje for linje", wait) // and its key line names it
	tm.Press("f3")
	tm.WaitForT(linesNow, wait)
	tm.WaitForT(linePrompt, wait) // the first question again, in the line mode
	tm.Type("afslut\n")
	tm.WaitForT("Skriv ja for at afslutte", wait)
	tm.Type("ja\n")
	if _, err := tm.Wait(wait); err != nil {
		t.Fatal(err)
	}

	again := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	again.WaitForT(linePrompt, wait)
	if strings.Contains(string(again.Raw()), altScreen) || strings.Contains(again.Screen(), lines) {
		t.Fatalf("started again, the full screen came instead of the line mode:\n%s", again.Screen())
	}
}

// Issue 19: the letter l takes the line mode on a journey's start screen
// too, where the first screen has been left and the line is not said
// again.
func TestTheLetterLTakesTheLineModeFromTheStartScreen(t *testing.T) {
	tm := termtest.Start(t, binary, nil, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("Hvor står du?", wait)
	tm.Type("2")
	tm.Press("enter")
	tm.WaitForT("Næste: 1. etape", wait)
	if strings.Contains(tm.Screen(), danish(t, "app.lines-first", text.Data{"Key": "F3"})) {
		t.Errorf("the line about the line mode is said again on the start screen:\n%s", tm.Screen())
	}
	tm.WaitForT("F3/l: linje for linje", wait)
	tm.Type("l")
	tm.WaitForT(linesNow, wait)
	tm.WaitForT("Næste: 1. etape", wait) // the same start screen, in lines
}

// Issue 19: where the system says a screen reader runs, the guide asks
// first, in plain words before any full screen, whether to take the line
// mode; Enter takes it, and the answer is kept: the next start neither
// asks nor draws the full screen. "nej" keeps the full screen, and is kept
// too.
func TestWithAScreenReaderTheLineModeIsOfferedFirst(t *testing.T) {
	ask := danish(t, "cli.screen-reader")
	t.Run("Enter", func(t *testing.T) {
		home := t.TempDir()
		env := userEnv(t, home, screenReaderEnv+"=1")
		tm := termtest.Start(t, binary, nil, env, 80, 24)
		tm.WaitForT("Vil du have guiden linje for linje?", wait)
		if said := words(ansi.Strip(string(tm.Raw()))); !strings.HasPrefix(said, ask) {
			t.Errorf("the guide said first %q, want %q", said, ask)
		}
		tm.Press("enter")
		tm.WaitForT(linePrompt, wait)
		if strings.Contains(string(tm.Raw()), altScreen) {
			t.Errorf("the full screen was drawn:\n%q", tm.Raw())
		}
		tm.Type("afslut\n")
		tm.Type("ja\n")
		if _, err := tm.Wait(wait); err != nil {
			t.Fatal(err)
		}
		again := termtest.Start(t, binary, nil, env, 80, 24)
		again.WaitForT(linePrompt, wait)
		if strings.Contains(again.Screen(), "Vil du have guiden linje for linje?") {
			t.Errorf("asked again:\n%s", again.Screen())
		}
	})
	t.Run("nej", func(t *testing.T) {
		home := t.TempDir()
		env := userEnv(t, home, screenReaderEnv+"=1")
		tm := termtest.Start(t, binary, nil, env, 80, 24)
		tm.WaitForT("Vil du have guiden linje for linje?", wait)
		tm.Type("nej\n")
		tm.WaitForT(fullKeys, wait)
		again := termtest.Start(t, binary, nil, env, 80, 24)
		again.WaitForT(fullKeys, wait)
		if strings.Contains(string(again.Raw()), "Vil du have guiden linje for linje?") {
			t.Errorf("asked again after nej:\n%s", again.Screen())
		}
	})
}

// Issue 19: a window too small to draw the guide in names the line mode
// and its key, and the key works there, though every other key but Ctrl+C
// is kept from what cannot be seen.
func TestTheTooSmallWindowNamesTheLineModeAndItsKeyWorks(t *testing.T) {
	tm := termtest.Start(t, binary, nil, userEnv(t, t.TempDir()), 40, 12)
	tm.WaitForT("Vinduet er for lille.", wait)
	tm.WaitForT("Eller tryk F3 for at få guiden linje", wait)
	tm.Press("f3")
	tm.WaitForT(linePrompt, wait)
}
