// Package qrcode draws QR codes as text for a terminal, two modules per
// character cell (half blocks), so that a phone camera can read them from
// the screen.
//
// The package knows nothing about what the text means. Each text is encoded
// once and every rendering is cached, so calling Render from a Bubble Tea
// View on every frame is cheap.
//
// Polarity. A QR code must be dark modules on a light background. The half
// blocks that github.com/mdp/qrterminal writes draw the light modules with
// the glyph, that is in the terminal's text colour, and leave the dark
// modules as background. That is right on a dark theme (light text on a
// dark background) and inverted, so unreadable for most scanners, on a light
// theme. With Style.Colour the code carries its own colours (light modules
// white, dark modules black, as 256-colour SGR), so it reads on both. Without
// colour (NO_COLOR) the plain glyphs are used, and Style.Invert swaps them so
// a user with a light theme can turn the code the right way round.
package qrcode

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/mdp/qrterminal/v3"
)

// Style chooses how a code is drawn.
type Style struct {
	// Colour draws the code with explicit colours (white light modules on
	// black dark modules) that do not depend on the terminal's theme.
	Colour bool
	// Invert swaps the glyphs of a plain (colourless) code, for a light
	// terminal theme. It has no effect when Colour is set, because the
	// explicit colours are right on every theme.
	Invert bool
}

// QuietZone is the width, in modules, of the light margin drawn around the
// code on every side.
const QuietZone = 2

// The half-block glyphs as qrterminal uses them: the glyph part takes the
// text colour, which qrterminal means as "light".
const (
	glyphLight      = "█" // both halves light
	glyphDark       = " " // both halves dark
	glyphLightAbove = "▀" // upper half light, lower half dark
	glyphLightBelow = "▄" // upper half dark, lower half light
)

// SGR sequences for Style.Colour: 231 is #ffffff in the xterm 256-colour
// cube and 232 is #080808, the darkest grey of the ramp. Not 16 (#000000):
// base16 terminal themes redefine colours 16-21.
const (
	sgrCode     = "\x1b[38;5;231;48;5;232m"
	sgrLastLine = "\x1b[38;5;231m"
	sgrReset    = "\x1b[0m"
)

// encodes counts calls of the QR encoder; the tests use it to prove caching.
var encodes atomic.Int64

type entry struct {
	once   sync.Once
	lines  []string // qrterminal's plain half-block lines; nil if not encodable
	styles [3]struct {
		once sync.Once
		out  string
	}
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*entry{}
)

// Render returns text as a QR code (error correction level L, a quiet zone
// of QuietZone modules) drawn with half blocks: one character cell is one
// module wide and two modules high. All lines have the same display width
// and there is no trailing newline. With Style.Colour each line carries its
// own colours and ends with a reset (SGR 0), so the result should not be
// placed inside another style's background.
//
// Render returns "" if the text is too long for a QR code (more than about
// 2,900 bytes). It is safe for concurrent use; each text is encoded once and
// each (text, style) rendering is kept for the life of the program, so it is
// meant for a handful of fixed addresses, not for arbitrary user input.
func Render(text string, s Style) string {
	e := lookup(text)
	i := 0
	switch {
	case s.Colour:
		i, s = 2, Style{Colour: true}
	case s.Invert:
		i = 1
	}
	st := &e.styles[i]
	st.once.Do(func() { st.out = draw(e.lines, s) })
	return st.out
}

// Size returns the display width (columns) and height (lines) of the code
// Render draws for text, or 0, 0 if the text cannot be encoded. For an
// address of about 60 bytes it is 37 x 19.
func Size(text string) (width, height int) {
	lines := lookup(text).lines
	if len(lines) == 0 {
		return 0, 0
	}
	return utf8.RuneCountInString(lines[0]), len(lines)
}

// lookup returns the cache entry of text, encoding it on first use.
func lookup(text string) *entry {
	cacheMu.Lock()
	e, ok := cache[text]
	if !ok {
		e = &entry{}
		cache[text] = e
	}
	cacheMu.Unlock()
	e.once.Do(func() { e.lines = encode(text) })
	return e
}

// encode runs qrterminal once and returns its lines, or nil if the text
// cannot be encoded.
func encode(text string) (lines []string) {
	encodes.Add(1)
	// qrterminal ignores the encoder's error and then dereferences a nil
	// code, so a text that is too long panics.
	defer func() {
		if recover() != nil {
			lines = nil
		}
	}()
	var buf bytes.Buffer
	qrterminal.GenerateWithConfig(text, qrterminal.Config{
		Level:          qrterminal.L,
		Writer:         &buf,
		HalfBlocks:     true,
		WhiteChar:      glyphLight,
		BlackChar:      glyphDark,
		WhiteBlackChar: glyphLightAbove,
		BlackWhiteChar: glyphLightBelow,
		QuietZone:      QuietZone,
	})
	return strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
}

// draw turns qrterminal's plain lines into the given style.
//
// The last line qrterminal writes is always "▀▀▀…": its upper half is the
// last row of the bottom quiet zone and its lower half is not part of the
// code at all. draw keeps that lower half in the terminal's own background
// in every style.
func draw(lines []string, s Style) string {
	if len(lines) == 0 {
		return ""
	}
	last := len(lines) - 1
	var b strings.Builder
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch {
		case s.Colour && i < last:
			b.WriteString(sgrCode)
			b.WriteString(line)
			b.WriteString(sgrReset)
		case s.Colour:
			b.WriteString(sgrLastLine)
			b.WriteString(line)
			b.WriteString(sgrReset)
		case s.Invert && i < last:
			b.WriteString(invert(line))
		case s.Invert:
			// Light above and nothing below: both are background once the
			// light modules are drawn as background.
			b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(line)))
		default:
			b.WriteString(line)
		}
	}
	return b.String()
}

var inverter = strings.NewReplacer(
	glyphLight, glyphDark,
	glyphDark, glyphLight,
	glyphLightAbove, glyphLightBelow,
	glyphLightBelow, glyphLightAbove,
)

func invert(line string) string { return inverter.Replace(line) }
