package plain

import (
	"bufio"
	"cmp"
	"io"
	"maps"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// SecretReader reads one line without showing what is typed, and returns
// it without its line ending.
type SecretReader func() (string, error)

// Run guides the user line by line, reading answers from in and printing
// to out, until the user quits or in ends. It returns an error only when in
// or out fails; quitting and the end of in are the normal ends.
func Run(c *core.Core, in io.Reader, out io.Writer, secret SecretReader) error {
	if secret == nil {
		// Not a terminal: nothing else reads this input, so it may be read
		// ahead, not a system call a byte.
		in = bufio.NewReader(in)
	}
	return newRunner(c, in, out, secret).run()
}

// runner is one run: the guide, the lines in and out, and the command
// words of the user's language.
type runner struct {
	c        *core.Core
	in       *lineReader
	out      io.Writer
	secret   SecretReader
	cmds     commands
	buf      strings.Builder
	err      error           // the first failure to write
	printed  map[int]bool    // the Frame.Text of every screen printed
	text     int             // the Frame.Text of the screen shown last
	field    int             // the field whose example and checklist were printed last, on that screen
	code     codeShown       // the QR code printed last
	acted    bool            // the last line did something, so what it brought (Frame.Notice) is new
	again    bool            // the last line was refused: the question and its answers are said again
	issue    string          // the save problem printed last, so it is told once
	told     map[string]bool // the commands a prompt has named in this sitting, as named (plain.say-*)
	remind   bool            // help or gentag was asked for: the next prompts name every command again
	device   string          // the device last said, and on which visit of a step
	deviceAt int
	// where the output stands: something printed, and the last line blank
	started, lastBlank bool
}

// codeShown is a QR code printed: on which screen, at which asking.
type codeShown struct{ text, asked int }

func newRunner(c *core.Core, in io.Reader, out io.Writer, secret SecretReader) *runner {
	return &runner{c: c, in: newLineReader(in), out: out, secret: secret, cmds: loadCommands(c.Text()),
		printed: map[int]bool{}, text: -1, told: map[string]bool{}, deviceAt: -1}
}

// run is the loop: print what is new, ask, do what the line says.
func (r *runner) run() error {
	for {
		f := r.c.Frame()
		if f.Place == core.Ended {
			return nil
		}
		r.show(f)
		line, ok := r.ask(r.prompt(f), r.unbracket(f.Prompt.Label), f.Prompt.Secret) // a sketch's box is named by its [label]
		if r.flush(); r.err != nil {
			return r.err
		}
		if !ok {
			return r.in.failure()
		}
		r.take(f, line)
		if r.flush(); r.err != nil {
			return r.err
		}
	}
}

func (r *runner) t(id string, data ...text.Data) string { return r.c.Text().T(id, data...) }

// show prints what of the frame is new: a screen not printed before, with
// what its offers tell and its field's example and checklist (a screen
// shown again, as after help, is not printed again); the example and
// checklist of the next field of a page; a QR code asked for; what the
// last action brought; a save problem not told yet.
func (r *runner) show(f core.Frame) {
	switch {
	case !r.printed[f.Text]:
		r.printed[f.Text] = true
		r.text, r.field = f.Text, f.Focus
		r.blank() // between screens
		r.screen(f.Top, append(append(r.devices(f), r.tells(f)...), fieldAbout(f)...), r.enterLines(f))
	case f.Text != r.text: // back from help, the topics or the quit question
		r.text, r.field = f.Text, f.Focus
		r.again = true
	case f.Focus >= 0 && f.Focus != r.field:
		r.field = f.Focus
		if about := fieldAbout(f); len(about) > 0 {
			r.blank()
			r.blocks(about)
		}
	}
	if qr, ok := f.Panel(core.QRCode); ok && qr.Asked > 0 && r.code != (codeShown{f.Text, qr.Asked}) {
		r.code = codeShown{f.Text, qr.Asked}
		r.qr(qr)
	}
	if r.acted && len(f.Notice) > 0 {
		r.blank()
		r.blocks(f.Notice)
	}
	r.acted = false
	if r.again {
		r.again = false
		r.sayAgain(f)
	}
	if issue := blocksText(f.SaveProblem); issue != r.issue {
		r.blank()
		r.blocks(f.SaveProblem)
		r.issue = issue
	}
}

// devices are the frame's body with its device said as a sitting needs
// it: the first time as it is, then only when it changes ("Skift apparat
// nu. Brug apparat 1: ..."), and as it is again when the same step is said
// again (gentag). A sketch's device is whose page it is: said where it is
// not the device in use, and no change of it.
func (r *runner) devices(f core.Frame) []core.Block {
	body := make([]core.Block, 0, len(f.Body))
	for _, b := range f.Body {
		if b.Kind == core.Device {
			said := b.Text
			switch {
			case f.Place == core.SketchScreen: // whose page it is, where not the device in use; no change of device
				if said != r.device {
					body = append(body, b)
				}
				continue
			case f.Visit == r.deviceAt: // the same step said again
			case said == r.device:
				continue
			case r.device != "":
				b.Text = r.t("plain.device-change", text.Data{"Device": said})
			}
			r.device, r.deviceAt = said, f.Visit
		}
		body = append(body, b)
	}
	return body
}

// enterLines are the lines a screen's words do not say, since the prompt
// after them says what Enter does here: its own sentence, and the
// sentence that Enter goes on (the start screen's "Tryk Enter for at
// fortsætte." after "Du var nået til: ..."), which after a pause it does
// not.
func (r *runner) enterLines(f core.Frame) []string {
	return []string{r.own(f), r.t("plain.prompt-continue")}
}

// own is the prompt's own sentence ("Tryk Enter for at fortsætte.").
func (r *runner) own(f core.Frame) string {
	if f.Prompt.ID == "" {
		return ""
	}
	return r.t(f.Prompt.ID, r.data(f))
}

// tells are the sentences of the offers that tell themselves under the
// screen ("Skriv qr for at se en QR-kode"), as one paragraph.
func (r *runner) tells(f core.Frame) []core.Block {
	var tells []string
	for _, o := range f.Offers {
		if o.Line().Tell != "" && !o.Hidden {
			data := r.cmds.names
			if o.Data != nil { // what only this offer knows, such as the journey it goes to
				data = maps.Clone(data)
				maps.Copy(data, o.Data)
			}
			tells = append(tells, r.t(o.Line().Tell, data))
		}
	}
	if len(tells) == 0 {
		return nil
	}
	return []core.Block{{Kind: core.Text, Text: strings.Join(tells, " ")}}
}

// fieldAbout is the focused field's example and checklist, if any, and a
// list's answers, numbered.
func fieldAbout(f core.Frame) []core.Block {
	if f.Focus < 0 {
		return nil
	}
	fl := f.Fields[f.Focus]
	var about []core.Block
	if fl.Example != "" {
		about = append(about, core.Block{Kind: core.Text, Text: fl.Example})
	}
	for i, o := range fl.Options {
		about = append(about, core.Block{Kind: core.Choice, Text: o.Label, Number: i + 1})
	}
	return append(about, fl.Checklist...)
}

func blocksText(bs []core.Block) string {
	var s []string
	for _, b := range bs {
		s = append(s, b.Text)
	}
	return strings.Join(s, "\n")
}

// data is what the messages of a prompt may name: the first word of each
// command, the prompt's own data, and the last number that can be typed.
func (r *runner) data(f core.Frame) text.Data {
	data := text.Data{}
	for k, v := range r.cmds.names {
		data[k] = v
	}
	for k, v := range f.Prompt.Data {
		data[k] = v
	}
	if o, ok := numbered(f); ok {
		data["Last"] = o.Count
	}
	return data
}

// prompt is what the core asks here, what Enter alone chooses, whether
// what is typed is hidden, and the commands that can be typed instead: each
// named once a sitting, at the first prompt that offers it, and all of
// them again in help and after it, and after gentag. One line, however
// long: the terminal wraps it.
func (r *runner) prompt(f core.Frame) string {
	var parts []string
	if f.Prompt.ID != "" {
		parts = append(parts, r.own(f))
	}
	if f.Prompt.Default != "" {
		parts = append(parts, r.t("plain.enter-default", text.Data{"Default": f.Prompt.Default}))
	}
	if f.Prompt.Secret {
		parts = append(parts, r.t("plain.hidden"))
	}
	var said []string
	for _, o := range f.Offers {
		if o.Line().Say == "" || o.Hidden {
			continue
		}
		if say := r.t(o.Line().Say, text.Data{"Word": r.cmds.names[o.Line().Name]}); r.remind || !r.told[say] {
			said = append(said, say)
			r.told[say] = true
		}
	}
	if !inHelp(f.Place) {
		r.remind = false
	}
	if len(said) > 0 {
		list := said[len(said)-1]
		if len(said) > 1 {
			list = strings.Join(said[:len(said)-1], ", ") + " " + r.t("plain.or") + " " + list
		}
		id := "plain.commands"
		if f.Prompt.ID == "" {
			id = "plain.commands-only"
		}
		parts = append(parts, r.t(id, text.Data{"List": list}))
	}
	return r.unbracket(strings.Join(parts, " "))
}

// inHelp reports whether a place is help or reached from it.
func inHelp(p core.Place) bool {
	return p == core.HelpScreen || p == core.HelpIndexScreen || p == core.TopicScreen
}

// take does what a line says: a command offered here; a number, or a
// word of one of its answers (core.AnswerWords), for the numbered offer;
// Enter alone what the prompt says it does; in a field, anything else is
// the field's answer (a search for "qr", a name that is a command word of
// no use here); elsewhere, a command of no use here is told so, and the
// rest not to be understood. A word two answers have chooses neither.
func (r *runner) take(f core.Frame, line string) {
	words := strings.Fields(strings.ToLower(line))
	for _, o := range f.Offers {
		if r.cmds.says(o.Line(), words) {
			r.do(o.Action, 0)
			r.remind = r.remind || o.Action == core.Help || o.Action == core.SayAgain
			return
		}
	}
	// By its words where nothing is typed: a sketch's button in focus too.
	if o, ok := numbered(f); ok && (f.Focus < 0 || !typedField(f.Fields[f.Focus])) {
		switch i, named := core.Named(core.AnswerWords(r.c.Text(), choiceLabels(f, o.Count), o.Words), line); {
		case named == 1:
			r.do(o.Action, i)
			return
		case named > 1:
			r.problem(r.t("plain.ambiguous", text.Data{"Word": strings.Join(core.Said(line), " ")}))
			return
		}
	}
	if n, ok := number(line); ok {
		if o, ok := numbered(f); ok {
			switch {
			case n >= 1 && n <= o.Count:
				r.do(o.Action, n-1)
				return
			case f.Focus < 0 || !typedField(f.Fields[f.Focus]):
				r.problem(r.t("plain.choose-number", r.data(f)))
				return
			} // a number no answer has, typed in a sketch's box: the box's answer (a PIN, a pension number)
		}
	}
	switch {
	case len(words) == 0 && f.Prompt.Enter != 0:
		r.do(f.Prompt.Enter, 0)
	case f.Focus >= 0:
		res := r.c.Answer(f.Focus, line)
		r.acted = true
		if len(res.Messages) > 0 {
			r.blank()
			r.blocks(res.Messages)
		}
	case r.cmds.isKnown(words):
		r.problem(r.t("plain.not-here", text.Data{"Word": strings.Join(words, " ")}))
	default:
		r.problem(r.t(cmp.Or(f.Prompt.Refuse, "plain.not-understood"), r.data(f)))
	}
}

// typedField reports whether a field is typed into, not ticked, chosen or pressed.
func typedField(fl core.Field) bool { return fl.Kind == core.TextField || fl.Kind == core.SecretField }

// choiceLabels are the words of the answers a numbered offer of n takes,
// by the Choice blocks of the frame; "" for an answer with none.
func choiceLabels(f core.Frame, n int) []string {
	labels := make([]string, n)
	for _, b := range f.Body {
		if b.Kind == core.Choice && b.Number >= 1 && b.Number <= n {
			labels[b.Number-1] = b.Text
		}
	}
	return labels
}

func (r *runner) do(a core.Action, arg int) {
	r.c.Do(a, arg)
	r.acted = true
}

// qr prints a QR code panel: what to scan it with, how many lines the
// code takes (a screen reader says nothing of its blocks, and a braille
// line shows only dots), the code in plain glyphs with no colour, and the
// address under it again as text.
func (r *runner) qr(qr core.Panel) {
	code := qrcode.Render(qr.Text, qrcode.Style{Invert: qr.Invert})
	r.blank() // between screens
	r.lines(r.unbracket(qr.Caption))
	r.blank()
	if code != "" {
		rows := strings.Split(code, "\n")
		r.lines(r.t("plain.qr-size", text.Data{"Count": len(rows)}))
		r.lines(rows...)
		r.blank()
	}
	if qr.Words { // words to practise with, said as they are
		r.lines(qr.Text)
		return
	}
	r.lines(r.t("qr.address"), qr.Text)
}

// problem prints an error, introduced by "Fejl:".
func (r *runner) problem(msg string) {
	r.blank()
	r.lines(r.unbracket(r.t("app.error-prefix") + " " + msg))
	r.again = true
}

// sayAgain says the question of a screen printed before and its answers,
// so that one who cannot look back hears them before answering: after a
// refused answer, and back from help, the topics or the quit question.
func (r *runner) sayAgain(f core.Frame) {
	var again []core.Block
	for _, b := range f.Top {
		if b.Kind == core.Heading {
			again = append(again, b)
		}
	}
	for _, b := range f.Body {
		if b.Kind == core.Choice || b.Kind == core.Answer {
			again = append(again, b)
		}
	}
	if len(again) > 0 {
		r.blank()
		r.blocks(again)
	}
}

// ask prints the prompt, its last line left open (or the label's line when
// there is a label), and reads the answer: with the SecretReader for a
// secret when there is one. It reports false when the input has ended.
func (r *runner) ask(prompt, label string, secret bool) (string, bool) {
	r.blank()
	lines := []string{prompt}
	if label != "" {
		lines = append(lines, label+":")
	}
	r.lines(lines[:len(lines)-1]...)
	r.openLine(lines[len(lines)-1] + " ")
	r.flush()
	if r.err != nil {
		return "", false
	}
	var line string
	var ok bool
	echoed := r.secret != nil
	if secret && r.secret != nil {
		line, ok = r.readSecret()
		echoed = false // no echo, not even the line's end
	} else {
		line, ok = r.in.readLine()
	}
	if !ok || !echoed {
		r.buf.WriteString("\n")
	}
	return line, ok
}

func (r *runner) readSecret() (string, bool) {
	line, err := r.secret()
	if err != nil {
		r.in.fail(err)
		return "", false
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), true
}
