package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// standInBrowser is a folder with a stand-in for xdg-open that writes
// down the addresses it was asked to open, and that list's file.
func standInBrowser(t *testing.T) (bin, opened string) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("the stand-in browser is a Linux xdg-open")
	}
	bin, opened = t.TempDir(), filepath.Join(t.TempDir(), "opened")
	script := "#!/bin/sh\necho \"$1\" >> " + opened + "\n"
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return bin, opened
}

// withBrowser is the user's environment with the stand-in browser first.
func withBrowser(t *testing.T, home, bin string) []string {
	return userEnv(t, home, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// waitForWrapped waits for words the screen may break anywhere (a long
// path is broken inside a name).
func waitForWrapped(t *testing.T, tm *termtest.Term, text string) {
	t.Helper()
	bare := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if !eventually(func() bool { return strings.Contains(bare(tm.Screen()), bare(text)) }) {
		t.Fatalf("%q not on screen; screen:\n%s", text, tm.Screen())
	}
}

// --sheet and --calendar write a member's sheet and calendar to the files
// named and open nothing; a folder that is not there is said, and nothing
// written.
func TestTheSheetAndCalendarFlagsWriteWithoutOpening(t *testing.T) {
	home := t.TempDir()
	runPlainGuide(t, home, "2\n\n", "--plain", "--profile", "Bent")
	bin, opened := standInBrowser(t)
	dir := t.TempDir()
	sheetFile, calFile := filepath.Join(dir, "bent.html"), filepath.Join(dir, "bent.ics")
	cmd := exec.Command(binary, "--profile", "Bent", "--sheet", sheetFile, "--calendar", calFile)
	cmd.Env = withBrowser(t, home, bin)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	for _, file := range []string{sheetFile, calFile} {
		if !strings.Contains(string(out), danish(t, "takehome.written", map[string]any{"Path": file})) {
			t.Errorf("the guide does not say it wrote %s:\n%s", file, out)
		}
	}
	page, err := os.ReadFile(sheetFile)
	if err != nil || !bytes.Contains(page, []byte(danish(t, "sheet.title"))) || !bytes.Contains(page, []byte("Profil: Bent")) {
		t.Errorf("the sheet is not Bent's (%v):\n%s", err, page)
	}
	cal, err := os.ReadFile(calFile)
	if _, perr := ics.ParseCalendar(bytes.NewReader(cal)); err != nil || perr != nil || bytes.Contains(cal, []byte("Bent")) {
		t.Errorf("the calendar does not read, or names Bent unasked (%v, %v):\n%s", err, perr, cal)
	}
	if _, err := os.Stat(opened); err == nil {
		t.Errorf("the flags opened a browser")
	}

	missing := filepath.Join(dir, "no-such-folder", "x.html")
	cmd = exec.Command(binary, "--profile", "Bent", "--sheet", missing)
	cmd.Env = withBrowser(t, home, bin)
	out, err = cmd.CombinedOutput()
	if err == nil || !strings.Contains(words(string(out)), danish(t, "takehome.failed-no-folder", map[string]any{"Path": missing})) {
		t.Errorf("a sheet for a folder not there gives %v:\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Dir(missing)); err == nil {
		t.Errorf("the folder was made")
	}
}

// --help names --sheet and --calendar in both languages.
func TestHelpNamesTheSheetAndCalendarFlags(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		help, err := exec.Command(binary, "--help", "--lang", lang).CombinedOutput()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"--sheet", "--calendar"} {
			if !strings.Contains(string(help), want) {
				t.Errorf("--help --lang %s does not name %s:\n%s", lang, want, help)
			}
		}
	}
}

// On the start screen, p writes the member's sheet in the Documents
// folder and opens it in the browser, and the screen says where it is;
// the calendar is written beside it, and opens nothing.
func TestTheStartScreenWritesTheSheetAndOpensIt(t *testing.T) {
	home := t.TempDir()
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	bin, opened := standInBrowser(t)
	tm := termtest.Start(t, binary, []string{"--journey", "new-account"}, withBrowser(t, home, bin), 200, 40)
	tm.WaitForT("1. etape", wait)
	tm.Type("p")
	tm.WaitForT(danish(t, "takehome.title", map[string]any{"Profile": danish(t, "takehome.you")}), wait)
	tm.Press("enter")
	sheetFile := filepath.Join(docs, danish(t, "takehome.sheet-file")+".html")
	waitForWrapped(t, tm, danish(t, "takehome.written-opened", map[string]any{"Path": sheetFile}))
	want := "file://" + strings.ReplaceAll(filepath.ToSlash(sheetFile), " ", "%20")
	var got []byte
	if !eventually(func() bool { got, _ = os.ReadFile(opened); return strings.TrimSpace(string(got)) == want }) {
		t.Errorf("the browser was asked to open %q, want %s", got, want)
	}
	if page, err := os.ReadFile(sheetFile); err != nil || !bytes.Contains(page, []byte(danish(t, "sheet.done-title"))) {
		t.Errorf("the sheet was not written (%v)", err)
	}
	tm.Press("down")
	tm.Press("enter")
	calFile := filepath.Join(docs, danish(t, "takehome.calendar-file")+".ics")
	waitForWrapped(t, tm, danish(t, "takehome.written", map[string]any{"Path": calFile}))
	if _, err := os.Stat(calFile); err != nil {
		t.Errorf("the calendar was not written: %v", err)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(docs, "*.tmp*")); len(leftovers) > 0 {
		t.Errorf("temporary files are left: %v", leftovers)
	}
}

// Where the sheet cannot be written (the home folder is not there), the
// guide says so and goes on: Esc is back on the start screen.
func TestASheetThatCannotBeWrittenIsSaidAndTheGuideGoesOn(t *testing.T) {
	home := filepath.Join(t.TempDir(), "gone")
	bin, opened := standInBrowser(t)
	tm := termtest.Start(t, binary, []string{"--journey", "new-account"}, withBrowser(t, home, bin), 200, 40)
	tm.WaitForT("1. etape", wait)
	tm.Type("p")
	tm.Press("enter")
	waitForWrapped(t, tm, danish(t, "takehome.failed-no-folder", map[string]any{"Path": filepath.Join(home, danish(t, "takehome.sheet-file")+".html")}))
	tm.Press("esc")
	tm.WaitForT(danish(t, "home.tasks"), wait)
	if _, err := os.Stat(opened); err == nil {
		t.Errorf("a sheet not written was opened")
	}
}

// From the overview, in the line mode, a volunteer writes a member's sheet
// without going on with them: the sheet is that member's, her menu and
// the sheet's screen name her, and the guide does not go on with her.
func TestTheOverviewWritesAMembersSheet(t *testing.T) {
	home := t.TempDir()
	threeMembers(t, home)
	bin, opened := standInBrowser(t)
	cmd, out := plainGuide(withBrowser(t, home, bin), "Dorte\n3\n1\n", "--plain", "--overview")
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	sheetFile := filepath.Join(home, danish(t, "takehome.sheet-file")+" Dorte.html")
	if !strings.Contains(words(out.String()), danish(t, "takehome.written-opened", map[string]any{"Path": sheetFile})) {
		t.Errorf("the line mode does not say where the sheet is:\n%s", out)
	}
	page, err := os.ReadFile(sheetFile)
	if err != nil || !bytes.Contains(page, []byte("Profil: Dorte")) || !bytes.Contains(page, []byte("1. etape")) {
		t.Errorf("the sheet is not Dorte's (%v)", err)
	}
	if !eventually(func() bool { _, err := os.Stat(opened); return err == nil }) {
		t.Errorf("the sheet was not opened")
	}
	if strings.Contains(out.String(), danish(t, "settings.member-now", map[string]any{"Profile": "Dorte"})) || strings.Count(out.String(), "Profil: Dorte") < 3 {
		t.Errorf("the guide went on with Dorte, or her menu and sheet screen do not name her:\n%s", out)
	}
}

// --sheet for a name with nothing saved (typed wrong, as "Bnet" for
// "Bent") writes nothing and says the saved names near it: a sheet of
// nothing begun would be printed for a member who has begun.
func TestTheSheetFlagRefusesANameWithNothingSaved(t *testing.T) {
	home := t.TempDir()
	runPlainGuide(t, home, "2\n\n", "--plain", "--profile", "Bent")
	dir := t.TempDir()
	sheetFile := filepath.Join(dir, "bent.html")
	cmd := exec.Command(binary, "--profile", "Bnet", "--sheet", sheetFile)
	cmd.Env = userEnv(t, home)
	out, err := cmd.CombinedOutput()
	want := danish(t, "takehome.no-member-near", map[string]any{"Profile": "Bnet", "Profiles": "Bent"})
	if !strings.Contains(words(string(out)), want) || cmd.ProcessState.ExitCode() != 2 {
		t.Errorf("--sheet for a name not saved exits %v and says:\n%s\nwant exit 2 and %q", err, out, want)
	}
	if _, err := os.Stat(sheetFile); err == nil {
		t.Errorf("a sheet was written for a name with nothing saved")
	}
}

// --sheet with no profile named writes the unnamed member's sheet, even
// with nothing saved: the addresses and support are on it.
func TestTheSheetFlagWritesForTheUnnamedMember(t *testing.T) {
	home := t.TempDir()
	sheetFile := filepath.Join(t.TempDir(), "ark.html")
	cmd := exec.Command(binary, "--sheet", sheetFile)
	cmd.Env = userEnv(t, home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if page, err := os.ReadFile(sheetFile); err != nil || !bytes.Contains(page, []byte(danish(t, "takehome.none-begun"))) {
		t.Errorf("the sheet of nothing begun is not written (%v):\n%s", err, page)
	}
}
