package fullscreen

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// The terminal's own cursor is where a screen magnifier (Windows
// Magnifier, ZoomText, macOS Zoom) looks, and the line a screen reader
// reads: it goes to the focused field's insertion point, else to the
// chosen answer's mark, and is hidden where there is neither.
//
// Bubble Tea v1 hides the cursor, and draws each frame in the alternate
// screen as one write that starts at the top left and ends moving the
// cursor to the foot of the screen. So the view tells Output where the
// cursor goes (a marker on its last line, which Output takes out), and
// Output puts it there after each frame; a frame that leaves that line as
// it was leaves the cursor where it was.

// insertionStyle draws a field's insertion point in reverse video, also
// without colours (NO_COLOR), where lipgloss draws no reverse video: it is
// no colour, and without it the insertion point would not show at all.
var insertionStyle = func() lipgloss.Style {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	return r.NewStyle()
}()

// insertionMark is how the insertion point starts in a drawn field: where
// the cursor goes.
const insertionMark = "\x1b[7m"

// cursorMarker is the view's word to Output of where the cursor goes: an
// APC string (which terminals ignore, and Output never sends), "-" for
// hidden.
var cursorMarker = regexp.MustCompile("\x1b_eulogin-guide-cursor;(-|[0-9]+;[0-9]+)\x1b\\\\")

// WithTerminalCursor makes the view say where the terminal's cursor goes,
// for an Output to put it there.
func WithTerminalCursor() Option { return func(m *Model) { m.terminalCursor = true } }

// withCursor joins the lines of the view, the last one starting with the
// cursor's place where the model is to say it.
func (m *Model) withCursor(lines []string, at *point) string {
	if !m.terminalCursor || len(lines) == 0 {
		return strings.Join(lines, "\n")
	}
	where := "-"
	if at != nil && at.row < len(lines) {
		where = strconv.Itoa(at.row) + ";" + strconv.Itoa(at.col)
	}
	last := len(lines) - 1
	lines = append(lines[:last:last], "\x1b_eulogin-guide-cursor;"+where+"\x1b\\"+lines[last])
	return strings.Join(lines, "\n")
}

// Output is the terminal the full screen draws on, putting the cursor
// where the view says (WithTerminalCursor) after each frame. It is the
// terminal's own file too, for Bubble Tea's raw mode and window size.
type Output struct {
	*os.File
	mu    sync.Mutex
	place []byte // what puts the cursor where the last view said
}

// NewOutput wraps the terminal f.
func NewOutput(f *os.File) *Output { return &Output{File: f, place: []byte(ansi.HideCursor)} }

// Write writes p to the terminal, without the view's word on the cursor,
// and after a frame puts the cursor in its place.
func (o *Output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := len(p)
	if at := cursorMarker.FindSubmatchIndex(p); at != nil {
		o.place = placeCursor(string(p[at[2]:at[3]]))
		p = append(append([]byte{}, p[:at[0]]...), p[at[1]:]...)
	}
	if len(p) > len(ansi.CursorHomePosition) && bytes.HasPrefix(p, []byte(ansi.CursorHomePosition)) {
		p = append(p, o.place...)
	}
	_, err := o.File.Write(p)
	return n, err
}

// placeCursor is what moves the cursor to "row;col" (from 0) and shows it,
// or hides it for "-".
func placeCursor(where string) []byte {
	var row, col int
	if _, err := fmt.Sscanf(where, "%d;%d", &row, &col); err != nil {
		return []byte(ansi.HideCursor)
	}
	return []byte(ansi.CursorPosition(col+1, row+1) + ansi.ShowCursor)
}
