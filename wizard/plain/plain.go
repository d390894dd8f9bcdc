package plain

import (
	"bufio"
	"cmp"
	"io"
	"strconv"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Width is the longest line printed, in characters. Only a QR code and a
// word longer than Width (an address) go past it.
const Width = 80

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
	c      *core.Core
	in     *lineReader
	out    io.Writer
	secret SecretReader
	words  words
	buf    strings.Builder
	err    error  // the first failure to write
	shown  int    // the frame.Screen printed last
	field  int    // the field whose example and checklist were printed last, on that screen
	issue  string // the save problem printed last, so it is told once
	// where the output stands: something printed, and the last line blank
	started, lastBlank bool
}

func newRunner(c *core.Core, in io.Reader, out io.Writer, secret SecretReader) *runner {
	return &runner{c: c, in: newLineReader(in), out: out, secret: secret, words: loadWords(c.Text()), shown: -1}
}

func (r *runner) run() error {
	for {
		f := r.c.Frame()
		if f.Place == core.Ended {
			return nil
		}
		if f.Place == core.HelpIndexScreen || f.Place == core.TopicScreen {
			if !r.topics() {
				return cmp.Or(r.err, r.in.failure())
			}
			continue
		}
		switch {
		case f.Screen != r.shown:
			r.blank() // between screens
			r.show(f)
		case f.Focus >= 0 && f.Focus != r.field: // the next field of a page: its own example and rules
			r.field = f.Focus
			if about := fieldAbout(f); len(about) > 0 {
				r.blank()
				r.blocks(about)
			}
		}
		prompt, label, secret := r.prompt(f)
		line, ok := r.ask(prompt, label, secret)
		if r.flush(); r.err != nil {
			return r.err
		}
		if !ok {
			return r.in.failure()
		}
		if !r.command(f, line) {
			r.answer(f, line)
		}
		if r.flush(); r.err != nil {
			return r.err
		}
	}
}

func (r *runner) t(id string, data ...text.Data) string { return r.c.Text().T(id, data...) }

// show prints a frame's screen: for a step, with the commands for its
// address, and its field's example and checklist; a save problem not told
// yet.
func (r *runner) show(f core.Frame) {
	r.shown = f.Screen
	body := f.Body
	if f.Link != "" {
		offer := r.t("plain.qr-offer", r.words.data)
		if _, ok := f.Offer(core.OpenBrowser); ok {
			offer += " " + r.t("plain.open-offer", r.words.data)
		}
		body = append(body, core.Block{Kind: core.Text, Text: offer})
	}
	r.field = f.Focus
	body = append(body, fieldAbout(f)...)
	if issue := blocksText(f.SaveProblem); issue != r.issue {
		body = append(body, f.SaveProblem...)
		r.issue = issue
	}
	r.screen(f.Top, body)
}

// fieldAbout is the focused field's example and checklist, if any.
func fieldAbout(f core.Frame) []core.Block {
	if f.Focus < 0 {
		return nil
	}
	fl := f.Fields[f.Focus]
	var about []core.Block
	if fl.Example != "" {
		about = append(about, core.Block{Kind: core.Text, Text: fl.Example})
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

// prompt is what the prompt says for the frame, the label of the answer's
// line, and whether the answer is secret.
func (r *runner) prompt(f core.Frame) (prompt, label string, secret bool) {
	commands := r.commands(f)
	if f.Focus >= 0 {
		fl := f.Fields[f.Focus]
		action := r.t("plain.prompt-type")
		switch {
		case fl.State == core.Confirming:
			action = r.t("plain.prompt-confirm")
		case fl.State == core.Again:
			action = r.t("plain.prompt-again")
		case !fl.Secret && fl.Value != "":
			action = r.t("plain.prompt-keep", text.Data{"Answer": fl.Value})
		}
		if fl.Secret {
			action += " " + r.t("plain.hidden")
		}
		return action + " " + commands, fl.Label, fl.Secret
	}
	cont, ok := f.Offer(core.Continue)
	switch {
	case !ok:
		return commands, "", false
	case hasOffer(f, core.Select):
		return r.t("plain.prompt-choose") + " " + commands, "", false
	case hasOffer(f, core.ChangeAnswer):
		return r.t("plain.prompt-review") + " " + commands, "", false
	case cont.Desc == "action.start":
		return r.t("plain.prompt-start") + " " + commands, "", false
	}
	return r.t("plain.prompt-continue") + " " + commands, "", false
}

// commands names the command words that work here.
func (r *runner) commands(f core.Frame) string {
	if hasOffer(f, core.ChangeSituation) {
		return r.t("plain.commands-home", r.words.data)
	}
	switch {
	case hasOffer(f, core.StartOver):
		return r.t("plain.commands-again", r.words.data)
	case hasOffer(f, core.Back):
		return r.t("plain.commands", r.words.data)
	case hasOffer(f, core.Continue):
		return r.t("plain.commands-no-back", r.words.data)
	}
	return r.t("plain.commands-only", r.words.data)
}

func hasOffer(f core.Frame, a core.Action) bool {
	_, ok := f.Offer(a)
	return ok
}

// command does what a command word asks, and reports whether the line was
// one. The QR and browser commands count only where there is an address
// (and a browser to open it).
func (r *runner) command(f core.Frame, line string) bool {
	switch r.words.command(line, f.Link != "", hasOffer(f, core.OpenBrowser)) {
	case cmdHelp:
		r.help()
	case cmdTopics:
		r.c.Do(core.Help, 0)
		if !hasOffer(r.c.Frame(), core.HelpIndex) { // a guide without help topics
			r.c.Do(core.CloseHelp, 0)
			return false
		}
		r.c.Do(core.HelpIndex, 0)
		if !r.topics() {
			return true // the input has ended: the next read says so
		}
	case cmdSituation:
		if !hasOffer(f, core.ChangeSituation) {
			return false
		}
		r.c.Do(core.ChangeSituation, 0)
	case cmdQuit:
		r.quit()
	case cmdBack:
		switch {
		case hasOffer(f, core.StartOver):
			// Back during the second typing asks the answer again from its
			// first typing, on the same screen.
			r.c.Do(core.StartOver, 0)
		case hasOffer(f, core.ClearField):
			r.c.Do(core.ClearField, 0)
			r.c.Do(core.Back, 0)
		default:
			r.c.Do(core.Back, 0)
		}
	case cmdQR:
		r.qr(f, false)
	case cmdQRInvert:
		r.qr(f, true)
	case cmdOpen:
		r.c.Do(core.OpenBrowser, 0)
		r.blank()
		r.blocks(r.c.Frame().Notice)
	default:
		return false
	}
	return true
}

// answer takes a line that is not a command: an answer typed, a number
// chosen, or Enter alone to go on.
func (r *runner) answer(f core.Frame, line string) {
	empty := strings.TrimSpace(line) == ""
	switch {
	case f.Focus >= 0:
		r.typed(f, line)
	case hasOffer(f, core.Select):
		n, ok := r.number(f, core.Select, line)
		if ok {
			r.c.Do(core.Select, n)
			r.c.Do(core.Continue, 0)
		}
	case empty && hasOffer(f, core.Continue):
		r.c.Do(core.Continue, 0)
	case !empty && hasOffer(f, core.OpenStage) && !isNumber(line):
		r.problem(r.t("plain.not-understood"))
	case !empty && (hasOffer(f, core.ChangeAnswer) || hasOffer(f, core.OpenStage)):
		a := core.ChangeAnswer
		if hasOffer(f, core.OpenStage) {
			a = core.OpenStage
		}
		if n, ok := r.number(f, a, line); ok {
			r.c.Do(a, n)
			r.blocks(r.c.Frame().Notice)
		}
	default:
		r.problem(r.t("plain.not-understood"))
	}
}

// isNumber reports whether a line is a number, such as "2" or "2.".
func isNumber(line string) bool {
	_, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(line), "."))
	return err == nil
}

// number reads "2" (or "2.") as the index 1 of the numbered action's
// choices, or says which numbers can be typed.
func (r *runner) number(f core.Frame, a core.Action, line string) (int, bool) {
	o, _ := f.Offer(a)
	i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(line), "."))
	if err != nil || i < 1 || i > o.Count {
		r.problem(r.t("plain.choose-number", text.Data{"Last": o.Count}))
		return 0, false
	}
	return i - 1, true
}

// typed answers the focused field. An empty line keeps the text the field
// holds: advice shown is confirmed, an earlier answer kept.
func (r *runner) typed(f core.Frame, line string) {
	i, fl := f.Focus, f.Fields[f.Focus]
	keep := strings.TrimSpace(line) == "" && (fl.State == core.Confirming || (fl.State == core.Typing && !fl.Secret))
	if !keep {
		r.c.Edit(i, line)
		if refused := r.c.Frame().Notice; len(refused) > 0 { // e.g. a letter in a PIN: say so, ask again
			r.problem(refused[0].Text)
			return
		}
	}
	visit := f.Visit
	r.c.Do(core.Continue, 0)
	after := r.c.Frame()
	if after.Visit != visit || after.Focus < 0 {
		return
	}
	judged := after.Fields[i]
	blocks := judged.Messages
	if len(blocks) > 0 && len(judged.Checklist) > 0 {
		blocks = append(blocks, judged.Checklist...)
	}
	if len(blocks) > 0 {
		r.blank()
		r.blocks(blocks)
	}
	if judged.Secret && judged.State == core.Typing {
		r.c.Edit(i, "") // a refused secret is typed anew, never kept
	}
}

// help prints the troubleshooting of the place, with the plain mode's own
// words for what can be typed, and stays where it was.
func (r *runner) help() {
	r.c.Do(core.Help, 0)
	f := r.c.Frame()
	body := append(f.Body, core.Block{Kind: core.Text, Text: r.t("plain.help-commands", r.words.data)})
	r.blank() // between screens
	r.screen(f.Top, body)
	r.c.Do(core.CloseHelp, 0)
	r.shown = r.c.Frame().Screen
}

// topics is the help index: the topics are listed, numbered; a number
// opens one, a word finds those that hold it, Enter alone goes back. It
// reports false when the input has ended.
func (r *runner) topics() bool {
	for {
		f := r.c.Frame()
		if f.Place != core.HelpIndexScreen && f.Place != core.TopicScreen {
			break
		}
		if f.Screen != r.shown {
			r.blank()
			r.show(f)
		}
		prompt := "plain.prompt-topics"
		if f.Place == core.TopicScreen {
			prompt = "plain.prompt-topic"
		}
		line, ok := r.ask(r.t(prompt, r.words.data), "", false)
		if r.flush(); !ok || r.err != nil {
			return false
		}
		switch r.words.command(line, false, false) {
		case cmdQuit:
			r.quit() // stays in the help when the user stays
			continue
		case cmdBack:
			r.c.Do(core.Back, 0)
			continue
		}
		switch {
		case strings.TrimSpace(line) == "":
			r.c.Do(core.Back, 0) // from a topic to the index; from the index to the guide
		case f.Place == core.TopicScreen:
			r.c.Do(core.Back, 0)
			r.c.Edit(0, line)
		case isNumber(line) && hasOffer(f, core.Select):
			if n, ok := r.number(f, core.Select, line); ok {
				r.c.Do(core.Select, n)
				r.c.Do(core.Continue, 0)
			}
		default:
			r.c.Edit(0, line)
		}
	}
	r.shown = r.c.Frame().Screen
	return true
}

// quit asks before quitting. The end of the input quits.
func (r *runner) quit() {
	r.c.Do(core.Quit, 0)
	f := r.c.Frame()
	r.blank() // between screens
	r.screen(f.Top, f.Body)
	for {
		line, ok := r.ask(r.t("plain.quit-ask", r.words.data), "", false)
		if !ok {
			r.c.Do(core.QuitYes, 0)
			return
		}
		switch r.words.yesNo(line) {
		case answerYes:
			r.c.Do(core.QuitYes, 0)
			return
		case answerNo:
			r.c.Do(core.QuitNo, 0)
			r.shown = r.c.Frame().Screen
			return
		}
		r.problem(r.t("plain.yes-no", r.words.data))
	}
}

// qr prints the address as a QR code, plain glyphs with no colour, and the
// address under it again as text.
func (r *runner) qr(f core.Frame, invert bool) {
	url := f.Link
	code := qrcode.Render(url, qrcode.Style{Invert: invert})
	r.blank() // between screens
	r.lines(wrap(f.Scan, Width)...)
	r.blank()
	if code != "" {
		r.lines(strings.Split(code, "\n")...)
		r.blank()
	}
	r.lines(wrap(r.t("qr.address"), Width)...)
	r.lines(url)
}

// problem prints an error, introduced by "Fejl:".
func (r *runner) problem(msg string) {
	r.blank()
	r.lines(wrap(r.t("app.error-prefix")+" "+msg, Width)...)
}

// ask prints the prompt, its last line left open (or the label's line when
// there is a label), and reads the answer: with the SecretReader for a
// secret when there is one. It reports false when the input has ended.
func (r *runner) ask(prompt, label string, secret bool) (string, bool) {
	r.blank()
	lines := wrap(prompt, Width-1) // room for the space after which the answer is typed
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
