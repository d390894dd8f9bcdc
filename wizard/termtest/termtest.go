// Package termtest runs a compiled program in a real pseudo-terminal and
// reads its screen with a terminal emulator (github.com/charmbracelet/x/vt),
// for end-to-end tests.
//
// The emulator answers the program's queries the way a terminal does: the
// background colour (OSC 11), the cursor position (CSI 6n), the device
// attributes (CSI c). Its answers are copied back to the program's input, so
// a program that asks for the background colour gets an answer at once
// instead of waiting 5 seconds. WithoutColourAnswer and WithoutAnswers make
// it a terminal that does not answer the colour query, or answers nothing.
//
// Keys and runes are written one at a time, as xterm sends them, and each
// write waits until it has been read by the terminal's foreground process
// group: the program, also when a shell runs it (on Linux; elsewhere it
// pauses briefly). So two key presses never arrive in one read, as with a
// person typing. That matters: in one read an escape and a tab are
// alt+tab, and "j" "j" is the single key "jj". In line mode (a shell's
// read, the plain mode's questions) the program reads a whole line at
// once, so only Enter waits, until the line has been read.
//
// Term.Image paints the screen as a picture in the theme chosen with
// WithTheme, and DecodeQR reads a QR code from such a picture with an
// independent decoder, so a test can check that a code on the screen scans.
// ScreenImage and ScreenCells do the same for output captured without a
// pseudo-terminal.
//
// Wait for the program's first screen before typing: until it puts the
// terminal in raw mode, the terminal holds typed text back as an unfinished
// line (and echoes it: before a secret, wait until the echo is off).
//
// Start skips the test on Windows, which has no Unix pseudo-terminal.
package termtest

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// Theme is a terminal's default text and background colour.
type Theme struct {
	Foreground color.Color
	Background color.Color
}

var (
	// Dark is a dark terminal theme: light grey text on black.
	Dark = Theme{
		Foreground: color.RGBA{R: 0xd0, G: 0xd0, B: 0xd0, A: 0xff},
		Background: color.RGBA{A: 0xff},
	}
	// Light is a light terminal theme: black text on white.
	Light = Theme{
		Foreground: color.RGBA{A: 0xff},
		Background: color.RGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	}
)

const (
	// readWait is how long a write of input waits for the program to read
	// it before going on anyway.
	readWait = 2 * time.Second
	// inputGap is the pause after each write of input when the program's
	// reading cannot be observed.
	inputGap = 20 * time.Millisecond
)

// Option changes how Start sets up the terminal.
type Option func(*config)

type config struct {
	theme   Theme
	answers answers
}

// answers is which of the program's queries the terminal answers.
type answers int

const (
	allAnswers     answers = iota
	noColourAnswer         // the cursor position and the rest, not the colours (OSC 10/11)
	noAnswers
)

// WithoutColourAnswer makes the terminal one that does not say its colours
// (OSC 10/11), as the Linux console and GNU screen: it still answers the
// cursor position, so a program asking both learns at once that no colour
// comes.
func WithoutColourAnswer() Option {
	return func(c *config) { c.answers = noColourAnswer }
}

// WithoutAnswers makes the terminal one that answers no query at all: a
// program that waits for an answer waits until its own time-out.
func WithoutAnswers() Option {
	return func(c *config) { c.answers = noAnswers }
}

// WithTheme sets the terminal's default colours, which are also what it
// answers when the program asks for its colours. The default is Dark.
func WithTheme(th Theme) Option {
	return func(c *config) { c.theme = th }
}

// newEmulator returns an emulator of the given size whose default colours
// are th's.
func newEmulator(cols, rows int, th Theme) *vt.Emulator {
	em := vt.NewEmulator(cols, rows)
	// Without default colours vt does not answer OSC 10/11 queries at all.
	em.SetDefaultForegroundColor(th.Foreground)
	em.SetDefaultBackgroundColor(th.Background)
	return em
}

// Term is a program running in a pseudo-terminal with an emulated screen.
// Its methods are safe for concurrent use.
type Term struct {
	t      testing.TB
	cmd    *exec.Cmd
	master *os.File
	tty    string // the terminal side's device name

	mu      sync.Mutex // guards em, raw, changed and visible
	em      *vt.Emulator
	visible bool // the terminal's cursor is shown
	raw     bytes.Buffer
	changed chan struct{} // closed, and replaced, when the screen may have changed

	wmu   sync.Mutex // serialises writes to master, but for a paste's; guards slave
	slave *os.File   // the program's side, nil once the program has ended

	outDone   chan struct{} // closed when the program's output has ended
	replyDone chan struct{} // closed when the answer copier has stopped
	exited    chan struct{} // closed when the process has been waited for
	waitErr   error         // cmd.Wait's result, set before exited closes
}

// Start runs bin with args in a new pseudo-terminal of cols x rows, with env
// as its whole environment (include TERM, for example TERM=xterm-256color,
// and NO_COLOR or LANG as the test needs). The program is killed and the
// terminal closed when the test ends. On Windows the test is skipped.
func Start(t testing.TB, bin string, args, env []string, cols, rows int, opts ...Option) *Term {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("termtest needs a Unix pseudo-terminal")
	}
	cfg := config{theme: Dark}
	for _, o := range opts {
		o(&cfg)
	}

	cmd := exec.Command(bin, args...)
	cmd.Env = env
	master, slave, err := startPTY(cmd, cols, rows)
	if err != nil {
		t.Fatalf("termtest: start %s: %v", bin, err)
	}
	tm := &Term{
		t:         t,
		visible:   true,
		cmd:       cmd,
		master:    master,
		slave:     slave,
		tty:       slave.Name(),
		em:        newEmulator(cols, rows, cfg.theme),
		changed:   make(chan struct{}),
		outDone:   make(chan struct{}),
		replyDone: make(chan struct{}),
		exited:    make(chan struct{}),
	}
	// Called inside em.Write, which copyOutput makes holding mu.
	tm.em.SetCallbacks(vt.Callbacks{CursorVisibility: func(v bool) { tm.visible = v }})
	go tm.copyAnswers(cfg.answers)
	go tm.copyOutput()
	go func() {
		tm.waitErr = cmd.Wait()
		// Our copy of the terminal side must go too, or reading the
		// program's side never ends.
		tm.wmu.Lock()
		_ = tm.slave.Close()
		tm.slave = nil
		tm.wmu.Unlock()
		close(tm.exited)
	}()
	t.Cleanup(tm.close)
	return tm
}

// copyOutput feeds everything the program writes into the emulator and the
// raw record, until the terminal is closed or the program has gone.
func (tm *Term) copyOutput() {
	defer close(tm.outDone)
	buf := make([]byte, 32*1024)
	for {
		n, err := tm.master.Read(buf)
		if n > 0 {
			tm.mu.Lock()
			tm.raw.Write(buf[:n])
			// A query makes the emulator write its answer into its input
			// pipe, which blocks until copyAnswers reads it; copyAnswers
			// does not take mu, so this cannot deadlock.
			_, _ = tm.em.Write(buf[:n])
			tm.notify()
			tm.mu.Unlock()
		}
		if err != nil {
			return // io.EOF, or EIO on Linux once the program has gone
		}
	}
}

// notify wakes whoever waits for the screen to change. The caller holds mu.
func (tm *Term) notify() {
	close(tm.changed)
	tm.changed = make(chan struct{})
}

// copyAnswers copies the emulator's answers to queries to the program, those
// the terminal gives. The emulator writes each answer whole, and a read of
// its pipe takes one write.
func (tm *Term) copyAnswers(given answers) {
	defer close(tm.replyDone)
	buf := make([]byte, 4096)
	for {
		n, err := tm.em.Read(buf)
		colour := bytes.HasPrefix(buf[:n], []byte("\x1b]1"))
		if n > 0 && given != noAnswers && (given != noColourAnswer || !colour) {
			tm.wmu.Lock()
			_, _ = tm.master.Write(buf[:n]) // fails only once the program has gone
			tm.wmu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// close kills the program if it still runs and releases the terminal.
func (tm *Term) close() {
	select {
	case <-tm.exited:
	default:
		killProcess(tm.cmd.Process)
		select {
		case <-tm.exited:
		case <-time.After(5 * time.Second):
			tm.t.Errorf("termtest: %s did not die after SIGKILL", tm.cmd.Path)
		}
	}
	_ = tm.master.Close()
	select {
	case <-tm.outDone:
	case <-time.After(5 * time.Second):
		tm.t.Errorf("termtest: output reader did not stop")
	}
	tm.mu.Lock()
	closeInput(tm.em)
	tm.mu.Unlock()
	<-tm.replyDone
}

// input writes b to the program and waits until the program has read it,
// so that the next write arrives in a read of its own. In line mode, where
// the program gets a whole line, as edited, in one read, it waits only at
// a line's end, for the line to be read.
//
// How: the kernel moves bytes written to a pseudo-terminal into the
// program's input queue later, on a worker thread, so the queue's length
// (TIOCINQ) says nothing right after a write; under load two writes land in
// the queue together. What has been read is observable, though: on Linux
// /proc/PID/io counts it for each process of the terminal's foreground
// group, which are the ones that may read (the process Start started may
// be a shell that only waits). Elsewhere input pauses for inputGap
// instead.
func (tm *Term) input(b []byte) {
	tm.wmu.Lock()
	canonical, lineEnd, okMode := false, false, false
	if tm.slave != nil {
		canonical, lineEnd, okMode = lineMode(tm.slave, b)
	}
	readers := foreground(tm.master, tm.cmd.Process.Pid)
	before, okCount := readCount(readers)
	_, err := tm.master.Write(b)
	tm.wmu.Unlock()
	if err != nil {
		return
	}
	want := int64(len(b))
	switch {
	case !okMode || !okCount:
		time.Sleep(inputGap)
		return
	case canonical && !lineEnd:
		return // nothing can be read before the line ends
	case canonical:
		want = 1 // the line, whose length after editing is not b's
	}
	for deadline := time.Now().Add(readWait); time.Now().Before(deadline); {
		n, ok := readCount(readers)
		if !ok || n-before >= want {
			return
		}
		select {
		case <-tm.exited:
			return
		case <-time.After(200 * time.Microsecond):
		}
	}
}

// Type sends s as typed text, one rune at a time, UTF-8 encoded, so "Åse"
// arrives as the three runes Å, s, e.
func (tm *Term) Type(s string) {
	for _, r := range s {
		tm.input([]byte(string(r)))
	}
}

// keys maps Press names (Bubble Tea's key names) to what xterm sends, in
// its normal (not application) cursor-key mode.
var keys = map[string]string{
	"enter":     "\r",
	"esc":       "\x1b",
	"escape":    "\x1b",
	"tab":       "\t",
	"shift+tab": "\x1b[Z",
	"backspace": "\x7f",
	"space":     " ",
	"up":        "\x1b[A",
	"down":      "\x1b[B",
	"right":     "\x1b[C",
	"left":      "\x1b[D",
	"home":      "\x1b[H",
	"end":       "\x1b[F",
	"pgup":      "\x1b[5~",
	"pgdown":    "\x1b[6~",
	"insert":    "\x1b[2~",
	"delete":    "\x1b[3~",
	"f1":        "\x1bOP",
	"f2":        "\x1bOQ",
	"f3":        "\x1bOR",
	"f4":        "\x1bOS",
	"f5":        "\x1b[15~",
	"f6":        "\x1b[17~",
	"f7":        "\x1b[18~",
	"f8":        "\x1b[19~",
	"f9":        "\x1b[20~",
	"f10":       "\x1b[21~",
	"f11":       "\x1b[23~",
	"f12":       "\x1b[24~",
}

// keyBytes returns what a terminal sends for a key name: one of the names
// in keys, "ctrl+<letter>" (and ctrl+[ \ ] ^ _), "alt+<key>" or a single
// rune such as "q".
func keyBytes(name string) (string, bool) {
	if k, ok := keys[name]; ok {
		return k, true
	}
	if rest, ok := strings.CutPrefix(name, "alt+"); ok {
		k, ok := keyBytes(rest)
		return "\x1b" + k, ok
	}
	if rest, ok := strings.CutPrefix(name, "ctrl+"); ok {
		if len(rest) == 1 && (rest[0] >= 'a' && rest[0] <= 'z' || strings.Contains("[\\]^_", rest)) {
			return string(rune(rest[0] & 0x1f)), true
		}
		return "", false
	}
	if r, size := utf8.DecodeRuneInString(name); size == len(name) && r != utf8.RuneError {
		return name, true
	}
	return "", false
}

// Press sends one key by its Bubble Tea name: "enter", "esc", "tab",
// "shift+tab", "backspace", "space", "up", "down", "left", "right", "home",
// "end", "pgup", "pgdown", "insert", "delete", "f1"…"f12", "ctrl+a"…
// "ctrl+z", "alt+<key>", or a single character such as "q". An unknown name
// fails the test.
func (tm *Term) Press(key string) {
	tm.t.Helper()
	b, ok := keyBytes(key)
	if !ok {
		tm.t.Fatalf("termtest: unknown key %q", key)
	}
	tm.input([]byte(b))
}

// Paste sends s as a terminal sends a paste in bracketed-paste mode: in
// one write, between the paste's start and end markers. It returns at
// once and the write goes on as the program reads it, however slowly, so
// a test can wait for what a big paste brings; a key sent before that may
// land inside the paste. (It takes no lock: a write the program never
// reads would hold it, and the program's end with it.)
func (tm *Term) Paste(s string) {
	go func() { _, _ = tm.master.Write([]byte("\x1b[200~" + s + "\x1b[201~")) }()
}

// Resize changes the terminal's size; the program gets SIGWINCH from the
// pseudo-terminal.
func (tm *Term) Resize(cols, rows int) {
	tm.t.Helper()
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.em.Resize(cols, rows)
	tm.notify()
	if err := pty.Setsize(tm.master, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		tm.t.Errorf("termtest: resize: %v", err)
	}
}

// Cursor returns where the terminal's own cursor is (column x, row y, from
// 0) and whether it is shown: where a screen magnifier looks.
func (tm *Term) Cursor() (x, y int, shown bool) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	p := tm.em.CursorPosition()
	return p.X, p.Y, tm.visible
}

// Size returns the terminal's current size.
func (tm *Term) Size() (cols, rows int) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.em.Width(), tm.em.Height()
}

// Screen returns the emulated screen as plain text: one line per row,
// trailing spaces and trailing empty lines removed, no styles.
func (tm *Term) Screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return screenText(tm.em)
}

func screenText(em *vt.Emulator) string {
	lines := make([]string, em.Height())
	var b strings.Builder
	for y := range lines {
		b.Reset()
		for x := 0; x < em.Width(); x++ {
			c := em.CellAt(x, y)
			switch {
			case c == nil:
				b.WriteByte(' ')
			case c.Width == 0 && c.Content == "":
				// the second column of a wide character
			case c.Content == "":
				b.WriteByte(' ')
			default:
				b.WriteString(c.Content)
			}
		}
		lines[y] = strings.TrimRight(b.String(), " ")
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// WaitFor reports whether text appears on the screen within timeout,
// looking again each time the program writes. It returns false early if
// the program has ended and its output is drained.
func (tm *Term) WaitFor(text string, timeout time.Duration) bool {
	return tm.waitUntil(func() bool { return strings.Contains(screenText(tm.em), text) }, timeout)
}

// WaitForCursor waits until the terminal's cursor is shown at column x,
// row y (from 0), or timeout passes; it reports whether it is.
func (tm *Term) WaitForCursor(x, y int, timeout time.Duration) bool {
	return tm.waitUntil(func() bool {
		p := tm.em.CursorPosition()
		return p.X == x && p.Y == y && tm.visible
	}, timeout)
}

// waitUntil waits until seen, called holding mu, is true after a change of
// the screen, or the program's output ends, or timeout passes.
func (tm *Term) waitUntil(seen func() bool, timeout time.Duration) bool {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		tm.mu.Lock()
		ok, changed := seen(), tm.changed
		tm.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-changed:
		case <-tm.outDone:
			tm.mu.Lock()
			defer tm.mu.Unlock()
			return seen()
		case <-timer.C:
			return false
		}
	}
}

// WaitForT is WaitFor that fails the test, showing the screen, when text
// does not appear.
func (tm *Term) WaitForT(text string, timeout time.Duration) {
	tm.t.Helper()
	if !tm.WaitFor(text, timeout) {
		tm.t.Fatalf("termtest: %q not on screen after %v; screen:\n%s", text, timeout, tm.Screen())
	}
}

// Raw returns a copy of every byte the program has written so far.
func (tm *Term) Raw() []byte {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return bytes.Clone(tm.raw.Bytes())
}

// Pid is the program's process id, e.g. to read its memory use.
func (tm *Term) Pid() int { return tm.cmd.Process.Pid }

// TTY is the device name of the program's side of the terminal, such as
// /dev/pts/3, e.g. to read its modes with stty, also after the program
// has ended.
func (tm *Term) TTY() string { return tm.tty }

// Signal sends sig to the program.
func (tm *Term) Signal(sig os.Signal) error {
	return tm.cmd.Process.Signal(sig)
}

// ErrTimeout is returned by Wait when the program is still running.
var ErrTimeout = errors.New("termtest: program still running")

// Wait waits up to timeout for the program to end and returns its exit
// code: -1 with ErrTimeout if it still runs, -1 if a signal killed it. It
// also waits (within the same timeout) until the program's last output has
// reached the screen. err is nil for any exit code; it reports only a
// failure to wait.
func (tm *Term) Wait(timeout time.Duration) (exitCode int, err error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-tm.exited:
	case <-timer.C:
		return -1, ErrTimeout
	}
	select {
	case <-tm.outDone:
	case <-timer.C:
	}
	var exitErr *exec.ExitError
	if tm.waitErr != nil && !errors.As(tm.waitErr, &exitErr) {
		return -1, fmt.Errorf("termtest: wait: %w", tm.waitErr)
	}
	return tm.cmd.ProcessState.ExitCode(), nil
}
