package core

import (
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Label finds the name of a button or field on the pages the user works
// on, written [Like this] in a block's text.
var Label = regexp.MustCompile(`\[[^\[\]]+\]`)

// Wrap is how a front-end breaks a block's text into lines. Lines break
// only at spaces, and never inside a [label]: a label, an e-mail address
// and a web address are each one word, which a pensioner reads, compares
// or types whole. A no-break space keeps words together too ("qr vend").
type Wrap struct {
	Width  int    // the cells a line holds
	Bullet string // drawn for the "- " that starts a bullet
	Cut    bool   // a word longer than a whole line is cut to fit; else it runs past the width
}

// Paragraphs wraps a message: each line of it is a paragraph, and one that
// starts "- " is a bullet, its further lines under its text.
func (w Wrap) Paragraphs(msg string) []string {
	var out []string
	for _, line := range strings.Split(msg, "\n") {
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			out = append(out, w.Hang(w.Bullet, rest)...)
			continue
		}
		out = append(out, w.Hang("", line)...)
	}
	return out
}

// Hang wraps text after a lead ("• ", "  2. "), its further lines indented
// as far as the lead, so an answer or a bullet that wraps reads on under
// its own text.
func (w Wrap) Hang(lead, text string) []string {
	if fitsAsItIs(lead, text, w.Width) {
		return []string{lead + text}
	}
	return w.hang(lead, text)
}

// hang is Hang word by word.
func (w Wrap) hang(lead, text string) []string {
	indent := strings.Repeat(" ", ansi.StringWidth(lead))
	words := words(text)
	if len(words) == 0 {
		return []string{strings.TrimRight(lead, " ")}
	}
	var out []string
	line, fresh := lead, true // fresh: nothing but the lead or indent on the line yet
	for _, word := range words {
		if !fresh && ansi.StringWidth(line)+1+ansi.StringWidth(word) > w.Width {
			out, line, fresh = append(out, line), indent, true
		}
		if !fresh {
			line += " "
		}
		for w.Cut && ansi.StringWidth(line)+ansi.StringWidth(word) > w.Width && w.Width > len(indent) {
			// Longer than the whole line: cut, as a last resort.
			room := w.Width - ansi.StringWidth(line)
			head := ansi.Truncate(word, room, "")
			if head == "" || !strings.HasPrefix(word, head) {
				break // a character wider than the room left, or bytes that are no text (they would be cut for ever)
			}
			out, line = append(out, line+head), indent
			word = strings.TrimPrefix(word, head)
		}
		line, fresh = line+word, false
	}
	return append(out, line)
}

// fitsAsItIs reports whether lead and text are one line of width as they
// are, with no wrapping to do: no more bytes than cells (a character is
// never wider than its bytes), and no space the wrapping would take out.
// Most blocks are short; measuring each word is most of drawing them.
func fitsAsItIs(lead, text string, width int) bool {
	return text != "" && len(lead)+len(text) <= width && text[0] != ' ' && text[len(text)-1] != ' ' &&
		!strings.Contains(text, "  ")
}

// words are the parts of text a line may break between: its words, a
// [label] of several words counting as one.
func words(text string) []string {
	labels := Label.FindAllStringIndex(text, -1)
	inLabel := func(i int) bool {
		for _, l := range labels {
			if i > l[0] && i < l[1] {
				return true
			}
		}
		return false
	}
	var out []string
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && (text[i] != ' ' || inLabel(i)) {
			continue
		}
		if i > start {
			out = append(out, text[start:i])
		}
		start = i + 1
	}
	return out
}
