package core

import (
	"slices"
	"testing"
)

// Hang's short cut for a line that fits as it is gives what wrapping it
// word by word gives, whatever the text: labels, wide letters, spaces,
// no-break spaces, escape codes.
func FuzzHangsShortCutIsTheWrapping(f *testing.F) {
	for _, s := range []string{"Klik på [Create an account]", "Åse · ny konto · 4 dage", "a  b", " a", "a ", "",
		"日本語のテキスト", "qr\u00a0vend", "\x1b[1mfed\x1b[0m tekst", "ord"} {
		f.Add("  2. ", s, 40)
		f.Add("", s, 8)
	}
	f.Fuzz(func(t *testing.T, lead, text string, width int) {
		if width < 1 || width > 200 || len(lead) > 20 || len(text) > 400 {
			return
		}
		w := Wrap{Width: width, Cut: true}
		if got, want := w.Hang(lead, text), w.hang(lead, text); !slices.Equal(got, want) {
			t.Fatalf("Hang(%q, %q) at %d = %q, word by word %q", lead, text, width, got, want)
		}
	})
}
