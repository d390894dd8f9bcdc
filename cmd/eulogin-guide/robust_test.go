package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// colourCode finds an SGR sequence that sets a colour (30-37, 38, 40-47,
// 48, 90-97, 100-107), as opposed to bold or reverse video.
var colourCode = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m`)

func TestNoColourWithNO_COLOR(t *testing.T) {
	tm := termtest.Start(t, binary, []string{"--step", "open-login"}, userEnv(t, t.TempDir(), "NO_COLOR=1"), 100, 30)
	tm.WaitForT("Åbn EU Login på apparat 2", wait)
	// Without colour too, the address is told from a [label]: on a line of its own, without brackets.
	tm.WaitForT("Adressen er:\nhttps://ecas.ec.europa.eu/cas/login\n", wait)
	tm.Type("k")
	tm.WaitForT("i: vend farverne", wait) // the QR code gets an invert key without colours
	tm.Type("i")
	tm.Press("enter")
	tm.WaitForT("Skriv din e-mailadresse", wait)
	if c := colourCode.Find(tm.Raw()); c != nil {
		t.Fatalf("a colour code %q was sent with NO_COLOR", c)
	}
}

func TestResizeStormNeverBreaksTheScreen(t *testing.T) {
	tm := termtest.Start(t, binary, []string{"--step", "app-download"}, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("Hent EU Login-appen", wait)
	for i := range 60 {
		tm.Resize(5+i%40, 2+i%20)
		tm.Resize(120-i, 40-i%30)
	}
	tm.Resize(30, 10)
	tm.WaitForT("Vinduet er for", wait)
	tm.Resize(80, 24)
	tm.WaitForT("Hent EU Login-appen", wait)
	tm.Press("enter")
	tm.WaitForT("Åbn EU Login på apparat 2", wait)
}

// Each way out gives the terminal back (normal screen, cursor shown) and
// leaves the place saved.
func TestEveryWayOutRestoresTheTerminalAndKeepsTheProgress(t *testing.T) {
	ways := map[string]func(tm *termtest.Term){
		"Ctrl+C twice": func(tm *termtest.Term) {
			tm.Press("ctrl+c")
			tm.WaitForT("Vil du afslutte guiden?", wait)
			tm.Press("ctrl+c")
		},
		"SIGTERM": func(tm *termtest.Term) { _ = tm.Signal(syscall.SIGTERM) },
		"SIGHUP":  func(tm *termtest.Term) { _ = tm.Signal(syscall.SIGHUP) },
		"SIGQUIT": func(tm *termtest.Term) { _ = tm.Signal(syscall.SIGQUIT) }, // F-3: Ctrl+\
	}
	for name, quit := range ways {
		t.Run(name, func(t *testing.T) {
			home := t.TempDir()
			tm := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, home), 80, 24)
			tm.WaitForT("Skriv din e-mailadresse", wait)
			tm.Type("anna@mail.dk")
			tm.WaitForT("> anna@mail.dk", wait)
			quit(tm)
			if _, err := tm.Wait(wait); err != nil {
				t.Fatal(err)
			}
			raw := string(tm.Raw())
			if lastMode(raw, "\x1b[?1049") != 'l' {
				t.Error("the terminal was not given back: the normal screen is not restored")
			}
			if lastMode(raw, "\x1b[?25") != 'h' {
				t.Error("the terminal was not given back: the cursor is hidden")
			}
			p := savedProgress(t, home)
			if p.Step != "email" {
				t.Fatalf("saved at %q, want email", p.Step)
			}
		})
	}
}

// lastMode tells how a terminal mode was left: 'h' set, 'l' reset, 0 never touched.
func lastMode(raw, mode string) byte {
	set, reset := strings.LastIndex(raw, mode+"h"), strings.LastIndex(raw, mode+"l")
	switch {
	case set > reset:
		return 'h'
	case reset > set:
		return 'l'
	}
	return 0
}

// savedProgress reads the progress of the journey the default profile
// under home is on, from the file on disk.
func savedProgress(t *testing.T, home string) flow.Progress {
	t.Helper()
	p, found, err := store.Store{Dir: filepath.Join(home, ".config", "eulogin-guide")}.Load(store.DefaultProfile)
	if err != nil || !found {
		t.Fatalf("no saved progress: %v, %v", found, err)
	}
	return p
}

func TestTheFullScreenGivesTheTerminalSettingsBack(t *testing.T) {
	// A shell runs the guide and then shows the terminal's settings, as the
	// user's next command would see them.
	script := "trap '' INT; " + binary + " --step email; stty -a"
	tm := termtest.Start(t, "/bin/sh", []string{"-c", script}, userEnv(t, t.TempDir()), 100, 30)
	tm.WaitForT("Skriv din e-mailadresse", wait)
	tm.Press("ctrl+c")
	tm.WaitForT("Vil du afslutte guiden?", wait)
	tm.Press("ctrl+c")
	tm.WaitForT("speed", wait) // stty -a ran
	tm.WaitForT("isig", wait)  // and printed its line of local modes ("isig" or "-isig")
	settings := " " + strings.Join(strings.Fields(tm.Screen()), " ") + " "
	for _, mode := range []string{" icanon ", " echo ", " isig "} {
		if !strings.Contains(settings, mode) {
			t.Errorf("%q is not back on after the guide:\n%s", strings.TrimSpace(mode), tm.Screen())
		}
	}
}

// F-8: two guides open on one profile. The second one's progress is not
// lost when the first moves on: the first is told and saves nothing.
func TestTwoGuidesOnOneProfile(t *testing.T) {
	home := t.TempDir()
	first := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, home), 80, 24)
	first.WaitForT("Skriv din e-mailadresse", wait)
	second := termtest.Start(t, binary, []string{"--step", "pin"}, userEnv(t, home), 80, 24)
	second.WaitForT("Vælg en pinkode", wait)
	first.Press("esc") // moves, and would save
	first.WaitForT("Forløbet er også åbent i en anden guide", wait)
	if p := savedProgress(t, home); p.Step != "pin" {
		t.Fatalf("the second guide's progress was lost: saved at %q", p.Step)
	}
}
