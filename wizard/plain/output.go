package plain

import (
	"strconv"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
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

// screen prints a screen: its top lines together, then its body.
func (r *runner) screen(top, body []core.Block) {
	for _, b := range top {
		r.lines(r.block(b)...)
	}
	if len(top) > 0 {
		r.blank()
	}
	r.blocks(body)
}

// blocks prints paragraphs with a blank line between them, but none inside
// a list, nor before an address (it belongs to the line before it).
func (r *runner) blocks(bs []core.Block) {
	for i, b := range bs {
		if i > 0 && !core.InList(bs[i-1].Kind, b.Kind) {
			r.blank()
		}
		r.lines(r.block(b)...)
	}
}

// block turns one block into lines. The meaning is all in words: "Fejl:",
// "Bemærk:", [Label], the number of a choice, a rule's state.
func (r *runner) block(b core.Block) []string {
	switch b.Kind {
	case core.Address:
		return []string{b.Text}
	case core.Choice:
		return hang(strconv.Itoa(b.Number)+". ", b.Text, Width)
	case core.Rule:
		rule := b.Text
		for _, mark := range []string{"- ", "[ ] ", "[x] ", "[?] "} { // one lead only: a reader would say both
			rule = strings.TrimPrefix(rule, mark)
		}
		return hang("- ", rule, Width)
	}
	return wrap(b.Text, Width)
}

// wrap breaks a message into lines of at most width characters, as
// core.Wrap does, bullets kept "- ". A word longer than the line, such as
// an address, gets a line of its own and is not broken.
func wrap(msg string, width int) []string {
	return core.Wrap{Width: width, Bullet: "- "}.Paragraphs(msg)
}

// hang wraps text after a lead ("- ", "2. "), with the further lines
// indented as far as the lead.
func hang(lead, text string, width int) []string {
	return core.Wrap{Width: width}.Hang(lead, text)
}
