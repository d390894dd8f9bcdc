package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// releaseFiles is where the release's own files are, beside the program.
const releaseFiles = "../../.ci/release-files"

// besideTheProgram copies a release file beside the program the tests
// run, under name, as an archive holds it.
func besideTheProgram(t *testing.T, file, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(releaseFiles, file))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(filepath.Dir(binary), name)
	if err := os.WriteFile(path, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// Issue 19: the starters of the line mode (Linux's, run as a double-click
// runs it, and macOS's, which is the same script, with sh) start the
// program beside them in the line mode in a terminal, where it would
// otherwise draw the full screen, also when started from another folder:
// its first question in lines, no alternate screen, no escape code.
func TestTheStartersStartTheLineMode(t *testing.T) {
	for _, run := range [][]string{
		{besideTheProgram(t, "eulogin-guide-skaermlaeser.sh", "eulogin-guide-skaermlaeser.sh")},
		{"/bin/sh", besideTheProgram(t, "eulogin-guide-skaermlaeser.sh", "eulogin-guide-skaermlaeser.command")},
	} {
		t.Run(filepath.Base(run[len(run)-1]), func(t *testing.T) {
			elsewhere := t.TempDir() // started from another folder, as a file manager may
			args := append([]string{"-c", `cd "$0" && exec "$@"`, elsewhere}, run...)
			tm := termtest.Start(t, "/bin/sh", args, userEnv(t, elsewhere), 80, 24)
			tm.WaitForT(linePrompt, wait)
			// From its first words on; the terminal's background query before
			// them is no drawing (and the line mode is to lose it too).
			raw := string(tm.Raw())
			if _, said, _ := strings.Cut(raw, "EU Login-guide"); strings.Contains(raw, altScreen) || strings.Contains(said, "\x1b") {
				t.Errorf("the starter's guide drew with escape codes:\n%q", raw)
			}
		})
	}
}

// Issue 19: the Windows starter runs eulogin-guide.exe from its own
// folder in the line mode and keeps the window open at the end, in the
// CR LF lines cmd.exe reads. (No cmd.exe here: it is read, not run.)
func TestTheWindowsStarterRunsTheLineModeFromItsFolder(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(releaseFiles, "eulogin-guide-skaermlaeser.cmd"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	for _, want := range []string{"cd /d \"%~dp0\"\r\n", "\"%~dp0eulogin-guide.exe\" --plain\r\n", "pause\r\n"} {
		if !slices.Contains(lines, want) {
			t.Errorf("the Windows starter has no line %q:\n%s", want, data)
		}
	}
	for _, l := range lines {
		if l != "" && !strings.HasSuffix(l, "\r\n") {
			t.Errorf("a line of the Windows starter does not end in CR LF: %q", l)
		}
	}
}
