package main

import (
	"os/exec"
	"strings"
	"testing"
)

// P42: --step with a step of another journey says which journey it
// belongs to and how to open it, and --help lists the steps of every
// journey, not only the first one's.
func TestAStepOfAnotherJourneyIsNamedWithItsJourney(t *testing.T) {
	cmd := exec.Command(binary, "--step", "lock-wait")
	cmd.Env = userEnv(t, t.TempDir())
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 2 {
		t.Fatalf("exit: %v\n%s", err, out)
	}
	if want := `Trinnet "lock-wait" hører til forløbet locked-out. Skriv --journey locked-out --step lock-wait.`; !strings.Contains(string(out), want) {
		t.Errorf("want %q:\n%s", want, out)
	}

	help, err := exec.Command(binary, "--help", "--lang", "da").CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"locked-out: lock-start,", "claims: claims-not-app,", "tryk i (indstillinger)"} {
		if !strings.Contains(string(help), want) {
			t.Errorf("--help does not say %q:\n%s", want, help)
		}
	}
}

// Issue 19: --help names the other ways to the line mode, in both
// languages: ACCESSIBLE=1 and the starter beside the program.
func TestHelpNamesTheWaysToTheLineMode(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		help, err := exec.Command(binary, "--help", "--lang", lang).CombinedOutput()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"ACCESSIBLE=1", "eulogin-guide-skaermlaeser"} {
			if !strings.Contains(string(help), want) {
				t.Errorf("--help --lang %s does not say %q:\n%s", lang, want, help)
			}
		}
	}
}
