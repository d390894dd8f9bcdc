package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// typedAtTheCheck are a sender and an address typed at "Er denne mail
// eller side ægte?", each with a name found nowhere else.
var typedAtTheCheck = []string{"Hjælp <hjaelp@ec.europa.eu.fupmail-kvist.example>", "https://ec.europa.eu@fupside-kvist.example/"}

// notKept fails if any file under home holds a part of what was typed at
// the check: the progress, the index, the settings, whatever was written.
func notKept(t *testing.T, home string) {
	t.Helper()
	files := 0
	err := filepath.WalkDir(home, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		files++
		for _, part := range []string{"fupmail-kvist", "fupside-kvist", "hjaelp@"} {
			if strings.Contains(string(data), part) {
				t.Errorf("%s holds %q, typed at the check", path, part)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatal("nothing was saved: the test would see nothing")
	}
}

// Issue 22: what is typed at the check is judged, and kept in no file,
// though the journey begun before it is saved: in the line mode.
func TestWhatIsTypedAtTheMailCheckIsKeptNowhereInTheLineMode(t *testing.T) {
	home := t.TempDir()
	// A journey begun, and so saved; "Hvor står du?" again, and its last
	// answer; Enter alone goes back to it.
	out := runPlainGuide(t, home, "2\n\n\nhjem\nforløb\n11\n"+strings.Join(typedAtTheCheck, "\n")+"\n\n")
	for _, want := range []string{danish(t, "genuine.title"),
		danish(t, "genuine.verdict-elsewhere", text.Data{"Host": "ec.europa.eu.fupmail-kvist.example"}),
		danish(t, "genuine.reason-subdomain"),
		danish(t, "genuine.verdict-elsewhere", text.Data{"Host": "fupside-kvist.example"}),
		danish(t, "genuine.reason-in-user")} {
		if !strings.Contains(out, want) {
			t.Errorf("%q is not said:\n%s", want, out)
		}
	}
	notKept(t, home)
}

// Issue 22: the same in the full screen, the lines pasted.
func TestWhatIsTypedAtTheMailCheckIsKeptNowhereInTheFullScreen(t *testing.T) {
	home := t.TempDir()
	tm := termtest.Start(t, binary, nil, userEnv(t, home), 100, 40)
	tm.WaitForT("11. "+danish(t, "genuine.answer"), wait)
	tm.Press("2") // a journey begun, and so saved
	tm.Press("enter")
	tm.WaitForT("1. etape", wait)
	tm.Press("enter")
	tm.WaitForT(danish(t, "step.needs.title"), wait)
	tm.Press("home")
	tm.WaitForT("h: hvor står du?", wait)
	tm.Press("h")
	tm.WaitForT("11. "+danish(t, "genuine.answer"), wait)
	tm.Press("up") // from the journey on now (the second answer) round to the last
	tm.Press("up")
	tm.Press("enter")
	tm.WaitForT(danish(t, "genuine.title"), wait)
	for _, line := range typedAtTheCheck {
		tm.Paste(line)
		tm.WaitForT("> "+line, wait) // in the field
		tm.Press("enter")
		tm.WaitForT(danish(t, "genuine.typed", text.Data{"Typed": line}), wait)
	}
	tm.Press("esc")
	tm.WaitForT(danish(t, "situation.title"), wait)
	quitAtOnce(tm)
	notKept(t, home)
}
