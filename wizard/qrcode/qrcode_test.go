package qrcode

import (
	"fmt"
	"image"
	"image/color"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// Two addresses the wizard shows as codes, then texts that take the other
// encodings (alphanumeric, numeric), the smallest code and a large one.
var addresses = []string{
	"https://play.google.com/store/apps/details?id=eu.europa.ec.ecas",
	"https://ecas.ec.europa.eu/cas/login",
	"HTTPS://EXAMPLE.ORG/QR",
	"0123456789",
	"x",
	"https://example.org/" + strings.Repeat("abcdefghij", 20),
}

var (
	plain    = Style{}
	inverted = Style{Invert: true}
	colour   = Style{Colour: true}
)

// screen places a rendered code on a terminal screen the way a wizard page
// would: a line of text above, the code indented, the address below.
func screen(code, text string) string {
	var b strings.Builder
	b.WriteString("Scan koden med telefonen:\r\n\r\n")
	for _, line := range strings.Split(code, "\n") {
		b.WriteString("    " + line + "\r\n")
	}
	b.WriteString("\r\n" + text)
	return b.String()
}

const cols, rows = 120, 60

func decodeOn(t *testing.T, text string, s Style, th termtest.Theme) (string, error) {
	t.Helper()
	return termtest.DecodeQR(termtest.ScreenImage(screen(Render(text, s), text), cols, rows, th))
}

// negative returns img with every colour inverted.
func negative(img *image.RGBA) *image.RGBA {
	out := image.NewRGBA(img.Bounds())
	for i := 0; i+3 < len(img.Pix); i += 4 {
		out.Pix[i] = 255 - img.Pix[i]
		out.Pix[i+1] = 255 - img.Pix[i+1]
		out.Pix[i+2] = 255 - img.Pix[i+2]
		out.Pix[i+3] = 255
	}
	return out
}

// TestDecode is the proof that the codes scan: each rendering is drawn by a
// terminal emulator with a dark and a light theme and read back by an
// independent decoder.
func TestDecode(t *testing.T) {
	themes := map[string]termtest.Theme{"dark": termtest.Dark, "light": termtest.Light}
	for _, text := range addresses {
		for _, tc := range []struct {
			style Style
			theme string
			reads bool
		}{
			{colour, "dark", true},
			{colour, "light", true},
			{Style{Colour: true, Invert: true}, "light", true},
			{plain, "dark", true},
			{plain, "light", false},
			{inverted, "light", true},
			{inverted, "dark", false},
		} {
			name := fmt.Sprintf("%.30s/%+v/%s", text, tc.style, tc.theme)
			t.Run(name, func(t *testing.T) {
				th := themes[tc.theme]
				img := termtest.ScreenImage(screen(Render(text, tc.style), text), cols, rows, th)
				got, err := termtest.DecodeQR(img)
				if tc.reads {
					if err != nil || got != text {
						t.Fatalf("decoded %q, %v; want %q", got, err, text)
					}
					return
				}
				if err == nil {
					t.Fatalf("decoded %q on the wrong polarity; want no result", got)
				}
				// It is the polarity and nothing else: the negative reads.
				if got, err := termtest.DecodeQR(negative(img)); err != nil || got != text {
					t.Fatalf("negative decoded %q, %v; want %q", got, err, text)
				}
			})
		}
	}
}

// TestColours checks the colours the emulator resolves for Style.Colour: the
// code is white and near-black whatever the theme, and nothing else is coloured.
func TestColours(t *testing.T) {
	text := addresses[0]
	code := Render(text, colour)
	w, h := Size(text)
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	black := color.RGBA{0x08, 0x08, 0x08, 0xff} // 256-colour 232, the darkest grey
	for name, th := range map[string]termtest.Theme{"dark": termtest.Dark, "light": termtest.Light} {
		cells := termtest.ScreenCells(strings.ReplaceAll(code, "\n", "\r\n")+"\r\nefter", w+5, h+2, th)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				c := cells[y][x]
				wantBg := color.Color(black)
				if y == h-1 {
					wantBg = th.Background // below the last quiet-zone row
				}
				if !same(c.Fg, white) || !same(c.Bg, wantBg) {
					t.Fatalf("%s: cell %d,%d %q has fg %v bg %v; want fg %v bg %v", name, x, y, c.Content, c.Fg, c.Bg, white, wantBg)
				}
			}
			// The colours end with the line.
			if c := cells[y][w]; !same(c.Bg, th.Background) {
				t.Fatalf("%s: colour runs past the end of line %d: %v", name, y, c.Bg)
			}
		}
		if c := cells[h][0]; c.Content != "e" || !same(c.Fg, th.Foreground) || !same(c.Bg, th.Background) {
			t.Fatalf("%s: text after the code is %q %v on %v; want the theme's colours", name, c.Content, c.Fg, c.Bg)
		}
	}
}

func same(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

func TestShape(t *testing.T) {
	if w, h := Size(addresses[0]); w != 37 || h != 19 {
		t.Errorf("Size(play store address) = %d x %d, want 37 x 19", w, h)
	}
	for _, text := range addresses {
		w, h := Size(text)
		for _, s := range []Style{plain, inverted, colour} {
			out := Render(text, s)
			if strings.HasSuffix(out, "\n") {
				t.Errorf("%q %+v: trailing newline", text, s)
			}
			lines := strings.Split(out, "\n")
			if len(lines) != h {
				t.Errorf("%q %+v: %d lines, Size says %d", text, s, len(lines), h)
			}
			for i, line := range lines {
				if got := ansi.StringWidth(line); got != w {
					t.Errorf("%q %+v: line %d is %d wide, Size says %d", text, s, i, got, w)
				}
				if s.Colour != strings.Contains(line, "\x1b[") {
					t.Errorf("%q %+v: line %d: escape codes present = %v", text, s, i, !s.Colour)
				}
				if s.Colour && !strings.HasSuffix(line, "\x1b[0m") {
					t.Errorf("%q %+v: line %d does not end with a reset", text, s, i)
				}
			}
		}
	}
	if got := Render(addresses[0], Style{Colour: true, Invert: true}); got != Render(addresses[0], colour) {
		t.Error("Invert changes a coloured code")
	}
}

func TestTooLong(t *testing.T) {
	text := strings.Repeat("ø", 3000)
	if got := Render(text, plain); got != "" {
		t.Errorf("Render of a text too long for a QR code = %d bytes, want \"\"", len(got))
	}
	if w, h := Size(text); w != 0 || h != 0 {
		t.Errorf("Size = %d x %d, want 0 x 0", w, h)
	}
}

// fresh returns a text not rendered before in this process (tests may run
// more than once: go test -count).
func fresh(name string) string {
	return fmt.Sprintf("https://ecas.ec.europa.eu/cas/login?%s=%d", name, freshN.Add(1))
}

var freshN atomic.Int64

func TestCached(t *testing.T) {
	text := fresh("cached")
	before := encodes.Load()
	first := Render(text, plain)
	for _, s := range []Style{plain, inverted, colour, {Colour: true, Invert: true}} {
		Render(text, s)
	}
	Size(text)
	if n := encodes.Load() - before; n != 1 {
		t.Errorf("%d encodes for one text in every style, want 1", n)
	}
	if Render(text, plain) != first {
		t.Error("a second Render differs from the first")
	}
	if a := testing.AllocsPerRun(100, func() { Render(text, colour) }); a != 0 {
		t.Errorf("a cached Render allocates %v times, want 0", a)
	}
}

func TestConcurrent(t *testing.T) {
	text := fresh("concurrent")
	want := draw(encode(text), colour)
	before := encodes.Load()
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := []Style{plain, inverted, colour}[i%3]
			if got := Render(text, s); s == colour && got != want {
				t.Error("concurrent Render differs")
			}
		}()
	}
	wg.Wait()
	if n := encodes.Load() - before; n != 1 {
		t.Errorf("%d encodes, want 1", n)
	}
}

func BenchmarkRenderCached(b *testing.B) {
	Render(addresses[0], colour)
	b.ReportAllocs()
	for b.Loop() {
		Render(addresses[0], colour)
	}
}

// BenchmarkRenderUncached is the cost Render pays once per address.
func BenchmarkRenderUncached(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = draw(encode(addresses[0]), colour)
	}
}
