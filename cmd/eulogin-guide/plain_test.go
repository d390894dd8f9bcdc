package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// The plain mode through the real binary: what starts it, what it never
// sends, and how it ends.

// In a terminal that answers no query, the plain mode starts at once and
// takes what was typed before its first line: it asks nothing (the start-up
// background query of Bubble Tea's init, OSC 11 then CSI 6n, would wait 5
// s and eat the keys typed meanwhile), and sends no code at all.
func TestPlainModeSendsNoScreenCodes(t *testing.T) {
	starts := map[string][]string{
		"ACCESSIBLE=1": {"ACCESSIBLE=1"},
		"TERM=dumb":    {"TERM=dumb"},
		"--plain":      nil,
	}
	for name, extra := range starts {
		t.Run(name, func(t *testing.T) {
			var args []string
			if name == "--plain" {
				args = []string{"--plain"}
			}
			// Tall enough to keep the first question in sight under the screen the typed-ahead answer brings.
			tm := termtest.Start(t, binary, args, userEnv(t, t.TempDir(), extra...), 80, 60, termtest.WithoutAnswers())
			tm.Type("2") // typed ahead, before the first question
			tm.Press("enter")
			tm.WaitForT("Hvor står du?", wait)
			tm.WaitForT("Ny EU Login-konto med EU Login-appen", wait)
			tm.WaitForT("1. etape: konto og app: Ikke startet", wait)
			tm.Press("enter")
			tm.WaitForT("1. etape, trin 1 af højst 18", wait)
			tm.Type("hjælp")
			tm.Press("enter")
			tm.WaitForT("Hjælp: Det skal du bruge", wait)
			raw := tm.Raw()
			if bytes.Contains(raw, []byte("\x1b[?1049h")) {
				t.Error("the plain mode switched to the alternate screen")
			}
			if c := colourCode.Find(raw); c != nil {
				t.Errorf("the plain mode sent the colour code %q", c)
			}
			if bytes.ContainsAny(raw, "\x1b") {
				t.Errorf("the plain mode sent an escape sequence: %q", raw[bytes.IndexByte(raw, 0x1b):][:min(12, len(raw)-bytes.IndexByte(raw, 0x1b))])
			}
		})
	}
}

func TestPlainModeReadsThePINWithoutEchoAndCtrlCGivesTheTerminalBack(t *testing.T) {
	// A shell runs the guide and then shows the terminal's settings, as the
	// user's next command would see them.
	// The shell ignores Ctrl+C itself so that it goes on to stty.
	script := "trap '' INT; " + binary + " --plain --step pin; stty -a"
	tm := termtest.Start(t, "/bin/sh", []string{"-c", script}, userEnv(t, t.TempDir()), 100, 30)
	tm.WaitForT("Pinkode", wait)
	echoOff(t, tm) // typed before, the PIN would show however the guide reads it
	tm.Type("2580")
	tm.Press("enter")
	// An echo of the PIN would be on screen before the next prompt.
	tm.WaitForT("Skriv den samme pinkode igen:", wait)
	if strings.Contains(tm.Screen(), "2580") {
		t.Fatalf("the PIN is shown as it is typed:\n%s", tm.Screen())
	}
	tm.Press("ctrl+c")
	tm.WaitForT("Guiden har gemt, hvor du er nået til.", wait) // as the full screen's quit question says
	tm.WaitForT("speed", wait)                                 // stty -a ran
	tm.WaitForT("isig", wait)                                  // and printed its line of local modes ("isig" or "-isig")
	screen := tm.Screen()
	if !strings.Contains(screen, " echo ") || strings.Contains(screen, "-echo ") {
		t.Fatalf("echo is still off after Ctrl+C:\n%s", screen)
	}
}

func TestStandardInputFromDevNullEndsAtOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	cmd := exec.CommandContext(ctx, binary)
	cmd.Stdin = devnull
	cmd.Env = userEnv(t, t.TempDir())
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("still running after a second with no input:\n%s", out)
	}
	if err != nil || bytes.Contains(out, []byte("panic")) {
		t.Fatalf("exit %v:\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("Hvor står du?")) {
		t.Fatalf("the first question was not printed:\n%s", out)
	}
}

// input that never ends its line (/dev/zero) ends the plain mode
// soon, told as input that failed, instead of being read and dropped for
// ever; and so it does when nothing reads the guide's output any more.
func TestAnEndlessLineEndsThePlainMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no /dev/zero")
	}
	const deadline = 10 * time.Second
	zero, err := os.Open("/dev/zero")
	if err != nil {
		t.Fatal(err)
	}
	defer zero.Close()
	t.Run("output read", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), deadline)
		defer cancel()
		cmd := exec.CommandContext(ctx, binary, "--plain")
		cmd.Stdin, cmd.Env = zero, userEnv(t, t.TempDir())
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		switch {
		case ctx.Err() != nil:
			t.Fatalf("still reading after %v", deadline)
		case !errors.As(err, &exit) || exit.ExitCode() != 1 || !bytes.Contains(out, []byte("Fejl: Guiden stoppede uventet")):
			t.Fatalf("exit %v:\n%s", err, out)
		}
	})
	t.Run("output closed", func(t *testing.T) {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(binary, "--plain")
		cmd.Stdin, cmd.Stdout, cmd.Env = zero, w, userEnv(t, t.TempDir())
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		w.Close()
		var shown []byte
		for buf := make([]byte, 4096); !bytes.Contains(shown, []byte("Hvor står du?")); {
			n, err := r.Read(buf)
			if err != nil {
				t.Fatalf("the first question was not printed: %v\n%s", err, shown)
			}
			shown = append(shown, buf[:n]...)
		}
		r.Close() // while the guide reads the endless line
		ended := make(chan error, 1)
		go func() { ended <- cmd.Wait() }()
		select {
		case <-ended:
		case <-time.After(deadline):
			_ = cmd.Process.Kill()
			t.Fatalf("still running %v after its output was closed", deadline)
		}
	})
}

func TestAnUnknownJourneyIsNamed(t *testing.T) {
	cmd := exec.Command(binary, "--journey", "nope")
	cmd.Env = userEnv(t, t.TempDir())
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 || !bytes.Contains(out, []byte(`Der er intet forløb, der hedder "nope". Forløbene hedder: find-account, new-account`)) {
		t.Fatalf("exit %v:\n%s", err, out)
	}
}

// F-3: SIGQUIT (Ctrl+\) at a hidden prompt of the plain mode gives the
// terminal back with echo on and dumps nothing on the user's screen.
func TestQuitSignalAtAHiddenPromptGivesTheTerminalBack(t *testing.T) {
	script := "trap '' QUIT; " + binary + " --plain --step pin; stty -a"
	tm := termtest.Start(t, "/bin/sh", []string{"-c", script}, userEnv(t, t.TempDir()), 100, 30)
	tm.WaitForT("Pinkode", wait)
	echoOff(t, tm) // only a guide reading a hidden line has the echo to give back
	if err := guideUnderShell(t, tm).Signal(syscall.SIGQUIT); err != nil {
		t.Fatal(err)
	}
	tm.WaitForT("speed", wait)
	tm.WaitForT("isig", wait)
	screen := tm.Screen()
	if strings.Contains(screen, "-echo ") || strings.Contains(screen, "goroutine") {
		t.Fatalf("after SIGQUIT:\n%s", screen)
	}
}

// guideUnderShell is the process of the guide that the shell of tm runs.
func guideUnderShell(t *testing.T, tm *termtest.Term) *os.Process {
	t.Helper()
	out, err := exec.Command("pgrep", "-P", strconv.Itoa(tm.Pid()), "-f", binary).Output()
	if err != nil {
		t.Fatalf("no guide under the shell: %v", err)
	}
	pid, err := strconv.Atoi(strings.Fields(string(out))[0])
	if err != nil {
		t.Fatal(err)
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// F-15b: input that cannot be read (here a folder) is told in the user's
// language, without the system's English words.
func TestUnreadableInputIsToldInDanish(t *testing.T) {
	dir, err := os.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer dir.Close()
	cmd := exec.Command(binary, "--plain")
	cmd.Stdin, cmd.Env = dir, userEnv(t, t.TempDir())
	out, _ := cmd.CombinedOutput()
	if !bytes.Contains(out, []byte("Fejl: Guiden stoppede uventet")) || bytes.Contains(out, []byte("is a directory")) ||
		!bytes.Contains(out, []byte("Du er ikke gået i gang endnu, så guiden har intet gemt.")) { // a new person at the first question
		t.Fatalf("reading from a folder:\n%s", out)
	}
	// A rehearsal saved nothing, and says so.
	cmd = exec.Command(binary, "--plain", "--rehearse")
	cmd.Stdin, cmd.Env = dir, userEnv(t, t.TempDir())
	out, _ = cmd.CombinedOutput()
	if !bytes.Contains(out, []byte("Det var en øvelse. Guiden har ikke gemt noget.")) || bytes.Contains(out, []byte("har gemt")) {
		t.Fatalf("a rehearsal reading from a folder:\n%s", out)
	}
}

// A folder of corrections that is not there (a slip in its name) is told,
// and the guide runs on its own content.
func TestAMissingFolderOfCorrectionsIsTold(t *testing.T) {
	cmd := exec.Command(binary, "--plain", "--content", filepath.Join(t.TempDir(), "rettelsr"))
	cmd.Stdin, cmd.Env = strings.NewReader(""), userEnv(t, t.TempDir())
	raw, _ := cmd.CombinedOutput()
	out := strings.Join(strings.Fields(string(raw)), " ")
	if !strings.Contains(out, "Guiden kunne ikke bruge rettelserne") || !strings.Contains(out, "Mappen findes ikke. Er navnet skrevet rigtigt?") ||
		!strings.Contains(out, "Hvor står du?") {
		t.Fatalf("a missing folder:\n%s", out)
	}
}

// F-11, R-21: -h speaks the language asked for with --lang, before it or
// after it, and --lang takes a language written as LANG may write it.
func TestHelpInTheLanguageAskedFor(t *testing.T) {
	cases := []struct {
		env   string // the user's LANG
		args  []string
		usage string
	}{
		{"da_DK.UTF-8", []string{"--lang", "en", "-h"}, "Usage: eulogin-guide"},
		{"da_DK.UTF-8", []string{"-h", "--lang", "en"}, "Usage: eulogin-guide"},
		{"da_DK.UTF-8", []string{"--help", "--lang", "EN"}, "Usage: eulogin-guide"},
		{"da_DK.UTF-8", []string{"-h", "--lang", "En"}, "Usage: eulogin-guide"},
		{"da_DK.UTF-8", []string{"-h", "--lang", "en_GB"}, "Usage: eulogin-guide"},
		{"da_DK.UTF-8", []string{"-h", "--lang=en_GB.UTF-8"}, "Usage: eulogin-guide"},
		{"en_GB.UTF-8", []string{"-h", "--lang", "da-DK"}, "Brug: eulogin-guide"},
		{"en_GB.UTF-8", []string{"-h", "--lang", "DA"}, "Brug: eulogin-guide"},
	}
	for _, c := range cases {
		cmd := exec.Command(binary, c.args...)
		cmd.Env = userEnv(t, t.TempDir(), "LANG="+c.env)
		out, err := cmd.CombinedOutput()
		if err != nil || !bytes.HasPrefix(out, []byte(c.usage)) {
			t.Errorf("LANG=%s %v: %v:\n%s", c.env, c.args, err, out)
		}
	}
}

// a language the guide does not have is refused, naming what was
// typed, in the language of the environment.
func TestAnUnknownLanguageIsRefused(t *testing.T) {
	for env, want := range map[string]string{
		"da_DK.UTF-8": `Fejl: Sproget skal være da (dansk) eller en (engelsk). Du har skrevet "fr_FR".`,
		"en_GB.UTF-8": `Error: The language must be da (Danish) or en (English). You typed "fr_FR".`,
	} {
		cmd := exec.Command(binary, "--lang", "fr_FR", "-h")
		cmd.Env = userEnv(t, t.TempDir(), "LANG="+env)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 || strings.TrimSpace(string(out)) != want {
			t.Errorf("LANG=%s: %v:\n%s", env, err, out)
		}
	}
}

// F-10: --reset reads its answer and no more: the rest of the input is the
// guide's.
func TestResetLeavesTheRestOfTheInput(t *testing.T) {
	home := t.TempDir()
	run := func(input string, args ...string) string {
		cmd := exec.Command(binary, args...)
		cmd.Env, cmd.Stdin = userEnv(t, home), strings.NewReader(input)
		out, _ := cmd.CombinedOutput()
		return string(out)
	}
	run("", "--plain", "--step", "pin") // saves the place
	out := run("ja\n2\n\nafslut\nja\n", "--plain", "--reset")
	if !strings.Contains(out, "Det skal du bruge") || !strings.Contains(out, "Vil du afslutte guiden?") {
		t.Fatalf("the input after the answer was lost:\n%s", out)
	}
}

// I-2: an argument is printed back in an error without its control
// characters.
func TestArgumentsArePrintedBackWithoutEscapes(t *testing.T) {
	cmd := exec.Command(binary, "--step", "x\x1b]2;PWNED\x07")
	cmd.Env = userEnv(t, t.TempDir())
	out, _ := cmd.CombinedOutput()
	if bytes.ContainsAny(out, "\x1b\x07") || !bytes.Contains(out, []byte(`"x]2;PWNED"`)) {
		t.Fatalf("%q", out)
	}
}
