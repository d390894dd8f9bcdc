package fullscreen

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// View draws the frame: the top, the body (with the QR code beside it or
// instead of it), the answer area, the notices, and the keys that work.
func (m *Model) View() (view string) {
	defer func() {
		if recover() != nil { // said by the command once Bubble Tea has quit
			m.crashed, view = true, ""
		}
	}()
	if m.frame.Place == core.Ended || m.crashed {
		return ""
	}
	if m.tooSmall() {
		// As much of the message as the window holds, from its start.
		lines := m.styles.paragraphs(m.t("app.too-small", text.Data{"Width": MinWidth, "Height": MinHeight})+m.linesTooSmall(), max(m.width, 10))
		return m.withCursor(lines[:min(len(lines), max(m.height, 1))], nil)
	}
	l := m.layout()
	return m.withCursor(l.lines, l.cursor)
}

// Overflow is how many lines of the screen do not fit in the window and
// must be scrolled to: 0 when all of it is seen at once.
func (m *Model) Overflow() int { return m.layout().overflow }

// screenLayout is the screen fitted to the window.
type screenLayout struct {
	lines    []string
	overflow int
	part     scrolling // the part of the lines that scrolls
	cursor   *point    // where the terminal's cursor goes; nil: hidden
}

// point is a cell of the window, from 0.
type point struct{ row, col int }

// layout fits the parts of the screen in the window height. The blank
// lines between the parts go first when room is short; then the body is
// shown a window at a time, the last line saying that more follows.
func (m *Model) layout() screenLayout {
	bottom, focus := m.answerArea(false)
	footer := m.footer()
	up := m.upperPart(len(bottom) + len(footer))
	if m.height-len(up.top)-len(bottom)-len(footer) < minBody {
		// A small window (a large font): a checklist of met rules would
		// leave the step's text no room, or the field none.
		if folded, at := m.answerArea(true); len(folded) < len(bottom) {
			bottom, focus = folded, at
			up = m.upperPart(len(bottom) + len(footer))
		}
	}
	gaps := []int{1, 1, 1} // after the top, before the answer area, before the keys
	if len(bottom) == 0 || len(up.body.lines) == 0 {
		gaps[1] = 0
	}
	fixed := len(up.top) + len(bottom) + len(footer)
	for i := range gaps {
		if fixed+len(up.body.lines)+sum(gaps) <= m.height {
			break
		}
		gaps[[]int{2, 0, 1}[i]] = 0
	}
	room := m.height - fixed - sum(gaps)
	if room < 1 {
		// Too little room for the body between a tall top and answer
		// area: all of it scrolls as one, from the heading down, so the
		// heading is never pushed off the window; the keys stay.
		column := append(append(append([]string{}, up.top...), up.body.lines...), bottom...)
		part := scrolling{length: len(column), rows: max(1, m.height-len(footer)), choices: moved(up.body.choices, len(up.top))}
		m.followFocus(part, focus.moved(len(up.top)+len(up.body.lines)))
		lines := append(m.window(make([]string, 0, m.height+1), column, part), footer...)
		l := screenLayout{lines: lines[:min(len(lines), m.height)], overflow: max(0, part.length-part.rows), part: part}
		l.cursor = m.cursorIn(part, 0, focus.moved(len(up.top)+len(up.body.lines)))
		return l
	}
	part := scrolling{length: len(up.body.lines), rows: room, choices: up.body.choices}
	lines := append(make([]string, 0, m.height+1), up.top...) // a line more: "more below"
	lines = append(lines, make([]string, gaps[0])...)
	bodyAt := len(lines)
	lines = m.window(lines, up.body.lines, part)
	lines = append(lines, make([]string, gaps[1])...)
	bottomAt := len(lines)
	lines = append(lines, bottom...)
	lines = append(lines, make([]string, gaps[2])...)
	l := screenLayout{lines: append(lines, footer...), overflow: max(0, part.length-part.rows), part: part}
	if l.cursor = m.cursorIn(part, bodyAt, nil); focus != nil {
		l.cursor = focus.moved(bottomAt)
	}
	return l
}

// followFocus scrolls a field or control the focus has just moved to
// (Tab, on a sketch taller than a small window) into sight; scrolling by
// hand moves away from it until the focus moves again.
func (m *Model) followFocus(part scrolling, focus *point) {
	at := [2]int{m.frame.Text, m.frame.Focus} // a screen's text changes within one place too (a failure's next screen)
	if focus == nil || at == m.followed {
		return
	}
	m.followed = at
	if seen := part.seen(m.scroll); focus.row < seen.from || focus.row >= seen.to {
		m.scroll = part.clamp(focus.row - part.rows/2)
	}
}

// moved is the point n rows further down; nil stays nil.
func (p *point) moved(n int) *point {
	if p == nil {
		return nil
	}
	return &point{p.row + n, p.col}
}

// cursorIn is where the terminal's cursor goes in the scrolling part drawn
// from row at: on the focused field's insertion point or mark (focus,
// in the part's lines) if any, else on the chosen answer's mark; nil where
// it is out of sight or there is none.
func (m *Model) cursorIn(part scrolling, at int, focus *point) *point {
	seen := part.seen(m.scroll)
	p := focus
	if p == nil && m.frame.Selected >= 0 && m.frame.Selected < len(part.choices) {
		p = &point{part.choices[m.frame.Selected].from, 0}
	}
	if p == nil || p.row < seen.from || p.row >= seen.to {
		return nil
	}
	return &point{at + p.row - seen.from, p.col}
}

// moved is the spans n lines further down.
func moved(spans []span, n int) []span {
	out := make([]span, len(spans))
	for i, sp := range spans {
		out[i] = span{sp.from + n, sp.to + n}
	}
	return out
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// window adds to shown the lines of part in sight from the scroll
// position; the last line says, with its key, that more follows.
func (m *Model) window(shown, lines []string, part scrolling) []string {
	m.scroll = part.clamp(m.scroll)
	seen := part.seen(m.scroll)
	shown = append(shown, lines[seen.from:seen.to]...)
	if seen.to < len(lines) {
		shown = append(shown, m.moreBelow())
	}
	return shown
}

// moreBelow says that the screen goes on, naming the key that scrolls:
// drawn once for the offers and width, as the footer is, since a long list
// shows it at every key.
func (m *Model) moreBelow() string {
	return m.footers.get(footerKey{m.offers, m.width, true}, func() []string {
		for _, b := range m.keys {
			if b.action == core.Scroll {
				return []string{ansi.Truncate(m.helpLine([]key.Binding{b.Binding}), m.width, "")}
			}
		}
		return []string{""}
	})[0]
}

// upperPart is the drawn top and body of a screen: the part that does not
// change while the user types, so it is drawn once per screen and size.
type upperPart struct {
	top  []string
	body drawnText
}

type upperKey struct {
	screen, width, height, room, scroll, selected int
	linesFirst                                    string
}

func (m *Model) upperPart(below int) *upperPart {
	k := upperKey{m.frame.Screen, m.width, m.height, below, m.scroll, m.frame.Selected, m.linesFirst()}
	return m.uppers.get(k, func() *upperPart {
		w := m.textWidth()
		body := m.frame.Body
		if _, ok := m.frame.Panel(core.Sketch); ok {
			body = nil // the sketch stands for the body, as a line mode says it
		}
		up := &upperPart{top: append(m.paragraph(k.linesFirst, w), m.drawTop(w)...), body: m.drawBody(body, w)}
		if qr, ok := m.frame.Panel(core.QRCode); ok {
			up.body = m.withQR(qr, up.body, len(up.top)+below+2)
		}
		return up
	})
}

// withQR puts the QR code beside the text when both fit. Else a code the
// step shows of itself (not asked for) goes under the text, to scroll to,
// so the step's words come first; a code asked for is shown alone with
// how to scan it beside. A code too big for the window asks for a bigger
// one.
func (m *Model) withQR(qr core.Panel, text drawnText, used int) drawnText {
	code := m.qrLines(qr)
	if code == nil {
		return text.then("", m.t("qr.too-small"))
	}
	if beside, ok := m.beside(code, used); ok {
		return beside
	}
	if qr.Asked == 0 {
		scan := m.drawBody([]core.Block{{Kind: core.Text, Text: qr.Caption}}, m.textWidth())
		return text.then("").then(scan.lines...).then("").then(code...)
	}
	if used+len(code) <= m.height+2 { // the code alone may take the blank lines too
		w := max(10, m.width-lipgloss.Width(code[0])-4)
		scan := m.drawBody([]core.Block{{Kind: core.Text, Text: qr.Caption}}, w)
		return drawnText{lines: besideBlock(scan.lines, code, w+2)}
	}
	return text.then("", m.t("qr.too-small"))
}

// beside is the step's text with the code beside it, when both fit in the
// window with the used lines besides.
func (m *Model) beside(code []string, used int) (drawnText, bool) {
	narrow := min(maxTextWidth-2, m.width-lipgloss.Width(code[0])-4)
	if narrow < maxTextWidth/2 {
		return drawnText{}, false
	}
	text := m.drawBody(m.frame.Body, narrow)
	if used+max(len(text.lines), len(code)) > m.height {
		return drawnText{}, false
	}
	return drawnText{lines: besideBlock(text.lines, code, narrow+2), choices: text.choices}, true
}

// qrLines is the panel's address as a QR code, or nil when it is too tall
// for the window.
// Without colours, a line under the code says when to turn it round,
// where it fits: the code is drawn in the terminal's own colours, and only
// the key bar named the key.
func (m *Model) qrLines(qr core.Panel) []string {
	_, h := qrcode.Size(qr.Text)
	if h > m.height-4 {
		return nil
	}
	code := strings.Split(qrcode.Render(qr.Text, qrcode.Style{Colour: m.c.Colour(), Invert: qr.Invert}), "\n")
	if m.c.Colour() {
		return code
	}
	hint := m.styles.paragraphs(m.t("qr.invert-hint", text.Data{"Key": keymap[core.InvertQR].keys[0]}), lipgloss.Width(code[0]))
	if h+len(hint) > m.height-4 {
		return code
	}
	return append(code, hint...)
}

// besideBlock puts the right-hand block next to the left one, the left
// padded to width.
func besideBlock(left, right []string, width int) []string {
	n := max(len(left), len(right))
	out := make([]string, n)
	for i := range n {
		l := ""
		if i < len(left) {
			l = left[i]
		}
		r := ""
		if i < len(right) {
			r = right[i]
		}
		out[i] = strings.TrimRight(l+strings.Repeat(" ", max(0, width-lipgloss.Width(l)))+r, " ")
	}
	return out
}

func (m *Model) textWidth() int { return min(m.width, maxTextWidth) - 2 }

// drawTop draws the badges and the caption on one line where they fit,
// then the heading.
func (m *Model) drawTop(w int) []string {
	var small []string
	var lines []string
	for _, b := range m.frame.Top {
		if b.Kind == core.Badge || b.Kind == core.Caption {
			small = append(small, b.Text)
			continue
		}
		lines = append(lines, m.drawBlock(b, w)...)
	}
	if len(small) == 0 {
		return lines
	}
	var caption []string
	if joined := strings.Join(small, " · "); lipgloss.Width(joined) <= w {
		caption = m.drawBlock(core.Block{Kind: core.Caption, Text: joined}, w)
	} else {
		for _, s := range small {
			caption = append(caption, m.drawBlock(core.Block{Kind: core.Caption, Text: s}, w)...)
		}
	}
	return append(caption, lines...)
}

// drawnText is blocks drawn as lines, with the lines of each answer.
type drawnText struct {
	lines   []string
	choices []span // the lines of the Choice blocks, in order
}

// then is the text with lines after it.
func (d drawnText) then(lines ...string) drawnText {
	return drawnText{lines: append(d.lines, lines...), choices: d.choices}
}

// drawBody draws blocks wrapped to width w, with a blank line between
// paragraphs but not inside a list.
func (m *Model) drawBody(blocks []core.Block, w int) drawnText {
	// The lines and blocks of the last body give the sizes: a list drawn
	// anew at every key grows no slices.
	d := drawnText{lines: make([]string, 0, m.lastLines), choices: make([]span, 0, len(blocks))}
	last := m.lastBody
	m.lastBody = slices.Grow(m.spareBody[:0], len(blocks))[:len(blocks)]
	m.spareBody = last
	for i, b := range blocks {
		if i > 0 && !core.InList(blocks[i-1].Kind, b.Kind) {
			d.lines = append(d.lines, "")
		}
		from := len(d.lines)
		k := drawKey{block: b, width: w, mark: m.markOf(b)}
		if i >= len(last) || last[i].key != k { // most blocks are as at the last key: no need to look them up
			m.lastBody[i] = drawnBlock{k, m.drawn.get(k, func() []string { return m.styleBlock(b, w, k.mark) })}
		} else {
			m.lastBody[i] = last[i]
		}
		d.lines = append(d.lines, m.lastBody[i].lines...)
		if b.Kind == core.Choice {
			d.choices = append(d.choices, span{from, len(d.lines)})
		}
	}
	m.lastLines = len(d.lines)
	return d
}

// minBody is the fewest lines of the body a screen keeps in sight, where a
// checklist can be folded to keep them.
const minBody = 5

// answerArea is each field with its label, example, checklist and
// messages, then what the last action brought and any save problem; and
// where in it the focused field takes the terminal's cursor (nil: none).
// A folded checklist has only the rules not met.
func (m *Model) answerArea(fold bool) (lines []string, focus *point) {
	if p, ok := m.frame.Panel(core.Sketch); ok {
		return m.sketchArea(p)
	}
	w := m.textWidth()
	for i, f := range m.frame.Fields {
		if i > 0 {
			lines = append(lines, "")
		}
		field := m.fieldLines(i, f)
		if i == m.frame.Focus {
			focus = m.focusIn(i, f, field).moved(len(lines))
		}
		lines = append(lines, field...)
		if len(f.Checklist) > 0 {
			rules := f.Checklist[1:]
			if fold {
				rules = unmet(rules)
			}
			lines = append(lines, m.drawBlock(f.Checklist[0], w)...)
			lines = append(lines, m.twoColumns(rules)...)
		}
		messages := f.Messages
		if f.State == core.Confirming {
			messages = append(messages, core.Block{Kind: core.Text, Text: f.Confirm})
		}
		for _, b := range messages {
			lines = append(lines, m.drawBlock(b, w)...)
		}
	}
	for _, b := range append(append([]core.Block{}, m.frame.Notice...), m.frame.SaveProblem...) {
		lines = append(lines, m.drawBlock(b, w)...)
	}
	return lines, focus
}

// unmet is the rules of a checklist not met: "[x] " starts a met one
// (core's checklist).
func unmet(rules []core.Block) []core.Block {
	return slices.DeleteFunc(slices.Clone(rules), func(r core.Block) bool { return strings.HasPrefix(r.Text, "[x] ") })
}

// focusIn is where in a field's drawn lines the terminal's cursor goes: a
// text field's insertion point, else its "> " mark.
func (m *Model) focusIn(i int, f core.Field, drawn []string) *point {
	if !typed(f) || i >= len(m.inputs) {
		return &point{0, 0}
	}
	input := drawn[len(drawn)-1]
	at := strings.Index(input, insertionMark)
	if at < 0 {
		return nil
	}
	return &point{len(drawn) - 1, ansi.StringWidth(input[:at])}
}

// fieldLines draws a field by its kind, the focused one marked "> ": a
// text field's label, example and input; a tick box "[x] Label"; a list
// its label and its answers, the chosen one "(x)"; a button "[ Label ]".
func (m *Model) fieldLines(i int, f core.Field) []string {
	mark := "  "
	if i == m.frame.Focus {
		mark = "> "
	}
	switch f.Kind {
	case core.TickBox:
		box := "[ ] "
		if f.Value != "" {
			box = "[x] "
		}
		return []string{mark + box + m.styled(core.Heading, f.Label)}
	case core.ListField:
		lines := []string{mark + m.styled(core.Heading, f.Label)}
		for _, o := range f.Options {
			chosen := "  ( ) "
			if o.Value == f.Value {
				chosen = "  (x) "
			}
			lines = append(lines, chosen+o.Label)
		}
		return lines
	case core.Button:
		return []string{mark + m.styled(core.Heading, "[ "+f.Label+" ]")}
	}
	lines := []string{m.styled(core.Heading, f.Label)}
	if f.Example != "" {
		lines = append(lines, m.styled(core.Caption, f.Example))
	}
	if i < len(m.inputs) {
		lines = append(lines, m.inputView(i))
	}
	return lines
}

// inputView is field i's input as drawn: the focused one anew at every
// key, the others as they were (a page of many boxes, a sketch), until
// their text or the screen's fields change.
func (m *Model) inputView(i int) string {
	if i == m.frame.Focus || m.inputs[i].EchoMode != textinput.EchoNormal { // a secret is kept nowhere, not even as a key
		return m.inputs[i].View()
	}
	return m.blurred.get(inputKey{m.inputVisit, i, m.inputs[i].Value(), m.inputs[i].Width}, m.inputs[i].View)
}

// inputKey is what a field's input not focused looks like.
type inputKey struct {
	visit, field int
	value        string
	width        int
}

// styled is a field's label or example in the style of a kind of block,
// on one line however long, drawn once.
func (m *Model) styled(kind core.Kind, label string) string {
	for _, l := range m.lastStyled { // a field's label and example, drawn at every key: found without hashing
		if l.kind == kind && l.words == label {
			return l.line
		}
	}
	line := m.styledOnce(kind, label)
	m.lastStyled = append(m.lastStyled[len(m.lastStyled)-min(len(m.lastStyled), 3):], styledLine{kind, label, line})
	return line
}

// styledLine is a label or example as styled drawn it.
type styledLine struct {
	kind        core.Kind
	words, line string
}

// styledOnce is styled's work, kept in the memo of drawn blocks.
func (m *Model) styledOnce(kind core.Kind, label string) string {
	return m.drawn.get(drawKey{block: core.Block{Kind: kind, Text: label}, oneLine: true}, func() []string {
		st := m.styles.heading
		if kind == core.Caption {
			st = m.styles.caption
		}
		return []string{st.Render(label)}
	})[0]
}

// twoColumns draws a checklist two rules a line where both fit in half the
// width, so a long checklist leaves room for the step's text.
func (m *Model) twoColumns(rules []core.Block) []string {
	var sig strings.Builder
	sig.WriteString(strconv.Itoa(m.textWidth()))
	for _, r := range rules {
		sig.WriteString("\x00" + r.Text)
	}
	return m.columns.get(sig.String(), func() []string { return m.drawColumns(rules) })
}

func (m *Model) drawColumns(rules []core.Block) []string {
	half := (m.textWidth() - 2) / 2
	var lines []string
	for i := 0; i < len(rules); i++ {
		if i+1 < len(rules) && lipgloss.Width(rules[i].Text) <= half && lipgloss.Width(rules[i+1].Text) <= half {
			left, right := m.drawBlock(rules[i], half)[0], m.drawBlock(rules[i+1], half)[0]
			lines = append(lines, left+strings.Repeat(" ", half+2-lipgloss.Width(left))+right)
			i++
			continue
		}
		lines = append(lines, m.drawBlock(rules[i], m.textWidth())...)
	}
	return lines
}

// footer lists the keys that work here, from the very bindings that carry
// them out, on as many lines as they need.
func (m *Model) footer() []string {
	return m.footers.get(footerKey{m.offers, m.width, false}, m.drawFooter)
}

// footerKey is what the footer depends on: the offers and the width; and
// whether it is the line that says more follows, not the footer.
type footerKey struct {
	offers    string
	width     int
	moreBelow bool
}

func (m *Model) drawFooter() []string {
	var lines []string
	var line []key.Binding
	width := 0
	for _, b := range m.keys {
		if b.action == core.Scroll || b.hidden {
			continue
		}
		w := lipgloss.Width(b.Help().Key + " " + b.Help().Desc)
		if w > m.width-1 { // longer than the window (it names a journey): on lines of its own, wrapped
			if len(line) > 0 {
				lines = append(lines, m.helpLine(line))
			}
			wrapped := lipgloss.NewStyle().Width(max(1, m.width-1)).Render(m.helpLine([]key.Binding{b.Binding}))
			lines, line, width = append(lines, strings.Split(wrapped, "\n")...), nil, 0
			continue
		}
		if len(line) > 0 && width+2+w > m.width-1 {
			lines = append(lines, m.helpLine(line))
			line, width = nil, 0
		}
		if len(line) > 0 {
			width += 2
		}
		line, width = append(line, b.Binding), width+w
	}
	if len(line) > 0 {
		lines = append(lines, m.helpLine(line))
	}
	return lines
}

// helpLine draws key hints with bubbles/help: "Enter: fortsæt  Esc: tilbage".
func (m *Model) helpLine(bs []key.Binding) string {
	h := help.New()
	h.ShortSeparator = "  "
	h.Styles = help.Styles{ShortKey: m.styles.keyName, ShortDesc: m.styles.plain, ShortSeparator: m.styles.plain}
	return h.ShortHelpView(bs)
}

// drawKey is what a drawn block depends on.
type drawKey struct {
	block   core.Block
	width   int
	mark    string // before a chosen answer
	oneLine bool   // a field's label, not wrapped
}

// drawBlock styles one block, once: wrapping and styling are most of the
// work of a key press, and the blocks of a screen rarely change.
func (m *Model) drawBlock(b core.Block, w int) []string {
	mark := m.markOf(b)
	return m.drawn.get(drawKey{block: b, width: w, mark: mark}, func() []string { return m.styleBlock(b, w, mark) })
}

// drawnBlock is a block of a body as drawn.
type drawnBlock struct {
	key   drawKey
	lines []string
}

// markOf is the mark before a block: the chosen answer's, or none.
func (m *Model) markOf(b core.Block) string {
	if b.Kind == core.Choice && b.Number-1 == m.frame.Selected {
		return m.chosenMark()
	}
	return ""
}

// chosenMark is the mark of the chosen answer: "> ", as of a focused
// field, but "→ " where a field has the focus too (the help index's
// search), so that the two are told apart.
func (m *Model) chosenMark() string {
	if m.frame.Focus >= 0 {
		return "→ "
	}
	return "> "
}

// styleBlock styles one block. Every meaning is in its words or marks too:
// "Fejl:", [Label], a mark before the highlighted choice; an answer that
// wraps reads on under its text, not under its number.
func (m *Model) styleBlock(b core.Block, w int, mark string) []string {
	var lines []string
	switch b.Kind {
	case core.Choice:
		lead := mark
		if mark == "" {
			lead = "  "
		}
		lines = m.styles.hanging(lead+strconv.Itoa(b.Number)+". ", b.Text, w)
	default:
		// An address is drawn as it is typed, without brackets: on a line of its own, as its block is.
		lines = m.styles.paragraphs(b.Text, w)
	}
	if st, ok := m.styleOf(b.Kind, mark != ""); ok {
		for i := range lines {
			lines[i] = st.Render(lines[i])
		}
	}
	return lines
}

// styleOf is the style of a kind of block, the chosen answer's where
// chosen; false for words drawn as they are.
func (m *Model) styleOf(k core.Kind, chosen bool) (lipgloss.Style, bool) {
	switch k {
	case core.Caption, core.Badge:
		return m.styles.caption, true
	case core.Heading:
		return m.styles.heading, true
	case core.Device:
		return m.styles.device, true
	case core.Warning:
		return m.styles.warning, true
	case core.Note:
		return m.styles.note, true
	case core.Problem:
		return m.styles.problem, true
	case core.Choice:
		return m.styles.chosen, chosen
	}
	return lipgloss.Style{}, false
}

// tooSmall says whether the window is too small to draw the guide in: it
// asks for a bigger one instead.
func (m *Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }
