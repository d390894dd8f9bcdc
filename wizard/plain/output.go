package plain

import (
	"strconv"
	"strings"
	"unicode/utf8"

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

// wrap breaks a message into lines of at most width characters at spaces.
// Each line of the message is a paragraph; one that starts "- " is a
// bullet, its further lines indented under its text.
func wrap(msg string, width int) []string {
	var out []string
	for _, line := range strings.Split(msg, "\n") {
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			out = append(out, hang("- ", rest, width)...)
			continue
		}
		out = append(out, hang("", line, width)...)
	}
	return out
}

// hang wraps text after a lead ("- ", "2. "), with the further lines
// indented as far as the lead. A word longer than the line, such as an
// address, gets a line of its own and is not broken.
func hang(lead, text string, width int) []string {
	indent := strings.Repeat(" ", utf8.RuneCountInString(lead))
	// Only spaces break a line: a no-break space keeps "qr vend" together.
	words := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' })
	if len(words) == 0 {
		return []string{strings.TrimRight(lead, " ")}
	}
	var out []string
	line, n := lead, utf8.RuneCountInString(lead)
	fresh := true // nothing but the lead or indent on the line yet
	for _, w := range words {
		wn := utf8.RuneCountInString(w)
		if !fresh && n+1+wn > width {
			out = append(out, line)
			line, n, fresh = indent, len(indent), true
		}
		if !fresh {
			line += " "
			n++
		}
		line += w
		n += wn
		fresh = false
	}
	return append(out, line)
}
