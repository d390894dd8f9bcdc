package plain

import (
	"slices"
	"strconv"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// lines prints whole lines.
func (r *runner) lines(ls ...string) {
	for _, l := range ls {
		r.buf.WriteString(l)
		r.buf.WriteByte('\n')
		r.started, r.lastBlank = true, l == ""
	}
}

// openLine prints the start of a line that the user's answer ends.
func (r *runner) openLine(s string) {
	r.buf.WriteString(s)
	r.started, r.lastBlank = true, false
}

// blank prints an empty line between paragraphs, never two, none first.
func (r *runner) blank() {
	if r.started && !r.lastBlank {
		r.lines("")
	}
}

// flush writes what is printed so far, in one piece, and keeps the first
// failure.
func (r *runner) flush() {
	if r.buf.Len() == 0 {
		return
	}
	if r.err == nil {
		_, r.err = r.out.Write([]byte(r.buf.String()))
	}
	r.buf.Reset()
}

// screen prints a screen: its top lines together, then its body, leaving
// out the lines the prompt says (skip).
func (r *runner) screen(top, body []core.Block, skip []string) {
	for _, b := range top {
		r.lines(r.block(b)...)
	}
	if len(top) > 0 {
		r.blank()
	}
	r.blocksBut(body, skip)
}

// blocks prints paragraphs with a blank line between them, but none inside
// a list, nor before an address (it belongs to the line before it).
func (r *runner) blocks(bs []core.Block) { r.blocksBut(bs, nil) }

// blocksBut prints paragraphs as blocks does, but the lines of skip.
func (r *runner) blocksBut(bs []core.Block, skip []string) {
	for i, b := range bs {
		if i > 0 && !core.InList(bs[i-1].Kind, b.Kind) {
			r.blank()
		}
		for _, line := range r.block(b) {
			if !slices.Contains(skip, line) {
				r.lines(line)
			}
		}
	}
}

// block turns one block into lines, one a paragraph: never broken, so
// that the terminal, screen reader or braille line wraps it to its own
// width. The meaning is all in words: "Fejl:", "Bemærk:", a label in
// quotes, the number of a choice, a rule's state.
func (r *runner) block(b core.Block) []string {
	switch b.Kind {
	case core.Address:
		return []string{b.Text}
	case core.Verbatim:
		return paragraphs(b.Text)
	case core.Choice:
		return []string{strconv.Itoa(b.Number) + ". " + r.unbracket(b.Text)}
	case core.Rule:
		rule := b.Text
		for _, mark := range []string{"- ", "[ ] ", "[x] ", "[?] "} { // one lead only: a reader would say both
			rule = strings.TrimPrefix(rule, mark)
		}
		return []string{"- " + r.unbracket(rule)}
	}
	return paragraphs(r.unbracket(b.Text))
}

// paragraphs are the lines of a message, each a paragraph or a bullet
// ("- ").
func paragraphs(msg string) []string { return strings.Split(msg, "\n") }

// unbracket writes the [labels] of EU Login's pages in quotes, as
// plain.label puts it: a screen reader reads brackets aloud.
func (r *runner) unbracket(s string) string {
	return core.Label.ReplaceAllStringFunc(s, func(label string) string {
		return r.t("plain.label", text.Data{"Label": label[1 : len(label)-1]})
	})
}
