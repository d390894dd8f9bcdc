// The terminal side of the command: which mode fits, reading secrets,
// signals, the browser, and the Windows console window.

package main

import (
	"fmt"
	"image/color"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/cli/browser"
	"golang.org/x/term"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// plainWanted tells whether the plain mode fits better than the full
// screen: asked for with ACCESSIBLE (screen readers), a dumb terminal, or
// input or output that is not a terminal (a pipe, a file, /dev/null).
func plainWanted(getenv func(string) string) bool {
	switch strings.ToLower(getenv("ACCESSIBLE")) {
	case "", "0", "false", "no":
	default:
		return true
	}
	return getenv("TERM") == "dumb" || !term.IsTerminal(int(os.Stdin.Fd())) || !term.IsTerminal(int(os.Stdout.Fd()))
}

// endSignals end the guide from outside: Ctrl+C where it is no key, a
// kill, a closed terminal, Ctrl+\.
var endSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// endedBy is the end of the guide by a signal from outside.
type endedBy struct{ sig os.Signal }

func (e endedBy) Error() string { return "ended by " + e.sig.String() }

// exitCode is the guide's exit code after the signal, as a shell gives it
// for a program the signal ended: 128 and the signal's number.
func (e endedBy) exitCode() int {
	n, _ := e.sig.(syscall.Signal)
	return 128 + int(n)
}

// restoreOnSignal makes Ctrl+C, a closed terminal or a kill during the
// plain mode give the terminal back as it was (a password prompt turns
// echo off), say what is kept (farewell), then end. The progress is saved
// after every step already. The returned function stops watching.
func restoreOnSignal(farewell func() string) (stop func()) {
	fd := int(os.Stdin.Fd())
	state, err := term.GetState(fd)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, endSignals...)
	go func() {
		if sig, ok := <-signals; ok {
			if err == nil {
				_ = term.Restore(fd, state)
			}
			fmt.Println()
			fmt.Println(farewell())
			os.Exit(endedBy{sig}.exitCode())
		}
	}()
	return func() { signal.Stop(signals); close(signals) }
}

// waitForEnter keeps a double-clicked program's window open until Enter.
func waitForEnter(tr *text.Translator, stdin io.Reader, stdout io.Writer) {
	fmt.Fprint(stdout, tr.T("cli.press-enter")+" ")
	_ = readLine(stdin)
}

// readLine reads one line of input and no more, a byte at a time: what
// follows is the guide's to read (a buffered reader would take it).
func readLine(r io.Reader) string {
	var line []byte
	b := make([]byte, 1)
	for len(line) < 1<<10 {
		if n, err := r.Read(b); n == 0 || err != nil || b[0] == '\n' {
			break
		}
		line = append(line, b[0])
	}
	return string(line)
}

// runFullScreen runs the full-screen wizard on the background bg (nil: not
// known) until the user quits. Ctrl+C is a key there; a signal from outside
// (endSignals) ends it here, restoring the terminal, and is returned as
// endedBy; an error of the guide's own is errCrashed. The progress is
// already saved.
//
// Bubble Tea draws only on its frame ticker, so the first screen waits a
// whole frame: at 120 frames a second (its most) that wait is halved.
func runFullScreen(c *core.Core, bg color.Color) error {
	model := fullscreen.New(c, fullscreen.WithSuspend(suspendSelf), fullscreen.WithBackground(bg), fullscreen.WithTerminalCursor())
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithFPS(120), tea.WithoutSignalHandler(),
		tea.WithOutput(fullscreen.NewOutput(os.Stdout))} // the cursor where a magnifier looks
	if runtime.GOOS != "windows" {
		// Windows' console gives Bubble Tea keys and window sizes as events,
		// from os.Stdin itself only, and no paste reaches the slow reading
		// pasteCutter is for.
		opts = append(opts, tea.WithInput(newPasteCutter(os.Stdin)))
	}
	prog := tea.NewProgram(model, opts...)
	// A stop (Ctrl+Z, or SIGTSTP from outside) gives the terminal back until
	// `fg`, then takes it again and draws the screen anew.
	stop := suspendOnStop(func() { _ = prog.ReleaseTerminal() }, func() {
		_ = prog.RestoreTerminal()
		// Bubble Tea v1.3 leaves the terminal as the shell set it while the
		// guide was stopped (echo on), so raw mode is put back here too:
		// else a password typed after `fg` would show.
		if fd := int(os.Stdin.Fd()); term.IsTerminal(fd) {
			_, _ = term.MakeRaw(fd)
		}
	})
	defer stop()
	signals, caught := make(chan os.Signal, 1), make(chan os.Signal, 1)
	signal.Notify(signals, endSignals...) // Ctrl+\ too: quit with the terminal given back, no dump
	go func() {
		if sig, ok := <-signals; ok {
			caught <- sig
			prog.Quit()
		}
	}()
	_, err := prog.Run()
	signal.Stop(signals)
	close(signals)
	var sig os.Signal
	select {
	case sig = <-caught:
	default:
	}
	switch {
	case model.Crashed():
		return errCrashed
	case sig != nil:
		return endedBy{sig}
	}
	return err
}

// openQuietly opens an address in the browser without letting the browser's
// own messages spoil the screen.
func openQuietly(url string) error {
	browser.Stdout, browser.Stderr = io.Discard, io.Discard
	return browser.OpenURL(url)
}
