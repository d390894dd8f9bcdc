package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// a rehearsal with a member beside the helper (--rehearse --helper)
// asks the helper to look away before the password, in both modes, and is
// still a rehearsal; so does the helper mode on its own. The helper's
// rules come first (issue 21).
func TestARehearsalWithAHelperAsksTheHelperToLookAway(t *testing.T) {
	args := []string{"--rehearse", "--helper", "--step", "password"}
	t.Run("plain", func(t *testing.T) {
		for _, rehearse := range []bool{true, false} {
			plain := append([]string{"--plain"}, args[1:]...)
			if rehearse {
				plain = append(plain, "--rehearse")
			}
			cmd := exec.Command(binary, plain...)
			cmd.Env, cmd.Stdin = userEnv(t, t.TempDir()), strings.NewReader("\n\n")
			out, _ := cmd.CombinedOutput()
			rules := strings.Index(string(out), "Det må du som hjælper")
			lookAway := strings.Index(string(out), "Hjælper: Se væk nu")
			password := strings.Index(string(out), "Vælg dit password")
			if rules < 0 || lookAway < rules || password < lookAway || strings.Contains(string(out), "ØVELSE") != rehearse {
				t.Errorf("%v: no look-away screen before the password, or the wrong mode:\n%s", plain, out)
			}
		}
	})
	t.Run("full screen", func(t *testing.T) {
		tm := termtest.Start(t, binary, args, userEnv(t, t.TempDir()), 80, 24)
		tm.WaitForT("Det må du som hjælper", wait)
		tm.Press("enter")
		tm.WaitForT("Hjælper: Se væk nu", wait)
		tm.WaitForT("ØVELSE", wait)
		tm.Press("enter")
		tm.WaitForT("Vælg dit password", wait)
		quitAtOnce(tm)
	})
}
