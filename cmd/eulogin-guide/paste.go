// The full screen's input, with an over-long paste cut before Bubble Tea
// reads it.

package main

import (
	"io"
	"os"
)

// pasteKeep is how much of a paste is kept, in bytes: over four times the
// longest field (254 characters) even in four-byte characters, so a field
// still sees that a paste was too long for it, and tells the user so.
const pasteKeep = 4 << 10

// The markers around a paste in bracketed-paste mode, which Bubble Tea
// turns on.
const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
)

// pasteCutter is the terminal's input as Bubble Tea reads it, with a
// bracketed paste cut to its first pasteKeep bytes and its end marker.
//
// Bubble Tea v1.3.10 copies and searches all of a paste read so far again
// on every read of 256 bytes until the end marker comes, so a paste of a
// few megabytes froze the guide for minutes. Here the rest of a
// long paste is dropped as it is read.
//
// Each Read reads the terminal once, for at most what it can return, and
// keeps nothing back: Bubble Tea's reader waits on the file (Fd) for input
// before it calls Read, and would not know of bytes held here. Bubble Tea
// puts the terminal in raw mode and back through Fd too.
type pasteCutter struct {
	f       *os.File
	buf     [256]byte
	pasting bool // between a paste's start and end markers
	seen    int  // the bytes of the paste so far
	matched int  // of the marker looked for (the start, or in a paste the end), the bytes matched so far
}

func newPasteCutter(f *os.File) *pasteCutter { return &pasteCutter{f: f} }

func (c *pasteCutter) Read(p []byte) (int, error) {
	if len(p) < len(pasteEnd) {
		return 0, io.ErrShortBuffer
	}
	// The end marker can take up to len(pasteEnd)-1 bytes more than were
	// read: those of it dropped in an earlier read.
	in := c.buf[:min(len(c.buf), len(p)-len(pasteEnd)+1)]
	n, err := c.f.Read(in)
	return c.cut(in[:n], p), err
}

// cut copies in to out, but for what a paste has beyond its first
// pasteKeep bytes, and returns the bytes written.
func (c *pasteCutter) cut(in, out []byte) int {
	n := 0
	for _, x := range in {
		if !c.pasting {
			out[n] = x
			n++
			if c.matched = advance(pasteStart, c.matched, x); c.matched == len(pasteStart) {
				c.pasting, c.seen, c.matched = true, 0, 0
			}
			continue
		}
		at := c.seen // where x is in the paste
		c.seen++
		if c.matched = advance(pasteEnd, c.matched, x); c.matched == len(pasteEnd) {
			// The marker's bytes before x went out if they were within
			// the kept start: the rest of it goes out now.
			sent := min(max(pasteKeep-(at+1-len(pasteEnd)), 0), len(pasteEnd)-1)
			n += copy(out[n:], pasteEnd[sent:])
			c.pasting, c.matched = false, 0
			continue
		}
		if at < pasteKeep {
			out[n] = x
			n++
		}
	}
	return n
}

// advance is how much of marker is matched after x, with matched bytes
// of it before x. Only a marker's first byte (ESC) starts it.
func advance(marker string, matched int, x byte) int {
	switch x {
	case marker[matched]:
		return matched + 1
	case marker[0]:
		return 1
	}
	return 0
}

// Bubble Tea reads the terminal through a term.File, and its cancelable
// reader waits on one with a name.
func (c *pasteCutter) Write(p []byte) (int, error) { return c.f.Write(p) }
func (c *pasteCutter) Close() error                { return c.f.Close() }
func (c *pasteCutter) Fd() uintptr                 { return c.f.Fd() }
func (c *pasteCutter) Name() string                { return c.f.Name() }
