//go:build unix

package main

import (
	"bytes"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// F-2: stopped (Ctrl+Z, or SIGTSTP from outside) and continued (`fg`) while
// a password is typed, the guide gives the terminal back, then takes it
// again, draws the screen anew, and the password stays hidden.
func TestSuspendAndResumeKeepTheSecretHidden(t *testing.T) {
	tm, guide := fromAShell(t, []string{"--step", "password"}, "Vælg dit password")
	tm.Type("Ab1")
	tm.WaitForT("> ***", wait)
	_ = guide.Signal(syscall.SIGTSTP)
	stoppedInAShell(t, tm)
	if lastMode(string(tm.Raw()), "\x1b[?1049") != 'l' {
		t.Fatal("stopped, the guide did not give the normal screen back")
	}
	fg(tm)
	echoOff(t, tm)
	tm.WaitForT("> ***", wait) // drawn anew
	tm.Type("-Secret")
	tm.WaitForT("> **********", wait)
	if strings.Contains(tm.Screen(), "Secret") {
		t.Fatalf("after fg the password shows:\n%s", tm.Screen())
	}
	quitAtOnce(tm)
}

// F-2 in the plain mode: a stop and `fg` at a hidden prompt keep what is
// typed there hidden.
func TestSuspendAndResumeAtAHiddenPrompt(t *testing.T) {
	tm, guide := fromAShell(t, []string{"--plain", "--step", "pin"}, "Pinkode:")
	echoOff(t, tm)
	tm.Type("25")
	_ = guide.Signal(syscall.SIGTSTP)
	stoppedInAShell(t, tm)
	fg(tm)
	echoOff(t, tm)
	tm.Type("80")
	tm.Press("enter")
	tm.WaitForT("Skriv den samme pinkode igen:", wait)
	if strings.Contains(tm.Screen(), "80") || strings.Contains(tm.Screen(), "2580") {
		t.Fatalf("the PIN shows:\n%s", tm.Screen())
	}
}

// aShell runs a program ($0, with its arguments) as a user's shell does,
// with job control: in a process group of its own, which a stop cannot
// go past, as it does a program started by Start (an orphaned group). When
// the program stops, the shell takes the terminal back in its own modes
// (echo on) and says so, then continues it (fg) once a line is typed; it
// ends with the program's exit code.
const aShell = `set -m; modes=$(stty -g); "$0" "$@"; s=$?
while case $(kill -l $s 2>/dev/null) in STOP | TSTP) true ;; *) false ;; esac; do
	stty "$modes"; echo "[stoppet]"; read x; fg; s=$?
done
exit $s`

// fromAShell starts the guide with args from aShell and waits for first
// on its screen. It returns the terminal and the guide's process.
func fromAShell(t *testing.T, args []string, first string) (*termtest.Term, *os.Process) {
	t.Helper()
	tm := termtest.Start(t, "/bin/sh", append([]string{"-c", aShell, binary}, args...), userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT(first, wait)
	return tm, guideUnderShell(t, tm)
}

// stoppedInAShell waits until the shell of tm has seen the guide stop.
func stoppedInAShell(t *testing.T, tm *termtest.Term) {
	t.Helper()
	if !eventually(func() bool { return bytes.Contains(tm.Raw(), []byte("[stoppet]")) }) {
		t.Fatalf("the guide did not stop:\n%s", tm.Screen())
	}
}

// fg types the line on which the shell of tm continues the guide.
func fg(tm *termtest.Term) {
	tm.Type("fg")
	tm.Press("enter")
}
