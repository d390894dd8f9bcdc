package wizard

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
	"github.com/eulogin-guide/eulogin-guide/wizard/screen"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// View draws the screen: a header, a body that scrolls, the answer area, and
// the keys that work here.
func (m *Model) View() string {
	if m.quitted {
		return ""
	}
	if m.width < MinWidth || m.height < MinHeight {
		return strings.Join(m.styles.paragraphs(m.t("app.too-small", text.Data{"Width": MinWidth, "Height": MinHeight}), max(m.width, 10)), "\n")
	}
	v := m.view()
	switch {
	case m.overlay == quitOverlay:
		return m.frame(m.draw(v.Quit(m.g.Saving())), m.footer("quit.keys"))
	case m.overlay == helpOverlay:
		help := v.Help(m.g.AtHome)
		help.Body = append(help.Body, screen.Block{Kind: screen.Text, Text: m.t("help.keys")})
		return m.frame(m.draw(help), m.footer("help.close"))
	case m.g.AtHome:
		keys := []string{"key.help", "key.quit"}
		if next := m.session.NextStage(); next >= 0 {
			keys = append([]string{"key.start"}, keys...)
			if m.session.Status(next) == flow.InProgress {
				keys[0] = "key.continue"
			}
		}
		return m.frame(m.draw(v.Home()), m.footer(keys...))
	}
	top, body, bottom := m.stepScreen(v)
	return m.frameParts(top, body, bottom)
}

// frame fits a drawn screen above the footer in the window height.
func (m *Model) frame(sc drawn, footer []string) string {
	return m.frameParts(sc.top, sc.body, footer)
}

// frameParts fits the body between top and bottom in the window height.
func (m *Model) frameParts(top, body, bottom []string) string {
	body = m.window(body, m.height-len(top)-len(bottom))
	lines := append(append(append([]string{}, top...), body...), bottom...)
	return strings.Join(lines, "\n")
}

// window shows as many lines as fit in room, from the scroll position; when
// more follow, the last line says so.
func (m *Model) window(lines []string, room int) []string {
	if len(lines) <= room {
		return lines
	}
	m.scroll = max(0, min(m.scroll, len(lines)-room+1))
	shown := append([]string{}, lines[m.scroll:]...)
	if len(shown) > room {
		more := ansi.Truncate(m.t("app.more-below"), lipgloss.Width(strings.Join(lines, "\n")), "")
		shown = append(shown[:max(0, room-1)], m.styles.caption.Render(more))
	}
	return shown
}

func (m *Model) textWidth() int { return min(m.width, maxTextWidth) - 2 }

// footer lists the keys that work on the screen, on as many lines as needed.
func (m *Model) footer(keys ...string) []string {
	words := make([]string, len(keys))
	for i, k := range keys {
		words[i] = m.t(k)
	}
	var lines []string
	line := ""
	for _, w := range words {
		if line != "" && len([]rune(line+"  "+w)) > m.width-1 {
			lines = append(lines, m.styles.keys.Render(line))
			line = ""
		}
		if line != "" {
			line += "  "
		}
		line += w
	}
	return append([]string{""}, append(lines, m.styles.keys.Render(line))...)
}

// stepScreen draws the current step. Beside a QR code only the text
// scrolls, so the code stays whole and scannable.
func (m *Model) stepScreen(v screen.View) (top, body, bottom []string) {
	st := m.session.Current()
	sc := v.Step()
	w := m.textWidth()
	qr := m.qrBlock()
	sideBySide := qr != nil && m.width >= maxTextWidth/2+qrWidth(qr)+4
	if sideBySide {
		w = m.width - qrWidth(qr) - 4
	}
	if m.showQR {
		sc.Body = append(sc.Body, screen.Block{Kind: screen.Text, Text: m.t("qr.show")})
	}
	d := m.drawWidth(sc, w)
	top, body = d.top, d.body
	bottom = m.answerArea(v)
	bottom = append(bottom, m.noticeLine()...)
	bottom = append(bottom, m.draw(screen.Screen{Body: v.SaveProblem()}).body...)
	bottom = append(bottom, m.footer(m.stepKeys(st)...)...)
	switch {
	case sideBySide:
		body = beside(m.window(body, m.height-len(top)-len(bottom)), qr, w+2)
	case qr != nil:
		body = append(append(body, ""), qr...)
	}
	return top, body, bottom
}

// qrBlock is the QR code of the step's address when it is shown and fits.
func (m *Model) qrBlock() []string {
	url := m.session.Link()
	if !m.showQR || url == "" {
		return nil
	}
	_, h := qrcode.Size(url)
	if h > m.height-4 {
		return []string{m.t("qr.too-small")}
	}
	return strings.Split(qrcode.Render(url, qrcode.Style{Colour: m.g.Opts.Colour, Invert: m.invert}), "\n")
}

func qrWidth(block []string) int { return lipgloss.Width(block[0]) }

// beside puts the right-hand block next to the left one, the left padded to width.
func beside(left, right []string, width int) []string {
	n := max(len(left), len(right))
	out := make([]string, n)
	for i := range n {
		l := ""
		if i < len(left) {
			l = left[i]
		}
		pad := max(0, width-lipgloss.Width(l))
		r := ""
		if i < len(right) {
			r = right[i]
		}
		out[i] = strings.TrimRight(l+strings.Repeat(" ", pad)+r, " ")
	}
	return out
}

// answerArea is the text field with its label, checklist and messages.
func (m *Model) answerArea(v screen.View) []string {
	if m.g.Entry == nil {
		return nil
	}
	in := m.session.Current().Input
	lines := []string{"", m.styles.heading.Render(v.Label(m.g.Entry))}
	if in.Example != "" && !m.g.Entry.Again() {
		lines = append(lines, m.styles.caption.Render(m.t(in.Example)))
	}
	lines = append(lines, m.input.View())
	rules := v.Rules(m.input.Value())
	if len(rules) > 0 {
		lines = append(lines, m.drawBlock(rules[0], m.textWidth())...)
		lines = append(lines, m.twoColumns(rules[1:])...)
	}
	blocks := v.Verdict(m.g.Entry)
	if m.g.Entry.Confirming() {
		blocks = append(blocks, screen.Block{Kind: screen.Text, Text: m.t("app.confirm-notes")})
	}
	return append(lines, m.drawWidth(screen.Screen{Body: blocks}, m.textWidth()).body...)
}

// twoColumns draws a checklist two rules a line where both fit in half the
// width, so a long checklist leaves room for the step's text.
func (m *Model) twoColumns(rules []screen.Block) []string {
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

func (m *Model) noticeLine() []string {
	if m.notice == "" {
		return nil
	}
	return m.styles.paragraphs(m.t(m.notice), m.textWidth())
}

// stepKeys are the keys that work on this step, for the footer.
func (m *Model) stepKeys(st *flow.Step) []string {
	keys := []string{"key.continue", "key.back"}
	if e := m.g.Entry; e != nil && e.Again() {
		keys[1] = "key.start-over"
	}
	switch st.Kind {
	case flow.Choose:
		keys = []string{"key.move", "key.choose", "key.back"}
	case flow.Review:
		keys = []string{"key.continue", "key.change", "key.back"}
	}
	if m.session.Link() != "" {
		keys = append(keys, "key.qr", "key.browser")
	}
	if m.showQR && !m.g.Opts.Colour {
		keys = append(keys, "key.invert")
	}
	if st.Kind == flow.Type && st.Input.TypesFreely {
		keys = append(keys, "key.help-f1")
	} else {
		keys = append(keys, "key.help")
	}
	if st.Kind == flow.Type {
		return append(keys, "key.quit-ctrl")
	}
	return append(keys, "key.quit")
}

// view is what the screens are made of now.
func (m *Model) view() screen.View { return m.g.View }

// drawn is a screen turned into lines.
type drawn struct{ top, body []string }

// draw turns a screen into styled lines wrapped to the text width.
func (m *Model) draw(sc screen.Screen) drawn { return m.drawWidth(sc, m.textWidth()) }

// drawWidth turns a screen into styled lines wrapped to width w, with a blank
// line between paragraphs but not inside a list.
func (m *Model) drawWidth(sc screen.Screen, w int) drawn {
	var d drawn
	for _, b := range sc.Top {
		d.top = append(d.top, m.drawBlock(b, w)...)
	}
	if len(d.top) > 0 {
		d.top = append(d.top, "")
	}
	for i, b := range sc.Body {
		inList := i > 0 && sc.Body[i-1].Kind == b.Kind && (b.Kind == screen.Choice || b.Kind == screen.Answer ||
			b.Kind == screen.Rule || b.Kind == screen.Note)
		if i > 0 && !inList && !(b.Kind == screen.Rule && sc.Body[i-1].Kind == screen.Text) && b.Kind != screen.Address {
			d.body = append(d.body, "")
		}
		d.body = append(d.body, m.drawBlock(b, w)...)
	}
	return d
}

// drawKey is what a drawn block depends on.
type drawKey struct {
	block  screen.Block
	width  int
	marked bool
}

// drawBlock styles one block, once: wrapping and styling are most of the
// work of a key press, and the blocks of a screen rarely change.
func (m *Model) drawBlock(b screen.Block, w int) []string {
	key := drawKey{b, w, b.Kind == screen.Choice && b.Number-1 == m.choice}
	if lines, ok := m.drawn[key]; ok {
		return lines
	}
	if len(m.drawn) > 1000 { // a bound for long sessions with many window sizes
		clear(m.drawn)
	}
	lines := m.styleBlock(b, w)
	m.drawn[key] = lines
	return lines
}

// styleBlock styles one block. Every meaning is in its words or marks too:
// "Fejl:", [Label], "> " before the highlighted choice.
func (m *Model) styleBlock(b screen.Block, w int) []string {
	style := map[screen.Kind]lipgloss.Style{screen.Caption: m.styles.caption, screen.Heading: m.styles.heading,
		screen.Device: m.styles.device, screen.Warning: m.styles.warning, screen.Note: m.styles.note,
		screen.Problem: m.styles.problem}
	msg := b.Text
	switch b.Kind {
	case screen.Address:
		msg = "[" + msg + "]"
	case screen.Choice:
		mark := "  "
		if b.Number-1 == m.choice {
			mark = "> "
			style[screen.Choice] = m.styles.chosen
		}
		msg = mark + strconv.Itoa(b.Number) + ". " + msg
	}
	lines := m.styles.paragraphs(msg, w)
	if st, ok := style[b.Kind]; ok {
		for i := range lines {
			lines[i] = st.Render(lines[i])
		}
	}
	return lines
}
