// Package quietstart keeps Bubble Tea's package init from asking the
// terminal for its background colour (OSC 11, then CSI 6n) before main
// runs. A terminal that does not answer would keep the guide silent for 5
// seconds and take the first Enter typed meanwhile; the line mode never
// wants the answer, and the full screen asks itself once it knows it runs.
//
// Its init sets TERM=dumb, which termenv does not query; main's import of
// this package makes it run first: Go (1.21 on) initialises packages in
// the order of their import paths, the first one ready first, and this one
// needs only package os, so it sorts and is ready before
// github.com/muesli/termenv, which lipgloss and Bubble Tea need. Restore
// puts TERM back, as main's first work.
package quietstart

import "os"

var term, hadTerm = os.LookupEnv("TERM")

func init() {
	_ = os.Setenv("TERM", "dumb")
}

// Restore gives the process back the TERM it was started with.
func Restore() {
	if hadTerm {
		_ = os.Setenv("TERM", term)
	} else {
		_ = os.Unsetenv("TERM")
	}
}
