package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// P3: started with a double-click, no flags and no command, a person
// reaches every setting from the first question. The line mode, chosen
// in the full screen, starts there and then, and again the next time.
func TestTheLineModeIsReachedWithoutAFlagAndRemembered(t *testing.T) {
	home := t.TempDir()
	tm := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	tm.WaitForT("Hvor står du?", wait)
	tm.WaitForT("i: indstillinger", wait)
	tm.Press("i")
	tm.WaitForT("2. Linje for linje, til skærmlæser: fra", wait)
	tm.Press("enter") // the first answer: back to the full screen's question, changing nothing
	tm.WaitForT("Hvor står du?", wait)
	tm.WaitForT("i: indstillinger", wait)
	tm.Press("i")
	tm.Press("2")
	tm.Press("enter")
	tm.WaitForT("Linje for linje, til skærmlæser: til", wait)
	tm.WaitForT("Du kan også skrive tilbage", wait) // the line mode's prompt, in the same window
	tm.Type("afslut\n")
	tm.WaitForT("Skriv ja for at afslutte", wait)
	tm.Type("ja\n")
	if _, err := tm.Wait(wait); err != nil {
		t.Fatal(err)
	}

	again := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	again.WaitForT("Skriv tallet ud for dit svar, og tryk Enter.", wait)
	if strings.Contains(again.Screen(), "Enter: vælg") {
		t.Fatalf("started again, the full screen came instead of the line mode:\n%s", again.Screen())
	}
}

// P3: every setting does what its flag does, and is kept for the member
// across a restart; each is reached by words in the line mode (standard
// input is no terminal here), started with no flag at all.
func TestEverySettingDoesWhatItsFlagDoes(t *testing.T) {
	for _, tc := range []struct {
		name, choose string   // the setting's number on the settings place
		args         []string // where the guide is started the next time, to see the setting work
		want         []string // in what the guide then says
		wantNot      string
	}{
		{name: "helper", choose: "3", args: []string{"--step", "password"}, want: []string{"Det må du som hjælper", "Hjælper: Se væk nu"}},
		{name: "rehearsal", choose: "4", args: []string{"--step", "email"}, want: []string{"ØVELSE"}},
		{name: "language", choose: "5", want: []string{"Where are you?"}, wantNot: "Hvor står du?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			home := t.TempDir()
			out := runPlainGuide(t, home, "indstillinger\n"+tc.choose+"\n")
			if !strings.Contains(out, danish(t, "settings.kept")) && !strings.Contains(out, "The guide has saved your choice") {
				t.Fatalf("the setting was not said to be kept:\n%s", out)
			}
			next := runPlainGuide(t, home, "\n", tc.args...)
			for _, w := range tc.want {
				if !strings.Contains(next, w) {
					t.Errorf("started again, %q is not said:\n%s", w, next)
				}
			}
			if tc.wantNot != "" && strings.Contains(next, tc.wantNot) {
				t.Errorf("started again, %q is still said:\n%s", tc.wantNot, next)
			}
		})
	}
}

// P3: another member is chosen from the list of saved ones, and what is
// kept of this one is deleted after a question whose first answer keeps it.
func TestAnotherMemberAndDeletingWithoutAFlag(t *testing.T) {
	home := t.TempDir()
	runPlainGuide(t, home, "1\n", "--plain", "--profile", "Bent") // Bent has begun a journey
	runPlainGuide(t, home, "1\n")                                 // and so has the person at this computer

	out := runPlainGuide(t, home, "indstillinger\n7\n1\ntilbage\n") // no flag
	if !strings.Contains(out, "Du fortsætter nu med Bent.") || !strings.Contains(out, "Profil: Bent") {
		t.Fatalf("choosing Bent did not go on with Bent:\n%s", out)
	}

	standard := filepath.Join(configDir(home), "standard.json")
	runPlainGuide(t, home, "indstillinger\n8\n\n") // Enter: "Nej, behold det"
	if _, err := os.Stat(standard); err != nil {
		t.Fatalf("Enter on the question deleted what is kept: %v", err)
	}
	out = runPlainGuide(t, home, "indstillinger\n8\n2\n")
	if _, err := os.Stat(standard); !os.IsNotExist(err) {
		t.Fatalf("after yes, the progress is still there (%v):\n%s", err, out)
	}
	if !strings.Contains(out, danish(t, "save.reset-done", map[string]any{"Profile": "standard"})) {
		t.Errorf("the guide did not say it deleted it:\n%s", out)
	}
}

// P3: in the full screen the settings place is reached from the start
// screen too, and a change there shows at once (the language, helper mode,
// practice) and is kept for the next start.
func TestTheSettingsFromTheStartScreenInTheFullScreen(t *testing.T) {
	home := t.TempDir()
	tm := termtest.Start(t, binary, []string{"--journey", "log-in"}, userEnv(t, home), 80, 24)
	tm.WaitForT("i: indstillinger", wait)
	tm.Press("i")
	tm.WaitForT("5. Sprog: dansk", wait)
	tm.Press("5")
	tm.Press("enter")
	tm.WaitForT("5. Language: English", wait)
	tm.Press("3") // helper mode, then practice: the helper's look-away screen in a rehearsal
	tm.Press("enter")
	tm.WaitForT("3. I am helping someone: on", wait)
	tm.Press("4")
	tm.Press("enter")
	tm.WaitForT("4. Practise (the guide saves nothing): on", wait)
	tm.WaitForT("REHEARSAL", wait)
	tm.Press("esc")
	tm.WaitForT("i: settings", wait)
	quitAtOnce(tm)

	again := termtest.Start(t, binary, []string{"--journey", "new-account", "--step", "password"}, userEnv(t, home), 80, 24)
	again.WaitForT("What you may do as a helper", wait) // kept for the next time, as --helper --rehearse --lang en
	again.Press("enter")
	again.WaitForT("Helper: Look away now", wait)
	again.WaitForT("REHEARSAL", wait)
	quitAtOnce(again)
}

// P3/P38: the screen setting chosen in the full screen changes the colours
// the guide draws in at once (the caption's grey for a light background),
// where the terminal said it was dark.
func TestTheScreenSettingChangesTheColours(t *testing.T) {
	tm := termtest.Start(t, binary, nil, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("i: indstillinger", wait)
	caption := func() termtest.Cell { // at the left of the top line, or the line under what the first screen says of the line mode
		for y, line := range strings.SplitN(tm.Screen(), "\n", 3)[:2] {
			if strings.HasPrefix(line, "EU Login-guide") {
				return tm.CellAt(0, y)
			}
		}
		t.Fatalf("the caption is not at the top left:\n%s", tm.Screen())
		return termtest.Cell{}
	}
	dark := caption()
	tm.Press("i")
	tm.WaitForT("6. Farver til skærmen: som terminalen siger", wait)
	tm.Press("6")
	tm.Press("enter")
	tm.WaitForT("6. Farver til skærmen: lys baggrund", wait)
	tm.Press("esc")
	tm.WaitForT("i: indstillinger", wait)
	if light := caption(); light.Fg == dark.Fg {
		t.Errorf("the caption is drawn in %v on a light background as on a dark one", light.Fg)
	}
	quitAtOnce(tm)
}

// P3: a folder of corrections beside the program is used without
// --content, as an association leaves it there for its members.
func TestAFolderOfCorrectionsBesideTheProgram(t *testing.T) {
	dir := t.TempDir()
	program := filepath.Join(dir, filepath.Base(binary))
	data, err := os.ReadFile(binary)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(program, data, 0o755); err != nil {
		t.Fatal(err)
	}
	corrected := filepath.Join(dir, besideFolder, "locales", "active.da.toml")
	if err := os.MkdirAll(filepath.Dir(corrected), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(corrected, []byte("[step.needs]\ntitle = \"Find det her frem\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(program, "--plain", "--step", "needs")
	cmd.Env, cmd.Stdin = userEnv(t, t.TempDir()), strings.NewReader("")
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), "Find det her frem") {
		t.Fatalf("the folder beside the program was not used:\n%s", out)
	}
}

// A flag that turns something on still wins over the setting turned off:
// started with --plain, turning the line mode off keeps the line mode.
func TestAFlagStillWinsOverASettingTurnedOff(t *testing.T) {
	home := t.TempDir()
	tm := termtest.Start(t, binary, []string{"--plain"}, userEnv(t, home), 80, 24)
	tm.WaitForT("Skriv tallet ud for dit svar", wait)
	tm.Type("indstillinger\n")
	tm.WaitForT("2. Linje for linje, til skærmlæser: til", wait)
	tm.Type("2\n")
	tm.WaitForT(danish(t, "settings.kept"), wait)
	if strings.Contains(tm.Screen(), "Enter: vælg") {
		t.Fatalf("--plain was given, and the full screen came:\n%s", tm.Screen())
	}
	tm.WaitForT("2. Linje for linje, til skærmlæser: til", wait)
}

// P3: in the full screen too another member is chosen from the list of
// the saved ones.
func TestAnotherMemberInTheFullScreen(t *testing.T) {
	home := t.TempDir()
	runPlainGuide(t, home, "1\n", "--profile", "Bent") // Bent has begun a journey
	tm := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	tm.WaitForT("i: indstillinger", wait)
	tm.Press("i")
	tm.WaitForT("7. Skift til en anden person", wait)
	tm.Press("7")
	tm.Press("enter")
	tm.WaitForT("1. Bent", wait)
	tm.Press("enter")
	tm.WaitForT("Profil: Bent", wait)
	tm.WaitForT("Du fortsætter nu med Bent.", wait)
	quitAtOnce(tm)
}

// Deleting what is kept deletes the settings too, and the guide goes on
// as it starts for one new to it: in the language of the computer.
func TestDeletingTakesTheSettingsWithIt(t *testing.T) {
	home := t.TempDir()
	out := runPlainGuide(t, home, "indstillinger\n5\n7\n2\n") // English, then delete
	if !strings.Contains(out, "Delete what is saved for you") {
		t.Fatalf("the settings were not in English before deleting:\n%s", out)
	}
	deleted := danish(t, "save.reset-done", map[string]any{"Profile": "standard"})
	if i := strings.LastIndex(out, "Language: English"); i < 0 || !strings.Contains(out[i:], deleted) {
		t.Errorf("after deleting, the guide did not go on in Danish:\n%s", out)
	}
}
