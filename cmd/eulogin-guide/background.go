// The screen's background, asked of the terminal by the guide itself once
// it knows it draws the full screen; the line mode asks nothing.

package main

import (
	"image/color"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/muesli/termenv"

	"github.com/eulogin-guide/eulogin-guide/cmd/eulogin-guide/quietstart"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// Bubble Tea's init has run with TERM=dumb and asked nothing (quietstart):
// the rest of the guide sees the TERM it was started with.
func init() { quietstart.Restore() }

// screenBackground is the background the full screen draws on: the one
// the member chose in the settings, which wins over any guess, else the
// one the terminal says; nil where neither is known.
func screenBackground(settings []core.Setting) color.Color {
	for _, s := range settings {
		if s.ID != settingScreen {
			continue
		}
		switch s.Value {
		case "light":
			return color.White
		case "dark":
			return color.Black
		}
	}
	return terminalBackground()
}

// terminalBackground is the background colour the terminal answers (OSC
// 11), else the one COLORFGBG names, else nil: asked once a run, before
// Bubble Tea takes the terminal. A terminal that answers the cursor
// position but not the colour says so at once; one that answers nothing
// keeps the full screen waiting termenv's 5 seconds. On Windows termenv
// asks nothing.
var terminalBackground = sync.OnceValue(func() color.Color {
	out := termenv.NewOutput(os.Stdout, termenv.WithEnvironment(askable{}))
	if c, ok := out.BackgroundColor().(termenv.RGBColor); ok {
		return termenv.ConvertToRGB(c)
	}
	fgbg := strings.Split(os.Getenv("COLORFGBG"), ";") // "15;0": white on black, as rxvt and Konsole say
	if i, err := strconv.Atoi(fgbg[len(fgbg)-1]); err == nil && len(fgbg) > 1 && i >= 0 && i < 16 {
		return termenv.ConvertToRGB(termenv.ANSIColor(i))
	}
	return nil
})

// askable is the environment as termenv reads it, but for a TERM that
// lets it ask: termenv asks neither tmux nor GNU screen, as either may show
// several terminals, yet tmux answers for its pane, and screen at once
// that it does not.
type askable struct{}

func (askable) Environ() []string { return os.Environ() }

func (askable) Getenv(key string) string {
	v := os.Getenv(key)
	if key == "TERM" && (strings.HasPrefix(v, "tmux") || strings.HasPrefix(v, "screen")) {
		return "xterm-256color"
	}
	return v
}
