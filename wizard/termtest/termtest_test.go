package termtest

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
)

const qrText = "https://ecas.ec.europa.eu/cas/login"

// The test binary doubles as the program under test: with TERMTEST_HELPER
// set it runs one of the helpers below instead of the tests.
func TestMain(m *testing.M) {
	switch os.Getenv("TERMTEST_HELPER") {
	case "":
		os.Exit(m.Run())
	case "background":
		helperBackground()
	case "keys":
		helperKeys()
	case "qr":
		fmt.Print("Scan:\n\n" + qrcode.Render(qrText, qrcode.Style{Colour: true}) + "\n" + qrText + "\n")
		var b [1]byte
		_, _ = os.Stdin.Read(b[:])
	default:
		fmt.Println("unknown helper")
		os.Exit(2)
	}
	os.Exit(0)
}

// helperBackground asks the terminal for its background colour the way
// Bubble Tea v1 and lipgloss do at start (termenv: OSC 11, then CSI 6n).
func helperBackground() {
	start := time.Now()
	out := termenv.NewOutput(os.Stdout)
	bg := out.BackgroundColor()
	dark := out.HasDarkBackground()
	fmt.Printf("bg=%v dark=%v ms=%d\n", bg, dark, time.Since(start).Milliseconds())
	var b [1]byte
	_, _ = os.Stdin.Read(b[:])
}

// keysModel shows the Bubble Tea name of every key it receives.
type keysModel struct{ keys []string }

func (m keysModel) Init() tea.Cmd { return nil }

func (m keysModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		m.keys = append(m.keys, k.String())
		if k.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m keysModel) View() string {
	return "klar\nkeys:" + strings.Join(m.keys, "|") + "\n"
}

func helperKeys() {
	if _, err := tea.NewProgram(keysModel{}).Run(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}

// helperEnv is the environment for a helper run of the test binary.
func helperEnv(helper string) []string {
	env := []string{"TERMTEST_HELPER=" + helper, "TERM=xterm-256color", "LANG=C.UTF-8"}
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PATH=") || strings.HasPrefix(kv, "HOME=") {
			env = append(env, kv)
		}
	}
	return env
}

func skipWindows(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix pseudo-terminal on Windows")
	}
}

func TestShell(t *testing.T) {
	skipWindows(t)
	script := `printf "Hej Åse\n"; read x; echo "fik:$x"; read y; stty size; tty; read z; exit 3`
	tm := Start(t, "/bin/sh", []string{"-c", script}, []string{"PATH=/usr/bin:/bin", "TERM=xterm-256color"}, 40, 10)

	tm.WaitForT("Hej Åse", 10*time.Second)
	tm.Type("øl")
	tm.Press("enter")
	tm.WaitForT("fik:øl", 10*time.Second)
	if got := tm.Screen(); !strings.HasPrefix(got, "Hej Åse\nøl\nfik:øl") {
		t.Errorf("screen = %q, want the greeting, the echoed input and the answer", got)
	}

	tm.Resize(60, 20)
	if c, r := tm.Size(); c != 60 || r != 20 {
		t.Errorf("Size = %d x %d, want 60 x 20", c, r)
	}
	tm.Press("enter")
	tm.WaitForT("20 60", 10*time.Second) // stty size reads the pty: rows cols
	tm.WaitForT(tm.TTY(), 10*time.Second)

	if !bytes.Contains(tm.Raw(), []byte("Hej Åse\r\n")) {
		t.Errorf("Raw does not hold the greeting with the pty's CRLF: %q", tm.Raw())
	}
	tm.Press("enter")
	code, err := tm.Wait(10 * time.Second)
	if err != nil || code != 3 {
		t.Errorf("Wait = %d, %v; want 3, nil", code, err)
	}
	if tm.WaitFor("never shown", time.Minute) {
		t.Error("WaitFor found text that was never written")
	}
}

func TestSignalAndWaitTimeout(t *testing.T) {
	skipWindows(t)
	tm := Start(t, "/bin/sh", []string{"-c", `echo klar; exec sleep 30`}, []string{"PATH=/usr/bin:/bin"}, 40, 5)
	tm.WaitForT("klar", 10*time.Second)
	if _, err := tm.Wait(50 * time.Millisecond); !errors.Is(err, ErrTimeout) {
		t.Fatalf("Wait on a running program: err = %v, want ErrTimeout", err)
	}
	if err := tm.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	code, err := tm.Wait(10 * time.Second)
	if err != nil || code != -1 {
		t.Errorf("Wait after SIGTERM = %d, %v; want -1 (killed by a signal), nil", code, err)
	}
}

// TestCleanupKills leaves a program running; t.Cleanup must kill it, or the
// test would hang.
func TestCleanupKills(t *testing.T) {
	skipWindows(t)
	var tm *Term
	t.Run("inner", func(t *testing.T) {
		tm = Start(t, "/bin/sh", []string{"-c", `echo klar; sleep 60`}, []string{"PATH=/usr/bin:/bin"}, 40, 5)
		tm.WaitForT("klar", 10*time.Second)
	})
	select {
	case <-tm.exited:
	default:
		t.Fatal("the program still runs after its test ended")
	}
}

// TestQueriesAnswered proves that the emulator's answers reach the program:
// termenv (Bubble Tea v1, lipgloss) gets the theme's background colour (on
// the light theme that differs from termenv's fallback, black) and does not
// wait for its 5-second timeout.
func TestQueriesAnswered(t *testing.T) {
	skipWindows(t)
	for _, tc := range []struct {
		name string
		th   Theme
		want string
	}{
		{"dark", Dark, "bg=#000000 dark=true"},
		{"light", Light, "bg=#ffffff dark=false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tm := Start(t, os.Args[0], nil, helperEnv("background"), 60, 5, WithTheme(tc.th))
			tm.WaitForT(tc.want, 10*time.Second)
			if !bytes.Contains(tm.Raw(), []byte("\x1b]11;?")) {
				t.Errorf("the program did not ask for the background colour: %q", tm.Raw())
			}
			var ms int
			line := tm.Screen()[strings.Index(tm.Screen(), "ms="):]
			if _, err := fmt.Sscanf(line, "ms=%d", &ms); err != nil || ms >= 4000 {
				t.Errorf("query took %q; want less than the 5 s timeout", line)
			}
		})
	}
}

// TestBubbleTeaKeys proves that Type and Press arrive in a Bubble Tea v1
// program as the key names the wizard matches on.
func TestBubbleTeaKeys(t *testing.T) {
	skipWindows(t)
	start := time.Now()
	tm := Start(t, os.Args[0], nil, helperEnv("keys"), 120, 10)
	tm.WaitForT("klar", 10*time.Second)
	if d := time.Since(start); d >= 4*time.Second {
		t.Errorf("Bubble Tea took %v to start; the background query was not answered", d)
	}
	tm.Type("Åse")
	presses := []string{"enter", "esc", "tab", "shift+tab", "backspace", "up", "down", "left", "right", "f1", "alt+x", "ctrl+a", "q"}
	for _, k := range presses {
		tm.Press(k)
	}
	want := "keys:Å|s|e|" + strings.Join(presses, "|")
	tm.WaitForT(want, 10*time.Second)
	tm.Press("ctrl+c")
	if code, err := tm.Wait(10 * time.Second); err != nil || code != 0 {
		t.Errorf("Wait = %d, %v; want 0, nil", code, err)
	}
	if raw := tm.Raw(); bytes.Contains(raw, []byte("\x1b[?1049h")) {
		t.Error("an inline program switched to the alternate screen")
	}
}

// TestKeysThroughAShell: a shell that runs the program and waits for it
// reads nothing, yet the keys are paced by the program's reads, each in a
// read of its own, without waiting the shell out (once readWait a key).
func TestKeysThroughAShell(t *testing.T) {
	skipWindows(t)
	tm := Start(t, "/bin/sh", []string{"-c", "'" + os.Args[0] + "'; echo fertig"}, helperEnv("keys"), 120, 10)
	tm.WaitForT("klar", 10*time.Second)
	start := time.Now()
	tm.Type("jj")
	tm.Press("esc")
	tm.Press("tab")
	tm.WaitForT("keys:j|j|esc|tab", 10*time.Second)
	if d := time.Since(start); d >= readWait {
		t.Errorf("four keys took %v; each waited for the shell", d)
	}
	tm.Press("ctrl+c")
	tm.WaitForT("fertig", 10*time.Second)
}

func TestKeyBytes(t *testing.T) {
	for name, want := range map[string]string{
		"ctrl+c": "\x03", "ctrl+[": "\x1b", "alt+x": "\x1bx", "alt+up": "\x1b\x1b[A", "ø": "ø", "f1": "\x1bOP",
	} {
		if got, ok := keyBytes(name); !ok || got != want {
			t.Errorf("keyBytes(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, bad := range []string{"", "ctrl+", "ctrl+1", "ctrl+ø", "hyper+x", "enterr", "alt+"} {
		if _, ok := keyBytes(bad); ok {
			t.Errorf("keyBytes(%q) accepted", bad)
		}
	}
}

// TestQRThroughPTY reads a QR code off the screen of a program running in
// the pseudo-terminal, on both themes.
func TestQRThroughPTY(t *testing.T) {
	skipWindows(t)
	for name, th := range map[string]Theme{"dark": Dark, "light": Light} {
		t.Run(name, func(t *testing.T) {
			tm := Start(t, os.Args[0], nil, helperEnv("qr"), 80, 30, WithTheme(th))
			tm.WaitForT(qrText, 10*time.Second)
			if got, err := DecodeQR(tm.Image()); err != nil || got != qrText {
				t.Fatalf("DecodeQR = %q, %v; want %q; screen:\n%s", got, err, qrText, tm.Screen())
			}
			if c := tm.CellAt(0, 0); c.Content != "S" || !sameColour(c.Fg, th.Foreground) || !sameColour(c.Bg, th.Background) {
				t.Errorf("CellAt(0, 0) = %+v; want S in the theme's colours", c)
			}
		})
	}
}

func sameColour(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}
