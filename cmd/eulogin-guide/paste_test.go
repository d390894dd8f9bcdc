package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// a paste of 10 MB into a field is taken at once: the field shows
// the paste's start, the guide says it was cut, and the next key works.
// (Before, Bubble Tea's reader took minutes over it, the guide frozen.)
func TestAHugePasteIsCutAtOnce(t *testing.T) {
	tm := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("Skriv din e-mailadresse", wait)
	tm.Paste("åse@" + strings.Repeat("a", 10<<20))
	tm.WaitForT("Det var for langt til feltet. Guiden har kun taget begyndelsen.", 2*wait)
	tm.Press("home") // the field shows its end, where the cursor is: its start is the paste's
	tm.WaitForT("> åse@aaaaaaaa", wait)
	tm.Press("ctrl+c")
	tm.WaitForT("Vil du afslutte guiden?", wait)
}

// What the guide's input passes on to Bubble Tea, read through a real
// pipe in reads of many sizes, so that the markers fall across reads at
// every place: everything but what a paste has beyond its first pasteKeep
// bytes, the end marker kept.
func TestAPasteIsCutToItsStart(t *testing.T) {
	long := strings.Repeat("å", pasteKeep) // twice pasteKeep in bytes
	inputs := map[string]string{
		"keys only":                          "abc\x1b[Ax\r",
		"a short paste":                      "a" + pasteStart + "anna@mail.dk" + pasteEnd + "\r",
		"a long paste":                       pasteStart + long + pasteEnd + "q",
		"two pastes":                         pasteStart + long + pasteEnd + "x" + pasteStart + "kort" + pasteEnd,
		"an end marker's start in the paste": pasteStart + long + "\x1b[20" + long + "\x1b[2" + pasteEnd + "\x1b[B",
		"the end at the cut":                 pasteStart + strings.Repeat("b", pasteKeep-3) + pasteEnd + "z",
		"a paste without end":                "k" + pasteStart + long,
	}
	for name, input := range inputs {
		want := cutWhole(input)
		for _, size := range []int{len(pasteEnd), len(pasteEnd) + 1, len(pasteEnd) + 2, 10, 13, 256} {
			if got := throughCutter(t, input, size); got != want {
				t.Errorf("%s, reads of %d: got %d bytes %q…, want %d bytes %q…", name, size,
					len(got), got[:min(len(got), 40)], len(want), want[:min(len(want), 40)])
			}
		}
	}
}

// cutWhole is what pasteCutter should make of s: each paste's content cut
// to pasteKeep bytes.
func cutWhole(s string) string {
	var b strings.Builder
	for {
		start := strings.Index(s, pasteStart)
		if start < 0 {
			return b.String() + s
		}
		b.WriteString(s[:start+len(pasteStart)])
		s = s[start+len(pasteStart):]
		end := strings.Index(s, pasteEnd)
		if end < 0 {
			return b.String() + s[:min(len(s), pasteKeep)]
		}
		b.WriteString(s[:min(end, pasteKeep)] + pasteEnd)
		s = s[end+len(pasteEnd):]
	}
}

// throughCutter writes s into a pipe and reads it back through a
// pasteCutter, with p of the given size.
func throughCutter(t *testing.T, s string, size int) string {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	go func() { _, _ = w.WriteString(s); w.Close() }()
	c, p := newPasteCutter(r), make([]byte, size)
	var got strings.Builder
	for {
		n, err := c.Read(p)
		got.Write(p[:n])
		if err != nil {
			return got.String()
		}
	}
}

// BenchmarkPaste is the time from a paste of 1, 3 and 10 MB into the
// e-mail field of the compiled guide, in a pseudo-terminal, to the screen
// saying that it was cut. (R-13 measured 3 s, 21 s and over 46 s of CPU
// before the guide cut pastes itself.)
//
//	go test -run '^$' -bench Paste -benchtime 5x ./cmd/eulogin-guide/
func BenchmarkPaste(b *testing.B) {
	if runtime.GOOS == "windows" {
		b.Skip("needs a Unix pseudo-terminal")
	}
	for _, mb := range []int{1, 3, 10} {
		paste := "åse@" + strings.Repeat("a", mb<<20)
		b.Run(fmt.Sprintf("MB=%d", mb), func(b *testing.B) {
			var total time.Duration
			for range b.N {
				tm := termtest.Start(b, binary, []string{"--step", "email"}, userEnv(b, b.TempDir()), 80, 24)
				tm.WaitForT("Skriv din e-mailadresse", wait)
				start := time.Now()
				tm.Paste(paste)
				tm.WaitForT("Det var for langt til feltet", time.Minute)
				total += time.Since(start)
				quitAtOnce(tm)
			}
			b.ReportMetric(float64(total)/float64(b.N), "ns/op")
			b.ReportMetric(float64(total)/float64(b.N)/float64(time.Millisecond), "ms/paste")
		})
	}
}
