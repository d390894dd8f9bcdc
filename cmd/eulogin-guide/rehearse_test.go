package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// listing is every file and folder under dir, with its mode and, for a
// file, its bytes: two listings are equal only if nothing changed.
func listing(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %v", path, info.Mode())
		if !d.IsDir() {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, " %q", data)
		}
		b.WriteString("\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// begun is a home whose person has begun a journey (new-account), and
// the listing of its config folder.
func begun(t *testing.T) (home, before string) {
	t.Helper()
	home = t.TempDir()
	runPlainGuide(t, home, "2\n\n\n") // new-account, its first stage begun
	return home, listing(t, configDir(home))
}

// Issue 20: a rehearsal begun on the first screen ("Jeg vil øve mig
// først") starts afresh, not from the saved progress, and leaving it
// (the setting turned back, or quitting) leaves the config folder byte
// for byte as it was: in the full screen.
func TestARehearsalFromTheFirstScreenLeavesTheFolderAsItWasInTheFullScreen(t *testing.T) {
	for _, leave := range []string{"setting", "quit"} {
		t.Run(leave, func(t *testing.T) {
			home, before := begun(t)
			tm := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
			tm.WaitForT("1. etape: konto og app: I gang", wait) // the journey saved
			tm.Press("h")
			tm.WaitForT("9. Jeg vil øve mig først", wait)
			tm.Press("9")
			tm.Press("enter")
			tm.WaitForT("Hvad vil du øve?", wait)
			tm.WaitForT("ØVELSE", wait)
			tm.Press("2")
			tm.Press("enter")
			tm.WaitForT("1. etape: konto og app: Ikke startet", wait) // afresh
			tm.Press("enter")
			tm.WaitForT("Det skal du bruge", wait)
			tm.Press("enter")
			tm.WaitForT("Har du allerede en EU Login-konto?", wait)
			if leave == "setting" {
				tm.Press("home")
				tm.WaitForT("i: indstillinger", wait)
				tm.Press("i")
				tm.WaitForT("4. Øv dig (guiden gemmer intet): til", wait)
				tm.Press("4")
				tm.Press("enter")
				tm.WaitForT("Øvelsen er slut", wait)
				tm.WaitForT("4. Øv dig (guiden gemmer intet): fra", wait)
			}
			quitAtOnce(tm)
			if after := listing(t, configDir(home)); after != before {
				t.Errorf("the config folder changed:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
}

// Issue 20: the same in the line mode, where the words choose.
func TestARehearsalFromTheFirstScreenLeavesTheFolderAsItWasInTheLineMode(t *testing.T) {
	for leave, input := range map[string]string{
		"setting": "forløb\n9\n2\n\n\nhjem\nindstillinger\n4\n",
		"quit":    "forløb\n9\n2\n\n\nafslut\nja\n",
	} {
		t.Run(leave, func(t *testing.T) {
			home, before := begun(t)
			out := runPlainGuide(t, home, input)
			for _, want := range []string{danish(t, "settings.rehearsal-now"), danish(t, "situation.rehearsal-title"), "ØVELSE",
				"1. etape: konto og app: Ikke startet", danish(t, "step.one-account.title")} {
				if !strings.Contains(out, want) {
					t.Errorf("%q is not said:\n%s", want, out)
				}
			}
			if leave == "setting" && !strings.Contains(out, danish(t, "settings.rehearsal-ended")) {
				t.Errorf("turning the rehearsal off did not say it ended:\n%s", out)
			}
			if after := listing(t, configDir(home)); after != before {
				t.Errorf("the config folder changed:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
}

// Issue 20: a failure is rehearsed through the binary, from the
// rehearsal's first question to what to do.
func TestAFailureRehearsedThroughTheBinary(t *testing.T) {
	out := runPlainGuide(t, t.TempDir(), "9\n9\n1\n\n\n\n\n")
	for _, want := range []string{danish(t, "failure.android-banner.title"), danish(t, "failure.android-banner.find"),
		danish(t, "rehearsal.what-to-do"), danish(t, "help.pending-approval.title")} {
		if !strings.Contains(out, want) {
			t.Errorf("%q is not said:\n%s", want, out)
		}
	}
}

// Issue 20: in a rehearsal the scan step shows a QR code of its own, which
// an independent decoder reads as the practice words, never an address,
// on dark and light themes.
func TestThePracticeQRCodeScansOnDarkAndLightThemes(t *testing.T) {
	want := danish(t, "step.scan-qr.practice-qr")
	for name, theme := range map[string]termtest.Theme{"dark": termtest.Dark, "light": termtest.Light} {
		t.Run(name, func(t *testing.T) {
			tm := termtest.Start(t, binary, []string{"--rehearse", "--journey", "new-account", "--step", "scan-qr"}, userEnv(t, t.TempDir()), 100, 40,
				termtest.WithTheme(theme))
			tm.WaitForT("Scan QR-koden med appen", wait)
			tm.WaitForT("▀▀▀▀▀▀▀▀▀▀", wait)
			got, err := termtest.DecodeQR(tm.Image())
			if err != nil {
				t.Fatalf("the practice QR code does not scan: %v\n%s", err, tm.Screen())
			}
			if got != want || strings.Contains(got, "http") {
				t.Fatalf("the practice QR code says %q, want %q", got, want)
			}
		})
	}
}

// Issue 20: in a rehearsal the validation-code step gives a code to
// practise with, and its check takes it.
func TestThePracticeValidationCodeIsTaken(t *testing.T) {
	out := runPlainGuide(t, t.TempDir(), "HUS KAT SOL 123\n", "--rehearse", "--journey", "new-account", "--step", "validation-code")
	if !strings.Contains(out, danish(t, "step.validation-code.practice")) {
		t.Fatalf("the practice code is not given:\n%s", out)
	}
	if !strings.Contains(out, danish(t, "step.code-type-in.title")) || strings.Contains(out, danish(t, "app.error-prefix")) {
		t.Errorf("the practice code was not taken:\n%s", out)
	}
}

// Issue 20: a rehearsal of new-account through the binary in the line
// mode, its first stage done on the sketches of the e-mail page, the
// e-mail with the link and the password page, leaves the config folder
// byte for byte as it was.
func TestARehearsalOnTheSketchesLeavesTheFolderAsItWasInTheLineMode(t *testing.T) {
	home, before := begun(t)
	input := strings.Join([]string{"", "", "1", "1", "", "", // the start, what you need, no account, Android, the app, the page
		"", "1", "aase.jensen@mail.dk", "2", // the e-mail page: its box, then [Next]
		"1",     // created the account
		"", "1", // the e-mail: [this link]
		"", "1", "Blåbær-2025xY", "", "2", // the password page: its box, its advice taken, then [Submit]
		"afslut", "ja"}, "\n") + "\n"
	out := runPlainGuide(t, home, input, "--rehearse", "--journey", "new-account")
	for _, want := range []string{"ØVELSE", danish(t, "sketch.practise-title"), danish(t, "sketch.eulogin-email.title"),
		danish(t, "sketch.eulogin-mail.title"), danish(t, "sketch.eulogin-password.title"), `Klik på "Proceed"`} {
		if !strings.Contains(out, want) {
			t.Errorf("%q is not said:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Blåbær") || strings.Contains(out, danish(t, "app.error-prefix")) {
		t.Errorf("the password was shown, or an answer refused:\n%s", out)
	}
	if after := listing(t, configDir(home)); after != before {
		t.Errorf("the config folder changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// Issue 20: the same in the full screen, by its keys: Enter opens a
// step's sketch, a box is typed into and Enter takes it (and its advice),
// Enter uses the control to use.
func TestARehearsalOnTheSketchesLeavesTheFolderAsItWasInTheFullScreen(t *testing.T) {
	home, before := begun(t)
	tm := termtest.Start(t, binary, []string{"--rehearse", "--journey", "new-account"}, userEnv(t, home), 80, 24)
	steps := []struct{ wait, keys string }{
		{"1. etape: konto og app: Ikke startet", "enter"},
		{"Det skal du bruge", "enter"},
		{"Har du allerede en EU Login-konto?", "1 enter"},
		{"Hvilken slags telefon eller tablet har du?", "1 enter"},
		{"Hent EU Login-appen på apparat 1", "enter"},
		{"Åbn EU Login på apparat 2", "enter"},
		{"Skriv din e-mailadresse", "enter"},
		{"Log på EU Login", "aase.jensen@mail.dk enter enter"}, // the box, then [Next]
		{"Udfyld felterne, og opret kontoen", "1 enter"},
		{"Vent på en e-mail fra Authentication", "enter"},
		{"E-mail fra EU Login", "enter"}, // [this link]
		{"Vælg dit password", "enter"},
		{"Siden kommer, når du har klikket", "Blåbær-2025xY enter enter enter"}, // the box, its advice taken, [Submit]
		{"Klik på [Proceed]", ""},
	}
	for _, s := range steps {
		tm.WaitForT(s.wait, wait)
		for _, k := range strings.Fields(s.keys) {
			if k == "enter" {
				tm.Press(k)
			} else {
				tm.Type(k)
			}
		}
	}
	if strings.Contains(tm.Screen(), "Blåbær") {
		t.Errorf("the password is shown:\n%s", tm.Screen())
	}
	quitAtOnce(tm)
	if after := listing(t, configDir(home)); after != before {
		t.Errorf("the config folder changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}
