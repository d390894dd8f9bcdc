// Which console draws the full screen well.

package main

// console is what the terminal the guide runs in tells about itself.
type console struct {
	goos   string
	vt     bool                // it takes escape sequences (on Windows: virtual terminal processing could be turned on)
	getenv func(string) string // its environment
}

// plainFits tells whether the console cannot draw the full screen well,
// and then the message id saying so and how to get the full screen.
//
// On Windows the old console window (conhost, what a double-click opens
// on Windows 10) draws full-screen programs badly, even where it takes
// escape sequences: the full screen is used only in Windows Terminal
// (WT_SESSION), or a terminal that says what it is (TERM, as Git Bash's
// mintty does; TERM_PROGRAM, as VS Code's terminal does). Elsewhere a
// terminal draws it.
func (c console) plainFits() (bool, string) {
	switch {
	case c.goos != "windows":
		return false, ""
	case !c.vt:
		return true, "console.plain-no-vt"
	case c.getenv("WT_SESSION") == "" && c.getenv("TERM") == "" && c.getenv("TERM_PROGRAM") == "":
		return true, "console.plain-conhost"
	}
	return false, ""
}
