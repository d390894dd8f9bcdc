package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// takesEscapes reports whether the console of the output takes escape
// sequences: whether virtual terminal processing can be turned on. The
// mode is left as it was; the full screen turns it on itself.
func takesEscapes() bool {
	h := windows.Handle(os.Stdout.Fd())
	var mode uint32
	if windows.GetConsoleMode(h, &mode) != nil {
		return false
	}
	if mode&windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0 {
		return true
	}
	if windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING) != nil {
		return false
	}
	_ = windows.SetConsoleMode(h, mode)
	return true
}
