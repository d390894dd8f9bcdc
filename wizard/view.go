package wizard

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
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
	var top, body, bottom []string
	switch {
	case m.overlay == quitOverlay:
		top, body, bottom = m.quitScreen()
	case m.overlay == helpOverlay:
		top, body, bottom = m.helpScreen()
	case m.home:
		top, body, bottom = m.homeScreen()
	default:
		top, body, bottom = m.stepScreen()
	}
	return m.frame(top, body, bottom)
}

// frame fits the body between top and bottom in the window height.
func (m *Model) frame(top, body, bottom []string) string {
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

func (m *Model) t(id string, data ...text.Data) string { return m.opts.Text.T(id, data...) }

func (m *Model) textWidth() int { return min(m.width, maxTextWidth) - 2 }

// wrap turns message ids into wrapped lines, a blank line between paragraphs.
func (m *Model) wrap(width int, ids ...string) []string {
	var out []string
	for _, id := range ids {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, m.styles.paragraphs(m.t(id), width)...)
	}
	return out
}

// prefixed wraps a message that starts with a kind word such as "Fejl:".
func (m *Model) prefixed(prefix, msg string, style lipgloss.Style, width int) []string {
	lines := m.styles.paragraphs(m.t(prefix)+" "+msg, width)
	for i := range lines {
		lines[i] = style.Render(lines[i])
	}
	return lines
}

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

func (m *Model) homeScreen() (top, body, bottom []string) {
	f := m.opts.Flow
	heading := f.Title
	if m.welcome {
		heading = "home.welcome"
	}
	top = []string{m.styles.caption.Render(m.t("app.title")), m.styles.heading.Render(m.t(heading)), ""}
	w := m.textWidth()
	if m.opts.Notice != "" {
		body = append(m.prefixed("app.note-prefix", m.t(m.opts.Notice, m.opts.Data), m.styles.note, w), "")
	}
	if m.stageDone != "" {
		body = append(append(body, m.prefixed("app.note-prefix", m.t("home.stage-done", text.Data{"Stage": m.t(m.stageDone)}), m.styles.note, w)...), "")
	}
	if !m.welcome {
		body = append(append(body, m.wrap(w, f.Intro)...), "")
	}
	body = append(body, m.styles.heading.Render(m.t("home.tasks")))
	for i, stage := range f.Stages {
		status := m.t("status." + string(m.session.Status(i)))
		if stage.ComingSoon {
			status += " (" + m.t("status.coming-soon") + ")"
		}
		body = append(body, m.styles.paragraphs("- "+m.t(stage.Title)+": "+status, w)...)
	}
	for _, e := range f.Events {
		if day, ok := m.session.Dates[e.Date]; ok {
			body = append(append(body, ""), m.styles.paragraphs(m.t(e.Message, text.Data{"When": m.when(day)}), w)...)
		}
	}
	for _, r := range m.session.DueReminders() {
		body = append(append(body, ""), m.prefixed("app.note-prefix", m.t(r.Message, text.Data{"When": m.when(m.session.Dates[r.Since])}), m.styles.note, w)...)
	}
	body = append(body, "")
	keys := []string{"key.help", "key.quit"}
	switch next := m.session.NextStage(); {
	case next < 0:
		body = append(body, m.styles.paragraphs(m.t("home.nothing"), w)...)
	case m.session.Status(next) == flow.InProgress:
		resume := text.Data{"Stage": m.t(f.Stages[next].Short), "Step": m.t(m.session.Current().Title)}
		body = append(body, m.styles.paragraphs(m.t("home.resume", resume), w)...)
		keys = append([]string{"key.continue"}, keys...)
	default:
		if f.Stages[next].Next != "" {
			body = append(append(body, m.prefixed("app.warning-prefix", m.t(f.Stages[next].Next), m.styles.warning, w)...), "")
		}
		body = append(body, m.styles.paragraphs(m.t("home.next", text.Data{"Stage": m.t(f.Stages[next].Short)}), w)...)
		keys = append([]string{"key.start"}, keys...)
	}
	return top, append(body, m.saveLine()...), m.footer(keys...)
}

// when tells a date of the session in words, counted from today.
func (m *Model) when(day time.Time) string {
	return m.opts.Text.When(day, flow.DaysBetween(day, m.session.Now()))
}

// textData is the template data of step texts: the session's dates in
// words and its non-secret answers, by camel-cased name: the date
// "request-sent" is {{.RequestSent}}, the answer of "validation-code" is
// {{.ValidationCode}}. A date not yet marked reads as today, the day it would get.
func (m *Model) textData() text.Data {
	data := text.Data{}
	for _, stage := range m.opts.Flow.Stages {
		for _, st := range stage.Steps {
			if st.Marks != "" {
				data[camel(st.Marks)] = m.when(m.session.Now())
			}
		}
	}
	for name, day := range m.session.Dates {
		data[camel(name)] = m.when(day)
	}
	for id, answer := range m.session.Answers {
		data[camel(id)] = answer
	}
	return data
}

// camel turns "request-sent" into "RequestSent".
func camel(name string) string {
	field := ""
	for _, part := range strings.Split(name, "-") {
		if part != "" {
			field += strings.ToUpper(part[:1]) + part[1:]
		}
	}
	return field
}

// saveLine says, while it lasts, that the progress cannot be saved.
func (m *Model) saveLine() []string {
	if m.saveIssue == "" {
		return nil
	}
	return append([]string{""}, m.prefixed("app.note-prefix", m.t("save."+m.saveIssue), m.styles.note, m.textWidth())...)
}

func (m *Model) helpScreen() (top, body, bottom []string) {
	title, help := m.t("app.title"), ""
	if !m.home {
		st := m.session.Current()
		title, help = m.t(st.Title), st.Help
	}
	top = []string{m.styles.heading.Render(m.t("help.title", text.Data{"Title": title})), ""}
	ids := []string{"help.keys"}
	if help != "" {
		ids = []string{help, "help.keys"}
	}
	return top, m.wrap(m.textWidth(), ids...), m.footer("help.close")
}

func (m *Model) quitScreen() (top, body, bottom []string) {
	top = []string{m.styles.heading.Render(m.t("quit.title")), ""}
	body = m.styles.paragraphs(m.t("quit.body"), m.textWidth())
	if m.saveIssue != "" || m.opts.Save == nil {
		body = m.styles.paragraphs(m.t("quit.body-unsaved", text.Data{"Step": m.session.Current().ID}), m.textWidth())
	}
	return top, body, m.footer("quit.keys")
}

// stepScreen draws the current step. Beside a QR code only the text
// scrolls, so the code stays whole and scannable.
func (m *Model) stepScreen() (top, body, bottom []string) {
	st := m.session.Current()
	number, total := m.session.Position()
	caption := m.t("app.caption", text.Data{"Stage": m.t(m.session.Stage().Short), "Step": number, "Total": total})
	top = []string{m.styles.caption.Render(caption), m.styles.heading.Render(m.t(st.Title)), ""}
	bottom = append(append(append(m.answerArea(st), m.noticeLine()...), m.saveLine()...), m.footer(m.stepKeys(st)...)...)

	w := m.textWidth()
	qr := m.qrBlock()
	sideBySide := qr != nil && m.width >= maxTextWidth/2+qrWidth(qr)+4
	if sideBySide {
		w = m.width - qrWidth(qr) - 4
	}
	body = m.stepText(st, w)
	switch {
	case sideBySide:
		body = beside(m.window(body, m.height-len(top)-len(bottom)), qr, w+2)
	case qr != nil:
		body = append(append(body, ""), qr...)
	}
	return top, body, bottom
}

// stepText is the step's paragraphs, warnings and address.
func (m *Model) stepText(st *flow.Step, w int) []string {
	var body []string
	if st.Device != "" {
		body = m.styles.paragraphs(m.t(st.Device), w)
		for i := range body {
			body[i] = m.styles.device.Render(body[i])
		}
	}
	add := func(lines ...string) {
		if len(body) > 0 {
			body = append(body, "")
		}
		body = append(body, lines...)
	}
	for _, p := range m.session.Parts() {
		switch p.Kind {
		case flow.Plain:
			add(m.styles.paragraphs(m.t(p.ID, m.textData()), w)...)
		default:
			add(m.prefixed("app.warning-prefix", m.t(p.ID, m.textData()), m.styles.warning, w)...)
		}
	}
	if url := m.link(); url != "" {
		add(m.t("qr.address"))
		body = append(body, m.styles.paragraphs("["+url+"]", w)...)
		if m.showQR {
			body = append(body, m.styles.paragraphs(m.t("qr.show"), w)...)
		}
	}
	for i, id := range st.Reviews {
		if i == 0 {
			body = append(body, "")
		}
		reviewed := m.opts.Flow.Step(id)
		body = append(body, m.styles.paragraphs(m.t("app.review-line", text.Data{
			"Number": i + 1, "Label": m.t(reviewed.Input.Label), "Answer": m.session.Answers[id]}), w)...)
	}
	for i, c := range st.Choices {
		if i == 0 {
			body = append(body, "")
		}
		mark := "  "
		if i == m.choice {
			mark = "> "
		}
		line := mark + string(rune('1'+i)) + ". " + m.t(c.Label)
		if i == m.choice {
			line = m.styles.chosen.Render(line)
		}
		body = append(body, line)
	}
	return body
}

// qrBlock is the QR code of the step's address when it is shown and fits.
func (m *Model) qrBlock() []string {
	url := m.link()
	if !m.showQR || url == "" {
		return nil
	}
	_, h := qrcode.Size(url)
	if h > m.height-4 {
		return []string{m.t("qr.too-small")}
	}
	return strings.Split(qrcode.Render(url, qrcode.Style{Colour: m.opts.Colour, Invert: m.invert}), "\n")
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
func (m *Model) answerArea(st *flow.Step) []string {
	if st.Input == nil || m.entry == nil {
		return nil
	}
	in, w := st.Input, m.textWidth()
	label := in.Label
	if m.entry.Again() {
		label = in.AgainLabel
	}
	lines := []string{"", m.styles.heading.Render(m.t(label))}
	if in.Example != "" && !m.entry.Again() {
		lines = append(lines, m.styles.caption.Render(m.t(in.Example)))
	}
	lines = append(lines, m.input.View())
	if in.Rules != "" {
		lines = append(lines, m.styles.paragraphs(m.t(in.Rules), w)...)
		for _, r := range in.Check(m.input.Value(), m.session.Answers).Rules {
			mark, state := "[ ]", m.t("app.rule-unmet")
			if r.Met {
				mark, state = "[x]", m.t("app.rule-met")
			}
			lines = append(lines, mark+" "+m.t("rule."+r.Code)+": "+state)
		}
	}
	v := m.entry.Verdict
	count := text.Data{"Count": v.Count}
	if !v.OK() {
		lines = append(lines, m.prefixed("app.error-prefix", m.t("problem."+v.Problem, count), m.styles.problem, w)...)
	}
	if m.entry.Confirming() {
		for _, n := range v.Notes {
			lines = append(lines, m.prefixed("app.note-prefix", m.t("note."+n, count), m.styles.note, w)...)
		}
		lines = append(lines, m.styles.paragraphs(m.t("app.confirm-notes"), w)...)
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
	switch st.Kind {
	case flow.Choose:
		keys = []string{"key.move", "key.choose", "key.back"}
	case flow.Review:
		keys = []string{"key.continue", "key.change", "key.back"}
	}
	if m.link() != "" {
		keys = append(keys, "key.qr", "key.browser")
	}
	if m.showQR && !m.opts.Colour {
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
