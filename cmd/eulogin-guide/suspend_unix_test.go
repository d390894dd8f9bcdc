//go:build unix

package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// F-2: stopped (Ctrl+Z, or SIGTSTP from outside) and continued (`fg`) while
// a password is typed, the guide gives the terminal back, then takes it
// again, draws the screen anew, and the password stays hidden.
func TestSuspendAndResumeKeepTheSecretHidden(t *testing.T) {
	tm := termtest.Start(t, binary, []string{"--step", "password"}, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("Vælg dit password", wait)
	tm.Type("Ab1")
	tm.WaitForT("> ***", wait)
	_ = tm.Signal(syscall.SIGTSTP)
	if !eventually(func() bool { return lastMode(string(tm.Raw()), "\x1b[?1049") == 'l' }) {
		t.Fatal("stopped, the guide did not give the normal screen back")
	}
	time.Sleep(200 * time.Millisecond) // stopped for real
	shellTakesTheTerminal(t, tm)
	_ = tm.Signal(syscall.SIGCONT)
	time.Sleep(300 * time.Millisecond)
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
	tm := termtest.Start(t, binary, []string{"--plain", "--step", "pin"}, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("Pinkode:", wait)
	tm.Type("25")
	_ = tm.Signal(syscall.SIGTSTP)
	time.Sleep(300 * time.Millisecond)
	shellTakesTheTerminal(t, tm)
	_ = tm.Signal(syscall.SIGCONT)
	time.Sleep(300 * time.Millisecond)
	tm.Type("80")
	tm.Press("enter")
	tm.WaitForT("Skriv den samme pinkode igen:", wait)
	if strings.Contains(tm.Screen(), "80") || strings.Contains(tm.Screen(), "2580") {
		t.Fatalf("the PIN shows:\n%s", tm.Screen())
	}
}

// shellTakesTheTerminal does to the terminal what a shell does while the
// guide is stopped: it puts it back to its everyday modes, echo on.
func shellTakesTheTerminal(t *testing.T, tm *termtest.Term) {
	t.Helper()
	tty, err := os.Readlink("/proc/" + strconv.Itoa(tm.Pid()) + "/fd/0")
	if err != nil {
		t.Skip("the terminal of the guide is not known here:", err)
	}
	if out, err := exec.Command("stty", "-F", tty, "sane").CombinedOutput(); err != nil {
		t.Fatalf("stty: %v %s", err, out)
	}
}
