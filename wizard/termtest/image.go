package termtest

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"io"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// PixelScale is the size in image pixels of one half cell in the pictures
// ScreenImage and Image make: a cell is PixelScale wide and 2*PixelScale
// high.
const PixelScale = 4

// Cell is one screen cell with the colours a terminal would show.
type Cell struct {
	Content string      // the grapheme; "" for the second column of a wide one
	Fg, Bg  color.Color // resolved: never nil, reverse video applied
}

// cellAt returns the cell at x, y of em with its colours resolved against
// em's default colours and palette, as a terminal would paint it.
func cellAt(em *vt.Emulator, x, y int) Cell {
	c := em.CellAt(x, y)
	if c == nil {
		return Cell{Content: " ", Fg: em.ForegroundColor(), Bg: em.BackgroundColor()}
	}
	fg := resolve(em, c.Style.Fg, em.ForegroundColor())
	bg := resolve(em, c.Style.Bg, em.BackgroundColor())
	if c.Style.Attrs&uv.AttrReverse != 0 {
		fg, bg = bg, fg
	}
	if c.Style.Attrs&uv.AttrConceal != 0 {
		fg = bg
	}
	return Cell{Content: c.Content, Fg: fg, Bg: bg}
}

// resolve turns a cell colour as vt stores it into the colour on screen:
// nil means the terminal's default, and the 16 basic and 256 indexed colours
// are stored as indices into the palette.
func resolve(em *vt.Emulator, c, def color.Color) color.Color {
	switch v := c.(type) {
	case nil:
		if def == nil {
			return color.Black
		}
		return def
	case ansi.BasicColor:
		return em.IndexedColor(int(v))
	case ansi.IndexedColor:
		return em.IndexedColor(int(v))
	default:
		return c
	}
}

// CellAt returns the cell at column x, row y with its colours as shown.
func (tm *Term) CellAt(x, y int) Cell {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return cellAt(tm.em, x, y)
}

// screenImage paints em's screen as a picture of block graphics: the parts
// of "█", "▀" and "▄" take the foreground colour, everything else (spaces
// and also text, which a camera would not read as modules) the background.
func screenImage(em *vt.Emulator) *image.RGBA {
	w, h := em.Width(), em.Height()
	img := image.NewRGBA(image.Rect(0, 0, w*PixelScale, h*2*PixelScale))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := cellAt(em, x, y)
			top, bottom := c.Bg, c.Bg
			switch c.Content {
			case "█":
				top, bottom = c.Fg, c.Fg
			case "▀":
				top = c.Fg
			case "▄":
				bottom = c.Fg
			}
			x0, y0 := x*PixelScale, y*2*PixelScale
			draw.Draw(img, image.Rect(x0, y0, x0+PixelScale, y0+PixelScale),
				image.NewUniform(top), image.Point{}, draw.Src)
			draw.Draw(img, image.Rect(x0, y0+PixelScale, x0+PixelScale, y0+2*PixelScale),
				image.NewUniform(bottom), image.Point{}, draw.Src)
		}
	}
	return img
}

// Image returns a picture of the screen as a terminal with this theme would
// show it (see ScreenImage); DecodeQR reads QR codes from it.
func (tm *Term) Image() *image.RGBA {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return screenImage(tm.em)
}

// ScreenImage writes output (text with escape sequences, lines ended by
// "\r\n") to a fresh emulated terminal of cols x rows with theme th and
// returns a picture of its screen: each cell is PixelScale pixels wide and
// two half cells of PixelScale pixels high; the halves of "█", "▀" and "▄"
// take the cell's foreground colour, all else its background colour.
func ScreenImage(output string, cols, rows int, th Theme) *image.RGBA {
	em := newEmulator(cols, rows, th)
	go drain(em)
	_, _ = em.WriteString(output)
	img := screenImage(em)
	closeInput(em)
	return img
}

// ScreenCells is ScreenImage's emulation without the picture: the screen's
// cells, by row, with their colours resolved.
func ScreenCells(output string, cols, rows int, th Theme) [][]Cell {
	em := newEmulator(cols, rows, th)
	go drain(em)
	_, _ = em.WriteString(output)
	cells := make([][]Cell, rows)
	for y := range cells {
		cells[y] = make([]Cell, cols)
		for x := range cells[y] {
			cells[y][x] = cellAt(em, x, y)
		}
	}
	closeInput(em)
	return cells
}

// closeInput closes the emulator's input pipe, which ends its readers.
// (vt's own Close is not synchronised with Read.)
func closeInput(em *vt.Emulator) {
	if c, ok := em.InputPipe().(io.Closer); ok {
		_ = c.Close()
	}
}

// drain discards an emulator's answers so that a query in the output does
// not block Write.
func drain(em *vt.Emulator) {
	buf := make([]byte, 256)
	for {
		if _, err := em.Read(buf); err != nil {
			return
		}
	}
}

// DecodeQR finds and decodes a QR code in img with the independent decoder
// github.com/makiuchi-d/gozxing. It looks only for dark modules on a light
// background, as most phone scanners do.
func DecodeQR(img image.Image) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", fmt.Errorf("termtest: qr bitmap: %w", err)
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return "", fmt.Errorf("termtest: no QR code found: %w", err)
	}
	return res.GetText(), nil
}
