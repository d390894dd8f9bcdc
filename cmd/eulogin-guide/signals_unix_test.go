//go:build linux

package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// Every way the guide, run from a shell with job control, can be ended or
// stopped short of SIGKILL, in every kind of place, in both modes, gives
// the terminal back sane: echo, canonical input and signals on, the normal
// screen and the cursor back.
// The guide says what it kept, and its exit code tells the signal that
// ended it, as a shell's does: 128 and the signal's number.
func TestEverySignalInEveryPlaceGivesTheTerminalBack(t *testing.T) {
	type place struct {
		args         []string
		first, ready string                           // on the first screen; on screen once the place is shown
		reach        func(*testing.T, *termtest.Term) // from the first screen to the place
	}
	none := func(*testing.T, *termtest.Term) {}
	places := map[string]map[string]place{
		"full screen": {
			"start screen":  {[]string{"--journey", "new-account"}, "Enter: start", "Enter: start", none},
			"hidden prompt": {[]string{"--step", "password"}, "Vælg dit password", "> ***", func(t *testing.T, tm *termtest.Term) { tm.Type("Ab1") }},
			"quit question": {[]string{"--step", "email"}, "Skriv din e-mailadresse", "Vil du afslutte guiden?", func(t *testing.T, tm *termtest.Term) { tm.Press("ctrl+c") }},
			"help":          {[]string{"--step", "email"}, "Skriv din e-mailadresse", "Hjælp: Skriv din e-mailadresse", func(t *testing.T, tm *termtest.Term) { tm.Press("f1") }},
		},
		"plain": {
			"start screen":  {[]string{"--plain", "--journey", "new-account"}, "Tryk Enter for at starte", "Tryk Enter for at starte", none},
			"hidden prompt": {[]string{"--plain", "--step", "password"}, "Password:", "Password:", func(t *testing.T, tm *termtest.Term) { echoOff(t, tm); tm.Type("Ab1") }},
			"quit question": {[]string{"--plain", "--step", "email"}, "E-mailadresse:", "Skriv ja for at afslutte", func(t *testing.T, tm *termtest.Term) { tm.Type("afslut"); tm.Press("enter") }},
			"help":          {[]string{"--plain", "--step", "email"}, "E-mailadresse:", "Hjælp: Skriv din e-mailadresse", func(t *testing.T, tm *termtest.Term) { tm.Type("hjælp"); tm.Press("enter") }},
		},
	}
	ways := map[string][]syscall.Signal{
		"HUP": {syscall.SIGHUP}, "TERM": {syscall.SIGTERM}, "INT": {syscall.SIGINT}, "QUIT": {syscall.SIGQUIT},
		"TSTP, fg and TERM": {syscall.SIGTSTP, syscall.SIGTERM}, // the shell continues the guide (SIGCONT)
	}
	for mode, inMode := range places {
		for where, p := range inMode {
			for way, signals := range ways {
				t.Run(mode+"/"+where+"/"+way, func(t *testing.T) { // one at a time: forty terminals at once strain a small machine
					tm, guide := fromAShell(t, p.args, p.first)
					p.reach(t, tm)
					tm.WaitForT(p.ready, wait)
					for _, sig := range signals {
						before := terminalState(t, tm)
						_ = guide.Signal(sig)
						if sig == syscall.SIGTSTP {
							stoppedInAShell(t, tm)
							fg(tm)
							running(t, guide)
							if !eventually(func() bool { return terminalState(t, tm) == before }) {
								t.Fatalf("after fg the guide did not take the terminal back as it was:\n%s\nbefore the stop:\n%s", terminalState(t, tm), before)
							}
						}
					}
					code, err := tm.Wait(wait)
					if err != nil {
						t.Fatalf("the guide did not end: %v", err)
					}
					if last := signals[len(signals)-1]; code != 128+int(last) {
						t.Errorf("exit code %d after %v, want %d", code, last, 128+int(last))
					}
					kept := "Guiden har gemt, hvor du er nået til."
					if where == "start screen" { // a new person: nothing is begun, nothing saved
						kept = "Du er ikke gået i gang endnu, så guiden har intet gemt."
					}
					if !strings.Contains(strings.Join(strings.Fields(tm.Screen()), " "), kept) {
						t.Errorf("the guide did not say what it kept (%q):\n%s", kept, tm.Screen())
					}
					settings := ttyModes(t, tm)
					for _, m := range []string{" echo ", " icanon ", " isig "} {
						if !strings.Contains(settings, m) {
							t.Errorf("%q is not back on", strings.TrimSpace(m))
						}
					}
					raw := string(tm.Raw())
					if mode == "full screen" && (lastMode(raw, "\x1b[?1049") != 'l' || lastMode(raw, "\x1b[?25") != 'h') {
						t.Error("the normal screen or the cursor is not back")
					}
					if strings.Contains(tm.Screen(), "goroutine ") {
						t.Errorf("a dump reached the screen:\n%s", tm.Screen())
					}
				})
			}
		}
	}
}

// terminalState is what a stop and fg must leave as they found it: the
// terminal's modes, which screen shows and, on the full screen's own, what
// is drawn (the normal screen is the shell's too).
func terminalState(t *testing.T, tm *termtest.Term) string {
	state := ttyModes(t, tm)
	if lastMode(string(tm.Raw()), "\x1b[?1049") == 'h' {
		state += "\n" + tm.Screen()
	}
	return state
}

// running waits until the guide p is no longer stopped: its state in
// /proc/PID/stat is not T.
func running(t *testing.T, p *os.Process) {
	t.Helper()
	if !eventually(func() bool {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(p.Pid) + "/stat")
		return err == nil && strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))[0] != "T"
	}) {
		t.Fatal("after fg the guide is still stopped")
	}
}

// F-12: the guide, which holds a password while it is typed, writes no
// core file and cannot be dumped by another program of the user.
func TestTheGuideWritesNoCoreFile(t *testing.T) {
	tm := termtest.Start(t, binary, []string{"--step", "password"}, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("Vælg dit password", wait)
	limits, err := os.ReadFile("/proc/" + strconv.Itoa(tm.Pid()) + "/limits")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(limits), "\n") {
		if strings.HasPrefix(line, "Max core file size") && !strings.Contains(line, " 0 ") {
			t.Fatalf("core files are allowed: %s", line)
		}
	}
	quitAtOnce(tm)
}
