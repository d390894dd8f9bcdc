// The screen's background, asked of the terminal by the guide itself once
// it knows it draws the full screen; the line mode asks nothing.

package main

import (
	"github.com/eulogin-guide/eulogin-guide/cmd/eulogin-guide/quietstart"
)

// Bubble Tea's init has run with TERM=dumb and asked nothing (quietstart):
// the rest of the guide sees the TERM it was started with.
func init() { quietstart.Restore() }
