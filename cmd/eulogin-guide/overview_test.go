package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// threeMembers are Hanne, Bent and Dorte, each begun on a new account
// (answer 2 of "Hvor står du?") in the line mode.
func threeMembers(t *testing.T, home string) {
	for _, name := range []string{"Hanne", "Bent", "Dorte"} {
		runPlainGuide(t, home, "2\n\n", "--plain", "--profile", name)
	}
}

// --overview lists the three; a name typed finds one, Enter opens them
// and Enter again goes on with them: their journey comes, with their name.
func TestTheOverviewOpensAMemberInTheFullScreen(t *testing.T) {
	home := t.TempDir()
	threeMembers(t, home)
	tm := termtest.Start(t, binary, []string{"--overview"}, userEnv(t, home), 80, 24)
	tm.WaitForT("Alle personer på denne computer", wait)
	tm.WaitForT(danish(t, "overview.count", map[string]any{"Count": 3}), wait)
	for _, name := range []string{"Hanne", "Bent", "Dorte"} {
		tm.WaitForT(name+" · Ny EU Login-konto med EU Login-appen", wait)
	}
	tm.Type("be")
	tm.WaitForT(danish(t, "overview.found", map[string]any{"Count": 1, "All": 3}), wait)
	tm.Press("enter")
	tm.WaitForT("Fortsæt med Bent", wait)
	tm.Press("enter")
	tm.WaitForT("Profil: Bent", wait)
	tm.WaitForT("1. etape: konto og app: I gang", wait) // Bent's new account, where he left it
	if strings.Contains(tm.Screen(), "Alle personer på denne computer") {
		t.Fatalf("the overview is still shown:\n%s", tm.Screen())
	}
}

// In the line mode, a member chosen by number is deleted after the
// question; every other member's file is as it was, byte for byte, and
// the overview comes again without them.
func TestDeletingFromTheOverviewInTheLineMode(t *testing.T) {
	home := t.TempDir()
	threeMembers(t, home)
	before := profileFiles(t, home)
	out := runPlainGuide(t, home, "Dorte\n2\n2\n\n", "--plain", "--overview")
	after := profileFiles(t, home)
	if len(after) != len(before)-1 {
		t.Fatalf("%d profile files before, %d after deleting Dorte:\n%s", len(before), len(after), out)
	}
	for file, data := range after {
		if !bytes.Equal(before[file], data) {
			t.Errorf("%s changed", file)
		}
	}
	if found, err := (store.Store{Dir: configDir(home)}).Has("Dorte"); err != nil || found {
		t.Errorf("Dorte is still kept (%v)", err)
	}
	if !strings.Contains(out, danish(t, "overview.deleted", map[string]any{"Profile": "Dorte"})) ||
		!strings.Contains(out, danish(t, "overview.count", map[string]any{"Count": 2})) {
		t.Fatalf("the overview did not come again without Dorte:\n%s", out)
	}
	if !strings.Contains(out, "1. Bent: Ny EU Login-konto med EU Login-appen, 1. etape,") {
		t.Errorf("the line mode does not say a row with commas:\n%s", out)
	}
}

// profileFiles are the profiles' files under home, by file name.
func profileFiles(t *testing.T, home string) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(configDir(home), "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no profile files (%v)", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = data
	}
	return out
}

// The member kept without a name is deleted from another member's
// overview by the name the overview gives them, and the notice names them
// so too, not by the file's word ("standard").
func TestDeletingTheUnnamedMemberSaysItInWords(t *testing.T) {
	home := t.TempDir()
	runPlainGuide(t, home, "2\n\n", "--plain")
	runPlainGuide(t, home, "2\n\n", "--plain", "--profile", "Hanne")
	out := runPlainGuide(t, home, "uden navn\n2\n2\n\n", "--plain", "--profile", "Hanne", "--overview")
	if found, err := (store.Store{Dir: configDir(home)}).Has(store.DefaultProfile); err != nil || found {
		t.Fatalf("the unnamed member is still kept (%v):\n%s", err, out)
	}
	if !strings.Contains(words(out), danish(t, "overview.deleted-unnamed")) || strings.Contains(out, store.DefaultProfile) {
		t.Errorf("the notice does not name the unnamed member in words:\n%s", out)
	}
}
